# Machine-made translation: needs review by a native speaker before production use.
## Staff: the alerts about one person in one message (one incident)
incident-count = Digniinaha furan ee ku saabsan { $name }: { $count }, kan ugu cusub marka hore.
incident-item = { $mark } Digniin { $n } ee { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } wuu imanayaa si kastaba: { $kind }, { $when }.
