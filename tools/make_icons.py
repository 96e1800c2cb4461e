"""Renders assets/icons/backtimer.svg into the hicolor PNG sizes that desktops and installers use.

Usage: python tools/make_icons.py [--out DIR]   (default: packaging/icons)
Writes DIR/hicolor/<n>x<n>/apps/io.github.backtimer.backtimer.png for every size below and
copies the SVG to DIR/hicolor/scalable/apps/, so the tree can be copied into /usr/share/icons
(or ~/.local/share/icons) as it is.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "icons" / "backtimer.svg"
APP_ID = "io.github.backtimer.backtimer"
# The sizes of the freedesktop hicolor theme that launchers, panels and software centres ask for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(source: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Render ``source`` at each size into the hicolor tree under ``out``; return the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {source} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: cannot write {target}")
        written.append(target)
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "packaging" / "icons",
                        help="where the hicolor tree goes (default: packaging/icons)")
    parser.add_argument("--source", type=Path, default=SOURCE, help="the SVG to render")
    args = parser.parse_args(argv)
    for path in render(args.source, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
