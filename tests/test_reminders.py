"""Reminder times as a table: weekdays, time of day, days already done, snooze."""

from __future__ import annotations

import datetime as dt

import pytest

from backtimer.core.reminders import (
    ReminderPlan,
    next_due,
    parse_time,
    snoozed,
    weekdays_mask,
)

TZ = dt.timezone(dt.timedelta(hours=1))
WED = dt.date(2026, 11, 25)
WEEKDAYS = weekdays_mask({0, 1, 2, 3, 4})


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=TZ)


@pytest.mark.parametrize(("now", "mask", "done", "expected"), [
    (at(WED, 6), WEEKDAYS, set(), at(WED, 7, 30)),  # later today
    (at(WED, 8), WEEKDAYS, set(), at(WED + dt.timedelta(1), 7, 30)),  # passed: tomorrow
    (at(WED, 7, 30), WEEKDAYS, set(), at(WED + dt.timedelta(1), 7, 30)),  # exactly now: next
    (at(WED, 6), WEEKDAYS, {WED}, at(WED + dt.timedelta(1), 7, 30)),  # done today: skip
    (at(WED + dt.timedelta(2), 8), WEEKDAYS, set(), at(WED + dt.timedelta(5), 7, 30)),  # Fri→Mon
    (at(WED, 8), weekdays_mask({6}), set(), at(WED + dt.timedelta(4), 7, 30)),  # Sundays only
    (at(WED, 8), 0, set(), None),  # no day chosen
])
def test_next_due(now, mask, done, expected):
    assert next_due(ReminderPlan(dt.time(7, 30), mask), now, done) == expected


def test_every_chosen_day_done_means_the_week_after():
    plan = ReminderPlan(dt.time(7, 30), weekdays_mask({2}))
    assert next_due(plan, at(WED, 6), {WED}) == at(WED + dt.timedelta(7), 7, 30)


def test_snooze_is_thirty_minutes():
    assert snoozed(at(WED, 7, 30)) == at(WED, 8)


@pytest.mark.parametrize(("text", "expected"), [
    ("07:30", dt.time(7, 30)), ("7:05", dt.time(7, 5)), ("24:00", None), ("7", None),
    ("", None), ("aa:bb", None),
])
def test_parse_time(text, expected):
    assert parse_time(text) == expected
