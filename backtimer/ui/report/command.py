"""``--report FILE.pdf [--weeks N]``: the physiotherapist's report, written without a window.

Qt draws it (fonts, vector charts) on a ``QGuiApplication`` made only for this, on the
offscreen platform where nothing needs a display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from backtimer.core import catalog, stats
from backtimer.core.clock import local_now
from backtimer.storage.history import HistoryError, HistoryStore
from backtimer.storage.paths import Paths
from backtimer.storage.report_source import load
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2


def _fail(message: str) -> None:
    print(f"backtimer: {message}", file=sys.stderr)


def _gui_app():
    """The running QGuiApplication, or one made for drawing the report."""
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: no display needed
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def write_report(paths: Paths, target: str, *, weeks: int, lang: str) -> int:
    destination = Path(target)
    if destination.is_dir():
        _fail(f"cannot write {target}: it is a folder")
        return EXIT_BAD_INPUT
    if not destination.parent.is_dir():
        _fail(f"cannot write {target}: the folder {destination.parent} does not exist")
        return EXIT_BAD_INPUT
    settings = Settings(paths.settings_file)
    library = RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    now = local_now()
    today = stats.today_for(now, settings["day_start_hour"])
    store = None
    try:
        # A history not made yet is an empty one: nothing is created for it.
        if paths.history_db.exists():
            store = HistoryStore(paths.history_db, paths.backups_dir)
            for notice in store.notices:
                _fail(notice)
        report = load(store, settings, {r.id: r for r in library.routines()}, today=today,
                      weeks=weeks)
    except HistoryError as error:
        _fail(str(error))
        return EXIT_ERROR
    finally:
        if store is not None:
            store.close()
    app = _gui_app()
    from PySide6.QtCore import QLocale

    from backtimer.ui.report.document import ReportWriteError, write_pdf
    from backtimer.ui.translations import install_translators

    install_translators(app, lang)
    try:
        pages = write_pdf(destination, report, lang, library.exercises, made=now,
                          locale_name=QLocale.system().name())
    except ReportWriteError as error:
        _fail(str(error))
        return EXIT_BAD_INPUT
    print(f"Wrote a {pages}-page report of {report.period.weeks} weeks "
          f"({report.sessions} sessions) to {target}")
    return EXIT_OK
