"""The Sync page: the folder that Syncthing, Nextcloud or Dropbox keeps, or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from backtimer.core.placeholders import fill
from backtimer.core.preferences import OPTIONS_BY_KEY
from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.pages.base import OptionsPage, option_label


class SyncPage(OptionsPage):
    """Signals:
        validity_changed(bool): the folder typed became usable, or stopped being so.
    """

    validity_changed = Signal(bool)

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setObjectName("syncPage")
        row_widget = QWidget(self)
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder_edit = QLineEdit(row_widget)
        self.folder_edit.setMinimumWidth(280)
        self.folder_edit.setPlaceholderText(self.tr("No sync"))
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("Choose…"), row_widget)
        self.choose_button.setObjectName("syncChooseButton")
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        self._register("sync_folder", self.folder_edit, lambda: self.folder_edit.text().strip(),
                       self.folder_edit.setText)
        self.form.addRow(option_label(OPTIONS_BY_KEY["sync_folder"]), row_widget)
        self.problem_note = self.add_note("", "syncFolderProblem")
        self.problem_note.setForegroundRole(QPalette.ColorRole.WindowText)  # not a side remark
        self.add_note(self.tr(
            "Choose a folder that Syncthing, Nextcloud or Dropbox keeps on each computer you "
            "use. backtimer writes small files of its own there, in a folder named "
            "‘backtimer’ (never the history database itself), and takes in what your other "
            "computers wrote: at start, after each workout and whenever their files arrive."),
            "syncNote")
        self.add_note(self.tr(
            "Sessions with their steps, pain and effort, deleted sessions, your own routines "
            "and their progression travel. Settings stay on each computer. When two computers "
            "changed the same routine at once, both versions are kept."), "syncTravelNote")
        self.folder_edit.textChanged.connect(self._check)
        self._valid = True

    def title(self) -> str:
        return self.tr("Sync")

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"),
                                                  self.folder_edit.text() or str(Path.home()))
        if folder:
            self.folder_edit.setText(folder)

    def load(self) -> None:
        super().load()
        self._check()

    def is_valid(self) -> bool:
        return self._valid

    def _check(self, *_args) -> None:
        text = self.folder_edit.text().strip()
        problem = ""
        if text and not Path(text).expanduser().is_absolute():
            problem = self.tr("Give the whole path of the folder, from the top.")
        elif text and not Path(text).expanduser().is_dir():
            problem = fill(self.tr("There is no folder %1. Choose one that exists (is its disk "
                                   "connected?)."), text)
        self.problem_note.setText(problem)
        self.problem_note.setVisible(bool(problem))
        valid = not problem
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)
