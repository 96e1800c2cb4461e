"""Progression rules over eight weeks of synthetic history, as tables."""

from __future__ import annotations

import datetime as dt

from backtimer.core.progression import (
    Reason,
    WeekSummary,
    apply_levels,
    ladder,
    progress,
    top_level,
)
from backtimer.core.routine import Routine, Step, Tempo

SUPERMAN = Step("superman", mode="reps", reps=8, sets=3, tempo=Tempo(1, 3, 1))
CHILDS_POSE = Step("childs-pose", mode="hold", hold_s=30)
BRIDGE = Step("glute-bridge", mode="reps", reps=12, sets=3, tempo=Tempo(1, 2, 2))
ROUTINE = Routine("r", {"en": "R"}, (SUPERMAN, CHILDS_POSE, BRIDGE))
MONDAY = dt.date(2026, 9, 7)
GOAL = 3


def weeks(*rows):
    """Rows of (sessions, pain_after, hurt_exercises), one per week from MONDAY."""
    return [WeekSummary(MONDAY + dt.timedelta(weeks=i), sessions, pain, frozenset(hurt))
            for i, (sessions, pain, hurt) in enumerate(rows)]


def test_the_ladders_follow_the_article():
    holds = [s.tempo.hold_s for s in ladder(SUPERMAN)]
    assert holds[:3] == [3, 4, 5]  # superman holds 3 → 5 s first
    assert [s.reps for s in ladder(SUPERMAN)][2:] == list(range(8, 11))  # then more reps
    assert [s.hold_s for s in ladder(CHILDS_POSE)] == [30, 35, 40, 45, 50, 55, 60]
    assert ladder(BRIDGE)[-1].reps == 15 and ladder(BRIDGE)[-1].tempo.hold_s == 4


def test_the_superman_stops_at_3_sets_of_10_holds_of_5_s():
    # Capped for a sore back: 30 back-extension holds a session at most, not 45.
    top = ladder(SUPERMAN)[-1]
    assert (top.sets, top.reps, top.tempo.hold_s) == (3, 10, 5)
    started_higher = Step("superman", mode="reps", reps=12, sets=2, tempo=Tempo(1, 5, 1))
    assert ladder(started_higher) == [started_higher]  # as written, never more


def test_steady_weeks_step_up_one_level_each():
    result = progress(ROUTINE, weeks(*[(3, 2.0, ())] * 8), GOAL)
    assert result.levels == (4, 6, 5)  # every step reached its ceiling
    run = apply_levels(ROUTINE, result.levels)
    assert run.steps[0].tempo.hold_s == 5 and run.steps[0].reps == 10
    assert run.steps[1].hold_s == 60
    assert not result.ease_off


def test_missed_weeks_change_nothing():
    table = [(3, 2, ()), (1, 2, ()), (0, None, ()), (3, 2, ()), (2, 2, ()), (3, 2, ()),
             (0, None, ()), (4, 1, ())]
    result = progress(ROUTINE, weeks(*table), GOAL)
    assert result.levels == (4, 4, 4)
    decided = sorted({c.week_start for c in result.changes})
    assert decided == [MONDAY + dt.timedelta(weeks=i) for i in (0, 3, 5, 7)]


def test_a_week_with_exactly_the_goal_counts():
    assert progress(ROUTINE, weeks((GOAL, None, ())), GOAL).levels == (1, 1, 1)
    assert progress(ROUTINE, weeks((GOAL - 1, None, ())), GOAL).levels == (0, 0, 0)


def test_rising_pain_steps_everything_back_and_suggests_easing_off():
    table = [(3, 2, ()), (3, 2, ()), (3, 2, ()), (3, 4.5, ()), (3, 4.5, ())]
    result = progress(ROUTINE, weeks(*table), GOAL)
    assert result.levels == (3, 3, 3)  # up three, down one, then a flat week: up again
    week4 = result.changes_in(MONDAY + dt.timedelta(weeks=3))
    assert {c.reason for c in week4} == {Reason.PAIN_ROSE}
    assert progress(ROUTINE, weeks(*table[:4]), GOAL).ease_off


def test_pain_up_by_less_than_two_holds_the_level():
    result = progress(ROUTINE, weeks((3, 2, ()), (3, 3, ())), GOAL)
    assert result.levels == (1, 1, 1)


def test_this_hurt_steps_back_only_that_step():
    result = progress(ROUTINE, weeks((3, 2, ()), (3, 2, ()), (3, 2, {"superman"})), GOAL)
    assert result.levels == (1, 3, 3)
    assert result.ease_off
    assert [c.reason for c in result.changes if c.step_index == 0][-1] is Reason.HURT


def test_a_hurt_exercise_steps_back_wherever_the_routine_now_puts_it():
    # The superman hurt when it was step 0; since then child's pose was put in its place.
    reordered = Routine("r", {"en": "R"}, (CHILDS_POSE, BRIDGE, SUPERMAN))
    result = progress(reordered, weeks((3, 2, ()), (3, 2, ()), (3, 2, {"superman"})), GOAL)
    assert result.levels == (3, 3, 1)
    last = result.changes_in(MONDAY + dt.timedelta(weeks=2))
    assert [(c.step_index, c.reason) for c in last] == [
        (0, Reason.GOAL_MET), (1, Reason.GOAL_MET), (2, Reason.HURT)]


def test_an_exercise_in_the_routine_twice_steps_back_in_both_places():
    twice = Routine("t", {"en": "T"}, (SUPERMAN, CHILDS_POSE, SUPERMAN))
    result = progress(twice, weeks((3, 2, ()), (3, 2, {"superman"})), GOAL)
    assert result.levels == (0, 2, 0)
    assert progress(twice, weeks((3, 2, {"bird-dog"})), GOAL).levels == (1, 1, 1)


def test_the_ceiling_is_reported_and_never_passed():
    top = top_level(CHILDS_POSE)
    result = progress(Routine("c", {"en": "C"}, (CHILDS_POSE,)), weeks(*[(5, 1, ())] * 8), GOAL)
    assert result.levels == (top,)
    assert [c.reason for c in result.changes][-2:] == [Reason.CEILING, Reason.CEILING]
    assert apply_levels(ROUTINE, (99, 99, 99)).steps[1].hold_s == 60


def test_level_zero_is_the_routine_as_written_and_never_below():
    result = progress(ROUTINE, weeks((3, 1, ()), (3, 9, ())), GOAL)
    assert result.levels == (0, 0, 0)
    assert apply_levels(ROUTINE, result.levels) == ROUTINE

