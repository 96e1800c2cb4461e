"""When the daily reminder is due next: chosen weekdays and time, snooze, and days already done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

SNOOZE_MINUTES = 30
ALL_DAYS = 0b1111111  # bit 0 = Monday … bit 6 = Sunday


def parse_time(text: str) -> dt.time | None:
    """"07:30" → 07:30; anything else → None."""
    try:
        hours, minutes = text.split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        return None


@dataclass(frozen=True)
class ReminderPlan:
    at: dt.time
    weekdays: int = ALL_DAYS  # bit mask, bit 0 = Monday

    def on(self, day: dt.date) -> bool:
        return bool(self.weekdays >> day.weekday() & 1)


def next_due(plan: ReminderPlan, now: dt.datetime, done_days: set[dt.date]) -> dt.datetime | None:
    """The first reminder time after ``now`` (local, aware) on a chosen day not already done.

    None when no weekday is chosen. A day with a session already done is skipped: the reminder
    is for the days it is still needed.
    """
    if not plan.weekdays & ALL_DAYS:
        return None
    for offset in range(8):
        day = now.date() + dt.timedelta(days=offset)
        if not plan.on(day) or day in done_days:
            continue
        due = dt.datetime.combine(day, plan.at, tzinfo=now.tzinfo)
        if due > now:
            return due
    return None


def snoozed(now: dt.datetime, minutes: int = SNOOZE_MINUTES) -> dt.datetime:
    return now + dt.timedelta(minutes=minutes)


def weekdays_mask(days: set[int]) -> int:
    return sum(1 << day for day in days if 0 <= day <= 6)


def days_to_skip(done_days: set[dt.date], at: dt.time, day_start_hour: int = 0) -> set[dt.date]:
    """The calendar days whose reminder at ``at`` falls on a day already done.

    ``done_days`` are days as the statistics count them: with a day that starts at 03:00, a
    01:00 reminder on Tuesday belongs to Monday, so Monday done means no reminder on Tuesday.
    """
    shift = dt.timedelta(days=1 if at.hour < day_start_hour else 0)
    return {day + shift for day in done_days}
