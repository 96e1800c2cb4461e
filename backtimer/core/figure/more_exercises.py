"""The exercises with a prop or on the feet: side stretch, foam roller, massage ball, walking."""

from __future__ import annotations

import math

from backtimer.core.figure.movement import Movement, Values
from backtimer.core.figure.shapes import Prop, Scene, View, floor_offset, shifted
from backtimer.core.figure.skeleton import (
    LUMBAR,
    TORSO_W_SIDE,
    Arm,
    Leg,
    Pose,
    arm_to,
    build,
    leg_to,
    trunk_points,
)

SUPINE = 180.0
FLAT_FOOT = 0.0
ANKLE_Y = 8.0


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


# --- side stretch -----------------------------------------------------------------------------

_STANCE = Leg(abduct=6.0)
_STANDING_LIFT = floor_offset(build(Pose(trunk=90.0, near_leg=_STANCE, far_leg=_STANCE)))


def _side_stretch(v: Values, side: str | None) -> Scene:
    bend = v["bend"]
    # One arm reaches up and over; the other hangs by the side it bends towards.
    reach = Arm(flex=180.0, abduct=_lerp(-8.0, -12.0, bend / 28.0),
                elbow_in=_lerp(0.0, 40.0, bend / 28.0))
    hang = Arm(flex=0.0, abduct=8.0)
    pose = Pose(trunk=90.0, side_bend=bend, near_leg=_STANCE, far_leg=_STANCE,
                near_arm=hang, far_arm=reach)
    return Scene(shifted(build(pose), 0.0, _STANDING_LIFT), frozenset({"far_flank"}))


SIDE_STRETCH = Movement(
    "side-stretch", _side_stretch, {"start": {"bend": 0.0}, "end": {"bend": 28.0}},
    planted=("near_ankle", "far_ankle", "near_toe", "far_toe"),
    touching={"start": ("near_foot", "far_foot"), "end": ("near_foot", "far_foot")},
    view=View(yaw=-90.0), mat="ground",
)


# --- foam roller ------------------------------------------------------------------------------

ROLLER_R = 14.0
_ROLLER_FEET = (112.0, ANKLE_Y)
_ROLL_RISE = 14.0  # the trunk's slope over the roller, shoulders higher than the hips
_LOW_CONTACT = LUMBAR * 0.3  # just above the pelvis, as the article says
_HIGH_CONTACT = LUMBAR * 0.95  # the top of the lower back; never the thoracic spine


def _foam_roller(v: Values, side: str | None) -> Scene:
    contact = v["contact"]
    # Rolling without slipping: when the roller's touch moves up the back, the roller rolls
    # that far towards the feet and the body twice as far.
    roller_x = -10.0 - (contact - _LOW_CONTACT)
    trunk = SUPINE - _ROLL_RISE
    up = math.radians(trunk)
    normal = (-math.sin(up), math.cos(up))  # below the spine, toward the roller
    along = (math.cos(up), math.sin(up))
    gap = ROLLER_R + TORSO_W_SIDE / 2
    hip = (roller_x - along[0] * contact - normal[0] * gap,
           ROLLER_R - along[1] * contact - normal[1] * gap)
    leg = leg_to(hip, trunk, _ROLLER_FEET, FLAT_FOOT)
    waist, shoulder = trunk_points(hip, trunk)
    # Arms folded over the chest: the head stays in sight.
    chest = (waist[0] + 0.55 * (shoulder[0] - waist[0]) - normal[0] * (TORSO_W_SIDE / 2 + 5),
             waist[1] + 0.55 * (shoulder[1] - waist[1]) - normal[1] * (TORSO_W_SIDE / 2 + 5))
    fold = arm_to(shoulder, trunk, chest, bend=-1)
    pose = Pose(trunk=trunk, neck=12.0, near_leg=leg, far_leg=leg, near_arm=fold, far_arm=fold)
    roller = Prop("roller", ((roller_x, ROLLER_R, 0.0),), radius=ROLLER_R)
    return Scene(build(pose, hip), frozenset({"lumbar"}), [roller])


FOAM_ROLLER = Movement(
    "foam-roller", _foam_roller,
    {"start": {"contact": _LOW_CONTACT}, "end": {"contact": _HIGH_CONTACT}},
    style="loop", cycle=("start", "end", "start"), cycle_s=6.0,
    planted=("near_ankle", "near_toe"),
    touching={"start": ("near_foot",), "end": ("near_foot",)},
)


# --- massage ball -----------------------------------------------------------------------------

BALL_R = 10.0
WALL_X = -40.0
_WALL_FEET = (22.0, ANKLE_Y)
_STAND_HIP_Y = 124.0
_CIRCLE_DROP = 12.0  # how far the knees let the back sink, top to bottom of a circle


def _massage_ball(v: Values, side: str | None) -> Scene:
    turn = math.radians(v["turn"])
    drop = _CIRCLE_DROP * (1.0 - math.cos(turn)) / 2.0
    trunk = 93.0 + 1.5 * math.sin(turn)  # a little lean in and out draws the circle
    hip = (WALL_X + TORSO_W_SIDE / 2 + 2 * BALL_R + 3.0, _STAND_HIP_Y - drop)
    leg = leg_to(hip, trunk, _WALL_FEET, FLAT_FOOT)
    pose = Pose(trunk=trunk, near_leg=leg, far_leg=leg, near_arm=Arm(flex=8.0, elbow=12.0),
                far_arm=Arm(flex=2.0, elbow=10.0))
    # The ball rolls between wall and back, so it travels half as far as the back does.
    ball_y = hip[1] + LUMBAR * 0.55 + drop / 2.0
    ball = Prop("disc", ((WALL_X + BALL_R + 1.5, ball_y, 0.0),), radius=BALL_R, layer=-1)
    wall = Prop("line", ((WALL_X - 4.0, 0.0, 0.0), (WALL_X - 4.0, 236.0, 0.0)), width=8.0,
                fill="mat")
    return Scene(build(pose, hip), frozenset({"lumbar"}), [wall, ball])


MASSAGE_BALL = Movement(
    "massage-ball", _massage_ball,
    {"start": {"turn": 0.0}, "end": {"turn": 180.0}, "round": {"turn": 360.0}},
    style="loop", cycle=("start", "end", "round"), cycle_s=4.0, eased_cycle=False,
    planted=("near_ankle", "near_toe"),
    touching={"start": ("near_foot",), "end": ("near_foot",)}, mat="ground",
)


# --- walking ----------------------------------------------------------------------------------


def _bump(p: float, start: float, end: float) -> float:
    """A smooth hump over [start, end) of a stride (0…1, wrapping), zero elsewhere."""
    p = (p - start) % 1.0
    width = (end - start) % 1.0
    return math.sin(math.pi * p / width) if p < width else 0.0


def _gait_leg(p: float) -> Leg:
    """One leg at point p of its stride: 0 = heel strike, ~0.6 = toe off, then the swing."""
    flex = 24.0 * math.cos(2 * math.pi * p)
    # The trailing knee starts to bend before the front heel lands, so at each heel strike
    # both feet are on the ground (the front heel and the back toes).
    knee = 4.0 + 12.0 * _bump(p, 0.02, 0.4) + 55.0 * _bump(p, 0.45, 0.98)
    ankle = -14.0 * _bump(p, 0.88, 0.2) + 22.0 * _bump(p, 0.38, 0.72)
    return Leg(flex=flex, knee=knee, ankle=ankle)


def _walking(v: Values, side: str | None) -> Scene:
    p = v["gait"]
    far = (p + 0.5) % 1.0
    # Each arm swings with the opposite leg, as in a natural gait.
    pose = Pose(trunk=88.0, spine=-2.0, near_leg=_gait_leg(p), far_leg=_gait_leg(far),
                near_arm=Arm(flex=-26.0 * math.cos(2 * math.pi * p), elbow=24.0),
                far_arm=Arm(flex=-26.0 * math.cos(2 * math.pi * far), elbow=24.0))
    j = build(pose)
    return Scene(shifted(j, 0.0, floor_offset(j)), frozenset({"thigh", "shin", "foot"}))


WALKING = Movement(
    "walking", _walking,
    {"start": {"gait": 0.0}, "end": {"gait": 0.5}, "stride": {"gait": 1.0}},
    style="loop", cycle=("start", "end", "stride"), cycle_s=1.1, eased_cycle=False,
    touching={"start": ("near_foot", "far_foot"), "end": ("near_foot", "far_foot")},
    mat="ground",
)

MOVEMENTS = (SIDE_STRETCH, FOAM_ROLLER, MASSAGE_BALL, WALKING)
