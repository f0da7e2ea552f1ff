## Staff: the alerts about one person in one message (one incident)
incident-count = Offene Meldungen zu { $name }: { $count }, die neueste zuerst.
incident-item = { $mark } Meldung { $n } von { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } kommt doch: { $kind }, { $when }.
