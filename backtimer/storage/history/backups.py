"""The daily copies of the history database: one a day, the last seven kept."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import date
from pathlib import Path

BACKUPS_KEPT = 7


def make_daily(conn: sqlite3.Connection, folder: Path, today: date) -> Path:
    """Today's copy in ``folder`` (sqlite3's backup API: consistent while the database is in
    use), made once a day through a temporary file; older copies beyond the last seven go.
    Raises OSError or sqlite3.Error, leaving no temporary file behind."""
    target = folder / f"history-{today.isoformat()}.sqlite3"
    if target.exists():
        return target
    temp = target.with_name(target.name + ".tmp")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(temp)
        try:
            conn.backup(copy)
        finally:
            copy.close()
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    for old in kept(folder)[:-BACKUPS_KEPT]:
        old.unlink()
    return target


def kept(folder: Path | None) -> list[Path]:
    """The daily copies in ``folder``, oldest first."""
    if folder is None or not folder.is_dir():
        return []
    return sorted(folder.glob("history-????-??-??.sqlite3"))
