## Staff: the alerts about one person in one message (one incident)
incident-count = { $count } offene Meldungen zu { $name }, die neueste zuerst.
incident-item = { $mark } Meldung { $number } von { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } kommt doch: { $kind }, { $when }.
