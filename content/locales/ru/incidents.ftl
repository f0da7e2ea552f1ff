## Staff: the alerts about one person in one message (one incident)
incident-count = Открытые оповещения о { $name }: { $count }, новые сначала.
incident-item = { $mark } Оповещение { $n } из { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } всё-таки придёт: { $kind }, { $when }.
