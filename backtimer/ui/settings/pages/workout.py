"""The Workout page: get-ready time, weekly goal, when weeks and days start, check-ins."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.pages.base import OptionsPage


class WorkoutPage(OptionsPage):
    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setObjectName("workoutPage")
        self.add_spin("lead_in_s", self.tr(" s"))
        self.add_note(self.tr("Routines you make start with this; each keeps its own, which "
                              "you can change on the Routines page."), "leadInNote")
        self.add_spin("weekly_goal", "")
        locale = QLocale(lang)
        # week_start 0 = Monday … 6 = Sunday; QLocale numbers days 1 = Monday … 7 = Sunday.
        self.add_choice("week_start", [
            (locale.dayName(day + 1, QLocale.FormatType.LongFormat).capitalize(), day)
            for day in range(7)])
        hour = self.add_spin("day_start_hour", ":00")
        hour.setToolTip(self.tr("A workout just after midnight still counts for the day "
                                "before, until this hour."))
        self.add_check("pain_checkins")
        self.add_check("keep_screen_on")

    def title(self) -> str:
        return self.tr("Workout")
