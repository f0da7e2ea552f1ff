## Staff: the alerts about one person in one message (one incident)
incident-count = { $name } hakkında { $count } açık uyarı, en yenisi önce.
incident-item = { $mark } Uyarı { $number } / { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } yine de geliyor: { $kind }, { $when }.
