# Machine-made translation: needs review by a native speaker before production use.
## Staff: the alerts about one person in one message (one incident)
incident-count = ብዛዕባ { $name } ክፉታት ሓበሬታታት: { $count }፡ እቲ ሓድሽ ቅድም።
incident-item = { $mark } ሓበሬታ { $n } ካብ { $count }, { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } ክመጽእ እዩ: { $kind }, { $when }።
