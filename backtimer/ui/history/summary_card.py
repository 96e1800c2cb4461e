"""One of the history's summary cards: a title, a large value, a line of detail."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class SummaryCard(QFrame):
    """A title, a large value and a line of detail (the streak, this week, the minutes)."""

    def __init__(self, title: str, name: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.value = QLabel("0", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        self.value.setObjectName(f"{name}Value")
        self.detail.setObjectName(f"{name}Detail")
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
