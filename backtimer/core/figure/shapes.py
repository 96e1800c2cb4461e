"""The figure as parts (segments and balls with thickness), and the props of a scene."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from backtimer.core.figure.skeleton import (
    GLUTE_R,
    HEAD_R,
    LIMB_W,
    NECK_W,
    SIDES,
    TORSO_W_FRONT,
    TORSO_W_SIDE,
    Joints,
    Vec,
)


@dataclass(frozen=True)
class Seg:
    name: str
    points: tuple[Vec, ...]
    width: float


@dataclass(frozen=True)
class Ball:
    name: str
    centre: Vec
    radius: float


@dataclass
class Group:
    """Parts drawn together: one outline pass under one fill pass, so joints stay seamless."""

    name: str
    parts: list[Seg | Ball]
    depth_points: list[Vec]
    far: bool = False


@dataclass(frozen=True)
class View:
    yaw: float = 0.0
    pitch: float = 0.0

    @property
    def front(self) -> bool:
        return abs(self.yaw) > 45.0

    def project(self, p: Vec) -> tuple[float, float, float]:
        """Orthographic camera: returns screen x, screen y (up) and depth (toward viewer)."""
        cy, sy = math.cos(math.radians(self.yaw)), math.sin(math.radians(self.yaw))
        cp, sp = math.cos(math.radians(self.pitch)), math.sin(math.radians(self.pitch))
        x1 = p[0] * cy + p[2] * sy
        z1 = -p[0] * sy + p[2] * cy
        return x1, p[1] * cp - z1 * sp, z1 * cp + p[1] * sp


SIDE = View()


def figure_groups(j: Joints, view: View) -> list[Group]:
    torso_w = TORSO_W_FRONT if view.front else TORSO_W_SIDE
    body_parts: list[Seg | Ball] = []
    if not view.front:
        body_parts.append(Ball("glute", j["glute"], GLUTE_R))
    else:
        body_parts.append(Seg("pelvis", (j["near_hip"], j["far_hip"]), LIMB_W + 6))
        body_parts.append(Seg("shoulders", (j["near_shoulder"], j["far_shoulder"]), LIMB_W))
    body_parts += [
        Seg("lumbar", (j["hip"], j["waist"]), torso_w),
        Seg("thorax", (j["waist"], j["shoulder"]), torso_w),
    ]
    head_parts: list[Seg | Ball] = [
        Seg("neck", (j["shoulder"], j["neck"]), NECK_W),
        Ball("head", j["head"], HEAD_R),
    ]
    if not view.front:
        head_parts.append(Ball("nose", j["nose"], 4.0))
    if view.front:
        for side in SIDES:
            body_parts.append(
                Seg(
                    f"{side}_flank",
                    tuple(j[f"{side}_flank_{k}"] for k in ("low", "mid", "high")),
                    10.0,
                )
            )
    groups = [
        Group("body", body_parts, [j["hip"], j["waist"], j["shoulder"]]),
        Group("head", head_parts, [j["hip"], j["waist"], j["shoulder"]]),
    ]
    for side in SIDES:
        groups.append(
            Group(
                f"{side}_arm",
                [
                    Seg(f"{side}_upper_arm", (j[f"{side}_shoulder"], j[f"{side}_elbow"]), LIMB_W),
                    Seg(f"{side}_forearm", (j[f"{side}_elbow"], j[f"{side}_hand"]), LIMB_W - 1),
                ],
                [j[f"{side}_shoulder"], j[f"{side}_elbow"], j[f"{side}_hand"]],
            )
        )
        groups.append(
            Group(
                f"{side}_leg",
                [
                    Seg(f"{side}_thigh", (j[f"{side}_hip"], j[f"{side}_knee"]), LIMB_W + 1),
                    Seg(f"{side}_shin", (j[f"{side}_knee"], j[f"{side}_ankle"]), LIMB_W),
                    Seg(f"{side}_foot", (j[f"{side}_ankle"], j[f"{side}_toe"]), LIMB_W - 3),
                ],
                [j[f"{side}_hip"], j[f"{side}_knee"], j[f"{side}_ankle"]],
            )
        )
    return groups


@dataclass
class Prop:
    """A thing in the world (roller, wall, ball, floor); layer orders it against the figure."""

    kind: str  # "disc", "roller", "line", "polygon"
    points: tuple[Vec, ...]
    radius: float = 0.0
    width: float = 0.0
    fill: str = "prop"  # a colour role (see drawing.PALETTE)
    layer: int = -1  # -1 behind the figure, 0 sorted among the body parts by depth
    depth: float = 0.0


@dataclass
class Scene:
    joints: Joints
    accent: frozenset[str]
    props: list[Prop] = field(default_factory=list)
    head_on_top: bool = False


def floor_offset(j: Joints) -> float:
    """How far to lift a figure so its lowest surface just touches the floor."""
    lowest = math.inf
    for group in figure_groups(j, SIDE):
        for part in group.parts:
            if isinstance(part, Ball):
                lowest = min(lowest, part.centre[1] - part.radius)
            else:
                lowest = min(lowest, *(p[1] - part.width / 2 for p in part.points))
    return -lowest


def shifted(j: Joints, dx: float, dy: float) -> Joints:
    return {k: (v[0] + dx, v[1] + dy, v[2]) for k, v in j.items()}


def on_floor(j: Joints) -> Joints:
    return shifted(j, 0.0, floor_offset(j))



def shifted_props(props: list[Prop], dx: float, dy: float) -> list[Prop]:
    return [Prop(p.kind, tuple((q[0] + dx, q[1] + dy, q[2]) for q in p.points), p.radius,
                 p.width, p.fill, p.layer, p.depth) for p in props]


def lowest_surface(j: Joints, name: str) -> float:
    """Height of the underside of one drawn part (e.g. "head", "near_shin") above the floor."""
    for group in figure_groups(j, SIDE):
        for part in group.parts:
            if part.name == name:
                if isinstance(part, Ball):
                    return part.centre[1] - part.radius
                return min(p[1] - part.width / 2 for p in part.points)
    raise KeyError(name)
