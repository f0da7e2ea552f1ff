"""Person.dialogue: the one conversation a person is in between updates, stored as JSON."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.models import Person


def state(person: Person, name: str, step: str | None = None) -> dict[str, Any] | None:
    """A copy of the person's dialogue if it is `name` (at `step`). A copy: changes are
    assigned back whole, since SQLAlchemy does not notice changes inside a JSON value."""
    found = person.dialogue
    if not found or found.get("name") != name or (step is not None and found.get("step") != step):
        return None
    return dict(found)


# Messages a participant wrote that wait for her to say whether they go to her coach
# (bot/services/relay.py keeps them). Any dialogue carries them along: beginning a practice
# dose or a check-in loses none, and they stay when it ends.
HELD = "held"
WAITING = "talk"  # the dialogue of nothing but the held messages (relay.HOLD)


def begin(person: Person, name: str, **values: Any) -> None:
    held = (person.dialogue or {}).get(HELD)
    person.dialogue = {"name": name, **values}
    if held and HELD not in values:
        person.dialogue[HELD] = held


def end(person: Person) -> bool:
    """Leave whatever dialogue the person is in; False if there was none. Held messages
    stay, waiting on their own (ending that waiting too drops them: `/cancel`)."""
    current = person.dialogue
    was_in_one = bool(current)
    held = current.get(HELD) if current and current.get("name") != WAITING else None
    person.dialogue = {"name": WAITING, HELD: held} if held else None
    return was_in_one


# The message that asks the dialogue's current question with buttons under it (such as
# "skip"): when the answer is typed instead, those buttons are taken away.
QUESTION = "question_message"


def asked_in(person: Person, message_id: int) -> None:
    if person.dialogue:
        person.dialogue = {**person.dialogue, QUESTION: message_id}


def question_message(person: Person) -> int | None:
    found = (person.dialogue or {}).get(QUESTION)
    return int(found) if isinstance(found, int) else None


async def remember_question(session: AsyncSession, person_id: int, message_id: int) -> None:
    """asked_in, once the question's message is sent (its id known only then)."""
    person = await session.get(Person, person_id)
    if person is not None:
        asked_in(person, message_id)
