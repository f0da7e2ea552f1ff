## Staff: the alerts about one person in one message (one incident)
incident-count = Open alerts about { $name }: { $count }, newest first.
incident-item = { $mark } Alert { $n } of { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } will come after all: { $kind }, { $when }.
