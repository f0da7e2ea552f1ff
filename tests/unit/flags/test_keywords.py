"""Keyword lists: sentences that must flag, near-misses that must not, in each language and severity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from bot.models import Severity
from bot.services.flags import FlagRules, Reason, highest
from bot.settings import PROJECT_ROOT

CONTENT = PROJECT_ROOT / "content"
LANGUAGES = {"de", "en", "ar", "fa", "uk", "tr", "ru", "so", "ti", "kmr"}
C, U, N = Severity.CRISIS, Severity.URGENT, Severity.NORMAL

# (language, text, severity, the list term it must report)
FLAGS: list[tuple[str, str, Severity, str]] = [
    # German
    ("de", "Ich will nicht mehr leben.", C, "nicht mehr leben"),
    ("de", "ich will einfach nur sterben", C, "will ... sterben"),
    ("de", "Manchmal denke ich, ich sollte mich umbringen", C, "mich umbring*"),
    ("de", "Ich habe schon überlegt, mich umzubringen.", C, "mich umzubringen"),
    ("de", "Ich denke oft an SELBSTMORD", C, "selbstmord*"),
    ("de", "Ich habe Suizidgedanken.", C, "suizid*"),
    ("de", "Ich habe Selbstmortgedanken", C, "selbstmord*"),  # a typo
    ("de", "Ich habe mich gestern wieder geritzt", C, "mich ... geritzt"),
    ("de", "Mein Mann schlägt mich.", C, "schlägt mich"),
    ("de", "Er schlaegt mich jeden Tag", C, "schlägt mich"),
    ("de", "er schlagt mich", C, "schlägt mich"),
    ("de", "Ich habe Angst um mein Leben!!!", C, "angst um mein leben"),
    ("de", "Mein Ex bedroht mich", C, "bedroht mich"),
    ("de", "Zu Hause gibt es Gewalt.", C, "gewalt"),
    ("de", "Ich sterbe, bitte", C, "ich sterbe"),
    ("de", "Ich möchte mir das Leben nehmen", C, "mir das leben nehmen"),
    ("de", "Wir haben eine Räumungsklage bekommen.", U, "räumung*"),
    ("de", "Die Raeumung ist am Montag", U, "räumung*"),
    ("de", "Ich bin bald obdachlos", U, "obdachlos*"),
    ("de", "Ich habe keine Wohnung mehr.", U, "keine wohnung mehr"),
    ("de", "Der Brief sagt Abschiebung", U, "abschiebung*"),
    ("de", "Er kommt in Abschiebungshaft", U, "abschiebung*"),
    ("de", "Wir haben kein Geld für Essen", U, "kein geld für essen"),
    ("de", "Ich war im Krankenhaus.", U, "krankenhaus*"),
    ("de", "Ich hatte wieder eine Panikattacke", U, "panikattack*"),
    ("de", "Ich sterbe vor Hunger", U, "sterbe vor hunger"),  # the idiom: urgent, not crisis
    ("de", "Ich habe viel Stress mit der Arbeit.", N, "stress*"),
    ("de", "Ich fühle mich sehr allein", N, "fühle mich ... allein"),
    ("de", "Ich fuehle mich allein", N, "fühle mich ... allein"),
    ("de", "Ich bin so einsam hier", N, "einsam*"),
    ("de", "Ich kann nachts nicht schlafen", N, "kann ... nicht schlafen"),
    ("de", "Ich bin traurig", N, "traurig"),
    ("de", "Ich habe einen Brief vom Jobcenter und verstehe ihn nicht", N, "brief ... jobcenter"),
    ("de", "Streit mit dem Chef", N, "streit"),
    # English
    ("en", "I want to kill myself", C, "kill myself"),
    ("en", "i dont want to live anymore", C, "dont want to live"),
    ("en", "I don’t want to live anymore", C, "dont want to live"),
    ("en", "I wanna die", C, "wanna die"),
    ("en", "Sometimes I want to just die", C, "want to ... die"),
    ("en", "I have suicidal thoughts", C, "suicidal"),
    ("en", "My husband beats me", C, "husband beats me"),
    ("en", "He hits me when he is drunk", C, "he hits me"),
    ("en", "I am afraid for my life", C, "afraid for my life"),
    ("en", "I'm cutting myself again", C, "cutting myself"),
    ("en", "We got evicted", U, "evicted"),
    ("en", "I am homeless now", U, "homeless"),
    ("en", "I'm scared of deportation", U, "deportation"),
    ("en", "We have no food at home", U, "no food"),
    ("en", "I was in hospital last week", U, "hospital"),
    ("en", "I had a panic attack", U, "panic attack*"),
    ("en", "I can't breathe", U, "cant breathe"),
    ("en", "I feel so lonely", N, "lonely"),
    ("en", "Work is very stressful", N, "stress*"),
    ("en", "I can't sleep at night", N, "cant sleep"),
    ("en", "I got a letter from the Jobcenter", N, "letter ... jobcenter"),
    ("en", "I am sad", N, "sad"),
    ("en", "I have problems at work", N, "problems at work"),
    # Turkish
    ("tr", "Ölmek istiyorum", C, "ölmek istiyorum"),
    ("tr", "olmek istiyorum artik", C, "ölmek istiyorum"),
    ("tr", "Artık yaşamak istemiyorum.", C, "yaşamak istemiyorum"),
    ("tr", "yasamak istemiyorum", C, "yaşamak istemiyorum"),
    ("tr", "İntihar etmeyi düşünüyorum", C, "intihar*"),
    ("tr", "Kocam beni dövüyor", C, "beni dövüyor"),
    ("tr", "kocam beni dovuyor", C, "beni dövüyor"),
    ("tr", "Evde şiddet var", C, "şiddet"),
    ("tr", "Kendimi öldürmek istiyorum", C, "kendimi öldür*"),
    ("tr", "Canımdan korkuyorum", C, "canımdan korkuyorum"),
    ("tr", "Evsiz kaldım", U, "evsiz*"),
    ("tr", "Sınır dışı edilmekten korkuyorum", U, "sınır dışı"),
    ("tr", "sinir disi edilecegim", U, "sınır dışı"),
    ("tr", "Evde yiyecek yok", U, "yiyecek yok"),
    ("tr", "Hastanedeydim", U, "hastane*"),
    ("tr", "Panik atak geçirdim", U, "panik atak*"),
    ("tr", "Açlıktan ölüyorum", U, "açlıktan ölüyorum"),
    ("tr", "Çok stresliyim", N, "stres*"),
    ("tr", "Kendimi yalnız hissediyorum", N, "yalnız hissediyorum"),
    ("tr", "Geceleri uyuyamıyorum", N, "uyuyamıyorum"),
    ("tr", "Jobcenter'dan mektup geldi, anlamadım", N, "jobcenter* ... mektup*"),
    ("tr", "Moralim bozuk", N, "moralim bozuk"),
    # Arabic
    ("ar", "أريد أن أموت", C, "أريد أن أموت"),
    ("ar", "اريد ان اموت", C, "أريد أن أموت"),
    ("ar", "أُرِيدُ أَنْ أَمُوتَ", C, "أريد أن أموت"),
    ("ar", "اريـــد ان امـــوت", C, "أريد أن أموت"),
    ("ar", "بدي موت", C, "بدي موت"),
    ("ar", "وبدي موت", C, "بدي موت"),
    ("ar", "ما بدي عيش", C, "ما بدي عيش"),
    ("ar", "مابدي عيش خلص", C, "ما بدي عيش"),
    ("ar", "عم فكر بالانتحار", C, "*انتحار*"),
    ("ar", "زوجي بيضربني كل يوم", C, "*ضربني"),
    ("ar", "خايفة على حياتي", C, "خايفة على حياتي"),
    ("ar", "خائفة على حياتي", C, "خايفة على حياتي"),
    ("ar", "رح اقتل حالي", C, "*قتل حالي"),
    ("ar", "طردونا من البيت", U, "*طردونا"),
    ("ar", "صرنا بالشارع", U, "صرنا بالشارع"),
    ("ar", "خايف من الترحيل", U, "*ترحيل*"),
    ("ar", "ما في أكل بالبيت", U, "ما في أكل"),
    ("ar", "ما في اكل", U, "ما في أكل"),
    ("ar", "كنت بالمستشفى", U, "*مستشف*"),
    ("ar", "صارت معي نوبة هلع", U, "نوب* هلع"),
    ("ar", "انا حزين كتير", N, "حزين"),
    ("ar", "حاسس بالوحدة", N, "حاسس بالوحدة"),
    ("ar", "ما عم نام منيح", N, "ما عم نام"),
    ("ar", "إجتني رسالة من الجوب سنتر", N, "رسال* ... *جوب سنتر"),
    ("ar", "عندي مشاكل بالشغل", N, "مشاكل بالشغل"),
    ("ar", "عندي قلق", N, "قلق"),
    # Persian (Dari / Farsi)
    ("fa", "می‌خواهم بمیرم", C, "می‌خواهم بمیرم"),
    ("fa", "میخواهم بمیرم", C, "می‌خواهم بمیرم"),
    ("fa", "می خواهم بمیرم", C, "می‌خواهم بمیرم"),
    ("fa", "ميخواهم بميرم", C, "می‌خواهم بمیرم"),  # Arabic yeh
    ("fa", "دیگر نمی‌خواهم زندگی کنم", C, "نمی‌خواهم زندگی کنم"),
    ("fa", "به خودکشی فکر می‌کنم", C, "خودکشی*"),
    ("fa", "شوهرم مرا می‌زند", C, "مرا می‌زند"),
    ("fa", "شوهرم منو کتک میزنه", C, "کتک*"),
    ("fa", "كتك خوردم", C, "کتک*"),  # Arabic kaf
    ("fa", "جانم در خطر است", C, "جانم در خطر"),
    ("fa", "بی‌خانمان شدیم", U, "بی‌خانمان*"),
    ("fa", "بیخانمان شدم", U, "بی‌خانمان*"),
    ("fa", "می‌ترسم دیپورتم کنند", U, "دیپورت*"),
    ("fa", "جواب منفی گرفتم", U, "جواب منفی"),
    ("fa", "غذا نداریم", U, "غذا نداریم"),
    ("fa", "در بیمارستان بودم", U, "بیمارستان*"),
    ("fa", "خیلی استرس دارم", N, "استرس*"),
    ("fa", "احساس تنهایی می‌کنم", N, "تنهایی"),
    ("fa", "شب‌ها خوابم نمی‌برد", N, "خوابم نمی‌برد"),
    ("fa", "خیلی نگرانم", N, "نگران*"),
    ("fa", "یک نامه از جاب سنتر آمده", N, "نامه ... جاب سنتر"),
    # Ukrainian
    ("uk", "Я не хочу жити", C, "не хочу жити"),
    ("uk", "Хочу померти", C, "хочу померти"),
    ("uk", "Думаю про самогубство", C, "самогубств*"),
    ("uk", "Чоловік б'є мене", C, "б’є мене"),
    ("uk", "Чоловік бʼє мене", C, "б’є мене"),
    ("uk", "Чоловік б’є мене", C, "б’є мене"),
    ("uk", "чоловік бє мене", C, "б’є мене"),
    ("uk", "Боюся за своє життя", C, "боюся за своє життя"),
    ("uk", "Я хочу покінчити з собою", C, "покінчити з собою"),
    ("uk", "Нас виселяють з квартири", U, "виселя*"),
    ("uk", "Нам ніде жити", U, "ніде жити"),
    ("uk", "Вдома немає їжі", U, "немає їжі"),
    ("uk", "Я була в лікарні", U, "лікарн*"),
    ("uk", "У мене панічні атаки", U, "панічн* атак*"),
    ("uk", "Мені дуже самотньо", N, "самотн*"),
    ("uk", "Я в стресі", N, "стрес*"),
    ("uk", "Не можу спати вночі", N, "не можу спати"),
    ("uk", "Прийшов лист з джобцентру", N, "лист ... джобцентр*"),
    ("uk", "Мені сумно", N, "сумно"),
    # Russian
    ("ru", "Я не хочу жить", C, "не хочу жить"),
    ("ru", "Хочу умереть", C, "хочу умереть"),
    ("ru", "Хочу умеpеть", C, "хочу умереть"),  # a Latin p
    ("ru", "Думаю о самоубийстве", C, "самоубийств*"),
    ("ru", "Муж бьёт меня", C, "бьёт меня"),
    ("ru", "муж бьет меня", C, "бьёт меня"),
    ("ru", "Боюсь за свою жизнь", C, "боюсь за свою жизнь"),
    ("ru", "Хочу покончить с собой", C, "покончить с собой"),
    ("ru", "Нас выселяют", U, "выселя*"),
    ("ru", "Нам негде жить", U, "негде жить"),
    ("ru", "Дома нечего есть", U, "нечего есть"),
    ("ru", "Я лежала в больнице", U, "больниц*"),
    ("ru", "У меня панические атаки", U, "паническ* атак*"),
    ("ru", "Боюсь депортации", U, "депорт*"),
    ("ru", "Мне очень одиноко", N, "одинок*"),
    ("ru", "У меня стресс", N, "стресс*"),
    ("ru", "Не могу спать", N, "не могу спать"),
    ("ru", "Пришло письмо из джобцентра", N, "письм* ... джобцентр*"),
    ("ru", "Мне грустно", N, "грустно"),
    # everyday forms added in issue 12 (wages, child taken into care, suicide, self-harm)
    ("de", "Mein Chef zahlt seit zwei Monaten, ich arbeite ohne Arbeitsvertrag", U, "ohne arbeitsvertrag"),
    ("de", "Das Jugendamt hat meine Kinder fremduntergebracht", U, "fremduntergebracht"),
    ("de", "ich bin so lebensmüde", C, "lebensmüde"),
    ("de", "ich will dem ganzen ein ende setzen", C, "dem ganzen ein ende"),
    ("en", "my boss refuses to pay my wages since 2 months", U, "refuses to pay"),
    ("en", "the youth office took my daughter", U, "youth office ... took"),
    ("en", "i want to end it, i cant live like this", C, "want to end it"),
    ("en", "i started cutting again", C, "started cutting"),
    ("ru", "работодатель не рассчитался со мной за два месяца", U, "не рассчитался"),
    ("ru", "опека забрала у меня сына", U, "опека забрала"),
    ("ru", "устала от жизни", C, "устала от жизни"),
    ("ru", "опять резала руки", C, "резала руки"),
    ("uk", "зарплату затримують вже третій місяць", U, "зарплату затримують"),
    ("uk", "бояся що заберуть дітей", U, "заберуть дітей"),
    ("uk", "немає сил жити", C, "немає сил жити"),
    ("uk", "знову порізала руки", C, "порізала руки"),
    ("tr", "patron üç aydır maaşımı yatırmıyor", U, "maaşımı yatırmıyor"),
    ("tr", "oğlumu götürdüler", U, "oğlumu götürdü*"),
    ("tr", "hayattan bıktım artık", C, "hayattan bıktım"),
    ("tr", "dün gece yine jiletle kendimi kestim", C, "jiletle"),
    ("ar", "صرلي شهرين الشيف ما دفع", U, "الشيف ما دفع"),
    ("ar", "اليوغندامت سحبوا ولادي", U, "سحبوا ولادي"),
    ("ar", "الموت ارحم من هالعيشة", C, "الموت ارحم"),
    ("ar", "بجرح نفسي كل ليلة", C, "بجرح نفسي"),
    ("fa", "کارفرما دو ماهه پولمو نداده", U, "پولمو نداده"),
    ("fa", "اداره جوانان بچمو بردن", U, "بچمو بردن"),
    ("fa", "از زندگی خسته شدم", C, "از زندگی خسته شدم"),
    ("fa", "دیشب دستمو تیغ زدم", C, "دستمو تیغ زدم"),
    ("kmr", "ez her şev xwe diêşînim", C, "xwe diêşîn*"),
    ("kmr", "xwediyê kar du meh e heqê min nedaye", U, "heqê min nedaye"),
    # Somali, Tigrinya, Kurmanji (thin lists, see their files; more in tests/data/triage/)
    ("so", "waxaan rabaa inaan dhinto", C, "inaan dhinto"),
    ("so", "ninkeyga ayaa i garaaca", C, "i garaac*"),
    ("so", "waan is gooyaa", C, "is gooy*"),
    ("so", "guriga iga saaray", U, "guriga iga saar*"),
    ("so", "deyn badan baan leeyahay", U, "deyn*"),
    ("so", "cunto ma haysto", U, "cunto ma haysto"),
    ("so", "waan walwalsanahay", N, "walwal*"),
    ("so", "keligay baan ahay", N, "keligay"),
    ("so", "murugo badan", N, "murugo*"),
    ("ti", "ክሞት ደልየ", C, "ክሞት ደልየ"),
    ("ti", "ሰብኣየይ ይወቕዓኒ", C, "*ይወቕዓኒ"),
    ("ti", "ኣብ ሓደጋ እየ", C, "ኣብ ሓደጋ"),
    ("ti", "ገዛ የብለይን", U, "ገዛ የብለይን"),
    ("ti", "መብራህቲ ቖሪጾምና", U, "መብራህቲ*"),
    ("ti", "መግቢ የብለይን", U, "መግቢ የብለይን"),
    ("ti", "ነብሰይ ጎዲአ", C, "*ነብሰይ ... ጐዲአ*"),  # ጎ for ጐ: one spelling after normalising
    ("ti", "መብራህቲ ቆሪጾምና", U, "መብራህቲ*"),
    ("ti", "ብዙሕ ጭንቀት ኣለኒ", N, "ጭንቀት"),
    ("ti", "በይነይ እየ", N, "በይነይ"),
    ("ti", "ሓዘን ኣለኒ", N, "ሓዘን"),
    ("kmr", "ez dixwazim bimirim", C, "dixwazim bimirim"),
    ("kmr", "mêrê min li min dixe", C, "li min dixe"),
    ("kmr", "ez xwe birîndar dikim", C, "xwe birîndar*"),
    ("kmr", "zarokê min birin", U, "zarokê min ... birin*"),
    ("kmr", "sîgorta tune", U, "sîgorta*"),
    ("kmr", "xwarin tune", U, "xwarin tune"),
    ("kmr", "gelek stres heye", N, "stres*"),
    ("kmr", "ez tenê me", N, "tenê me"),
    ("kmr", "ez xemgîn im", N, "xemgîn*"),
    # issue 12, second pass on so/ti/kmr: everyday forms (own sentences, not from tests/data/triage)
    ("so", "mushaharkii labo bilood lama i siin", U, "mushahar* ... lama"),
    ("so", "korontada waa naga jareen", U, "koront* ... jare*"),
    ("so", "caymis ma haysto", U, "caymis*"),
    ("so", "naftayda ayaan u baqayaa", C, "naftayda ... u baq*"),
    ("so", "ilmahaygii waa la iga qaaday", U, "ilma* ... iga qaad*"),
    ("so", "ilaahay ha i qaado", C, "ilaah* ha i qaado"),
    ("ti", "ንርእሰይ ክቀትል ሓሲበ", C, "*ርእሰይ ክቐትል*"),  # ን in front, ቀ for ቐ
    ("ti", "ሰብኣየይ ሃሪሙኒ", C, "*ሃሪሙኒ*"),
    ("ti", "ኮረንቲ ቆሪጾምና", U, "ኮረንቲ* ... ቆሪጾ*"),
    ("ti", "ዑቕባይ ተነጺጉ", U, "ዑቕባ* ... ተነጺ*"),
    ("kmr", "ez dixwazim êdî bimirim", C, "dixwaz* ... bimir*"),
    ("kmr", "mêrê min li min dide", C, "li min dide"),
    ("kmr", "elektrîka me qut kirin", U, "elektrîk* ... qut*"),
    ("kmr", "xwediyê malê em ji malê derxistin", U, "ji malê ... derxist*"),
    ("kmr", "ez bê kaxez im", U, "bê kaxez"),
    # issue 12, third pass: acute danger and a child taken into care, in everyday forms
    ("ru", "бывший стоит под дверью и ломится в квартиру", C, "стоит под дверью"),
    ("ru", "у меня отняли ребенка", U, "отняли ребенка"),
    ("uk", "я втекла з дому з дітьми", C, "втекла з дому"),
    ("uk", "хочуть позбавити мене прав", U, "позбавити мене прав"),
    ("fa", "شوهرم گفت منو می‌کشه", C, "منو می‌کشه"),
    ("fa", "بچه‌هامو دیروز بردن", U, "بچه‌هامو ... بردن"),
    ("ar", "طليقي واقف على الباب", C, "واقف على الباب"),
    ("ar", "شالوا ولادي مني", U, "شالوا ... ولادي"),
    ("en", "my husband punched me again", C, "punched me"),
    ("en", "they are taking the children", U, "taking the children"),
    ("de", "Das Familiengericht entscheidet über meine Kinder", U, "familiengericht*"),
    ("tr", "Jugendamt'tan mektup geldi", U, "jugendamt*"),
]

# (language, text, the most this may flag: None = nothing at all). Never crisis.
NEAR_MISSES: list[tuple[str, str, Severity | None]] = [
    ("de", "Ich bin heute todmüde.", None),
    ("de", "Ich will nicht mehr lernen, es ist zu viel.", None),
    ("de", "Ich sterbe vor Lachen 😂", None),
    ("de", "Ich sterbe gleich vor Langeweile im Kurs", None),
    ("de", "Ich sterbe vor Hunger, wann ist Pause?", U),  # urgent by decision: maybe no food
    ("de", "Wir haben im Kurs über Gewaltenteilung gesprochen.", None),
    ("de", "Das war ein gewaltiger Regen.", None),
    ("de", "Mein Sohn hat mich gestern im Schach geschlagen.", None),
    ("de", "Die Hitze bringt mich um.", None),
    ("de", "Bring mich um acht Uhr zum Bahnhof.", None),
    ("de", "Ich habe mir beim Kochen in den Finger geschnitten.", None),
    ("de", "Die Ritzen im Fenster sind undicht.", None),
    ("de", "Ich habe Abschiebungsschutz bekommen.", None),
    ("de", "Bei KiK ist Räumungsverkauf.", None),
    ("de", "Mir droht eine Sperre vom Jobcenter.", None),
    ("de", "Ich lerne Deutsch, um mein Leben zu verbessern.", None),
    ("de", "Auf der Baustelle hängt ein Schild: Lebensgefahr!", None),
    ("de", "Ich stand auf der Straße und habe gewartet.", None),
    ("de", "Ich habe eine ambulante Behandlung.", None),  # one letter from English "ambulance"
    ("de", "Ich habe vom Nachbarn abgeschrieben.", None),
    ("en", "Beats me why the bus was late.", None),
    ("en", "That joke killed me 😂", None),
    ("en", "The deadline is killing me", None),
    ("en", "I'm dying to see my family again", None),
    ("en", "I'm dying of laughter", None),
    ("en", "My phone died yesterday", None),
    ("en", "I'm dead tired after work", None),
    ("en", "I cut my finger while cooking", None),
    ("en", "Hit me up after the course", None),
    ("en", "No homework today", None),
    ("tr", "Olum naber, bugün kurs var mı?", None),
    ("tr", "Gülmekten öldüm 😂", None),
    ("tr", "Pastayı ikiye bölmek istiyorum.", None),
    ("tr", "Seninle iftihar ediyorum.", None),
    ("tr", "Dövme yaptırdım.", None),
    ("tr", "Bugün şiddetli yağmur vardı.", None),
    ("tr", "Kendimi kesinlikle iyi hissediyorum.", None),
    ("ar", "في إضراب اليوم بالمواصلات", None),
    ("ar", "تعلمنا جدول الضرب", None),
    ("ar", "ضربني برد وما قدرت روح عالكورس", None),
    ("ar", "أنا ميت من التعب", None),
    ("ar", "بموت من الضحك 😂", None),
    ("ar", "الوحدة الثالثة بالكتاب صعبة", None),
    ("ar", "نفسي أشوف أهلي", None),
    ("ar", "الحر قتلني اليوم", None),
    ("fa", "مردم اینجا خیلی مهربان هستند", None),
    ("fa", "از خنده مردم 😂", None),
    ("fa", "کشتی گرفتن ورزش محبوب ماست", None),
    ("fa", "او در را می‌زند", None),
    ("fa", "تجاوز از سرعت مجاز جریمه دارد", None),
    ("fa", "نمی‌خواهم در این کمپ زندگی کنم", None),
    ("fa", "این گرما منو میکشه", None),
    ("fa", "تنها مشکل من زبان است", None),
    ("uk", "Годинник б'є дванадцять", None),
    ("uk", "Я помираю від сміху 😂", None),
    ("uk", "Я не хочу жити в цьому гуртожитку", None),
    ("uk", "Моє серце б'ється швидко", None),
    ("uk", "Я вбиваю час у черзі", None),
    ("uk", "Швидка їзда небезпечна", None),
    ("uk", "Завтра ми голосуємо", None),  # one letter from "голодуємо" (we starve)
    ("ru", "Часы бьют полночь", None),
    ("ru", "Я умираю со смеху 😂", None),
    ("ru", "Я не хочу жить в этом общежитии", None),
    ("ru", "Надо убить время в очереди", None),
    ("ru", "Это убийственно скучно", None),
    ("ru", "Картина висела на стене", None),
    ("so", "koorsada aad bay u caajis badneyd", None),
    ("so", "waxaan rabaa guri weyn", None),
    ("so", "maanta waan qoslay", None),
    ("ti", "ዝዓበየ ገዛ እደሊ", None),
    ("ti", "ብሰሓቕ ሞይተ", None),
    ("ti", "ደኺመ", None),
    ("kmr", "ez dixwazim biçim xaniyekî mezintir", None),
    ("kmr", "ez ji kenê mirim", None),
    ("kmr", "ez westiyam", None),
    # issue 12 additions: harmless sentences near the new terms
    ("de", "Mein Chef zahlt gut und pünktlich.", None),
    ("de", "Ich habe mein Kind genommen und bin zum Arzt gegangen.", None),
    ("en", "My phone has no contract, I use prepaid.", None),
    ("en", "He owes me an answer.", None),
    ("en", "I never wake up late.", None),
    ("ru", "Боюсь не проснуться вовремя.", None),
    ("ru", "Муж не платит за телефон.", None),
    ("ru", "Купила лезвие для бритвы.", None),
    ("ru", "Зачем жить в большом городе?", None),
    ("uk", "Навіщо жити в місті?", None),
    ("tr", "Kayıt dışı ekonomi hakkında konuştuk.", None),
    ("ar", "أخذت ابني إلى الطبيب", None),
    ("fa", "میخوام کورسو تمومش کنم", None),
    ("fa", "کار سیاه نمیکنم", None),
    # issue 12, second pass: the bare so/kmr words (salary, electricity, debts, insurance,
    # violence) flagged harmless sentences; now they need the problem or skip these readings
    ("so", "mushaharkayga wakhtigiisa ayaan helay", None),
    ("so", "biilka korontada waan bixiyay", None),
    ("so", "korontada goorma ayaa la bixiyaa", None),  # "goorma" (when) is not "gooy" (cut)
    ("so", "deyn ma lihi", None),
    ("so", "caymis caafimaad ayaan haystaa", None),
    ("so", "farta ayaan is jaray markaan basal jarayay", None),
    ("so", "rabshadaha waxaan ka hadalnay koorsada", None),
    ("ti", "ዕዳይ ከፊለ ወዲአ", None),
    ("kmr", "tiliya xwe birî bi kêrê, ne tiştek e", None),
    ("kmr", "deynê xwe hemû qedand", None),
    ("kmr", "sîgorta min heye", None),
    ("kmr", "fatûreya elektrîkê kêm bû", None),
    ("kmr", "me li kursê li ser tundiyê axivîn", None),
    ("kmr", "zarokên min birçî ne", U),  # urgent (hungry), but not "taken away": see below
    # issue 12, third pass: harmless sentences near the new danger and child terms
    ("en", "I take my kids to school by bus", None),
    ("en", "I cut bread with a knife", None),
    ("en", "I dont feel safe speaking German yet", None),
    ("en", "I called the police because my bike was stolen", None),
    ("ru", "Белые медведи в опасности", None),
    ("ru", "Я забрала детей из садика", None),
    # eviction threatening her is a housing problem (urgent), not a crisis
    ("ru", "Мне угрожает выселение из квартиры", Severity.URGENT),
    ("ru", "Хозяин угрожает мне выселением", Severity.URGENT),
    ("uk", "Тварини в небезпеці через пожежі", None),
    ("uk", "Я забрала дітей із садочка", None),
    ("fa", "دلتنگی داره منو میکشه", N),
    ("fa", "فرار کردم از کلاس چون خسته بودم", None),
    ("ar", "قطعت البصل بالسكين", None),
    ("ar", "ابني بيلحقني بكل مكان بالبيت", None),
    ("de", "Meine Tochter wohnt nicht mehr bei mir, sie studiert in Berlin", None),
    ("de", "Ich arbeite im Heim als Pflegehelferin", None),
    ("tr", "Çocuğumu okuldan aldım", None),
]

# Harmless sentences that flag on purpose: the pattern cannot tell them from the dangerous
# reading, and a false alert is cheaper than a missed one.
KNOWN_FALSE_ALARMS: list[tuple[str, str, Severity]] = [
    ("de", "Mein Chef schlägt mich für die Stelle vor.", C),  # = "er schlägt mich vor den Kindern"
    ("de", "Wir haben im Kurs über Gewalt in Filmen gesprochen.", C),
    ("de", "Ich will nicht sterben.", C),  # fear of dying is worth a call too
    ("de", "Ich will hier im Heim nicht mehr leben.", C),
    ("en", "My mom will kill me if I fail the test.", C),
    ("en", "I'm dying, it is so hot.", C),
    ("en", "I'm starving, when is the break?", U),  # like "ich sterbe vor Hunger"
]


@pytest.mark.parametrize(
    ("language", "text", "severity"),
    [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(KNOWN_FALSE_ALARMS, 1)],
)
def test_known_false_alarms_still_flag(
    rules: FlagRules, language: str, text: str, severity: Severity
) -> None:
    assert highest(rules.scan(text, language)) is severity


# A harmless sentence per language, to bury a phrase in 4,000 characters.
FILLER = {
    "de": "Heute war ein normaler Tag im Kurs und wir haben viele neue Wörter gelernt. ",
    "en": "Today was a normal day in the course and we learned many new words. ",
    "tr": "Bugün kursta normal bir gündü ve birçok yeni kelime öğrendik. ",
    "ar": "اليوم كان يوم عادي في الكورس وتعلمنا كلمات جديدة كثيرة. ",
    "fa": "امروز یک روز عادی در کورس بود و کلمات جدید زیادی یاد گرفتیم. ",
    "uk": "Сьогодні був звичайний день на курсі, ми вивчили багато нових слів. ",
    "ru": "Сегодня был обычный день на курсе, мы выучили много новых слов. ",
    "so": "Maanta waxay ahayd maalin caadi ah oo koorsada ah, ereyo badan ayaan barannay. ",
    "ti": "ሎሚ ኣብ ኮርስ ንቡር መዓልቲ ነይሩ፡ ብዙሕ ሓድሽ ቃላት ተማሂርና። ",
    "kmr": "Îro li kursê rojeke normal bû û me gelek peyvên nû hîn bûn. ",
}


def _bury(text: str, language: str) -> str:
    half = (FILLER[language] * 40)[:1980]
    return f"{half} {text} {half}"


VARIANTS: dict[str, Callable[[str, str], str]] = {
    "as-written": lambda text, language: text,
    "upper": lambda text, language: text.upper(),
    "emoji-punctuation": lambda text, language: "😢 " + " ,😭 ".join(text.split()) + "!!! 💔",
    "direction-marks": lambda text, language: (
        "\u2068\u200f" + text[:1] + "\u200e" + text[1:].replace(" ", " \u200f") + "\u2069"
    ),
    "in-4000-characters": _bury,
}


def _cases() -> list[Any]:
    seen: dict[tuple[str, Severity], int] = {}
    params: list[Any] = []
    for language, text, severity, term in FLAGS:
        n = seen[language, severity] = seen.get((language, severity), 0) + 1
        for variant in VARIANTS:
            name = f"{language}-{severity.name.lower()}-{n}-{variant}"
            params.append(pytest.param(language, text, severity, term, variant, id=name))
    return params


@pytest.mark.parametrize(("language", "text", "severity", "term", "variant"), _cases())
def test_sentence_flags(
    rules: FlagRules, language: str, text: str, severity: Severity, term: str, variant: str
) -> None:
    reasons = rules.scan(VARIANTS[variant](text, language), language)
    # a life-problem term also names its category (tested in tests/unit/test_triage_sets.py)
    plain = [
        Reason(r.rule, r.severity, {k: v for k, v in r.detail.items() if k != "category"}) for r in reasons
    ]
    assert Reason("keywords", severity, {"language": language, "term": term, "via": "original"}) in plain
    assert highest(reasons) is severity, reasons


@pytest.mark.parametrize(
    ("language", "text", "allowed"),
    [pytest.param(*case, id=f"{case[0]}-{i}") for i, case in enumerate(NEAR_MISSES, 1)],
)
def test_near_miss_does_not_flag(
    rules: FlagRules, language: str, text: str, allowed: Severity | None
) -> None:
    found = highest(rules.scan(text, language))
    assert found is None or (allowed is not None and found <= allowed < C), rules.scan(text, language)


# Written for the fourth pass (issue 12) from everyday life, not from tests/data/triage: the
# school run, the pickup and "this heat is killing me" raised urgent or crisis alerts.
EVERYDAY_NOT_ALARMS = [
    ("en", "I took my child to the doctor"),
    ("en", "I will take my kids to the park"),
    ("en", "my husband took the children to school"),
    ("en", "can you take my child to kindergarten tomorrow"),
    ("en", "the teacher took the children outside"),
    ("en", "we took the children to the zoo"),
    ("ru", "я забрала ребенка из садика"),
    ("ru", "муж забрал детей из школы"),
    ("ru", "я забрал ребенка домой"),
    ("uk", "я забрала дитину з садочка"),
    ("uk", "чоловік забрав дітей зі школи"),
    ("ar", "اخدوا ولادي عالمدرسة بالباص"),
    ("ar", "الحر رح يقتلني"),
    ("ar", "هالشغل عم يقتلني"),
    ("ar", "راسي راح يقتلني من الصبح"),
    ("de", "Ich habe meine Schulden endlich bezahlt"),
    ("en", "I paid off my debts finally"),
    ("ar", "خلصت ديوني الحمد لله"),
    ("uk", "нарешті виплатила борги"),
    ("ru", "наконец выплатила долги"),
]


@pytest.mark.parametrize(("language", "text"), EVERYDAY_NOT_ALARMS)
def test_everyday_sentences_raise_no_alert(rules: FlagRules, language: str, text: str) -> None:
    found = highest(rules.scan(text, language))
    assert found is None or found < U, rules.scan(text, language)


@pytest.mark.parametrize(
    ("language", "text", "severity"),
    [
        ("en", "they took my child", U),
        ("en", "the police took the children away from me", U),
        ("ru", "у меня забрали детей", U),
        ("ru", "опека забрала ребенка", U),
        ("uk", "опіка забрала дитину", U),
        ("ar", "اخدوا ولادي مني", U),
        ("ar", "زوجي رح يقتلني", C),
        ("ar", "بعد الشغل زوجي رح يقتلني", C),
        ("de", "Ich habe Schulden und kann sie nicht bezahlen", U),
        ("de", "meine Schulden nicht bezahlt, jetzt Inkasso", U),
        ("en", "I have debts I cannot pay", U),
        ("uk", "у мене борги", U),
        ("ru", "у меня долги", U),
    ],
)
def test_the_same_words_without_the_harmless_ones_still_alarm(
    rules: FlagRules, language: str, text: str, severity: Severity
) -> None:
    assert highest(rules.scan(text, language)) is severity, rules.scan(text, language)


def test_a_correctly_spelt_word_is_no_typo_of_another_term(rules: FlagRules) -> None:
    # 'jugendampt*' and 'jugentamt*' are typos people make; 'Jugendamt' itself, one letter away,
    # made every mention urgent ("Das Jugendamt hat uns einen Kitaplatz gegeben"). The word
    # alone is worth a look; with what happened to a child it stays urgent.
    assert highest(rules.scan("Das Jugendamt hat uns einen Kitaplatz gegeben", "de")) is N
    assert highest(rules.scan("Das Jugendamt hat mein Kind mitgenommen", "de")) is U
    assert highest(rules.scan("der jugendampt war heute bei uns", "de")) is U


def test_hungry_children_are_not_children_taken_away(rules: FlagRules) -> None:
    # "zarokên min bir*" also took "birçî" (hungry): the alert named the wrong problem
    reasons = rules.scan("zarokên min birçî ne", "kmr")
    assert highest(reasons) is U
    assert not any(r.detail.get("category") == "child" for r in reasons), reasons


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_filler_is_harmless(rules: FlagRules, language: str) -> None:
    assert rules.scan(_bury("", language), language) == []


def test_every_language_has_enough_cases() -> None:
    for language in LANGUAGES:
        for severity in Severity:
            assert sum(1 for c in FLAGS if c[0] == language and c[2] is severity) >= 3, (language, severity)
        assert sum(1 for c in NEAR_MISSES if c[0] == language) >= 3, language
    assert {c[0] for c in FLAGS} == {c[0] for c in NEAR_MISSES} == LANGUAGES


def test_every_language_has_a_list_with_all_three_severities(rules: FlagRules) -> None:
    assert rules.languages() == LANGUAGES
    for language in LANGUAGES:
        raw = yaml.safe_load((CONTENT / "checkins" / "keywords" / f"{language}.yaml").read_text("utf-8"))
        assert isinstance(raw["machine_made"], bool), language  # honest about review
        for severity in Severity:
            assert rules.lists[language].count(severity) > 0, (language, severity)
            assert raw[severity.name.lower()], (language, severity)
