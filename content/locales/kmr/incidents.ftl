# Machine-made translation: needs review by a native speaker before production use.
## Staff: the alerts about one person in one message (one incident)
incident-count = Hişyariyên vekirî derbarê { $name }: { $count }, ya herî nû pêşî.
incident-item = { $mark } Hişyarî { $n } ji { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } dîsa jî tê: { $kind }, { $when }.
