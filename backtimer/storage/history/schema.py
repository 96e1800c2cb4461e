"""The history database's schema: numbered migrations counted in ``PRAGMA user_version``,
and opening a file: checked, in WAL mode, brought up to date."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from backtimer.storage.history.errors import (
    HistoryDamaged,
    HistoryError,
    HistoryTooNew,
    HistoryUnavailable,
    error_kind,
    raise_os_error,
    raise_sqlite_error,
)

SCHEMA_VERSION = 3

# Numbered migrations: MIGRATIONS[n] brings the schema from version n to n + 1, in one
# transaction with the version bump. Never edit a released one; append a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        routine_id TEXT NOT NULL,
        routine_name TEXT NOT NULL DEFAULT '',
        started_ms INTEGER NOT NULL,          -- UTC, milliseconds since the epoch
        utc_offset_s INTEGER NOT NULL,        -- the local offset at the start (DST, travel)
        ended_ms INTEGER,                     -- UTC; for an interrupted one, its last write
        state TEXT NOT NULL
            CHECK (state IN ('running', 'completed', 'stopped', 'interrupted')),
        time_scale REAL NOT NULL DEFAULT 1.0, -- not 1: a demo or test run at --time-scale
        work_s REAL NOT NULL DEFAULT 0,
        pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
        pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
        notes TEXT NOT NULL DEFAULT '',
        pid INTEGER                           -- the process writing a running session
    );
    CREATE INDEX sessions_by_start ON sessions (started_ms);
    CREATE INDEX sessions_by_routine_start ON sessions (routine_id, started_ms);
    CREATE TABLE session_steps (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,            -- order in which the steps ended
        step_index INTEGER NOT NULL,          -- the step's place in the routine
        exercise_id TEXT NOT NULL,
        prescription TEXT NOT NULL DEFAULT '{}',  -- JSON: what the routine asked for
        completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
        work_s REAL NOT NULL DEFAULT 0,
        reps INTEGER NOT NULL DEFAULT 0,
        sets INTEGER NOT NULL DEFAULT 0,
        sides TEXT NOT NULL DEFAULT 'none',
        PRIMARY KEY (session_id, position)
    );
    """,
    # 1 → 2: progressive loading (issue 7). The levels a session ran at and the steps marked
    # "this hurt" are kept with it, so this week's routine is derived from the history alone.
    """
    ALTER TABLE sessions ADD COLUMN rpe INTEGER CHECK (rpe BETWEEN 1 AND 10);
    ALTER TABLE sessions ADD COLUMN levels TEXT;  -- JSON list, one level per step; NULL: as written
    CREATE TABLE session_hurts (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        step_index INTEGER NOT NULL,          -- the step's place in the routine
        PRIMARY KEY (session_id, step_index)
    );
    CREATE TABLE progression (
        routine_id TEXT PRIMARY KEY,
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        since TEXT NOT NULL                   -- local date (ISO); weeks count from its week
    );
    """,
    # 2 → 3: a "this hurt" mark belongs to the exercise, not to the step's place. Routines are
    # reordered and steps inserted later; a mark by position would then step back another
    # exercise. Marks kept before take the exercise their session recorded at that place.
    """
    ALTER TABLE session_hurts ADD COLUMN exercise_id TEXT;  -- NULL: not known (no such step)
    UPDATE session_hurts SET exercise_id = (
        SELECT st.exercise_id FROM session_steps st
        WHERE st.session_id = session_hurts.session_id AND st.step_index = session_hurts.step_index
        ORDER BY st.position LIMIT 1
    );
    """,
)


class Damaged(Exception):
    """The file is not a usable database (it is moved aside and a new one started)."""


def is_damage(error: sqlite3.Error) -> bool:
    return error_kind(error) is HistoryDamaged


# How long a statement waits for another connection's lock before SQLITE_BUSY.
BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path``, checked and migrated; ``Damaged`` when the file is not a database."""
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise_sqlite_error(f"The history database {path} cannot be opened", error)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise HistoryTooNew(
                f"The history database {path} was written by a newer backtimer (schema "
                f"{version}, this one knows up to {SCHEMA_VERSION}). It was left untouched; "
                "update backtimer to use it.")
        if existed:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                conn.close()
                raise Damaged("; ".join(problems[:3]))
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise HistoryUnavailable(f"The history database {path} cannot use WAL mode.")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn, version)
    except sqlite3.Error as error:
        conn.close()
        if is_damage(error):
            raise Damaged(str(error)) from None
        raise_sqlite_error(f"The history database {path} cannot be used", error)
    except HistoryError:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open ``path`` to read it only, writing nothing (a read-only data folder or disk): no
    check that would repair, no WAL switch, no migration. Without a shared-memory file that
    can be made next to it, the file is read as one that cannot change (``immutable``)."""
    if not path.is_file():
        raise HistoryUnavailable(f"There is no history database at {path}.")
    uri = path.resolve().as_uri()
    error: sqlite3.Error | None = None
    for query in ("?mode=ro", "?mode=ro&immutable=1"):
        try:
            conn = sqlite3.connect(uri + query, uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as failed:
            error = failed
            continue
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as failed:
            conn.close()
            error = failed
            continue
        if version > SCHEMA_VERSION:
            conn.close()
            raise HistoryTooNew(
                f"The history database {path} was written by a newer backtimer (schema "
                f"{version}, this one knows up to {SCHEMA_VERSION}); update backtimer to read it.")
        if version < SCHEMA_VERSION:
            conn.close()
            raise HistoryUnavailable(
                f"The history database {path} is from an older backtimer and must be updated "
                "before it can be read, but its folder cannot be written.")
        return conn
    assert error is not None
    raise_sqlite_error(f"The history database {path} cannot be read", error)


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Run the migrations from ``version`` on, each in one transaction with its version bump."""
    for number in range(version, SCHEMA_VERSION):
        # executescript would commit on its own; run the statements one by one instead.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def move_aside(path: Path, stamp: str) -> Path:
    """Rename a damaged database (and its journal files) to ``<name>.damaged-<stamp>``."""
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        os.replace(path, target)
        # The journal files belong to the damaged file; they keep their pairing by name.
        for suffix in ("-wal", "-shm", "-journal"):
            companion = Path(f"{path}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{target}{suffix}"))
    except OSError as error:
        raise_os_error(f"The history database {path} is damaged and could not be moved aside",
                       error)
    return target


def _statements(script: str) -> list[str]:
    """Split a migration into statements (none of ours has a ';' inside a literal)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]

