# The persistent reply keyboard, the short privacy notice, and small questions of /settings
# and /invite (see de/menus.ftl).

## Reply keyboard words (an emoji goes before them)

menu-sos = Help
menu-appointments = Appointments
menu-practice = Practice
menu-coach = Coach
menu-participants = Participants
menu-alerts = Open alerts

## Privacy notice, the short layer

privacy-short =
    Privacy in short:
    We store your name, your language, appointments, learning progress and answers about how you are.
    Only your coach and the staff of your programme see it.
    /export gives you everything, /delete erases everything.
privacy-more = Read more

## Practice time and quiet hours

practice-time-in-quiet = This time is within your quiet hours. Please choose another practice time.
practice-time-now-in-quiet = Your practice time is now within your quiet hours. Please choose a new practice time.

## A new group in /invite

invite-cohort-confirm = Create the new group “{ $name }”?
invite-cohort-create = Yes, create it
invite-cohort-other = No, another name
