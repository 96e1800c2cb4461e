"""The player's words: prescription, next-up and clock texts for a segment, free of widgets."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from backtimer.core.durations import format_duration as format_duration  # the player's too
from backtimer.core.placeholders import fill
from backtimer.core.routine import Exercise, Step, localized
from backtimer.core.timeline import Segment, SegmentKind, Timeline


def number(value: float) -> str:
    """A number as the interface language writes it: 2.5 → "2,5" in Dutch, 5.0 → "5"."""
    return QLocale().toString(float(value), "g", 12)




def format_clock(seconds: float) -> str:
    """45 → "45", 90 → "1:30", 3600 → "1:00:00": short enough to read from the floor."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    if minutes:
        return f"{minutes}:{secs:02d}"
    return str(secs)


def exercise_name(exercises: Mapping[str, Exercise], exercise_id: str, lang: str) -> str:
    exercise = exercises.get(exercise_id)
    return localized(exercise.name, lang) if exercise else exercise_id


def exercise_instruction(exercises: Mapping[str, Exercise], exercise_id: str,
                         lang: str) -> str:
    exercise = exercises.get(exercise_id)
    return localized(exercise.instruction, lang) if exercise else ""


def side_text(side: str | None) -> str:
    if side == "left":
        return QCoreApplication.translate("Player", "Left side")
    if side == "right":
        return QCoreApplication.translate("Player", "Right side")
    return ""


def step_amount(step: Step) -> str:
    """What a whole step asks: "45 s", "10 reps", "3 × 12 reps", "30 s each side"."""
    if step.mode == "hold":
        amount = fill(QCoreApplication.translate("Player", "%1\u00a0s"), step.hold_s)
    elif step.self_paced:
        amount = fill(QCoreApplication.translate("Player", "%1\u00a0reps at your own pace"),
                      step.reps)
    else:
        amount = fill(QCoreApplication.translate("Player", "%1\u00a0reps"), step.reps)
    if step.sets > 1:
        amount = f"{step.sets} × {amount}"
    if step.sides == "both":
        amount = fill(QCoreApplication.translate("Player", "%1 each side"), amount)
    return amount


def _set_of(segment: Segment) -> str:
    return fill(QCoreApplication.translate("Player", "Set %1 of %2"), segment.set_no,
                segment.sets)


def prescription(segment: Segment, step: Step | None, exercises: Mapping[str, Exercise],
                 lang: str) -> str:
    """"Set 2 of 3 · Rep 7 of 12 · Left side" for work; for a pause, the work it leads to."""
    parts: list[str] = []
    if segment.kind is SegmentKind.WORK:
        if segment.sets > 1:
            parts.append(_set_of(segment))
        if segment.rep_no is not None:
            parts.append(fill(QCoreApplication.translate("Player", "Rep %1 of %2"),
                              segment.rep_no, segment.reps))
        elif segment.self_paced:
            parts.append(fill(QCoreApplication.translate("Player", "%1\u00a0reps at your own pace"),
                              segment.reps))
        elif segment.duration_s is not None:
            parts.append(fill(QCoreApplication.translate("Player", "Hold %1\u00a0s"),
                              number(segment.duration_s)))
    elif step is not None:
        # A pause leads into work: name it, so the person can get into position.
        parts.append(exercise_name(exercises, step.exercise, lang))
        if segment.set_no > 1 and segment.sets > 1:
            parts.append(_set_of(segment))
    parts.append(side_text(segment.side))
    return " · ".join(part for part in parts if part)


def segment_title(segment: Segment, exercises: Mapping[str, Exercise], lang: str) -> str:
    """The big line: the exercise during work, otherwise what kind of pause this is."""
    if segment.kind is SegmentKind.WORK:
        return exercise_name(exercises, segment.exercise_id, lang)
    if segment.kind is SegmentKind.LEAD_IN:
        return QCoreApplication.translate("Player", "Get ready")
    if segment.kind is SegmentKind.SWITCH:
        return QCoreApplication.translate("Player", "Switch sides")
    return QCoreApplication.translate("Player", "Rest")


def upcoming_step(timeline: Timeline, segment: Segment) -> int | None:
    """The step a pause leads into (its exercise is the one to get into position for)."""
    if segment.kind is SegmentKind.WORK:
        return segment.step_index
    for later in timeline.segments[segment.index + 1:]:
        if later.kind is SegmentKind.WORK:
            return later.step_index
    return None


def next_up(timeline: Timeline, segment: Segment, exercises: Mapping[str, Exercise],
            lang: str) -> str:
    """"Next: Child's pose, 45 s": the exercise a pause leads to, or the one after this work."""
    steps = timeline.routine.steps
    if segment.kind is SegmentKind.WORK:
        target = None if segment.step_index is None else segment.step_index + 1
    else:
        target = upcoming_step(timeline, segment)
    if target is None or target >= len(steps):
        return QCoreApplication.translate("Player", "Last exercise — then you are done")
    step = steps[target]
    if segment.kind is not SegmentKind.WORK and target == segment.step_index:
        # A rest between sets (or reps) leads back into the same exercise.
        following = next(s for s in timeline.segments[segment.index + 1:]
                         if s.kind is SegmentKind.WORK)
        if following.set_no > 1 and following.rep_no in (None, 1):
            return fill(QCoreApplication.translate("Player", "Next: %1, set %2 of %3"),
                        exercise_name(exercises, step.exercise, lang), following.set_no,
                        following.sets)
    return fill(QCoreApplication.translate("Player", "Next: %1, %2"),
                exercise_name(exercises, step.exercise, lang), step_amount(step))


def phase_word(exercises: Mapping[str, Exercise], exercise_id: str, phase: str | None,
               side: str | None, lang: str) -> str:
    """The word for a part of a rep (or for a hold) of this exercise: "Hips up", "Knees to the
    left", "Breathe"; the plain "Lift / Hold / Lower" where the catalog has none."""
    if phase is None:
        return ""
    exercise = exercises.get(exercise_id)
    words = exercise.phases if exercise else {}
    for key in (f"{phase}_{side}" if side else None, phase):
        if key and key in words:
            return localized(words[key], lang)
    if phase == "up":
        return QCoreApplication.translate("Player", "Lift")
    if phase == "hold":
        return QCoreApplication.translate("Player", "Hold")
    if phase == "down":
        return QCoreApplication.translate("Player", "Lower")
    return ""


def figure_description(exercises: Mapping[str, Exercise], moment, lang: str) -> str:
    """What the figure shows, for a screen reader: "Glute bridge: Hips up"."""
    if moment is None:
        return QCoreApplication.translate("Player", "Illustration of the exercise")
    name = exercise_name(exercises, moment.exercise_id, lang)
    if moment.phase == "start":
        pose = QCoreApplication.translate("Player", "starting position")
    else:
        phase = "hold" if moment.phase == "cycle" else moment.phase
        pose = phase_word(exercises, moment.exercise_id, phase, moment.side, lang)
    return fill(QCoreApplication.translate("Player", "%1: %2"), name, pose)
