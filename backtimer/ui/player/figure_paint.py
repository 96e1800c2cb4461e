"""Paints the figure model's marks with QPainter, fitted into a rectangle (widget or image)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

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
    if mirrored:
        # The same figure working the other side: a flip about the vertical centre line.
        centre = target.center().x()
        dx, sx = 2 * centre - dx, -scale
    else:
        sx = scale
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Points are placed in device pixels here rather than through a scaled painter: Qt strokes
    # wide pens under a scale transform noticeably slower, and this runs every frame.
    for mark in marks:
        colour = _colour(mark.colour)
        points = [QPointF(dx + x * sx, dy - y * scale) for x, y in mark.points]
        if mark.kind == "disc":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(points[0], mark.size * scale, mark.size * scale)
        elif mark.kind == "ring":
            painter.setPen(QPen(colour, mark.ring_width * scale))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(points[0], mark.size * scale, mark.size * scale)
        elif mark.kind == "polygon":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            painter.drawPolygon(QPolygonF(points))
        else:
            painter.setPen(QPen(colour, mark.size * scale, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) == 2:
                painter.drawLine(points[0], points[1])
            else:
                painter.drawPolyline(points)
    painter.restore()
