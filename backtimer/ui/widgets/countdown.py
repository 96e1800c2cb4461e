"""The countdown digits: a label whose font grows to fill the space it is given."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

# The digits may take at most this share of the label's height (the rest is breathing room).
HEIGHT_SHARE = 0.92
FLASH_MS = 220


class CountdownLabel(QLabel):
    """Big digits that fill the label: ``text()`` returns exactly what is shown.

    The font is sized for a template ("88" or "8:88") rather than the text itself, so the
    digits keep their size while the seconds change.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 56)
        font = QFont(self.font())
        font.setBold(True)
        self.setFont(font)
        self._template = ""
        self.flashes = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._end_flash)
        self.setProperty("flashing", False)

    def setText(self, text: str) -> None:
        if text == self.text():
            return
        super().setText(text)
        template = "".join("8" if ch.isdigit() else ch for ch in text)
        if len(template) != len(self._template) or template != self._template:
            self._template = template
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def digit_height(self) -> float:
        """The drawn height of a digit in pixels (what "readable from 2 m" is about)."""
        return QFontMetricsF(self.font()).tightBoundingRect("0").height()

    def flash(self) -> None:
        """Show a cue with the eyes: a short inverse flash (when no sound can be heard)."""
        self.flashes += 1
        self.setProperty("flashing", True)
        self._restyle()
        self._flash_timer.start()

    def _end_flash(self) -> None:
        self.setProperty("flashing", False)
        self._restyle()

    def _restyle(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def _fit(self) -> None:
        template = self._template or "88"
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        font = QFont(self.font())
        probe = 100.0
        font.setPixelSize(int(probe))
        metrics = QFontMetricsF(font)
        text_w = metrics.horizontalAdvance(template) or 1.0
        text_h = metrics.tightBoundingRect("0").height() or 1.0
        # Pixel size scales linearly with both measures; take the tighter one.
        scale = min(width * 0.94 / text_w, height * HEIGHT_SHARE / (text_h * 1.25))
        size = max(8, int(probe * scale))
        if size != font.pixelSize():
            font.setPixelSize(size)
            self.setFont(font)
