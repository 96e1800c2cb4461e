"""Number boxes whose arrows keep within a step field's ``BOUNDS`` while typing is free."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

from backtimer.core.routine import BOUNDS

# Spin boxes accept typed numbers up to this, so an out-of-range value can be typed and then
# refused with the validator's message instead of being silently clamped.
TYPED_MAX = 99_999


class _StepsWithinBounds:
    """Arrows and the wheel stay within ``BOUNDS``; typed numbers are taken as typed, so the
    core validator can refuse them with a message rather than the box clamping silently."""

    low: float
    high: float

    def stepBy(self, steps: int) -> None:
        self.setValue(min(max(self.value() + steps * self.singleStep(), self.low), self.high))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly() or not self.isEnabled():
            return flags
        if self.value() > self.low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class BoundedSpinBox(_StepsWithinBounds, QSpinBox):
    """Whole numbers (seconds, reps, sets) within their ``BOUNDS`` by arrows and wheel."""

    def __init__(self, bound: str, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high = (int(v) for v in BOUNDS[bound])
        self.setRange(0, TYPED_MAX)
        self.setSuffix(suffix)
        self.setAccelerated(True)


class BoundedDoubleSpinBox(_StepsWithinBounds, QDoubleSpinBox):
    """Seconds with one decimal (the phases of a rep's tempo) within their ``BOUNDS``."""

    def __init__(self, bound: str, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high = BOUNDS[bound]
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setRange(0, 999.9)
        self.setSuffix(suffix)
