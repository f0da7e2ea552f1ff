# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = Помощь
menu-appointments = Встречи
menu-practice = Практика
menu-coach = Консультант
menu-participants = Участники
menu-alerts = Открытые сообщения

## Privacy notice, the short layer

privacy-short =
    Коротко о защите данных:
    Мы храним ваше имя, язык, встречи, прогресс в учёбе и ответы о самочувствии.
    Это видят только ваш консультант и сотрудники вашей программы.
    /export даёт вам всё, /delete удаляет всё.
privacy-more = Читать дальше

## Practice time and quiet hours

practice-time-in-quiet = Это время попадает в ваши часы тишины. Пожалуйста, выберите другое время для практики.
practice-time-now-in-quiet = Ваше время для практики теперь попадает в часы тишины. Пожалуйста, выберите новое время.

## A new group in /invite

invite-cohort-confirm = Создать новую группу «{ $name }»?
invite-cohort-create = Да, создать
invite-cohort-other = Нет, другое название
