"""Quiet hours: when a person does not want to hear from the bot, in their own time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.models import Person


def quiet_until(person: Person, moment: datetime) -> datetime | None:
    """If `moment` falls in the person's quiet hours, the UTC time they end; else None.

    The window may wrap past midnight (21:00-08:00). Wall-clock times are combined with the
    date in the person's zone, so the end stays at 08:00 local across summer-time changes.
    """
    start, end = person.quiet_start, person.quiet_end
    if start is None or end is None or start == end:
        return None
    zone = ZoneInfo(person.timezone)
    local = moment.astimezone(zone)
    now_time = local.time().replace(tzinfo=None)
    if start < end:  # e.g. 13:00-15:00, within one day
        if start <= now_time < end:
            return _at(local.date(), end, zone)
        return None
    if now_time >= start:  # evening part: ends tomorrow morning
        return _at(local.date() + timedelta(days=1), end, zone)
    if now_time < end:  # early-morning part: ends today
        return _at(local.date(), end, zone)
    return None


def _at(day: date, wall: time, zone: ZoneInfo) -> datetime:
    # A wall time that does not exist (spring forward) is normalised by going through UTC.
    return datetime.combine(day, wall, tzinfo=zone).astimezone(UTC)
