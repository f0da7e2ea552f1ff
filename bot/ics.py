"""Calendar files (.ics) for appointments, so a phone's calendar can remind too."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

DEFAULT_DURATION = timedelta(hours=1)


def appointment_ics(
    *,
    uid: str,
    title: str,
    starts_at: datetime,
    zone: ZoneInfo,
    place: str,
    description: str,
    stamp: datetime,
) -> bytes:
    """One VEVENT in the person's zone (with its VTIMEZONE), so the time stays right."""
    from icalendar import Calendar, Event  # ~70 ms to import: not at every start, when a file is made

    calendar = Calendar()
    calendar.add("prodid", "-//Begleiter//Termine//DE")
    calendar.add("version", "2.0")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    local = starts_at.astimezone(zone)
    event.add("dtstart", local)
    event.add("dtend", local + DEFAULT_DURATION)
    event.add("summary", title)
    if place:
        event.add("location", place)
    if description:
        event.add("description", description)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
