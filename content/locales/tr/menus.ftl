# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = Yardım
menu-appointments = Randevular
menu-practice = Alıştırma
menu-coach = Danışman
menu-participants = Katılımcılar
menu-alerts = Açık bildirimler

## Privacy notice, the short layer

privacy-short =
    Kısaca veri koruma:
    Adınızı, dilinizi, randevularınızı, öğrenme durumunuzu ve nasıl olduğunuzla ilgili cevaplarınızı saklıyoruz.
    Bunları yalnızca danışmanınız ve programınızın çalışanları görür.
    /export ile her şeyi alırsınız, /delete ile her şeyi silersiniz.
privacy-more = Devamını oku

## Practice time and quiet hours

practice-time-in-quiet = Bu saat sessiz saatlerinizin içinde. Lütfen başka bir alıştırma saati seçin.
practice-time-now-in-quiet = Alıştırma saatiniz artık sessiz saatlerinizin içinde. Lütfen yeni bir alıştırma saati seçin.

## A new group in /invite

invite-cohort-confirm = Yeni grup “{ $name }” oluşturulsun mu?
invite-cohort-create = Evet, oluştur
invite-cohort-other = Hayır, başka bir ad
