"""bot/services/dialogue.py: the one dialogue a person is in, read as a copy, begun, ended."""

from __future__ import annotations

from bot.models import Person
from bot.services import dialogue


def test_state_is_a_copy_of_the_named_dialogue_at_its_step() -> None:
    person = Person(dialogue=None)
    assert dialogue.state(person, "invite") is None
    assert not dialogue.end(person)
    dialogue.begin(person, "invite", step="role", cohort_id=None)
    assert person.dialogue == {"name": "invite", "step": "role", "cohort_id": None}
    assert dialogue.state(person, "practice") is None
    assert dialogue.state(person, "invite", "cohort") is None
    found = dialogue.state(person, "invite", "role")
    assert found == person.dialogue and found is not person.dialogue  # changes are assigned back whole
    assert dialogue.end(person) and person.dialogue is None


def test_messages_held_for_her_answer_go_along_with_every_dialogue_and_stay_after_it() -> None:
    held = [{"text": "(encrypted)", "fwd": False}]
    person = Person(dialogue={"name": dialogue.WAITING, dialogue.HELD: held})
    dialogue.begin(person, "checkin", id=7)
    assert person.dialogue == {"name": "checkin", "id": 7, dialogue.HELD: held}
    dialogue.begin(person, "practice", items=["a"])  # one dialogue after another: still held
    assert person.dialogue == {"name": "practice", "items": ["a"], dialogue.HELD: held}
    assert dialogue.end(person)
    assert person.dialogue == {"name": dialogue.WAITING, dialogue.HELD: held}  # waiting on their own
    assert dialogue.end(person) and person.dialogue is None  # ending that drops them (/cancel)
