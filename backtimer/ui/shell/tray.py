"""The system-tray icon and the daily reminder: start a routine, the streak, later, quit.

When the reminder is due is ``reminder_scheduler``'s to decide; the tray shows it."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMessageBox, QSystemTrayIcon, QWidget

from backtimer.core import stats
from backtimer.core.placeholders import fill
from backtimer.core.reminders import SNOOZE_MINUTES
from backtimer.core.routine import Routine, localized
from backtimer.storage import autostart
from backtimer.storage.history import HistoryError, weekly_summary
from backtimer.ui.assets import asset_path
from backtimer.ui.history_problem import problem_text
from backtimer.ui.shell.reminder_scheduler import PLAN_KEYS, ReminderScheduler

log = logging.getLogger("backtimer.reminders")

# At login the panel holding the tray may come up after us: wait this long for it.
TRAY_WAIT_MS = 30_000
TRAY_POLL_MS = 1_000
# How long the notification stays (the desktop may cap it).
MESSAGE_MS = 60_000


class Tray(QObject):
    """The tray icon and its menu; it says what was chosen and decides nothing.

    Signals:
        routine_chosen(object): "Start a routine" → this Routine.
        message_clicked(): the reminder notification was clicked (start).
        snooze_chosen(): "Remind me in 30 minutes".
        window_requested(): "Show window", or the icon was clicked.
        quit_chosen(): "Quit".
    """

    routine_chosen = Signal(object)
    message_clicked = Signal()
    snooze_chosen = Signal()
    window_requested = Signal()
    quit_chosen = Signal()

    def __init__(self, routines: Callable[[], Sequence[Routine]], lang: str,
                 summary: Callable[[], stats.Summary | None], menu_parent: QWidget,
                 parent: QObject):
        super().__init__(parent)
        self._routines = routines
        self._summary = summary
        self.lang = lang
        self.app_icon = QIcon(asset_path("icons/backtimer.svg") or "")
        self.icon = QSystemTrayIcon(self.app_icon, self)
        self.icon.setToolTip("backtimer")
        # A menu is a widget, so its parent is one; it is a popup all the same.
        self.menu = QMenu(menu_parent)
        self.menu.setObjectName("trayMenu")
        self.routines_menu = self.menu.addMenu(self.tr("Start a routine"))
        self.routines_menu.setObjectName("trayRoutinesMenu")
        self.menu.addSeparator()
        self.streak_action = self.menu.addAction("")
        self.streak_action.setObjectName("trayStreak")
        self.streak_action.setEnabled(False)  # information, not a command
        self.week_action = self.menu.addAction("")
        self.week_action.setObjectName("trayWeek")
        self.week_action.setEnabled(False)
        self.menu.addSeparator()
        self.snooze_action = self.menu.addAction(
            fill(self.tr("Remind me in %1\u00a0minutes"), str(SNOOZE_MINUTES)))
        self.snooze_action.setObjectName("traySnooze")
        self.snooze_action.setVisible(False)
        self.snooze_action.triggered.connect(self.snooze_chosen)
        self.show_action = self.menu.addAction(self.tr("Show window"))
        self.show_action.setObjectName("trayShow")
        self.show_action.triggered.connect(self.window_requested)
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(self.quit_chosen)
        self.icon.setContextMenu(self.menu)
        # The streak and the routines may change while we sit in the tray: read them on opening.
        self.menu.aboutToShow.connect(self.refresh)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self._notifications = None  # made with the first reminder (notifications.py)
        self.refresh()

    def refresh(self) -> None:
        self.routines_menu.clear()
        for routine in self._routines():
            action = self.routines_menu.addAction(localized(routine.name, self.lang))
            action.setData(routine.id)
            action.triggered.connect(
                lambda _checked=False, r=routine: self.routine_chosen.emit(r))
        self.routines_menu.setEnabled(not self.routines_menu.isEmpty())
        try:
            summary = self._summary()
        except HistoryError as error:
            log.warning("the history could not be read for the tray: %s", error)
            self.streak_action.setText(fill(self.tr("The history could not be read: %1"),
                                            problem_text(error)))
            self.week_action.setVisible(False)
            return
        if summary is None:
            self.streak_action.setText(self.tr("The history is not available"))
            self.week_action.setVisible(False)
            return
        days = summary.daily.current
        if days == 0:
            self.streak_action.setText(self.tr("No streak yet"))
        elif days == 1:
            self.streak_action.setText(self.tr("Streak: 1 day"))
        else:
            self.streak_action.setText(fill(self.tr("Streak: %1\u00a0days"), str(days)))
        self.week_action.setText(fill(self.tr("This week: %1 of %2\u00a0sessions"),
                                      str(summary.this_week.sessions), str(summary.goal)))
        self.week_action.setVisible(True)

    def offer_snooze(self, offered: bool) -> None:
        self.snooze_action.setVisible(offered)

    def show_reminder(self) -> None:
        # QSystemTrayIcon.showMessage has no buttons. On Linux it becomes a freedesktop
        # notification (or Qt's own balloon on an XEmbed tray), and both report a click on the
        # message as messageClicked: that click is "Start". "Later" is a menu entry, shown
        # while a reminder is open, because action buttons in notifications are not offered
        # by Qt and a popup window of our own would steal the focus from whatever they do.
        self.offer_snooze(True)
        if self._notify_with_buttons():
            return
        self.icon.showMessage(
            self.tr("Time for your back routine"),
            fill(self.tr("Click here to open it. Not now? Choose “Remind me in "
                         "%1\u00a0minutes” in the tray icon's menu."), SNOOZE_MINUTES),
            self.app_icon, MESSAGE_MS)

    def _notify_with_buttons(self) -> bool:
        """The reminder as a desktop notification with Start and Later, where a notification
        server shows buttons; False: Qt's message instead."""
        if self._notifications is None:
            from backtimer.ui.shell.notifications import DesktopNotifications

            self._notifications = DesktopNotifications(self)
            self._notifications.action_invoked.connect(self._notification_action)
            if not self._notifications.available:
                log.info("reminders come as the tray's message: %s",
                         self._notifications.problem)
        return self._notifications.available and self._notifications.show(
            self.tr("Time for your back routine"),
            fill(self.tr("Later reminds you again in %1\u00a0minutes."), str(SNOOZE_MINUTES)),
            [("default", self.tr("Open")), ("start", self.tr("Start")),
             ("later", self.tr("Later"))], timeout_ms=MESSAGE_MS)

    def _notification_action(self, key: str) -> None:
        if key in ("start", "default"):
            self.message_clicked.emit()
        elif key == "later":
            self.snooze_chosen.emit()

    def show_next(self, due: dt.datetime | None, today: dt.date) -> None:
        """The tooltip says when the next reminder comes."""
        if due is None:
            self.icon.setToolTip("backtimer")
            return
        when = f"{due:%H:%M}"
        if due.date() != today:
            when = f"{_weekday(due.date(), self.lang)} {when}"
        self.icon.setToolTip(fill(self.tr("backtimer: next reminder %1"), when))

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.window_requested.emit()


def _weekday(day: dt.date, lang: str) -> str:
    from PySide6.QtCore import QLocale

    return QLocale(lang).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


class TrayController(QObject):
    """Keeps the tray icon, the reminder and the login entry in step with the settings, and
    turns what is chosen in the tray into window commands.

    Without a system tray (``available`` False) there is no icon; a reminder then shows as a
    small window with Start and Later, when backtimer's window is open.
    """

    def __init__(self, window, settings, library, store, lang: str, parent: QObject, *,
                 now: Callable[[], dt.datetime], available: bool | None = None,
                 data_dir: Path | None = None, command: Sequence[str] | None = None,
                 environ: Mapping[str, str] = os.environ,
                 quit_app: Callable[[], None] = QCoreApplication.quit):
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.library = library
        self.store = store
        self.lang = lang
        self._now = now
        self.available = (QSystemTrayIcon.isSystemTrayAvailable() if available is None
                          else available)
        self.data_dir = data_dir
        self.command = command
        self.environ = environ
        self._quit_app = quit_app
        self._quitting = False
        self._started_hidden = False
        self.reminder_box: QMessageBox | None = None

        self.scheduler = ReminderScheduler(settings, store, self, now=now)
        self.tray = Tray(library.routines, lang, self.summary, window, self)
        self.scheduler.reminder_fired.connect(self.remind)
        self.scheduler.schedule_changed.connect(
            lambda due: self.tray.show_next(due, self._now().date()))
        self.tray.routine_chosen.connect(self.start)
        self.tray.message_clicked.connect(self.start)
        self.tray.snooze_chosen.connect(self.later)
        self.tray.window_requested.connect(self.show_window)
        self.tray.quit_chosen.connect(self.quit)
        self._tray_wait = QTimer(self)
        self._tray_wait.setInterval(TRAY_POLL_MS)
        self._tray_wait.timeout.connect(self._poll_tray)
        self._tray_waited_ms = 0
        window.installEventFilter(self)
        # The window's Quit means quit, also when closing the window only hides it in the tray.
        quit_action = window.findChild(QAction, "quitAction")
        if quit_action is not None:
            quit_action.triggered.disconnect()
            quit_action.triggered.connect(self.quit)
        self.update_icon()
        self.scheduler.rearm()

    # --- state ----------------------------------------------------------------------------------

    def summary(self) -> stats.Summary | None:
        """The streak and this week; None without a history. A ``HistoryError`` is the tray's
        to show (it says why)."""
        if self.store is None:
            return None
        return weekly_summary(self.store, self.settings, self._now())

    def wants_icon(self) -> bool:
        return (self.settings["reminder_enabled"] or self.settings["start_minimized_at_login"]
                or self._started_hidden)

    def keeps_running(self) -> bool:
        """Closing the window leaves backtimer in the tray only when a reminder needs it."""
        return self.available and bool(self.settings["reminder_enabled"]) and not self._quitting

    def update_icon(self) -> None:
        self.tray.icon.setVisible(self.available and self.wants_icon())

    # --- start-up -------------------------------------------------------------------------------

    def start_hidden(self) -> None:
        """``--minimized`` (at login): only the tray icon shows, not the window."""
        self._started_hidden = True
        if self.available:
            self.update_icon()
            return
        # The desktop's panel may not be up yet at login; without a tray after a while the
        # window is shown, since a hidden app without an icon could not be reached at all.
        self._tray_waited_ms = 0
        self._tray_wait.start()

    def _poll_tray(self) -> None:
        self._tray_waited_ms += TRAY_POLL_MS
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_wait.stop()
            self.available = True
            self.update_icon()
        elif self._tray_waited_ms >= TRAY_WAIT_MS:
            self._tray_wait.stop()
            log.info("no system tray appeared; showing the window")
            self.window.show()

    # --- reactions ------------------------------------------------------------------------------

    def apply_settings(self, changes: dict) -> None:
        """The settings dialog saved ``changes``."""
        if PLAN_KEYS & changes.keys():
            self.scheduler.rearm()
        if "start_minimized_at_login" in changes:
            self.sync_autostart()
        self.update_icon()

    def history_changed(self, *_args) -> None:
        """A session was saved: today may be done now."""
        if not self.scheduler.is_snoozed:
            self.scheduler.rearm()

    def sync_autostart(self) -> bool:
        """Write or remove the login entry as the setting says; False (and a message) if not."""
        if not autostart.supported():
            return True
        try:
            if self.settings["start_minimized_at_login"]:
                path = autostart.enable(self.command, self.data_dir, self.environ)
                log.info("backtimer will start at login (%s)", path)
            else:
                autostart.disable(self.environ)
        except OSError as error:
            box = QMessageBox(QMessageBox.Icon.Warning, "backtimer",
                              fill(self.tr("Starting at login could not be changed: %1"),
                                   error.strerror or str(error)),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("autostartFailedBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        return True

    def remind(self) -> None:
        if self.window.runner.active:
            return  # already on the mat
        if self.available and self.tray.icon.isVisible():
            self.tray.show_reminder()
        elif self.window.isVisible():
            self._show_reminder_box()
        else:
            log.info("a reminder was due, but there is no tray and no window to show it in")

    def _show_reminder_box(self) -> None:
        if self.reminder_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, "backtimer",
                          self.tr("Time for your back routine"),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("reminderBox")
        box.setWindowModality(Qt.WindowModality.NonModal)
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        start.setObjectName("reminderStartButton")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("reminderLaterButton")
        box.setInformativeText(fill(self.tr("Later reminds you again in %1\u00a0minutes."),
                                    str(SNOOZE_MINUTES)))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        start.clicked.connect(self.start)
        later.clicked.connect(self.later)
        box.destroyed.connect(self._reminder_box_closed)
        self.reminder_box = box
        box.show()

    def _reminder_box_closed(self, *_args) -> None:
        self.reminder_box = None

    def suggested_routine(self) -> Routine | None:
        """The routine of the last session, else the first one."""
        if self.store is not None:
            try:
                last = self.store.page(0, 1)
            except HistoryError:
                last = []
            if last:
                routine = self.library.get(last[0].routine_id)
                if routine is not None:
                    return routine
        routines = self.library.routines()
        return routines[0] if routines else None

    def start(self, routine: Routine | None = None) -> None:
        """Open the player on a routine, ready: they press Start (Space) once on the mat."""
        self.tray.offer_snooze(False)
        if self.scheduler.is_snoozed:
            self.scheduler.rearm()
        routine = routine if isinstance(routine, Routine) else self.suggested_routine()
        if routine is not None:
            self.window.open_player(routine)
        self.show_window()

    def later(self) -> None:
        self.tray.offer_snooze(False)
        self.scheduler.snooze()

    def show_window(self) -> None:
        self.window.bring_forward()

    def quit(self) -> None:
        self._quitting = True
        self._tray_wait.stop()
        self.scheduler.stop()
        self.window.close()  # saves what the window keeps, and ends a running workout
        self.tray.icon.hide()
        self._quit_app()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.keeps_running():
            event.ignore()
            self.hide_to_tray()
            return True
        return super().eventFilter(watched, event)

    def hide_to_tray(self) -> None:
        if self.window.runner.active:
            self.window.runner.pause()  # nobody follows a hidden workout; it waits for them
        self.window.hide()
        self.update_icon()
        if not self.settings["tray_notice_seen"]:
            self.tray.icon.showMessage(
                self.tr("backtimer is still running"),
                self.tr("It stays in the tray to remind you. To quit, choose Quit in the tray "
                        "icon's menu."), self.tray.app_icon, MESSAGE_MS)
            try:
                self.settings.update({"tray_notice_seen": True})
            except (OSError, ValueError) as error:
                log.warning("settings could not be saved: %s", error)


def install(app, window, settings, library, store, lang: str, *, minimized: bool,
            data_dir: Path | None, now: Callable[[], dt.datetime]) -> TrayController:
    """Build the tray and the reminder for the composition root (the window shows itself,
    unless ``minimized``)."""
    controller = TrayController(window, settings, library, store, lang, app, now=now,
                                data_dir=data_dir)
    window.settings_saved.connect(controller.apply_settings)
    if minimized:
        controller.start_hidden()
    return controller
