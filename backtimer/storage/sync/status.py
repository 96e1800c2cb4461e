"""What the window shows about sync: when it last synced, with how many computers, and why the
last try failed, if it did. Read from the history database without writing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class SyncStatus:
    computer: str  # this computer's id in the sync folder
    last_sync: datetime | None  # the last sync that went through
    computers: int  # other computers whose journals the folder has
    taken: int  # sessions, routines and settings the last sync took from them
    problem: str  # why the last try failed ("" when it went through)
    conflict_copies: tuple[str, ...] = ()  # routines the last sync kept as a second version
    problem_kind: str = ""  # missing, unwritable, gone, unusable (engine.SyncFolderError)


def read_status(db_path: Path) -> SyncStatus | None:
    """None when this history never synced (or cannot be read)."""
    if not Path(db_path).exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1.0)
        try:
            meta = dict(conn.execute("SELECT key, value FROM sync_meta"))
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # never synced (no table), or busy: the next look will tell
    if "computer" not in meta and not meta.get("problem"):
        return None
    last = None
    if meta.get("last_sync"):
        try:
            last = datetime.fromisoformat(meta["last_sync"])
        except ValueError:
            last = None
    return SyncStatus(meta.get("computer", ""), last, _int(meta.get("computers")),
                      _int(meta.get("taken")), meta.get("problem", ""),
                      tuple(filter(None, meta.get("conflicts", "").split(","))),
                      meta.get("problem_kind", ""))


def _int(text: str | None) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0
