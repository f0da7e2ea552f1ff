"""Texts about check-ins, alerts and relayed messages, shared by handlers and renderers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bot import i18n
from bot.checkin_content import HelpLine, QuestionKind, Questionnaire
from bot.i18n import LANGUAGES, Translator, directional
from bot.models import CheckinAnswer, Severity
from bot.services import triage

QUOTE_LIMIT = 1500  # of one free text inside an alert; Telegram allows 4,096 in all

SEVERITY_MARK = {Severity.NORMAL: "ℹ️", Severity.URGENT: "❗", Severity.CRISIS: "🆘"}


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    return i18n.shorten(text, limit)


def help_numbers(t: Translator, lines: Sequence[HelpLine], lead: str | None = None) -> str:
    """The 24/7 numbers: the person's own language first, German below (one block each),
    as in every crisis message; `lead` is a message that opens each block ("You are not
    alone..."). Each number in the form people in Germany know and, where there is one, in
    international form, which Telegram makes tappable."""
    translators = [t] + ([Translator(t.catalogue, "de")] if t.language != "de" else [])
    blocks = []
    for translator in translators:
        entries = ([translator(lead), ""] if lead else []) + [translator("help-numbers-intro")]
        for line in lines:
            numbers = " / ".join(_dialable(national, dial) for national, dial in line.dialable())
            entries.append(directional(f"☎️ {numbers} – {translator(line.message_id)}", translator.language))
        blocks.append("\n".join(entries))
    return "\n\n".join(blocks)


def crisis_message(t: Translator, lines: Sequence[HelpLine], *, has_coach: bool = True) -> str:
    """What a person in crisis reads first and alone, wherever the crisis showed (a check-in,
    a message, the outbox's fallback): "you are not alone" and the 24/7 numbers, her own
    language first. Without a coach of her own the team is told, and she reads so."""
    return help_numbers(t, lines, lead="help-crisis" if has_coach else "truth-help-crisis-team")


def crisis_told(t: Translator, *, has_coach: bool = True) -> str:
    """After crisis words she kept for her answer went to her coach: the numbers were shown
    when she wrote them, so one short line says who is told now and points to them; her own
    language first, German below, as in every crisis message."""
    message_id = "crisis-told" if has_coach else "crisis-told-team"
    translators = [t] + ([Translator(t.catalogue, "de")] if t.language != "de" else [])
    return "\n\n".join(translator(message_id) for translator in translators)


def _dialable(national: str, international: str) -> str:
    # Isolated, so that a right-to-left line keeps the digits in their order.
    shown = f"\u2066{national}\u2069"
    return f"{shown} (\u2066{international}\u2069)" if international else shown


def answer_lines(
    t: Translator, questionnaire: Questionnaire, answers: Mapping[str, CheckinAnswer]
) -> list[str]:
    """One line per answered question, for the coach (free text is shown separately)."""
    lines = []
    for question in questionnaire.questions:
        answer = answers.get(question.id)
        if question.kind is QuestionKind.TEXT:
            continue
        label = t(f"{question.message_id}-label")
        if answer is not None and answer.choice == "" and question.kind is QuestionKind.SEVERAL:
            value = t("ci-none")  # "done" with nothing ticked
        elif answer is None or (answer.score is None and not answer.choice):
            value = t("ci-skipped")
        elif question.kind is QuestionKind.SCALE and answer.score is not None:
            value = f"{question.emoji[answer.score - 1]} {answer.score}/5"
        elif answer.choice:
            value = ", ".join(t(question.option_id(option)) for option in answer.choice.split(","))
        else:
            value = t("ci-skipped")
        lines.append(f"• {label}: {value}")
    return lines


def reason_lines(t: Translator, reasons: Sequence[Mapping[str, Any]]) -> list[str]:
    lines = []
    for reason in reasons:
        rule = str(reason.get("rule", ""))
        detail = reason.get("detail") or {}
        if rule == "keywords":
            via = (
                "alert-why-keyword-translation" if detail.get("via") == "translation" else "alert-why-keyword"
            )
            lines.append(
                "• " + t(via, term=str(detail.get("term", "")), language=str(detail.get("language", "")))
            )
        else:
            lines.append(
                "• " + t(f"alert-why-{rule}") if f"alert-why-{rule}" in t.catalogue.ids("de") else f"• {rule}"
            )
    return lines


def guidance_lines(t: Translator, severity: int, reasons: Sequence[Mapping[str, Any]]) -> list[str]:
    """The guidance card of each category of an urgent or crisis keyword alert, for the coach:
    what it is about (in German), whom to involve, first steps, what not to do, wording, numbers."""
    lines: list[str] = []
    for card in triage.cards_for(severity, reasons):
        lines += [
            "",
            t("guidance-head", name=card.name),
            "• " + t("guidance-involve", text=card.involve),
            "• " + t("guidance-first", text=card.first),
            "• " + t("guidance-avoid", text=card.avoid),
            "• " + t("guidance-words", text=card.words),
            "• " + t("guidance-numbers", text=card.numbers),
        ]
    return lines


def free_text_block(t: Translator, answer: CheckinAnswer, untranslated: str = "") -> list[str]:
    """The original free text and its German machine translation, marked as such;
    `untranslated` says why there is none (see ui/outbox/base.untranslated_line)."""
    if not answer.text:
        return []
    language = answer.text_language or "de"
    lines = [
        t("alert-free-text", language=LANGUAGES.get(language, language)),
        "«" + shorten(answer.text) + "»",
    ]
    if answer.text_de:
        lines += [t("alert-machine-translation"), "«" + shorten(answer.text_de) + "»"]
    elif language != "de" and untranslated:
        lines.append(untranslated)
    return lines
