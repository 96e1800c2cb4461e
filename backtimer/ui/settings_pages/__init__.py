"""The preference pages of the settings dialog; each has load() and changes(), none writes."""

from backtimer.ui.settings_pages.appearance import AppearancePage
from backtimer.ui.settings_pages.base import OptionsPage
from backtimer.ui.settings_pages.reminders import RemindersPage
from backtimer.ui.settings_pages.sound import SoundPage
from backtimer.ui.settings_pages.workout import WorkoutPage

__all__ = ["AppearancePage", "OptionsPage", "RemindersPage", "SoundPage", "WorkoutPage"]
