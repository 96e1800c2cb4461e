"""Streaks and weekly figures from session facts: pure functions over local dates, no clock read."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple

# date(1970, 1, 1).toordinal(): lets a day be computed from epoch seconds without datetimes.
_EPOCH_ORDINAL = 719_163
_DAY_S = 86_400


class SessionFact(NamedTuple):
    """What statistics need of one session (the store produces these)."""

    started_utc_s: float  # POSIX seconds
    utc_offset_s: int  # the local offset where and when it started (travel, DST)
    completed: bool
    work_s: float = 0.0
    pain_before: int | None = None
    pain_after: int | None = None


class DayTotals(NamedTuple):
    """One local day's sessions, summed (the store can compute these in SQL)."""

    day: int  # date ordinal (date.toordinal()) of the local day
    sessions: int  # completed ones
    minutes: float  # of every session that day
    pain_before_sum: float = 0.0
    pain_before_n: int = 0
    pain_after_sum: float = 0.0
    pain_after_n: int = 0


@dataclass(frozen=True)
class Streak:
    current: int = 0
    best: int = 0


@dataclass(frozen=True)
class WeekFigures:
    start: date  # the first local day of the week
    sessions: int = 0  # completed sessions
    minutes: float = 0.0  # exercise minutes of every session, completed or not
    pain_before: float | None = None  # weekly means of the ratings given
    pain_after: float | None = None

    def met(self, goal: int) -> bool:
        return self.sessions >= goal

    def adherence_pct(self, goal: int) -> float:
        return min(100.0, 100.0 * self.sessions / goal) if goal > 0 else 0.0


@dataclass(frozen=True)
class Summary:
    daily: Streak
    weekly: Streak
    goal: int
    this_week: WeekFigures
    total_sessions: int
    total_minutes: float
    today: date
    weeks: tuple[WeekFigures, ...] = field(default=())  # first week with a session … this week
    daily_minutes: dict[date, float] = field(default_factory=dict)
    completed_days: frozenset[date] = frozenset()  # the days with a completed session

    def as_json(self) -> dict:
        """The ``--stats --json`` object of DESIGN.md (more keys may be added, these stay)."""
        return {
            "daily_streak": {"current": self.daily.current, "best": self.daily.best},
            "weekly_streak": {"current": self.weekly.current, "best": self.weekly.best,
                              "goal": self.goal},
            "this_week": {"sessions": self.this_week.sessions, "goal": self.goal,
                          "minutes": round(self.this_week.minutes, 1)},
            "total": {"sessions": self.total_sessions, "minutes": round(self.total_minutes, 1)},
        }


# --- local dates ------------------------------------------------------------------------------

def local_day(fact: SessionFact, day_start_hour: int = 0) -> date:
    """The local day a session counts for: the day it started, where it started.

    With ``day_start_hour`` = 3, a session at 00:30 still belongs to the day before.
    """
    local_s = fact.started_utc_s + fact.utc_offset_s - day_start_hour * 3600
    return date.fromordinal(_EPOCH_ORDINAL + math.floor(local_s / _DAY_S))


def today_for(now: datetime, day_start_hour: int = 0) -> date:
    """The local day it is at ``now`` (an aware or local datetime), after the day-start hour."""
    return (now - timedelta(hours=day_start_hour)).date()


def week_of(day: date, week_start: int = 0) -> date:
    """The first day of the week holding ``day``; ``week_start`` 0 = Monday … 6 = Sunday."""
    return day - timedelta(days=(day.weekday() - week_start) % 7)


# --- streaks ----------------------------------------------------------------------------------

def _runs(ordinals: Iterable[int], step: int) -> tuple[dict[int, int], int]:
    """For sorted unique ordinals: the length of the run ending at each, and the longest run."""
    run_at: dict[int, int] = {}
    best = 0
    previous = None
    run = 0
    for value in ordinals:
        run = run + 1 if previous is not None and value - previous == step else 1
        run_at[value] = run
        best = max(best, run)
        previous = value
    return run_at, best


def daily_streak(days: Iterable[date], today: date) -> Streak:
    """Consecutive days with a completed session. Today without one yet does not break it."""
    ordinals = sorted({d.toordinal() for d in days if d <= today})
    run_at, best = _runs(ordinals, 1)
    t = today.toordinal()
    current = run_at.get(t) or run_at.get(t - 1, 0)
    return Streak(current, best)


def weekly_streak(counts: dict[date, int], goal: int, this_week: date) -> Streak:
    """Consecutive weeks with at least ``goal`` completed sessions.

    ``counts`` maps a week's first day to its sessions. Days off inside a week never matter,
    and the current week, until it is over, only adds to the streak, never breaks it.
    """
    met = sorted(w.toordinal() for w, n in counts.items() if n >= goal and w <= this_week)
    run_at, best = _runs(met, 7)
    t = this_week.toordinal()
    current = run_at.get(t) or run_at.get(t - 7, 0)
    return Streak(current, best)


# --- weekly figures ---------------------------------------------------------------------------

def day_ordinal(fact: SessionFact, day_start_hour: int = 0) -> int:
    """``local_day(...).toordinal()`` without making a date (fast over many sessions)."""
    local_s = fact.started_utc_s + fact.utc_offset_s - day_start_hour * 3600
    return _EPOCH_ORDINAL + math.floor(local_s / _DAY_S)


def day_totals(facts: Iterable[SessionFact], day_start_hour: int = 0) -> list[DayTotals]:
    """Sum sessions per local day, oldest first."""
    days: dict[int, list] = {}
    for fact in facts:
        totals = days.setdefault(day_ordinal(fact, day_start_hour), [0, 0.0, 0.0, 0, 0.0, 0])
        totals[0] += fact.completed
        totals[1] += fact.work_s / 60
        if fact.pain_before is not None:
            totals[2] += fact.pain_before
            totals[3] += 1
        if fact.pain_after is not None:
            totals[4] += fact.pain_after
            totals[5] += 1
    return [DayTotals(day, *values) for day, values in sorted(days.items())]


def _week_ordinal(day: int, week_start: int) -> int:
    return day - (day - 1 - week_start) % 7  # ordinal 1 (1 January of year 1) was a Monday


def weeks_from_days(days: Iterable[DayTotals], *, week_start: int = 0,
                    first: date | None = None, last: date | None = None) -> list[WeekFigures]:
    """One entry per week from ``first`` (default: the first day's week) to ``last``
    (default: the last day's week), gaps included as empty weeks."""
    weeks: dict[int, list] = {}
    for d in days:
        totals = weeks.setdefault(_week_ordinal(d.day, week_start), [0, 0.0, 0.0, 0, 0.0, 0])
        totals[0] += d.sessions
        totals[1] += d.minutes
        totals[2] += d.pain_before_sum
        totals[3] += d.pain_before_n
        totals[4] += d.pain_after_sum
        totals[5] += d.pain_after_n
    if not weeks and (first is None or last is None):
        return []
    start = _week_ordinal(first.toordinal(), week_start) if first else min(weeks)
    end = _week_ordinal(last.toordinal(), week_start) if last else max(weeks)
    result = []
    for week in range(start, end + 1, 7):
        n, minutes, before, before_n, after, after_n = weeks.get(week, (0, 0.0, 0.0, 0, 0.0, 0))
        result.append(WeekFigures(date.fromordinal(week), n, minutes,
                                  before / before_n if before_n else None,
                                  after / after_n if after_n else None))
    return result


def weekly_figures(facts: Iterable[SessionFact], *, day_start_hour: int = 0, week_start: int = 0,
                   first: date | None = None, last: date | None = None) -> list[WeekFigures]:
    """Sessions, minutes and mean pain per week (see ``weeks_from_days``)."""
    return weeks_from_days(day_totals(facts, day_start_hour), week_start=week_start,
                           first=first, last=last)


def daily_minutes(facts: Iterable[SessionFact], *, day_start_hour: int = 0) -> dict[date, float]:
    """Exercise minutes per local day (for the calendar)."""
    return {date.fromordinal(d.day): d.minutes for d in day_totals(facts, day_start_hour)}


def adherence_pct(weeks: Sequence[WeekFigures], goal: int) -> float:
    """How well the goal was kept over ``weeks``: the mean of each week's share, capped at 100."""
    if not weeks:
        return 0.0
    return sum(w.adherence_pct(goal) for w in weeks) / len(weeks)


def summarize(facts: Sequence[SessionFact], *, today: date, goal: int = 3, week_start: int = 0,
              day_start_hour: int = 0) -> Summary:
    """Everything the ``--stats`` command and the history view's cards show."""
    return summarize_days(day_totals(facts, day_start_hour), today=today, goal=goal,
                          week_start=week_start)


def summarize_days(days: Sequence[DayTotals], *, today: date, goal: int = 3,
                   week_start: int = 0) -> Summary:
    """``summarize`` from per-day totals (``day_totals`` here, or the store's SQL)."""
    this_week = week_of(today, week_start)
    completed_days = [date.fromordinal(d.day) for d in days if d.sessions]
    last = max(today, max(completed_days, default=today),
               date.fromordinal(days[-1].day) if days else today)
    weeks = weeks_from_days(days, week_start=week_start, last=last)
    counts = {w.start: w.sessions for w in weeks}
    current = next((w for w in weeks if w.start == this_week), WeekFigures(this_week))
    return Summary(
        daily=daily_streak(completed_days, today),
        weekly=weekly_streak(counts, goal, this_week),
        goal=goal,
        this_week=current,
        total_sessions=sum(d.sessions for d in days),
        total_minutes=sum(d.minutes for d in days),
        today=today,
        weeks=tuple(weeks),
        daily_minutes={date.fromordinal(d.day): d.minutes for d in days},
        completed_days=frozenset(completed_days),
    )
