# Machine-made translation: needs review by a native speaker before production use.
# The persistent reply keyboard, the short privacy notice, small questions – Tigrinya.

## Reply keyboard words (an emoji goes before them)

menu-sos = ሓገዝ
menu-appointments = ቆጸራታት
menu-practice = ልምምድ
menu-coach = ምኽሪ
menu-participants = ተሳተፍቲ
menu-alerts = ክፉታት ሓበሬታታት

## Privacy notice, the short layer

privacy-short =
    ምሕላው ሓበሬታ ብሓጺሩ:
    ስምኩም፡ ቋንቋኹም፡ ቆጸራታት፡ ደረጃ ትምህርትን ብዛዕባ ኩነታት ዝሃብኩምዎ መልስታትን ንዕቅብ።
    ኣማኻሪኹምን ሰራሕተኛታት መደብኩምን ጥራይ እዮም ዝርእይዎ።
    ብ /export ኩሉ ትረኽቡ፡ ብ /delete ኩሉ ትድምስሱ።
privacy-more = ተወሳኺ ኣንብብ

## Practice time and quiet hours

practice-time-in-quiet = እዚ ግዜ ኣብ ግዜ ዕረፍትኹም እዩ። በጃኹም ካልእ ግዜ ልምምድ ምረጹ።
practice-time-now-in-quiet = ግዜ ልምምድኩም ሕጂ ኣብ ግዜ ዕረፍትኹም እዩ። በጃኹም ሓድሽ ግዜ ልምምድ ምረጹ።

## A new group in /invite

invite-cohort-confirm = ሓድሽ ጉጅለ "{ $name }" ይፈጠር ዶ?
invite-cohort-create = እወ፡ ፍጠር
invite-cohort-other = ኣይፋል፡ ካልእ ስም
