"""The check every handler test runs on its keyboards: labels a phone would cut are found."""

from __future__ import annotations

import json

from harness import keyboard_problems, label_width


def _inline(*rows: list[str]) -> tuple[str, dict[str, object]]:
    markup = {"inline_keyboard": [[{"text": label, "callback_data": "x"} for label in row] for row in rows]}
    return ("sendMessage", {"reply_markup": json.dumps(markup)})


def test_direction_marks_and_joiners_take_no_room() -> None:
    assert label_width("\u200fتخطي · Überspringen") == len("تخطي · Überspringen")
    assert label_width("👩\u200d⚕️") == 2


def test_short_labels_pass_and_long_ones_are_found_by_row_width() -> None:
    assert keyboard_problems([_inline(["😞", "🙁", "😐", "🙂", "😄"], ["Überspringen"])]) == []
    assert keyboard_problems([_inline(["Ja", "Nein"], ["Mein Deutsch ist noch nicht perfekt."])]) == []
    (problem,) = keyboard_problems([_inline(["Verschieben: Amina, 24.11. 09:30", "Absagen"])])
    assert "Verschieben" in problem and "row of 2" in problem
    (problem,) = keyboard_problems([_inline(["Ja", "Nein", "\u200fتخطي · Überspringen"])])
    assert "row of 3" in problem


def test_the_reply_keyboard_under_the_chat_is_checked_too() -> None:
    markup = {
        "keyboard": [["🆘 Hilfe · مساعدة", "📅 Termine · المواعيد"], ["✉️ Nachricht an meine Beraterin", "x"]]
    }
    (problem,) = keyboard_problems([("sendMessage", {"reply_markup": markup})])
    assert "Nachricht an meine Beraterin" in problem
