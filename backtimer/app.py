"""The composition root: builds the application's objects and hands each its collaborators."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from backtimer.core import catalog
from backtimer.core.clock import MonotonicClock, ScaledClock
from backtimer.storage.instance_lock import InstanceLock
from backtimer.storage.paths import Paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings

log = logging.getLogger("backtimer")


def choose_language(requested: str | None, setting: str, system_locale: str) -> str:
    """--lang, then the setting, then the system locale, else English."""
    if requested in ("en", "nl"):
        return requested
    if setting in ("en", "nl"):
        return setting
    return "nl" if system_locale.lower().startswith("nl") else "en"


def install_translators(app, lang: str) -> None:
    """Dutch for our strings and for Qt's own (dialog buttons); English needs none."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    # By name: QLocale's Language and Country enums have hundreds of members each, which
    # PySide6 would build at start-up for this one call.
    QLocale.setDefault(QLocale("nl_NL" if lang == "nl" else "en_GB"))
    if lang != "nl":
        return
    from backtimer.ui.assets import asset_path

    ours = QTranslator(app)
    path = asset_path("i18n/backtimer_nl.qm")
    if path is None or not ours.load(path):
        log.warning("Dutch translation not found; the interface stays in English")
    else:
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale("nl"), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)


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
    from PySide6.QtCore import QLocale

    from backtimer.ui.player.runner import SessionRunner

    settings = Settings(paths.settings_file)
    lang = choose_language(args.lang, settings["language"], QLocale.system().name())
    library = RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    clock = MonotonicClock() if args.time_scale == 1 else ScaledClock(args.time_scale)
    runner = SessionRunner(clock, app, cue_lead_s=settings["cue_latency_ms"] / 1000)
    install_translators(app, lang)
    if settings["theme"] != "system":  # the desktop's colours need nothing done
        from backtimer.ui.shell.theme import apply_theme

        apply_theme(app, settings["theme"])
    for problem in settings.problems:
        log.warning("%s", problem)

    # --- the window: its home screen is all the first frame needs ---
    from backtimer.ui.shell.main_window import MainWindow

    window = MainWindow(runner=runner, library=library, settings=settings, store=None,
                        lang=lang)
    services = {"runner": runner, "settings": settings, "library": library, "lang": lang}
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
    if not args.minimized:
        window.show()
    return app.exec()


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


def _finish_start(args, paths, app, window, *, runner, settings, library, lang) -> None:
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
    from backtimer.ui.player.recorder import HistoryRecorder

    store = None
    store_problem = ""
    try:
        store = HistoryStore(paths.history_db, paths.backups_dir)
    except HistoryError as error:
        # An unwritable folder or a newer database: the workout still runs, unsaved.
        store_problem = str(error)
        log.warning("%s", error)
    else:
        for notice in store.notices:
            log.warning("%s", notice)
        app.aboutToQuit.connect(store.close)
    # Listens to the runner; the player block below connects it to the window.
    recorder = HistoryRecorder(
        store, runner, app, lang=lang, unavailable_reason=store_problem)

    # --- player: cues, screen-sleep inhibition (issue: player) ---
    from backtimer.ui.player.cues import CuePlayer
    from backtimer.ui.player.screen_inhibitor import ScreenInhibitor

    window.attach(store=store,
                  cues=CuePlayer(runner, settings, lang, app, exercises=library.exercises))
    ScreenInhibitor(runner, settings, app)
    window.pain_rated.connect(recorder.record_pain)
    window.hurt_marked.connect(recorder.record_hurt)
    window.effort_rated.connect(recorder.record_effort)
    window.progression_applied.connect(recorder.on_progression_applied)
    recorder.session_saved.connect(window.show_saved_state)
    recorder.save_failed.connect(window.show_save_problem)
    if args.autostart and args.quit_when_done:
        # Nobody is on the mat in an unattended run: self-paced sets end at their estimate.
        from backtimer.ui.player.autopilot import SelfPacedAutopilot

        SelfPacedAutopilot(runner, app)

    if args.routine:
        routine = library.get(args.routine)
        if routine is not None:
            window.open_player(routine)
            if args.autostart:
                runner.start()
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
        data_dir=paths.data_dir if args.data_dir or os.environ.get(ENV_DATA_DIR) else None)
    recorder.session_saved.connect(reminders.history_changed)

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
