"""Paints the figure model's marks with QPainter, fitted into a rectangle (widget or image)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from backtimer.core.figure.drawing import PALETTE, Mark


@cache
def _colour(role: str) -> QColor:
    return QColor(PALETTE[role])


def fit(box: tuple[float, float, float, float], target: QRectF) -> tuple[float, float, float]:
    """Scale and offsets that put the box (y up) centred in target (y down), aspect kept."""
    x0, y0, x1, y1 = box
    scale = min(target.width() / (x1 - x0), target.height() / (y1 - y0))
    dx = target.center().x() - (x0 + x1) / 2 * scale
    dy = target.center().y() + (y0 + y1) / 2 * scale
    return scale, dx, dy


def paint_marks(painter: QPainter, marks: list[Mark], box: tuple[float, float, float, float],
                target: QRectF, *, mirrored: bool = False) -> None:
    """Draw marks so the box fills target; mirrored flips them about the target's centre."""
    scale, dx, dy = fit(box, target)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if mirrored:
        # The same figure working the other side: a flip about the vertical centre line.
        centre = target.center().x()
        painter.translate(2 * centre, 0)
        painter.scale(-1, 1)
    painter.translate(dx, dy)
    painter.scale(scale, -scale)
    for mark in marks:
        colour = _colour(mark.colour)
        points = [QPointF(x, y) for x, y in mark.points]
        if mark.kind == "disc":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(points[0], mark.size, mark.size)
        elif mark.kind == "ring":
            painter.setPen(QPen(colour, mark.ring_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(points[0], mark.size, mark.size)
        elif mark.kind == "polygon":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawPolygon(QPolygonF(points))
        else:
            pen = QPen(colour, mark.size, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) == 2:
                painter.drawLine(points[0], points[1])
            else:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.drawPath(path)
    painter.restore()
