"""Streaks and weekly figures against hand-written tables of dates (DST, 00:30, travel, gaps)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backtimer.core import stats
from backtimer.core.stats import SessionFact, Streak

AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")


def fact(local: str, zone: ZoneInfo = AMS, *, completed: bool = True, minutes: float = 10,
         before: int | None = None, after: int | None = None, fold: int = 0) -> SessionFact:
    """A session that started at the local wall time ``local`` in ``zone``."""
    moment = datetime.fromisoformat(local).replace(tzinfo=zone, fold=fold)
    return SessionFact(moment.timestamp(), int(moment.utcoffset().total_seconds()), completed,
                       minutes * 60, before, after)


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- local days -------------------------------------------------------------------------------

@pytest.mark.parametrize(("local", "zone", "day_start", "expected"), [
    ("2026-11-20T07:30", AMS, 0, "2026-11-20"),
    ("2026-11-20T00:30", AMS, 0, "2026-11-20"),
    ("2026-11-20T00:30", AMS, 1, "2026-11-19"),  # a 00:30 session counts for yesterday
    ("2026-11-20T01:00", AMS, 1, "2026-11-20"),  # exactly at the day start: today
    ("2026-11-20T23:59", AMS, 3, "2026-11-20"),
    # DST starts 2026-03-29 02:00 → 03:00: the offset changes, the local day does not.
    ("2026-03-28T23:30", AMS, 0, "2026-03-28"),
    ("2026-03-29T00:30", AMS, 0, "2026-03-29"),
    ("2026-03-29T03:30", AMS, 0, "2026-03-29"),
    ("2026-03-29T23:30", AMS, 0, "2026-03-29"),  # UTC is already 21:30 the same day
    ("2026-03-30T00:30", AMS, 0, "2026-03-30"),  # UTC 22:30 the day before
    # DST ends 2026-10-25 03:00 → 02:00; 02:30 happens twice.
    ("2026-10-25T02:30", AMS, 0, "2026-10-25"),
    ("2026-10-26T00:15", AMS, 0, "2026-10-26"),
    # Travel: 22:00 in New York is 04:00 the next day in Amsterdam; it stays where it was.
    ("2026-06-01T22:00", NYC, 0, "2026-06-01"),
    ("2026-06-02T00:30", NYC, 1, "2026-06-01"),
])
def test_local_day(local, zone, day_start, expected):
    assert stats.local_day(fact(local, zone), day_start) == d(expected)


def test_local_day_in_the_repeated_hour_of_autumn():
    first = fact("2026-10-25T02:30", fold=0)
    second = fact("2026-10-25T02:30", fold=1)
    assert second.started_utc_s - first.started_utc_s == 3600
    assert stats.local_day(first) == stats.local_day(second) == d("2026-10-25")


@pytest.mark.parametrize(("now", "day_start", "expected"), [
    ("2026-11-20T00:30+01:00", 0, "2026-11-20"),
    ("2026-11-20T00:30+01:00", 1, "2026-11-19"),
    ("2026-11-20T05:59+01:00", 6, "2026-11-19"),
    ("2026-11-20T06:00+01:00", 6, "2026-11-20"),
])
def test_today_for(now, day_start, expected):
    assert stats.today_for(datetime.fromisoformat(now), day_start) == d(expected)


@pytest.mark.parametrize(("day", "week_start", "expected"), [
    ("2026-11-16", 0, "2026-11-16"),  # Monday, weeks from Monday
    ("2026-11-22", 0, "2026-11-16"),  # Sunday belongs to the week of the Monday before
    ("2026-11-22", 6, "2026-11-22"),  # weeks from Sunday
    ("2026-11-21", 6, "2026-11-15"),
    ("2026-11-20", 4, "2026-11-20"),  # from Friday
    ("2026-11-19", 4, "2026-11-13"),
])
def test_week_of(day, week_start, expected):
    assert stats.week_of(d(day), week_start) == d(expected)


# --- daily streak -----------------------------------------------------------------------------

TODAY = d("2026-11-20")  # a Friday


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


@pytest.mark.parametrize(("days", "expected"), [
    ([], Streak(0, 0)),
    (days_back(0), Streak(1, 1)),
    (days_back(1), Streak(1, 1)),  # today has no session yet: yesterday's still stands
    (days_back(2), Streak(0, 1)),  # a whole day missed: broken
    (days_back(0, 1, 2), Streak(3, 3)),
    (days_back(1, 2, 3, 4), Streak(4, 4)),
    (days_back(0, 1, 3, 4, 5, 6), Streak(2, 4)),
    (days_back(0, 0, 1), Streak(2, 2)),  # two sessions one day count once
    (days_back(-1, 0), Streak(1, 1)),  # a day in the future (clock set wrong) is ignored
    (days_back(*range(10, 40)), Streak(0, 30)),
])
def test_daily_streak(days, expected):
    assert stats.daily_streak(days, TODAY) == expected


def test_daily_streak_across_the_spring_dst_night():
    facts = [fact("2026-03-28T23:30"), fact("2026-03-29T00:30"), fact("2026-03-30T00:30"),
             fact("2026-03-31T07:00")]
    days = [stats.local_day(f) for f in facts]
    assert stats.daily_streak(days, d("2026-03-31")) == Streak(4, 4)


def test_day_start_hour_keeps_a_late_night_streak():
    # 23:50 Monday, then 00:30 Wednesday counts for Tuesday when the day starts at 1:00.
    facts = [fact("2026-11-16T23:50"), fact("2026-11-18T00:30"), fact("2026-11-18T20:00")]
    with_midnight = [stats.local_day(f, 0) for f in facts]
    with_one = [stats.local_day(f, 1) for f in facts]
    assert stats.daily_streak(with_midnight, d("2026-11-18")) == Streak(1, 1)
    assert stats.daily_streak(with_one, d("2026-11-18")) == Streak(3, 3)


# --- weekly-goal streak -----------------------------------------------------------------------

THIS_WEEK = d("2026-11-16")


def weeks_back(**counts: int) -> dict[date, int]:
    """weeks_back(w0=1, w1=3) → {this week: 1, last week: 3}."""
    return {THIS_WEEK - timedelta(weeks=int(key[1:])): n for key, n in counts.items()}


@pytest.mark.parametrize(("counts", "goal", "expected"), [
    ({}, 3, Streak(0, 0)),
    (weeks_back(w1=3), 3, Streak(1, 1)),  # exactly the goal meets it
    (weeks_back(w1=2), 3, Streak(0, 0)),  # one short does not
    (weeks_back(w0=0, w1=3, w2=4), 3, Streak(2, 2)),  # this week, still open, never breaks it
    (weeks_back(w0=3, w1=3, w2=4), 3, Streak(3, 3)),  # met this week already: counts
    (weeks_back(w1=3, w2=0, w3=3, w4=3), 3, Streak(1, 2)),  # a gap week breaks it
    (weeks_back(w1=3, w3=3, w4=3, w5=3), 3, Streak(1, 3)),  # a missing week is a gap too
    (weeks_back(w2=5, w3=5), 3, Streak(0, 2)),  # last week missed: broken
    (weeks_back(w0=1, w1=1, w2=1), 1, Streak(3, 3)),
    (weeks_back(w1=13), 14, Streak(0, 0)),
])
def test_weekly_streak(counts, goal, expected):
    assert stats.weekly_streak(counts, goal, THIS_WEEK) == expected


def test_days_off_inside_a_week_do_not_matter():
    # Monday, Monday and Sunday of one week, nothing else: goal 3 met.
    facts = [fact("2026-11-09T07:00"), fact("2026-11-09T19:00"), fact("2026-11-15T21:00")]
    summary = stats.summarize(facts, today=d("2026-11-17"), goal=3)
    assert summary.weekly == Streak(1, 1)
    assert summary.daily == Streak(0, 1)


def test_week_holding_the_dst_change_counts_whole():
    # The week of Monday 2026-03-23 has only 167 hours; its Sunday 23:30 (CEST) is still in it.
    facts = [fact("2026-03-23T08:00"), fact("2026-03-27T08:00"), fact("2026-03-29T23:30"),
             fact("2026-03-30T00:30")]  # the next week
    weeks = stats.weekly_figures(facts)
    assert [(w.start, w.sessions) for w in weeks] == [(d("2026-03-23"), 3), (d("2026-03-30"), 1)]
    summary = stats.summarize(facts, today=d("2026-03-30"), goal=3)
    assert summary.weekly == Streak(1, 1)
    assert summary.this_week.sessions == 1


def test_sunday_week_start_and_day_start_hour_move_a_session_to_the_week_before():
    # Sunday 2026-11-22 00:30 with the day starting at 1:00 counts for Saturday the 21st.
    facts = [fact("2026-11-22T00:30")]
    assert stats.weekly_figures(facts, week_start=6)[0].start == d("2026-11-22")
    assert stats.weekly_figures(facts, week_start=6, day_start_hour=1)[0].start == d("2026-11-15")


def test_travel_does_not_move_past_weeks():
    # Sunday night in New York is Monday morning in Amsterdam: it stays on Sunday.
    facts = [fact("2026-11-15T22:00", NYC)]
    assert stats.weekly_figures(facts)[0].start == d("2026-11-09")


# --- weekly figures, adherence, pain ------------------------------------------------------------

def test_weekly_figures_fill_gaps_and_average_pain():
    facts = [
        fact("2026-11-02T07:00", minutes=12, before=6, after=4),
        fact("2026-11-04T07:00", minutes=8, before=4, after=None),
        fact("2026-11-05T07:00", completed=False, minutes=3),  # stopped early: minutes count
        fact("2026-11-18T07:00", minutes=15, before=3, after=2),
    ]
    weeks = stats.weekly_figures(facts)
    assert [w.start for w in weeks] == [d("2026-11-02"), d("2026-11-09"), d("2026-11-16")]
    first, gap, last = weeks
    assert (first.sessions, first.minutes) == (2, pytest.approx(23))
    assert (first.pain_before, first.pain_after) == (5, 4)
    assert (gap.sessions, gap.minutes, gap.pain_before, gap.pain_after) == (0, 0, None, None)
    assert (last.sessions, last.pain_before, last.pain_after) == (1, 3, 2)
    assert stats.adherence_pct(weeks, 3) == pytest.approx((200 / 3 + 0 + 100 / 3) / 3)
    assert stats.adherence_pct(weeks, 1) == pytest.approx(200 / 3)
    assert stats.adherence_pct([], 3) == 0


def test_weekly_figures_with_explicit_range():
    weeks = stats.weekly_figures([], first=d("2026-11-04"), last=d("2026-11-20"))
    assert [w.start for w in weeks] == [d("2026-11-02"), d("2026-11-09"), d("2026-11-16")]
    assert stats.weekly_figures([]) == []


def test_daily_minutes():
    facts = [fact("2026-11-02T07:00", minutes=12), fact("2026-11-02T20:00", minutes=3),
             fact("2026-11-03T00:30", minutes=5)]
    assert stats.daily_minutes(facts) == {d("2026-11-02"): 15, d("2026-11-03"): 5}
    assert stats.daily_minutes(facts, day_start_hour=1) == {d("2026-11-02"): 20}


# --- the summary behind --stats ---------------------------------------------------------------

def test_summary_empty_matches_the_design_contract():
    summary = stats.summarize([], today=TODAY, goal=3)
    assert summary.as_json() == {
        "daily_streak": {"current": 0, "best": 0},
        "weekly_streak": {"current": 0, "best": 0, "goal": 3},
        "this_week": {"sessions": 0, "goal": 3, "minutes": 0.0},
        "total": {"sessions": 0, "minutes": 0.0},
    }


def test_summary_of_a_few_weeks():
    facts = [
        # two weeks ago: 3 (goal met), last week: 3 (met), this week (from Mon 16th): 2 so far
        fact("2026-11-02T07:00"), fact("2026-11-04T07:00"), fact("2026-11-06T07:00"),
        fact("2026-11-09T07:00"), fact("2026-11-11T07:00"), fact("2026-11-13T07:00"),
        fact("2026-11-18T07:00", minutes=7.5), fact("2026-11-19T07:00", minutes=5),
        fact("2026-11-19T12:00", completed=False, minutes=2),
    ]
    summary = stats.summarize(facts, today=TODAY, goal=3)
    assert summary.as_json() == {
        "daily_streak": {"current": 2, "best": 2},
        "weekly_streak": {"current": 2, "best": 2, "goal": 3},
        "this_week": {"sessions": 2, "goal": 3, "minutes": 14.5},
        "total": {"sessions": 8, "minutes": 74.5},
    }
    assert len(summary.weeks) == 3


def test_summary_when_the_last_session_is_long_ago():
    summary = stats.summarize([fact("2024-01-03T07:00")], today=TODAY, goal=1)
    assert summary.daily == Streak(0, 1)
    assert summary.weekly == Streak(0, 1)
    assert summary.this_week.sessions == 0
    assert summary.weeks[-1].start == THIS_WEEK
