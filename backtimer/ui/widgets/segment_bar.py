"""A thick, smoothly filled bar for the current segment's progress."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

# (light, dark) colours of the bar: the fill is 3:1 and more from the track and the window.
FILL = ("#2a6aa8", "#6cb4ff")
TRACK = ("#d0d0d0", "#1a1a1a")


class SegmentBar(QWidget):
    """Paints ``fraction`` (0…1) of its width in the accent colour; cheap to repaint often."""

    def __init__(self, parent: QWidget | None = None, *, thickness: int = 14):
        super().__init__(parent)
        self._fraction = 0.0
        self.setFixedHeight(thickness)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    @property
    def fraction(self) -> float:
        return self._fraction

    def set_fraction(self, fraction: float) -> None:
        fraction = min(1.0, max(0.0, fraction))
        # A pixel's worth of change is the least worth repainting.
        if abs(fraction - self._fraction) * max(1, self.width()) < 0.5 and fraction not in (0, 1):
            return
        self._fraction = fraction
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        # The part done stands out from the part to go by 3:1 and more (WCAG 1.4.11).
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        track = QColor(TRACK[1] if dark else TRACK[0])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(rect, radius, radius)
        if self._fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * self._fraction))
            painter.setBrush(QColor(FILL[1] if dark else FILL[0]))
            painter.drawRoundedRect(filled, radius, radius)
