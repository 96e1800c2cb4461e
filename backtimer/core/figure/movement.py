"""How an exercise moves: keyframes of its driving angles, and where a moment lies between them.

A keyframe holds only the angles that drive the movement (how far the hips rise, how far the
knees sink); the exercise's ``solve`` turns them into a whole scene, placing the limbs that
touch the floor, a wall or a roller by inverse kinematics so those points stay planted.
Interpolating the driving angles with easing and solving each moment is what keeps a bridge's
feet and shoulders still while the hips go up.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from backtimer.core.figure.shapes import SIDE, Scene, View

Values = Mapping[str, float]

# Phases a caller may ask for. "up"/"down" run between the start and end keyframes; "cycle"
# runs once around the movement's loop; the others are keyframes themselves.
PHASES = ("start", "up", "hold", "end", "down", "cycle")


@dataclass(frozen=True)
class Movement:
    """One exercise's figure: its keyframes, how it moves, and what must stay where it is.

    ``style`` says what a hold of this exercise looks like: "still" (the end pose, not a
    twitch), or "loop" (the foam roller rolls, the walker walks) around ``cycle``.
    ``planted`` names joints that stay put through the whole movement; ``touching`` names,
    per keyframe, the drawn parts that rest on the floor (tests hold the model to both).
    """

    ident: str
    solve: Callable[[Values, str | None], Scene]
    keyframes: Mapping[str, Values]
    style: str = "still"
    cycle: tuple[str, ...] = ("start", "end", "end", "start")
    cycle_s: float = 4.0
    eased_cycle: bool = True
    planted: tuple[str, ...] = ()
    touching: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    view: View = SIDE
    mat: str = "mat"  # "mat", "ground" (a floor line) or "none" (the scene draws its floor)
    sided: bool = False  # the side is part of the pose (else the other side is a mirror image)


def ease(t: float) -> float:
    """Slow out of one pose and slow into the next, as a body moves."""
    t = min(1.0, max(0.0, t))
    return (1.0 - math.cos(math.pi * t)) / 2.0


def blend(a: Values, b: Values, t: float) -> dict[str, float]:
    return {key: a[key] + (b[key] - a[key]) * t for key in a}


def _cycle_piece(movement: Movement, fraction: float) -> tuple[str, str, float]:
    names = movement.cycle
    pieces = len(names) - 1
    f = min(max(fraction, 0.0), 1.0) * pieces
    index = min(int(f), pieces - 1)
    return names[index], names[index + 1], f - index


def progress(movement: Movement, phase: str, fraction: float) -> tuple[int, float]:
    """Which stretch between two keyframes a moment is on, and how far along it (eased).

    Two moments on the same stretch are ``top_speed × |weight difference|`` apart at most:
    the player's widget uses this to skip frames nobody could see change.
    """
    if phase in ("up", "down"):
        return 0, ease(fraction)
    if phase == "cycle":
        pieces = len(movement.cycle) - 1
        f = min(max(fraction, 0.0), 1.0) * pieces
        index = min(int(f), pieces - 1)
        local = f - index
        return index, ease(local) if movement.eased_cycle else local
    return 0, 0.0


def values_at(movement: Movement, phase: str, fraction: float) -> dict[str, float]:
    """The driving angles at ``fraction`` (0…1) of ``phase``."""
    keys = movement.keyframes
    if phase in ("start", "end"):
        return dict(keys[phase])
    if phase == "hold":
        return dict(keys["end"])
    if phase == "up":
        return blend(keys["start"], keys["end"], ease(fraction))
    if phase == "down":
        return blend(keys["end"], keys["start"], ease(fraction))
    if phase == "cycle":
        first, second, local = _cycle_piece(movement, fraction)
        weight = ease(local) if movement.eased_cycle else local
        return blend(keys[first], keys[second], weight)
    raise ValueError(f"unknown phase {phase!r}")


def still_at(movement: Movement, phase: str, fraction: float) -> bool:
    """Whether the body is still at this moment (nothing to repaint until it moves again)."""
    if phase in ("up", "down"):
        return False
    if phase == "cycle":
        first, second, _ = _cycle_piece(movement, fraction)
        return movement.keyframes[first] == movement.keyframes[second]
    return True
