"""A scene as a list of marks (lines, discs, rings, polygons) in view space, for any painter.

The SVG generator and the player's widget both paint these marks, so a picture in the docs
and the figure on the mat never differ. Coordinates are the camera's: x right, y up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backtimer.core.figure.shapes import Ball, Group, Prop, Scene, View, figure_groups
from backtimer.core.figure.skeleton import Vec

# The slate body alone vanishes on a dark theme and the pale outline alone vanishes on a
# light one; together they read on both white and #1e1e1e without a background of our own.
MAT_COLOUR = "#C9D3DF"
PALETTE = {
    "body": "#2F3B4C",
    "body_far": "#5E6E85",
    "accent": "#E8743B",
    "accent_far": "#B85A2C",
    "outline": "#F3F5F8",
    "mat": MAT_COLOUR,
    "prop": "#7C90AA",
    "prop_dark": "#566A85",
}
OUTLINE_W = 2.5

P2 = tuple[float, float]


@dataclass(frozen=True)
class Mark:
    """One thing to paint: "line" (round-capped polyline), "disc", "ring" or "polygon"."""

    kind: str
    points: tuple[P2, ...]
    size: float  # line width, or radius of a disc or ring
    colour: str  # a key of PALETTE
    ring_width: float = 0.0


def is_accent(name: str, accent: frozenset[str]) -> bool:
    return name in accent or name.split("_", 1)[-1] in accent


def _xy(view: View, p: Vec) -> P2:
    x, y, _ = view.project(p)
    return (x, y)


def _group_marks(view: View, group: Group, accent: frozenset[str]) -> list[Mark]:
    out: list[Mark] = []
    for part in group.parts:
        if isinstance(part, Ball):
            out.append(Mark("disc", (_xy(view, part.centre),), part.radius + OUTLINE_W,
                            "outline"))
        else:
            out.append(Mark("line", tuple(_xy(view, p) for p in part.points),
                            part.width + 2 * OUTLINE_W, "outline"))
    # Accented parts go last so a working muscle is never hidden by its resting neighbour.
    for part in sorted(group.parts, key=lambda p: is_accent(p.name, accent)):
        lit = is_accent(part.name, accent)
        if lit and part.name != "nose":
            colour = "accent_far" if group.far else "accent"
        elif part.name.endswith("flank"):
            continue
        else:
            colour = "body_far" if group.far else "body"
        if isinstance(part, Ball):
            out.append(Mark("disc", (_xy(view, part.centre),), part.radius, colour))
        else:
            out.append(Mark("line", tuple(_xy(view, p) for p in part.points), part.width,
                            colour))
    return out


def prop_marks(view: View, prop: Prop) -> list[Mark]:
    pts = tuple(_xy(view, p) for p in prop.points)
    if prop.kind == "disc":
        return [Mark("disc", pts, prop.radius + OUTLINE_W, "outline"),
                Mark("disc", pts, prop.radius, prop.fill)]
    if prop.kind == "roller":
        return [Mark("disc", pts, prop.radius + OUTLINE_W, "outline"),
                Mark("disc", pts, prop.radius, prop.fill),
                Mark("ring", pts, prop.radius * 0.55, "prop_dark", ring_width=3.0)]
    if prop.kind == "line":
        return [Mark("line", pts, prop.width, prop.fill)]
    return [Mark("polygon", pts, 0.0, prop.fill)]


def marks(scene: Scene, view: View) -> list[Mark]:
    """Everything in a scene, back to front: props behind, then body parts sorted by depth."""
    out: list[Mark] = []
    for prop in scene.props:
        if prop.layer < 0:
            out += prop_marks(view, prop)
    groups = figure_groups(scene.joints, view)
    depth = {g.name: sum(view.project(p)[2] for p in g.depth_points) / len(g.depth_points)
             for g in groups}
    body_depth = depth["body"]
    if scene.head_on_top:
        depth["head"] = math.inf
    items: list[tuple[float, int, Group | Prop]] = []
    for i, g in enumerate(groups):
        # Side views draw the far limbs in a softer shade so the two sides stay apart.
        g.far = not view.front and depth[g.name] < body_depth - 4.0
        items.append((depth[g.name], i, g))
    for i, prop in enumerate(scene.props):
        if prop.layer == 0:
            items.append((prop.depth, 100 + i, prop))
    for _, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        if isinstance(item, Group):
            out += _group_marks(view, item, scene.accent)
        else:
            out += prop_marks(view, item)
    return out


def extent(items: list[Mark]) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) the marks cover, thickness and outline included."""
    xs: list[float] = []
    ys: list[float] = []
    for mark in items:
        pad = mark.size / 2 if mark.kind == "line" else mark.size
        if mark.kind == "polygon":
            pad = 0.0
        for x, y in mark.points:
            xs += (x - pad, x + pad)
            ys += (y - pad, y + pad)
    return min(xs), min(ys), max(xs), max(ys)
