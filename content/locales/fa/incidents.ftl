## Staff: the alerts about one person in one message (one incident)
incident-count = { $count } هشدار باز دربارهٔ { $name }، جدیدترین اول.
incident-item = { $mark } هشدار { $number } از { $count }، { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } بالاخره می‌آید: { $kind }، { $when }.
