"""Outbox renderers for messages relayed between a coach and a participant."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.i18n import LANGUAGES, Translator, directional
from bot.models import Person, RelayDirection, RelayMessage, Role
from bot.services import relay
from bot.services.relay import MEDIA_MARKS
from bot.services.visibility import may_act_on
from ui import buttons
from ui.checkin_text import shorten
from ui.keyboards import button
from ui.outbox.base import Outgoing, RenderContext, translator, untranslated_line


def relay_block(t: Translator, message: RelayMessage) -> list[str]:
    language = LANGUAGES.get(message.source_language, message.source_language)
    translated = bool(message.translation and message.target_language == "de")
    # Within Telegram's 4,096 characters: the text alone may take most of it.
    limit = 1800 if translated else 3600
    lines = [t("alert-free-text", language=language), "«" + shorten(message.text, limit) + "»"]
    if translated and message.translation:
        lines += [t("alert-machine-translation"), "«" + shorten(message.translation, limit) + "»"]
    return lines


async def relay_to_participant(context: RenderContext) -> Outgoing | None:
    message = await context.session.get(RelayMessage, context.row.payload.get("relay_message_id"))
    if message is None or message.direction is not RelayDirection.TO_PARTICIPANT:
        return None
    t = translator(context)
    coach = await context.session.get(Person, message.coach_id) if message.coach_id else None
    # A mentor's message says it is from her mentor (bot/services/mentors.py); the answer
    # button still goes to her coach.
    heading = "mentors-relay-from" if coach is not None and coach.role is Role.MENTOR else "relay-from-coach"
    lines = [t.both(heading, name=(coach.display_name if coach else None) or t("someone")), ""]
    lines.append("🇩🇪 «" + message.text + "»")
    if message.translation:
        translated = directional("«" + message.translation + "»", message.target_language)
        lines += ["", t.both("relay-machine-translation"), translated]
    elif t.language != "de":
        installed = await context.deps.mt.available("de", t.language)
        lines += ["", t("truth-relay-translation-failed" if installed else "relay-no-translation")]
    markup = InlineKeyboardMarkup([[button(t.label("relay-answer"), buttons.RELAY_ANSWER, message.id)]])
    return Outgoing(text="\n".join(lines), markup=markup)


async def relay_to_coach(context: RenderContext) -> Outgoing | None:
    found = await relay.with_participant(context.session, context.row.payload.get("relay_message_id"))
    if found is None:
        return None
    message, participant = found
    if message.direction is not RelayDirection.TO_COACH or participant.display_name is None:
        return None
    # A row queued before the participant moved to another coach (a normal alert waits out
    # quiet hours) must not reach the former one.
    if not may_act_on(context.recipient, participant):
        return None
    t = translator(context)
    markup = _coach_buttons(t, participant.id)
    media = context.row.payload.get("media")
    if isinstance(media, list) and len(media) == 3:
        return _media_to_coach(t, message, participant.display_name, media, markup)
    lines = [t("relay-from-participant", name=participant.display_name)]
    lines += relay_block(t, message)
    if message.source_language != "de" and not message.translation:
        lines.append(await untranslated_line(context, t, message.source_language))
    return Outgoing(text=shorten("\n".join(lines), 4000), markup=markup)


def _coach_buttons(t: Translator, participant_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(t("alert-reply"), buttons.RELAY_START, participant_id),
                button(t("alert-history"), buttons.CASELOAD_CARD, participant_id),
            ]
        ]
    )


_MEDIA_NOTES = {
    "photo": "talk-media-photo",
    "voice": "talk-media-voice",
    "audio": "talk-media-audio",
    "video": "talk-media-video",
    "animation": "talk-media-video",
}


def _media_to_coach(
    t: Translator, message: RelayMessage, name: str, media: list[object], markup: InlineKeyboardMarkup
) -> Outgoing:
    """A copy of her picture or voice message, with who sent it, a note that the file itself
    is not translated, and its caption with a translation, within a caption's 1,024 characters."""
    kind, chat_id, message_id = str(media[0]), media[1], media[2]
    assert isinstance(chat_id, int) and isinstance(message_id, int)
    lines = [t("relay-from-participant", name=name), t(_MEDIA_NOTES.get(kind, "talk-media-document"))]
    caption = message.text
    for mark in ("↪️", *MEDIA_MARKS.values()):  # what stands for the file in the stored text
        caption = caption.removeprefix(mark).lstrip()
    if caption:
        language = LANGUAGES.get(message.source_language, message.source_language)
        lines += [t("alert-free-text", language=language), "«" + shorten(caption, 380) + "»"]
        if message.translation:
            lines += [t("alert-machine-translation"), "«" + shorten(message.translation, 380) + "»"]
    return Outgoing(text=shorten("\n".join(lines), 1024), markup=markup, copy_of=(chat_id, message_id))
