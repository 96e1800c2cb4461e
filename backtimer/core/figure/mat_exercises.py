"""The exercises done lying or kneeling on the mat, each as keyframes and a solver.

Every solver keeps what the article keeps still: a bridge's shoulders and feet, the pelvis
of a superman, the shoulders of a lumbar rotation, the shins of a child's pose. The floor is
y = 0; a figure lying on its back rests with its hip joint ``HIP_Y`` above it.
"""

from __future__ import annotations

import math
from dataclasses import replace

from backtimer.core.figure.movement import Movement, Values
from backtimer.core.figure.shapes import Prop, Scene, View
from backtimer.core.figure.skeleton import (
    HEAD_R,
    LIMB_W,
    LUMBAR,
    NECK,
    P2,
    SHIN,
    THIGH,
    THORAX,
    Arm,
    Leg,
    Pose,
    arm_along,
    arm_to,
    build,
    leg_to,
    trunk_points,
    two_bone,
    wrap,
)

SUPINE = 180.0  # lumbar spine pointing left: lying on the back, head on the left
PRONE = 0.0  # lumbar spine pointing right with the front facing down: lying face down
FLAT_FOOT = 0.0  # absolute angle of a foot lying flat, toes to the right
HIP_Y = 17.0  # the hip joint of a figure lying on its back: back, head and buttocks touch
ANKLE_Y = 8.0  # a planted ankle: the heel and sole rest on the floor
HAND_Y = 7.5  # a hand resting on the floor
HEAD_REACH = NECK + HEAD_R * 0.8  # shoulder to the head's centre


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _blend_arm(a: Arm, b: Arm, t: float) -> Arm:
    """An arm between two arms by its joint angles (the short way round): the hand then
    travels smoothly, where steering it along a line would snap the elbow near full reach."""
    return Arm(flex=a.flex + wrap(b.flex - a.flex) * t,
               elbow=a.elbow + wrap(b.elbow - a.elbow) * t)


def _head_level(thorax: float) -> float:
    """The neck bend that keeps the head lying flat, whatever the thorax does."""
    return thorax - SUPINE


# --- glute bridge -----------------------------------------------------------------------------

_BRIDGE_FEET = (84.0, ANKLE_Y)
_BRIDGE_SHOULDER = (-(LUMBAR + THORAX), HIP_Y)
# Knees, hips and shoulders on one line at the top: the knee lies that line's length from the
# shoulders and a shin's length from the planted foot, which fixes the line's angle.
_BRIDGE_TOP, _ = two_bone(_BRIDGE_SHOULDER, _BRIDGE_FEET, LUMBAR + THORAX + THIGH, SHIN, bend=1)
_ARM_ON_MAT = math.degrees(math.asin((HAND_Y - HIP_Y) / 90.0))  # a straight arm on the mat


def _bridge(v: Values, side: str | None) -> Scene:
    rise = v["rise"]
    hip = (_BRIDGE_SHOULDER[0] + (LUMBAR + THORAX) * math.cos(math.radians(rise)),
           _BRIDGE_SHOULDER[1] + (LUMBAR + THORAX) * math.sin(math.radians(rise)))
    trunk = SUPINE + rise
    leg = leg_to(hip, trunk, _BRIDGE_FEET, FLAT_FOOT)
    arm = arm_along(trunk, _ARM_ON_MAT)  # flat on the mat, pressing down beside the body
    pose = Pose(trunk=trunk, neck=rise, near_leg=leg, far_leg=leg, near_arm=arm, far_arm=arm)
    return Scene(build(pose, hip), frozenset({"glute", "thigh"}))


GLUTE_BRIDGE = Movement(
    "glute-bridge", _bridge, {"start": {"rise": 0.0}, "end": {"rise": _BRIDGE_TOP}},
    planted=("shoulder", "head", "near_ankle", "far_ankle", "near_toe", "near_hand"),
    touching={"start": ("thorax", "head", "near_foot", "near_forearm"),
              "end": ("head", "near_foot", "near_forearm")},
)


# --- superman ---------------------------------------------------------------------------------

_PRONE_HIP = (0.0, 16.0)


def _superman(v: Values, side: str | None) -> Scene:
    lift = v["lift"]
    trunk = PRONE + 2.0 * lift
    thorax = trunk + 8.0 * lift  # the chest comes up a little more than the belly
    # The arms reach forward along the mat and then just off it; the gaze stays down.
    arm = Arm(flex=wrap(_lerp(-4.5, 6.0, lift) - thorax - 180.0))
    thigh = _lerp(187.0, 174.0, lift)  # absolute: along the mat, then a hand's width up
    leg = Leg(flex=wrap(thigh - trunk - 180.0), knee=_lerp(7.0, 0.0, lift), ankle=90.0)
    pose = Pose(trunk=trunk, spine=trunk - thorax, neck=thorax - _lerp(12.0, 14.0, lift),
                near_arm=arm, far_arm=arm, near_leg=leg, far_leg=leg)
    # The arms reach past the head on both sides; keep the head drawn in front to show it.
    return Scene(build(pose, _PRONE_HIP), frozenset({"lumbar", "glute"}), head_on_top=True)


SUPERMAN = Movement(
    "superman", _superman, {"start": {"lift": 0.0}, "end": {"lift": 1.0}},
    planted=("hip", "near_hip"),
    touching={"start": ("lumbar", "near_forearm", "near_shin"), "end": ("lumbar",)},
)


# --- pelvic tilt ------------------------------------------------------------------------------

_TILT_HIP = (0.0, HIP_Y)
_TILT_FEET = (98.0, ANKLE_Y)


def _tilt(v: Values, side: str | None) -> Scene:
    # Hollow: the pelvis tips forward and the waist lifts a finger's width off the mat while
    # hips and shoulders stay down; tilted, the pelvis tips back and the gap closes.
    arch = _lerp(16.0, -3.0, v["tilt"])
    back = math.degrees(math.asin(LUMBAR * math.sin(math.radians(arch)) / THORAX))
    trunk = SUPINE - arch
    thorax = SUPINE + back
    leg = leg_to(_TILT_HIP, trunk, _TILT_FEET, FLAT_FOOT)
    arm = arm_along(thorax, _ARM_ON_MAT)  # straight beside the body, palms on the mat
    pose = Pose(trunk=trunk, spine=trunk - thorax, neck=_head_level(thorax),
                near_leg=leg, far_leg=leg, near_arm=arm, far_arm=arm)
    return Scene(build(pose, _TILT_HIP), frozenset({"lumbar", "glute"}))


PELVIC_TILT = Movement(
    "pelvic-tilt", _tilt, {"start": {"tilt": 0.0}, "end": {"tilt": 1.0}},
    planted=("hip", "near_ankle", "near_toe", "near_hand"),
    touching={"start": ("head", "near_foot", "glute", "near_forearm"),
              "end": ("head", "near_foot", "lumbar", "near_forearm")},
)


# --- lumbar rotation --------------------------------------------------------------------------

_ROTATION_FEET = (92.0, ANKLE_Y)
ROTATION_VIEW = View(yaw=-20.0, pitch=72.0)  # from above, so bent knees read both ways


def _rotation(v: Values, side: str | None) -> Scene:
    hip = (0.0, HIP_Y)
    leg = replace(leg_to(hip, SUPINE, _ROTATION_FEET, FLAT_FOOT), abduct=-3.0)
    t_arms = Arm(flex=-6.0, abduct=84.0)  # arms out on the mat keep the shoulders down
    # Knees to the person's left are knees away from the viewer (they lie head to the left).
    roll = -v["roll"] if side != "right" else v["roll"]
    pose = Pose(trunk=SUPINE, leg_roll=roll, near_leg=leg, far_leg=leg,
                near_arm=t_arms, far_arm=t_arms)
    floor = Prop("polygon", ((-150.0, 0.0, -80.0), (140.0, 0.0, -80.0), (140.0, 0.0, 80.0),
                             (-150.0, 0.0, 80.0)), fill="mat")
    return Scene(build(pose, hip), frozenset({"lumbar", "glute", "pelvis"}), [floor])


LUMBAR_ROTATION = Movement(
    "lumbar-rotation", _rotation, {"start": {"roll": 0.0}, "end": {"roll": 64.0}},
    planted=("near_shoulder", "far_shoulder", "near_hand", "far_hand", "head", "hip"),
    touching={"start": ("head", "near_forearm", "far_forearm", "near_foot")},
    view=ROTATION_VIEW, mat="none", sided=True,
)


# --- knee to chest ----------------------------------------------------------------------------

_HUG_FEET = (98.0, ANKLE_Y)
_HUG_HIP = (0.0, HIP_Y)
_REST_LEG = leg_to(_HUG_HIP, SUPINE, _HUG_FEET, FLAT_FOOT)
_REST_THIGH = SUPINE + 180.0 + _REST_LEG.flex - 360.0
_REST_SHIN = _REST_THIGH - _REST_LEG.knee


def _knee_to_chest(v: Values, side: str | None) -> Scene:
    pull = v["pull"]
    thigh = _lerp(_REST_THIGH, 128.0, pull)
    shin = _lerp(_REST_SHIN, -8.0, pull)
    pulled = Leg(flex=wrap(thigh - SUPINE - 180.0), knee=thigh - shin,
                 ankle=_lerp(_REST_LEG.ankle, 25.0, pull))
    knee = (_HUG_HIP[0] + THIGH * math.cos(math.radians(thigh)),
            _HUG_HIP[1] + THIGH * math.sin(math.radians(thigh)))
    del knee
    hug = _blend_arm(_ARM_BESIDE, _HUG_ARM, pull)
    pose = Pose(trunk=SUPINE, near_leg=pulled, far_leg=_REST_LEG,
                near_arm=hug, far_arm=hug)
    accent = frozenset({"lumbar", "glute", "near_thigh"} if pull > 0 else {"lumbar", "glute"})
    return Scene(build(pose, _HUG_HIP), accent)


def _hug_arm() -> Arm:
    # Both hands wrap the front of the shin just below the knee; the elbows point out.
    thigh, shin = math.radians(128.0), math.radians(-8.0)
    knee = (_HUG_HIP[0] + THIGH * math.cos(thigh), _HUG_HIP[1] + THIGH * math.sin(thigh))
    up = shin + math.pi / 2
    grip = (knee[0] + 16.0 * math.cos(shin) + (LIMB_W / 2 + 6.0) * math.cos(up),
            knee[1] + 16.0 * math.sin(shin) + (LIMB_W / 2 + 6.0) * math.sin(up))
    _, shoulder = trunk_points(_HUG_HIP, SUPINE)
    return arm_to(shoulder, SUPINE, grip, bend=1)


_ARM_BESIDE = arm_along(SUPINE, _ARM_ON_MAT)
_HUG_ARM = _hug_arm()


KNEE_TO_CHEST = Movement(
    "knee-to-chest", _knee_to_chest, {"start": {"pull": 0.0}, "end": {"pull": 1.0}},
    planted=("shoulder", "hip", "far_ankle", "far_toe"),
    touching={"start": ("head", "thorax", "far_foot", "near_foot"),
              "end": ("head", "thorax", "far_foot")},
)


# --- child's pose -----------------------------------------------------------------------------

_KNEE = (0.0, LIMB_W / 2)  # shins flat on the mat, toes pointing back
_ANKLE = (-SHIN, LIMB_W / 2)


def _kneeling(fold: float, seat: float) -> tuple[P2, float, float, P2]:
    """Hip, trunk and spine angles, and shoulder, of a kneeling body folded ``fold`` (0…1)."""
    rise = math.radians(180.0 - seat)  # the thigh's rise from the mat, knee to hip
    hip = (_KNEE[0] + THIGH * math.cos(rise), _KNEE[1] + THIGH * math.sin(rise))
    trunk = _lerp(92.0, 16.0, fold)
    spine = _lerp(0.0, 26.0, fold)
    _, shoulder = trunk_points(hip, trunk, spine)
    return hip, trunk, spine, shoulder


def _childs_ends() -> tuple[Arm, Arm, float]:
    """The arms sitting up (hands on the thighs) and folded (reaching along the mat), and the
    neck bend that rests the forehead on the mat when folded."""
    hip, trunk, spine, shoulder = _kneeling(0.0, _SEAT_UP)
    on_thigh = ((hip[0] + _KNEE[0]) / 2 + 8.0, (hip[1] + _KNEE[1]) / 2 + 12.0)
    sitting = arm_to(shoulder, trunk - spine, on_thigh, bend=1)
    hip, trunk, spine, shoulder = _kneeling(1.0, _SEAT_FOLDED)
    reaching = arm_to(shoulder, trunk - spine, (shoulder[0] + 84.0, HAND_Y), bend=-1)
    gaze = math.degrees(math.asin((HEAD_R + 0.5 - shoulder[1]) / HEAD_REACH))
    return sitting, reaching, (trunk - spine) - gaze


_SEAT_UP, _SEAT_FOLDED = 20.0, 26.0
_SITTING_ARM, _REACHING_ARM, _FOREHEAD_DOWN = _childs_ends()


def _childs_pose(v: Values, side: str | None) -> Scene:
    fold = v["fold"]
    hip, trunk, spine, _ = _kneeling(fold, v["seat"])
    leg = leg_to(hip, trunk, _ANKLE, 180.0)
    arm = _blend_arm(_SITTING_ARM, _REACHING_ARM, fold)
    pose = Pose(trunk=trunk, spine=spine, neck=_FOREHEAD_DOWN * fold, near_leg=leg,
                far_leg=leg, near_arm=arm, far_arm=arm)
    # The forehead rests between the arms; drawing it over the near arm keeps it in sight.
    return Scene(build(pose, hip), frozenset({"lumbar"}), head_on_top=fold > 0.5)


CHILDS_POSE = Movement(
    "childs-pose", _childs_pose,
    {"start": {"fold": 0.0, "seat": _SEAT_UP}, "end": {"fold": 1.0, "seat": _SEAT_FOLDED}},
    planted=("near_knee", "far_knee", "near_ankle", "far_ankle", "near_toe", "far_toe"),
    touching={"start": ("near_shin", "near_foot"),
              "end": ("near_shin", "near_foot", "head", "near_forearm")},
)

MOVEMENTS = (GLUTE_BRIDGE, SUPERMAN, PELVIC_TILT, LUMBAR_ROTATION, CHILDS_POSE, KNEE_TO_CHEST)
