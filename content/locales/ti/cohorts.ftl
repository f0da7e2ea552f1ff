# Machine-made translation: needs review by a native speaker before production use.
# Cohorts (/cohorts, staff), reassigning a participant to another coach – Tigrinya.
# Read by staff and coaches only, in their own interface language.

cmd-cohorts = ጉጅለታት ኣመሓድር
cohorts-title = ጉጅለታት። ሓደ ጉጅለ ምረጹ ወይ ሓድሽ ፍጠሩ።
cohorts-none = ገና ጉጅለ የለን። ሓደ ፍጠሩ።
cohorts-new = ➕ ሓድሽ ጉጅለ
cohorts-line = { $name } · ተሳተፍቲ: { $count }
cohorts-line-archived = 🗄 { $name } (ኣብ ማህደር)
cohorts-card =
    ጉጅለ: { $name }
    ተሳተፍቲ: { $count }
    Check-in: { $when }
cohorts-card-archived = ኣብ ማህደር: እዚ ጉጅለ ኣብ ዕድመታት ድሕሪ ሕጂ ኣይቀርብን።
cohorts-languages = ቋንቋታት: { $mix }
cohorts-checkin-default = ከምቲ ዝተዳለወ
cohorts-checkin-at = { $date }፡ ሰዓት { $time }
cohorts-rename = ✏️ ስም ቀይር
cohorts-archive = 🗄 ናብ ማህደር
cohorts-restore = ♻️ መልስ
cohorts-checkin = 🕘 ግዜ check-in
cohorts-invite = 🔗 መዕደሚ ሊንክ
cohorts-move = 🔀 ተሳተፍቲ ኣግዕዝ
cohorts-back = ← ኩሎም ጉጅለታት
cohorts-ask-name = እቲ ሓድሽ ጉጅለ እንታይ ይበሃል? ስም ጽሓፉ (ዝበዝሐ 80 ፊደላት)። ንምቁራጽ: /cancel
cohorts-ask-rename = ጉጅለ „{ $name }“ እንታይ ይበሃል? ሓድሽ ስም ጽሓፉ (ዝበዝሐ 80 ፊደላት)። ንምቁራጽ: /cancel
cohorts-name-taken = „{ $name }“ ዝበሃል ጉጅለ ድሮ ኣሎ። በጃኹም ካልእ ስም ጽሓፉ።
cohorts-name-bad = በጃኹም ካብ 1 ክሳብ 80 ፊደላት ዘለዎ ስም ጽሓፉ።
cohorts-created = ጉጅለ „{ $name }“ ተፈጢሩ።
cohorts-renamed = እቲ ጉጅለ ሕጂ „{ $name }“ ይበሃል።
cohorts-archived = ጉጅለ „{ $name }“ ናብ ማህደር ኣትዩ። ተሳተፍቱ ኣብኡ ይተርፉ።
cohorts-restored = ጉጅለ „{ $name }“ ደጊሙ ንጡፍ እዩ።
cohorts-choose-day = Check-in ን „{ $name }“: ኣየናይ መዓልቲ?
cohorts-choose-time = Check-in ን „{ $name }“ ብ { $date }: ሰዓት ክንደይ?
cohorts-checkin-reset = ከምቲ ዝተዳለወ
cohorts-checkin-saved = Check-in ን „{ $name }“: { $when }።
cohorts-day-0 = ሰኑይ
cohorts-day-1 = ሰሉስ
cohorts-day-2 = ረቡዕ
cohorts-day-3 = ሓሙስ
cohorts-day-4 = ዓርቢ
cohorts-day-5 = ቀዳም
cohorts-day-6 = ሰንበት
cohorts-link =
    መዕደሚ ሊንክ ን ጉጅለ „{ $name }“
    ዝከኣል ምዝገባታት: { $count } · ክሳብ { $expires } ይሰርሕ
    { $link }
cohorts-link-qr = QR ኮድ ን ጉጅለ „{ $name }“
cohorts-link-archived = እዚ ጉጅለ ኣብ ማህደር እዩ። ሓድሽ ዕድመ የብሉን።
cohorts-move-choose = ካብ „{ $name }“ መን ከተግዕዙ ትደልዩ?
cohorts-move-empty = ኣብ „{ $name }“ ሕጂ ማንም የለን።
cohorts-move-target = { $name } ናብ ኣየናይ ጉጅለ ትኺድ? እቲ ኣማኻሪ ኣይቕየርን።
cohorts-no-cohort = ብዘይ ጉጅለ
cohorts-moved = { $name } ሕጂ ኣብ ጉጅለ „{ $cohort }“ ኣላ። እቲ ኣማኻሪ ኣይቕየርን።
cohorts-moved-none = { $name } ሕጂ ኣብ ዝኾነ ጉጅለ የላን። እቲ ኣማኻሪ ኣይቕየርን።

## Reassigning a participant to another coach (staff)

reassign-button = 🔁 ካልእ ኣማኻሪ
reassign-choose-coach = ካብ ሕጂ ንደሓር ን { $name } መን የማኽራ?
reassign-no-coaches = ካልእ ንጡፍ ኣማኻሪ የለን።
reassign-done = { $name } ሕጂ ብ { $coach } ትማኸር። ክፉታት ሓበሬታታት ምስኣ ተሰጋጊሮም፤ ክልቲኦም ተሓቢሮም።
reassign-same = { $coach } ድሮ ን { $name } የማኽራ ኣሎ።
reassign-to-new-coach = ሕጂ ንስኹም ን { $name } ተማኽሩ (ቅድሚ ሕጂ: { $coach })። ብዛዕባኣ ዘለዉ ክፉታት ሓበሬታታት ሕጂ ኣባኹም እዮም: /alerts
reassign-to-old-coach = { $name } ሕጂ ብ { $coach } ትማኸር። ሓበሬታኣ ድሕሪ ሕጂ ኣይትርእዩን ኢኹም።
