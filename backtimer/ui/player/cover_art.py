"""The exercise's figure as a PNG file, for media controls that show a track's picture.

Desktop panels, lock screens and phone remotes read a picture from a file URL
(``mpris:artUrl``), not from the app's compiled resources: each figure is drawn once into the
cache folder, named by a digest of its drawing, so a changed drawing gets a new file.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from backtimer.storage.files import atomic_write
from backtimer.ui.assets import asset_path

log = logging.getLogger("backtimer.media")

SIZE = 512  # panels show it square, from thumbnail size up to a lock screen's
# The figures are drawn for a light page; a dark panel would swallow their outline.
BACKGROUND = "#E9EEF4"
MARGIN = 24
# The drawings kept as SVG files per exercise (generated from the figure model).
POSES = ("start", "end")


class CoverArt:
    """Makes and remembers the PNG of each exercise's pose (start or end, mirrored or not)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._urls: dict[tuple[str, str, bool], str | None] = {}
        self._told = False

    def url(self, exercise_id: str, pose: str = "start", mirrored: bool = False) -> str | None:
        """A file:// URL of the figure's PNG, or None when there is no picture or no room."""
        key = (exercise_id, pose, mirrored)
        if key not in self._urls:
            self._urls[key] = self._make(*key)
        return self._urls[key]

    def _make(self, exercise_id: str, pose: str, mirrored: bool) -> str | None:
        drawing = _drawing(exercise_id, pose)
        if drawing is None:
            return None
        stem = f"{exercise_id}-{pose}" + ("-mirrored" if mirrored else "")
        digest = hashlib.sha256(drawing).hexdigest()[:12]
        target = self.folder / f"{stem}.{digest}.png"
        if not target.is_file():
            png = _render(drawing, mirrored)
            if png is None:
                return None
            try:
                atomic_write(target, png)
                for old in self.folder.glob(f"{stem}.*.png"):
                    if old != target:
                        old.unlink(missing_ok=True)
            except OSError as error:
                if not self._told:
                    self._told = True
                    log.info("the media controls get no pictures: %s", error)
                return None
        return QUrl.fromLocalFile(str(target)).toString()


def _drawing(exercise_id: str, pose: str) -> bytes | None:
    """The SVG of the pose; an exercise drawn in one pose only has that one for both."""
    for candidate in (pose, *POSES):
        path = asset_path(f"illustrations/{exercise_id}-{candidate}.svg")
        if path is None:
            continue
        file = QFile(path)
        if file.open(QIODevice.OpenModeFlag.ReadOnly):
            data = bytes(file.readAll().data())
            file.close()
            return data
    return None


def _render(drawing: bytes, mirrored: bool) -> bytes | None:
    renderer = QSvgRenderer(QByteArray(drawing))
    if not renderer.isValid():
        return None
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(BACKGROUND))
    size = renderer.defaultSize()
    width, height = (size.width(), size.height()) if not size.isEmpty() else (400, 300)
    room = SIZE - 2 * MARGIN
    scale = min(room / width, room / height)
    target = QRectF((SIZE - width * scale) / 2, (SIZE - height * scale) / 2,
                    width * scale, height * scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:  # the same figure working the other side, as the player shows it
        painter.translate(SIZE, 0)
        painter.scale(-1, 1)
    renderer.render(painter, target)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return None
    return bytes(buffer.data().data())
