"""Draw a filmstrip per exercise: frames over one rep or loop, on a light and a dark ground.

    .venv/bin/python tools/make_filmstrips.py [--out shots/filmstrips] [--frames 9]

Each strip is painted by the player's own painter (``ui/player/figure_paint``) from
``core.figure``, so it shows exactly what moves on the mat. A rep goes up and comes back
down (the hold is the middle frame); a loop (walking, the foam roller, the massage ball) goes
once around; a hold shows how one gets into it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter  # noqa: E402

from backtimer.core.figure import MOVEMENTS, frame, picture  # noqa: E402
from backtimer.ui.player.figure_paint import paint_marks  # noqa: E402

GROUNDS = {"light": ("#FFFFFF", "#333333"), "dark": ("#1E1E1E", "#DDDDDD")}
CELL_H = 150  # pixels per frame's height; --height changes it


def moments(exercise_id: str, count: int) -> list[tuple[str, float, str]]:
    """(phase, fraction, label) for each frame of the strip."""
    move = MOVEMENTS[exercise_id]
    if move.style == "loop":
        return [("cycle", i / count, f"{i / count:.2f}") for i in range(count)]
    half = count // 2
    up = [("up", i / half, f"up {i / half:.2f}") for i in range(half)]
    down = [("down", i / (count - half - 1), f"down {i / (count - half - 1):.2f}")
            for i in range(count - half)]
    return [*up, *down]


def strip(exercise_id: str, count: int, ground: str, side: str | None = None,
          cell_h: int = CELL_H) -> QImage:
    x0, y0, x1, y1 = frame(exercise_id).box
    cell_w = int(cell_h * (x1 - x0) / (y1 - y0))
    frames = moments(exercise_id, count)
    background, ink = GROUNDS[ground]
    image = QImage(cell_w * len(frames), cell_h + 18, QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    for i, (phase, fraction, label) in enumerate(frames):
        cell = QRectF(i * cell_w, 0, cell_w, cell_h)
        paint_marks(painter, picture(exercise_id, phase, fraction, side), frame(exercise_id).box,
                    cell)
        painter.setPen(QColor(ink))
        painter.drawText(QRectF(i * cell_w, cell_h, cell_w, 18),
                         Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "shots" / "filmstrips")
    parser.add_argument("--frames", type=int, default=9)
    parser.add_argument("--height", type=int, default=CELL_H, help="pixels per frame")
    parser.add_argument("--only", nargs="*", help="exercise ids (default: all)")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for exercise_id in args.only or MOVEMENTS:
        sides = ("left", "right") if MOVEMENTS[exercise_id].sided else (None,)
        for ground in GROUNDS:
            for side in sides:
                name = exercise_id + (f"-{side}" if side else "") + f"-{ground}.png"
                image = strip(exercise_id, args.frames, ground, side, args.height)
                image.save(str(args.out / name))
                print(args.out / name)
    del app


if __name__ == "__main__":
    main()
