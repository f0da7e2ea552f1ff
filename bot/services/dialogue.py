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


def begin(person: Person, name: str, **values: Any) -> None:
    person.dialogue = {"name": name, **values}


def end(person: Person) -> bool:
    """Leave whatever dialogue the person is in; False if there was none."""
    was_in_one = bool(person.dialogue)
    person.dialogue = None
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
