"""What a coach sees after writing to a participant: sent, and with which translation."""

from __future__ import annotations

from bot.i18n import Translator
from bot.mt import MachineTranslation
from bot.services.relay import Draft


def sent_text(t: Translator, draft: Draft, translation: MachineTranslation | None) -> str:
    name = draft.recipient.name or t("someone")
    if translation is not None:
        return t("relay-sent-translated", name=name) + "\n\n«" + translation.text + "»"
    if draft.source_language != draft.target_language:
        return t("relay-sent-untranslated", name=name)
    return t("relay-sent", name=name)
