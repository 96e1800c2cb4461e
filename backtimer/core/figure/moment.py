"""Where the figure is at a moment of a session: a pure function of the segment and its time.

The player's widget asks this on every frame it paints; its timer only decides when to ask.
So the figure is at the top of a lift exactly when the hold cue sounds, whatever the timer.
"""

from __future__ import annotations

from dataclasses import dataclass

from backtimer.core.figure.library import MOVEMENTS
from backtimer.core.figure.movement import still_at
from backtimer.core.routine import SELF_PACED_REP_ESTIMATE_S
from backtimer.core.timeline import Segment, SegmentKind


@dataclass(frozen=True)
class Moment:
    """The figure to show: ``pose_at(exercise_id, phase, fraction, side)``, maybe mirrored.

    ``moving`` is True while the body moves and the clock runs: only then does the picture
    need repainting at the screen's rate.
    """

    exercise_id: str
    phase: str
    fraction: float
    side: str | None
    mirrored: bool
    moving: bool


def moment_of(segment: Segment, elapsed_s: float, *, running: bool,
              exercise_id: str | None = None) -> Moment | None:
    """The figure ``elapsed_s`` into ``segment``; None when the exercise has no figure.

    ``running`` is False while the clock stands (not started, paused, getting ready): the
    figure then shows the same moment, still. Pauses between work show the start pose of the
    exercise they lead into (``exercise_id`` overrides the segment's, e.g. before the start).
    """
    ident = exercise_id or segment.exercise_id
    move = MOVEMENTS.get(ident)
    if move is None:
        return None
    side = segment.side
    phase, fraction = "start", 0.0
    if segment.kind is SegmentKind.WORK:
        if segment.rep_no is not None and segment.phases:
            if move.sided and side is None:
                side = "left" if segment.rep_no % 2 else "right"  # one way, then the other
            phase, fraction = _rep_phase(segment, elapsed_s)
        elif segment.self_paced or move.style == "loop":
            period = move.cycle_s if move.style == "loop" else SELF_PACED_REP_ESTIMATE_S
            phase, fraction = "cycle", (elapsed_s % period) / period
        elif running or elapsed_s > 0:
            phase = "hold"
    if move.sided and side is None:
        side = "left"
    moving = running and not still_at(move, phase, fraction)
    return Moment(ident, phase, fraction, side, side == "right" and not move.sided, moving)


def _rep_phase(segment: Segment, elapsed_s: float) -> tuple[str, float]:
    for part in segment.phases:
        if elapsed_s < part.start_s + part.duration_s:
            if part.name not in ("up", "down"):
                return "hold", 0.0  # the top of the lift, still: one picture for the hold
            return part.name, max(0.0, elapsed_s - part.start_s) / part.duration_s
    return "start", 0.0
