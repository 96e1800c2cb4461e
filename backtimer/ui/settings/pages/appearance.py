"""The Appearance and language page: colour scheme, countdown size, interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.pages.base import OptionsPage


class AppearancePage(OptionsPage):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setObjectName("appearancePage")
        self.add_choice("theme", [(self.tr("Same as the system"), "system"),
                                  (self.tr("Light"), "light"), (self.tr("Dark"), "dark")])
        self.add_spin("countdown_scale", " %").setSingleStep(10)
        # Language names are written in their own language, so anyone can find theirs.
        self.add_choice("language", [(self.tr("Same as the system"), "system"),
                                     ("English", "en"), ("Nederlands", "nl")])
        self.add_note(self.tr("A new colour scheme, countdown size or language is used the "
                              "next time you start backtimer."), "restartNote")

    def title(self) -> str:
        return self.tr("Appearance and language")
