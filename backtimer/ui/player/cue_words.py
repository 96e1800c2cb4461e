"""What the voice says at a cue or at the start of a segment: one source of words for the voice
and for the screen reader's announcements, so both say the same thing."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from backtimer.core.routine import Exercise, Step
from backtimer.core.timeline import Cue, CueKind, Segment, SegmentKind, Timeline
from backtimer.ui.player import text as player_text
from backtimer.ui.player.text import fill


def spoken_amount(step: Step) -> str:
    """What a step asks, in words a voice reads well: "40 seconds each side", where the
    screen's "40 s" comes out of espeak as "forty ess"."""
    if step.mode == "hold":
        amount = fill(QCoreApplication.translate("Cues", "%1\u00a0seconds"), step.hold_s)
    elif step.self_paced:
        amount = fill(QCoreApplication.translate("Cues", "%1\u00a0reps at your own pace"),
                      step.reps)
    else:
        amount = fill(QCoreApplication.translate("Cues", "%1\u00a0reps"), step.reps)
    if step.sets > 1:
        amount = fill(QCoreApplication.translate("Cues", "%1 sets of %2"), step.sets, amount)
    if step.sides == "both":
        amount = fill(QCoreApplication.translate("Cues", "%1 each side"), amount)
    return amount


def cue_sentence(cue: Cue) -> str | None:
    """The words for a cue that has any ("Halfway", "Last one", "Well done"), else None."""
    return {
        CueKind.HALFWAY: QCoreApplication.translate("Cues", "Halfway"),
        CueKind.LAST_REP: QCoreApplication.translate("Cues", "Last one"),
        CueKind.DONE: QCoreApplication.translate("Cues", "Well done"),
    }.get(cue.kind)


def segment_sentence(timeline: Timeline, segment: Segment, exercises: Mapping[str, Exercise],
                     lang: str) -> tuple[str, int | None] | None:
    """The words at the start of a pause before work ("Rest. Next: Cat-cow, 10 reps"), with the
    step they name (None: they name none); None when a beep says enough."""
    if segment.kind is SegmentKind.WORK:
        return None
    following = next((s for s in timeline.segments[segment.index + 1:]
                      if s.kind is SegmentKind.WORK), None)
    if following is None or following.step_index is None:
        return None
    step = timeline.routine.steps[following.step_index]
    name = player_text.exercise_name(exercises, step.exercise, lang)
    same_step = following.step_index == segment.step_index
    if segment.kind is SegmentKind.SWITCH:
        return QCoreApplication.translate("Cues", "Switch sides"), None
    if same_step and following.rep_no not in (None, 1):
        return None  # a breath between reps: the beep says enough
    if same_step:
        return fill(QCoreApplication.translate("Cues", "Rest. Then set %1 of %2"),
                    following.set_no, following.sets), None
    if segment.kind is SegmentKind.LEAD_IN:
        return fill(QCoreApplication.translate("Cues", "Get ready: %1, %2"), name,
                    spoken_amount(step)), following.step_index
    return fill(QCoreApplication.translate("Cues", "Rest. Next: %1, %2"), name,
                spoken_amount(step)), following.step_index
