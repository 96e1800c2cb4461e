"""A row of big number buttons and "Skip": the shape of every optional rating in the player."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class RatingScale(QWidget):
    """Asks once; a click on a number or on "Skip" answers.

    The texts come translated from the subclass, so each rating keeps its own wording.

    Signals:
        rated(int): the person chose a number from ``low`` to ``high``.
        skipped(): the person did not want to answer.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, *, name: str, low: int, high: int, question: str, scale: str,
                 skip: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel(question, self)
        self.question.setObjectName(f"{name}Question")
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for value in range(low, high + 1):
            button = QPushButton(str(value), self)
            button.setObjectName(f"{name}{value}")
            button.setAccessibleName(accessible.replace("%1", str(value)))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(40, 44)
            button.clicked.connect(lambda _=False, v=value: self.rated.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(skip, self)
        self.skip_button.setObjectName(f"{name}Skip")
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.skip_button.setMinimumHeight(44)
        self.skip_button.clicked.connect(self.skipped)
        row.addSpacing(12)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.scale = QLabel(scale, self)
        self.scale.setObjectName(f"{name}Scale")
        self.scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale.setWordWrap(True)
        layout.addWidget(self.scale)
