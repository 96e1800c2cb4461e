"""The preference pages of the settings dialog; each has load() and changes(), none writes."""

from backtimer.ui.settings.pages.appearance import AppearancePage
from backtimer.ui.settings.pages.base import OptionsPage
from backtimer.ui.settings.pages.reminders import RemindersPage
from backtimer.ui.settings.pages.sound import SoundPage
from backtimer.ui.settings.pages.sync import SyncPage
from backtimer.ui.settings.pages.workout import WorkoutPage

__all__ = ["AppearancePage", "OptionsPage", "RemindersPage", "SoundPage", "SyncPage",
           "WorkoutPage"]
