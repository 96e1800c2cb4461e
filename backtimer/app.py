"""The composition root: builds the application's objects and hands each its collaborators."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from backtimer.core import catalog
from backtimer.core.clock import MonotonicClock, ScaledClock, local_now
from backtimer.storage.instance_lock import InstanceLock
from backtimer.storage.paths import Paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings

if TYPE_CHECKING:
    from datetime import datetime

    from backtimer.core.clock import Clock

log = logging.getLogger("backtimer")


def choose_language(requested: str | None, setting: str, system_locale: str) -> str:
    """--lang, then the setting, then the system locale, else English."""
    if requested in ("en", "nl"):
        return requested
    if setting in ("en", "nl"):
        return setting
    return "nl" if system_locale.lower().startswith("nl") else "en"


def run_app(args: argparse.Namespace, paths: Paths) -> int:
    # QtMultimedia announces every optional library it cannot find; those are not problems.
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    from PySide6.QtWidgets import QApplication

    logging.basicConfig(level=logging.INFO, format="backtimer: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("backtimer")
    app.setApplicationDisplayName("backtimer")
    app.setOrganizationName("backtimer")
    app.setDesktopFileName("io.github.backtimer.backtimer")

    # One copy per data folder: a second start brings the first forward and leaves.
    lock = InstanceLock(paths.data_dir)
    if not _take(lock):
        code = _hand_over(args, paths, lock)
        if code is not None:
            return code
    try:
        return _run_window(args, paths, app)
    finally:
        # Only now, after the history closed (on aboutToQuit): a new start finds all shut.
        lock.release()


def _run_window(args: argparse.Namespace, paths: Paths, app) -> int:
    window = compose(args, paths, app)
    from backtimer.ui.shell.termination import TerminationHandler

    TerminationHandler(app, window.runner)
    if not args.minimized:
        window.show()
    return app.exec()


def compose(args: argparse.Namespace, paths: Paths, app, *, clock: Clock | None = None,
            now: Callable[[], datetime] | None = None):
    """Build the window and everything behind it for these command-line ``args``, as a start of
    backtimer does, and return the window (not shown). The history, sounds and tray follow after
    its first frame, or at once when a page needs them (``services_needed``).

    ``clock`` (the session's monotonic clock) and ``now`` (the wall clock) are the real ones
    unless given: tests pass fakes, and so start the app as a person does, on their own time.
    """
    from PySide6.QtCore import QLocale

    from backtimer.ui.player.runner import SessionRunner
    from backtimer.workout.workout import Workout

    settings = Settings(paths.settings_file)
    lang = choose_language(args.lang, settings["language"], QLocale.system().name())
    library = RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    if clock is None:
        clock = MonotonicClock() if args.time_scale == 1 else ScaledClock(args.time_scale)
    # The one wall clock: it dates every session, week and reminder.
    now = now or local_now
    runner = SessionRunner(clock, app, now=now, cue_lead_s=settings["cue_latency_ms"] / 1000)
    workout = Workout(runner, settings, app, now=now, lang=lang, time_scale=clock.scale)
    from backtimer.ui.translations import install_translators

    install_translators(app, lang)
    if settings["theme"] != "system":  # the desktop's colours need nothing done
        from backtimer.ui.shell.theme import apply_theme

        apply_theme(app, settings["theme"])
    for problem in settings.problems:
        log.warning("%s", problem)

    # --- the window: its home screen is all the first frame needs ---
    from backtimer.ui.shell.main_window import MainWindow

    window = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                        store=None, lang=lang, now=now)
    services = {"runner": runner, "workout": workout, "settings": settings, "library": library,
                "lang": lang, "now": now}
    if args.minimized or args.routine:
        # No home screen to hurry to: the player, or only the tray, needs the rest first.
        _finish_start(args, paths, app, window, **services)
    else:
        # The rest waits for the first frame, or for a click that needs it, whichever comes
        # first; a window that is never painted (hidden by the desktop) gets it after a second.
        # It runs once: every trigger is disconnected first.
        from PySide6.QtCore import QTimer

        def finish() -> None:
            window.first_frame_shown.disconnect(finish)
            window.services_needed.disconnect(finish)
            fallback.stop()
            try:
                _finish_start(args, paths, app, window, **services)
            except Exception as error:  # run from a signal, it would otherwise only be printed
                log.exception("backtimer could not finish starting")
                _tell_start_failed(window, error)
                app.exit(1)

        fallback = QTimer(app, singleShot=True, interval=1000)
        fallback.timeout.connect(finish)
        window.first_frame_shown.connect(finish)
        window.services_needed.connect(finish)
        fallback.start()
    return window


def _take(lock: InstanceLock) -> bool:
    """The folder's lock, or True anyway when it cannot be had (then a second copy is not
    noticed; refusing to start over it would be worse)."""
    try:
        return lock.acquire()
    except OSError as error:
        log.warning("the data folder cannot be locked (%s); a second copy would not be noticed",
                    error)
        return True


def _tell_start_failed(window, error: Exception) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(
        window, QCoreApplication.translate("Startup", "backtimer could not start"),
        QCoreApplication.translate(
            "Startup", "Part of backtimer could not be set up, so it closes rather than run "
            "without saving your workouts. Your history is unchanged.\n\n%1")
        .replace("%1", str(error)))


def _finish_start(args, paths, app, window, *, runner, workout, settings, library, lang,
                  now) -> None:
    """Everything the home screen's first frame can do without: history, sounds, the tray,
    and listening for later starts."""
    # The icon too: Qt loads its SVG plugin for it, and the title bar can take it a frame later.
    from PySide6.QtGui import QIcon

    from backtimer.ui.assets import asset_path

    icon = asset_path("icons/backtimer.svg")
    if icon:
        app.setWindowIcon(QIcon(icon))
    # --- history (issue: history) ---
    from backtimer.storage.history import HistoryError, HistoryStore

    store = None
    store_problem = ""
    try:
        store = HistoryStore(paths.history_db, paths.backups_dir, now=now)
    except HistoryError as error:
        # An unwritable folder or a newer database: the workout still runs, unsaved.
        store_problem = str(error)
        log.warning("%s", error)
    else:
        for notice in store.notices:
            log.warning("%s", notice)
        # A damaged database moved aside, a session cut short: said in the window too, once.
        from backtimer.ui.shell.history_notice import show_history_notice

        show_history_notice(store, lang, window)
    # The workout's recorder listens to the runner and writes each session as it goes.
    workout.attach_history(store, unavailable_reason=store_problem)
    if store is not None:
        # At quit, the writes another program's lock held back get a last, bounded wait first.
        app.aboutToQuit.connect(workout.recorder.flush)
        app.aboutToQuit.connect(store.close)

    # --- player: cues, screen-sleep inhibition (issue: player) ---
    from backtimer.ui.player.cues import CuePlayer
    from backtimer.ui.player.screen_inhibitor import ScreenInhibitor

    window.attach(store=store,
                  cues=CuePlayer(runner, settings, lang, app, exercises=library.exercises))
    ScreenInhibitor(runner, settings, app)
    if args.autostart and args.quit_when_done:
        # Nobody is on the mat in an unattended run: self-paced sets end at their estimate.
        from backtimer.ui.player.autopilot import SelfPacedAutopilot

        SelfPacedAutopilot(runner, app)

    if args.routine:
        routine = library.get(args.routine)
        if routine is not None:
            window.open_player(routine)
            if args.autostart and (settings["safety_notice_seen"] or args.quit_when_done):
                runner.start()
            elif args.autostart:
                # A first start: the safety notice opens over the player; the clock starts
                # once it is read, not behind it. (An unattended run has nobody to read it.)
                window.first_run_notice_accepted.connect(runner.start)
    if args.quit_when_done:
        # Queued, so every listener (the history writer first) has seen the end before we quit.
        from PySide6.QtCore import Qt

        runner.session_finished.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    # --- reminders and the tray (issue: reminders) ---
    from backtimer.storage.paths import ENV_DATA_DIR
    from backtimer.ui.shell import tray

    reminders = tray.install(
        app, window, settings, library, store, lang, minimized=args.minimized,
        # A chosen data folder goes into the login entry, or it would start with other settings.
        data_dir=paths.data_dir if args.data_dir or os.environ.get(ENV_DATA_DIR) else None,
        now=now)
    workout.saved.connect(reminders.history_changed)
    window.history_changed.connect(reminders.history_changed)

    # --- history sync through a shared folder (issue 16) ---
    if store is not None:
        from backtimer.ui.sync.install import install as install_sync

        install_sync(app, window, settings, paths, workout, reminders, lang)

    from backtimer.ui.shell.single_instance import InstanceServer

    instance = InstanceServer(paths.data_dir, app)

    def another_start(routine_id: str, autostart: bool, activation_token: str) -> None:
        routine = library.get(routine_id) if routine_id else None
        log.info("another start asked for this window%s%s",
                 f" (routine {routine_id})" if routine_id else "",
                 ", with the desktop's activation token" if activation_token else "")
        if routine_id and routine is None:
            log.warning("no routine with id '%s' here; only the window comes forward", routine_id)
        busy = runner.busy
        window.bring_forward(routine, activation_token)
        if routine is not None and autostart and not busy:
            runner.start()

    instance.activation_requested.connect(another_start)
    instance.listen()
    app.aboutToQuit.connect(instance.close)

    # --- remotes: MPRIS for headsets, media keys, the desktop's controls (issue 18) ---
    if sys.platform not in ("win32", "darwin"):  # a freedesktop interface; keys work anywhere
        from PySide6.QtGui import QAction

        try:
            from backtimer.ui.player import mpris
        except ImportError as error:  # a PySide6 built without QtDBus
            log.info("no media controls: %s", error)
        else:
            quit_action = window.findChild(QAction, "quitAction")  # the tray's quit, if any
            mpris.publish(runner, app, exercises=library.exercises, lang=lang,
                          cache_dir=paths.cache_dir, raise_window=window.bring_forward,
                          quit_app=quit_action.trigger if quit_action else window.close)


def _hand_over(args: argparse.Namespace, paths: Paths, lock: InstanceLock) -> int | None:
    """Another copy runs on this data folder: ask it to come forward, and return the exit code;
    None when that copy has ended meanwhile and the folder is this start's now."""
    if args.minimized:
        return 0  # a login start while backtimer already runs: nothing to add
    if args.quit_when_done or args.time_scale != 1:
        log.error("backtimer is already running with this data folder (%s); an unattended or "
                  "faster run needs a folder of its own (--data-dir)", paths.data_dir)
        return 1
    from backtimer.ui.shell.single_instance import ask_running_copy, server_name

    # The desktop's token for this start: the running copy needs it to take the focus (Wayland).
    token = os.environ.get("XDG_ACTIVATION_TOKEN", "")
    if ask_running_copy(server_name(paths.data_dir), args.routine, args.autostart,
                        still_running=lock.held_elsewhere, activation_token=token):
        log.info("backtimer is already running with this data folder; its window was brought "
                 "forward")
        return 0
    if not lock.held_elsewhere() and _take(lock):
        return None
    log.error("backtimer is already running with this data folder (%s) but does not answer; "
              "close it, or start this one with another --data-dir", paths.data_dir)
    return 1
