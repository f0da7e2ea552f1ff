# Machine-made translation: needs review by a native speaker before production use.
## truth: sentences that hold in every state – Tigrinya.

truth-apt-reminder-coming =
    መዘኻኸሪ: { $kind }
    { $when }
    ቦታ: { $place }
    ክትመጹ ምዃንኩም ኣፍሊጥኩም ኢኹም። ክሳብ ሽዑ!
truth-apt-answer-saved = የቐንየልና፡ መልስኹም ተዓቂቡ።
truth-translation-failed = ናይ ማሽን ትርጉም ሎሚ ኣይሰርሐን።
truth-relay-translation-failed = ናይ ማሽን ትርጉም ሎሚ ኣይሰርሐን። ብቋንቋኹም ክትምልሱ ትኽእሉ ኢኹም።
truth-apt-cancel-done-untold = ተሰሪዙ። { $name } ብዛዕባዚ ቆጸራ ገና ዝፈለጦ ስለ ዘይነበረ መልእኽቲ ኣይበጽሖን።
truth-practice-done-new =
    { $total ->
        [one] ሓደ ሓድሽ ቃል ተፋሊጥኩም። ክሳብ ትፈልጥዎ ቀልጢፉ ክምለስ እዩ።
       *[other] { $total } ሓደስቲ ቃላት ተፋሊጥኩም። ክሳብ ትፈልጥዎም ቀልጢፎም ክምለሱ እዮም።
    }
truth-seen-answers = ኣማኻሪኹም መልስታትኩም ርእዩዎ።
truth-seen-answers-team = ሓደ ካብ ጉጅለ መልስታትኩም ርእዩዎ።
truth-seen-help = ኣማኻሪኹም ሓገዝ ከም ዘድልየኩም ርእዩ።
truth-seen-help-team = ሓደ ካብ ጉጅለ ሓገዝ ከም ዘድልየኩም ርእዩ።
truth-incident-ping = ብዛዕባ { $name } ሓድሽ ሓበሬታ: እታ ኣብ ላዕሊ ዘላ መልእኽቲ ተወሲኻ።
