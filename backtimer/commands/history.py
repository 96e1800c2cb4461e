"""The history commands of the command line: --export-history, --import-history, --stats."""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import datetime
from pathlib import Path

from backtimer.commands.language import terminal_language
from backtimer.core import stats
from backtimer.core.clock import local_now
from backtimer.storage.files import atomic_write_text, read_limited
from backtimer.storage.history import (
    MAX_IMPORT_BYTES,
    HistoryError,
    HistoryFileError,
    HistoryStore,
    HistoryUnavailable,
    StorageReadOnly,
    export_text,
    parse_history_file,
    weekly_summary,
)
from backtimer.storage.paths import Paths
from backtimer.storage.settings_store import Settings

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2

_TEXTS = {
    "en": {
        "daily": "Daily streak: {current} {days} (best {best})",
        "weekly": ("Weekly goal streak: {current} {weeks} (best {best}), "
                   "goal {goal} sessions a week"),
        "week": "This week: {sessions} of {goal} sessions, {minutes} minutes",
        "total": "In all: {sessions} {sessions_word}, {minutes} minutes",
        "day": "day", "days": "days", "week_word": "week", "weeks": "weeks",
        "session": "session", "sessions": "sessions", "decimal": ".",
    },
    "nl": {
        "daily": "Dagreeks: {current} {days} (beste {best})",
        "weekly": "Weekdoelreeks: {current} {weeks} (beste {best}), doel {goal} sessies per week",
        "week": "Deze week: {sessions} van {goal} sessies, {minutes} minuten",
        "total": "In totaal: {sessions} {sessions_word}, {minutes} minuten",
        "day": "dag", "days": "dagen", "week_word": "week", "weeks": "weken",
        "session": "sessie", "sessions": "sessies", "decimal": ",",
    },
}


def _fail(message: str) -> None:
    print(f"backtimer: {message}", file=sys.stderr)


def _open(paths: Paths, *, backup: bool = True, reading: bool = False) -> HistoryStore:
    """The history; ``reading`` only: a data folder that cannot be written is read as it is."""
    try:
        store = HistoryStore(paths.history_db, paths.backups_dir, backup=backup)
    except (StorageReadOnly, HistoryUnavailable) as error:
        if not reading or not paths.history_db.is_file():
            raise
        store = HistoryStore(paths.history_db, read_only=True)
        _fail(f"the data folder {paths.history_db.parent} cannot be written "
              f"({error.detail}); the history was read as it is (no backup was made)")
    for notice in store.notices:
        _fail(notice)
    return store


def summary(paths: Paths, now: datetime | None = None) -> stats.Summary:
    """Statistics of the history under ``paths`` with the user's goal, week start and day start.

    A history that does not exist yet is read as empty, without creating any file.
    """
    settings = Settings(paths.settings_file)
    if not paths.history_db.exists():
        return weekly_summary(None, settings, now or local_now())
    store = _open(paths, reading=True)
    try:
        return weekly_summary(store, settings, now or local_now())
    finally:
        store.close()


def print_stats(paths: Paths, as_json: bool = False, lang: str | None = None) -> int:
    try:
        result = summary(paths)
    except HistoryError as error:
        _fail(str(error))
        return EXIT_ERROR
    if as_json:
        print(json.dumps(result.as_json()))
        return EXIT_OK
    if lang is None:
        lang = terminal_language(None)
    texts = _TEXTS.get(lang, _TEXTS["en"])

    def minutes(value: float) -> str:  # "10,0" in Dutch
        return f"{value:.1f}".replace(".", texts["decimal"])

    def word(n: int, one: str, many: str) -> str:
        return texts[one] if n == 1 else texts[many]

    print(texts["daily"].format(current=result.daily.current, best=result.daily.best,
                                days=word(result.daily.current, "day", "days")))
    print(texts["weekly"].format(current=result.weekly.current, best=result.weekly.best,
                                 goal=result.goal,
                                 weeks=word(result.weekly.current, "week_word", "weeks")))
    print(texts["week"].format(sessions=result.this_week.sessions, goal=result.goal,
                               minutes=minutes(result.this_week.minutes)))
    print(texts["total"].format(
        sessions=result.total_sessions, minutes=minutes(result.total_minutes),
        sessions_word=word(result.total_sessions, "session", "sessions")))
    return EXIT_OK


def export_history(paths: Paths, file: str) -> int:
    """CSV to ``file`` (``-`` = stdout), or the versioned JSON when it ends in ``.json``."""
    try:
        store = _open(paths, reading=True)
    except HistoryError as error:
        _fail(str(error))
        return EXIT_ERROR
    try:
        text, count = export_text(store, file)
    except HistoryError as error:
        _fail(str(error))
        return EXIT_ERROR
    finally:
        store.close()
    if file == "-":
        sys.stdout.write(text)
        return EXIT_OK
    try:
        atomic_write_text(Path(file), text)
    except OSError as error:
        _fail(f"cannot write {file}: {error.strerror or error}")
        return EXIT_BAD_INPUT
    print(f"Wrote {count} sessions to {file}")
    return EXIT_OK


def import_history(paths: Paths, file: str) -> int:
    """Merge a JSON export; a bad file is refused whole and nothing changes."""
    source = Path(file)
    try:
        # Never more than an import may hold: /dev/zero or a FIFO is refused, not read.
        raw = (sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1) if file == "-"
               else read_limited(source, MAX_IMPORT_BYTES))
    except OSError as error:
        _fail(f"cannot read {file}: {error.strerror or error}")
        return EXIT_BAD_INPUT
    try:
        parsed = parse_history_file(raw)
    except HistoryFileError as error:
        _fail(f"{file} is not a valid history file; nothing was imported:")
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        store = _open(paths)
    except HistoryError as error:
        _fail(str(error))
        return EXIT_ERROR
    try:
        result = store.import_sessions(parsed.sessions, parsed.progression)
    except (HistoryError, ValueError) as error:  # the transaction was rolled back: nothing changed
        reason = error.detail if isinstance(error, HistoryError) else error
        _fail(f"the history could not be imported ({reason}); nothing was changed")
        return EXIT_ERROR
    finally:
        with contextlib.suppress(Exception):
            store.close()
    print(f"Imported {result.added} sessions from {file} ({result.skipped} were already there)"
          f" and {result.progression_added} progression settings"
          f" ({result.progression_kept} kept as set here)")
    return EXIT_OK
