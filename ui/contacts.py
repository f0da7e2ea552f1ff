"""What /contacts shows: the topics as buttons, then one topic's contact people as text."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.contacts import Directory, Topic
from bot.i18n import REFERENCE, Translator
from ui import buttons
from ui.keyboards import button, rows

BACK = "all"  # ctc:all, back to the topics


def topic_name(t: Translator, topic_id: str) -> str:
    return t(f"contacts-topic-{topic_id}")


def topics_keyboard(t: Translator, directory: Directory) -> InlineKeyboardMarkup:
    return rows(
        [
            button(t.label(f"contacts-topic-{topic.id}"), buttons.CONTACTS, topic.id)
            for topic in directory.topics
        ],
        width=1,
    )


def topic_text(t: Translator, topic: Topic) -> str:
    """The topic's people, one block each. Phone numbers stand alone in their line, in the
    international form of the file, so Telegram apps make them tappable."""
    heading = t.de("contacts-heading", kind=t.de(f"contacts-topic-{topic.id}"))
    if t.language != REFERENCE:
        heading += "\n" + t("contacts-heading", kind=topic_name(t, topic.id))
    blocks = [heading]
    for contact in topic.contacts:
        lines = [contact.name, contact.role, t("contacts-phone", text=contact.phone)]
        if contact.email:
            lines.append(t("contacts-email", text=contact.email))
        if contact.hours:
            lines.append(t("contacts-hours", time=contact.hours))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def back_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return rows([button(t.label("contacts-back"), buttons.CONTACTS, BACK)], width=1)
