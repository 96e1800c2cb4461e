"""Every exercise's figure by id: its pose at any moment, and the frame that shows it whole."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from backtimer.core.figure import mat_exercises, more_exercises
from backtimer.core.figure.drawing import Mark, extent, marks
from backtimer.core.figure.movement import Movement, blend, values_at
from backtimer.core.figure.shapes import Scene

MOVEMENTS: dict[str, Movement] = {
    m.ident: m for m in (*mat_exercises.MOVEMENTS, *more_exercises.MOVEMENTS)
}
MARGIN = 8.0  # around the box of all keyframes, in figure units
FLOOR_OVERHANG = 18.0  # how far the mat reaches beyond the figure on either side
SAMPLES = 12


def movement(exercise_id: str) -> Movement | None:
    return MOVEMENTS.get(exercise_id)


def pose_at(exercise_id: str, phase: str, fraction: float, side: str | None = None) -> Scene:
    """The figure of an exercise at ``fraction`` (0…1) of a phase ("up", "cycle", …)."""
    move = MOVEMENTS[exercise_id]
    return move.solve(values_at(move, phase, fraction), side)


def sampled(move: Movement) -> list[Scene]:
    """Keyframes and moments between them: enough to know everywhere the body goes."""
    sides = ("left", "right") if move.sided else (None,)
    scenes = []
    for side in sides:
        for name in move.keyframes:
            scenes.append(move.solve(move.keyframes[name], side))
        for i in range(SAMPLES + 1):
            for phase in ("up", "cycle"):
                scenes.append(move.solve(values_at(move, phase, i / SAMPLES), side))
    return scenes


@dataclass(frozen=True)
class Frame:
    """Where to look: the box (x0, y0, x1, y1, y up) around everything, and the floor's marks."""

    box: tuple[float, float, float, float]
    floor: tuple[Mark, ...]


@cache
def frame(exercise_id: str) -> Frame:
    """The view of an exercise cropped to all its poses, so the figure fills its picture."""
    move = MOVEMENTS[exercise_id]
    everything: list[Mark] = []
    for scene in sampled(move):
        everything += marks(scene, move.view)
    x0, y0, x1, y1 = extent(everything)
    floor: tuple[Mark, ...] = ()
    if move.mat in ("mat", "ground"):
        thick = 9.0 if move.mat == "mat" else 6.0
        left, right = x0 - FLOOR_OVERHANG + thick / 2, x1 + FLOOR_OVERHANG - thick / 2
        floor = (Mark("line", ((left, -thick / 2), (right, -thick / 2)), thick, "mat"),)
        x0, x1 = x0 - FLOOR_OVERHANG, x1 + FLOOR_OVERHANG
        y0 = min(y0, -thick)
    return Frame((x0 - MARGIN, y0 - MARGIN, x1 + MARGIN, y1 + MARGIN), floor)


@cache
def top_speed(exercise_id: str, phase: str, piece: int = 0) -> float:
    """The most any joint moves per unit of eased progress along one stretch of a phase
    (figure units, with a margin; see ``movement.progress``)."""
    move = MOVEMENTS[exercise_id]
    if phase in ("up", "down"):
        first, second = ("start", "end") if phase == "up" else ("end", "start")
    elif phase == "cycle":
        first, second = move.cycle[piece], move.cycle[piece + 1]
    else:
        return 0.0
    a, b = move.keyframes[first], move.keyframes[second]
    steps = 100
    fastest = 0.0
    for side in (("left", "right") if move.sided else (None,)):
        before = move.solve(blend(a, b, 0.0), side).joints
        for i in range(1, steps + 1):
            after = move.solve(blend(a, b, i / steps), side).joints
            moved = max(math.dist(before[k], after[k]) for k in after)
            fastest = max(fastest, moved * steps)
            before = after
    return fastest * 1.25


def picture(exercise_id: str, phase: str, fraction: float,
            side: str | None = None) -> list[Mark]:
    """Everything to paint for this moment, floor first, in the exercise's view."""
    move = MOVEMENTS[exercise_id]
    return [*frame(exercise_id).floor, *marks(pose_at(exercise_id, phase, fraction, side),
                                              move.view)]
