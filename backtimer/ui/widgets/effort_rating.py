"""The optional effort rating after a session (RPE 1–10): ten buttons and a way to skip it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EffortRating(QWidget):
    """Asks once how hard the session felt; a click on a number or on "Skip" answers.

    Signals:
        rated(int): the person chose 1…10.
        skipped(): the person did not want to answer.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(self.tr("How hard was it? (optional)"), self)
        self.question.setObjectName("effortQuestion")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(1, 11):
            button = QPushButton(str(value), self)
            button.setObjectName(f"effort{value}")
            button.setAccessibleName(self.tr("Effort %1 of 10").replace("%1", str(value)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(40, 44)
            button.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setObjectName("effortSkip")
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_button.setMinimumHeight(44)
        self.skip_button.clicked.connect(self.skipped)
        row.addSpacing(12)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.scale = QLabel(self.tr("1 = very easy · 10 = as hard as you can go"), self)
        self.scale.setObjectName("effortScale")
        self.scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale.setWordWrap(True)
        layout.addWidget(self.scale)
