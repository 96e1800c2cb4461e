"""Exercises as the routine editor pictures them: the drawing's path, a pixmap, a picker."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QComboBox

from backtimer.core.routine import Exercise, localized
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


def fill_exercise_combo(combo: QComboBox, exercises: Mapping[str, Exercise], lang: str) -> None:
    """One item per exercise: its name, its picture, its id as the item's data."""
    for exercise in exercises.values():
        path = illustration_path(exercise)
        icon = svg_pixmap(path, QSize(48, 32)) if path else QPixmap()
        combo.addItem(localized(exercise.name, lang), exercise.id)
        if not icon.isNull():
            combo.setItemIcon(combo.count() - 1, icon)
