"""Staff on duty: /duty shows whether unanswered crisis alerts come to them, with one button
to switch; pressing it edits that message to the new state."""

from __future__ import annotations

from bot.services import alerts
from handlers.turn import Turn, command, stale
from ui.alerts import duty_view


@command("duty")
async def cmd_duty(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    await turn.reply(*duty_view(turn.t, person.on_duty))


async def cb_duty(turn: Turn) -> None:
    person = turn.person
    choice = turn.button.arg(0) if turn.button else None
    if person is None or choice not in ("on", "off"):
        await stale(turn)
        return
    on_duty = await turn.call(alerts.set_duty, person, choice == "on", now=turn.now)
    await turn.answer(turn.t("duty-on" if on_duty else "duty-off"))
    turn.edit(*duty_view(turn.t, on_duty))
