"""What a participant writes to her coach: plain text outside any question, pictures, voice
messages and forwarded messages, and the "✉️" entry (/message). Each goes to the coach
translated into German and checked for urgent and crisis words; a crisis shows the 24/7
numbers first, then a short "sent" line naming the coach. The first time, she is asked
once whether what she types here should go to her coach; the answer is remembered."""

from __future__ import annotations

from telegram import Message

from bot.services import dialogue, relay
from bot.services.relay import Media, Written
from handlers import crisis
from handlers.turn import Turn, command, stale
from ui import relay as view

WRITE = "talk-write"  # she chose "✉️" and writes her message now


async def begin_message(turn: Turn) -> None:
    """The "✉️" entry: ask for the message and take the next text (or picture) as it."""
    person = turn.person
    assert person is not None
    found = await delivery(turn)
    dialogue.begin(person, WRITE)
    await turn.reply(view.write_ask(turn.t, found))


@command("message")
async def cmd_message(turn: Turn) -> None:
    await begin_message(turn)


async def on_write_text(turn: Turn, text: str) -> bool:
    """The text asked for by begin_message; an empty one is asked for again."""
    person = turn.person
    if person is None or dialogue.state(person, WRITE) is None:
        return False
    if not text.strip():
        await turn.reply(view.write_ask(turn.t, await delivery(turn)))
        return True
    dialogue.end(person)
    await send(turn, [Written(text.strip(), forwarded=_forwarded(turn))])
    return True


async def delivery(turn: Turn) -> view.Delivery:
    """Who gets what she writes (her coach or the team) and whether a model is installed that
    translates it into German: what the sentences asking her to write may promise."""
    person = turn.person
    assert person is not None
    name = await turn.call(relay.addressee, person)
    source = relay.language_of(person)
    if source == relay.COACH_LANGUAGE:
        return view.Delivery(name, None)
    return view.Delivery(name, await turn.deps.mt.available(source, relay.COACH_LANGUAGE))


def written_of(message: Message) -> Written | None:
    """A picture, voice message, video or file (forwarded or not) with its caption; None for
    what cannot go to a coach (stickers, locations, contacts...)."""
    kinds = {
        "photo": message.photo,
        "voice": message.voice,
        "audio": message.audio,
        "video": message.video,
        "animation": message.animation,  # before "document": a GIF carries both
        "document": message.document,
    }
    kind = next((name for name, found in kinds.items() if found), None)
    if kind is None:
        return None
    media = Media(kind, message.chat_id, message.message_id)
    return Written((message.caption or "").strip(), media, message.forward_origin is not None)


def _forwarded(turn: Turn) -> bool:
    message = turn.update.effective_message
    return message is not None and message.forward_origin is not None


async def on_free_text(turn: Turn, written: Written) -> None:
    """Something a participant sent outside any question: to her coach if she said so; kept
    and asked about if she has not answered yet; kept with a "send" button if she said no."""
    person = turn.person
    assert person is not None
    if person.send_text_to_coach:
        await send(turn, [written])
        return
    relay.hold(person, written)
    name = await turn.call(relay.addressee, person)
    if person.send_text_to_coach is None:
        await turn.reply(view.ask_text(turn.t, name), view.ask_markup(turn.t))
    else:
        await turn.reply(turn.t.both("talk-not-sent"), view.send_anyway_markup(turn.t))


async def cb_talk(turn: Turn) -> None:
    """Her answer to "send to your coach?" (or "send anyway"): remembered, and what she wrote
    meanwhile is sent (yes) or stays with her (no)."""
    person = turn.person
    assert person is not None and turn.button is not None
    choice = turn.button.arg()
    if choice not in ("yes", "no"):
        await stale(turn)
        return
    await turn.answer()
    relay.choose_sending(person, choice == "yes")
    held = relay.take_held(person)
    turn.edit(view.answered(turn.t, _pressed_text(turn), choice == "yes"))
    if choice == "no":
        await turn.reply(turn.t.both("talk-kept"))
    elif held:
        await send(turn, held)
    else:  # what she wrote went with another dialogue meanwhile: ask for the message
        await begin_message(turn)


def _pressed_text(turn: Turn) -> str | None:
    query = turn.update.callback_query
    message = query.message if query is not None else None
    return message.text if isinstance(message, Message) else None


async def send(turn: Turn, items: list[Written]) -> None:
    """Translate each (with no transaction open), then record, scan and plan them in one;
    a crisis shows the 24/7 numbers first and alone, then one "sent" line naming the coach.
    Kept ones whose numbers the chat showed when she wrote them get a short line instead."""
    person = turn.person
    assert person is not None
    # The language each text is in: she may write German (then shown as it is) or English.
    sources = [relay.source_of(person, item.text) for item in items]
    translations = []
    for item, source in zip(items, sources, strict=True):
        translation = None
        if item.text and source != relay.COACH_LANGUAGE:
            turn.typing()
            work = turn.deps.mt.translate(item.text, source, relay.COACH_LANGUAGE)
            translation = await turn.outside_transaction(work)
        translations.append(translation)
    alert_ids: list[int] = []
    name: str | None = None
    for item, translation, source in zip(items, translations, sources, strict=True):
        sent = await turn.call(
            relay.to_coach,
            turn.deps.flags,
            person,
            item.text,
            translation,
            now=turn.now,
            media=item.media,
            forwarded=item.forwarded,
            numbers_shown=True,
            source=source,
        )
        alert_ids += [sent.alert_id] if sent.alert_id is not None else []
        name = sent.addressee  # the coach, read once (not again for the line below)
    if alert_ids:
        seen = any(item.numbers_shown for item in items)
        await crisis.show_numbers(turn, alert_ids, seen=seen)
    if items:
        await turn.reply(view.sent_to_coach(turn.t, name))
