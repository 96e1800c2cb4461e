"""The optional 0–10 pain rating, before and after a session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backtimer.ui.widgets.rating_scale import RatingScale


class PainRating(RatingScale):
    """0 = no pain … 10 = worst; see RatingScale for the signals."""

    def __init__(self, question: str, parent: QWidget | None = None):
        super().__init__(
            name="pain", low=0, high=10, question=question,
            scale=QCoreApplication.translate(
                "PainRating", "0 = no pain · 10 = the worst pain you can imagine"),
            skip=QCoreApplication.translate("PainRating", "Skip"),
            skip_accessible=QCoreApplication.translate("PainRating", "Skip the pain rating"),
            accessible=QCoreApplication.translate("PainRating", "Pain %1 of 10"),
            parent=parent,
        )
