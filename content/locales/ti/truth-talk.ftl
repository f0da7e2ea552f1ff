# Machine-made translation: needs review by a native speaker before production use.
## truth-talk: sentences that say what really happens – Tigrinya.

truth-note-translated = ዝጽሕፍዎ፡ { $name } ምስ ናብ ጀርመንኛ ዝተገብረ ናይ ማሽን ትርጉም ይበጽሖ።
truth-note-translated-team = ዝጽሕፍዎ፡ እቲ ጉጅለ ምስ ናብ ጀርመንኛ ዝተገብረ ናይ ማሽን ትርጉም ይበጽሖ።
truth-note-untranslated = ዝጽሕፍዎ፡ { $name } ብቋንቋኹም ብዘይ ትርጉም ይበጽሖ: ንቋንቋኹም ናይ ማሽን ትርጉም ኣይተተኽለን።
truth-note-untranslated-team = ዝጽሕፍዎ፡ እቲ ጉጅለ ብቋንቋኹም ብዘይ ትርጉም ይበጽሖ: ንቋንቋኹም ናይ ማሽን ትርጉም ኣይተተኽለን።

truth-relay-ask-untranslated = ንመልእኽትኹም ናብ { $name } ብጀርመንኛ ጽሓፍዎ። ብጀርመንኛ ጥራይ ክበጽሕ እዩ: ን{ $language } ናይ ማሽን ትርጉም ኣይተተኽለን።
truth-relay-ask-german = ንመልእኽትኹም ናብ { $name } ብጀርመንኛ ጽሓፍዎ።
truth-relay-sent-failed = ናብ { $name } ተላኢኹ፡ ብጀርመንኛ ጥራይ: ናይ ማሽን ትርጉም ሎሚ ኣይሰርሐን።

truth-help-seen-team = ሓደ ካብ ጉጅለ መልእኽትኹም ርእዩዎ።
truth-alert-taken-over = ✅ { $staff } ካብ ጉጅለ ነቲ ብዛዕባ { $name } ዘሎ ሓበሬታ ሰዓት { $time } ርእዩዎ፡ ይከታተሎ ድማ ኣሎ።

truth-help-crisis-team = በይንኹም ኣይኮንኩምን። እቲ ጉጅለ ሕጂ ይሕበር ኣሎ። ኣብ ሓደጋ እንተ ሃሊኹም፡ ብቕጽበት ናብ 112 ደውሉ።
truth-help-sent-team = እቲ ጉጅለ ሕጂ ይሕበር ኣሎ፡ ብዝቐልጠፈ ግዜ ድማ ክረኽበኩም እዩ።
truth-help-sent-already-team = እቲ ጉጅለ ድሮ ተሓቢሩ እዩ፡ ብዝቐልጠፈ ግዜ ድማ ክረኽበኩም እዩ።
