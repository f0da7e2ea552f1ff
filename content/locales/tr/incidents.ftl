## Staff: the alerts about one person in one message (one incident)
incident-count = { $name } hakkında açık uyarılar: { $count }, en yenisi önce.
incident-item = { $mark } Uyarı { $n } / { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } yine de geliyor: { $kind }, { $when }.
