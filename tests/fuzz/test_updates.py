"""Thousands of hostile, odd and ordinary updates through the real Application, on both engines.

Each example seeds its own people (staff, two coaches, four participants in Arabic, Ukrainian,
Persian and Russian, someone invited and not yet agreed, someone who declined) and then sends a
random sequence: text in every script up to 4,096 characters with bidi and control characters,
commands with junk arguments, stickers, photos, voice notes, locations, contacts, edited
messages, group and channel posts, `my_chat_member`, real buttons of the keyboards the bot sent
(so dialogues get driven partway and further), forged and stale buttons (every registered prefix,
junk arguments, other people's ids), strangers, and time passing with the outbox delivered.

After every update:
- the Application's error handler was not reached (no unhandled exception);
- whoever wrote in a private chat, or pressed a button there, was answered. The rules
  (handlers/fallback.py, handlers/access.py, handlers/turn.py): every private message gets at
  least one message back, except a stranger's beyond the first in an hour (bot/strangers.py);
  a pressed button is answered (answerCallbackQuery) or gets a message.
  Deliberately silent: edited messages, group and channel updates (nothing is sent to a group),
  and `my_chat_member` (the bot has no handler: a block is noticed when sending fails);
- every message to a participant whose language is Arabic, Persian, Ukrainian or Russian
  carries her script (she reads her language beside the German);
- no person's distinctive name or text reaches a chat that may not see it: a participant's
  reaches only herself, her coach and staff; a coach's only the coach, their participants and
  staff; a staff member's only staff and coaches (never a participant); a stranger's only the
  stranger. Whoever erased themselves with /delete is a stranger from then on.
After every example the database holds: PRAGMA foreign_key_check clean (SQLite), every
appointment's participant a participant, no pending outbox row for a deleted or declined person,
every dialogue readable JSON with a name.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text
from telegram import Update

from bot.app import build_application, build_deps, dispatcher_of
from bot.clock import ManualClock
from bot.models import OutboxMessage, OutboxStatus, Person, PersonStatus, Role
from handlers.access import BUTTONS, COMMANDS
from ui import menu as menu_view

from harness import BOT_USER, STICKER, Harness, RecordingRequest, make_settings
from seed import deps_of, make_invite, make_member

SENT = [0]  # updates sent by this process, for the report


@dataclass
class Watched:
    harness: Harness
    # What reached the Application's error handlers: an unhandled exception in a handler.
    errors: list[BaseException] = field(default_factory=list)
    world: Any = None  # the World of the examples so far


@pytest.fixture
async def watched(database_url: str, clock: ManualClock) -> AsyncIterator[Watched]:
    """Like the `harness` fixture, on SQLite and PostgreSQL; one Application for all examples
    of a test (each example seeds people of its own)."""
    built = build_deps(make_settings(database_url), clock)
    request = RecordingRequest()
    app = build_application(
        built.settings,
        deps=built,
        request=request,
        get_updates_request=RecordingRequest(),
        dispatch_interval=None,
        rate_limit=False,
    )
    result = Watched(Harness(app=app, request=request, clock=clock))

    async def record_error(update: object, context: object) -> None:
        result.errors.append(getattr(context, "error", None) or RuntimeError("unknown"))

    app.add_error_handler(record_error)
    await app.initialize()
    try:
        yield result
    finally:
        print(f"\nfuzz: {SENT[0]} updates sent")  # seen with -s
        await app.shutdown()
        await built.engine.dispose()


# -- what the bot said, and to whom -------------------------------------------------------------

SHOWN = {"sendMessage", "editMessageText", "sendDocument", "sendPhoto", "copyMessage"}
SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "fa": re.compile(r"[\u0600-\u06ff]"),
    "uk": re.compile(r"[\u0400-\u04ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}


def content_of(params: dict[str, Any]) -> str:
    """Everything a person could read in one Bot API call: text, caption, buttons, files."""
    parts = [str(params.get(key, "")) for key in ("text", "caption")]
    markup = params.get("reply_markup")
    if markup:
        parts.append(markup if isinstance(markup, str) else json.dumps(markup, ensure_ascii=False))
    for value in (params.get("_files") or {}).values():
        parts.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value))
    return "\n".join(parts)


# -- the people of one example ------------------------------------------------------------------

ACTORS = ["staff", "coach", "coach_b", "p_ar", "p_uk", "p_fa", "p_ru", "invited", "declined", "stranger"]
PARTICIPANTS = {
    "p_ar": ("ar", "coach"),
    "p_uk": ("uk", "coach"),
    "p_fa": ("fa", "coach_b"),
    "p_ru": ("ru", "coach_b"),
}
_telegram_ids = itertools.count(5_000_000)
_marks = itertools.count(1)


def new_mark() -> str:
    """A word no generated text contains by chance (letters only: Telegram may not cut it)."""
    n, letters = next(_marks), ""
    while True:
        n, digit = divmod(n, 26)
        letters += chr(ord("a") + digit)
        if n == 0:
            return f"Qz{letters}Zq"


@dataclass
class Actor:
    key: str
    telegram_id: int
    mark: str
    language: str
    person_id: int | None = None


@dataclass
class World:
    """Everyone seeded so far in this test (all examples) and who may read whose mark."""

    watched: Watched
    actors: dict[str, Actor] = field(default_factory=dict)  # this example's
    readers: dict[str, set[int]] = field(default_factory=dict)  # mark -> telegram ids allowed
    staff: set[int] = field(default_factory=set)
    coaches: set[int] = field(default_factory=set)  # a staff member's name may reach them
    staff_marks: set[str] = field(default_factory=set)
    language_of: dict[int, str] = field(default_factory=dict)  # participants' scripts to check
    updates: int = 0

    @property
    def harness(self) -> Harness:
        return self.watched.harness


async def seed(world: World) -> None:
    harness = world.harness
    deps = deps_of(harness)
    actors: dict[str, Actor] = {}
    for key in ACTORS:
        language = {"coach_b": "en", "invited": "tr", "stranger": "fa"}.get(
            key, PARTICIPANTS.get(key, ("de",))[0]
        )
        actors[key] = Actor(key, next(_telegram_ids), new_mark(), language)
    roles = {"staff": Role.STAFF, "coach": Role.COACH, "coach_b": Role.COACH}
    async with deps.sessionmaker.begin() as session:
        for key, role in roles.items():
            actor = actors[key]
            person = await make_member(
                session,
                role=role,
                now=deps.clock.now(),
                telegram_user_id=actor.telegram_id,
                name=f"Name {actor.mark}",
                language=actor.language,
            )
            actor.person_id = person.id
        for key, (language, coach) in PARTICIPANTS.items():
            actor = actors[key]
            person = await make_member(
                session,
                role=Role.PARTICIPANT,
                now=deps.clock.now(),
                telegram_user_id=actor.telegram_id,
                name=f"Name {actor.mark}",
                language=language,
                coach_id=actors[coach].person_id,
            )
            actor.person_id = person.id
    world.actors = actors
    world.staff.add(actors["staff"].telegram_id)
    world.staff_marks.add(actors["staff"].mark)
    world.coaches |= {actors["coach"].telegram_id, actors["coach_b"].telegram_id}
    tid = {key: actor.telegram_id for key, actor in actors.items()}
    for key in ("staff", "stranger"):
        world.readers[actors[key].mark] = {tid[key]}
    for coach in ("coach", "coach_b"):
        theirs = {tid[k] for k, (_, c) in PARTICIPANTS.items() if c == coach}
        world.readers[actors[coach].mark] = {tid[coach], *theirs} | (
            {tid["invited"], tid["declined"]} if coach == "coach" else set()
        )
    for key, (language, coach) in PARTICIPANTS.items():
        world.readers[actors[key].mark] = {tid[key], tid[coach]}
        world.language_of[tid[key]] = language
    for key in ("invited", "declined"):  # invited by coach A
        world.readers[actors[key].mark] = {tid[key], tid["coach"]}
    # Someone invited (language not chosen yet) and someone who said no to the privacy notice.
    for key in ("invited", "declined"):
        token = await make_invite(harness, Role.PARTICIPANT, coach_id=actors["coach"].person_id)
        await send_text(world, actors[key], f"/start {token}")
    await press(world, actors["declined"], "lang:de")
    await press(world, actors["declined"], "consent:no")


# -- sending updates ----------------------------------------------------------------------------

_ids = itertools.count(1)


def user_of(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.telegram_id,
        "is_bot": False,
        "first_name": f"Name {actor.mark}",
        "language_code": actor.language,
    }


def chat_of(actor: Actor) -> dict[str, Any]:
    return {"id": actor.telegram_id, "type": "private", "first_name": f"Name {actor.mark}"}


async def process(world: World, data: dict[str, Any], actor: Actor, *, expect_answer: bool) -> None:
    harness, errors = world.harness, world.watched.errors
    before = len(harness.request.calls)
    world.updates += 1
    await harness.app.process_update(Update.de_json({"update_id": next(_ids), **data}, harness.app.bot))
    if errors:
        error = errors[0]
        errors.clear()
        raise AssertionError(f"unhandled {type(error).__name__} for {data!r}") from error
    calls = harness.request.calls[before:]
    check_calls(world, calls)
    # A stranger hears at most once an hour (bot/strangers.py, tested in test_strangers.py):
    # after that, silence is the rule, not a failure. So does anyone who erased themselves
    # with /delete: from then on a stranger.
    if expect_answer and actor.key != "stranger" and await is_member(world, actor):
        query = data.get("callback_query")
        answered = any(
            (name in SHOWN and int(params.get("chat_id", 0) or 0) == actor.telegram_id)
            or (
                query is not None
                and name == "answerCallbackQuery"
                and params.get("callback_query_id") == query["id"]
            )
            for name, params in calls
        )
        assert answered, f"{actor.key} got no answer to {data!r}"
    else:
        chat = (data.get("edited_message") or data.get("message") or data.get("channel_post") or {}).get(
            "chat", {}
        )
        if chat.get("type") in ("group", "supergroup", "channel"):
            assert not [c for c in calls if int(c[1].get("chat_id", 0) or 0) == chat["id"]], (
                "the bot wrote to a group"
            )


async def is_member(world: World, actor: Actor) -> bool:
    async with deps_of(world.harness).sessionmaker() as session:
        found = await session.scalar(select(Person.id).where(Person.telegram_user_id == actor.telegram_id))
    return found is not None  # the invited and the declined keep theirs; /delete takes it


def check_calls(world: World, calls: list[tuple[str, dict[str, Any]]]) -> None:
    for name, params in calls:
        if name not in SHOWN or params.get("_failed"):
            continue
        chat = int(params.get("chat_id", 0) or 0)
        content = content_of(params)
        for mark in re.findall(r"Qz[a-z]+Zq", content):
            readers = world.readers.get(mark, set())
            # Staff and coaches are colleagues: "✅ seen by <staff> at 10:14" on a coach's alert
            # names the staff member; a participant is told "someone from the team".
            colleague = mark in world.staff_marks and chat in world.coaches
            assert chat in readers or chat in world.staff or colleague, (
                f"{mark} leaked to chat {chat} by {name}: {content[:300]!r}"
            )
        script = SCRIPTS.get(world.language_of.get(chat, ""))
        if script is not None and name in {"sendMessage", "editMessageText"}:
            assert script.search(str(params.get("text", ""))), (
                f"not in her language ({chat}): {params.get('text')!r}"
            )


def message(actor: Actor, **content: Any) -> dict[str, Any]:
    return {
        "message_id": next(_ids),
        "date": 1_795_000_000,
        "chat": chat_of(actor),
        "from": user_of(actor),
        **content,
    }


async def send_text(world: World, actor: Actor, body: str) -> None:
    content: dict[str, Any] = {"text": body}
    if body.startswith("/"):
        content["entities"] = [
            {"type": "bot_command", "offset": 0, "length": len(body.split()[0]) if body.split() else 1}
        ]
    await process(world, {"message": message(actor, **content)}, actor, expect_answer=bool(body))


async def press(world: World, actor: Actor, data: str) -> None:
    if data.startswith("lang:") and actor.telegram_id in world.language_of:
        # She may choose another language: from then on her replies come in that one.
        chosen = data.split(":")[1] if data.count(":") == 1 else ""
        if chosen in {"de", "en", "tr"}:
            world.language_of[actor.telegram_id] = "latin"  # not checked
        elif chosen in SCRIPTS:
            world.language_of[actor.telegram_id] = chosen
    query = {
        "id": str(next(_ids)),
        "from": user_of(actor),
        "chat_instance": "ci",
        "data": data,
        "message": {
            "message_id": 1,
            "date": 1_795_000_000,
            "chat": chat_of(actor),
            "from": BOT_USER,
            "text": "…",
        },
    }
    await process(world, {"callback_query": query}, actor, expect_answer=True)


# -- what to send -------------------------------------------------------------------------------

ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyzäöüßÄÖÜ ABC .,!?-:/0123456789",
    "ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأؤإئ ٠١٢٣٤٥٦٧٨٩ ؟،",
    "абвгдежзийклмнопрстуфхцчшщъыьэюяієїґ АБВ",
    "پچژگکی\u200cآبتس ۰۱۲۳۴۵۶۷۸۹",
    "中文日本語한국어の漢字カタカナ",
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c",
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\r\n\t\u2028\u2029\ufeff\ufffd\ud800\udfff",
    "😀👍🏽❤️\u200d🔥👩\u200d👩\u200d👧🇩🇪🇸🇾\ufe0f",
]
WORDS = [
    "ja", "nein", "morgen 10:00", "12.12.2026 14:30", "31.02.2026 25:61", "Rathaus", "0", "-1", "1",
    "99999999999999999999", "Hilfe", "ich will sterben", "أريد أن أموت", "я хочу умереть", "stop",
    "<b>fett</b>", "&amp;", "{name}", "{ $name }", "%s", "' OR 1=1 --", "\\", "::::", "",
]  # fmt: skip

chars = st.sampled_from(ALPHABETS).flatmap(
    lambda alphabet: st.text(alphabet=alphabet, min_size=1, max_size=40)
)
short_text = st.one_of(st.sampled_from(WORDS), chars, st.text(max_size=30))
long_text = st.builds(lambda piece, n: (piece * n)[:4096], chars, st.integers(1, 4096))
any_text = st.one_of(short_text, short_text, short_text, long_text, st.lists(chars, max_size=6).map(" ".join))
marked_text = st.tuples(any_text, st.booleans())  # with the writer's mark appended?

COMMAND_NAMES = [
    *COMMANDS,
    "foo",
    "admin",
    "Start",
    "start@begleiter_test_bot",
    "appointment@other_bot",
    "x" * 40,
]
JUNK_ARGS = st.one_of(st.just(""), short_text, st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True))
MEDIA: dict[str, dict[str, Any]] = {
    "sticker": STICKER,
    "photo": {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
    "voice": {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
    "location": {"location": {"latitude": 51.31, "longitude": 9.49}},
    "contact": {"contact": {"phone_number": "+4915100000", "first_name": "Kontakt"}},
    "document": {"document": {"file_id": "d", "file_unique_id": "d", "file_name": "a.pdf"}},
    "video_note": {"video_note": {"file_id": "n", "file_unique_id": "n", "length": 1, "duration": 1}},
}
PREFIXES = [*BUTTONS, "", "x", "lang ", "LANG", "apa\u0000", "🙂"]
BUTTON_ARG = st.one_of(
    st.sampled_from(
        [
            "yes",
            "no",
            "p",
            "k",
            "save",
            "skip",
            "discard",
            "go",
            "later",
            "a",
            "done",
            "on",
            "off",
            "cancel",
            "move",
            "attended",
            "missed",
            "write",
            "de",
            "ar",
            "A1",
            "B2",
            "all",
            "0",
            "-1",
            "1e3",
            "١",
            "99999999999999999999",
            "",
        ]
    ),
    st.integers(0, 60).map(str),
    st.sampled_from(ACTORS).map(lambda key: f"@{key}"),  # someone's person id, filled in when sent
    short_text.map(lambda s: s[:20]),
)

actor_key = st.sampled_from(ACTORS)
step = st.one_of(
    st.tuples(st.just("text"), actor_key, marked_text),
    st.tuples(st.just("command"), actor_key, st.sampled_from(COMMAND_NAMES), JUNK_ARGS),
    st.tuples(st.just("media"), actor_key, st.sampled_from(sorted(MEDIA)), st.one_of(st.none(), marked_text)),
    st.tuples(st.just("label"), actor_key, st.integers(0, 10_000)),
    st.tuples(st.just("real_button"), actor_key, st.integers(0, 20)),
    st.tuples(st.just("real_button"), actor_key, st.integers(0, 20)),
    st.tuples(st.just("real_button"), actor_key, st.integers(0, 20)),
    st.tuples(
        st.just("forged_button"), actor_key, st.sampled_from(PREFIXES), st.lists(BUTTON_ARG, max_size=4)
    ),
    st.tuples(st.just("edited"), actor_key, marked_text),
    st.tuples(st.just("group"), actor_key, st.sampled_from(["group", "supergroup", "channel"]), marked_text),
    st.tuples(st.just("my_chat_member"), actor_key, st.sampled_from(["kicked", "member"])),
    st.tuples(st.just("time"), st.integers(0, 3 * 24 * 60)),
)


def with_mark(actor: Actor, pair: tuple[str, bool]) -> str:
    body, marked = pair
    return f"{body} {actor.mark}"[-4096:] if marked else body


async def run_step(world: World, item: tuple[Any, ...]) -> None:
    harness = world.harness
    if item[0] == "time":
        harness.clock.advance(timedelta(minutes=item[1]))
        before = len(harness.request.calls)
        await dispatcher_of(harness.app).drain()
        check_calls(world, harness.request.calls[before:])
        return
    kind, actor = item[0], world.actors[item[1]]
    if kind == "text":
        await send_text(world, actor, with_mark(actor, item[2]))
    elif kind == "command":
        await send_text(world, actor, f"/{item[2]} {item[3]}".strip())
    elif kind == "media":
        content = dict(MEDIA[item[2]])
        if item[3] is not None and item[2] in ("photo", "document"):
            content["caption"] = with_mark(actor, item[3])[:1024]
        await process(world, {"message": message(actor, **content)}, actor, expect_answer=True)
    elif kind == "label":
        labels = sorted(menu_view.labels(deps_of(harness).catalogue))
        await send_text(world, actor, labels[item[2] % len(labels)])
    elif kind == "real_button":
        keys = harness.request.buttons(actor.telegram_id)
        if keys:
            await press(world, actor, keys[item[2] % len(keys)])
    elif kind == "forged_button":
        args = [
            str(world.actors[arg[1:]].person_id or 0)
            if arg.startswith("@") and arg[1:] in world.actors
            else arg
            for arg in item[3]
        ]
        await press(world, actor, ":".join([item[2], *args]))
    elif kind == "edited":
        edited = message(actor, text=with_mark(actor, item[2]) or "x", edit_date=1_795_000_100)
        await process(world, {"edited_message": edited}, actor, expect_answer=False)
    elif kind == "group":
        chat = {"id": -1_000_000 - actor.telegram_id, "type": item[2], "title": "Gruppe"}
        body = with_mark(actor, item[3]) or "x"
        if item[2] == "channel":
            post = {"message_id": next(_ids), "date": 1_795_000_000, "chat": chat, "text": body}
            await process(world, {"channel_post": post}, actor, expect_answer=False)
        else:
            post = {**message(actor, text=body), "chat": chat}
            await process(world, {"message": post}, actor, expect_answer=False)
    elif kind == "my_chat_member":
        status = {"status": item[2], "user": BOT_USER, **({"until_date": 0} if item[2] == "kicked" else {})}
        member = {
            "chat": chat_of(actor),
            "from": user_of(actor),
            "date": 1_795_000_000,
            "old_chat_member": {"status": "member", "user": BOT_USER},
            "new_chat_member": status,
        }
        await process(world, {"my_chat_member": member}, actor, expect_answer=False)


# -- the database afterwards --------------------------------------------------------------------


async def check_database(world: World) -> None:
    deps = deps_of(world.harness)
    async with deps.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            broken = (await connection.exec_driver_sql("PRAGMA foreign_key_check")).fetchall()
            assert not broken, f"foreign keys broken: {broken}"
        orphans = await connection.execute(
            text(
                "SELECT a.id FROM appointments a LEFT JOIN people p ON p.id = a.participant_id "
                "WHERE p.id IS NULL OR p.role <> 'participant'"
            )
        )
        assert not orphans.fetchall(), "an appointment without its participant"
    async with deps.sessionmaker() as session:
        pending = await session.scalars(
            select(OutboxMessage.id)
            .join(Person, Person.id == OutboxMessage.recipient_id)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                Person.status.in_([PersonStatus.DELETED, PersonStatus.DECLINED]),
            )
        )
        assert not list(pending), "pending outbox rows for someone deleted or declined"
        for person in await session.scalars(select(Person)):
            state = person.dialogue  # decrypts and parses: raises if broken
            assert state is None or (isinstance(state, dict) and isinstance(state.get("name"), str)), state


# -- the property ---------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@given(steps=st.lists(step, min_size=10, max_size=30))
async def test_every_update_is_handled_answered_and_private(
    watched: Watched, steps: list[tuple[Any, ...]]
) -> None:
    if watched.world is None:
        watched.world = World(watched)
    world: World = watched.world
    counted = world.updates
    await seed(world)
    for item in steps:
        await run_step(world, item)
    await check_database(world)
    SENT[0] += world.updates - counted
