"""The exercise's figure as a PNG file, for media controls that show a track's picture.

Desktop panels, lock screens and phone remotes read a picture from a file URL
(``mpris:artUrl``), not from the app's compiled resources: each figure is drawn once into the
cache folder, named by a digest of its drawing, so a changed drawing gets a new file (and the
old one goes).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCryptographicHash,
    QFile,
    QIODevice,
    QObject,
    QRectF,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBitmap, QColor, QImage, QPainter, QRegion
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


class CoverArt(QObject):
    """Makes and remembers the PNG of each exercise's pose (start or end, mirrored or not).

    Drawing one takes some 30 ms: a picture not in the cache yet is drawn right after the
    current event, not while the runner's signals are being handled (a cue or the countdown
    would wait for it).

    Signals:
        drawn(): a picture asked for before is now in the cache; ask again.
    """

    drawn = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = folder
        self._urls: dict[tuple[str, str, bool], str | None] = {}  # None: cannot be drawn
        self._waiting: list[tuple[str, str, bool]] = []
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._draw_next)
        self._told = False

    def url(self, exercise_id: str, pose: str = "start", mirrored: bool = False) -> str | None:
        """A file:// URL of the figure's PNG; None when there is none (yet: then ``drawn``
        follows)."""
        key = (exercise_id, pose, mirrored)
        if key not in self._urls:
            target = self._target(*key)
            if target is not None and target.is_file():
                self._urls[key] = QUrl.fromLocalFile(str(target)).toString()
            elif target is None:
                self._urls[key] = None
            elif key not in self._waiting:
                self._waiting.append(key)
                self._timer.start()
        return self._urls.get(key)

    def _target(self, exercise_id: str, pose: str, mirrored: bool) -> Path | None:
        drawing = _drawing(exercise_id, pose)
        if drawing is None:
            return None
        stem = f"{exercise_id}-{pose}" + ("-mirrored" if mirrored else "")
        # Qt's hash, not hashlib: that loads OpenSSL, 3.5 MiB more for the whole run.
        digest = QCryptographicHash.hash(drawing, QCryptographicHash.Algorithm.Sha256)
        return self.folder / f"{stem}.{bytes(digest.toHex().data())[:12].decode()}.png"

    def _draw_next(self) -> None:
        if not self._waiting:
            return
        key = self._waiting.pop(0)
        self._urls[key] = self._make(*key)
        if self._waiting:
            self._timer.start()
        if self._urls[key] is not None:
            self.drawn.emit()

    def _make(self, exercise_id: str, pose: str, mirrored: bool) -> str | None:
        target = self._target(exercise_id, pose, mirrored)
        png = _render(_drawing(exercise_id, pose), mirrored) if target is not None else None
        if png is None:
            return None
        try:
            atomic_write(target, png)
            stem = target.name.split(".")[0]
            for old in self.folder.glob(f"{stem}.*.png"):  # an older drawing's picture
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


def _render(drawing: bytes | None, mirrored: bool) -> bytes | None:
    """The drawing cut to the figure and its mat (a page drawn for a wide view has sky above
    it, which in a thumbnail would leave the figure tiny), centred on a square."""
    renderer = QSvgRenderer(QByteArray(drawing or b""))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    width, height = (size.width(), size.height()) if not size.isEmpty() else (400, 300)
    scale = SIZE / max(width, height)
    page = QImage(round(width * scale), round(height * scale),
                  QImage.Format.Format_ARGB32_Premultiplied)
    page.fill(QColor(0, 0, 0, 0))
    painter = QPainter(page)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    # What was drawn: Qt finds it from the alpha mask, no pixel loop in Python.
    drawn = QRegion(QBitmap.fromImage(page.createAlphaMask())).boundingRect()
    if drawn.isEmpty():
        drawn = page.rect()
    room = SIZE - 2 * MARGIN
    fit = min(room / drawn.width(), room / drawn.height())
    target = QRectF((SIZE - drawn.width() * fit) / 2, (SIZE - drawn.height() * fit) / 2,
                    drawn.width() * fit, drawn.height() * fit)
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(BACKGROUND))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if mirrored:  # the same figure working the other side, as the player shows it
        painter.translate(SIZE, 0)
        painter.scale(-1, 1)
    painter.drawImage(target, page, QRectF(drawn))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return None
    return bytes(buffer.data().data())
