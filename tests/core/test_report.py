"""The report's figures from session facts: the period, adherence, pain and its trend, exercises."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from backtimer.core import stats
from backtimer.core.report import (
    ReportSession,
    ReportStep,
    build,
    letter_paper,
    period,
)

CET = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 20)  # a Friday; its week starts on Monday 16 November


def session(day: date, *, state="completed", before=None, after=None, hour=10, rpe=None,
            steps=(), hurt=(), offset=CET, work_s=600.0) -> ReportSession:
    started = datetime(day.year, day.month, day.day, hour, tzinfo=offset)
    fact = stats.SessionFact(started.timestamp(), int(offset.utcoffset(None).total_seconds()),
                             state == "completed", work_s, before, after)
    return ReportSession(fact, state, "quick-5", "Quick 5", rpe, tuple(steps), frozenset(hurt))


def test_the_period_is_whole_weeks_up_to_today():
    span = period(TODAY, 6)
    assert span.first == date(2026, 10, 12) and span.this_week == date(2026, 11, 16)
    assert period(TODAY, 1, week_start=6).first == date(2026, 11, 15)  # weeks from Sunday
    for bad in (0, 521, -3):
        with pytest.raises(ValueError):
            period(TODAY, bad)


@pytest.mark.parametrize(("name", "letter"), [
    ("en_US", True), ("fr_CA.UTF-8", True), ("es_MX", True), ("en_US.UTF-8@euro", True),
    ("nl_NL", False), ("en_GB", False), ("C", False), ("", False), ("de", False)])
def test_letter_paper_where_the_locale_uses_it(name, letter):
    assert letter_paper(name) is letter


def test_an_empty_period_is_empty_with_every_week_listed():
    report = build([], period(TODAY, 6), goal=3)
    assert report.empty and report.sessions == 0
    assert len(report.weeks) == 6 and report.weeks_met == 0
    assert report.weeks_counted == 5  # this week has not met the goal yet: not counted
    assert report.pain.before is None and report.pain.trend_weeks == 2
    assert report.effort.n == 0 and report.exercises == () and report.routines == ()


def test_weeks_met_counts_this_week_once_it_meets_the_goal():
    monday = date(2026, 11, 16)
    sessions = [session(monday + timedelta(days=n)) for n in range(3)]
    report = build(sessions, period(TODAY, 2), goal=3)
    assert (report.weeks_met, report.weeks_counted) == (1, 2)
    assert report.weeks_met_pct == 50.0


def test_sessions_outside_the_period_or_still_running_are_left_out():
    span = period(TODAY, 1)  # Monday 16 … Friday 20 November
    inside = session(date(2026, 11, 16), hour=0)  # 00:00 local is 23:00 UTC the day before
    before = session(date(2026, 11, 15), hour=23)
    after = session(date(2026, 11, 21))
    running = session(date(2026, 11, 17), state="running")
    report = build([inside, before, after, running], span, goal=3)
    assert report.completed == 1 and report.sessions == 1


def test_the_figures_are_the_statistics_own():
    sessions = [session(TODAY - timedelta(days=n), state="stopped" if n % 5 == 0 else
                        "completed", before=n % 7, after=max(0, n % 7 - 2), work_s=60.0 * n)
                for n in range(0, 60, 2)]
    span = period(TODAY, 6)
    report = build(sessions, span, goal=3)
    facts = [s.fact for s in sessions if span.holds(stats.local_day(s.fact))]
    assert list(report.weeks) == stats.weekly_figures(facts, first=span.first, last=TODAY)
    assert report.minutes == pytest.approx(sum(s.work_s for s in facts) / 60)
    assert report.completed + report.stopped == len(facts)


def test_pain_means_change_and_the_trend_of_the_first_two_weeks_against_the_last_two():
    span = period(TODAY, 6)
    first, last = span.first, span.this_week
    sessions = [
        session(first, before=6, after=4),
        session(first + timedelta(days=8), before=7),  # second week, before only
        session(first + timedelta(weeks=3), before=5, after=5),  # the middle: not in the trend
        session(last - timedelta(days=3), before=3, after=2),
        session(last + timedelta(days=1), after=1),
    ]
    pain = build(sessions, span, goal=3).pain
    assert (pain.before, pain.before_n) == (pytest.approx(21 / 4), 4)
    assert (pain.after, pain.after_n) == (pytest.approx(12 / 4), 4)
    assert (pain.change, pain.change_n) == (pytest.approx(-3 / 3), 3)
    assert pain.trend_weeks == 2
    assert (pain.early_before, pain.late_before) == (6.5, 3.0)
    assert (pain.early_after, pain.late_after) == (4.0, 1.5)


@pytest.mark.parametrize(("weeks", "trend"), [(1, 0), (2, 1), (3, 1), (4, 2), (520, 2)])
def test_a_short_period_compares_fewer_weeks_and_one_week_none(weeks, trend):
    assert build([], period(TODAY, weeks), goal=3).pain.trend_weeks == trend


def test_exercises_what_was_done_and_the_days_they_hurt():
    steps = (ReportStep("glute-bridge", True, 120.0, 30), ReportStep("superman", False, 30.0, 4))
    sessions = [session(date(2026, 11, 16), steps=steps, hurt={"superman"}, rpe=6),
                session(date(2026, 11, 18), steps=steps[:1], rpe=4),
                session(date(2026, 11, 19), hurt={"superman"})]
    report = build(sessions, period(TODAY, 1), goal=3)
    bridge, superman = report.exercises
    assert (bridge.exercise_id, bridge.done, bridge.skipped, bridge.reps) == \
        ("glute-bridge", 2, 0, 60)
    assert bridge.minutes == pytest.approx(4.0) and bridge.hurt_days == ()
    assert (superman.done, superman.skipped, superman.reps) == (0, 1, 4)
    assert superman.hurt_days == (date(2026, 11, 16), date(2026, 11, 19))
    assert (report.effort.mean, report.effort.n, report.effort.low, report.effort.high) == \
        (5.0, 2, 4, 6)
    (use,) = report.routines
    assert (use.routine_id, use.sessions, use.completed, use.routine) == ("quick-5", 3, 3, None)
