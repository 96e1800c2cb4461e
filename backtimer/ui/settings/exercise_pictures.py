"""An exercise's picture for the routine editor: where its drawing is, and as a small pixmap."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backtimer.core.routine import Exercise
from backtimer.ui.assets import asset_path


def illustration_path(exercise: Exercise | None) -> str | None:
    """The start pose of an exercise as a path Qt can open, or None while it is not drawn."""
    if exercise is None:
        return None
    return asset_path(f"illustrations/{exercise.illustration}-start.svg")


def svg_pixmap(path: str, size: QSize) -> QPixmap:
    """The SVG scaled to fit ``size``, keeping its aspect ratio."""
    renderer = QSvgRenderer(path)
    if not renderer.isValid():
        return QPixmap()
    scaled = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
    pixmap = QPixmap(scaled)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap
