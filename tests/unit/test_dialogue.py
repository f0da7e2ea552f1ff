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
