# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = Допомога
menu-appointments = Зустрічі
menu-practice = Вправи
menu-coach = Консультант
menu-participants = Учасники
menu-alerts = Відкриті сповіщення

## Privacy notice, the short layer

privacy-short =
    Захист даних коротко:
    Ми зберігаємо ваше ім’я, мову, зустрічі, прогрес у навчанні та відповіді про самопочуття.
    Це бачать лише ваш консультант або консультантка і працівники вашої програми.
    /export дає вам усе, /delete видаляє все.
privacy-more = Читати далі

## Practice time and quiet hours

practice-time-in-quiet = Цей час припадає на ваш час тиші. Будь ласка, виберіть інший час для вправ.
practice-time-now-in-quiet = Ваш час для вправ тепер припадає на час тиші. Будь ласка, виберіть новий час для вправ.

## A new group in /invite

invite-cohort-confirm = Створити нову групу «{ $name }»?
invite-cohort-create = Так, створити
invite-cohort-other = Ні, інша назва
