"""Progression in words: this week's announcement, the rules, a step at its level; no widgets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from backtimer.core.progression import Change, Plan, Reason, ladder, top_level
from backtimer.core.routine import Exercise, Step
from backtimer.ui.player.text import exercise_name, fill, number, step_amount

translate = QCoreApplication.translate  # the name lupdate looks for


@dataclass(frozen=True)
class Announcement:
    """What the player says before the start when progression is on."""

    lines: tuple[str, ...]  # "This week: …", or why nothing changed
    ease_off: str = ""  # the calm "ease off" sentence, when last week stepped something back


def change_text(step: Step, old_level: int, new_level: int,
                exercises: Mapping[str, Exercise], lang: str) -> str:
    """"Superman holds 5 s (up from 4 s)": what changed between two levels of one step."""
    rungs = ladder(step)
    old = rungs[min(old_level, len(rungs) - 1)]
    new = rungs[min(new_level, len(rungs) - 1)]
    name = exercise_name(exercises, step.exercise, lang)
    up = new_level > old_level
    if old.mode == "hold" and old.hold_s != new.hold_s:
        template = (translate("Progression", "%1 %2\u00a0s (up from %3\u00a0s)") if up
                    else translate("Progression", "%1 %2\u00a0s (down from %3\u00a0s)"))
        return fill(template, name, new.hold_s, old.hold_s)
    if old.tempo is not None and new.tempo is not None and old.tempo.hold_s != new.tempo.hold_s:
        template = (translate("Progression", "%1 holds %2\u00a0s (up from %3\u00a0s)") if up
                    else translate("Progression", "%1 holds %2\u00a0s (down from %3\u00a0s)"))
        return fill(template, name, number(new.tempo.hold_s), number(old.tempo.hold_s))
    if old.reps != new.reps:
        template = (translate("Progression", "%1 %2\u00a0reps (up from %3)") if up
                    else translate("Progression", "%1 %2\u00a0reps (down from %3)"))
        return fill(template, name, new.reps, old.reps)
    return fill(translate("Progression", "%1 %2"), name, step_amount(new))


def level_text(step: Step, level: int, exercises: Mapping[str, Exercise], lang: str) -> str:
    """"Superman — level 2 of 8: 3 × 9 reps, holding 5 s" (settings and the history view)."""
    rungs = ladder(step)
    at = rungs[min(level, len(rungs) - 1)]
    amount = step_amount(at)
    if at.mode == "reps" and at.tempo is not None and not at.self_paced:
        amount = fill(translate("Progression", "%1, holding %2\u00a0s"), amount,
                      number(at.tempo.hold_s))
    return fill(translate("Progression", "%1 — level %2 of %3: %4"),
                exercise_name(exercises, step.exercise, lang), min(level, len(rungs) - 1),
                top_level(step), amount)


def _first_time_at_top(plan: Plan, change: Change) -> bool:
    earlier = [c for c in plan.progress.changes
               if c.step_index == change.step_index and c.week_start < change.week_start]
    return not earlier or earlier[-1].reason is not Reason.CEILING


def announcement(plan: Plan, exercises: Mapping[str, Exercise], lang: str) -> Announcement:
    """This week's levels in words, built from last week's changes only (never advice)."""
    steps = plan.routine.steps
    last = plan.last_week
    if last is None:
        return Announcement((fill(translate(
            "Progression", "Progressive loading is on. Do this routine %1\u00a0times this week "
                           "without more pain afterwards, and next week it gets a notch "
                           "harder."), plan.goal),))
    changes = plan.changes_last_week()
    moved = [c for c in changes if c.new_level != c.old_level]
    lines = []
    if moved:
        parts = [change_text(steps[c.step_index], c.old_level, c.new_level, exercises, lang)
                 for c in moved]
        lines.append(fill(translate("Progression", "This week: %1"), "; ".join(parts)))
    top = [c for c in changes if c.reason is Reason.CEILING and _first_time_at_top(plan, c)]
    if top:
        names = ", ".join(exercise_name(exercises, steps[c.step_index].exercise, lang)
                          for c in top)
        lines.append(fill(translate("Progression", "At the top level now: %1."), names))
    if not lines:
        if changes and all(c.reason is Reason.CEILING for c in changes):
            lines.append(translate(
                "Progression", "Same as last week: every step is at its top level."))
        elif last.sessions < plan.goal:
            lines.append(fill(translate(
                "Progression", "Same as last week: you did this routine %1 of the %2\u00a0times "
                               "needed to step up."), last.sessions, plan.goal))
        else:
            lines.append(translate(
                "Progression", "Same as last week: your pain after sessions went up a little, "
                               "so nothing steps up."))
    ease_off = ""
    back = [c for c in changes if c.reason in (Reason.PAIN_ROSE, Reason.HURT)]
    if any(c.reason is Reason.PAIN_ROSE for c in back):
        ease_off = translate(
            "Progression", "Pain went up last week, so these steps are one level easier. "
                           "Ease off if it hurts — see the safety notice.")
    elif back:
        ease_off = translate(
            "Progression", "You marked a step “this hurt” last week, so it is one level "
                           "easier. Ease off if it hurts — see the safety notice.")
    return Announcement(tuple(lines), ease_off)


def rules_text(goal: int) -> str:
    """The rules in plain words, as the settings show them."""
    return "\n".join((
        fill(translate(
            "Progression", "• A week in which you did this routine at least %1\u00a0times (your "
                           "weekly goal) and your pain after sessions did not go up: each step "
                           "gets one notch harder the next week — a longer hold, then one more "
                           "repetition."), goal),
        translate("Progression", "• Each step stops at its top level (for example superman "
                                 "10 repetitions with holds of 5 s, child's pose 60 s, "
                                 "bridges 15 repetitions)."),
        translate("Progression", "• Pain after sessions 2 or more points higher than the week "
                                 "before: every step goes one level back."),
        translate("Progression", "• A step you marked “this hurt” (button or key H): that "
                                 "step goes one level back."),
        translate("Progression", "• Fewer sessions than your goal: the levels stay as they are."),
        translate("Progression", "Weeks count from the week progression was turned on or reset. "
                                 "Runs at a faster test speed do not count."),
    ))
