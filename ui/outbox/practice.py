"""Outbox renderer for the daily practice prompt and the weekly nudge."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.kinds import Kind
from bot.models import PracticeProfile
from bot.services import dialogue, dose, practice
from bot.services.practice import local_day
from ui import buttons
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator


async def practice_prompt(context: RenderContext) -> Outgoing | None:
    """The daily invitation to practise; not if paused, done today, a dose is under way, or
    nothing is left to practise."""
    person = context.recipient
    prof = await context.session.get(PracticeProfile, person.id)
    if prof is not None and (prof.paused or prof.last_practised_on == local_day(context.now, person)):
        return None
    if dialogue.state(person, dose.DIALOGUE) is not None:
        return None
    # The number of exercises it promises is the number /practice gives; none, no prompt.
    count = await practice.dose_count(context.session, person, context.deps.decks, now=context.now)
    if count == 0:
        return None
    t = translator(context)
    message_id = "practice-nudge" if context.row.kind == Kind.PRACTICE_NUDGE else "practice-prompt"
    markup = InlineKeyboardMarkup(
        [
            [button(t.label("practice-start"), buttons.PRACTICE_PROMPT, "go")],
            [button(t.label("practice-later"), buttons.PRACTICE_PROMPT, "later")],
        ]
    )
    return Outgoing(text=t.both(message_id, count=count), markup=markup)
