# Machine-made translation: needs review by a native speaker before production use.
# The network around the participant: /contacts – Turkish.

cmd-contacts = Ağdaki irtibat kişileri
contacts-title = İrtibat kişileri. Bir konu seçin.
contacts-topic-work = İş bulmak
contacts-topic-education = Eğitim ve okul
contacts-topic-mentors = Meslek gönüllüleri (Berufspaten)
contacts-topic-volunteers = Gönüllülük ve uyum rehberleri
contacts-topic-housing = Konut
contacts-heading = İrtibat kişileri: { $kind }
contacts-phone = Telefon numarası: { $text }
contacts-email = E-posta: { $text }
contacts-hours = Ulaşılabilir: { $time }
contacts-back = Tüm konular
contacts-missing = Liste şu anda mevcut değil. Lütfen danışmanınıza sorun.
