"""/broadcast and /broadcasts for staff: audience, German text, contact, preview in every language
(a translation can be replaced by hand), send now or later, cancel; the list with its figures and
who is interested. And the participant's "Ich habe Interesse" button."""

from __future__ import annotations

import io
import logging
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Message
from telegram.error import TelegramError

from bot.i18n import shorten
from bot.models import AttachmentKind, Broadcast, BroadcastStatus, Person, Role
from bot.services import broadcasts, dialogue, invites, people
from bot.services.broadcasts import Attachment, Audience, Figures
from bot.services.when import WhenError, parse_when
from handlers.turn import Turn, command, stale
from ui import broadcasts as view

log = logging.getLogger(__name__)

DIALOGUE = "broadcast"
NO_CONTACT = ("-", "–", "—")
# Steps that ask with buttons. Text typed before the text is asked for is kept and offered then;
# after it, the person is shown where to answer.
BEFORE_TEXT = ("audience", "cohorts", "language")
AFTER_TEXT = ("interest", "preview")


@command("broadcast")
async def cmd_broadcast(turn: Turn) -> None:
    assert turn.person is not None
    dialogue.begin(turn.person, DIALOGUE, step="audience")
    await turn.reply(turn.t("broadcast-choose-audience"), view.audience_keyboard(turn.t))


async def cb_step(turn: Turn) -> None:
    """bc:<step>:<value>: every button of the dialogue, checked against where it stands."""
    person = turn.person
    assert person is not None and turn.button is not None
    state = dialogue.state(person, DIALOGUE)
    step, value = turn.button.arg(0), turn.button.arg(1)
    if state is None or value is None or not _expected(state, step, value, turn.button.int_arg(1)):
        await stale(turn)
        return
    if step == view.COHORT:  # ticks a group on or off; the question stays with its buttons
        await _toggle_cohort(turn, state, turn.button.int_arg(1))
        return
    if step == view.COHORTS_DONE:
        await _cohorts_chosen(turn, state)
        return
    await turn.answer()
    _show_choice(turn)
    t = turn.t
    if step == view.AUDIENCE and value in broadcasts.KINDS:
        if value == broadcasts.OF_COACH:
            coaches = await turn.call(people.people_of_role, Role.COACH)
            await _choose(turn, state, t("broadcast-choose-coach"), view.coach_choices(coaches), view.COACH)
        elif value == broadcasts.COHORT:
            await _ask_cohorts(turn, state)
        else:
            await _ask_language(turn, state, Audience(value))
    elif step == view.COACH:
        await _ask_language(turn, state, Audience(broadcasts.OF_COACH, turn.button.int_arg(1)))
    elif step == view.LANGUAGE:
        chosen = Audience.from_json(
            {**state["audience"], "language": None if value == view.ALL_LANGUAGES else value}
        )
        await _ask_text(turn, state, chosen)
    elif step == view.KEPT:  # the text typed before it was asked for
        await _take_text(turn, state, str(state["kept"]))
    elif step == view.ATTACH:  # "without an attachment"
        await _ask_contact(turn, state)
    elif step == view.INTEREST:
        await _interest(turn, state, value == "1")
    elif step == view.EDIT:
        _go(person, state, step="translation", language=value)
        await turn.reply(t("broadcast-ask-translation", language=view.language_name(value)))
    elif step == view.SEND:
        if value == view.NOW:
            await _confirm(turn, state, None)
        else:
            _go(person, state, step="time")
            await turn.reply(t("broadcast-ask-time"))
    else:  # DISCARD
        if state.get("broadcast_id"):
            await turn.call(broadcasts.cancel, int(state["broadcast_id"]))
        dialogue.end(person)
        await turn.reply(t("broadcast-discarded"))


def _show_choice(turn: Turn) -> None:
    """The pressed question stays, with the chosen answer below it instead of its buttons."""
    query = turn.update.callback_query
    message = query.message if query is not None else None
    if query is None or not isinstance(message, Message) or not message.text:
        turn.edit_buttons(None)
        return
    markup = message.reply_markup
    rows = markup.inline_keyboard if markup is not None else ()
    label = next((b.text for row in rows for b in row if b.callback_data == query.data), None)
    if label is None:
        turn.edit_buttons(None)
        return
    turn.edit(f"{message.text}\n\n→ {label}")


def _expected(state: dict[str, Any], step: str | None, value: str, ref: int | None) -> bool:
    """Whether the button belongs where the dialogue stands (an old or forged one does not)."""
    at = state.get("step")
    if step == view.AUDIENCE:
        return value in broadcasts.KINDS
    if step == view.COACH:
        return ref is not None
    if step == view.COHORT:
        return at == "cohorts" and ref is not None
    if step == view.COHORTS_DONE:
        return at == "cohorts"
    if step == view.LANGUAGE:
        return bool(state.get("audience"))
    if step == view.KEPT:
        return at == "text" and bool(state.get("kept"))
    if step == view.ATTACH:
        return at == "attachment" and state.get("broadcast_id") is not None
    if step == view.INTEREST:
        return at == "interest" and state.get("broadcast_id") is not None
    if step in (view.EDIT, view.SEND):
        return at == "preview" and state.get("broadcast_id") is not None
    return step == view.DISCARD


def _go(person: Person, state: dict[str, Any], **changes: Any) -> None:
    """The dialogue's next step, keeping what was chosen so far."""
    person.dialogue = {**state, **changes, "name": DIALOGUE}


async def _choose(
    turn: Turn, state: dict[str, Any], question: str, choices: list[tuple[int, str]], step: str
) -> None:
    if not choices:
        assert turn.person is not None
        dialogue.end(turn.person)
        await turn.reply(turn.t("broadcast-none-to-choose"))
        return
    await turn.reply(question, view.choice_keyboard(choices, step))


async def _offered_cohorts(turn: Turn) -> list[tuple[int, str]]:
    return [(cohort.id, cohort.name) for cohort in await turn.call(invites.recent_cohorts)]


async def _ask_cohorts(turn: Turn, state: dict[str, Any]) -> None:
    """One or more groups: each button ticks one on or off, then "Weiter"."""
    assert turn.person is not None
    offered = await _offered_cohorts(turn)
    if not offered:
        dialogue.end(turn.person)
        await turn.reply(turn.t("broadcast-none-to-choose"))
        return
    _go(turn.person, state, step="cohorts", cohorts=[])
    await turn.reply(turn.t("broadcast-choose-cohorts"), view.cohorts_keyboard(turn.t, offered, []))


async def _toggle_cohort(turn: Turn, state: dict[str, Any], ref: int | None) -> None:
    assert turn.person is not None
    offered = await _offered_cohorts(turn)
    if ref is None or ref not in dict(offered):  # archived meanwhile, or a forged id
        await stale(turn)
        return
    chosen = [int(one) for one in state.get("cohorts") or []]
    chosen = [one for one in chosen if one != ref] if ref in chosen else [*chosen, ref]
    _go(turn.person, state, cohorts=chosen)
    await turn.answer()
    turn.edit_buttons(view.cohorts_keyboard(turn.t, offered, chosen))


async def _cohorts_chosen(turn: Turn, state: dict[str, Any]) -> None:
    chosen = tuple(int(one) for one in state.get("cohorts") or [])
    if not chosen:
        await turn.answer(turn.t("broadcast-choose-cohort-first"))
        return
    await turn.answer()
    audience = Audience(broadcasts.COHORT, cohorts=chosen)
    names = await turn.call(broadcasts.cohort_names, audience)
    turn.edit(f"{turn.t('broadcast-choose-cohorts')}\n\n→ {', '.join(names)}")
    await _ask_language(turn, state, audience)


async def _ask_language(turn: Turn, state: dict[str, Any], audience: Audience) -> None:
    assert turn.person is not None
    counts = await turn.call(broadcasts.languages_of, audience)
    if not counts:
        dialogue.end(turn.person)
        await turn.reply(turn.t("broadcast-nobody"))
        return
    _go(turn.person, state, step="language", audience=audience.as_json())
    await turn.reply(turn.t("broadcast-choose-language"), view.languages_keyboard(turn.t, counts))


async def _ask_text(turn: Turn, state: dict[str, Any], audience: Audience | None) -> None:
    assert turn.person is not None
    if audience is None or not await turn.call(broadcasts.languages_of, audience):
        dialogue.end(turn.person)
        await turn.reply(turn.t("broadcast-nobody"))
        return
    _go(turn.person, state, step="text", audience=audience.as_json())
    kept = state.get("kept")
    if kept:
        shown = shorten(str(kept), 600)
        await turn.reply(turn.t("broadcast-ask-text-kept", text=shown), view.kept_keyboard(turn.t))
    else:
        await turn.reply(turn.t("broadcast-ask-text"))


async def on_dialogue_text(turn: Turn, text: str) -> bool:
    """Typed text in the dialogue: the German text, the contact, a translation, the time."""
    person = turn.person
    state = dialogue.state(person, DIALOGUE) if person is not None else None
    if person is None or state is None:
        return False
    step, t = state.get("step"), turn.t
    if step in BEFORE_TEXT:
        return await _keep(turn, state, text)
    if step in AFTER_TEXT:
        await turn.reply(t("broadcast-use-buttons"))
    elif step == "text":
        return await _take_text(turn, state, text)
    elif step == "attachment":  # typed instead of a file: "-" means none, anything else is asked again
        if text.strip() in NO_CONTACT:
            await _ask_contact(turn, state)
        else:
            await turn.reply(t("broadcast-attachment-wrong"), view.attachment_keyboard(t))
    elif step == "contact":
        contact = None if text.strip() in NO_CONTACT else text.strip()
        _go(person, state, step="interest", contact=contact)
        await turn.reply(t("broadcast-ask-interest"), view.yes_no(t))
    elif step == "translation":
        saved = await turn.call(
            broadcasts.set_human_text, int(state["broadcast_id"]), str(state.get("language")), text
        )
        if not saved:
            return False
        _go(person, state, step="preview")
        await turn.reply(t("broadcast-translation-saved"))
        await _preview(turn, int(state["broadcast_id"]))
    elif step == "time":
        try:
            when = parse_when(text, now=turn.now, zone=ZoneInfo(person.timezone))
        except WhenError:
            await turn.reply(t("broadcast-bad-time"))
            return True
        await _confirm(turn, state, when.utc)
    else:
        return False
    return True


async def _keep(turn: Turn, state: dict[str, Any], text: str) -> bool:
    """The announcement typed while a question above still waits for a button: kept (several
    messages one after the other), and offered when the text is asked for."""
    assert turn.person is not None
    if not text.strip():
        return False
    kept = "\n\n".join(part for part in (str(state.get("kept") or ""), text.strip()) if part)
    if len(kept) > broadcasts.MAX_TEXT:
        await turn.reply(turn.t("broadcast-text-too-long", max=broadcasts.MAX_TEXT))
        return True
    _go(turn.person, state, kept=kept)
    await turn.reply(turn.t("broadcast-text-kept"))
    return True


async def _take_text(turn: Turn, state: dict[str, Any], text: str) -> bool:
    """The German text of the broadcast: the draft is made, and the attachment asked for."""
    person = turn.person
    assert person is not None
    audience = Audience.from_json(state.get("audience") or {})
    if audience is None or not text.strip():
        return False
    if len(text.strip()) > broadcasts.MAX_TEXT:
        await turn.reply(turn.t("broadcast-text-too-long", max=broadcasts.MAX_TEXT))
        return True
    made = await turn.call(broadcasts.create_draft, person, audience, text, now=turn.now)
    _go(
        person,
        {key: value for key, value in state.items() if key != "kept"},
        step="attachment",
        broadcast_id=made.id,
    )
    await turn.reply(turn.t("broadcast-ask-attachment"), view.attachment_keyboard(turn.t))
    return True


async def _ask_contact(turn: Turn, state: dict[str, Any]) -> None:
    assert turn.person is not None
    _go(turn.person, state, step="contact")
    await turn.reply(turn.t("broadcast-ask-contact"))


def attachment_of(message: Message) -> Attachment | None:
    """The file a message carries, as a broadcast could take it (checked after), or None for
    what is no file to attach at all (a sticker, a voice message, a location)."""
    if message.photo:
        largest = message.photo[-1]  # Telegram lists the sizes smallest first
        return Attachment(AttachmentKind.PHOTO, largest.file_id, None, "image/jpeg", largest.file_size)
    if message.document is not None:
        found = message.document
        return Attachment(
            AttachmentKind.DOCUMENT, found.file_id, found.file_name, found.mime_type, found.file_size
        )
    return None


async def on_dialogue_media(turn: Turn) -> bool:
    """A photo or a file in the dialogue: at its attachment step, the broadcast's photo or PDF;
    anything else is refused there with what may be sent, and the dialogue stays where it is."""
    person = turn.person
    state = dialogue.state(person, DIALOGUE) if person is not None else None
    message = turn.update.effective_message
    if person is None or state is None or message is None or state.get("step") != "attachment":
        return False
    t = turn.t
    attachment = attachment_of(message)
    reason = broadcasts.refusal(attachment) if attachment is not None else broadcasts.WRONG_KIND
    if attachment is None or reason is not None:
        if reason == broadcasts.TOO_BIG:
            await turn.reply(t("broadcast-attachment-too-big", max=broadcasts.MAX_ATTACHMENT_MB))
        else:
            await turn.reply(t("broadcast-attachment-wrong"), view.attachment_keyboard(t))
        return True
    if not await turn.call(broadcasts.set_attachment, int(state["broadcast_id"]), attachment):
        await stale(turn)
        return True
    await turn.reply(
        t("broadcast-attachment-saved", name=view.attachment_name(t, attachment.kind, attachment.name))
    )
    await _ask_contact(turn, state)
    return True


async def _interest(turn: Turn, state: dict[str, Any], with_interest: bool) -> None:
    assert turn.person is not None
    broadcast_id = int(state["broadcast_id"])
    found = await turn.call(
        broadcasts.set_details, broadcast_id, contact_name=state.get("contact"), with_interest=with_interest
    )
    if found is None:
        await stale(turn)
        return
    _go(turn.person, state, step="preview")
    await turn.reply(turn.t("broadcast-translating"))
    turn.typing()
    deps = turn.deps
    # Committed first: no transaction is open while the models run (in their own thread).
    await turn.outside_transaction(
        broadcasts.prepare_texts(deps.sessionmaker, deps.mt, broadcast_id, now=turn.now)
    )
    await _preview(turn, broadcast_id)


async def _preview(turn: Turn, broadcast_id: int) -> None:
    found = await turn.call(broadcasts.draft, broadcast_id)
    audience = Audience.from_json(found.audience) if found else None
    if found is None or audience is None:
        await stale(turn)
        return
    counts = await turn.call(broadcasts.languages_of, audience)
    texts = await turn.call(broadcasts.texts, broadcast_id)
    cohorts = await turn.call(broadcasts.cohort_names, audience)
    if found.attachment_kind is not None and found.attachment_file_id is not None:
        _show_attachment(turn, found.attachment_kind, found.attachment_file_id)
    for text, markup in view.preview(turn.t, found, counts, texts, cohorts):
        await turn.reply(text, markup)


def _show_attachment(turn: Turn, kind: AttachmentKind, file_id: str) -> None:
    """The preview begins with the photo or the PDF itself, as the recipients will get it."""
    bot, chat_id, caption = turn.context.bot, turn.chat_id, turn.t("broadcast-preview-attachment")

    async def send() -> None:
        try:
            if kind is AttachmentKind.PHOTO:
                await bot.send_photo(chat_id, photo=file_id, caption=caption)
            else:
                await bot.send_document(chat_id, document=file_id, caption=caption)
        except TelegramError as exc:  # the summary below names the file all the same
            log.info("the preview's attachment was not sent: %s", type(exc).__name__)

    turn.later(send)


async def _confirm(turn: Turn, state: dict[str, Any], send_at: Any) -> None:
    person = turn.person
    assert person is not None
    found = await turn.call(broadcasts.confirm, int(state["broadcast_id"]), now=turn.now, send_at=send_at)
    dialogue.end(person)
    if found is None:
        await stale(turn)
        return
    if found.status is BroadcastStatus.SCHEDULED:
        shown = view.scheduled(turn.t, found, person.timezone)
    else:
        shown = view.progress(turn.t, found.id, Figures(waiting=found.recipients), finished=False)
    # The progress message: edited as the rows go out (scheduler/broadcasts.py).
    turn.reply_kept(shown, None, broadcasts.keep_progress_message, found.id, turn.chat_id)


@command("broadcasts")
async def cmd_broadcasts(turn: Turn) -> None:
    assert turn.person is not None
    text, markup = view.listing(turn.t, await turn.call(broadcasts.recent), turn.person.timezone)
    await turn.reply(text, markup)


async def cb_list(turn: Turn) -> None:
    """bcl:i:<id> who is interested (with the CSV file); bcl:x:<id> cancel it."""
    person = turn.person
    assert person is not None and turn.button is not None
    action, broadcast_id = turn.button.arg(0), turn.button.int_arg(1)
    found: Broadcast | None = await turn.call(broadcasts.broadcast, broadcast_id)
    if found is None or broadcast_id is None:
        await stale(turn)
        return
    await turn.answer()
    if action == "x":
        cancelled = await turn.call(broadcasts.cancel, broadcast_id)
        await turn.reply(
            turn.t("broadcast-cancelled" if cancelled else "broadcast-not-cancelled", n=broadcast_id)
        )
        return
    answers = await turn.call(broadcasts.interested, broadcast_id)
    await turn.reply(view.interested_text(turn.t, broadcast_id, answers, person.timezone))
    if answers:
        content = view.interested_csv(answers, person.timezone)
        bot, chat_id, caption = turn.context.bot, turn.chat_id, turn.t("broadcast-interested-csv")

        async def send_csv() -> None:
            try:
                await bot.send_document(
                    chat_id,
                    document=io.BytesIO(content),
                    filename=f"interesse-{broadcast_id}.csv",
                    caption=caption,
                )
            except TelegramError as exc:  # the list above says the same; the file is a convenience
                log.info("sendDocument of an interest list failed: %s", type(exc).__name__)

        turn.later(send_csv)


async def cb_interest(turn: Turn) -> None:
    """bci:<id>:1|0: "Ich habe Interesse", or taking it back; the chosen answer stays visible."""
    person = turn.person
    assert person is not None and turn.button is not None
    broadcast_id, choice = turn.button.int_arg(0), turn.button.arg(1)
    if broadcast_id is None or choice not in ("0", "1"):
        await stale(turn)
        return
    wanted = choice == "1"
    found = await turn.call(broadcasts.set_interest, broadcast_id, person, wanted, now=turn.now)
    if found is None:
        await stale(turn)
        return
    await turn.answer(turn.t("broadcast-interest-thanks" if wanted else "broadcast-interest-withdrawn"))
    turn.edit_buttons(view.interest_keyboard(turn.t, broadcast_id, interested=wanted))
