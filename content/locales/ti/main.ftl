# Machine-made translation: needs review by a native speaker before production use.
# Begleiter – Tigrinya (Ge'ez script, left to right). Same ids and placeholders as the German reference catalogue.

## Joining

uninvited = እዚ ቦት ብዕድመ ጥራይ እዩ ዝስራሕ። በጃኹም ንኣማኻሪኹም መዕደሚ ሊንክ ሕተቱ።
invite-unknown = እዚ መዕደሚ ሊንክ ቅቡል ኣይኮነን። በጃኹም ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
invite-used = እዚ መዕደሚ ሊንክ ድሮ ተጠቒምሉ እዩ። በጃኹም ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
invite-expired = እዚ መዕደሚ ሊንክ ግዜኡ ሓሊፉ እዩ። በጃኹም ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
invite-revoked = እዚ መዕደሚ ሊንክ ተሰሪዙ እዩ። በጃኹም ንኣማኻሪኹም ሓድሽ ሊንክ ሕተቱ።
already-joined = ድሮ ተመዝጊብኩም ኢኹም። ሓገዝ: /help
welcome = እንቋዕ ናብ Begleiter ብደሓን መጻእኩም! በጃኹም ቋንቋኹም ምረጹ።
language-question = በጃኹም ቋንቋኹም ምረጹ።
language-chosen = ቋንቋኹም: { $language }

## Privacy notice and consent

privacy-notice =
    ምሕላው ሓበሬታ – በጃኹም ብህድኣት ኣንብብዎ።

    እንዕቅቦ: ስምኩም ካብ ቴሌግራም፡ ቋንቋኹምን ምርጫታትኩምን፡ ቆጸራታትኩም፡ ደረጃ ትምህርትኹምን ብዛዕባ ኩነታትኩም ዝሃብኩምዎ መልስታትን።
    ስለምንታይ: መዘኻኸሪታት ክትረኽቡ፡ ጀርመንኛ ክትለማመዱ፡ ኣማኻሪኹም ድማ ብግዜኡ ክሕግዘኩም።
    መን ይርእዮ: ኣማኻሪኹምን ሰራሕተኛታት መደብኩምን። ካልእ ሰብ የለን።
    ክሳብ መዓስ: ክሳብ /delete ትጽሕፉ፡ እንተ ደንጎየ 12 ኣዋርሕ ድሕሪ ምውዳእ ተሳትፎኹም።
    መሰላትኩም: /export ኩሉ ሓበሬታ የርእየኩም፡ /delete ይድምስሶ። ተሳትፎ ኣብቲ መደብ ኣብዚ ቦት ኣይምርኮስን።
consent-question = ትሰማምዑ ዶ?
consent-yes = እወ፡ እሰማማዕ
consent-no = ኣይፋል
consent-thanks = የቐንየልና! ኣብ ዝኾነ ግዜ ብ /privacy ከተንብብዎ ትኽእሉ ኢኹም።
consent-declined = ሕራይ። ከም ዘይተሰማማዕኩም ጥራይ ንዕቅብ። ሓሳብኩም እንተ ቐየርኩም፡ /start ጽሓፉ።
declined-status = ገና ብምሕላው ሓበሬታ ኣይተሰማማዕኩምን። ብዘይ ስምምዕ እቲ ቦት ዝገብረልኩም ነገር የለን።
declined-text = ብምሕላው ሓበሬታ ኣይተሰማማዕኩምን። ስለዚ መልእኽትኹም ከመሓላልፎ ኣይክእልን። ሓሳብኩም እንተ ቐየርኩም: /start
consent-status = ኣብ { $date } ተሰማሚዕኩም (ስሪት { $version })።

## Quiet hours and practice time

quiet-hours-question = መዓስ መልእኽቲ ክንሰደልኩም የብልናን? (ግዜ ዕረፍቲ)
quiet-hours-range = { $start }–{ $end }
quiet-hours-none = ግዜ ዕረፍቲ የለን
practice-time-question = መዓልታዊ መዓስ ሓጺር ጀርመንኛ ክትለማመዱ ትደልዩ?
practice-time-value = ሰዓት { $time }
setup-done = ተወዲኡ! ኩሉ ብ /settings ክትቕይርዎ ትኽእሉ ኢኹም።

## Help and menus

help-participant =
    /sos – 🆘 ሓገዝ የድልየኒ
    /checkin – ከመይ ኣለኹ?
    /appointments – ቆጸራታትኩም
    /practice – ጀርመንኛ ተለማመዱ (/progress, /level, /topics, /pause)
    /settings – ቋንቋ፡ ግዜ ዕረፍቲ፡ ግዜ ልምምድ
    /privacy – ምሕላው ሓበሬታ (/export, /delete)
help-coach =
    /participants – ተሳተፍትኹም ብሓደ ጠመተ
    /appointment – ቆጸራ ፍጠሩ
    /appointments – ቆጸራታት ተሳተፍትኹም
    /invite – ተሳተፍቲ ዕደሙ
    /settings – ምርጫታትኩም
    /privacy, /export, /delete – ናይ ገዛእ ርእስኹም ሓበሬታ
help-staff =
    /duty – ተረኛ ንናይ ቅልውላው ሓበሬታታት ኣብርህ/ኣጥፍእ
    /invite – ተሳተፍቲ፡ ኣማኸርትን ሰራሕተኛታትን ዕደሙ
    /appointment, /appointments – ቆጸራታት ፍጠሩን ርኣዩን
    /participants – ኩሎም ተሳተፍቲ ብሓደ ጠመተ
    /settings – ምርጫታትኩም
    /privacy, /export, /delete – ናይ ገዛእ ርእስኹም ሓበሬታ
help-onboarding = በጃኹም ቅድም ነቶም ኣብ ላዕሊ ዘለዉ ሕቶታት መልሱ። ካብ መጀመርታ: /start
unknown-command = ነዚ ትእዛዝ ኣይፈልጦን።
free-text = መልእኽትኹም በጺሑኒ፡ ግን ኣብዚ ዘንብቦ ሰብ የለን። ኣማኻሪኹም ኣይበጽሖን።
free-text-team = መልእኽትኹም በጺሑኒ፡ ግን ኣብዚ ዝንበቦ የለን፦ ናብ ዝኾነ ሰብ ኣይመሓላለፍን። ኣብዚ ክትገብርዎ እትኽእሉ፦
not-text = ኣብዚ ጽሑፍን መጠወቕታትን ጥራይ እየ ዝርድእ።
not-allowed = እዚ ትእዛዝ ንዓኹም ኣይፍቀድን።
button-stale = እዚ መጠወቒ ድሕሪ ሕጂ ኣይሰርሕን።
cancelled = ተቋሪጹ።
nothing-to-cancel = ዝቋረጽ የለን።
error-apology = ይቕሬታ፡ ገለ ነገር ተጋጊዩ። በጃኹም ጸኒሕኩም ደጊምኩም ፈትኑ። ቁጽሪ ጌጋ: { $reference }

## Menu command descriptions (Telegram shows them in the menu)

cmd-start = ተመዝገብ ወይ ካብ መጀመርታ ጀምር
cmd-help = ሓገዝ
cmd-language = ቋንቋ ቀይር
cmd-settings = ምርጫታት
cmd-privacy = ምሕላው ሓበሬታ
cmd-export = ሓበሬታይ ከም ፋይል
cmd-delete = ሓበሬታይ ደምስስ
cmd-cancel = ኣቋርጽ
cmd-invite = ሰብ ዕደም
cmd-appointment = ቆጸራ ፍጠር
cmd-appointments = ቆጸራታት
cmd-participants = ተሳተፍቲ
cmd-practice = ጀርመንኛ ተለማመድ
cmd-pause = ልምምዳት ደው ኣብል
cmd-resume = ልምምዳት ቀጽል
cmd-level = ደረጃይ
cmd-topics = ኣርእስተይ
cmd-progress = ምዕባለይ

## Settings

settings-overview =
    ምርጫታትኩም:
    ቋንቋ: { $language }
    ግዜ ዕረፍቲ: { $quiet }
    ግዜ ልምምድ: { $practice }
settings-not-set = ኣይተወሰነን
settings-change-language = ቋንቋ
settings-change-quiet = ግዜ ዕረፍቲ
settings-change-practice = ግዜ ልምምድ
settings-saved = ተዓቂቡ።

## Export and delete

export-caption = ኣብ Begleiter ዘሎ ሓበሬታኹም
export-as-text = ኣብ Begleiter ዘሎ ሓበሬታኹም (ፋይል ክስደድ ስለ ዘይከኣለ ከም ጽሑፍ):
delete-question = ብሓቂ ኩሉ ሓበሬታኹም ክትድምስስዎ ትደልዩ ዶ? ክምለስ ኣይክእልን።
delete-yes = እወ፡ ኩሉ ደምስስ
delete-no = ኣይፋል፡ ሓልዎ
delete-done = ሓበሬታኹም ተደምሲሱ። ደሓን ኩኑ! ብሓድሽ መዕደሚ ሊንክ ክትምለሱ ትኽእሉ ኢኹም።
delete-kept = ጽቡቕ፡ ሓበሬታኹም ተዓቂቡ ይጸንሕ።
coach-participant-deleted = { $name } ኣብ Begleiter ዘሎ ናይ ገዛእ ርእሱ ሓበሬታ ደምሲሱ።
coach-participant-joined = { $name } ኣብ Begleiter ተመዝጊቡ።
someone = ሓደ ሰብ

## Invitations

role-participant = ተሳታፊ
role-coach = ኣማኻሪ
role-staff = ሰራሕተኛ
invite-choose-role = መን ክትዕድሙ ትደልዩ?
invite-choose-cohort = ንኣየናይ ጉጅለ? ሓድሽ ስም ጉጅለ እውን ክትጽሕፉ ትኽእሉ ኢኹም።
invite-no-cohort = ብዘይ ጉጅለ
invite-choose-coach = ኣማኻሪ መን እዩ?
invite-no-coach = ገና ሓደ እውን የለን
invite-cohort-invalid = ስም ጉጅለ ካብ 1 ክሳብ 80 ፊደላት ኣለዎ። በጃኹም ካልእ ስም ጽሓፉ።
invite-created =
    ዕድመ ን: { $role }
    ጉጅለ: { $cohort }
    ክሳብ: { $expires } ይሰርሕ፡ ሓንሳብ ጥራይ።

    ነዚ ሊንክ ነቲ ዝተዓደመ ሰብ ጥራይ ሃብዎ:
    { $link }
invite-qr-caption = QR ኮድ ናይቲ ዕድመ (ክሳብ { $expires } ይሰርሕ)
invite-revoke = ዕድመ ሰርዝ
invite-revoked-ok = እቲ ዕድመ ተሰሪዙ።
