"""What sync remembers, kept in the history database itself (tables ``sync_*``).

In the same file as the sessions, so the two never disagree: a history restored from a backup
brings the sync state of that moment, and a damaged database started afresh starts sync afresh
too (it then takes everything back from the other computers) instead of reading every session
as deleted. The tables are the sync's own; the history's schema and migrations ignore them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from backtimer.storage.history import HistoryError
from backtimer.storage.sync.journal import Mark, Version

_TABLES = """
CREATE TABLE IF NOT EXISTS sync_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_items (
    kind TEXT NOT NULL,            -- session, progression, routine
    key TEXT NOT NULL,             -- session id, routine id
    rev INTEGER NOT NULL,
    by TEXT NOT NULL,              -- the computer that made this version
    base_rev INTEGER, base_by TEXT,  -- the version it was made from (routines: conflicts)
    deleted INTEGER NOT NULL,
    digest TEXT,                   -- what it is here now (NULL: not here, merged into another)
    published INTEGER NOT NULL,    -- 1: in a journal of the current folder
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS sync_files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    consumed INTEGER NOT NULL, prefix TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_computers (id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL);
"""


@dataclass
class Item:
    rev: int
    by: str
    base: Version | None
    deleted: bool
    digest: str | None
    published: bool

    @property
    def version(self) -> Version:
        return (self.rev, self.by)


def _error(path: Path, error: sqlite3.Error) -> HistoryError:
    return HistoryError(f"The sync state in {path} cannot be used ({error}).")


class SyncState:
    """The sync tables of one history database, on a connection of their own."""

    def __init__(self, db_path: Path):
        self.path = db_path
        try:
            self._conn = sqlite3.connect(db_path, isolation_level=None, timeout=10.0)
            self._conn.execute("PRAGMA synchronous=NORMAL")
            with self.transaction():
                for statement in filter(str.strip, _TABLES.split(";")):
                    self._conn.execute(statement)
        except sqlite3.Error as error:
            raise _error(db_path, error) from None

    def close(self) -> None:
        self._conn.close()

    def transaction(self):
        return _Transaction(self._conn, self.path)

    # --- meta -------------------------------------------------------------------------------

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM sync_meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def put(self, **values: object) -> None:
        self._conn.executemany(
            "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value", [(k, str(v)) for k, v in values.items()])

    # --- items ------------------------------------------------------------------------------

    def items(self, kind: str) -> dict[str, Item]:
        return {key: _item(*rest) for key, *rest in self._conn.execute(
                    "SELECT key, rev, by, base_rev, base_by, deleted, digest, published"
                    " FROM sync_items WHERE kind = ?", (kind,))}

    def save_items(self, kind: str, items: Iterable[tuple[str, Item]]) -> None:
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_items (kind, key, rev, by, base_rev, base_by, deleted,"
            " digest, published) VALUES (?,?,?,?,?,?,?,?,?)",
            [(kind, key, i.rev, i.by, None if i.base is None else i.base[0],
              None if i.base is None else i.base[1], int(i.deleted), i.digest,
              int(i.published)) for key, i in items])

    def unpublish_all(self) -> None:
        self._conn.execute("UPDATE sync_items SET published = 0")

    # --- files read -------------------------------------------------------------------------

    def marks(self) -> dict[str, Mark]:
        return {path: Mark(*rest) for path, *rest in self._conn.execute(
            "SELECT path, size, mtime_ns, consumed, prefix FROM sync_files")}

    def save_marks(self, marks: dict[str, Mark], *, replace_all: bool) -> None:
        if replace_all:
            self._conn.execute("DELETE FROM sync_files")
        self._conn.executemany(
            "INSERT OR REPLACE INTO sync_files (path, size, mtime_ns, consumed, prefix)"
            " VALUES (?,?,?,?,?)",
            [(path, m.size, m.mtime_ns, m.consumed, m.prefix) for path, m in marks.items()])

    def computers(self) -> dict[str, int]:
        return dict(self._conn.execute("SELECT id, last_seq FROM sync_computers"))

    def save_computers(self, computers: dict[str, int]) -> None:
        self._conn.executemany("INSERT OR REPLACE INTO sync_computers (id, last_seq)"
                               " VALUES (?, ?)", list(computers.items()))

    # --- the local history, as sync compares it -----------------------------------------------
    # Compared in SQL, so a sync that finds little to do reads little: only the sessions that
    # differ from what sync last saw come back to Python.

    def changed_sessions(self) -> list[tuple[str, int, str, Item | None]]:
        """(id, row id, digest, what sync knew or None) of every finished session that is new,
        changed since sync last saw it, or not yet in this folder's journal."""
        rows = self._conn.execute(
            f"SELECT s.uid, s.id, {_DIGEST}, i.rev, i.by, i.base_rev, i.base_by, i.deleted,"
            " i.digest, i.published FROM sessions s LEFT JOIN sync_items i"
            " ON i.kind = 'session' AND i.key = s.uid WHERE s.state != 'running'"
            f" AND (i.key IS NULL OR i.published = 0 OR i.digest IS NOT {_DIGEST})"
            f" AND i.digest IS NOT '{PENDING}'")
        return [(uid, row_id, digest, None if rev is None else _item(rev, *rest))
                for uid, row_id, digest, rev, *rest in rows]

    def gone_sessions(self) -> dict[str, Item]:
        """Sessions sync saw here that are no longer here, and deletions not yet written."""
        rows = self._conn.execute(
            "SELECT key, rev, by, base_rev, base_by, deleted, digest, published FROM sync_items"
            f" WHERE kind = 'session' AND (digest IS NULL OR digest != '{PENDING}')"
            " AND ((deleted = 0 AND digest IS NOT NULL) OR (deleted = 1 AND published = 0))"
            " AND key NOT IN (SELECT uid FROM sessions WHERE state != 'running')")
        return {key: _item(*rest) for key, *rest in rows}

    def items_for(self, kind: str, keys: list[str]) -> dict[str, Item]:
        found: dict[str, Item] = {}
        for chunk in _chunks(keys):
            marks = ",".join("?" * len(chunk))
            found.update((key, _item(*rest)) for key, *rest in self._conn.execute(
                "SELECT key, rev, by, base_rev, base_by, deleted, digest, published"
                f" FROM sync_items WHERE kind = ? AND key IN ({marks})", (kind, *chunk)))
        return found

    def session_rows(self, uids: list[str]) -> dict[str, tuple[int, str]]:
        """Sessions here among ``uids``: id → (row id, digest)."""
        found: dict[str, tuple[int, str]] = {}
        for chunk in _chunks(uids):
            marks = ",".join("?" * len(chunk))
            found.update((uid, (row_id, digest)) for uid, row_id, digest in self._conn.execute(
                f"SELECT s.uid, s.id, {_DIGEST} FROM sessions s"
                f" WHERE s.state != 'running' AND s.uid IN ({marks})", chunk))
        return found


PENDING = "pending"  # a session being replaced by a newer version: not a change made here
# Everything of a finished session that can still change or travels (its steps are fixed once
# it ended), as one text; NULLs written as empty.
_DIGEST = ("(s.routine_id || '|' || s.routine_name || '|' || s.started_ms || '|' || "
           "s.utc_offset_s || '|' || IFNULL(s.ended_ms, '') || '|' || s.state || '|' || "
           "s.time_scale || '|' || s.work_s || '|' || IFNULL(s.pain_before, '') || '|' || "
           "IFNULL(s.pain_after, '') || '|' || IFNULL(s.rpe, '') || '|' || "
           "IFNULL(s.levels, '') || '|' || IFNULL((SELECT group_concat(h.step_index || ':' || "
           "IFNULL(h.exercise_id, ''), ',') FROM session_hurts h WHERE h.session_id = s.id), '')"
           " || '|' || s.notes)")


def _item(rev, by, base_rev, base_by, deleted, digest, published) -> Item:
    return Item(rev, by, None if base_rev is None else (base_rev, base_by), bool(deleted),
                digest, bool(published))


def _chunks(keys: list[str], size: int = 500):
    for start in range(0, len(keys), size):
        yield keys[start:start + size]


class _Transaction:
    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn = conn
        self._path = path

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _error(self._path, error) from None

    def __exit__(self, kind, error, _tb) -> None:
        if kind is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error as failed:
                error = failed
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise _error(self._path, error) from None
