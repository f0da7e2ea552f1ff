## Staff: the alerts about one person in one message (one incident)
incident-count = تنبيهات مفتوحة عن { $name }: { $count }، الأحدث أولاً.
incident-item = { $mark } التنبيه { $n } من { $count }، { $when }

## Coach: she changed "can't come" to "I will come"
coach-coming-after-all = { $name } سيحضر في النهاية: { $kind }، { $when }.
