"""Language identification of short free text (bot/langid.py), as participants write it."""

from __future__ import annotations

import pytest

from bot.deps import Deps
from bot.i18n import LANGUAGES
from bot.langid import detect, source_language
from bot.models import Severity
from bot.services import relay
from bot.text import clean

DEPLOYED = list(LANGUAGES)

# Everyday sentences of 5 to 10 words, as participants write them to their coach.
SENTENCES: dict[str, list[str]] = {
    "de": [
        "Ich kann morgen nicht kommen, mein Kind ist krank.",
        "Wann ist der nächste Termin beim Jobcenter?",
        "Ich habe den Brief vom Amt nicht verstanden.",
        "Danke, der Kurs heute war sehr gut.",
    ],
    "en": [
        "I cannot come tomorrow, my child is sick.",
        "When is my next appointment at the job centre?",
        "I did not understand the letter from the office.",
        "Thank you, the course today was very good.",
    ],
    "ar": [
        "لا أستطيع المجيء غدا لأن ابني مريض",
        "متى موعدي القادم في مركز العمل؟",
        "لم أفهم الرسالة التي وصلتني من المكتب",
        "شكرا لك، الدرس اليوم كان جيدا جدا",
    ],
    "fa": [
        "فردا نمی‌توانم بیایم چون پسرم مریض است",
        "وقت بعدی من در جاب سنتر کی است؟",
        "نامه اداره را نفهمیدم، لطفا کمکم کنید",
        "ممنون، کلاس امروز خیلی خوب بود",
    ],
    "uk": [
        "Я не можу прийти завтра, моя дитина хворіє.",
        "Коли мій наступний термін у джобцентрі?",
        "Я не зрозуміла лист з відомства.",
        "Дякую, курс сьогодні був дуже добрий.",
    ],
    "ru": [
        "Я не могу прийти завтра, мой ребенок болеет.",
        "Когда моя следующая встреча в джобцентре?",
        "Я не поняла письмо из ведомства.",
        "Спасибо, курс сегодня был очень хороший.",
    ],
    "tr": [
        "Yarın gelemiyorum çünkü çocuğum hasta.",
        "Jobcenter'daki bir sonraki randevum ne zaman?",
        "Daireden gelen mektubu anlamadım, yardım eder misiniz?",
        "Teşekkürler, bugünkü kurs çok güzeldi.",
    ],
    "so": [
        "Berri ma iman karo, ilmahaygu wuu xanuunsan yahay.",
        "Goorma ayaa ballanta xigta ee xafiiska shaqada?",
        "Waraaqda xafiiska kama aan fahmin, fadlan i caawi.",
        "Mahadsanid, fasalka maanta aad buu u wanaagsanaa iyo macalinka.",
    ],
    "ti": [
        "ጽባሕ ክመጽእ ኣይክእልን እየ፡ ውላደይ ሓሚሙ ኣሎ።",
        "ቀጻሊ ቆጸራይ ኣብ ቤት ጽሕፈት ስራሕ መዓስ እዩ?",
        "ካብ ቤት ጽሕፈት ዝመጸኒ ደብዳቤ ኣይተረድኣንን።",
        "የቐንየለይ፡ ናይ ሎሚ ትምህርቲ ኣዝዩ ጽቡቕ ነይሩ።",
    ],
    "kmr": [
        "Ez nikarim sibê werim, zarokê min nexweş e.",
        "Randevûya min a din li Jobcenterê kengî ye?",
        "Min nameya ji dayîreyê fêm nekir, ji kerema xwe alîkariya min bike.",
        "Spas, kursa îro gelek baş bû.",
    ],
}


@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language, texts in SENTENCES.items() for text in texts]
)
def test_a_short_sentence_is_told_apart(language: str, text: str) -> None:
    found = detect(text, DEPLOYED)
    assert found is not None and found.language == language, (language, text, found)


def test_every_offered_language_is_tested() -> None:
    assert set(SENTENCES) == set(LANGUAGES)


def test_geez_script_is_tigrinya_and_needs_no_model() -> None:
    found = detect("ሰላም ከመይ ኣለኹም ሎሚ", DEPLOYED)
    assert found is not None and (found.language, found.by) == ("ti", "script")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("من امروز خیلی خسته هستم", "fa"),  # ی and خ: Persian ye
        ("أنا متعب جدا اليوم يا صديقي", "ar"),  # ي: Arabic ye
        ("گچ و ژاله و پنجره", "fa"),
    ],
)
def test_arabic_script_is_told_by_its_letters(text: str, language: str) -> None:
    found = detect(text, DEPLOYED)
    assert found is not None and found.language == language


@pytest.mark.parametrize(
    "text", ["ok danke", "Ja", "👍👍", "12.08. 14:00", "https://example.org/a/very/long/link"]
)
def test_too_short_to_tell(text: str) -> None:
    assert detect(text, DEPLOYED) is None
    assert source_language(text, "tr", DEPLOYED) == "tr"


@pytest.mark.parametrize("text", ["👍👍", "12.08. 14:00", "https://example.org/a/very/long/link"])
def test_no_letters_keep_the_profile(text: str) -> None:
    assert source_language(text, "ar", DEPLOYED) == "ar"


@pytest.mark.parametrize(
    ("text", "profile"),
    [("ok danke", "ar"), ("hallo Jonas", "ar"), ("Ja", "uk"), ("Termin 14 Uhr ok?", "fa")],
)
def test_short_latin_text_from_a_profile_in_another_script_is_not_translated_from_it(
    text: str, profile: str
) -> None:
    # ar→de would give her coach a "translation" identical to the original (seen in the
    # browser test's screenshot: «hallo Jonas», translated «hallo Jonas»)
    assert source_language(text, profile, DEPLOYED) == "de"


@pytest.mark.parametrize("text", ["ana ta3bana", "kifak 7abibi", "hallo اهلا"])
def test_arabizi_and_mixed_scripts_stay_her_language(text: str) -> None:
    assert source_language(text, "ar", DEPLOYED) == "ar"


def test_only_the_deployments_languages_are_answered() -> None:
    text = "Ich kann morgen nicht kommen, mein Kind ist krank."
    found = detect(text, ["ar", "en"])
    assert found is not None and found.language == "en"  # German is not offered: never "de"
    assert detect("ጽባሕ ክመጽእ ኣይክእልን እየ፡ ውላደይ ሓሚሙ ኣሎ።", ["de", "ar"]) is None


def test_source_language_prefers_a_sure_detection_over_the_profile() -> None:
    assert source_language("Ich kann morgen nicht kommen, mein Kind ist krank.", "ar", DEPLOYED) == "de"
    assert source_language("لا أستطيع المجيء غدا لأن ابني مريض", "ar", DEPLOYED) == "ar"


def test_english_with_somali_looking_words_stays_english() -> None:
    found = detect("No way, I will go the other way home today.", DEPLOYED)
    assert found is not None and found.language == "en"


def test_the_profiles_lists_read_a_text_detected_as_another_language(deps: Deps) -> None:
    """A Turkish participant's message detected as English still meets the Turkish list."""
    text = "I am so tired of everything, ölmek istiyorum"
    assert relay.keyword_reasons(deps.flags, text, "en", None) == []
    found = relay.keyword_reasons(deps.flags, text, "en", None, also="tr")
    assert [(r.severity, r.detail["language"]) for r in found] == [(Severity.CRISIS, "tr")]
    twice = relay.keyword_reasons(deps.flags, text, "tr", None, also="tr")
    assert len(twice) == len(found)  # the same list is not read twice


def test_geez_text_is_kept_whole_by_the_cleaning() -> None:
    assert clean(SENTENCES["ti"][0]) == SENTENCES["ti"][0]
    assert detect(clean(SENTENCES["ti"][0]), DEPLOYED) is not None
