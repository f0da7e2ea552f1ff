"""One update, one unit of work: load the person, check access, hand a Turn to the handler."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.constants import ChatAction, ParseMode
from telegram.error import Forbidden, TelegramError

from bot import botapi
from bot import text as texts
from bot.db import retry_when_busy
from bot.deps import BotContext, Deps
from bot.i18n import Translator, pick_language
from bot.models import Person, Severity
from bot.services import people
from bot.services.flags import highest
from handlers.access import ANYONE, BUTTONS, COMMANDS, Audience, audience_of
from ui import buttons
from ui.checkin_text import help_numbers

log = logging.getLogger(__name__)

PTBCallback = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
P = ParamSpec("P")
R = TypeVar("R")


@dataclass
class Turn:
    update: Update
    context: BotContext
    deps: Deps
    # The unit of work: private, since handlers reach it only through call() and the services.
    _session: AsyncSession
    person: Person | None
    audience: Audience
    t: Translator
    now: datetime
    button: buttons.ButtonData | None = None
    # Bot API calls that must wait until the transaction has committed: nobody is told
    # "saved" or "erased" about something that then rolls back.
    outgoing: list[Callable[[], Awaitable[object]]] = field(default_factory=list)
    # The pressed button's answers (answerCallbackQuery): after the commit too, but beside the
    # calls in `outgoing` rather than in their queue, since nothing waits on them.
    answers: list[Callable[[], Awaitable[object]]] = field(default_factory=list)
    # Calls in flight beside the queue: the button's answers, and edits of messages already in
    # the chat (they change no order: the next message need not wait for them).
    _beside: list[asyncio.Task[None]] = field(default_factory=list, repr=False)
    _last_edit: asyncio.Task[None] | None = field(default=None, repr=False)  # edits keep their order
    _blocked_seen: bool = field(default=False, repr=False)  # a call beside the queue met the block
    _blocked_marked: bool = field(default=False, repr=False)
    committed: bool = False  # a part was committed midway (outside_transaction)

    @property
    def chat_id(self) -> int:
        chat = self.update.effective_chat
        assert chat is not None
        return chat.id

    @property
    def telegram_language(self) -> str | None:
        user = self.update.effective_user
        return user.language_code if user else None

    def retranslate(self) -> None:
        """Call after the person's language changed within this turn."""
        self.t = translator_for(self.deps, self.person, self.telegram_language)

    async def call(
        self, service: Callable[Concatenate[AsyncSession, P], Awaitable[R]], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """Run one service function in this turn's unit of work: handlers never hold the session."""
        return await service(self._session, *args, **kwargs)

    async def outside_transaction(self, work: Awaitable[R]) -> R:
        """Commit what this turn did so far, await `work` with no transaction open, then go on
        in a new one. For slow work such as machine translation: SQLite would hold its lock."""
        await self._session.commit()
        self.committed = True
        await self.send_queued()  # what is committed may be said (the button stops spinning)
        return await work  # the session begins a new transaction on its next use

    def later(self, send: Callable[[], Awaitable[object]]) -> None:
        """Run a Bot API call after the commit, in the order queued."""
        self.outgoing.append(send)

    def _later_edit(self, send: Callable[[], Awaitable[object]], *, beside: bool) -> None:
        """An edit of a message already in the chat, after the commit. Edits keep their order
        among themselves (two of one message end as the last one says). One `beside` the queue
        is begun in its turn, and the calls after it go on without waiting for its answer:
        one round trip less before the next message. Everything is back before any later
        write (_write) and before the turn ends."""
        self.outgoing.append(_Edit(send, beside))

    def after_sent(
        self,
        service: Callable[Concatenate[AsyncSession, P], Awaitable[object]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> None:
        """Once the calls queued before it went out, run one service function in a unit of work
        of its own: to record what the chat was shown (it does not run if sending failed)."""
        sessionmaker = self.deps.sessionmaker

        async def record() -> None:
            async with sessionmaker.begin() as session:
                await service(session, *args, **kwargs)

        self.later(lambda: self._write(record, "recording what was shown"))

    async def send_queued(self) -> None:
        """The Bot API calls queued so far, in order; only ever with no transaction open.
        The button's answer goes beside them (one round trip less for a press with a reply
        or an edit), and so do edits of messages already in the chat (_later_edit): they are
        done before this returns, and before any write that follows a send (after_sent, the
        unreachable mark) opens a transaction.
        Should the person have blocked the bot meanwhile, the rest is dropped and she is
        marked unreachable (her coach is told), as when the outbox meets the block."""
        if self.answers:
            answers, self.answers = self.answers, []
            self._beside.append(asyncio.create_task(_in_order(answers)))
        try:
            while self.outgoing:
                call = self.outgoing.pop(0)
                if isinstance(call, _Edit) and call.beside:
                    edit = asyncio.create_task(self._unless_blocked(call.send, after=self._last_edit))
                    self._beside.append(edit)
                    self._last_edit = edit
                    await asyncio.sleep(0)  # its request goes out first, as queued
                    continue
                if isinstance(call, _Edit) and self._last_edit is not None:
                    await asyncio.wait([self._last_edit])
                try:
                    await call()
                except Forbidden:
                    await self._blocked()
        except asyncio.CancelledError:
            for task in self._beside:
                task.cancel()
            raise
        finally:
            await self._answered()
        if self._blocked_seen:
            await self._blocked()

    async def _unless_blocked(
        self, send: Callable[[], Awaitable[object]], *, after: asyncio.Task[None] | None
    ) -> None:
        """An edit beside the queue, once the edit before it is back. Should it meet the block,
        the queue stops where it is; she is marked unreachable once every call in flight is
        back (_blocked waits for them)."""
        if after is not None:
            await asyncio.wait([after])
        try:
            await send()
        except Forbidden:
            self.outgoing.clear()
            self._blocked_seen = True

    async def _answered(self) -> None:
        """Wait for the calls in flight beside the queue (the button's answer, edits). They
        raise nothing they are meant to (cosmetic, or a refused edit logged); anything else
        fails the turn, as it would have in the queue."""
        failed: BaseException | None = None
        while self._beside:
            beside, self._beside = self._beside, []
            await asyncio.wait(beside)
            failed = failed or next(
                (error for task in beside if not task.cancelled() and (error := task.exception())), None
            )
        if failed is not None:
            raise failed

    async def _blocked(self) -> None:
        self.outgoing.clear()
        self._blocked_seen = False
        if self._blocked_marked:
            return
        self._blocked_marked = True
        log.info("update %s: the person blocked the bot, replies dropped", self.update.update_id)
        if self.person is None:
            return
        person_id, sessionmaker, now = self.person.id, self.deps.sessionmaker, self.deps.clock.now()

        async def mark() -> None:
            async with sessionmaker.begin() as session:
                await people.mark_unreachable(session, person_id, now)

        await self._write(mark, "marking a person unreachable")

    async def _write(self, work: Callable[[], Awaitable[None]], what: str) -> None:
        """A unit of work after a send (`work` opens and commits its own transaction): once the
        button's answer is back, so that no Bot API call is in flight while it is open."""
        await self._answered()
        # Another writer may hold SQLite's lock now: wait for it, as the turn itself does.
        await retry_when_busy(work, what=what)

    async def _cosmetic(self, what: str, call: Awaitable[object]) -> None:
        """A Bot API call that only polishes what the chat shows (a spinner stopped, a keyboard
        taken away, "typing…"): whatever goes wrong with it, even an answer that cannot be
        read, is logged and fails no turn, for what was chosen is stored already."""
        try:
            await call
        except Exception as exc:
            log.info("update %s: %s failed: %s", self.update.update_id, what, type(exc).__name__)

    async def reply(
        self,
        text: str,
        markup: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None = None,
        *,
        html: bool = False,
    ) -> None:
        """A message to this chat, after the commit. With html=True the text is Telegram HTML:
        everything in it that came from a person must be escaped (html.escape)."""
        bot, chat_id = self.context.bot, self.chat_id
        mode = ParseMode.HTML if html else None
        self.later(lambda: botapi.send_text(bot, chat_id, text, reply_markup=markup, parse_mode=mode))

    def reply_kept(
        self,
        text: str,
        markup: InlineKeyboardMarkup | None,
        keep: Callable[..., Awaitable[object]],
        *args: object,
        html: bool = False,
    ) -> None:
        """A message whose id is worth keeping (a later answer edits it): once it is sent,
        `keep(session, *args, message_id)` records the id in a unit of work of its own (none is
        recorded if Telegram's answer has no id to read: the message went out all the same)."""
        bot, chat_id, sessionmaker = self.context.bot, self.chat_id, self.deps.sessionmaker
        mode = ParseMode.HTML if html else None

        async def send() -> None:
            sent = await botapi.send_text(bot, chat_id, text, reply_markup=markup, parse_mode=mode)
            if sent is None:
                log.info("update %s: the answer to a message has no id to keep", self.update.update_id)
                return

            async def keep_id() -> None:
                async with sessionmaker.begin() as session:
                    await keep(session, *args, sent)

            await self._write(keep_id, "keeping a message id")

        self.later(send)

    def edit(
        self,
        text: str,
        markup: InlineKeyboardMarkup | None = None,
        *,
        html: bool = False,
        message_id: int | None = None,
        resend: bool = False,
        beside: bool | None = None,
    ) -> None:
        """After the commit, rewrite a message in place: the pressed one, or `message_id` (a
        practice item answered by typing). Without `markup` its buttons go. Should Telegram
        refuse (a message too old or deleted, a picture), its buttons are taken away; with
        `resend` the text then comes as a new message, for a text that carries a dialogue on
        (the next question, a verdict) and may not be lost.
        The edit goes beside the queue (_later_edit), unless it may become a new message
        (`resend`), which must come before the calls queued after it. `beside=True` lets a
        resend go beside too, where one round trip less is worth that rare new message
        coming after the next one."""
        self._later_edit(
            lambda: self._edit_text(text, markup, html, message_id, resend),
            beside=not resend if beside is None else beside,
        )

    async def _edit_text(
        self, text: str, markup: InlineKeyboardMarkup | None, html: bool, message_id: int | None, resend: bool
    ) -> None:
        query = self.update.callback_query
        if message_id is None and query is not None and query.message is not None:
            message_id = query.message.message_id
        bot, chat_id, mode = self.context.bot, self.chat_id, ParseMode.HTML if html else None
        if message_id is not None:
            try:
                await botapi.edit_text(bot, chat_id, message_id, text, reply_markup=markup, parse_mode=mode)
                return
            except Forbidden:
                raise
            except TelegramError as exc:
                log.info("update %s: editing a message failed: %s", self.update.update_id, type(exc).__name__)
                await self._set_buttons(message_id, None if resend else markup)
            except Exception as exc:  # not a refusal (a null answer raises nothing): it may be edited
                log.info(
                    "update %s: editing a message answered %s", self.update.update_id, type(exc).__name__
                )
                return
        if resend:
            await botapi.send_text(bot, chat_id, text, reply_markup=markup, parse_mode=mode)

    def drop_buttons(self, message_id: int) -> None:
        """After the commit, take the buttons from an earlier message of this chat (a question
        answered by typing). Cosmetic."""
        self._later_edit(lambda: self._set_buttons(message_id, None), beside=True)

    async def _set_buttons(self, message_id: int, markup: InlineKeyboardMarkup | None) -> None:
        # Cosmetic: an old or unchanged message cannot be edited, and that fails no turn.
        bot = self.context.bot
        await self._cosmetic("editing a keyboard", botapi.edit_buttons(bot, self.chat_id, message_id, markup))

    def typing(self, action: ChatAction = ChatAction.TYPING) -> None:
        """Show "typing…" in this chat while something slow is made (a translation, a picture:
        action=ChatAction.UPLOAD_PHOTO): queued like every call, so it goes out when the
        transaction commits. Cosmetic."""
        bot, chat_id = self.context.bot, self.chat_id
        self.later(lambda: self._cosmetic("sendChatAction", bot.send_chat_action(chat_id, action)))

    async def notify(self, chat_id: int, text: str, what: str) -> None:
        """A message to someone else (a coach); failing to reach them does not fail this turn."""
        bot = self.context.bot

        async def send() -> None:
            try:
                await botapi.send_text(bot, chat_id, text)
            except Exception as exc:
                log.warning("notice %s could not be sent: %s", what, type(exc).__name__)

        self.later(send)

    async def answer(self, text: str | None = None) -> None:
        """Acknowledge the pressed button (stops the spinner); optional short toast. Sent
        after the commit like every Bot API call of a turn."""
        query = self.update.callback_query
        if query is None:
            return

        # An old query cannot be answered; nothing is lost.
        self.answers.append(lambda: self._cosmetic("answerCallbackQuery", query.answer(text)))

    async def clear_buttons(self) -> None:
        """Remove the pressed message's keyboard (after the commit) so it cannot be pressed twice."""
        self.edit_buttons(None)

    def edit_buttons(self, markup: InlineKeyboardMarkup | None) -> None:
        """After the commit, show the pressed message with a new keyboard (a ticked option)."""
        self._later_edit(lambda: self._edit_buttons(markup), beside=True)

    async def _edit_buttons(self, markup: InlineKeyboardMarkup | None) -> None:
        query = self.update.callback_query
        if query is not None and query.message is not None:
            await self._set_buttons(query.message.message_id, markup)


@dataclass(frozen=True)
class _Edit:
    """A queued edit (Turn._later_edit); `beside`: in flight while the calls after it go out."""

    send: Callable[[], Awaitable[object]]
    beside: bool

    def __call__(self) -> Awaitable[object]:
        return self.send()


async def _in_order(calls: list[Callable[[], Awaitable[object]]]) -> None:
    for call in calls:
        await call()


def translator_for(deps: Deps, person: Person | None, telegram_language: str | None) -> Translator:
    language = pick_language(deps.catalogue, person.language if person else None, telegram_language)
    return Translator(deps.catalogue, language)


TurnHandler = Callable[[Turn], Awaitable[None]]


async def _open_turn(
    update: Update,
    context: BotContext,
    handler: TurnHandler,
    allowed: Audience,
    button: buttons.ButtonData | None = None,
) -> None:
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or chat.type != chat.PRIVATE:
        return
    update = _cleaned(update, context)
    # Nothing has left the process before the commit (replies wait in turn.outgoing), so a turn
    # that found the database locked (SQLite: a long import) is simply done again, unless it
    # had already committed a part (outside_transaction) and said so.
    turns: list[Turn] = []
    turn = await retry_when_busy(
        lambda: _unit_of_work(update, context, handler, allowed, button, turns),
        what="an update",
        may_retry=lambda: not (turns and turns[-1].committed),
    )
    await turn.send_queued()


async def _unit_of_work(
    update: Update,
    context: BotContext,
    handler: TurnHandler,
    allowed: Audience,
    button: buttons.ButtonData | None,
    turns: list[Turn],
) -> Turn:
    user = update.effective_user
    assert user is not None
    deps = context.deps
    # Not `sessionmaker.begin()`: a turn may commit midway (outside_transaction) and go on.
    async with deps.sessionmaker() as session:
        try:
            person = await people.find_by_telegram_id(session, user.id)
            now = deps.clock.now()
            turn = Turn(
                update=update,
                context=context,
                deps=deps,
                _session=session,
                person=person,
                audience=audience_of(person),
                t=translator_for(deps, person, user.language_code),
                now=now,
                button=button,
            )
            turns.append(turn)
            if person is not None and turn.audience not in (Audience.GUEST, Audience.DECLINED):
                people.touch(person, now, every=timedelta(minutes=deps.settings.last_seen_minutes))
                if person.unreachable_at is not None:
                    person.unreachable_at = None  # they write again, so they unblocked the bot
            if not turn.audience & allowed:
                await refuse(turn)
            else:
                await handler(turn)
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
    return turn


def _cleaned(update: Update, context: BotContext) -> Update:
    """The update with every string in it made safe to store (bot/text.py): the one place
    where text from Telegram (messages, captions, names) is cleaned before any handler or
    service sees it. Most updates are clean already and come back as they are, found so
    without converting them to JSON (texts.update_is_clean)."""
    if texts.update_is_clean(update):
        return update
    data = update.to_dict()
    cleaned = texts.clean_json(data)
    return update if cleaned == data else Update.de_json(cleaned, context.bot)


async def refuse(turn: Turn) -> None:
    if turn.audience is Audience.GUEST:
        if _guest_in_crisis(turn):
            # The numbers whatever the strangers' cap, at most once in a while per chat.
            if turn.deps.strangers.allow_crisis(turn.chat_id, turn.now):
                await turn.reply(help_numbers(turn.t, turn.deps.checkins.help_lines, lead="guest-crisis"))
                if stranger_may_hear(turn):
                    await turn.call(people.count_uninvited)
                    await turn.reply(turn.t.both("uninvited"))
            return
        if not stranger_may_hear(turn):
            return  # counted and ignored: no reply, not even to a button (bot/strangers.py)
        await turn.call(people.count_uninvited)
        text = turn.t.both("uninvited")
    else:
        text = turn.t.both("not-allowed")
    if turn.update.callback_query is not None:
        await turn.answer(turn.t("not-allowed") if turn.audience is not Audience.GUEST else None)
    await turn.reply(text)


def stranger_may_hear(turn: Turn) -> bool:
    """Whether a person nobody invited gets a reply now (one per chat an hour, a few a minute
    for all strangers together), so that a flood of them cannot hold up members' replies."""
    return turn.deps.strangers.allow(turn.chat_id, turn.now)


def _guest_in_crisis(turn: Turn) -> bool:
    """Someone without an invitation who writes crisis words gets the 24/7 numbers first, in
    their language (Telegram's), before the refusal. The text is only scanned, in memory:
    nothing about them is stored or logged."""
    message = turn.update.message
    text = (message.text or message.caption) if message is not None else None
    if not text:
        return False
    flags = turn.deps.flags
    # Their Telegram language's list first; a text in another script is scanned with the
    # lists of that script (an Arabic message from a phone set to German).
    reasons = flags.scan(text, turn.t.language) + flags.scan(text, "")
    return highest(reasons) is Severity.CRISIS


def command(name: str) -> Callable[[TurnHandler], PTBCallback]:
    """Wrap a command handler with the access rule of COMMANDS[name]."""
    allowed = COMMANDS[name]

    def wrap(handler: TurnHandler) -> PTBCallback:
        async def callback(update: Update, context: BotContext) -> None:
            await _open_turn(update, context, handler, allowed)

        callback.__name__ = handler.__name__
        return callback

    return wrap


def anyone(handler: TurnHandler) -> PTBCallback:
    """Wrap a handler that everyone reaches (free text, unknown commands, stickers)."""

    async def callback(update: Update, context: BotContext) -> None:
        await _open_turn(update, context, handler, ANYONE)

    callback.__name__ = handler.__name__
    return callback


def button_router(routes: dict[str, TurnHandler]) -> PTBCallback:
    """One callback-query handler: parse the data, check BUTTONS, then route by prefix."""
    missing = set(routes) ^ set(BUTTONS)
    if missing:
        raise RuntimeError(f"button routes and access rules differ: {sorted(missing)}")

    async def on_button(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None:
            return
        data = buttons.parse(query.data)
        if data is None or data.prefix not in routes:
            await _open_turn(update, context, _stale, ANYONE, data)
            return
        await _open_turn(update, context, routes[data.prefix], BUTTONS[data.prefix], data)

    return on_button


async def _stale(turn: Turn) -> None:
    if turn.audience is Audience.GUEST:
        await refuse(turn)  # which answers the button too, unless the stranger is ignored
        return
    await stale(turn)


async def stale(turn: Turn) -> None:
    """A forged, unknown or outdated button: say so, change nothing."""
    await turn.answer(turn.t("button-stale"))
    await turn.clear_buttons()
    await turn.reply(turn.t.both("button-stale"))
