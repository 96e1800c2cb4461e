"""One line under the history: when it last synced, with how many computers, or why not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QLabel, QWidget

from backtimer.storage.sync.status import SyncStatus, read_status
from backtimer.ui.shell.theme import dim


class SyncStatusLabel(QLabel):
    """Hidden while no sync folder is chosen."""

    def __init__(self, settings, store, lang: str, parent: QWidget, *,
                 now: Callable[[], datetime]):
        super().__init__(parent)
        self.setObjectName("syncStatusLabel")
        self.setWordWrap(True)
        dim(self)  # a side remark
        self.settings = settings
        self.store = store
        self.locale = QLocale("nl_NL" if lang == "nl" else "en_GB")
        self._now = now
        self.update_status()

    def update_status(self) -> None:
        if not self.settings["sync_folder"]:
            self.hide()
            return
        status = read_status(self.store.path) if self.store is not None else None
        self.setText(self.text_for(status))
        self.setAccessibleName(self.text())
        self.show()

    def text_for(self, status: SyncStatus | None) -> str:
        if status is None or (status.last_sync is None and not status.problem):
            return self.tr("Sync: not synced yet.")
        text = ""
        if status.last_sync is not None:
            last = status.last_sync.astimezone(self._now().tzinfo)
            time = self.locale.toString(QTime(last.hour, last.minute),
                                        QLocale.FormatType.ShortFormat)
            if last.date() == self._now().date():
                when = self.tr("today at %1").replace("%1", time)
            else:
                day = self.locale.toString(QDate(last.year, last.month, last.day),
                                           QLocale.FormatType.ShortFormat)
                when = self.tr("%1 at %2").replace("%1", day).replace("%2", time)
            if status.computers == 0:
                text = self.tr("Synced %1; no other computer has written to the folder "
                               "yet.").replace("%1", when)
            elif status.computers == 1:
                text = self.tr("Synced %1 with 1 other computer.").replace("%1", when)
            else:
                text = self.tr("Synced %1 with %2 other computers.").replace(
                    "%1", when).replace("%2", str(status.computers))
        if status.problem:
            text = (text + " " if text else "") + self.tr("The last try failed: %1").replace(
                "%1", self._problem_text(status))
        return text

    def _problem_text(self, status: SyncStatus) -> str:
        folder = self.settings["sync_folder"]
        if status.problem_kind == "missing":
            return self.tr("the folder %1 is not there (is its disk connected?).").replace(
                "%1", folder)
        if status.problem_kind == "unwritable":
            return self.tr("the folder %1 cannot be written.").replace("%1", folder)
        if status.problem_kind == "gone":
            return self.tr("the folder %1 went away during the sync; what came before that is "
                           "kept.").replace("%1", folder)
        return status.problem  # the system's own words
