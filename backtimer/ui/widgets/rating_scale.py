"""A row of big number buttons and "Skip": the shape of every optional rating in the player."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RatingScale(QWidget):
    """Asks once; a click on a number (or its digit key, see ``choose``) or on "Skip" answers.
    The answer stays in view, its number marked and said under the row, so nothing below
    moves; another number changes it.

    The texts come translated from the subclass, so each rating keeps its own wording.

    Signals:
        rated(int): the person chose a number from ``low`` to ``high``.
        skipped(): the person did not want to answer.
    """

    rated = Signal(int)
    skipped = Signal()

    def __init__(self, *, name: str, low: int, high: int, question: str, scale: str,
                 skip: str, accessible: str, skip_accessible: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high = low, high
        self._scale_text = scale
        self._accessible = accessible
        self.answer: int | None = None  # the number chosen (None: none yet, or skipped)
        self.answered = False
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
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)  # "Skip" clears the mark
        for value in range(low, high + 1):
            button = QPushButton(str(value), self)
            button.setObjectName(f"{name}{value}")
            button.setAccessibleName(accessible.replace("%1", str(value)))
            # Tab reaches it (with a visible focus, see the player's style); a click or Space
            # on it does not keep the focus from the player's keys otherwise.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setCheckable(True)
            button.setMinimumSize(40, 44)
            button.clicked.connect(lambda _=False, v=value: self.choose(v))
            self._group.addButton(button)
            row.addWidget(button)
            self.buttons.append(button)
        self.skip_button = QPushButton(skip, self)
        self.skip_button.setObjectName(f"{name}Skip")
        if skip_accessible:  # two ratings on one page: two "Skip" would sound the same
            self.skip_button.setAccessibleName(skip_accessible)
        self.skip_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.skip_button.setMinimumHeight(44)
        self.skip_button.clicked.connect(self.skip)
        row.addSpacing(12)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.scale = QLabel(scale, self)
        self.scale.setObjectName(f"{name}Scale")
        self.scale.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale.setWordWrap(True)
        layout.addWidget(self.scale)

    def ask(self) -> None:
        """Ask afresh: nothing chosen."""
        self.answer, self.answered = None, False
        for button in self.buttons:
            button.setChecked(False)
        self.scale.setText(self._scale_text)

    def choose(self, value: int) -> None:
        """Answer ``value`` (a click, or its digit key)."""
        if not self.low <= value <= self.high:
            return
        self.answer, self.answered = value, True
        for n, button in enumerate(self.buttons, start=self.low):
            button.setChecked(n == value)
        self.scale.setText(QCoreApplication.translate("RatingScale", "✓ %1 — noted")
                           .replace("%1", self._accessible.replace("%1", str(value))))
        self.rated.emit(value)

    def skip(self) -> None:
        self.answer, self.answered = None, True
        for button in self.buttons:
            button.setChecked(False)
        self.scale.setText(QCoreApplication.translate("RatingScale", "Skipped"))
        self.skipped.emit()
