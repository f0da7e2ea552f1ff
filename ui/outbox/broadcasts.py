"""Outbox renderer of a staff broadcast: the German text, then hers (marked when a machine made it,
or a note in her language where no model exists), the contact person, "Ich habe Interesse"; a
photo or a PDF staff attached comes first, with the text as its caption where it fits."""

from __future__ import annotations

from bot.i18n import directional
from bot.models import Broadcast, BroadcastStatus, TextSource
from bot.services import broadcasts
from ui.broadcasts import interest_keyboard
from ui.outbox.base import Outgoing, RenderContext, translator


async def broadcast_message(context: RenderContext) -> Outgoing | None:
    found = await context.session.get(Broadcast, context.row.payload.get("broadcast_id"))
    if found is None or found.status in (BroadcastStatus.CANCELLED, BroadcastStatus.DRAFT):
        return None
    t = translator(context)
    lines = [t.de("broadcast-header"), "", found.text]
    language = context.recipient.language or broadcasts.SOURCE
    if language != broadcasts.SOURCE:
        own = await broadcasts.text_for(context.session, found.id, language)
        lines.append("")
        if own is not None and own.text:
            if own.source is TextSource.MACHINE:
                lines.append(t("broadcast-machine-translation"))
            lines.append(directional(own.text, language))
        else:  # no model for her language, or she changed it after the preview
            lines.append(t("broadcast-no-translation"))
    if found.contact_name:
        lines += ["", t.inline("broadcast-contact", name=found.contact_name)]
    markup = interest_keyboard(t, found.id, interested=False) if found.with_interest else None
    attachment = None
    if found.attachment_kind is not None and found.attachment_file_id:
        attachment = (found.attachment_kind.value, found.attachment_file_id)
    return Outgoing(text="\n".join(lines), markup=markup, attachment=attachment)
