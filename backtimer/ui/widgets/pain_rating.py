"""The optional 0–10 pain rating: eleven big buttons and a way to skip it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PainRating(QWidget):
    """Asks once; a click on a number or on "Skip" answers.

    Signals:
        rated(int): the person chose 0…10.
        skipped(): the person did not want to answer.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(question, self)
        self.question.setObjectName("painQuestion")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setObjectName(f"pain{value}")
            button.setAccessibleName(self.tr("Pain %1 of 10").replace("%1", str(value)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(40, 44)
            button.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setObjectName("painSkip")
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_button.setMinimumHeight(44)
        self.skip_button.clicked.connect(self.skipped)
        row.addSpacing(12)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.scale = QLabel(self.tr("0 = no pain · 10 = the worst pain you can imagine"), self)
        self.scale.setObjectName("painScale")
        self.scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale.setWordWrap(True)
        layout.addWidget(self.scale)
