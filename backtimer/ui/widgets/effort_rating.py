"""The optional effort rating after a session (RPE 1–10)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backtimer.ui.widgets.rating_scale import RatingScale


class EffortRating(RatingScale):
    """1 = very easy … 10 = as hard as you can go; see RatingScale for the signals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            name="effort", low=1, high=10,
            question=QCoreApplication.translate("EffortRating", "How hard was it? (optional)"),
            scale=QCoreApplication.translate(
                "EffortRating", "1 = very easy · 10 = as hard as you can go"),
            skip=QCoreApplication.translate("EffortRating", "Skip"),
            skip_accessible=QCoreApplication.translate("EffortRating",
                                                       "Skip the effort rating"),
            accessible=QCoreApplication.translate("EffortRating", "Effort %1 of 10"),
            parent=parent,
        )
