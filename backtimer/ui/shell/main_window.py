"""The main window: home page and player in a stack, menus for history, settings and help."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer import __version__
from backtimer.core.routine import Routine
from backtimer.ui.shell.home_page import HomePage

if TYPE_CHECKING:  # PySide6 builds a class's enums when it is first imported: not at start
    from datetime import datetime

    from PySide6.QtGui import QCloseEvent, QKeyEvent

log = logging.getLogger("backtimer")

# About a window frame's width; a title bar is two of them.
FRAME_ALLOWANCE = 16


def first_size(free_width: int, free_height: int) -> tuple[int, int]:
    """The window's size before it was ever resized: roomy, but within the screen's free area
    with room for the title bar and frame, which QWidget.resize does not count."""
    return (min(1100, free_width - 2 * FRAME_ALLOWANCE),
            min(720, free_height - 3 * FRAME_ALLOWANCE))


class MainWindow(QMainWindow):
    """Holds the pages and navigates between them; a workout's life is the workout's (opening a
    routine, ratings, saving), the session's the runner's.

    Signals:
        settings_saved(dict): forwarded from the settings dialog (key → new value).
        first_frame_shown(): the window's first frame is on the screen. Set-up that no frame
            needs (the history, sounds, the tray) waits for it, so the window comes up sooner.
        services_needed(): a page that needs the history or the sounds is about to open; the
            set-up waiting for the first frame must be done now (a click that came first).
        first_run_notice_accepted(): the safety notice shown at the first start was accepted.
        history_changed(): a session was deleted from the history, or put back (the reminder
            plans again).
    """

    settings_saved = Signal(dict)
    first_frame_shown = Signal()
    services_needed = Signal()
    first_run_notice_accepted = Signal()
    history_changed = Signal()

    def __init__(self, *, runner, workout, library, settings, store, lang: str, cues=None,
                 now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.runner = runner
        self.workout = workout
        self.library = library
        self.settings = settings
        self.store = store
        self.lang = lang
        self.cues = cues
        # The wall clock (the local date and time), for the history's and progression's weeks.
        self._now = now
        self.history_view: QWidget | None = None
        # The settings dialog, hidden with its edits while a routine's preview plays.
        self._settings_aside: QDialog | None = None
        # Watches for the first Paint, then stops watching (see eventFilter).
        self.installEventFilter(self)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.home = HomePage(library, lang, self.stack)
        self.stack.addWidget(self.home)
        self.home.routine_chosen.connect(self.open_player)
        # The player page (and the cues' sounds) are built when first needed: see `player`.
        self._player = None

        self._build_actions()
        runner.session_started.connect(self._show_started_workout)
        free = self.screen().availableGeometry()
        self.resize(*first_size(free.width(), free.height()))  # a restored geometry wins
        self.setMinimumSize(640, 480)
        self._restore_geometry()
        self._show_home_page()  # HomePage has just loaded the routines

    @property
    def player(self):
        """The player page, built on first use (opening a routine).

        It is most of the window's widgets; a start that only shows the home screen never pays
        for it. Building it also prepares the cue sounds, well before the lead-in's first cue.
        """
        if self._player is None:
            from backtimer.ui.player.view import PlayerView

            player = self._player = PlayerView(self.runner, self.workout, self.settings,
                                               self.lang, self.stack,
                                               exercises=self.library.exercises)
            self.stack.addWidget(player)
            player.home_requested.connect(self.show_home)
            player.title_changed.connect(self._on_player_title)
            player.full_screen_toggled.connect(self.toggle_full_screen)
            player.safety_notice_requested.connect(self.show_safety_notice)
            self._connect_cues()
        return self._player

    def attach(self, *, store, cues) -> None:
        """The history store (None: it could not be opened) and the cue player, made after the
        first frame: the home screen needs neither."""
        self.store = store
        self.cues = cues
        if self._player is not None:
            self._connect_cues()

    def _connect_cues(self) -> None:
        if self.cues is not None and self._player is not None:
            self.cues.flash_needed.connect(self._player.flash)
            self.cues.sound_unavailable.connect(self._player.show_sound_unavailable)
            self.cues.voice_stopped.connect(self._player.show_voice_stopped)
            self.cues.announce_problems()

    # --- building -----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        # setShortcuts, not setShortcut: PySide6 matches setShortcut's overloads against Qt's
        # key enums, and naming any of `Qt` builds all its enum classes (~11 ms of the start).
        # A standard key also gets every binding the platform has for it.
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.history_action = self._action(self.tr("&History"), self.open_history, "Ctrl+H",
                                           "historyAction")
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings,
                                            "Ctrl+,", "settingsAction")
        self.home_action = self._action(self.tr("&Routines"), self.show_home, "Ctrl+R",
                                        "homeAction")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                                   "quitAction")
        self.full_screen_action = self._action(self.tr("&Full screen"), self.toggle_full_screen,
                                               None, "fullScreenAction")
        # F is handled by the player's key handler (a shortcut would fight with it); the menu
        # shows it for discovery.
        self.full_screen_action.setText(self.tr("&Full screen") + "\tF")
        safety = self._action(self.tr("&Safety notice"), self.show_safety_notice)
        about = self._action(self.tr("&About backtimer"), self.show_about)

        menu = self.menuBar().addMenu(self.tr("&Workout"))
        menu.addAction(self.home_action)
        menu.addAction(self.history_action)
        menu.addSeparator()
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.full_screen_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(safety)
        help_menu.addAction(about)

        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        # The actions have no icons, so the buttons show their text in any tool button style.
        for action in (self.home_action, self.history_action, self.settings_action):
            self.toolbar.addAction(action)

    # --- pages --------------------------------------------------------------------------------

    def bring_forward(self, routine: Routine | None = None, activation_token: str = "") -> None:
        """Show the window in front (hidden in the tray, minimised, or behind others), as it
        was: maximised or full screen stays so. With a routine, that routine opens, unless a
        workout is already under way.

        ``activation_token``: the Wayland activation token the desktop gave the start that
        asked. Wayland lets a window take the focus only with one; Qt's Wayland plugin reads it
        from $XDG_ACTIVATION_TOKEN when the window is activated, and spends it.
        """
        from PySide6.QtCore import Qt  # not at import: see _action

        if activation_token:
            # Read and unset by Qt's Wayland plugin in activateWindow, on this thread.
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
        try:
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
            self.show()
            self.raise_()
            self.activateWindow()
        finally:
            # Spent or not, a token is good for one activation: none is left for later ones.
            os.environ.pop("XDG_ACTIVATION_TOKEN", None)
        if routine is not None:
            self.open_player(routine)

    def open_player(self, routine: Routine) -> None:
        self.services_needed.emit()
        player = self.player
        if not self.workout.open(routine):
            # One workout at a time: show the one that runs rather than dropping it.
            self.stack.setCurrentWidget(player)
            return
        self.stack.setCurrentWidget(player)
        self.setWindowTitle(player.window_title)
        player.setFocus()

    def show_home(self) -> None:
        if self.runner.busy:
            self.stack.setCurrentWidget(self.player)
            return
        if self.isFullScreen():
            self.toggle_full_screen()
        self.home.reload()
        self._show_home_page()
        if self._settings_aside is not None:
            # A preview ended: back to the routine editor, the edits as they were.
            QTimer.singleShot(0, self, lambda dialog=self._settings_aside:
                              self._run_settings(dialog))

    def _show_home_page(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.home.list_view.setFocus()
        self.setWindowTitle("")

    def open_history(self) -> None:
        self.services_needed.emit()
        from backtimer.ui.history.view import HistoryView

        if self.history_view is None:
            view = HistoryView(self.store, self.settings, self.lang, self, now=self._now,
                               routines=self.library)
            view.workout_requested.connect(self.show_home)
            view.history_changed.connect(self.history_changed)
            page = QWidget(self.stack)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(8, 8, 8, 8)
            row = QHBoxLayout()
            back = QPushButton(self.tr("← Routines"), page)
            back.setObjectName("historyBackButton")
            back.setAccessibleName(self.tr("Back to routines"))
            back.clicked.connect(self.show_home)
            row.addWidget(back)
            row.addStretch(1)
            layout.addLayout(row)
            view.setParent(page)
            layout.addWidget(view, 1)
            self.stack.addWidget(page)
            self.history_view = page
        self.stack.setCurrentWidget(self.history_view)
        self.setWindowTitle(self.tr("History"))

    def open_settings(self) -> None:
        self.services_needed.emit()
        from backtimer.ui.settings.dialog import SettingsDialog

        chosen = self.home.selected()
        dialog = SettingsDialog(self.settings, self.library, self.lang, self, store=self.store,
                                now=self._now, routine_id=chosen.id if chosen else None)
        dialog.settings_saved.connect(self.settings_saved)
        # Routines added, changed or removed show on the home page at once.
        dialog.routines_saved.connect(self.home.reload)
        dialog.preview_requested.connect(
            lambda routine, speed: self._preview(dialog, routine, speed))
        self._run_settings(dialog)

    def _run_settings(self, dialog: QDialog) -> None:
        self._settings_aside = None
        dialog.exec()
        if self._settings_aside is not dialog:  # not put aside for a preview: done with it
            dialog.deleteLater()

    def _preview(self, dialog: QDialog, routine: Routine, speed: float) -> None:
        """Play the routine being edited, ``speed`` times faster, in the player; the dialog
        steps aside (a modal one would keep the player's keys) and comes back after it."""
        if self.runner.busy:
            self.statusBar().showMessage(self.tr("A workout is under way: finish or stop it "
                                                 "first."), 5000)
            return
        self._settings_aside = dialog
        dialog.hide()  # ends its exec(); it is kept, edits and all
        player = self.player
        self.workout.preview(routine, speed)
        self.stack.setCurrentWidget(player)
        self.setWindowTitle(player.window_title)
        player.setFocus()

    def show_safety_notice(self) -> None:
        from PySide6.QtCore import Qt

        from backtimer.ui.shell.safety_notice import SafetyNotice

        dialog = SafetyNotice(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About backtimer"),
                          self.tr("<h3>backtimer %1</h3><p>A guided timer for low-back "
                                  "exercises: it counts every hold and rep, tells you what comes "
                                  "next and keeps your streak.</p><p>Free software under the GNU "
                                  "GPL, version 3 or later.</p>").replace("%1", __version__))

    # --- window -------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        full = not self.isFullScreen()
        # On the mat every pixel goes to the countdown and the picture.
        self.menuBar().setVisible(not full)
        self.toolbar.setVisible(not full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        from backtimer.ui.player.remote import command_for_key

        key = event.key()
        leave = key == Qt.Key.Key_Escape and self.isFullScreen()
        on_player = self._player is not None and self.stack.currentWidget() is self._player
        if leave or (key == Qt.Key.Key_F and on_player):
            self.toggle_full_screen()
        elif (command := command_for_key(key)) is not None:
            # Media keys reach here from any page: the player's own keys pass them on.
            command(self.runner)
        else:
            super().keyPressEvent(event)

    def _show_started_workout(self, _routine=None, _started_at=None) -> None:
        """A remote (media key, headset, the desktop's media controls) may start the loaded
        routine while another page shows: the player comes forward."""
        if self._player is not None and self.stack.currentWidget() is not self._player:
            self.stack.setCurrentWidget(self._player)
            self.setWindowTitle(self._player.window_title)

    def _on_player_title(self, title: str) -> None:
        if self.stack.currentWidget() is self._player:
            self.setWindowTitle(title)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            # Queued: this frame is painted and flushed to the screen first.
            QTimer.singleShot(0, self, self._after_first_frame)
        return False

    def _after_first_frame(self) -> None:
        self.first_frame_shown.emit()
        self._first_run_notice()

    def _first_run_notice(self) -> None:
        if self.settings["safety_notice_seen"]:
            return  # the usual start: the notice's module need not even load
        from backtimer.ui.shell.safety_notice import show_first_run_notice

        dialog = show_first_run_notice(self.settings, self, on_error=self._settings_unwritable)
        if dialog is not None:
            dialog.accepted.connect(self.first_run_notice_accepted)

    def _settings_unwritable(self, why: str) -> None:
        log.warning("settings could not be saved: %s", why)

    def _restore_geometry(self) -> None:
        saved = self.settings["window_geometry"]
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            # Closing mid-workout keeps what was done: the session ends as stopped.
            self.runner.stop()
        geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        if geometry != self.settings["window_geometry"]:
            try:
                self.settings.update({"window_geometry": geometry})
            except (OSError, ValueError) as error:
                self._settings_unwritable(str(error))
        super().closeEvent(event)
