truth-apt-reminder-coming =
    تذكير: { $kind }
    { $when }
    المكان: { $place }
    لقد أكدت حضورك. نراك في الموعد!
truth-apt-answer-saved = شكرًا، تم حفظ إجابتك.
truth-translation-failed = لم تنجح الترجمة الآلية هذه المرة.
truth-relay-translation-failed = لم تنجح الترجمة الآلية هذه المرة. يمكنك الرد بلغتك.
truth-apt-cancel-done-untold = تم الإلغاء. لم يكن { $name } قد علم بهذا الموعد بعد، لذلك لن تصله رسالة.
truth-practice-done-new = تعرّفت على كلمات جديدة: { $total }. ستعود قريبًا حتى تحفظها.
truth-seen-answers = رأى مرشدك أو مرشدتك إجاباتك.
truth-seen-answers-team = رأى أحد أعضاء الفريق إجاباتك.
truth-seen-help = رأى مرشدك أو مرشدتك أنك تحتاج إلى مساعدة.
truth-seen-help-team = رأى أحد أعضاء الفريق أنك تحتاج إلى مساعدة.
truth-incident-ping = تنبيه جديد بشأن { $name }: تم تحديث الرسالة أعلاه.
