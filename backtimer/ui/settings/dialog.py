"""The settings dialog: routines and preferences, written only on OK or Apply."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.routine import RoutineError
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.pages import (
    AppearancePage,
    OptionsPage,
    RemindersPage,
    SoundPage,
    SyncPage,
    WorkoutPage,
)
from backtimer.ui.settings.problem_text import problem_line
from backtimer.ui.settings.routine_editor import RoutinesPage
from backtimer.ui.shell.theme import ERROR, pick

if TYPE_CHECKING:
    from datetime import datetime


class SettingsDialog(QDialog):
    """Tabs for routines, sound and voice, workout, reminders, and appearance and language.

    Every page edits a copy; OK and Apply write what changed (settings in one atomic write,
    each changed routine in its own file); Cancel and Esc write nothing.

    Signals:
        settings_saved(dict): these preferences were written (key → new value).
        routines_saved(): the user's routines on disk changed.
        preview_requested(object, float): play this Routine at this speed.
    """

    settings_saved = Signal(dict)
    routines_saved = Signal()
    preview_requested = Signal(object, float)

    def __init__(self, settings: Settings, library: RoutineLibrary, lang: str,
                 parent: QWidget | None = None, *, tts_engine: str | None = None,
                 store=None, now: Callable[[], datetime] | None = None,
                 routine_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.library = library

        progression = None
        # ``now``, the wall clock, dates the progression panel's weeks: it comes with a store.
        if store is not None:  # progressive loading lives in the history (issue 7)
            if now is None:  # said here, not as a crash the first time a week is dated
                raise TypeError("SettingsDialog: a history (store=) needs the wall clock (now=)")
            from backtimer.ui.settings.progression_panel import ProgressionPanel

            progression = ProgressionPanel(store, settings, lang, self,
                                           exercises=library.exercises, now=now)
        self.routines_page = RoutinesPage(library, lang, self,
                                          default_lead_in_s=settings["lead_in_s"],
                                          progression=progression)
        self.option_pages: list[OptionsPage] = [
            SoundPage(settings, tts_engine, self),
            WorkoutPage(settings, lang, self),
            RemindersPage(settings, lang, self),
            AppearancePage(settings, self),
            SyncPage(settings, self),
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.routines_page, self.tr("Routines"))
        for page in self.option_pages:
            holder = QWidget(self)
            layout = QVBoxLayout(holder)
            layout.addWidget(page)
            layout.addStretch(1)
            self.tabs.addTab(holder, page.title())

        self.status = QLabel(self)
        self.status.setObjectName("dialogStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {pick(ERROR, self.status.palette())}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applyButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(bottom)

        self.routines_page.validity_changed.connect(self._update_buttons)
        for page in self.option_pages:
            if hasattr(page, "validity_changed"):
                page.validity_changed.connect(self._update_buttons)
        self.routines_page.preview_requested.connect(self.preview_requested)
        self.load()
        if routine_id is not None:  # the routine chosen on the home screen
            self.routines_page.focus(routine_id, 0)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        self.resize(1000, 680)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            self.resize(min(1000, room.width() - 40), min(680, room.height() - 60))

    def load(self) -> None:
        self.routines_page.load()
        for page in self.option_pages:
            page.load()
        self._update_buttons()

    def is_valid(self) -> bool:
        return self.routines_page.is_valid() and all(p.is_valid() for p in self.option_pages)

    def _update_buttons(self, *_args) -> None:
        valid = self.is_valid()
        self.ok_button.setEnabled(valid)
        self.apply_button.setEnabled(valid)
        self.status.setText("" if valid else self.tr(
            "Some values are not right yet (marked in red); fix them to save."))

    def apply(self) -> bool:
        """Write every change; on failure say why and keep the dialog (and the edits) open."""
        if not self.is_valid():
            return False
        changes: dict = {}
        for page in self.option_pages:
            changes.update(page.changes())
        try:
            if changes:
                self.settings.update(changes)
            routines_changed = self.routines_page.has_changes()
            if routines_changed:
                self.routines_page.save()
        except (OSError, ValueError, RoutineError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            if isinstance(error, RoutineError):
                reason = "; ".join(problem_line(problem) for problem in error.problems)
            box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Settings"),
                              self.tr("The changes could not be saved: %1").replace(
                                  "%1", str(reason)), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("saveFailedBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        if changes:
            self.settings_saved.emit(changes)
        if routines_changed:
            self.routines_saved.emit()
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def has_changes(self) -> bool:
        """Edits not written yet (routines, progression or preferences)."""
        return self.routines_page.has_changes() or any(p.changes() for p in self.option_pages)

    def reject(self) -> None:
        """Cancel and Esc: edits are thrown away only when the person says so."""
        if self.has_changes() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask before throwing edits away (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Settings"),
                          self.tr("Throw away the changes you made?"),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("discardChangesBox")
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard
