# Machine-made translation: needs review by a native speaker before production use.
## A participant writes to her coach (outside any question, by /message or ✉️)

cmd-message = ✉️ መልእኽቲ ናብ ኣማኻሪየይ
talk-write-ask = መልእኽትኹም ናብ { $name } ጽሓፉ፡ ብቋንቋኹም እውን ይከኣል። ስእሊ ወይ ናይ ድምጺ መልእኽቲ እውን ክትሰዱ ትኽእሉ ኢኹም።
talk-write-ask-team = መልእኽትኹም ናብ ጉጅለ ጽሓፉ፡ ብቋንቋኹም እውን ይከኣል። ስእሊ ወይ ናይ ድምጺ መልእኽቲ እውን ክትሰዱ ትኽእሉ ኢኹም።
talk-ask = ነዚ ናብ { $name } ክሰዶ ዶ? መልስኹም ንድሒር ክዝክሮ እየ።
talk-ask-team = ነዚ ናብ ጉጅለ ክሰዶ ዶ? መልስኹም ንድሒር ክዝክሮ እየ።
talk-yes = ✉️ እወ፡ ስደድ
talk-no = ኣይፋል
talk-send-anyway = ✉️ ብዝኾነ ስደድ
talk-sent = ናብ { $name } ተላኢኹ ✓
talk-sent-team = ናብ ጉጅለ ተላኢኹ ✓
talk-not-sent = እዚ ኣየመሓላለፍክዎን። ናብ ኣማኻሪኹም መልእኽቲ: /message
talk-kept = ሕራይ፡ ዝኾነ ነገር ኣይሰድድን። ናብ ኣማኻሪኹም መልእኽቲ: /message

# For the coach, above a copy of a participant's file: the file itself is not translated.
talk-media-photo = 📷 ስእሊ (ኣይተተርጎመን)
talk-media-voice = 🎤 ናይ ድምጺ መልእኽቲ (ኣይተተርጎመን)
talk-media-audio = 🎵 ድምጺ (ኣይተተርጎመን)
talk-media-video = 🎬 ቪድዮ (ኣይተተርጎመን)
talk-media-document = 📎 ፋይል (ኣይተተርጎመን)

talk-not-forwardable = ስቲከራትን ቦታታትን ከመሓላልፍ ኣይክእልን። ጽሑፍ፡ ስእልታትን ናይ ድምጺ መልእኽትታትን ናብ ኣማኻሪኹም ይበጽሑ።
