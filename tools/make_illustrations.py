"""Draw backtimer's exercise illustrations and app icon as SVG (stdlib only, deterministic)."""

from __future__ import annotations

import argparse
import math
import shutil
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ILLUSTRATION_DIR = ROOT / "assets" / "illustrations"
ICON_PATH = ROOT / "assets" / "icons" / "backtimer.svg"

WIDTH, HEIGHT = 400, 300
MAT_Y = 262.0  # top surface of the mat; every lying and standing figure rests on it
MARGIN = 6.0

# The slate body alone vanishes on a dark theme and the pale outline alone vanishes on a
# light one; together they read on both white and #1e1e1e without a background of our own.
BODY = "#2F3B4C"
BODY_FAR = "#5E6E85"
ACCENT = "#E8743B"
ACCENT_FAR = "#B85A2C"
OUTLINE = "#F3F5F8"
MAT = "#C9D3DF"
PROP = "#7C90AA"
PROP_DARK = "#566A85"
OUTLINE_W = 2.5

# Segment lengths and thicknesses in viewBox units: an adult's proportions, sized so a
# figure lying flat spans about 300 of the 400 units and a standing one about 255 of 300.
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


def build(pose: Pose, hip: P2 = (0.0, 0.0)) -> dict[str, Vec]:
    """Forward kinematics: joint positions in world space (y up, z toward the viewer)."""
    j: dict[str, Vec] = {}
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
    for name in [n for n in j if n.endswith(("knee", "ankle", "toe"))]:
        j[name] = rotate(j[name], root, axis, -pose.leg_roll)
    upper_body = ("shoulder", "neck", "head", "nose", "elbow", "hand", "flank_high")
    for name in [n for n in j if n.endswith(upper_body)]:
        j[name] = rotate(j[name], j["waist"], pelvis_front, pose.side_bend)
    return j


# --- drawing primitives ------------------------------------------------------------------------


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


def figure_groups(j: dict[str, Vec], view: View) -> list[Group]:
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
    fill: str = PROP
    layer: int = -1  # -1 behind the figure, 0 sorted among the body parts by depth
    depth: float = 0.0


@dataclass
class Scene:
    joints: dict[str, Vec]
    accent: frozenset[str]
    props: list[Prop] = field(default_factory=list)
    head_on_top: bool = False


def floor_offset(j: dict[str, Vec]) -> float:
    """How far to lift a figure so its lowest surface just touches the floor."""
    lowest = math.inf
    for group in figure_groups(j, SIDE):
        for part in group.parts:
            if isinstance(part, Ball):
                lowest = min(lowest, part.centre[1] - part.radius)
            else:
                lowest = min(lowest, *(p[1] - part.width / 2 for p in part.points))
    return -lowest


def shifted(j: dict[str, Vec], dx: float, dy: float) -> dict[str, Vec]:
    return {k: (v[0] + dx, v[1] + dy, v[2]) for k, v in j.items()}


def on_floor(j: dict[str, Vec]) -> dict[str, Vec]:
    return shifted(j, 0.0, floor_offset(j))


# --- SVG output --------------------------------------------------------------------------------


def num(v: float) -> str:
    text = f"{v:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


class Canvas:
    def __init__(self, view: View, scale: float, dx: float, dy: float) -> None:
        self.view, self.scale, self.dx, self.dy = view, scale, dx, dy
        self.lines: list[str] = []

    def xy(self, p: Vec) -> P2:
        sx, sy, _ = self.view.project(p)
        return self.dx + sx * self.scale, self.dy - sy * self.scale

    def stroke(self, pts: Iterable[Vec], colour: str, width: float) -> None:
        coords = [self.xy(p) for p in pts]
        w = num(width)
        if len(coords) == 2:
            (x1, y1), (x2, y2) = coords
            self.lines.append(
                f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" '
                f'stroke="{colour}" stroke-width="{w}" stroke-linecap="round"/>'
            )
        else:
            d = " ".join(f"{num(x)},{num(y)}" for x, y in coords)
            self.lines.append(
                f'<polyline points="{d}" fill="none" stroke="{colour}" stroke-width="{w}" '
                'stroke-linecap="round" stroke-linejoin="round"/>'
            )

    def disc(self, c: Vec, r: float, colour: str) -> None:
        x, y = self.xy(c)
        self.lines.append(f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="{colour}"/>')

    def ring(self, c: Vec, r: float, colour: str, width: float) -> None:
        x, y = self.xy(c)
        self.lines.append(
            f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" fill="none" '
            f'stroke="{colour}" stroke-width="{num(width)}"/>'
        )

    def polygon(self, pts: Iterable[Vec], colour: str) -> None:
        d = " ".join(f"{num(x)},{num(y)}" for x, y in (self.xy(p) for p in pts))
        self.lines.append(f'<polygon points="{d}" fill="{colour}"/>')


def is_accent(name: str, accent: frozenset[str]) -> bool:
    return name in accent or name.split("_", 1)[-1] in accent


def draw_group(canvas: Canvas, group: Group, accent: frozenset[str]) -> None:
    for part in group.parts:
        if isinstance(part, Ball):
            canvas.disc(part.centre, part.radius + OUTLINE_W, OUTLINE)
        else:
            canvas.stroke(part.points, OUTLINE, part.width + 2 * OUTLINE_W)
    # Accented parts go last so a working muscle is never hidden by its resting neighbour.
    ordered = sorted(group.parts, key=lambda p: is_accent(p.name, accent))
    for part in ordered:
        lit = is_accent(part.name, accent)
        if lit:
            colour = ACCENT_FAR if group.far else ACCENT
        elif part.name.endswith("flank"):
            continue
        else:
            colour = BODY_FAR if group.far else BODY
        if isinstance(part, Ball):
            if part.name == "nose" and lit:
                colour = BODY_FAR if group.far else BODY
            canvas.disc(part.centre, part.radius, colour)
        else:
            canvas.stroke(part.points, colour, part.width)


def draw_prop(canvas: Canvas, prop: Prop) -> None:
    if prop.kind == "disc":
        canvas.disc(prop.points[0], prop.radius + OUTLINE_W, OUTLINE)
        canvas.disc(prop.points[0], prop.radius, prop.fill)
    elif prop.kind == "roller":
        canvas.disc(prop.points[0], prop.radius + OUTLINE_W, OUTLINE)
        canvas.disc(prop.points[0], prop.radius, prop.fill)
        canvas.ring(prop.points[0], prop.radius * 0.55, PROP_DARK, 3.0)
    elif prop.kind == "line":
        canvas.stroke(prop.points, prop.fill, prop.width)
    elif prop.kind == "polygon":
        canvas.polygon(prop.points, prop.fill)


def extent(scene: Scene, view: View) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []

    def take(p: Vec, pad: float) -> None:
        sx, sy, _ = view.project(p)
        xs.extend((sx - pad, sx + pad))
        ys.extend((sy - pad, sy + pad))

    for group in figure_groups(scene.joints, view):
        for part in group.parts:
            if isinstance(part, Ball):
                take(part.centre, part.radius + OUTLINE_W)
            else:
                for p in part.points:
                    take(p, part.width / 2 + OUTLINE_W)
    for prop in scene.props:
        for p in prop.points:
            take(p, prop.radius + prop.width / 2)
    return min(xs), min(ys), max(xs), max(ys)


def render(
    scene: Scene,
    view: View,
    scale: float,
    dx: float,
    dy: float,
    mat: tuple[float, float, float] | None,
) -> str:
    canvas = Canvas(view, scale, dx, dy)
    if mat is not None:
        # The mat (or a bare floor) is seen edge-on below the floor line, whatever the camera.
        left, right, thick = mat
        canvas.lines.append(
            f'<rect x="{num(left)}" y="{num(MAT_Y)}" width="{num(right - left)}" '
            f'height="{num(thick)}" rx="{num(thick / 2)}" fill="{MAT}"/>'
        )
    for prop in scene.props:
        if prop.layer < 0:
            draw_prop(canvas, prop)
    groups = figure_groups(scene.joints, view)
    depth = {
        g.name: sum(view.project(p)[2] for p in g.depth_points) / len(g.depth_points)
        for g in groups
    }
    body_depth = depth["body"]
    items: list[tuple[float, int, Group | Prop]] = []
    if scene.head_on_top:
        depth["head"] = math.inf
    for i, g in enumerate(groups):
        # Side views draw the far limbs in a softer shade so the two sides stay apart.
        g.far = not view.front and depth[g.name] < body_depth - 4.0
        items.append((depth[g.name], i, g))
    for i, prop in enumerate(scene.props):
        if prop.layer == 0:
            items.append((prop.depth, 100 + i, prop))
    for _, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        if isinstance(item, Group):
            draw_group(canvas, item, scene.accent)
        else:
            draw_prop(canvas, item)
    return svg_document(WIDTH, HEIGHT, canvas.lines)


def svg_document(w: int, h: int, body: list[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
    )
    return "\n".join([head, *("  " + line for line in body), "</svg>", ""])


@dataclass
class Exercise:
    ident: str
    start: Scene
    end: Scene
    view: View = SIDE
    scale: float = 1.0
    mat: str = "mat"  # "mat", "ground" (a short floor line) or "plane" (for a raised view)


def layout(ex: Exercise) -> tuple[float, float, tuple[float, float, float] | None]:
    """Shared offsets for both phases, so props and planted feet stay put between them."""
    boxes = [extent(s, ex.view) for s in (ex.start, ex.end)]
    x0 = min(b[0] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    s = ex.scale
    dx = WIDTH / 2 - (x0 + x1) / 2 * s
    if ex.mat == "plane":
        y0 = min(b[1] for b in boxes)
        dy = HEIGHT / 2 + (y0 + y1) / 2 * s
    else:
        dy = MAT_Y
    for x_lo, y_lo, x_hi, y_hi in boxes:
        left, right = dx + x_lo * s, dx + x_hi * s
        top, bottom = dy - y_hi * s, dy - y_lo * s
        if left < MARGIN or right > WIDTH - MARGIN or top < MARGIN or bottom > HEIGHT - MARGIN:
            box = f"{left:.0f},{top:.0f} to {right:.0f},{bottom:.0f}"
            raise ValueError(f"{ex.ident} does not fit the view box: {box}")
    if ex.mat == "mat":
        return dx, dy, (22.0, 378.0, 9.0)
    if ex.mat == "ground":
        return dx, dy, (dx + x0 * s - 22.0, dx + x1 * s + 22.0, 6.0)
    return dx, dy, None


def write_exercise(ex: Exercise, out_dir: Path) -> list[Path]:
    dx, dy, mat = layout(ex)
    written = []
    for phase, scene in (("start", ex.start), ("end", ex.end)):
        path = out_dir / f"{ex.ident}-{phase}.svg"
        path.write_text(
            render(scene, ex.view, ex.scale, dx, dy, mat), encoding="utf-8", newline="\n"
        )
        written.append(path)
    return written


# --- the exercises -----------------------------------------------------------------------------

SUPINE = 180.0  # lumbar spine pointing left: lying on the back, head on the left
PRONE = 0.0  # lumbar spine pointing right with the front facing down: lying face down

ARMS_BY_SIDES = Arm(flex=0.0)
FLAT_FOOT = 0.0  # absolute angle of a foot lying flat, toes to the right


def supine_bent(hip_y: float = 15.0, feet_x: float = 98.0) -> tuple[Pose, P2]:
    """Lying on the back with both knees bent and the feet flat: the base of five exercises."""
    hip = (0.0, hip_y)
    leg = leg_to(hip, SUPINE, (feet_x, 9.0), FLAT_FOOT)
    return Pose(
        trunk=SUPINE, near_leg=leg, far_leg=leg, near_arm=Arm(flex=-4.0), far_arm=Arm(flex=-4.0)
    ), hip


def glute_bridge() -> Exercise:
    # Heels close to the buttocks, as the exercise asks, also lets the hips rise higher.
    start_pose, hip = supine_bent(feet_x=84.0)
    start = on_floor(build(start_pose, hip))
    ankle = start["near_ankle"][:2]
    shoulder = start["shoulder"][:2]
    # Knees, hips and shoulders on one line: the knee lies that line's length from the
    # shoulders and a shin's length from the planted foot, which fixes the line's angle.
    rise, _ = two_bone(shoulder, ankle, LUMBAR + THORAX + THIGH, SHIN, bend=1)
    hip_end = (
        shoulder[0] + (LUMBAR + THORAX) * math.cos(math.radians(rise)),
        shoulder[1] + (LUMBAR + THORAX) * math.sin(math.radians(rise)),
    )
    trunk = 180.0 + rise
    leg = leg_to(hip_end, trunk, ankle, FLAT_FOOT)
    arm = arm_along(trunk, -2.0)  # flat on the mat, pressing down beside the body
    end_pose = Pose(trunk=trunk, neck=rise, near_leg=leg, far_leg=leg, near_arm=arm, far_arm=arm)
    end = build(end_pose, hip_end)
    accent = frozenset({"glute", "thigh"})
    return Exercise("glute-bridge", Scene(start, accent), Scene(end, accent))


def superman() -> Exercise:
    legs = Leg(flex=0.0, ankle=72.0)
    arms = Arm(flex=176.0)
    start = on_floor(
        build(Pose(trunk=PRONE, near_arm=arms, far_arm=arms, near_leg=legs, far_leg=legs))
    )
    lifted_arm = Arm(flex=-168.0)
    lifted_leg = Leg(flex=-16.0, ankle=72.0)
    end = on_floor(
        build(
            Pose(
                trunk=PRONE + 4.0,
                spine=-12.0,
                neck=-4.0,
                near_arm=lifted_arm,
                far_arm=lifted_arm,
                near_leg=lifted_leg,
                far_leg=lifted_leg,
            )
        )
    )
    accent = frozenset({"lumbar", "glute"})
    # The arms reach past the head on both sides; keep the head drawn in front to show it.
    return Exercise(
        "superman", Scene(start, accent, head_on_top=True), Scene(end, accent, head_on_top=True)
    )


def pelvic_tilt() -> Exercise:
    base, hip = supine_bent()
    ankle = build(base, hip)["near_ankle"][:2]
    # Arched: the pelvis tips forward and the waist lifts off the mat while the hips and the
    # shoulders stay down; pressed flat, the pelvis tips back and the gap closes.
    arch = 22.0
    back = math.degrees(math.asin(LUMBAR * math.sin(math.radians(arch)) / THORAX))
    trunk = SUPINE - arch
    thorax = SUPINE + back
    leg = leg_to(hip, trunk, ankle, FLAT_FOOT)
    # Hands rest on the lower belly, which keeps the arm clear of the gap under the back.
    _, shoulder = trunk_points(hip, trunk, trunk - thorax)
    arm = arm_to(shoulder, thorax, (hip[0] - 2.0, hip[1] + 17.0))
    arched = Pose(
        trunk=trunk,
        spine=trunk - thorax,
        neck=back - 4.0,
        near_leg=leg,
        far_leg=leg,
        near_arm=arm,
        far_arm=arm,
    )
    start = build(arched, hip)
    tucked = SUPINE + 4.0
    leg = leg_to(hip, tucked, ankle, FLAT_FOOT)
    _, shoulder = trunk_points(hip, tucked, 4.0)
    arm = arm_to(shoulder, SUPINE, (hip[0] - 2.0, hip[1] + 17.0))
    flat = Pose(
        trunk=tucked, spine=4.0, neck=-4.0, near_leg=leg, far_leg=leg, near_arm=arm, far_arm=arm
    )
    end = build(flat, hip)
    accent = frozenset({"lumbar", "glute"})
    return Exercise("pelvic-tilt", Scene(start, accent), Scene(end, accent))


def lumbar_rotation() -> Exercise:
    base, hip = supine_bent(feet_x=92.0)
    knees_together = replace(base.near_leg, abduct=-3.0)
    t_arms = Arm(abduct=80.0)  # arms out on the mat keep the shoulders down
    up = Pose(
        trunk=SUPINE,
        near_leg=knees_together,
        far_leg=knees_together,
        near_arm=t_arms,
        far_arm=t_arms,
    )
    start = on_floor(build(up, hip))
    end = build(replace(up, leg_roll=62.0), hip)
    end = shifted(end, 0.0, start["hip"][1] - end["hip"][1])
    accent = frozenset({"lumbar", "glute", "pelvis"})
    floor = Prop(
        "polygon",
        ((-150.0, 0.0, -70.0), (130.0, 0.0, -70.0), (130.0, 0.0, 70.0), (-150.0, 0.0, 70.0)),
        fill=MAT,
    )
    # Seen from the side, knees falling toward the viewer would only look shorter; a view
    # from above the feet shows them swing down to the mat while the shoulders stay flat.
    return Exercise(
        "lumbar-rotation",
        Scene(start, accent, [floor]),
        Scene(end, accent, [floor]),
        view=View(yaw=-35.0, pitch=25.0),
        mat="plane",
    )


def childs_pose() -> Exercise:
    knee: P2 = (0.0, 9.0)
    ankle: P2 = (-SHIN, 9.0)
    sit_hip: P2 = (-58.0, 30.0)
    leg = leg_to(sit_hip, 92.0, ankle, 180.0 + 8.0)
    thigh_mid = ((sit_hip[0] + knee[0]) / 2 + 6, (sit_hip[1] + knee[1]) / 2 + 10)
    _, shoulder = trunk_points(sit_hip, 92.0)
    rest = arm_to(shoulder, 92.0, thigh_mid, bend=1)
    start = build(Pose(trunk=92.0, near_leg=leg, far_leg=leg, near_arm=rest, far_arm=rest), sit_hip)
    start = shifted(start, 0.0, floor_offset(start))

    fold_hip: P2 = (-56.0, 30.0)
    leg2 = leg_to(fold_hip, 12.0, ankle, 188.0)
    trunk, spine = 12.0, 27.0
    _, shoulder2 = trunk_points(fold_hip, trunk, spine)
    reach = arm_to(shoulder2, trunk - spine, (shoulder2[0] + 88.0, 8.5), bend=-1)
    folded = Pose(
        trunk=trunk,
        spine=spine,
        neck=0.0,
        near_leg=leg2,
        far_leg=leg2,
        near_arm=reach,
        far_arm=reach,
    )
    end = build(folded, fold_hip)
    end = shifted(end, 0.0, floor_offset(end))
    accent = frozenset({"lumbar"})
    # The forehead rests between the arms; drawing it over the near arm keeps it in sight.
    return Exercise("childs-pose", Scene(start, accent), Scene(end, accent, head_on_top=True))


def knee_to_chest() -> Exercise:
    base, hip = supine_bent()
    start = on_floor(build(base, hip))
    hug_thigh = 132.0
    knee_pt = (
        hip[0] + THIGH * math.cos(math.radians(hug_thigh)),
        hip[1] + THIGH * math.sin(math.radians(hug_thigh)),
    )
    shin_abs = 0.0
    pulled = Leg(flex=wrap(hug_thigh - SUPINE - 180.0), knee=hug_thigh - shin_abs, ankle=40.0)
    # Both hands clasp the shin just below the knee.
    grip = (knee_pt[0] + 18.0, knee_pt[1] + 4.0)
    _, shoulder = trunk_points(hip, SUPINE)
    hug = arm_to(shoulder, SUPINE, grip, bend=-1)
    pose = Pose(
        trunk=SUPINE, neck=8.0, near_leg=pulled, far_leg=base.far_leg, near_arm=hug, far_arm=hug
    )
    end = build(pose, hip)
    end = shifted(end, 0.0, start["hip"][1] - end["hip"][1])
    accent = frozenset({"lumbar", "glute", "near_thigh"})
    return Exercise(
        "knee-to-chest", Scene(start, frozenset({"lumbar", "glute"})), Scene(end, accent)
    )


def side_stretch() -> Exercise:
    stance = Leg(abduct=6.0)
    # Elbows out and forearms in, so the ball sits above the head instead of hiding it.
    overhead = Arm(flex=180.0, abduct=-30.0, elbow_in=60.0)
    upright = Pose(trunk=90.0, near_leg=stance, far_leg=stance, near_arm=overhead, far_arm=overhead)
    bent = Pose(
        trunk=90.0,
        side_bend=30.0,
        near_leg=stance,
        far_leg=stance,
        near_arm=overhead,
        far_arm=overhead,
    )
    start = on_floor(build(upright))
    end = on_floor(build(bent))
    accent = frozenset({"far_flank"})

    def ball(j: dict[str, Vec]) -> Prop:
        between = mul(add(j["near_hand"], j["far_hand"]), 0.5)
        above = sub(j["neck"], j["shoulder"])
        centre = add(between, mul(above, 3.0 / NECK))
        return Prop("disc", (centre,), radius=18.0, fill=PROP, layer=0, depth=-1.0)

    return Exercise(
        "side-stretch",
        Scene(start, accent, [ball(start)]),
        Scene(end, accent, [ball(end)]),
        view=View(yaw=-90.0),
        scale=0.8,
        mat="ground",
    )


ROLLER_R = 14.0


def foam_roller() -> Exercise:
    feet: P2 = (100.0, 9.0)

    def on_roller(contact: float, rise: float, roller_x: float) -> tuple[dict[str, Vec], Prop]:
        trunk = SUPINE - rise
        up = math.radians(trunk)
        normal = (-math.sin(up), math.cos(up))  # below the spine, toward the roller
        along = (math.cos(up), math.sin(up))
        gap = ROLLER_R + TORSO_W_SIDE / 2
        # The roller touches the back `contact` units up the spine from the hip.
        hip = (
            roller_x - along[0] * contact - normal[0] * gap,
            ROLLER_R - along[1] * contact - normal[1] * gap,
        )
        leg = leg_to(hip, trunk, (feet[0], feet[1]), FLAT_FOOT)
        _, shoulder = trunk_points(hip, trunk)
        head_back = (shoulder[0] - 20.0, shoulder[1] + 14.0)
        cradle = arm_to(shoulder, trunk, head_back, bend=-1)
        pose = Pose(
            trunk=trunk, neck=16.0, near_leg=leg, far_leg=leg, near_arm=cradle, far_arm=cradle
        )
        roller = Prop("roller", ((roller_x, ROLLER_R, 0.0),), radius=ROLLER_R)
        return build(pose, hip), roller

    start, r1 = on_roller(LUMBAR * 0.75, 14.0, -10.0)
    end, r2 = on_roller(LUMBAR + THORAX * 0.45, 14.0, -10.0)
    accent = frozenset({"lumbar"})
    return Exercise("foam-roller", Scene(start, accent, [r1]), Scene(end, accent, [r2]))


BALL_R = 10.0


def massage_ball() -> Exercise:
    wall_x = -40.0
    feet: P2 = (22.0, 9.0)

    def against_wall(drop: float) -> tuple[dict[str, Vec], list[Prop]]:
        trunk = 93.0
        hip_y = 9.0 + 118.0 - drop
        back_offset = TORSO_W_SIDE / 2 + 2 * BALL_R
        hip = (wall_x + back_offset + 3.0, hip_y)
        leg = leg_to(hip, trunk, feet, FLAT_FOOT)
        hang = Arm(flex=8.0, elbow=12.0)
        j = build(
            Pose(
                trunk=trunk,
                near_leg=leg,
                far_leg=leg,
                near_arm=hang,
                far_arm=Arm(flex=2.0, elbow=10.0),
            ),
            hip,
        )
        j = shifted(j, 0.0, floor_offset(j))
        # The ball rolls between wall and back, so it travels half as far as the body drops.
        ball_y = 127.0 - drop / 2 + 8.0
        ball = Prop(
            "disc", ((wall_x + BALL_R + 1.5, ball_y, 0.0),), radius=BALL_R, fill=PROP, layer=-1
        )
        wall = Prop(
            "line", ((wall_x - 4.0, -4.0, 0.0), (wall_x - 4.0, 238.0, 0.0)), width=8.0, fill=MAT
        )
        return j, [wall, ball]

    start, p1 = against_wall(0.0)
    end, p2 = against_wall(16.0)
    accent = frozenset({"lumbar"})
    return Exercise("massage-ball", Scene(start, accent, p1), Scene(end, accent, p2), mat="ground")


def walking() -> Exercise:
    front_leg = Leg(flex=26.0, knee=4.0, ankle=-12.0)  # heel strike
    back_leg = Leg(flex=-14.0, knee=16.0, ankle=28.0)  # pushing off the toes
    # Each arm swings with the opposite leg, as in a natural gait.
    back_arm = Arm(flex=-26.0, elbow=18.0)
    front_arm = Arm(flex=28.0, elbow=34.0)
    left = Pose(
        trunk=88.0,
        spine=-2.0,
        near_leg=front_leg,
        far_leg=back_leg,
        near_arm=back_arm,
        far_arm=front_arm,
    )
    right = Pose(
        trunk=88.0,
        spine=-2.0,
        near_leg=back_leg,
        far_leg=front_leg,
        near_arm=front_arm,
        far_arm=back_arm,
    )
    start = on_floor(build(left))
    end = on_floor(build(right))
    accent = frozenset({"thigh", "shin", "foot"})
    return Exercise("walking", Scene(start, accent), Scene(end, accent), mat="ground")


EXERCISES: tuple[Callable[[], Exercise], ...] = (
    glute_bridge,
    superman,
    pelvic_tilt,
    lumbar_rotation,
    childs_pose,
    knee_to_chest,
    side_stretch,
    foam_roller,
    massage_ball,
    walking,
)


# --- the app icon ------------------------------------------------------------------------------


def icon_svg() -> str:
    """A teal tile with a white stopwatch whose face shows a figure in a glute bridge."""
    teal, face, white = "#1F7A8C", "#17606E", "#FFFFFF"
    cx, cy, r = 128.0, 140.0, 80.0
    lines = [
        f'<rect x="8" y="8" width="240" height="240" rx="56" fill="{teal}"/>',
        f'<rect x="113" y="28" width="30" height="20" rx="6" fill="{white}"/>',
        f'<line x1="128" y1="46" x2="128" y2="62" stroke="{white}" stroke-width="12"/>',
        f'<line x1="190" y1="60" x2="200" y2="50" stroke="{white}" stroke-width="14" '
        'stroke-linecap="round"/>',
        f'<circle cx="{num(cx)}" cy="{num(cy)}" r="{num(r)}" fill="{face}" stroke="{white}" '
        'stroke-width="16"/>',
    ]
    # The bridge is the routine's signature move: shoulders down, hips up, shins to the feet.
    floor = cy + 34
    shoulder = (cx - 32, floor - 9)
    knee = (cx + 28, floor - 48)
    ankle = (cx + 46, floor - 9)
    hip = (
        shoulder[0] + (knee[0] - shoulder[0]) * 0.55,
        shoulder[1] + (knee[1] - shoulder[1]) * 0.55,
    )
    head = (shoulder[0] - 20, floor - 12)
    lines += [
        f'<line x1="{num(cx - 60)}" y1="{num(floor + 4)}" x2="{num(cx + 60)}" '
        f'y2="{num(floor + 4)}" stroke="{MAT}" stroke-width="6" stroke-linecap="round"/>',
        f'<line x1="{num(shoulder[0])}" y1="{num(shoulder[1])}" x2="{num(hip[0])}" '
        f'y2="{num(hip[1])}" stroke="{white}" stroke-width="17" stroke-linecap="round"/>',
        f'<polyline points="{num(hip[0])},{num(hip[1])} {num(knee[0])},{num(knee[1])} '
        f'{num(ankle[0])},{num(ankle[1])}" fill="none" stroke="{ACCENT}" stroke-width="14" '
        'stroke-linecap="round" stroke-linejoin="round"/>',
        f'<circle cx="{num(head[0])}" cy="{num(head[1])}" r="12" fill="{white}"/>',
    ]
    return svg_document(256, 256, lines)


# --- output --------------------------------------------------------------------------------------


def export_png(svg: Path, png: Path, size: int) -> None:
    """Rasterise one SVG at `size` pixels wide with whichever converter the system has."""
    png.parent.mkdir(parents=True, exist_ok=True)
    if shutil.which("rsvg-convert"):
        cmd = ["rsvg-convert", "-w", str(size), "-o", str(png), str(svg)]
    elif shutil.which("inkscape"):
        cmd = ["inkscape", str(svg), "-w", str(size), "-o", str(png)]
    elif shutil.which("magick") or shutil.which("convert"):
        tool = "magick" if shutil.which("magick") else "convert"
        cmd = [
            tool,
            "-background",
            "none",
            "-density",
            "384",
            str(svg),
            "-resize",
            f"{size}x",
            str(png),
        ]
    else:
        raise RuntimeError("no SVG rasteriser found (install librsvg2-bin or inkscape)")
    subprocess.run(cmd, check=True)


def export_icon_pngs(out_dir: Path, sizes: Iterable[int] = (16, 32, 48, 64, 128, 256, 512)) -> None:
    """The icon at the sizes desktop environments and installers ask for."""
    for size in sizes:
        export_png(ICON_PATH, out_dir / f"backtimer-{size}.png", size)


def generate() -> list[Path]:
    ILLUSTRATION_DIR.mkdir(parents=True, exist_ok=True)
    ICON_PATH.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for make in EXERCISES:
        written += write_exercise(make(), ILLUSTRATION_DIR)
    ICON_PATH.write_text(icon_svg(), encoding="utf-8", newline="\n")
    written.append(ICON_PATH)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--png-dir", type=Path, help="also export the icon as PNGs here")
    args = parser.parse_args()
    for path in generate():
        print(path.relative_to(ROOT))
    if args.png_dir:
        export_icon_pngs(args.png_dir)


if __name__ == "__main__":
    main()
