"""Normalisation: one spelling for texts and terms in every language."""

from __future__ import annotations

import pytest

from bot.services.flags import normalize


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("İSTANBUL'da ışık", "tr", "istanbulda isik", id="turkish-dotted-and-dotless-i"),
        pytest.param(
            "Straße, Schläge & Schlaege!", "de", "strasse schlage schlage", id="german-umlauts-and-sz"
        ),
        pytest.param("أإآٱ ـــ ة ى ی ك ک", "ar", "اااا ه ي ي ك ك", id="arabic-letter-forms"),
        pytest.param("أُرِيـــدُ", "ar", "اريد", id="arabic-harakat-and-tatweel"),
        pytest.param("شيء مسؤول", "ar", "شي مسوول", id="arabic-hamza"),
        pytest.param("می‌خواهم", "fa", "مي خواهم", id="persian-zwnj"),
        pytest.param("Всё ещё", "ru", "все еще", id="russian-yo"),
        pytest.param("б’є бʼє б'є бє", "uk", "бе бе бе бе", id="ukrainian-apostrophes"),
        pytest.param("ї є ґ", "uk", "і е г", id="ukrainian-letters"),
        pytest.param("умеpеть", "ru", "умереть", id="latin-look-alike-in-cyrillic"),
        pytest.param("a\u200fb \u2068c\u2069 d\u200e", "en", "ab c d", id="direction-marks"),
        pytest.param("so...   😢😢 sad!!", "en", "so sad", id="punctuation-and-emoji"),
        # Tigrinya writers use either letter: homophones, spirants, labialised first order
        pytest.param("ሠ ፀሓይ ኀ ቐትል ኣለኹ ጐዲአ ቈሪጸ", "ti", "ሰ ጸሓይ ሐ ቀትል ኣለኩ ጎዲአ ቆሪጸ", id="geez-letter-variants"),
        pytest.param("ዓ ኣ ሀ ሐ", "ti", "ዓ ኣ ሀ ሐ", id="geez-distinct-sounds-stay"),
    ],
)
def test_normalize(text: str, language: str, expected: str) -> None:
    assert normalize(text, language) == expected
