## Staff: the alerts about one person in one message (one incident)
incident-count = هشدارهای باز دربارهٔ { $name }: { $count }، جدیدترین اول.
incident-item = { $mark } هشدار { $n } از { $count }، { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } بالاخره می‌آید: { $kind }، { $when }.
