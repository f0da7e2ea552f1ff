"""Telegram adapters: every handler is registered here, in one place."""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.deps import DEPS_KEY, Deps
from handlers import (
    alerts,
    appointments,
    broadcasts,
    checkins,
    coach,
    cohorts,
    contacts,
    duty,
    errors,
    fallback,
    help,
    invites,
    mentors,
    menu,
    practice,
    privacy,
    relay,
    settings,
    start,
    talk,
)
from handlers.menu import publish_defaults as publish_menu
from handlers.turn import button_router
from ui import buttons
from ui import menu as menu_view

__all__ = ["publish_menu", "register"]

PRIVATE_MESSAGES = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


def register(application: Application) -> None:  # type: ignore[type-arg]
    commands = {
        "start": start.cmd_start,
        "help": fallback.cmd_help,
        "cancel": fallback.cmd_cancel,
        "language": settings.cmd_language,
        "settings": settings.cmd_settings,
        "privacy": privacy.cmd_privacy,
        "export": privacy.cmd_export,
        "delete": privacy.cmd_delete,
        "invite": invites.cmd_invite,
        "appointment": appointments.cmd_appointment,
        "appointments": appointments.cmd_appointments,
        "participants": coach.cmd_participants,
        "practice": practice.cmd_practice,
        "pause": practice.cmd_pause,
        "resume": practice.cmd_resume,
        "level": practice.cmd_level,
        "topics": practice.cmd_topics,
        "progress": practice.cmd_progress,
        "checkin": checkins.cmd_checkin,
        "sos": help.cmd_sos,
        "message": talk.cmd_message,
        "duty": duty.cmd_duty,
        "alerts": alerts.cmd_alerts,
        "broadcast": broadcasts.cmd_broadcast,
        "broadcasts": broadcasts.cmd_broadcasts,
        "contacts": contacts.cmd_contacts,
        "cohorts": cohorts.cmd_cohorts,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE_MESSAGES))

    application.add_handler(
        CallbackQueryHandler(
            button_router(
                {
                    buttons.LANGUAGE: start.cb_language,
                    buttons.CONSENT: start.cb_consent,
                    buttons.PRIVACY_MORE: privacy.cb_more,
                    buttons.QUIET: start.cb_quiet_hours,
                    buttons.PRACTICE: start.cb_practice_time,
                    buttons.SETTINGS: settings.cb_settings,
                    buttons.DELETE: privacy.cb_delete,
                    buttons.INVITE_ROLE: invites.cb_role,
                    buttons.INVITE_COHORT: invites.cb_cohort,
                    buttons.INVITE_COACH: invites.cb_coach,
                    buttons.INVITE_REVOKE: invites.cb_revoke,
                    buttons.APPOINTMENT_ANSWER: appointments.cb_answer,
                    buttons.APPOINTMENT_REASON_SKIP: appointments.cb_reason_skip,
                    buttons.APPOINTMENT_NEW: appointments.cb_new,
                    buttons.APPOINTMENT_MANAGE: appointments.cb_manage,
                    buttons.PRACTICE_PROMPT: practice.cb_prompt,
                    buttons.PRACTICE_CHOICE: practice.cb_choice,
                    buttons.PRACTICE_CARD: practice.cb_card,
                    buttons.PRACTICE_GLOSS: practice.cb_gloss,
                    buttons.PRACTICE_HINT: practice.cb_hint,
                    buttons.PRACTICE_SKIP: practice.cb_skip,
                    buttons.PRACTICE_TO_COACH: practice.cb_to_coach,
                    buttons.PRACTICE_LEVEL: practice.cb_level,
                    buttons.PRACTICE_TOPIC: practice.cb_topic,
                    buttons.CASELOAD_PAGE: coach.cb_page,
                    buttons.CASELOAD_CARD: coach.cb_card,
                    buttons.CASELOAD_NOTE: coach.cb_note,
                    buttons.CHECKIN: checkins.cb_checkin,
                    buttons.HELP: help.cb_help,
                    buttons.ALERT_ACK: alerts.cb_alert_ack,
                    buttons.RELAY_START: relay.cb_relay_start,
                    buttons.RELAY_ANSWER: relay.cb_relay_answer,
                    buttons.DUTY: duty.cb_duty,
                    buttons.TALK: talk.cb_talk,
                    buttons.BROADCAST: broadcasts.cb_step,
                    buttons.BROADCAST_LIST: broadcasts.cb_list,
                    buttons.BROADCAST_INTEREST: broadcasts.cb_interest,
                    buttons.CONTACTS: contacts.cb_topic,
                    buttons.COHORTS: cohorts.cb_cohorts,
                    buttons.REASSIGN: cohorts.cb_reassign,
                    buttons.MENTOR_WRITE: mentors.cb_write,
                    buttons.MENTOR_LINK: mentors.cb_link,
                }
            )
        )
    )

    # Order matters: known commands above, then any other command, then the labels of the
    # reply keyboard (they arrive as text), then plain text, then everything else a person
    # can send (stickers, photos, voice notes...).
    application.add_handler(MessageHandler(PRIVATE_MESSAGES & filters.COMMAND, fallback.on_unknown_command))
    deps: Deps = application.bot_data[DEPS_KEY]
    labels = filters.Text(list(menu_view.labels(deps.catalogue)))
    application.add_handler(MessageHandler(PRIVATE_MESSAGES & labels, menu.on_label))
    application.add_handler(MessageHandler(PRIVATE_MESSAGES & filters.TEXT, fallback.on_text))
    application.add_handler(MessageHandler(PRIVATE_MESSAGES, fallback.on_other_message))
    application.add_error_handler(errors.on_error)
