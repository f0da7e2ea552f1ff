"""bot/services/judge.py: forgiving where it should be (case, punctuation, spaces, umlaut spellings,
small typos), strict where the learner has to notice (article, ending, another word)."""

from __future__ import annotations

import re
from functools import cache

import pytest

from bot.decks import TYPED, Decks
from bot.services.judge import SHOWN_LIMIT, Difference, Judgement, Mistake, judge, normalise
from bot.settings import PROJECT_ROOT


@cache
def decks() -> Decks:
    return Decks(PROJECT_ROOT / "content" / "decks")


def typed_items() -> list[tuple[str, tuple[str, ...]]]:
    return [(item.id, item.answers) for item in decks().items.values() if item.kind in TYPED]


# -- right ---------------------------------------------------------------------------------

# (given, accepted, spelling_shown)
RIGHT = [
    # exactly as accepted
    ("das Zimmer", "das Zimmer", False),
    ("Hallo, wie geht es?", "Hallo, wie geht es?", False),
    # case
    ("Das Zimmer", "das Zimmer", True),
    ("GUTEN MORGEN", "Guten Morgen", True),
    ("ich habe einen termin", "Ich habe einen Termin", True),
    # punctuation: a missing or different full stop / question mark is not even worth showing
    ("Guten Morgen", "Guten Morgen.", False),
    ("Hallo, wie geht es!", "Hallo, wie geht es?", False),
    ("Hallo, wie geht es", "Hallo, wie geht es?", False),
    ("Hallo wie geht es", "Hallo, wie geht es?", True),
    ("Guten Morgen Frau Müller", "Guten Morgen, Frau Müller!", True),
    # extra spaces
    ("  das   Zimmer ", "das Zimmer", False),
    ("Ich  habe\teinen Termin", "Ich habe einen Termin", False),
    # ae/oe/ue/ss for ä/ö/ü/ß, both ways
    ("Strasse", "Straße", True),
    ("Straße", "Strasse", True),
    ("Aerztin", "Ärztin", True),
    ("Ärztin", "Aerztin", True),
    ("schoen", "schön", True),
    ("schön", "schoen", True),
    ("fuer", "für", True),
    ("für", "fuer", True),
    ("heiss", "heiß", True),
    ("Kuendigung", "Kündigung", True),
    ("ÄRZTIN", "Ärztin", True),
    # one typo in a word of 4 to 7 letters
    ("Termn", "Termin", True),  # a letter missing
    ("Zimer", "Zimmer", True),
    ("Schuhle", "Schule", True),  # a letter too many
    ("Mintag", "Montag", True),  # a letter wrong
    ("Halo", "Hallo", True),
    ("Wohnunk", "Wohnung", True),
    ("Ich habe einen Temrin", "Ich habe einen Termin", True),
    # two typos in a long word
    ("Krankanhaos", "Krankenhaus", True),
    ("Kranknhus", "Krankenhaus", True),
    ("Apoteke", "Apotheke", True),
    ("Arbeitsvertrga", "Arbeitsvertrag", True),
    # a transposition is one typo
    ("Artz", "Arzt", True),
    ("Termni", "Termin", True),
    ("Zimmre", "Zimmer", True),
    ("Aptoheke", "Apotheke", True),
    ("Kündigugn", "Kündigung", True),
    ("Bewrebung", "Bewerbung", True),
    # a letter typed twice, or a doubled one typed once, right before an ending: a typo,
    # not another ending (issue 17: "-ten" and "-en" are both endings)
    ("arbeitten", "arbeiten", True),
    ("Mietten", "Mieten", True),
    ("komen", "kommen", True),
]


@pytest.mark.parametrize(("given", "accepted", "shown"), RIGHT)
def test_right(given: str, accepted: str, shown: bool) -> None:
    verdict = judge(given, (accepted,))
    assert verdict == Judgement(True, accepted, spelling_shown=shown, mistake=None)


def test_decomposed_umlauts_are_right() -> None:
    # Some keyboards send "A" + combining diaeresis instead of "Ä".
    assert judge("A\u0308rztin", ("Ärztin",)).correct
    assert judge("Gru\u0308\u00dfe", ("Grüße",)).correct


# -- mistakes that must not be forgiven ----------------------------------------------------

D = Difference

# (given, accepted, mistake, what differs)
WRONG = [
    # wrong article: both articles named
    ("der Zimmer", "das Zimmer", Mistake.ARTICLE, D("der", "das")),
    ("die Termin", "der Termin", Mistake.ARTICLE, D("die", "der")),
    ("das Frau", "die Frau", Mistake.ARTICLE, D("das", "die")),
    ("mit den Arzt", "mit dem Arzt", Mistake.ARTICLE, D("den", "dem")),
    ("Ich gebe es den Kind", "Ich gebe es dem Kind", Mistake.ARTICLE, D("den", "dem")),
    ("ich habe ein Termin", "ich habe einen Termin", Mistake.ARTICLE, D("ein", "einen")),
    ("eine Kind", "ein Kind", Mistake.ARTICLE, D("eine", "ein")),
    ("einen Frau", "eine Frau", Mistake.ARTICLE, D("einen", "eine")),
    ("Ich habe eine Termin", "Ich habe einen Termin", Mistake.ARTICLE, D("eine", "einen")),
    ("DER Zimmer", "das Zimmer", Mistake.ARTICLE, D("DER", "das")),  # as typed
    ("  der   Zimmer  ", "das Zimmer", Mistake.ARTICLE, D("der", "das")),
    ("die Strasse", "der Straße", Mistake.ARTICLE, D("die", "der")),
    # a missing, added or other prefix: named, with both words
    ("schreiben", "unterschreiben", Mistake.PREFIX, D("schreiben", "unterschreiben", "", "unter")),
    (
        "Ich muss das schreiben",
        "Ich muss das unterschreiben",
        Mistake.PREFIX,
        D("schreiben", "unterschreiben", "", "unter"),
    ),
    (
        "Schreiben Sie hier",
        "Unterschreiben Sie hier",
        Mistake.PREFIX,
        D("Schreiben", "Unterschreiben", "", "Unter"),
    ),
    ("unterschreiben", "schreiben", Mistake.PREFIX, D("unterschreiben", "schreiben", "unter", "")),
    ("verschreiben", "unterschreiben", Mistake.PREFIX, D("verschreiben", "unterschreiben", "ver", "unter")),
    ("kommen", "bekommen", Mistake.PREFIX, D("kommen", "bekommen", "", "be")),
    ("Ich rufe morgen", "Ich rufe morgen an", Mistake.MISSING, D(expected="an")),
    ("weisung", "Überweisung", Mistake.PREFIX, D("weisung", "Überweisung", "", "Über")),
    ("ueberweisung", "Abweisung", Mistake.PREFIX, D("ueberweisung", "Abweisung", "ueber", "Ab")),
    ("Anmeldung", "Abmeldung", Mistake.PREFIX, D("Anmeldung", "Abmeldung", "An", "Ab")),
    ("zählen", "erzählen", Mistake.PREFIX, D("zählen", "erzählen", "", "er")),
    # wrong ending
    ("kleine", "kleinen", Mistake.ENDING, D("kleine", "kleinen")),
    ("die kleine Kinder", "die kleinen Kinder", Mistake.ENDING, D("kleine", "kleinen")),
    ("Kinder", "Kindern", Mistake.ENDING, D("Kinder", "Kindern")),
    ("mit den Kinder", "mit den Kindern", Mistake.ENDING, D("Kinder", "Kindern")),
    ("gehen", "gehst", Mistake.ENDING, D("gehen", "gehst")),
    ("du gehen", "du gehst", Mistake.ENDING, D("gehen", "gehst")),
    ("große", "großen", Mistake.ENDING, D("große", "großen")),
    ("bitten", "bitte", Mistake.ENDING, D("bitten", "bitte")),  # another ending, not a double
    ("GROSSE", "großen", Mistake.ENDING, D("GROSSE", "großen")),
    # another word
    ("Termin", "Zimmer", Mistake.WORD, D("Termin", "Zimmer")),
    ("Ich brauche ein Termin", "Ich brauche ein Zimmer", Mistake.WORD, D("Termin", "Zimmer")),
    # too many typos for the word's length
    ("Bis", "Bus", Mistake.WORD, D("Bis", "Bus")),  # three letters: no typo allowed
    ("Tremn", "Termin", Mistake.WORD, D("Tremn", "Termin")),  # two typos in six letters
    ("Krnkanhaos", "Krankenhaus", Mistake.WORD, D("Krnkanhaos", "Krankenhaus")),  # three in a long word
    # a word missing or added: which one
    ("Termin", "einen Termin", Mistake.MISSING, D(expected="einen")),
    ("das", "das Zimmer", Mistake.MISSING, D(expected="Zimmer")),
    ("ich habe Termin", "ich habe einen Termin", Mistake.MISSING, D(expected="einen")),
    ("Ich habe einen Termin", "Ich habe einen Termin beim Arzt", Mistake.MISSING, D(expected="beim Arzt")),
    ("das Zimmer hier", "das Zimmer", Mistake.EXTRA, D(given="hier")),
    (
        "Ich habe heute einen Termin beim Arzt",
        "Ich habe einen Termin beim Arzt",
        Mistake.EXTRA,
        D(given="heute"),
    ),
    ("😀 das Zimmer hier", "das Zimmer", Mistake.EXTRA, D(given="hier")),  # emoji are no words
    ("Wie gehts dir", "Wie geht's?", Mistake.EXTRA, D(given="dir")),
    # several changes at once: another answer, nothing to point at
    ("Ich gehe nach Hause jetzt", "Ich habe einen Termin", Mistake.WORD, None),
]


@pytest.mark.parametrize(("given", "accepted", "mistake", "difference"), WRONG)
def test_mistake(given: str, accepted: str, mistake: Mistake, difference: Difference | None) -> None:
    verdict = judge(given, (accepted,))
    assert verdict == Judgement(False, accepted, mistake=mistake, difference=difference)


def test_a_long_word_shown_back_is_cut() -> None:
    verdict = judge("Ich habe " + "x" * 4000, ("Ich habe Zeit",))
    assert verdict.mistake is Mistake.WORD and verdict.difference is not None
    assert verdict.difference.expected == "Zeit" and len(verdict.difference.given) == SHOWN_LIMIT


@pytest.mark.parametrize(("given", "accepted"), [("Hund", "Mund"), ("Mund", "Hund"), ("Haus", "Maus")])
def test_another_short_word_is_not_a_typo(given: str, accepted: str) -> None:
    assert judge(given, (accepted,)) == Judgement(
        False, accepted, mistake=Mistake.WORD, difference=D(given, accepted)
    )


@pytest.mark.parametrize(("given", "accepted"), [("Wie gehts", "Wie geht's?"), ("email", "E-Mail")])
def test_leaving_out_an_inner_apostrophe_or_hyphen_is_not_a_mistake(given: str, accepted: str) -> None:
    assert judge(given, (accepted,)).correct


# -- several accepted answers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "accepted", "expected"),
    [
        (
            "Hallo",
            ("Guten Tag", "Hallo"),
            Judgement(True, "Hallo", spelling_shown=False),
        ),
        (
            "Gutn Tag",
            ("Hallo", "Guten Tag"),
            Judgement(True, "Guten Tag", spelling_shown=True),
        ),
        # exactly right beats right with a typo
        ("Halo", ("Hallo", "Halo"), Judgement(True, "Halo", spelling_shown=False)),
        ("kleine", ("kleinen", "kleine"), Judgement(True, "kleine", spelling_shown=False)),
        ("Krankmeldung", ("Krankschreibung", "Krankmeldung"), Judgement(True, "Krankmeldung")),
        # wrong against all: the closest accepted answer is the one shown, with its mistake
        (
            "der Termin",
            ("das Zimmer", "den Termin"),
            Judgement(False, "den Termin", mistake=Mistake.ARTICLE, difference=D("der", "den")),
        ),
        (
            "mit den Kinder",
            ("mit meinem Sohn", "mit den Kindern"),
            Judgement(False, "mit den Kindern", mistake=Mistake.ENDING, difference=D("Kinder", "Kindern")),
        ),
        (
            "Ich habe einen Termin",
            ("Ich brauche ein Zimmer", "Ich habe einen Termin beim Arzt"),
            Judgement(
                False,
                "Ich habe einen Termin beim Arzt",
                mistake=Mistake.MISSING,
                difference=D(expected="beim Arzt"),
            ),
        ),
    ],
)
def test_several_accepted_answers(given: str, accepted: tuple[str, ...], expected: Judgement) -> None:
    assert judge(given, accepted) == expected


# -- input that is not an answer -----------------------------------------------------------


@pytest.mark.parametrize(
    "given",
    [
        "",
        " ",
        "\n\t",
        "...?!",
        "😀",
        "👍🏽😀🇩🇪",
        "مرحبا",
        "أنا عندي موعد عند الطبيب",
        "Привет",
        "a" * 4000,
        ("Hallo " * 700)[:4000],
        "ä" * 4000,
        "😀" * 4000,
        "\x00\u200b\u202e",
    ],
    ids=lambda text: f"{text[:12]!r}…{len(text)}",
)
@pytest.mark.parametrize("accepted", [("Hallo",), ("das Zimmer", "ein Zimmer"), ("Ich habe einen Termin",)])
def test_not_an_answer(given: str, accepted: tuple[str, ...]) -> None:
    verdict = judge(given, accepted)
    assert not verdict.correct
    assert verdict.expected in accepted
    assert verdict.mistake is not None and not verdict.spelling_shown


def test_normalise() -> None:
    assert normalise("  Grüße,  Frau MÜLLER! ") == "gruesse frau mueller"
    assert normalise("Straße") == normalise("STRASSE") == "strasse"
    assert normalise("😀") == ""


# -- every typed item of the real decks ----------------------------------------------------


def test_decks_have_typed_items() -> None:
    assert len(typed_items()) >= 100


@pytest.mark.parametrize(("item_id", "answers"), typed_items(), ids=[i for i, _ in typed_items()])
def test_every_accepted_answer_is_right(item_id: str, answers: tuple[str, ...]) -> None:
    for answer in answers:
        verdict = judge(answer, answers)
        assert verdict.correct and not verdict.spelling_shown, (item_id, answer, verdict)
        assert normalise(verdict.expected) == normalise(answer), (item_id, answer, verdict)
        assert judge(answer.lower(), answers).correct, (item_id, answer)
        bare = re.sub(r"[^\w\s]", "", answer)
        assert judge(bare, answers).correct, (item_id, answer, bare)
        assert judge(bare.lower(), answers).correct, (item_id, answer, bare)
        assert judge(f"  {answer.upper()}  ", answers).correct, (item_id, answer)
