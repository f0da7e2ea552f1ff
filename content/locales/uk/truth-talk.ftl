## truth-talk: sentences that say what really happens (translation installed or not; who saw it)

truth-note-translated = Те, що ви напишете, { $name } отримає з машинним перекладом німецькою.
truth-note-translated-team = Те, що ви напишете, команда отримає з машинним перекладом німецькою.
truth-note-untranslated = Те, що ви напишете, { $name } отримає вашою мовою, без перекладу: для вашої мови машинний переклад не встановлено.
truth-note-untranslated-team = Те, що ви напишете, команда отримає вашою мовою, без перекладу: для вашої мови машинний переклад не встановлено.

truth-relay-ask-untranslated = Напишіть повідомлення для { $name } німецькою. Воно надійде лише німецькою: для мови { $language } машинний переклад не встановлено.
truth-relay-ask-german = Напишіть повідомлення для { $name } німецькою.
truth-relay-sent-failed = Надіслано: { $name }, лише німецькою: цього разу машинний переклад не вдався.

truth-help-seen-team = Ваше повідомлення побачив хтось із команди.
truth-alert-taken-over = ✅ { $staff } з команди побачив(-ла) сповіщення про { $name } о { $time } і займається ним.

truth-help-crisis-team = Ви не самі. Ми вже повідомляємо команду. Якщо ви в небезпеці, негайно телефонуйте 112.
truth-help-sent-team = Ми вже повідомляємо команду. З вами зв’яжуться якнайшвидше.
truth-help-sent-already-team = Команда вже знає про це. З вами зв’яжуться якнайшвидше.
