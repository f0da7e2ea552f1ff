"""What staff see while writing a broadcast (audience, preview, progress, the list, who is
interested) and the participant's "Ich habe Interesse" keyboard."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import LANGUAGES, Translator, directional, shorten
from bot.models import AttachmentKind, Broadcast, BroadcastStatus, BroadcastText, Person, TextSource
from bot.services import broadcasts
from bot.services.broadcasts import Answer, Figures, Listed
from bot.spreadsheet import safe_cell
from ui import buttons
from ui.keyboards import button

# bc:<step>:<value>
AUDIENCE, COACH, COHORT, LANGUAGE, INTEREST, EDIT, SEND, DISCARD = "a", "k", "g", "l", "i", "e", "s", "x"
COHORTS_DONE = "w"  # "Weiter" once one or more groups are ticked
ATTACH = "f"  # bc:f:0 "without an attachment" (a photo or a PDF is sent, not pressed)
KEPT = "t"  # bc:t:0 "take this text": what staff typed before the text was asked for
TICK = "✅ "
ALL_LANGUAGES = "all"
NOW, LATER = "now", "later"


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


# -- the participant's button ----------------------------------------------------------------


def interest_keyboard(t: Translator, broadcast_id: int, *, interested: bool) -> InlineKeyboardMarkup:
    """One tap says "interested"; then the answer stays visible with a way to take it back."""
    if not interested:
        return InlineKeyboardMarkup(
            [[button(t.label("broadcast-interest"), buttons.BROADCAST_INTEREST, broadcast_id, 1)]]
        )
    return InlineKeyboardMarkup(
        [
            [button(t.label("broadcast-interest-given"), buttons.BROADCAST_INTEREST, broadcast_id, 1)],
            [button(t.label("broadcast-interest-withdraw"), buttons.BROADCAST_INTEREST, broadcast_id, 0)],
        ]
    )


# -- writing one -----------------------------------------------------------------------------


def audience_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [button(t(f"broadcast-audience-{kind}"), buttons.BROADCAST, AUDIENCE, kind)]
            for kind in broadcasts.KINDS
        ]
    )


def choice_keyboard(choices: list[tuple[int, str]], step: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[button(shorten(name, 40), buttons.BROADCAST, step, ref)] for ref, name in choices]
    )


def cohorts_keyboard(
    t: Translator, offered: list[tuple[int, str]], chosen: list[int]
) -> InlineKeyboardMarkup:
    """A button per group, ticked when chosen (pressing again unticks it), then "Weiter"."""
    rows = [
        [button((TICK if ref in chosen else "") + shorten(name, 40), buttons.BROADCAST, COHORT, ref)]
        for ref, name in offered
    ]
    rows.append([button(t("broadcast-cohorts-next", count=len(chosen)), buttons.BROADCAST, COHORTS_DONE, 0)])
    return InlineKeyboardMarkup(rows)


def languages_keyboard(t: Translator, counts: dict[str, int]) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                t("broadcast-all-languages", count=sum(counts.values())),
                buttons.BROADCAST,
                LANGUAGE,
                ALL_LANGUAGES,
            )
        ]
    ]
    items = [
        button(f"{language_name(code)}: {count}", buttons.BROADCAST, LANGUAGE, code)
        for code, count in counts.items()
    ]
    rows += [items[i : i + 2] for i in range(0, len(items), 2)]
    return InlineKeyboardMarkup(rows)


def attachment_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t("broadcast-no-attachment"), buttons.BROADCAST, ATTACH, 0)]])


def kept_keyboard(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[button(t("broadcast-take-kept"), buttons.BROADCAST, KEPT, 0)]])


def attachment_name(t: Translator, kind: AttachmentKind, name: str | None) -> str:
    """ "Foto", or the PDF's file name."""
    if kind is AttachmentKind.PHOTO:
        return t("broadcast-attachment-photo")
    return name or t("broadcast-attachment-document")


def yes_no(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                button(t("broadcast-yes"), buttons.BROADCAST, INTEREST, 1),
                button(t("broadcast-no"), buttons.BROADCAST, INTEREST, 0),
            ]
        ]
    )


def _source(t: Translator, row: BroadcastText | None) -> str:
    if row is None or row.source is TextSource.NONE or not row.text:
        return t("broadcast-source-none")
    return t("broadcast-source-human" if row.source is TextSource.HUMAN else "broadcast-source-machine")


def cohorts_line(t: Translator, names: list[str]) -> str:
    return t("broadcast-cohorts", names=", ".join(names))


def preview(
    t: Translator,
    broadcast: Broadcast,
    counts: dict[str, int],
    texts: dict[str, BroadcastText],
    cohorts: list[str] | None = None,
) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """One message with the German, one per translated language, and a last one with the
    figures and the choices (a message holds 4,096 characters; all of them together may not)."""
    messages: list[tuple[str, InlineKeyboardMarkup | None]] = [
        (t("broadcast-preview-german", count=sum(counts.values())) + "\n\n" + broadcast.text, None)
    ]
    summary = [cohorts_line(t, cohorts)] if cohorts else []
    summary.append(t("broadcast-preview-languages"))
    edits: list[InlineKeyboardButton] = []
    for code, count in counts.items():
        if code == broadcasts.SOURCE:
            summary.append(f"• {language_name(code)}: {count}")
            continue
        row = texts.get(code)
        summary.append(f"• {language_name(code)}: {count} · {_source(t, row)}")
        if row is not None and row.text:
            head = f"{language_name(code)} · {_source(t, row)}"
            messages.append((head + "\n\n" + directional(row.text, code), None))
        edits.append(button(t("broadcast-edit", language=language_name(code)), buttons.BROADCAST, EDIT, code))
    if broadcast.attachment_kind is not None:
        shown = attachment_name(t, broadcast.attachment_kind, broadcast.attachment_name)
        summary.append(t("broadcast-preview-attached", name=shown))
    if broadcast.contact_name:
        summary.append(t("broadcast-preview-contact", name=broadcast.contact_name))
    summary.append(
        t("broadcast-preview-interest-yes" if broadcast.with_interest else "broadcast-preview-interest-no")
    )
    rows = [edits[i : i + 2] for i in range(0, len(edits), 2)]
    rows.append(
        [
            button(t("broadcast-send-now"), buttons.BROADCAST, SEND, NOW),
            button(t("broadcast-send-later"), buttons.BROADCAST, SEND, LATER),
        ]
    )
    rows.append([button(t("broadcast-discard"), buttons.BROADCAST, DISCARD, 0)])
    messages.append(("\n".join(summary), InlineKeyboardMarkup(rows)))
    return messages


# -- progress, list, answers -----------------------------------------------------------------


def figures_lines(t: Translator, figures: Figures) -> list[str]:
    lines = [
        t("broadcast-figure-sent", n=figures.sent),
        t("broadcast-figure-waiting", n=figures.waiting),
        t("broadcast-figure-blocked", n=figures.blocked),
        t("broadcast-figure-failed", n=figures.failed),
    ]
    if figures.cancelled:
        lines.append(t("broadcast-figure-cancelled", n=figures.cancelled))
    return lines


def progress(t: Translator, broadcast_id: int, figures: Figures, *, finished: bool) -> str:
    head = t("broadcast-done" if finished else "broadcast-sending", n=broadcast_id, total=figures.total)
    return "\n".join([head, *figures_lines(t, figures)])


def local(moment: datetime | None, zone: str) -> str:
    return moment.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y %H:%M") if moment else "–"


def scheduled(t: Translator, broadcast: Broadcast, zone: str) -> str:
    return t(
        "broadcast-scheduled", n=broadcast.id, when=local(broadcast.send_at, zone), count=broadcast.recipients
    )


def listing(t: Translator, listed: list[Listed], zone: str) -> tuple[str, InlineKeyboardMarkup | None]:
    if not listed:
        return t("broadcast-list-empty"), None
    lines = [t("broadcast-list-title")]
    rows = []
    for item in listed:
        found = item.broadcast
        when = local(found.send_at or found.created_at, zone)
        lines += [
            "",
            t("broadcast-list-item", n=found.id, when=when, text=shorten(found.text.replace("\n", " "), 60)),
            *([cohorts_line(t, item.cohorts)] if item.cohorts else []),
            t(f"broadcast-status-{found.status.value}"),
            " · ".join(figures_lines(t, item.figures)),
        ]
        if found.with_interest:
            lines.append(t("broadcast-list-interested", n=item.interested))
            rows.append(
                [button(t("broadcast-show-interested", n=found.id), buttons.BROADCAST_LIST, "i", found.id)]
            )
        if found.status in (BroadcastStatus.SCHEDULED, BroadcastStatus.SENDING):
            rows.append([button(t("broadcast-cancel", n=found.id), buttons.BROADCAST_LIST, "x", found.id)])
    return "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None


def interested_text(t: Translator, broadcast_id: int, answers: list[Answer], zone: str) -> str:
    lines = [t("broadcast-interested-title", n=broadcast_id, count=len(answers))]
    lines += [
        f"• {answer.name} ({language_name(answer.language)}) · {local(answer.at, zone)}" for answer in answers
    ]
    return "\n".join(lines)


def interested_csv(answers: list[Answer], zone: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["person_id", "name", "language", "answered_at"])
    for answer in answers:
        writer.writerow([answer.person_id, safe_cell(answer.name), answer.language, local(answer.at, zone)])
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def coach_choices(coaches: list[Person]) -> list[tuple[int, str]]:
    return [(coach.id, coach.display_name or "?") for coach in coaches]
