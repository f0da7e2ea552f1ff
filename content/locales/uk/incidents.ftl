## Staff: the alerts about one person in one message (one incident)
incident-count = Відкриті сповіщення про { $name }: { $count }, найновіші спершу.
incident-item = { $mark } Сповіщення { $n } з { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } все ж прийде: { $kind }, { $when }.
