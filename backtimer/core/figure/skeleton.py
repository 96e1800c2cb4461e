"""The figure's skeleton: segment lengths, joint angles and forward kinematics (no drawing).

World space: x to the right, y up (the floor is y = 0), z toward the viewer. A pose is a set
of joint angles; only the lumbar spine's direction is absolute, so one change of trunk angle
carries everything above and below it along.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# Segment lengths and thicknesses in figure units: an adult's proportions (a figure lying
# flat spans about 300 units, a standing one about 255).
LUMBAR = 32.0
THORAX = 44.0
NECK = 11.0
HEAD_R = 16.0
UPPER_ARM = 46.0
FOREARM = 44.0
THIGH = 64.0
SHIN = 58.0
FOOT = 20.0
HIP_HALF = 11.0
SHOULDER_HALF = 24.0
LIMB_W = 16.0
NECK_W = 12.0
TORSO_W_SIDE = 30.0
TORSO_W_FRONT = 40.0
GLUTE_R = 13.0

Vec = tuple[float, float, float]
P2 = tuple[float, float]
Joints = dict[str, Vec]
SIDES = ("near", "far")

# --- vector helpers -------------------------------------------------------------------------


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def mul(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def heading(deg: float, length: float = 1.0) -> Vec:
    """A vector in the sagittal (x-y) plane; 0° points right, 90° points up."""
    rad = math.radians(deg)
    return (math.cos(rad) * length, math.sin(rad) * length, 0.0)


def rotate(p: Vec, origin: Vec, axis: Vec, deg: float) -> Vec:
    """Rodrigues' rotation of p about the unit axis through origin."""
    v = sub(p, origin)
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    kx, ky, kz = axis
    cross = (ky * v[2] - kz * v[1], kz * v[0] - kx * v[2], kx * v[1] - ky * v[0])
    dot = kx * v[0] + ky * v[1] + kz * v[2]
    r = add(add(mul(v, c), mul(cross, s)), mul(axis, dot * (1 - c)))
    return add(origin, r)


def wrap(deg: float) -> float:
    return (deg + 180.0) % 360.0 - 180.0


def two_bone(root: P2, target: P2, l1: float, l2: float, bend: int) -> tuple[float, float]:
    """Absolute angles of two bones reaching from root to target (bend ±1 picks the elbow)."""
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = min(max(math.hypot(dx, dy), abs(l1 - l2) + 1e-6), l1 + l2 - 1e-6)
    base = math.atan2(dy, dx)
    spread = math.acos((l1 * l1 + d * d - l2 * l2) / (2 * l1 * d))
    first = base + bend * spread
    jx, jy = root[0] + l1 * math.cos(first), root[1] + l1 * math.sin(first)
    second = math.atan2(target[1] - jy, target[0] - jx)
    return math.degrees(first), math.degrees(second)



# --- skeleton and forward kinematics -----------------------------------------------------------


@dataclass(frozen=True)
class Arm:
    flex: float = 0.0  # shoulder flexion; 0 = along the trunk, 180 = overhead
    elbow: float = 0.0
    abduct: float = 0.0  # sideways in the frontal plane, as when raising a hanging arm
    elbow_in: float = 0.0  # forearm bent within the frontal plane (overhead: toward the head)


@dataclass(frozen=True)
class Leg:
    flex: float = 0.0  # hip flexion; 0 = in line with the trunk
    knee: float = 0.0
    ankle: float = 0.0  # plantar flexion; 0 = foot at right angles to the shin
    abduct: float = 0.0


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees; the lumbar spine's direction is the only absolute one."""

    trunk: float  # pelvis → waist: 90 upright, 180 supine with the head left, 0 prone head right
    spine: float = 0.0  # thoracic flexion relative to the lumbar spine (negative = arched)
    neck: float = 0.0
    side_bend: float = 0.0  # lateral bend of everything above the waist
    leg_roll: float = 0.0  # both legs rotated about the trunk axis (knees dropped sideways)
    near_arm: Arm = Arm()
    far_arm: Arm = Arm()
    near_leg: Leg = Leg()
    far_leg: Leg = Leg()


def arm_to(shoulder: P2, thorax: float, hand: P2, bend: int = 1) -> Arm:
    """The arm angles that put the hand on a point of the sagittal plane."""
    upper, fore = two_bone(shoulder, hand, UPPER_ARM, FOREARM, bend)
    return Arm(flex=wrap(upper - thorax - 180.0), elbow=wrap(fore - upper))


def arm_along(thorax: float, direction: float) -> Arm:
    """A straight arm pointing in an absolute direction, e.g. lying on the mat."""
    return Arm(flex=wrap(direction - thorax - 180.0))


def leg_to(hip: P2, trunk: float, ankle: P2, foot: float, bend: int = 1) -> Leg:
    """The leg angles that plant the ankle on a point with the foot at an absolute angle."""
    thigh, shin = two_bone(hip, ankle, THIGH, SHIN, bend)
    return Leg(
        flex=wrap(thigh - trunk - 180.0),
        knee=wrap(thigh - shin),
        ankle=wrap(shin + 90.0 - foot),
    )


def trunk_points(hip: P2, trunk: float, spine: float = 0.0) -> tuple[P2, P2]:
    """Waist and shoulder of an unbent trunk, for solving limbs before the full build."""
    waist = (
        hip[0] + LUMBAR * math.cos(math.radians(trunk)),
        hip[1] + LUMBAR * math.sin(math.radians(trunk)),
    )
    thorax = math.radians(trunk - spine)
    return waist, (waist[0] + THORAX * math.cos(thorax), waist[1] + THORAX * math.sin(thorax))


def build(pose: Pose, hip: P2 = (0.0, 0.0)) -> Joints:
    """Forward kinematics: joint positions in world space (y up, z toward the viewer)."""
    j: Joints = {}
    root: Vec = (hip[0], hip[1], 0.0)
    lumbar = pose.trunk
    thorax = lumbar - pose.spine
    neck = thorax - pose.neck
    pelvis_front = heading(lumbar - 90.0)
    chest_front = heading(thorax - 90.0)
    j["hip"] = root
    j["waist"] = add(root, heading(lumbar, LUMBAR))
    j["shoulder"] = add(j["waist"], heading(thorax, THORAX))
    j["neck"] = add(j["shoulder"], heading(neck, NECK))
    j["head"] = add(j["neck"], heading(neck, HEAD_R * 0.8))
    j["nose"] = add(add(j["head"], heading(neck - 90.0, HEAD_R * 0.95)), heading(neck, 2.0))
    j["glute"] = add(add(root, mul(pelvis_front, -6.0)), heading(lumbar, 3.0))
    for sign, side in ((1.0, "near"), (-1.0, "far")):
        arm: Arm = getattr(pose, f"{side}_arm")
        leg: Leg = getattr(pose, f"{side}_leg")
        shoulder = add(j["shoulder"], (0.0, 0.0, sign * SHOULDER_HALF))
        upper = thorax + 180.0 + arm.flex
        elbow = add(shoulder, heading(upper, UPPER_ARM))
        hand = add(elbow, heading(upper + arm.elbow, FOREARM))
        elbow = rotate(elbow, shoulder, chest_front, -sign * arm.abduct)
        hand = rotate(hand, shoulder, chest_front, -sign * arm.abduct)
        hand = rotate(hand, elbow, chest_front, -sign * arm.elbow_in)
        j[f"{side}_shoulder"], j[f"{side}_elbow"], j[f"{side}_hand"] = shoulder, elbow, hand

        hip_j = add(root, (0.0, 0.0, sign * HIP_HALF))
        thigh = lumbar + 180.0 + leg.flex
        shin = thigh - leg.knee
        knee = add(hip_j, heading(thigh, THIGH))
        ankle = add(knee, heading(shin, SHIN))
        toe = add(ankle, heading(shin + 90.0 - leg.ankle, FOOT))
        spread = [rotate(p, hip_j, pelvis_front, -sign * leg.abduct) for p in (knee, ankle, toe)]
        j[f"{side}_hip"] = hip_j
        j[f"{side}_knee"], j[f"{side}_ankle"], j[f"{side}_toe"] = spread

        # The flanks only show in a front view, where the side stretch lights one of them up.
        j[f"{side}_flank_low"] = add(root, (0.0, 0.0, sign * 12.0))
        j[f"{side}_flank_mid"] = add(j["waist"], (0.0, 0.0, sign * 13.0))
        j[f"{side}_flank_high"] = add(
            add(j["waist"], heading(thorax, THORAX * 0.7)), (0.0, 0.0, sign * 14.0)
        )

    axis = heading(lumbar)
    # The pelvis rolls with the knees, so the thighs keep their length.
    for name in [n for n in j if n.endswith(("_hip", "knee", "ankle", "toe"))]:
        j[name] = rotate(j[name], root, axis, -pose.leg_roll)
    upper_body = ("shoulder", "neck", "head", "nose", "elbow", "hand", "flank_high")
    for name in [n for n in j if n.endswith(upper_body)]:
        j[name] = rotate(j[name], j["waist"], pelvis_front, pose.side_bend)
    return j

