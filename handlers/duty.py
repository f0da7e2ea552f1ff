"""Staff on duty: /duty switches whether unanswered crisis alerts come to them."""

from __future__ import annotations

from bot.services import alerts
from handlers.turn import Turn, command


@command("duty")
async def cmd_duty(turn: Turn) -> None:
    person = turn.person
    assert person is not None
    on_duty = await turn.call(alerts.toggle_duty, person, now=turn.now)
    await turn.reply(turn.t("duty-on" if on_duty else "duty-off"))
