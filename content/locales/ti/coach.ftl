# Machine-made translation: needs review by a native speaker before production use.
# The coach's tools (/participants, a participant's card, notes) – Tigrinya.

## The list

caseload-title = ተሳተፍትኹም ({ $total })፡ ገጽ { $page } ካብ { $pages }:
caseload-title-staff = ኩሎም ተሳተፍቲ ({ $total })፡ ገጽ { $page } ካብ { $pages }:
caseload-empty = ገና ተሳተፍቲ የብልኩምን። ብ /invite መዕደሚ ሊንክ ትፈጥሩ፤ ብእኡ ተጸንቢሩ ዝሰማማዕ ኣብዚ ይርአ።
caseload-empty-staff = ገና ንጡፋት ተሳተፍቲ የለዉን። ብ /invite መዕደሚ ሊንክ ትፈጥሩ፤ ብእኡ ተጸንቢሩ ዝሰማማዕ ኣብዚ ይርአ።
caseload-line =
    { $marker }{ $name }
    ናይ መወዳእታ ንጡፍ: { $seen } · ተኸታታሊ ልምምድ: { $streak } · ዝቕጽል ቆጸራ: { $next }
caseload-line-coach = ኣማኻሪ: { $coach }
caseload-seen =
    { $days ->
        [0] ሎሚ
        [1] ትማሊ
       *[other] ቅድሚ { $days } መዓልታት
    }
caseload-seen-never = ፈጺሙ
caseload-next-none = የለን
caseload-prev = ◀ ንድሕሪት
caseload-next = ቀጻሊ ▶

## A participant's card

caseload-card =
    👤 { $name }
    ቋንቋ: { $language } · ጉጅለ: { $cohort }
    ኣማኻሪ: { $coach }
    ናይ መወዳእታ ንጡፍ: { $seen }
    ጀርመንኛ: ደረጃ { $level }፡ ተኸታታሊ ልምምድ: { $streak }
caseload-none = የለን
caseload-checkins-title = ናይ መወዳእታ check-in:
caseload-checkins-none = ገና ዝተመልአ check-in የለን።
caseload-checkin-line = { $date }: ስምዒት { $mood }
caseload-mood = { $face } { $score }/5
caseload-mood-none = ኣይተገልጸን
caseload-checkin-flags = { $marker } ዘገድስ: { $reasons }
caseload-checkin-text = ጽሑፍ ({ $language }): "{ $text }"
caseload-checkin-translation = ናይ ማሽን ትርጉም (ጌጋታት ክህልዎ ይኽእል): "{ $text }"
caseload-appointments-title = ዝቕጽሉ ቆጸራታት:
caseload-appointments-none = ዝተመደበ ቆጸራ የለን።
caseload-appointment-line = { $when } – { $kind }, { $place } ({ $answer })
caseload-alerts-title = ክፉታት ሓበሬታታት ({ $count }):
caseload-alerts-none = ክፉት ሓበሬታ የለን።
caseload-alert-line = { $marker } { $date }, { $source }: { $reasons }
caseload-source-checkin = ቸክ-ኢን
caseload-source-help-button = መጠወቒ ሓገዝ
caseload-source-message = መልእኽቲ
caseload-rule-keywords = ኣብ ጽሑፍ ዘሎ ቁልፊ ቃል
caseload-rule-unknown = ብዘይ ሓበሬታ
caseload-notes-title = መዘኻኸሪታት:
caseload-notes-none = ገና መዘኻኸሪ የለን።
caseload-note-line = { $date } ({ $author }): { $text }
caseload-mood-caption =
    ስምዒት { $name } { $weeks ->
        [one] ኣብ ዝሓለፈ ሰሙን
       *[other] ኣብ ዝሓለፉ { $weeks } ሰሙናት
    } (ኣብ ጸጋም እቲ ዝጸንሐ፡ · = መልሲ የለን): { $line }
caseload-write = ✍️ ጽሓፍ
caseload-note = 📝 መዘኻኸሪ
caseload-back = ⬅ ናብ ዝርዝር ተመለስ
caseload-open-card = ካርድ ክፈት

## Notes

caseload-note-ask = ብዛዕባ { $name } መዘኻኸሪኹም: ከም ሓንቲ መልእኽቲ ጽሓፍዎ (ብዝለዓለ { $max } ፊደላት)። ምቁራጽ: /cancel
caseload-note-too-long = እዚ መዘኻኸሪ { $length } ፊደላት ኣለዎ፡ ብዝለዓለ { $max } ይኣቱ። በጃኹም ኣሕጽርዎ እሞ ደጊምኩም ስደድዎ። ምቁራጽ: /cancel
caseload-note-saved = ብዛዕባ { $name } ዘሎ መዘኻኸሪ ተዓቂቡ።
caseload-note-gone = እዚ ሰብ ኣብ ዝርዝርኩም የለን። እቲ መዘኻኸሪ ኣይተዓቀበን።
