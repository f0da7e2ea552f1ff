"""Joining: /start with an invite, then language, privacy consent, quiet hours, practice time."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from bot.i18n import LANGUAGES, REFERENCE, Translator
from bot.models import Person, PersonStatus, Role
from bot.services import people, practice_settings
from bot.services.invites import InviteProblem
from bot.services.people import PRACTICE_TIME_CHOICES, QUIET_HOURS_CHOICES, Step
from handlers import menu
from handlers.access import Audience, audience_of
from handlers.turn import Turn, command, refuse, stale, stranger_may_hear
from ui import coach as coach_view
from ui import keyboards
from ui import privacy as privacy_view
from ui import settings as settings_view

log = logging.getLogger(__name__)


@command("start")
async def cmd_start(turn: Turn) -> None:
    args = turn.context.args or []
    token = args[0] if args else None
    person = turn.person
    if turn.audience is Audience.GUEST:
        await _join(turn, token)
        return
    assert person is not None
    if turn.audience in (Audience.ONBOARDING, Audience.DECLINED) or person.onboarding_step:
        await ask_current_step(turn, person)
    elif token:
        await turn.reply(turn.t.both("already-joined"), menu.reply_keyboard(turn.t, turn.audience))
    else:
        await send_help(turn, person)
    # Set again each time: a menu lost (a new phone, a changed role) comes back with /start.
    await publish_menu(turn, person)


async def _join(turn: Turn, token: str | None) -> None:
    user = turn.update.effective_user
    assert user is not None
    if not token:
        await refuse(turn)
        return
    person = await turn.call(
        people.join,
        token=token,
        telegram_user_id=user.id,
        chat_id=turn.chat_id,
        display_name=user.full_name,
        now=turn.now,
        timezone=turn.deps.settings.bot_timezone,
    )
    if isinstance(person, InviteProblem):
        if stranger_may_hear(turn):  # a flood of made-up tokens is counted in memory and ignored
            await turn.call(people.count_uninvited)
            await turn.reply(turn.t.both(f"invite-{person.value}"))
        return
    turn.person = person
    log.info("person %s joined by invite %s", person.id, person.invite_id)
    await turn.reply(turn.t.both("welcome"), keyboards.languages(turn.deps.catalogue.languages))


async def ask_current_step(turn: Turn, person: Person) -> None:
    """Ask the question of the step the person is at (after /start, or a restart)."""
    step = person.onboarding_step
    if step == Step.LANGUAGE.value or person.language is None:
        await turn.reply(turn.t.both("welcome"), keyboards.languages(turn.deps.catalogue.languages))
    elif person.status in (PersonStatus.ONBOARDING, PersonStatus.DECLINED):
        if person.status is PersonStatus.DECLINED:
            await turn.reply(turn.t("declined-status"))
        await ask_consent(turn)
    elif step == Step.QUIET_HOURS.value:
        await turn.reply(turn.t.both("quiet-hours-question"), keyboards.quiet_hours(turn.t))
    elif step == Step.PRACTICE_TIME.value:
        await ask_practice_time(turn, person)
    else:
        await send_help(turn, person)


async def ask_consent(turn: Turn) -> None:
    """One message: the short privacy notice, "Mehr lesen" for the whole text, agree / decline."""
    await turn.reply(*privacy_view.consent_request(turn.t))


def help_text(t: Translator, person: Person | None) -> str:
    """/help: at most six lines in each language, German first and the person's own below."""
    return t.both(help_id(person))


async def send_help(turn: Turn, person: Person) -> None:
    """The help, with the reply keyboard of the person's role under the chat (members only)."""
    await turn.reply(help_text(turn.t, person), menu.reply_keyboard(turn.t, audience_of(person)))


def setup_done_text(t: Translator, person: Person) -> str:
    """The end of joining in one message: "Fertig!" above the help, German first, then hers."""
    message_id = help_id(person)
    german = f"{t.de('setup-done')}\n{t.de(message_id)}"
    if t.language == REFERENCE:
        return german
    return f"{german}\n\n{t('setup-done')}\n{t(message_id)}"


def help_id(person: Person | None) -> str:
    if person is None or person.status is not PersonStatus.ACTIVE:
        return "help-onboarding"
    return {
        Role.PARTICIPANT: "help-participant",
        Role.COACH: "help-coach",
        Role.STAFF: "help-staff",
        Role.MENTOR: "mentors-help",
    }[person.role]


async def cb_language(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    code = turn.button.arg()
    if code not in LANGUAGES or not turn.deps.catalogue.supports(code):
        await stale(turn)
        return
    joining = person.onboarding_step is not None or person.status is not PersonStatus.ACTIVE
    people.set_language(person, code)
    turn.retranslate()
    await turn.answer()
    chosen = turn.t.both("language-chosen", language=LANGUAGES[code])
    if joining:
        # The language question shows the choice in place; the question she is at comes
        # below it in her language (the first time the privacy notice; from /language midway
        # the same question again). Should the edit fail, only the buttons go.
        turn.edit(chosen)
        await ask_current_step(turn, person)
    else:
        # The keyboard under the chat and the command menu follow the new language; a reply
        # keyboard only comes with a new message, so that message says the choice.
        await turn.clear_buttons()
        await turn.reply(chosen, menu.reply_keyboard(turn.t, audience_of(person)))
        await publish_menu(turn, person)


async def cb_consent(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    choice = turn.button.arg()
    if choice not in ("yes", "no") or not await turn.call(
        people.answer_consent, person, granted=choice == "yes", version=turn.deps.notice_version, now=turn.now
    ):
        await stale(turn)
        return
    await turn.answer()
    # The notice and question stay with the answer below them (and after a yes, /privacy to
    # read it again): no separate "Danke!". What comes next never depends on the edit.
    turn.edit(privacy_view.consent_answered(turn.t, granted=choice == "yes"))
    if choice == "no":
        await turn.reply(turn.t.both("consent-declined"))
        return
    await ask_current_step(turn, person)


async def cb_quiet_hours(turn: Turn) -> None:
    choices = QUIET_HOURS_CHOICES
    changed = await _choose(
        turn,
        Step.QUIET_HOURS,
        choices,
        lambda person, key: people.set_quiet_hours(person, choices[key]),
        lambda key: settings_view.quiet_hours_answered(turn.t, choices[key]),
    )
    person = turn.person
    assert person is not None
    if not changed:
        return
    if people.needs_practice_time(person) and practice_settings.practice_time_in_quiet_hours(person):
        # Saved, but the practice prompt would now fall into the quiet hours: ask for a new time.
        await ask_practice_time(turn, person, "practice-time-now-in-quiet")
    else:
        await turn.reply(turn.t.both("settings-saved"))


async def cb_practice_time(turn: Turn) -> None:
    person = turn.person
    assert person is not None and turn.button is not None
    moment = PRACTICE_TIME_CHOICES.get(turn.button.arg() or "")
    if moment is not None and practice_settings.in_quiet_hours(person, moment):
        # Not offered, so an old keyboard or a forged button: say why, ask again.
        await turn.answer(turn.t("practice-time-in-quiet"))
        await turn.clear_buttons()
        await ask_practice_time(turn, person, "practice-time-in-quiet")
        return
    choices = PRACTICE_TIME_CHOICES
    if await _choose(
        turn,
        Step.PRACTICE_TIME,
        choices,
        lambda person, key: people.set_practice_time(person, choices[key]),
        lambda key: settings_view.practice_time_answered(turn.t, choices[key]),
    ):
        await turn.reply(turn.t.both("settings-saved"))


async def ask_practice_time(turn: Turn, person: Person, question: str = "practice-time-question") -> None:
    """The practice times outside the person's quiet hours."""
    markup = keyboards.practice_time(turn.t, practice_settings.practice_time_choices(person))
    await turn.reply(turn.t.both(question), markup)


async def _choose(
    turn: Turn,
    step: Step,
    choices: Mapping[str, object],
    apply: Callable[[Person, str], None],
    answered: Callable[[str], str],
) -> bool:
    """A preference button: the question is edited to show the answer; during joining the
    next question follows, later it just saves. True for a later change, which the caller
    confirms."""
    person = turn.person
    assert person is not None and turn.button is not None
    key = turn.button.arg()
    if key is None or key not in choices:
        await stale(turn)
        return False
    onboarding = person.onboarding_step == step.value
    apply(person, key)
    await turn.answer()
    turn.edit(answered(key))
    if onboarding:
        await _continue_or_finish(turn, person)
        return False
    return True


async def _continue_or_finish(turn: Turn, person: Person) -> None:
    if person.onboarding_step is not None:
        await ask_current_step(turn, person)
        return
    # "Fertig!" and the help in one message, which brings the keyboard under the chat (a reply
    # keyboard only comes with a new message).
    await turn.reply(setup_done_text(turn.t, person), menu.reply_keyboard(turn.t, audience_of(person)))
    await publish_menu(turn, person)
    coach = await turn.call(people.coach_to_tell, person)
    if coach is not None:
        text = coach_view.participant_notice(
            turn.deps.catalogue, "coach-participant-joined", coach.language, person.display_name
        )
        await turn.notify(coach.chat_id, text, "participant-joined")


async def publish_menu(turn: Turn, person: Person) -> None:
    bot, catalogue = turn.context.bot, turn.deps.catalogue
    chat_id, language, audience = person.chat_id, person.language, audience_of(person)
    turn.later(lambda: menu.publish(bot, catalogue, chat_id, language, audience))
