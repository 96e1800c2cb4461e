"""Write backtimer's exercise illustrations and app icon as SVG from the figure model.

The figures themselves live in ``backtimer.core.figure``; this only turns their marks into
SVG (deterministic, stdlib only), so the docs, the AppStream screenshots and the player
all show the same body.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backtimer.core.figure import MOVEMENTS, frame, picture  # noqa: E402
from backtimer.core.figure.drawing import MAT_COLOUR, PALETTE, Mark  # noqa: E402

ILLUSTRATION_DIR = ROOT / "assets" / "illustrations"
ICON_PATH = ROOT / "assets" / "icons" / "backtimer.svg"
ACCENT = PALETTE["accent"]
MAT = MAT_COLOUR
PICTURE_WIDTH = 400.0  # the width an illustration's SVG asks for; its height follows


def num(v: float) -> str:
    text = f"{v:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def mark_svg(mark: Mark, x0: float, y1: float) -> str:
    """One mark in SVG, moved so the frame's top-left corner is the origin (y down)."""
    pts = [(x - x0, y1 - y) for x, y in mark.points]
    colour = PALETTE[mark.colour]
    if mark.kind == "disc":
        (x, y), = pts
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(mark.size)}" fill="{colour}"/>'
    if mark.kind == "ring":
        (x, y), = pts
        return (f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(mark.size)}" fill="none" '
                f'stroke="{colour}" stroke-width="{num(mark.ring_width)}"/>')
    if mark.kind == "polygon":
        d = " ".join(f"{num(x)},{num(y)}" for x, y in pts)
        return f'<polygon points="{d}" fill="{colour}"/>'
    if len(pts) == 2:
        (ax, ay), (bx, by) = pts
        return (f'<line x1="{num(ax)}" y1="{num(ay)}" x2="{num(bx)}" y2="{num(by)}" '
                f'stroke="{colour}" stroke-width="{num(mark.size)}" stroke-linecap="round"/>')
    d = " ".join(f"{num(x)},{num(y)}" for x, y in pts)
    return (f'<polyline points="{d}" fill="none" stroke="{colour}" '
            f'stroke-width="{num(mark.size)}" stroke-linecap="round" '
            'stroke-linejoin="round"/>')


def exercise_svg(exercise_id: str, phase: str, fraction: float = 0.0,
                 side: str | None = None, background: str | None = None) -> str:
    """One moment of an exercise, framed like the player frames it."""
    x0, y0, x1, y1 = frame(exercise_id).box
    w, h = x1 - x0, y1 - y0
    body = [mark_svg(m, x0, y1) for m in picture(exercise_id, phase, fraction, side)]
    if background:
        body.insert(0, f'<rect width="{num(w)}" height="{num(h)}" fill="{background}"/>')
    scale = PICTURE_WIDTH / w
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{num(w * scale)}" '
            f'height="{num(h * scale)}" viewBox="0 0 {num(w)} {num(h)}">')
    return "\n".join([head, *("  " + line for line in body), "</svg>", ""])


def svg_document(w: int, h: int, body: list[str]) -> str:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">'
    )
    return "\n".join([head, *("  " + line for line in body), "</svg>", ""])


def write_exercise(exercise_id: str, out_dir: Path) -> list[Path]:
    written = []
    for phase in ("start", "end"):
        path = out_dir / f"{exercise_id}-{phase}.svg"
        path.write_text(exercise_svg(exercise_id, phase), encoding="utf-8", newline="\n")
        written.append(path)
    return written


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
    for exercise_id in MOVEMENTS:
        written += write_exercise(exercise_id, ILLUSTRATION_DIR)
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
