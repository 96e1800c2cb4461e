"""Progressive loading: each step's level, derived week by week from the history by fixed rules."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from backtimer.core.routine import BOUNDS, Routine, Step, Tempo
from backtimer.core.stats import SessionFact, local_day, week_of

# Pain after sessions rising by this many points (week mean on week mean) steps back.
PAIN_RISE_STEP_BACK = 2.0
MAX_LEVEL = 20

# Ceilings from the seed article: superman holds 3–5 s, child's pose 30–60 s, bridges 10–15
# reps. Where the article gives no number, a conservative ceiling.
HOLD_CEILING_S = {
    "childs-pose": 60, "knee-to-chest": 60, "side-stretch": 45, "foam-roller": 120,
    "massage-ball": 90, "walking": 1200,
}
HOLD_INCREMENT_S = {"walking": 60, "foam-roller": 15, "massage-ball": 15}
TEMPO_HOLD_CEILING_S = {"superman": 5.0, "glute-bridge": 4.0}
REPS_CEILING = 15
# The superman (arms and legs lifted face down) loads the lower back more than anything else
# here. The article gives its hold (3–5 s) but no count; for a sore back it stops at 10 reps a
# set, so 3 sets are at most 30 holds of 5 s, instead of 45 (bridges keep the article's 15).
REPS_CEILING_BY_EXERCISE = {"superman": 10}


class Reason(enum.Enum):
    GOAL_MET = "goal_met"  # the week met the goal and pain did not rise: one level up
    PAIN_ROSE = "pain_rose"  # pain after sessions rose by 2 or more: one level down
    HURT = "hurt"  # the step's exercise was marked "this hurt": that step one level down
    CEILING = "ceiling"  # would go up, but the step is at its top level already


@dataclass(frozen=True)
class WeekSummary:
    """What one week of one routine's history says, as progression needs it."""

    week_start: dt.date
    sessions: int  # completed sessions of this routine in the week
    pain_after: float | None = None  # mean pain after those sessions, 0–10
    # Exercises (ids) marked "this hurt" that week. By exercise, not by step: the routine may
    # have been reordered since, and a mark by position would step back another exercise.
    hurt_exercises: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Change:
    week_start: dt.date
    step_index: int
    old_level: int
    new_level: int
    reason: Reason


@dataclass(frozen=True)
class Progress:
    levels: tuple[int, ...]
    changes: tuple[Change, ...]  # every change since the start, oldest first

    def changes_in(self, week_start: dt.date) -> list[Change]:
        return [c for c in self.changes if c.week_start == week_start]

    @property
    def ease_off(self) -> bool:
        """The latest decided week stepped something back: suggest easing off."""
        if not self.changes:
            return False
        last = self.changes[-1].week_start
        return any(c.reason in (Reason.PAIN_ROSE, Reason.HURT) for c in self.changes_in(last))


def ladder(step: Step) -> list[Step]:
    """The step at every level: index 0 is the step as written, each next one a notch harder."""
    rungs = [step]
    current = step
    while len(rungs) <= MAX_LEVEL:
        harder = _one_notch_harder(current)
        if harder is None:
            break
        rungs.append(harder)
        current = harder
    return rungs


def _one_notch_harder(step: Step) -> Step | None:
    if step.mode == "hold":
        ceiling = HOLD_CEILING_S.get(step.exercise, min(step.hold_s * 2, 120))
        ceiling = min(ceiling, int(BOUNDS["hold_s"][1]))
        if step.hold_s >= ceiling:
            return None
        increment = HOLD_INCREMENT_S.get(step.exercise, 5)
        return replace(step, hold_s=min(ceiling, step.hold_s + increment))
    tempo = step.tempo
    hold_ceiling = TEMPO_HOLD_CEILING_S.get(step.exercise)
    if tempo is not None and hold_ceiling is not None and tempo.hold_s < hold_ceiling:
        # Longer holds at the top first (superman 3 → 5 s), then more reps.
        new_hold = min(hold_ceiling, tempo.hold_s + 1)
        return replace(step, tempo=Tempo(tempo.up_s, new_hold, tempo.down_s))
    if step.reps < REPS_CEILING_BY_EXERCISE.get(step.exercise, REPS_CEILING):
        return replace(step, reps=step.reps + 1)
    return None


def top_level(step: Step) -> int:
    return len(ladder(step)) - 1


def progress(routine: Routine, weeks: Sequence[WeekSummary], goal: int) -> Progress:
    """Replay the decided weeks (oldest first) and return each step's level now, with why."""
    levels = [0] * len(routine.steps)
    tops = [top_level(step) for step in routine.steps]
    changes: list[Change] = []
    previous_pain: float | None = None
    for week in sorted(weeks, key=lambda w: w.week_start):
        pain_rose = (week.pain_after is not None and previous_pain is not None
                     and week.pain_after - previous_pain >= PAIN_RISE_STEP_BACK)
        pain_not_up = (week.pain_after is None or previous_pain is None
                       or week.pain_after <= previous_pain)
        for index, step in enumerate(routine.steps):
            old = levels[index]
            # An exercise in the routine twice steps back in both places: the movement hurt.
            hurt = step.exercise in week.hurt_exercises
            if pain_rose or hurt:
                reason = Reason.HURT if hurt else Reason.PAIN_ROSE
                new = max(0, old - 1)
                changes.append(Change(week.week_start, index, old, new, reason))
            elif week.sessions >= goal and pain_not_up:
                if old >= tops[index]:
                    changes.append(Change(week.week_start, index, old, old, Reason.CEILING))
                    continue
                new = old + 1
                changes.append(Change(week.week_start, index, old, new, Reason.GOAL_MET))
            else:
                continue
            levels[index] = new
        if week.pain_after is not None:
            previous_pain = week.pain_after
    return Progress(tuple(levels), tuple(changes))


def apply_levels(routine: Routine, levels: Iterable[int]) -> Routine:
    """The routine as it is run at these levels (a level past the top stays at the top)."""
    steps = []
    for step, level in zip(routine.steps, levels, strict=True):
        rungs = ladder(step)
        steps.append(rungs[max(0, min(level, len(rungs) - 1))])
    return routine.with_steps(steps)


# --- from the history to the weeks, and to what runs this week --------------------------------

@dataclass(frozen=True)
class RoutineSession:
    """One finished session of the routine, as the weekly summary needs it."""

    fact: SessionFact  # when (UTC and offset), completed or stopped, pain after
    hurt_exercises: frozenset[str] = frozenset()  # exercises marked "this hurt" in it


def decided_weeks(sessions: Iterable[RoutineSession], *, since: dt.date, today: dt.date,
                  week_start: int = 0, day_start_hour: int = 0) -> list[WeekSummary]:
    """Every week that has ended, from the week holding ``since`` up to last week (weeks
    without a session included), oldest first.

    A week's ``sessions`` counts the completed ones by the local day they started (the same
    day and week rules as the statistics); its pain is the mean pain after every finished
    session that was rated (one stopped because it hurt counts too), and its hurt exercises
    are those marked in any of them.
    """
    first = week_of(since, week_start)
    this_week = week_of(today, week_start)
    weeks: dict[dt.date, list] = {}
    for item in sessions:
        week = week_of(local_day(item.fact, day_start_hour), week_start)
        if not first <= week < this_week:
            continue
        totals = weeks.setdefault(week, [0, 0.0, 0, set()])
        totals[0] += item.fact.completed
        if item.fact.pain_after is not None:
            totals[1] += item.fact.pain_after
            totals[2] += 1
        totals[3] |= item.hurt_exercises
    result = []
    week = first
    while week < this_week:
        count, pain, rated, hurt = weeks.get(week, (0, 0.0, 0, set()))
        result.append(WeekSummary(week, count, pain / rated if rated else None,
                                  frozenset(hurt)))
        week += dt.timedelta(weeks=1)
    return result


@dataclass(frozen=True)
class Plan:
    """What progression decides for one routine this week, and why."""

    routine: Routine  # as written (level 0 everywhere)
    weeks: tuple[WeekSummary, ...]  # the decided weeks it was derived from, oldest first
    progress: Progress
    goal: int
    this_week: dt.date

    @property
    def levels(self) -> tuple[int, ...]:
        return self.progress.levels

    @property
    def run(self) -> Routine:
        """The routine as it is run this week."""
        return apply_levels(self.routine, self.levels)

    @property
    def last_week(self) -> WeekSummary | None:
        return self.weeks[-1] if self.weeks else None

    def changes_last_week(self) -> list[Change]:
        last = self.last_week
        return [] if last is None else self.progress.changes_in(last.week_start)

    @property
    def eased_off(self) -> bool:
        """Last week stepped something back (pain rose or a step hurt): suggest easing off."""
        return any(c.reason in (Reason.PAIN_ROSE, Reason.HURT) for c in self.changes_last_week())

    def levels_by_week(self) -> list[tuple[dt.date, tuple[int, ...]]]:
        """The levels each week ran at, from the first counted week to this one."""
        levels = [0] * len(self.routine.steps)
        by_week = {}
        for change in self.progress.changes:
            by_week.setdefault(change.week_start, []).append(change)
        result = []
        for week in self.weeks:
            result.append((week.week_start, tuple(levels)))
            for change in by_week.get(week.week_start, ()):
                levels[change.step_index] = change.new_level
        result.append((self.this_week, tuple(levels)))
        return result


def plan(routine: Routine, weeks: Sequence[WeekSummary], goal: int,
         this_week: dt.date) -> Plan:
    """Replay ``weeks`` (from ``decided_weeks``) into this week's plan for ``routine``."""
    return Plan(routine, tuple(sorted(weeks, key=lambda w: w.week_start)),
                progress(routine, weeks, goal), goal, this_week)
