"""Reminder times as a table: weekdays, time of day, days already done, snooze."""

from __future__ import annotations

import datetime as dt

import pytest

from backtimer.core.preferences import OPTIONS_BY_KEY
from backtimer.core.reminders import (
    ReminderPlan,
    days_to_skip,
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


def test_a_reminder_before_the_day_starts_belongs_to_the_day_before():
    monday, tuesday = dt.date(2026, 11, 23), dt.date(2026, 11, 24)
    assert days_to_skip({monday}, dt.time(1, 0), day_start_hour=3) == {tuesday}
    assert days_to_skip({monday}, dt.time(7, 30), day_start_hour=3) == {monday}
    assert days_to_skip({monday}, dt.time(0, 0), day_start_hour=0) == {monday}
    plan = ReminderPlan(dt.time(1, 0))
    # Monday's workout at 23:00 counts for Monday; Tuesday 01:00 is still Monday: no reminder.
    assert next_due(plan, at(monday, 23), days_to_skip({monday}, plan.at, 3)) == at(
        dt.date(2026, 11, 25), 1)


@pytest.mark.parametrize(("value", "ok"), [
    ("07:30", True), ("00:00", True), ("23:59", True), ("7:30", False), ("24:00", False),
    ("07:60", False), ("07:30 ", False), ("07.30", False), ("", False), (730, False),
    ("٠٧:٣٠", False),  # Arabic-Indic digits pass int() but are not what the page writes
])
def test_the_reminder_time_setting_takes_only_hh_mm(value, ok):
    assert (OPTIONS_BY_KEY["reminder_time"].check(value) is None) is ok


@pytest.mark.parametrize(("value", "ok"), [(0, True), (127, True), (128, False), (-1, False),
                                           (True, False), ("127", False)])
def test_the_weekday_setting_is_a_seven_bit_mask(value, ok):
    assert (OPTIONS_BY_KEY["reminder_weekdays"].check(value) is None) is ok
