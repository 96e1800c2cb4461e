"""What a report for a physiotherapist says: adherence, pain, exercises and levels over a period.

Pure functions over session facts (no clock read, no Qt). The weekly figures come from
``stats`` — the same code as the history view and ``--stats`` — so they never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from backtimer.core import stats
from backtimer.core.progression import Plan, Reason, top_level
from backtimer.core.routine import Routine

DEFAULT_WEEKS = 6
MAX_WEEKS = 520  # ten years
TREND_WEEKS = 2  # the trend sets the first two weeks against the last two
_EPOCH = date(1970, 1, 1)


# Where Letter paper is the custom rather than A4 (territory part of a locale name like en_US).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "PA",
                                "PR", "DO", "NI", "BZ"})


def letter_paper(locale_name: str) -> bool:
    """Whether a locale ("en_US", "fr_CA.UTF-8", "nl_NL") prints on Letter rather than A4."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    parts = base.split("_")
    return len(parts) > 1 and parts[-1].upper() in LETTER_TERRITORIES


class ReportStep(NamedTuple):
    """One step a session recorded."""

    exercise_id: str
    completed: bool
    work_s: float = 0.0
    reps: int = 0  # every rep of every set


class ReportSession(NamedTuple):
    """What the report needs of one finished session (the store makes these)."""

    fact: stats.SessionFact
    state: str  # "completed", "stopped" or "interrupted"
    routine_id: str
    routine_name: str = ""  # as it was recorded
    rpe: int | None = None  # effort 1–10
    steps: tuple[ReportStep, ...] = ()
    hurt_exercises: frozenset[str] = frozenset()  # exercises marked "this hurt"


@dataclass(frozen=True)
class Period:
    """The last ``weeks`` weeks up to ``today``: whole weeks, the current one included."""

    first: date  # the first day of the first week
    today: date
    weeks: int
    this_week: date  # the first day of the current week

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.today


def period(today: date, weeks: int, week_start: int = 0) -> Period:
    if not 1 <= weeks <= MAX_WEEKS:
        raise ValueError(f"weeks must be from 1 to {MAX_WEEKS}")
    this_week = stats.week_of(today, week_start)
    return Period(this_week - timedelta(weeks=weeks - 1), today, weeks, this_week)


@dataclass(frozen=True)
class PainFigures:
    """Self-rated pain 0–10 over the period."""

    before: float | None = None  # mean of every rating before a session
    before_n: int = 0
    after: float | None = None
    after_n: int = 0
    change: float | None = None  # mean of (after − before) over sessions rated both times
    change_n: int = 0
    trend_weeks: int = 0  # weeks at each end of the trend (0: the period is too short)
    early_before: float | None = None  # mean before in the first trend weeks
    late_before: float | None = None  # … in the last ones
    early_after: float | None = None
    late_after: float | None = None


class PainPoint(NamedTuple):
    """One session's ratings, placed in days since the period's first day (time of day too)."""

    days: float
    before: int | None
    after: int | None


@dataclass(frozen=True)
class EffortFigures:
    mean: float | None = None
    n: int = 0
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class ExerciseFigures:
    """What was done of one exercise, and the days it was marked "this hurt"."""

    exercise_id: str
    done: int = 0  # steps completed
    skipped: int = 0  # steps left unfinished
    reps: int = 0
    minutes: float = 0.0
    hurt_days: tuple[date, ...] = ()


@dataclass(frozen=True)
class StepLevels:
    step_index: int
    exercise_id: str
    start: int  # level when the period began (or when progression was turned on in it)
    end: int  # level this week
    top: int
    step_backs: tuple[tuple[date, Reason], ...] = ()  # decided weeks that stepped it back


@dataclass(frozen=True)
class RoutineUse:
    """A routine done in the period, with how it is prescribed now."""

    routine_id: str
    name: str  # as last recorded (the renderer prefers the routine's own name in its language)
    completed: int
    sessions: int  # completed, stopped and interrupted
    routine: Routine | None = None  # as written; None when it is no longer in the library
    levels: tuple[int, ...] | None = None  # this week's progression levels (None: off)
    level_history: tuple[StepLevels, ...] = ()
    progression_since: date | None = None


@dataclass(frozen=True)
class Report:
    period: Period
    goal: int
    weeks: tuple[stats.WeekFigures, ...]  # one per week of the period, oldest first
    completed: int = 0
    stopped: int = 0
    interrupted: int = 0
    minutes: float = 0.0
    weeks_met: int = 0
    weeks_counted: int = 0  # the period's weeks, less this week while it has not met the goal
    pain: PainFigures = field(default_factory=PainFigures)
    pain_points: tuple[PainPoint, ...] = ()
    effort: EffortFigures = field(default_factory=EffortFigures)
    exercises: tuple[ExerciseFigures, ...] = ()
    routines: tuple[RoutineUse, ...] = ()

    @property
    def sessions(self) -> int:
        return self.completed + self.stopped + self.interrupted

    @property
    def empty(self) -> bool:
        return self.sessions == 0

    @property
    def weeks_met_pct(self) -> float:
        return 100.0 * self.weeks_met / self.weeks_counted if self.weeks_counted else 0.0


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _pain(sessions: Sequence[ReportSession], days: Sequence[stats.DayTotals], span: Period,
          day_start_hour: int) -> PainFigures:
    before_sum = sum(d.pain_before_sum for d in days)
    before_n = sum(d.pain_before_n for d in days)
    after_sum = sum(d.pain_after_sum for d in days)
    after_n = sum(d.pain_after_n for d in days)
    changes = [s.fact.pain_after - s.fact.pain_before for s in sessions
               if s.fact.pain_before is not None and s.fact.pain_after is not None]
    k = TREND_WEEKS if span.weeks >= 2 * TREND_WEEKS else span.weeks // 2
    early: dict[str, list[int]] = {"before": [], "after": []}
    late: dict[str, list[int]] = {"before": [], "after": []}
    if k:
        early_end = span.first + timedelta(weeks=k)
        late_start = span.this_week - timedelta(weeks=k - 1)
        for s in sessions:
            day = stats.local_day(s.fact, day_start_hour)
            for ends, when in ((early, day < early_end), (late, day >= late_start)):
                if not when:
                    continue
                if s.fact.pain_before is not None:
                    ends["before"].append(s.fact.pain_before)
                if s.fact.pain_after is not None:
                    ends["after"].append(s.fact.pain_after)
    return PainFigures(
        before_sum / before_n if before_n else None, before_n,
        after_sum / after_n if after_n else None, after_n,
        _mean(changes), len(changes), k,
        _mean(early["before"]), _mean(late["before"]), _mean(early["after"]),
        _mean(late["after"]))


def _exercises(sessions: Sequence[ReportSession], day_start_hour: int) -> list[ExerciseFigures]:
    totals: dict[str, list] = {}
    for s in sessions:
        for step in s.steps:
            row = totals.setdefault(step.exercise_id, [0, 0, 0, 0.0, set()])
            row[0 if step.completed else 1] += 1
            row[2] += step.reps
            row[3] += step.work_s / 60
        for exercise in s.hurt_exercises:
            row = totals.setdefault(exercise, [0, 0, 0, 0.0, set()])
            row[4].add(stats.local_day(s.fact, day_start_hour))
    figures = [ExerciseFigures(ex, done, skipped, reps, minutes, tuple(sorted(hurt)))
               for ex, (done, skipped, reps, minutes, hurt) in totals.items()]
    # Most done first; the order they were first seen breaks ties (dicts keep it).
    return sorted(figures, key=lambda f: -f.done)


def step_levels(plan: Plan, span: Period) -> tuple[StepLevels, ...]:
    """Each step's level at the start of the period and now, and its step-backs after pain."""
    by_week = plan.levels_by_week()  # (week, levels it ran at), the current week last
    start = by_week[0][1]
    for week, levels in by_week:
        if week <= span.first:
            start = levels
    result = []
    for index, step in enumerate(plan.routine.steps):
        backs = tuple((c.week_start, c.reason) for c in plan.progress.changes
                      if c.step_index == index and c.week_start >= span.first
                      and c.reason in (Reason.PAIN_ROSE, Reason.HURT))
        result.append(StepLevels(index, step.exercise, start[index], plan.levels[index],
                                 top_level(step), backs))
    return tuple(result)


def build(sessions: Sequence[ReportSession], span: Period, *, goal: int, week_start: int = 0,
          day_start_hour: int = 0, routines: dict[str, Routine] | None = None,
          plans: dict[str, Plan] | None = None) -> Report:
    """The report of ``sessions`` (any; those outside ``span`` are left out).

    ``routines``: the library's routines by id (for their prescription now); ``plans``: this
    week's progression plan of each routine that has it on."""
    routines = routines or {}
    plans = plans or {}
    inside = sorted((s for s in sessions if s.state != "running"
                     and span.holds(stats.local_day(s.fact, day_start_hour))),
                    key=lambda s: s.fact.started_utc_s)
    days = stats.day_totals([s.fact for s in inside], day_start_hour)
    weeks = stats.weeks_from_days(days, week_start=week_start, first=span.first,
                                  last=span.today)
    met = sum(1 for w in weeks if w.met(goal))
    current_met = bool(weeks) and weeks[-1].met(goal)
    # This week, until it is over, counts only once it meets the goal (as in the streak).
    counted = len(weeks) - (0 if current_met else 1)
    first_s = (span.first - _EPOCH).days * 86_400
    points = tuple(PainPoint((s.fact.started_utc_s + s.fact.utc_offset_s
                              - day_start_hour * 3600 - first_s) / 86_400,
                             s.fact.pain_before, s.fact.pain_after)
                   for s in inside
                   if s.fact.pain_before is not None or s.fact.pain_after is not None)
    efforts = [s.rpe for s in inside if s.rpe is not None]
    uses: dict[str, list] = {}
    for s in inside:
        use = uses.setdefault(s.routine_id, [s.routine_name, 0, 0])
        use[0] = s.routine_name or use[0]
        use[1] += s.state == "completed"
        use[2] += 1
    routine_uses = []
    for routine_id, (name, completed, count) in sorted(uses.items(), key=lambda u: -u[1][2]):
        found = plans.get(routine_id)
        routine_uses.append(RoutineUse(
            routine_id, name or routine_id, completed, count, routines.get(routine_id),
            found.levels if found else None, step_levels(found, span) if found else (),
            found.weeks[0].week_start if found and found.weeks else
            (found.this_week if found else None)))
    return Report(
        period=span, goal=goal, weeks=tuple(weeks),
        completed=sum(1 for s in inside if s.state == "completed"),
        stopped=sum(1 for s in inside if s.state == "stopped"),
        interrupted=sum(1 for s in inside if s.state == "interrupted"),
        minutes=sum(w.minutes for w in weeks),
        weeks_met=met, weeks_counted=counted,
        pain=_pain(inside, days, span, day_start_hour),
        pain_points=points,
        effort=EffortFigures(_mean(efforts), len(efforts), min(efforts, default=None),
                             max(efforts, default=None)),
        exercises=tuple(_exercises(inside, day_start_hour)),
        routines=tuple(routine_uses))
