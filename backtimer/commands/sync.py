"""``backtimer --sync DIR``: one sync with a shared folder, then exit."""

from __future__ import annotations

import sys
from pathlib import Path

from backtimer.core import catalog
from backtimer.storage.history import HistoryError, HistoryStore
from backtimer.storage.paths import Paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.sync import SyncFolderError, sync

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2


def run_sync(paths: Paths, folder: str) -> int:
    """Prints one line of what it did (warnings and conflicts before it, on stderr)."""
    try:
        store = HistoryStore(paths.history_db, paths.backups_dir)
    except HistoryError as error:
        print(f"backtimer: {error}", file=sys.stderr)
        return EXIT_ERROR
    library = RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    try:
        for notice in store.notices:
            print(f"backtimer: {notice}", file=sys.stderr)
        report = sync(store, Path(folder).expanduser(), library)
    except SyncFolderError as error:
        print(f"backtimer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except HistoryError as error:
        print(f"backtimer: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    for line in report.warnings + report.conflicts:
        print(f"backtimer: {line}", file=sys.stderr)
    print(report.summary())
    return EXIT_OK
