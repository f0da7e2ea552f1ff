"""/contacts through the real Application: topics as buttons, a topic's people in place, the file
read again when staff change it, and who may open it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from bot.models import Role

from harness import Harness, User
from seed import Cast, add_member, deps_of, make_invite

SHIPPED = Path(__file__).resolve().parents[2] / "content" / "contacts.yaml"


def _markup(params: dict[str, object]) -> list[str]:
    markup = params.get("reply_markup")
    data = json.loads(markup) if isinstance(markup, str) else markup
    assert isinstance(data, dict)
    return [b["callback_data"] for row in data["inline_keyboard"] for b in row]


async def test_a_participant_opens_a_topic_and_goes_back(harness: Harness) -> None:
    user = User(4712, "Lina", "de")
    await add_member(harness, user, Role.PARTICIPANT)
    replies = await harness.send(user, "/contacts")
    assert replies[-1].startswith("Ansprechpersonen. Wählen Sie ein Thema.")
    assert harness.request.buttons(user.id) == [
        f"ctc:{t}" for t in ("work", "education", "mentors", "volunteers", "housing")
    ]

    assert await harness.press(user, "ctc:work") == []  # edited in place, no new message
    edit = harness.request.sent(user.id, "editMessageText")[-1]
    assert edit["text"].startswith("Ansprechpersonen: Arbeit finden")
    assert "Sabine Beispiel\nIntegrationsmanagerin\nTelefon: +49 561 000 1001" in edit["text"]
    assert "E-Mail: s.beispiel@example.org" in edit["text"] and "Erreichbar: Mo–Do 9–15 Uhr" in edit["text"]
    assert _markup(edit) == ["ctc:all"]

    await harness.press(user, "ctc:all")
    back = harness.request.sent(user.id, "editMessageText")[-1]
    assert back["text"] == "Ansprechpersonen. Wählen Sie ein Thema."
    assert len(_markup(back)) == 5


async def test_in_her_language_beside_the_german(harness: Harness) -> None:
    amina = User(4711, "Amina", "ar")
    await add_member(harness, amina, Role.PARTICIPANT, language="ar")
    replies = await harness.send(amina, "/contacts")
    assert replies[-1].startswith("Ansprechpersonen. Wählen Sie ein Thema.\n\n")
    assert "جهات الاتصال" in replies[-1]
    markup = harness.request.sent(amina.id)[-1]["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    assert markup["inline_keyboard"][4][0]["text"] == "\u200fالسكن · Wohnen"
    await harness.press(amina, "ctc:housing")
    text = harness.request.sent(amina.id, "editMessageText")[-1]["text"]
    assert text.startswith("Ansprechpersonen: Wohnen\n\u200fجهات الاتصال")
    assert "Jana Platzhalter" in text


async def test_coaches_and_staff_see_it_too(harness: Harness, cast: Cast) -> None:
    for user in (cast.coach, cast.staff):
        replies = await harness.send(user, "/contacts")
        assert replies[-1].startswith("Ansprechpersonen.")


async def test_someone_still_onboarding_or_a_stranger_is_refused(harness: Harness) -> None:
    stranger = User(6601, "Fremd", "de")
    assert "nur mit Einladung" in (await harness.send(stranger, "/contacts"))[0]
    newcomer = User(6602, "Neu", "de")
    await harness.send(newcomer, f"/start {await make_invite(harness)}")
    assert "nicht verfügbar" in (await harness.send(newcomer, "/contacts"))[0]


async def test_a_topic_no_longer_in_the_file_is_stale(harness: Harness, cast: Cast) -> None:
    replies = await harness.press(cast.participant, "ctc:pets")
    assert "gilt nicht mehr" in replies[-1]


async def test_staff_change_the_file_and_the_next_look_shows_it(
    harness: Harness, cast: Cast, tmp_path: Path
) -> None:
    deps = deps_of(harness)
    path = tmp_path / "contacts.yaml"
    shutil.copy(SHIPPED, path)
    deps.settings = deps.settings.model_copy(update={"content_dir": tmp_path})
    await harness.press(cast.participant, "ctc:housing")
    assert "Jana Platzhalter" in harness.request.sent(cast.participant.id, "editMessageText")[-1]["text"]

    path.write_text(SHIPPED.read_text("utf-8").replace("Jana Platzhalter", "Jana Neu"), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    await harness.press(cast.participant, "ctc:housing")
    text = harness.request.sent(cast.participant.id, "editMessageText")[-1]["text"]
    assert "Jana Neu" in text and "Jana Platzhalter" not in text


async def test_without_a_directory_it_says_so_kindly(harness: Harness, cast: Cast, tmp_path: Path) -> None:
    deps = deps_of(harness)
    deps.settings = deps.settings.model_copy(update={"content_dir": tmp_path})  # no contacts.yaml
    replies = await harness.send(cast.participant, "/contacts")
    assert replies[0].startswith("Die Liste ist gerade nicht da. Bitte fragen Sie Ihre Beratung.")
