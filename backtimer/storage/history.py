"""The SQLite history store: sessions and their steps, written as the workout goes."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from backtimer.core.clock import local_now
from backtimer.core.progression import Plan, RoutineSession, WeekSummary, decided_weeks, plan
from backtimer.core.routine import Routine
from backtimer.core.stats import DayTotals, SessionFact, week_of

_T = TypeVar("_T")
_EPOCH_ORDINAL = 719_163  # date(1970, 1, 1).toordinal()

SCHEMA_VERSION = 3
EXPORT_FORMAT = "backtimer.history"
EXPORT_VERSION = 1
BACKUPS_KEPT = 7
MAX_IMPORT_BYTES = 200_000_000
STATES = ("completed", "stopped", "interrupted")
RUNNING = "running"  # a session in progress; one left behind by a dead process is interrupted
STALE_RUNNING_MS = 24 * 3600 * 1000
MAX_LEVEL_STORED = 100  # more than any ladder has (progression.MAX_LEVEL); refuses nonsense
MAX_FILE_PROBLEMS = 20  # an import lists this many problems, then stops
# An imported progression date outside these is nonsense: weeks are counted from it one by one.
FIRST_SINCE = date(2000, 1, 1)
LAST_SINCE = date(2999, 12, 31)

# sqlite3 primary result codes that mean "this file is damaged", as opposed to locked/unwritable.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26

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


class HistoryError(Exception):
    """The history cannot be used; the message says why in plain words."""


class SchemaTooNewError(HistoryError):
    """The database was written by a newer backtimer; it is left as it is."""


class HistoryFileError(ValueError):
    """An import file is not a valid history; ``problems`` names each thing wrong."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


@dataclass(frozen=True)
class StepRecord:
    step_index: int
    exercise_id: str
    completed: bool
    work_s: float = 0.0
    reps: int = 0
    sets: int = 0
    sides: str = "none"
    prescription: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionRecord:
    uid: str
    routine_id: str
    routine_name: str
    started_at: datetime  # aware, in the offset where it started
    ended_at: datetime | None
    state: str
    time_scale: float = 1.0
    work_s: float = 0.0
    pain_before: int | None = None
    pain_after: int | None = None
    notes: str = ""
    steps: tuple[StepRecord, ...] = ()
    id: int | None = None  # the row id in this database
    rpe: int | None = None  # effort 1–10, when the person gave it
    levels: tuple[int, ...] | None = None  # progression levels it ran at; None: as written
    hurt_steps: frozenset[int] = frozenset()  # steps (places in it) marked "this hurt"
    # (step, exercise) of each mark that kept its exercise; putting a deleted session back
    # keeps them even where the session has no record of that step (it was cut short).
    hurt_exercises: tuple[tuple[int, str], ...] = ()

    @property
    def minutes(self) -> float:
        return self.work_s / 60


@dataclass(frozen=True)
class ProgressionSetting:
    """Progression for one routine: on or off, and the local date its weeks count from."""

    routine_id: str
    enabled: bool
    since: date


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    progression_added: int = 0  # routines that had no setting here and took the file's
    progression_kept: int = 0  # routines set up here already: the choice made here stays


@dataclass(frozen=True)
class HistoryFile:
    """A JSON history export as read: its sessions and the routines' progression settings."""

    sessions: list[SessionRecord]
    progression: tuple[ProgressionSetting, ...] = ()


def _to_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("a datetime with a UTC offset is needed")
    return round(moment.timestamp() * 1000)


def _offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a datetime with a UTC offset is needed")
    return int(offset.total_seconds())


def _from_ms(ms: int, offset_s: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, timezone(timedelta(seconds=offset_s)))


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    spec = "milliseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec)


def _is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error)
    return "not a database" in text or "malformed" in text


def _pid_alive(pid: int | None) -> bool:
    """Whether the process that wrote a running session still runs (this one counts)."""
    if not pid:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by someone else
    except OSError:
        return False
    return True


def _new_uid() -> str:
    """A new random session id."""
    # uuid (and the platform module it imports) loads when a session is written, not at start.
    import uuid

    return uuid.uuid4().hex


class HistoryStore:
    """One open history database.

    Opening checks the file (``quick_check``), moves a damaged one aside, refuses one written by
    a newer version, migrates an older one, marks sessions of dead processes as interrupted and
    makes the day's backup. What it had to tell the user is in ``notices``.

    Every write is its own short transaction; in WAL mode with ``synchronous=NORMAL`` a commit
    does not wait for the disk, and a killed process loses at most the step in progress.
    """

    def __init__(self, path: Path, backups_dir: Path | None = None, *,
                 now: Callable[[], datetime] | None = None, backup: bool = True):
        self.path = Path(path)
        self.backups_dir = backups_dir
        self._now = now or local_now
        self.notices: list[str] = []
        self.interrupted: list[SessionRecord] = []
        self._conn = self._open()
        try:
            self._mark_interrupted()
        except sqlite3.Error as error:
            self._conn.close()
            raise HistoryError(f"The history database {self.path} cannot be written "
                               f"({error}).") from None
        if backup and backups_dir is not None:
            self.backup_daily()

    # --- opening ------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryError(f"The folder {self.path.parent} cannot be used "
                               f"({error.strerror or error}).") from None
        try:
            return self._connect()
        except _Damaged as damage:
            moved = self._move_aside()
            self.notices.append(
                f"The history database was damaged ({damage}). It was kept as {moved} and a new, "
                "empty history was started."
                + (f" Daily backups are in {self.backups_dir}." if self.backups_dir else ""))
            try:
                return self._connect()
            except _Damaged as again:
                raise HistoryError(f"A new history database could not be made: {again}") from None

    def _connect(self) -> sqlite3.Connection:
        existed = self.path.exists() and self.path.stat().st_size > 0
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
        except sqlite3.Error as error:
            raise HistoryError(f"The history database {self.path} cannot be opened "
                               f"({error}).") from None
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                conn.close()
                raise SchemaTooNewError(
                    f"The history database {self.path} was written by a newer backtimer (schema "
                    f"{version}, this one knows up to {SCHEMA_VERSION}). It was left untouched; "
                    "update backtimer to use it.")
            if existed:
                problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
                if problems != ["ok"]:
                    conn.close()
                    raise _Damaged("; ".join(problems[:3]))
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise HistoryError(f"The history database {self.path} cannot use WAL mode.")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate(conn, version)
        except sqlite3.Error as error:
            conn.close()
            if _is_damage(error):
                raise _Damaged(str(error)) from None
            raise HistoryError(f"The history database {self.path} cannot be used "
                               f"({error}).") from None
        except HistoryError:
            conn.close()
            raise
        return conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection, version: int) -> None:
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

    def _move_aside(self) -> Path:
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
            n += 1
        try:
            os.replace(self.path, target)
            # The journal files belong to the damaged file; they keep their pairing by name.
            for suffix in ("-wal", "-shm", "-journal"):
                companion = Path(f"{self.path}{suffix}")
                if companion.exists():
                    os.replace(companion, Path(f"{target}{suffix}"))
        except OSError as error:
            raise HistoryError(f"The history database {self.path} is damaged and could not be "
                               f"moved aside ({error.strerror}).") from None
        return target

    def _mark_interrupted(self) -> None:
        rows = self._conn.execute(
            "SELECT id, pid, ended_ms FROM sessions WHERE state = ?", (RUNNING,)).fetchall()
        # A process id can be reused after a crash; no workout goes a day without a write.
        stale_ms = _to_ms(self._now()) - STALE_RUNNING_MS
        dead = [row_id for row_id, pid, last_ms in rows
                if not _pid_alive(pid) or (last_ms or 0) < stale_ms]
        if not dead:
            return
        with self._transaction() as conn:
            conn.executemany("UPDATE sessions SET state = 'interrupted', pid = NULL WHERE id = ?",
                             [(row_id,) for row_id in dead])
        self.interrupted = [self.session(row_id) for row_id in dead]
        for record in self.interrupted:
            self.notices.append(
                f"The session of {record.routine_name or record.routine_id} started "
                f"{record.started_at:%Y-%m-%d %H:%M} was interrupted; its {len(record.steps)} "
                "finished steps were kept.")

    # --- backups ------------------------------------------------------------------------------

    def backup_daily(self) -> Path | None:
        """One copy a day (sqlite3 backup API, consistent while in use); the last 7 are kept."""
        if self.backups_dir is None:
            return None
        today = self._now().date()
        target = self.backups_dir / f"history-{today.isoformat()}.sqlite3"
        if target.exists():
            return target
        temp = target.with_name(target.name + ".tmp")
        try:
            self.backups_dir.mkdir(parents=True, exist_ok=True)
            copy = sqlite3.connect(temp)
            try:
                self._conn.backup(copy)
            finally:
                copy.close()
            os.replace(temp, target)
            self._prune_backups()
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                temp.unlink()
            self.notices.append(f"Today's backup of the history could not be made ({error}).")
            return None
        return target

    def backups(self) -> list[Path]:
        if self.backups_dir is None or not self.backups_dir.is_dir():
            return []
        return sorted(self.backups_dir.glob("history-????-??-??.sqlite3"))

    def _prune_backups(self) -> None:
        for old in self.backups()[:-BACKUPS_KEPT]:
            old.unlink()

    # --- writing as the workout goes ----------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def start_session(self, routine_id: str, routine_name: str, started_at: datetime, *,
                      time_scale: float = 1.0, pain_before: int | None = None,
                      levels: Sequence[int] | None = None) -> int:
        """The session row, written when the session starts; returns its row id.

        ``levels``: the progression level of each step it runs at (None: as written)."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (uid, routine_id, routine_name, started_ms, utc_offset_s,"
                " ended_ms, state, time_scale, pain_before, pid, levels)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (_new_uid(), routine_id, routine_name, _to_ms(started_at),
                 _offset_s(started_at), _to_ms(started_at), RUNNING, float(time_scale),
                 pain_before, os.getpid(), _levels_json(levels)))
            return int(cursor.lastrowid)

    def add_step(self, session_id: int, step: StepRecord, *, at: datetime | None = None) -> None:
        """One finished (or skipped) step, in its own transaction."""
        ended = _to_ms(at or self._now())
        with self._transaction() as conn:
            position = conn.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM session_steps WHERE session_id = ?",
                (session_id,)).fetchone()[0]
            _insert_steps(conn, session_id, [step], position)
            # A "this hurt" mark kept before its exercise was known belongs to this one.
            conn.execute("UPDATE session_hurts SET exercise_id = ? WHERE session_id = ?"
                         " AND step_index = ? AND exercise_id IS NULL",
                         (step.exercise_id, session_id, step.step_index))
            conn.execute("UPDATE sessions SET ended_ms = ?, work_s = work_s + ? WHERE id = ?",
                         (ended, step.work_s, session_id))

    def finish_session(self, session_id: int, state: str, *, ended_at: datetime | None = None,
                       work_s: float | None = None) -> None:
        if state not in STATES:
            raise ValueError(f"unknown session state {state!r}")
        ended = _to_ms(ended_at or self._now())
        with self._transaction() as conn:
            if work_s is None:
                conn.execute("UPDATE sessions SET state = ?, ended_ms = ?, pid = NULL "
                             "WHERE id = ?", (state, ended, session_id))
            else:
                conn.execute("UPDATE sessions SET state = ?, ended_ms = ?, work_s = ?, pid = NULL"
                             " WHERE id = ?", (state, ended, work_s, session_id))

    def set_pain(self, session_id: int, *, before: int | None = None,
                 after: int | None = None) -> None:
        for value in (before, after):
            if value is not None and not (isinstance(value, int) and 0 <= value <= 10):
                raise ValueError("a pain rating is a whole number from 0 to 10")
        with self._transaction() as conn:
            if before is not None:
                conn.execute("UPDATE sessions SET pain_before = ? WHERE id = ?",
                             (before, session_id))
            if after is not None:
                conn.execute("UPDATE sessions SET pain_after = ? WHERE id = ?",
                             (after, session_id))

    def set_effort(self, session_id: int, rpe: int) -> None:
        """The effort rating (RPE) the person gave after the session, 1–10."""
        if isinstance(rpe, bool) or not isinstance(rpe, int) or not 1 <= rpe <= 10:
            raise ValueError("an effort rating is a whole number from 1 to 10")
        with self._transaction() as conn:
            conn.execute("UPDATE sessions SET rpe = ? WHERE id = ?", (rpe, session_id))

    def mark_hurt(self, session_id: int, step_index: int, exercise_id: str | None) -> None:
        """The person marked a step "this hurt" (twice is the same as once).

        The mark belongs to the step's exercise, wherever the routine puts it later; with
        ``exercise_id`` None, the session's own record of that step says which it was (now, or
        when ``add_step`` records it)."""
        if isinstance(step_index, bool) or not isinstance(step_index, int) or step_index < 0:
            raise ValueError("a step index is a whole number from 0")
        if exercise_id is not None and (not isinstance(exercise_id, str) or not exercise_id):
            raise ValueError("an exercise id is text, not empty")
        with self._transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO session_hurts (session_id, step_index, exercise_id)"
                         " VALUES (?, ?, COALESCE(?, (SELECT exercise_id FROM session_steps"
                         " WHERE session_id = ? AND step_index = ? ORDER BY position LIMIT 1)))",
                         (session_id, step_index, exercise_id, session_id, step_index))

    def set_notes(self, session_id: int, notes: str) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE sessions SET notes = ? WHERE id = ?", (notes, session_id))

    def delete_session(self, session_id: int) -> SessionRecord:
        """Remove a session and its steps; returns it whole so it can be put back (undo)."""
        record = self.session(session_id)
        with self._transaction() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    def restore_session(self, record: SessionRecord) -> int:
        """Put back a session removed by ``delete_session``, with its old row id when free."""
        with self._transaction() as conn:
            return _insert_session(conn, record, keep_id=True)

    # --- reading ------------------------------------------------------------------------------

    _COLUMNS = ("id, uid, routine_id, routine_name, started_ms, utc_offset_s, ended_ms, state, "
                "time_scale, work_s, pain_before, pain_after, notes, rpe, levels")

    def _record(self, row: Sequence[Any], steps: tuple[StepRecord, ...] = (),
                hurts: Mapping[int, str | None] | None = None) -> SessionRecord:
        hurts = hurts or {}
        (row_id, uid, routine_id, name, started_ms, offset, ended_ms, state, scale, work_s,
         before, after, notes, rpe, levels) = row
        return SessionRecord(
            uid=uid, routine_id=routine_id, routine_name=name,
            started_at=_from_ms(started_ms, offset),
            ended_at=None if ended_ms is None else _from_ms(ended_ms, offset),
            state=state, time_scale=scale, work_s=work_s, pain_before=before,
            pain_after=after, notes=notes, steps=steps, id=row_id, rpe=rpe,
            levels=_levels_from_json(levels), hurt_steps=frozenset(hurts),
            hurt_exercises=tuple(sorted((i, ex) for i, ex in hurts.items() if ex is not None)))

    def session(self, session_id: int) -> SessionRecord:
        row = self._conn.execute(f"SELECT {self._COLUMNS} FROM sessions WHERE id = ?",
                                 (session_id,)).fetchone()
        if row is None:
            raise KeyError(session_id)
        return self._record(row, self.steps(session_id), self._hurts(session_id))

    def _hurts(self, session_id: int) -> dict[int, str | None]:
        return dict(self._conn.execute(
            "SELECT step_index, exercise_id FROM session_hurts WHERE session_id = ?",
            (session_id,)))

    def steps(self, session_id: int) -> tuple[StepRecord, ...]:
        rows = self._conn.execute(
            "SELECT step_index, exercise_id, completed, work_s, reps, sets, sides, prescription"
            " FROM session_steps WHERE session_id = ? ORDER BY position", (session_id,))
        return tuple(StepRecord(i, ex, bool(done), work, reps, sets, sides, _loads(presc))
                     for i, ex, done, work, reps, sets, sides, presc in rows)

    def fingerprint(self) -> tuple:
        """Changes whenever a session is added, ends or is deleted (views redraw on change)."""
        return tuple(self._conn.execute(
            "SELECT COUNT(*), MAX(id), MAX(ended_ms), SUM(state = 'running') FROM sessions"
        ).fetchone())

    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]

    def page(self, offset: int, limit: int) -> list[SessionRecord]:
        """Sessions newest first, without their steps (for lists that load as they scroll)."""
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM sessions ORDER BY started_ms DESC, id DESC "
            "LIMIT ? OFFSET ?", (limit, offset))
        return [self._record(row) for row in rows]

    def sessions(self) -> list[SessionRecord]:
        """Every session with its steps, oldest first (exports)."""
        steps: dict[int, list[StepRecord]] = {}
        for row in self._conn.execute(
                "SELECT session_id, step_index, exercise_id, completed, work_s, reps, sets, sides,"
                " prescription FROM session_steps ORDER BY session_id, position"):
            steps.setdefault(row[0], []).append(
                StepRecord(row[1], row[2], bool(row[3]), row[4], row[5], row[6], row[7],
                           _loads(row[8])))
        hurts: dict[int, dict[int, str | None]] = {}
        for session_id, index, exercise in self._conn.execute(
                "SELECT session_id, step_index, exercise_id FROM session_hurts"):
            hurts.setdefault(session_id, {})[index] = exercise
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM sessions ORDER BY started_ms, id")
        return [self._record(row, tuple(steps.get(row[0], ())), hurts.get(row[0]))
                for row in rows]

    def facts(self) -> list[SessionFact]:
        """What the statistics need, for every finished session (not the one running now)."""
        rows = self._conn.execute(
            "SELECT started_ms, utc_offset_s, state, work_s, pain_before, pain_after "
            "FROM sessions WHERE state != 'running' ORDER BY started_ms")
        return [SessionFact(ms / 1000, offset, state == "completed", work, before, after)
                for ms, offset, state, work, before, after in rows]

    def day_totals(self, day_start_hour: int = 0) -> list[DayTotals]:
        """``stats.day_totals(self.facts(), day_start_hour)``, summed by SQLite (fast)."""
        # Whole days in ms; the shift keeps the integer division a floor for any date.
        shift_days = 1_000_000
        rows = self._conn.execute(
            "SELECT (started_ms + (utc_offset_s - ?) * 1000 + ?) / 86400000 - ? AS day,"
            " SUM(state = 'completed'), SUM(work_s) / 60.0,"
            " COALESCE(SUM(pain_before), 0), COUNT(pain_before),"
            " COALESCE(SUM(pain_after), 0), COUNT(pain_after)"
            " FROM sessions WHERE state != 'running' GROUP BY day ORDER BY day",
            (day_start_hour * 3600, shift_days * 86_400_000, shift_days))
        return [DayTotals(_EPOCH_ORDINAL + day, *rest) for day, *rest in rows]

    # --- progression ----------------------------------------------------------------------------

    def progression_settings(self) -> dict[str, ProgressionSetting]:
        """Every routine's progression setting (a routine not listed never had it on)."""
        return _read_progression(self._conn)

    def progression_setting(self, routine_id: str) -> ProgressionSetting | None:
        return self.progression_settings().get(routine_id)

    def set_progression(self, routine_id: str, *, enabled: bool, since: date) -> None:
        """Turn progression on or off for a routine; ``since`` is the local date its weeks
        count from (resetting to the starting level sets it to this week's first day)."""
        with self._transaction() as conn:
            conn.execute("INSERT INTO progression (routine_id, enabled, since) VALUES (?,?,?)"
                         " ON CONFLICT (routine_id) DO UPDATE SET enabled = excluded.enabled,"
                         " since = excluded.since",
                         (routine_id, int(bool(enabled)), since.isoformat()))

    def progression_weeks(self, routine_id: str, *, since: date, today: date,
                          week_start: int = 0, day_start_hour: int = 0) -> list[WeekSummary]:
        """The decided weeks of a routine (see ``progression.decided_weeks``).

        Sessions run faster than real time (``--time-scale``, demos and tests) are no exercise
        and do not count; neither does the session running now. A "this hurt" mark counts for
        its exercise; one kept without it takes the exercise its session recorded at that
        place, and one with neither is left out."""
        hurt: dict[int, set[str]] = {}
        # The fallback is still needed: marks kept without their exercise before ``add_step``
        # and ``mark_hurt`` filled it in (schema 3 as released, after migration 3 ran) stay
        # NULL in existing databases even where their session recorded the step.
        for session_id, exercise in self._conn.execute(
                "SELECT h.session_id, COALESCE(h.exercise_id, (SELECT st.exercise_id"
                " FROM session_steps st WHERE st.session_id = h.session_id"
                " AND st.step_index = h.step_index ORDER BY st.position LIMIT 1))"
                " FROM session_hurts h JOIN sessions s ON s.id = h.session_id"
                " WHERE s.routine_id = ?", (routine_id,)):
            if exercise is not None:
                hurt.setdefault(session_id, set()).add(exercise)
        # A day of margin each side: the local day is worked out in Python, with each offset.
        low_ms = _to_ms(datetime.combine(since - timedelta(days=2), datetime.min.time(),
                                         timezone.utc))
        rows = self._conn.execute(
            "SELECT id, started_ms, utc_offset_s, state, work_s, pain_before, pain_after"
            " FROM sessions WHERE routine_id = ? AND state != 'running' AND time_scale = 1"
            " AND started_ms >= ? ORDER BY started_ms", (routine_id, low_ms))
        sessions = [RoutineSession(SessionFact(ms / 1000, offset, state == "completed", work,
                                               before, after), frozenset(hurt.get(row_id, ())))
                    for row_id, ms, offset, state, work, before, after in rows]
        return decided_weeks(sessions, since=since, today=today, week_start=week_start,
                             day_start_hour=day_start_hour)

    def progression_plan(self, routine: Routine, *, today: date, goal: int, week_start: int = 0,
                         day_start_hour: int = 0) -> Plan | None:
        """This week's plan for a routine with progression on (None when it is off)."""
        setting = self.progression_setting(routine.id)
        if setting is None or not setting.enabled:
            return None
        weeks = self.progression_weeks(routine.id, since=setting.since, today=today,
                                       week_start=week_start, day_start_hour=day_start_hour)
        return plan(routine, weeks, goal, week_of(today, week_start))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()

    # --- export and import --------------------------------------------------------------------

    def export_json(self) -> dict[str, Any]:
        settings = sorted(self.progression_settings().values(), key=lambda s: s.routine_id)
        return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                "exported_at": _iso(self._now().replace(microsecond=0)),
                "progression": [_progression_json(setting) for setting in settings],
                "sessions": [_session_json(record) for record in self.sessions()]}

    def export_csv(self, out: io.TextIOBase) -> int:
        """One row per session, its steps summarised; returns the number of rows."""
        import csv  # only exports need it

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        records = self.sessions()
        for record in records:
            writer.writerow(_csv_row(record))
        return len(records)

    def import_sessions(self, records: Sequence[SessionRecord],
                        progression: Sequence[ProgressionSetting] = ()) -> ImportResult:
        """Merge sessions (from ``parse_history_file``) in one transaction, skipping those known:
        the same id, or the same routine started at the same moment. A progression setting is
        taken only for a routine that has none here: the person's choice on this computer wins."""
        added = skipped = 0
        with self._transaction() as conn:
            uids = {uid for (uid,) in conn.execute("SELECT uid FROM sessions")}
            starts = set(conn.execute("SELECT routine_id, started_ms FROM sessions"))
            for record in records:
                key = (record.routine_id, _to_ms(record.started_at))
                if record.uid in uids or key in starts:
                    skipped += 1
                    continue
                _insert_session(conn, record, keep_id=False)
                uids.add(record.uid)
                starts.add(key)
                added += 1
            taken, kept = _merge_progression(conn, progression)
        return ImportResult(added, skipped, taken, kept)


class _Damaged(Exception):
    pass


def _statements(script: str) -> list[str]:
    """Split a migration into statements (none of ours has a ';' inside a literal)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _read_progression(conn: sqlite3.Connection) -> dict[str, ProgressionSetting]:
    result = {}
    for routine_id, enabled, since in conn.execute(
            "SELECT routine_id, enabled, since FROM progression"):
        try:
            day = date.fromisoformat(since)
        except (TypeError, ValueError):
            continue  # a hand-edited row: treat the routine as never set up
        result[routine_id] = ProgressionSetting(routine_id, bool(enabled), day)
    return result


def _merge_progression(conn: sqlite3.Connection,
                       settings: Sequence[ProgressionSetting]) -> tuple[int, int]:
    """Add the settings of routines with none here; returns (added, kept as they were)."""
    known = _read_progression(conn)
    new = {s.routine_id: s for s in settings if s.routine_id not in known}
    # A row that cannot be read counts as none (see above), so it is replaced, not kept.
    conn.executemany("INSERT INTO progression (routine_id, enabled, since) VALUES (?,?,?)"
                     " ON CONFLICT (routine_id) DO UPDATE SET enabled = excluded.enabled,"
                     " since = excluded.since",
                     [(s.routine_id, int(s.enabled), s.since.isoformat()) for s in new.values()])
    return len(new), len({s.routine_id for s in settings} & known.keys())


def _insert_steps(conn: sqlite3.Connection, session_id: int, steps: Sequence[StepRecord],
                  first_position: int = 0) -> None:
    conn.executemany(
        "INSERT INTO session_steps (session_id, position, step_index, exercise_id, prescription,"
        " completed, work_s, reps, sets, sides) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(session_id, first_position + n, s.step_index, s.exercise_id,
          json.dumps(s.prescription, sort_keys=True), int(s.completed), s.work_s, s.reps,
          s.sets, s.sides) for n, s in enumerate(steps)])


def _insert_session(conn: sqlite3.Connection, record: SessionRecord, *, keep_id: bool) -> int:
    state = "interrupted" if record.state == RUNNING else record.state
    values = (record.uid or _new_uid(), record.routine_id, record.routine_name,
              _to_ms(record.started_at), _offset_s(record.started_at),
              None if record.ended_at is None else _to_ms(record.ended_at), state,
              record.time_scale, record.work_s, record.pain_before, record.pain_after,
              record.notes, record.rpe, _levels_json(record.levels))
    row_id = record.id if keep_id else None
    cursor = conn.execute(
        "INSERT INTO sessions (id, uid, routine_id, routine_name, started_ms, utc_offset_s,"
        " ended_ms, state, time_scale, work_s, pain_before, pain_after, notes, rpe, levels)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (row_id, *values))
    session_id = int(cursor.lastrowid)
    _insert_steps(conn, session_id, record.steps)
    # Marks come by place in this session (the export format keeps them so); a mark that kept
    # its exercise (``hurt_exercises``) says which it was, else the session's own step records.
    exercises = _exercises_by_index(record.steps) | dict(record.hurt_exercises)
    conn.executemany(
        "INSERT INTO session_hurts (session_id, step_index, exercise_id) VALUES (?, ?, ?)",
        [(session_id, index, exercises.get(index)) for index in sorted(record.hurt_steps)])
    return session_id


def _exercises_by_index(steps: Sequence[StepRecord]) -> dict[int, str]:
    """The exercise at each place of the routine, as a session recorded it (first one wins)."""
    exercises: dict[int, str] = {}
    for step in steps:
        exercises.setdefault(step.step_index, step.exercise_id)
    return exercises


def _levels_json(levels: Sequence[int] | None) -> str | None:
    return None if levels is None else json.dumps([int(level) for level in levels])


def _levels_from_json(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        return None
    return tuple(value)


# --- the JSON file format ---------------------------------------------------------------------

def _session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.uid,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_at": _iso(record.started_at),
        "ended_at": _iso(record.ended_at),
        "state": "interrupted" if record.state == RUNNING else record.state,
        "time_scale": record.time_scale,
        "work_s": round(record.work_s, 3),
        "steps": [{"step_index": s.step_index, "exercise_id": s.exercise_id,
                   "completed": s.completed, "work_s": round(s.work_s, 3), "reps": s.reps,
                   "sets": s.sets, "sides": s.sides, "prescription": s.prescription}
                  for s in record.steps],
        "pain_before": record.pain_before,
        "pain_after": record.pain_after,
        "notes": record.notes,
        "rpe": record.rpe,
        "levels": None if record.levels is None else list(record.levels),
        "hurt_steps": sorted(record.hurt_steps),
        # Optional (added in version 1): the exercise of each mark that kept it, also where the
        # session has no record of that step (cut short). Older files derive it from the steps.
        "hurt_exercises": [[index, exercise] for index, exercise in sorted(record.hurt_exercises)],
    }


def _progression_json(setting: ProgressionSetting) -> dict[str, Any]:
    return {"routine_id": setting.routine_id, "enabled": setting.enabled,
            "since": setting.since.isoformat()}


def dumps_history(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def parse_history_file(raw: bytes) -> HistoryFile:
    """Read a JSON history export; every problem is collected, and any one refuses the file."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise HistoryFileError([f"file: larger than {MAX_IMPORT_BYTES // 1_000_000} MB"])
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise HistoryFileError(["file: not UTF-8 text"]) from None
    except (ValueError, RecursionError) as error:
        reason = "empty" if not raw.strip() else f"not valid JSON ({error})"
        raise HistoryFileError([f"file: {reason}"]) from None
    if not isinstance(data, dict):
        raise HistoryFileError(["file: not a JSON object"])
    if data.get("format") != EXPORT_FORMAT:
        raise HistoryFileError([f"format: must be '{EXPORT_FORMAT}' (is this a history export?)"])
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise HistoryFileError(["version: must be a whole number from 1"])
    if version > EXPORT_VERSION:
        raise HistoryFileError([f"version: {version} was written by a newer backtimer "
                                f"(this one reads version {EXPORT_VERSION})"])
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        raise HistoryFileError(["sessions: must be a list"])
    problems: list[str] = []
    records = _parse_items(sessions, "sessions", _parse_session, problems)
    progression: tuple[ProgressionSetting, ...] = ()
    if "progression" in data:  # files written before progression was exported have none
        progression = _parse_progression(data["progression"], problems)
    if len(problems) > MAX_FILE_PROBLEMS:
        problems[MAX_FILE_PROBLEMS:] = [f"… (stopped after {MAX_FILE_PROBLEMS} problems)"]
    if problems:
        raise HistoryFileError(problems)
    return HistoryFile(records, progression)


def _parse_items(items: list, name: str, parse: Callable[[Any, str, list[str]], _T | None],
                 problems: list[str]) -> list[_T]:
    """Each item of a list read by ``parse``, until there are more problems than are told."""
    result = []
    for n, item in enumerate(items):
        if len(problems) > MAX_FILE_PROBLEMS:
            break
        parsed = parse(item, f"{name}[{n}]", problems)
        if parsed is not None:
            result.append(parsed)
    return result


def _parse_progression(value: Any, problems: list[str]) -> tuple[ProgressionSetting, ...]:
    if not isinstance(value, list):
        problems.append("progression: must be a list")
        return ()
    settings = _parse_items(value, "progression", _parse_setting, problems)
    seen: set[str] = set()
    for n, item in enumerate(value):
        if len(problems) > MAX_FILE_PROBLEMS:
            break
        routine_id = item.get("routine_id") if isinstance(item, dict) else None
        if not isinstance(routine_id, str):
            continue  # told above
        # Two settings for one routine: which one was meant cannot be told.
        if routine_id in seen:
            problems.append(f"progression[{n}].routine_id: '{routine_id[:64]}' is listed twice")
        seen.add(routine_id)
    return tuple(settings)


def _parse_setting(item: Any, path: str, problems: list[str]) -> ProgressionSetting | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    routine_id = _text(item, "routine_id", path, problems, required=True, limit=64)
    enabled = item.get("enabled")
    if not isinstance(enabled, bool):
        problems.append(f"{path}.enabled: must be true or false")
    since = _parse_day(item.get("since"), f"{path}.since", problems)
    if len(problems) > before or since is None:
        return None
    return ProgressionSetting(routine_id, enabled, since)


def _parse_day(value: Any, path: str, problems: list[str]) -> date | None:
    """A local date written as the export writes it, within FIRST_SINCE and LAST_SINCE."""
    day = None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(value)
    # fromisoformat also reads 20260907 and 2026-W37-1; the export writes only one form.
    if day is None or day.isoformat() != value or not FIRST_SINCE <= day <= LAST_SINCE:
        problems.append(f"{path}: must be a date like 2026-09-07, from {FIRST_SINCE} "
                        f"to {LAST_SINCE}")
        return None
    return day


def _parse_time(value: Any, path: str, problems: list[str], *, optional: bool) -> datetime | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        problems.append(f"{path}: must be a date and time like 2026-11-20T07:30:00+01:00")
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.append(f"{path}: '{value[:40]}' is not a date and time")
        return None
    if moment.tzinfo is None:
        problems.append(f"{path}: needs a UTC offset, like +01:00")
        return None
    return moment


def _text(item: dict, key: str, path: str, problems: list[str], *, required: bool = False,
          limit: int = 200) -> str:
    value = item.get(key, "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        problems.append(f"{path}.{key}: must be text of at most {limit} characters"
                        + (", not empty" if required else ""))
        return ""
    return value


def _number(item: dict, key: str, path: str, problems: list[str], *, low: float, high: float,
            integer: bool, default: Any) -> Any:
    value = item.get(key, default)
    if value is None and default is None:
        return None
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
        what = "a whole number" if integer else "a number"
        problems.append(f"{path}.{key}: must be {what} from {low:g} to {high:g}")
        return default
    return value


def _parse_session(item: Any, path: str, problems: list[str]) -> SessionRecord | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    uid = item.get("id")
    if uid is not None and (not isinstance(uid, str) or not 1 <= len(uid) <= 64):
        problems.append(f"{path}.id: must be text of 1 to 64 characters")
    routine_id = _text(item, "routine_id", path, problems, required=True, limit=64)
    name = _text(item, "routine_name", path, problems)
    started = _parse_time(item.get("started_at"), f"{path}.started_at", problems, optional=False)
    ended = _parse_time(item.get("ended_at"), f"{path}.ended_at", problems, optional=True)
    state = item.get("state")
    if state not in STATES:
        problems.append(f"{path}.state: must be one of " + ", ".join(STATES))
    scale = _number(item, "time_scale", path, problems, low=0.0001, high=10_000, integer=False,
                    default=1.0)
    pain = [_number(item, key, path, problems, low=0, high=10, integer=True, default=None)
            for key in ("pain_before", "pain_after")]
    notes = _text(item, "notes", path, problems, limit=10_000)
    steps_raw = item.get("steps", [])
    steps = []
    if not isinstance(steps_raw, list) or len(steps_raw) > 1000:
        problems.append(f"{path}.steps: must be a list (of at most 1000 steps)")
        steps_raw = []
    for n, step in enumerate(steps_raw):
        parsed = _parse_step(step, f"{path}.steps[{n}]", problems)
        if parsed is not None:
            steps.append(parsed)
    work_s = _number(item, "work_s", path, problems, low=0, high=86_400, integer=False,
                     default=None)
    rpe = _number(item, "rpe", path, problems, low=1, high=10, integer=True, default=None)
    levels = _int_list(item, "levels", path, problems, high=MAX_LEVEL_STORED, optional=True)
    hurt = _int_list(item, "hurt_steps", path, problems, high=999, optional=False)
    hurt_exercises = _parse_hurt_exercises(item, path, problems, hurt)
    if len(problems) > before or started is None:
        return None
    if ended is not None and ended < started:
        problems.append(f"{path}.ended_at: is before started_at")
        return None
    if work_s is None:
        work_s = sum(s.work_s for s in steps)
    return SessionRecord(uid=uid or _new_uid(), routine_id=routine_id, routine_name=name,
                         started_at=started, ended_at=ended, state=state, time_scale=scale,
                         work_s=work_s, pain_before=pain[0], pain_after=pain[1], notes=notes,
                         steps=tuple(steps), rpe=rpe, levels=levels,
                         hurt_steps=frozenset(hurt or ()), hurt_exercises=hurt_exercises)


def _parse_hurt_exercises(item: dict, path: str, problems: list[str],
                          hurt: Sequence[int] | None) -> tuple[tuple[int, str], ...]:
    """The optional ``hurt_exercises``: [step, exercise id] pairs, each step in ``hurt``."""
    if "hurt_exercises" not in item:  # files written before it was exported
        return ()
    value = item["hurt_exercises"]
    path = f"{path}.hurt_exercises"
    if not isinstance(value, list) or len(value) > 1000:
        problems.append(f"{path}: must be a list of [step, exercise id] pairs")
        return ()
    pairs: dict[int, str] = {}
    for n, pair in enumerate(value):
        where = f"{path}[{n}]"
        if not isinstance(pair, list) or len(pair) != 2:
            problems.append(f"{where}: must be a pair [step, exercise id]")
            continue
        index, exercise = pair
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            problems.append(f"{where}[0]: must be a whole number from 0")
        elif hurt is not None and index not in hurt:  # a bad hurt_steps is told already
            problems.append(f"{where}[0]: step {index} is not in hurt_steps")
        elif index in pairs:
            problems.append(f"{where}[0]: step {index} is listed twice")
        if not isinstance(exercise, str) or not exercise.strip() or len(exercise) > 64:
            problems.append(f"{where}[1]: must be an exercise id, text of 1 to 64 characters")
        elif isinstance(index, int) and not isinstance(index, bool):
            pairs.setdefault(index, exercise)
    return tuple(sorted(pairs.items()))


def _int_list(item: dict, key: str, path: str, problems: list[str], *, high: int,
              optional: bool) -> tuple[int, ...] | None:
    """An optional list of whole numbers from 0 to ``high`` (``null`` allowed if optional)."""
    value = item.get(key, None if optional else [])
    if value is None and optional:
        return None
    if (not isinstance(value, list) or len(value) > 1000
            or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= high
                       for v in value)):
        problems.append(f"{path}.{key}: must be a list of whole numbers from 0 to {high}")
        return None
    return tuple(value)


def _parse_step(item: Any, path: str, problems: list[str]) -> StepRecord | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    index = _number(item, "step_index", path, problems, low=0, high=999, integer=True, default=0)
    exercise = _text(item, "exercise_id", path, problems, required=True, limit=64)
    completed = item.get("completed", True)
    if not isinstance(completed, bool):
        problems.append(f"{path}.completed: must be true or false")
    work = _number(item, "work_s", path, problems, low=0, high=86_400, integer=False, default=0.0)
    reps = _number(item, "reps", path, problems, low=0, high=100_000, integer=True, default=0)
    sets = _number(item, "sets", path, problems, low=0, high=1000, integer=True, default=0)
    sides = _text(item, "sides", path, problems, limit=16) or "none"
    prescription = item.get("prescription", {})
    if not isinstance(prescription, dict) or len(json.dumps(prescription)) > 2000:
        problems.append(f"{path}.prescription: must be an object")
    if len(problems) > before:
        return None
    return StepRecord(index, exercise, completed, float(work), reps, sets, sides, prescription)


# --- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = ("id", "routine_id", "routine_name", "started_at", "ended_at", "state",
               "time_scale", "minutes", "steps_completed", "steps_skipped", "steps",
               "pain_before", "pain_after", "notes")


def _cell(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def step_summary(step: StepRecord) -> str:
    """"glute-bridge 3x10", "childs-pose 45s", with "(skipped)" for a step not finished."""
    if step.reps:
        amount = f"{step.sets}x{step.reps // max(step.sets, 1)}" if step.sets > 1 else \
            f"{step.reps} reps"
    else:
        amount = f"{round(step.work_s)}s"
    return f"{step.exercise_id} {amount}" + ("" if step.completed else " (skipped)")


def _csv_row(record: SessionRecord) -> list[Any]:
    done = sum(1 for s in record.steps if s.completed)
    return [record.uid, _cell(record.routine_id), _cell(record.routine_name),
            _iso(record.started_at), _iso(record.ended_at) or "",
            "interrupted" if record.state == RUNNING else record.state,
            f"{record.time_scale:g}", f"{record.minutes:.1f}", done, len(record.steps) - done,
            "; ".join(step_summary(s) for s in record.steps),
            "" if record.pain_before is None else record.pain_before,
            "" if record.pain_after is None else record.pain_after, _cell(record.notes)]
