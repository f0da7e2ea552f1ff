# Machine-made translation: needs review by a native speaker before production use.
## Crisis numbers for someone without an invitation
guest-crisis = በይንኹም ኣይኮንኩምን። ኣብ ሓደጋ እንተ ሃሊኹም፡ ብቕጽበት ናብ 112 ደውሉ።

## Crisis words kept for her answer: the numbers came then; after "send", only who is told
crisis-told = ኣማኻሪኹም ሕጂ ይሕበር ኣሎ። ኣብ ላዕሊ ዘለዉ ቁጽርታት ለይትን መዓልትን ንዓኹም ኣለዉ።
crisis-told-team = እቲ ጉጅለ ሕጂ ይሕበር ኣሎ። ኣብ ላዕሊ ዘለዉ ቁጽርታት ለይትን መዓልትን ንዓኹም ኣለዉ።

## An alert marked as seen, for everyone who received it
alert-seen-by = ✅ ብ { $name } ተራእዩ፡ { $time }
alert-seen-toast = ✅ ከም ዝተረኣየ ተመልኪቱ።

## /alerts: the open alerts
cmd-alerts = 🔔 ክፉታት ሓበሬታታት
alerts-none = ክፉት ሓበሬታ የለን።
alerts-head = 🔔 ክፉታት ሓበሬታታት: { $count }
alerts-item = { $mark } { $name }, { $when }: { $why }
alerts-ack = ✅ { $name }
alerts-more = … ከምኡ ድማ { $count } ዝቐደሙ።

## /duty
duty-state-on = ተረኛኹም: በሪሁ። ኣማኻሪ ብግዜኡ ዘይመለሶም ናይ ቅልውላው ሓበሬታታት ናባኹም ይመጹ።
duty-state-off = ተረኛኹም: ጠፊኡ።
duty-switch-on = ተረኛ ኣብርህ
duty-switch-off = ተረኛ ኣጥፍእ
