# Machine-made translation: needs review by a native speaker before production use.
# Appointments and reminders – Tigrinya. Same ids and placeholders as the German reference.

apt-kind-coaching = ምኽሪ
apt-kind-job-centre = ጆብሰንተር (Jobcenter)
apt-kind-course = ኮርስ
apt-kind-internship = ልምምድ ስራሕ
apt-kind-authority = ቤት ጽሕፈት መንግስቲ
apt-kind-doctor = ሓኪም
apt-kind-other = ቆጸራ
apt-when = { DATETIME($at, dateStyle: "full") }, ሰዓት { DATETIME($at, timeStyle: "short") }
apt-place-open = ገና ኣይተወሰነን

## To the participant

apt-new =
    ሓድሽ ቆጸራ: { $kind }
    { $when }
    ቦታ: { $place }
apt-reminder =
    መዘኻኸሪ: { $kind }
    { $when }
    ቦታ: { $place }
    ክትመጹ ዲኹም?
apt-changed =
    ቆጸራኹም ተቐይሩ: { $kind }
    { $when }
    ቦታ: { $place }
apt-cancelled = ቆጸራኹም ተሰሪዙ: { $kind }, { $when }
apt-coming = ክመጽእ እየ
apt-not-coming = ኣይክእልን እየ
apt-thanks-coming = የቐንየልና! ክሳብ ሽዑ።
apt-ask-reason = ይቕሬታ። ስለምንታይ ምዃኑ ክትነግሩ ትደልዩ ዲኹም? ብሓጺሩ ጽሓፉ፡ ወይ "ብዘይ ምኽንያት" ጠውቑ።
apt-no-reason = ብዘይ ምኽንያት
apt-coach-told = ኣማኻሪኹም ተሓቢሩ እዩ።
apt-ics-caption = ንካሌንደርኩም ዝኸውን ቆጸራ
apt-closed = እዚ ቆጸራ ሓሊፉ ወይ ተቐይሩ እዩ።

## To the coach

coach-cant-come = { $name } ክመጽእ ኣይክእልን: { $kind }, { $when }።
coach-cant-come-reason = { $name } ብዛዕባ ቆጸራ { $kind } ናይ { $when }: "{ $reason }"
coach-no-answer = { $name } ንመዘኻኸሪ መልሲ ኣይሃበን: { $kind }, { $when }።
coach-unreachable = { $name } ብቴሌግራም ክርከብ ኣይክእልን እዩ (እቲ ቦት ተዓጽዩ)። ናብዚ ሰብ ዝተመደባ መልእኽትታት ደው ኢለን።

## Making an appointment (coaches and staff)

apt-choose-participant = እቲ ቆጸራ ንመን እዩ?
apt-no-participants = ገና ተሳተፍቲ የብልኩምን። ብ /invite ሰብ ዕደሙ።
apt-ask-when = መዓስ? ንኣብነት ጽሓፉ: ጽባሕ 9:30, 24.8. 14:00, ሰኑ 10:00
apt-choose-kind = እንታይ ዓይነት ቆጸራ?
apt-ask-place = ኣበይ? ቦታ ጽሓፉ፡ ወይ "ሕለፍ" ጠውቑ።
apt-ask-note = ነቲ ሰብ መዘኻኸሪ? ጽሓፍዎ፡ ወይ "ሕለፍ" ጠውቑ።
apt-skip = ሕለፍ
apt-confirm =
    ቆጸራ ን{ $name }:
    { $kind }
    { $when }
    ቦታ: { $place }
    ከምዚ ይዕቀብ?
apt-save = ዓቅብ
apt-discard = ደርብዮ
apt-saved = ✅ ተዓቂቡ። { $name } ሕጂ ነቲ ቆጸራ ይቕበል፡ ቅድሚኡ ድማ መዘኻኸሪታት።
apt-discarded = 🗑 ተደርብዩ።
apt-not-yours = እዚ ሰብ ካብ ተሳተፍትኹም ኣይኮነን።
when-empty = በጃኹም ዕለትን ሰዓትን ጽሓፉ።
when-no-date = እዚ ከም ዕለት ኣይተረደኣንን። ኣብነታት: ጽባሕ 9:30, 24.8. 14:00, ሰኑ 10:00
when-no-time = በጃኹም ሰዓት እውን ጽሓፉ፡ ንኣብነት: 24.8. 14:00
when-bad-date = እዚ ዕለት የለን።
when-bad-time = እዚ ሰዓት የለን።
when-past = እዚ ግዜ ድሮ ሓሊፉ እዩ።
when-too-far = እዚ ካብ ሓደ ዓመት ንላዕሊ ርሑቕ እዩ። በጃኹም ዝቐረበ ዕለት ምረጹ።
when-ambiguous = እዚ ንጹር ኣይኮነን። በጃኹም ዕለት ምስ ወርሒ ጽሓፉ፡ ንኣብነት: 24.8. 14:00

## Lists

apt-list-title = ዝመጽእ ቆጸራታት:
apt-list-empty = ዝመጽእ ቆጸራ የለን።
apt-list-item = { $when }: { $kind }, { $place }
apt-list-item-coach = { $n }. { $when }: { $name }, { $kind } – { $answer }
apt-answer-coming = ✅ ይመጽእ
apt-answer-not-coming = ❌ ክመጽእ ኣይክእልን
apt-answer-none = ❔ መልሲ የለን
apt-past-title = ዝሓለፉ ቆጸራታት – በጃኹም እቲ ሰብ መጺኡ ድዩ ኣይመጸን ምዝገቡ:
apt-cancel-button = ✖️ { $n } ሰርዝ
apt-move-button = ✏️ { $n } ኣግፍሕ
apt-attended-button = ✅ { $n } መጺኡ
apt-missed-button = ❌ { $n } ኣይመጸን
apt-cancel-done = ተሰሪዙ። { $name } ክሕበር እዩ።
apt-move-ask = ን{ $name } ሓድሽ ግዜ? ንኣብነት: ጽባሕ 9:30
apt-move-done = ተኣጒዱ። { $name } ክሕበር እዩ።
