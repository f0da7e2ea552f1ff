# Machine-made translation: needs review by a native speaker before production use.
# Mentors – Turkish.

role-mentor = Mentor
mentors-help =
    /participants – katılımcılarınız ve yaklaşan randevuları; onlara oradan yazarsınız
    /contacts – programdaki irtibat kişileri
    /settings – ayarlarınız
    /privacy, /export, /delete – kendi verileriniz
mentors-list-title = Katılımcılarınız ({ $count }): adlar ve yaklaşan randevular.
mentors-empty = Size henüz kimse atanmadı. Ekip size katılımcı atayacak.
mentors-no-appointments = planlanmış randevu yok
mentors-write = ✍️ { $name } kişisine yaz
mentors-answer-goes-to-coach = Kişi cevap verirse, cevap size değil danışmanına ({ $name }) gider.
mentors-answer-goes-to-team = Kişi cevap verirse, cevap size değil ekibe gider.
mentors-relay-from = Mentorunuz { $name } kişisinden mesaj:
mentors-link-button = 🤝 Mentor ata
mentors-choose = { $name } kişisine hangi mentor eşlik ediyor? ✓: zaten atandı; dokunmak kaldırır.
mentors-none-yet = Henüz mentor yok. /invite ile birini davet edin.
mentors-linked = Atandı: mentor artık { $name } kişisini adı ve randevularıyla görüyor ve yazabiliyor.
mentors-unlinked = { $name } için atama kaldırıldı.
mentors-new-mentee = { $name } artık size atandı. Adları ve randevuları /participants altında görürsünüz.
