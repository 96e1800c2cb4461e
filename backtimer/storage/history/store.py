"""The SQLite history store: sessions and their steps, written as the workout goes."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from backtimer.core.clock import local_now
from backtimer.core.progression import Plan, RoutineSession, WeekSummary, decided_weeks, plan
from backtimer.core.routine import Routine
from backtimer.core.stats import DayTotals, SessionFact, week_of
from backtimer.storage.history import backups, exchange, schema, wal
from backtimer.storage.history.backups import BACKUPS_KEPT  # noqa: F401  (re-exported)
from backtimer.storage.history.errors import (
    HistoryDamaged,
    raise_os_error,
    raise_sqlite_error,
    sqlite_errors,
)
from backtimer.storage.history.records import (
    RUNNING,
    STATES,
    ImportResult,
    ProgressionSetting,
    SessionRecord,
    StepRecord,
    from_ms,
    new_uid,
    offset_s,
    to_ms,
)
from backtimer.storage.history.rows import (
    insert_session,
    insert_steps,
    levels_from_json,
    levels_json,
    loads,
    merge_progression,
    read_progression,
)

_EPOCH_ORDINAL = 719_163  # date(1970, 1, 1).toordinal()
_LAST_ORDINAL = 3_652_059  # date.max.toordinal()
STALE_RUNNING_MS = 24 * 3600 * 1000
# A session's exercise seconds, for every total and chart: its steps' work, or, for a completed
# session kept without steps (an import from another app), the time from its start to its end.
# One expression, so its minutes and the days it counts for never disagree.
SESSION_WORK_S = (
    "(CASE WHEN work_s = 0 AND state = 'completed' AND ended_ms > started_ms"
    " AND NOT EXISTS (SELECT 1 FROM session_steps WHERE session_id = sessions.id)"
    " THEN (ended_ms - started_ms) / 1000.0 ELSE work_s END)")

class HistoryStore:
    """One open history database.

    Opening checks the file (``quick_check``), moves a damaged one aside, refuses one written by
    a newer version, migrates an older one, marks sessions of dead processes as interrupted and
    makes the day's backup. What it had to tell the user is in ``notices``.

    Every write is its own short transaction; in WAL mode with ``synchronous=NORMAL`` a commit
    does not wait for the disk, and a killed process loses at most the step in progress.
    """

    def __init__(self, path: Path, backups_dir: Path | None = None, *,
                 now: Callable[[], datetime] | None = None, backup: bool = True,
                 read_only: bool = False):
        self.path = Path(path)
        self.backups_dir = backups_dir
        self._now = now or local_now
        self.notices: list[str] = []
        self.interrupted: list[SessionRecord] = []
        # Where a damaged database was moved aside at this opening (None: it was not).
        self.damaged_moved_to: Path | None = None
        if read_only:
            # Reading needs no write: a history in a read-only folder is read as it is (its
            # running sessions are not marked, no backup is made; a write raises StorageReadOnly).
            self._conn = schema.connect_read_only(self.path)
            return
        self._conn = self._open()
        try:
            self._mark_interrupted()
        except sqlite3.Error as error:
            self._conn.close()
            raise_sqlite_error(f"The history database {self.path} cannot be written", error)
        if backup and backups_dir is not None:
            self.backup_daily()

    # --- opening ------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise_os_error(f"The folder {self.path.parent} cannot be used", error)
        if (notice := wal.damage_notice(self.path, self._now())) is not None:
            self.notices.append(notice)
        try:
            return schema.connect(self.path)
        except schema.Damaged as damage:
            moved = schema.move_aside(self.path, self._now().strftime("%Y%m%d-%H%M%S"))
            self.damaged_moved_to = moved
            self.notices.append(
                f"The history database was damaged ({damage}). It was kept as {moved} and a new, "
                "empty history was started."
                + (f" Daily backups are in {self.backups_dir}." if self.backups_dir else ""))
            try:
                return schema.connect(self.path)
            except schema.Damaged as again:
                raise HistoryDamaged(f"A new history database could not be made: {again}") from None

    def _mark_interrupted(self) -> None:
        rows = self._conn.execute(
            "SELECT id, pid, ended_ms FROM sessions WHERE state = ?", (RUNNING,)).fetchall()
        # A process id can be reused after a crash; no workout goes a day without a write.
        stale_ms = to_ms(self._now()) - STALE_RUNNING_MS
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
        try:
            return backups.make_daily(self._conn, self.backups_dir, self._now().date())
        except (OSError, sqlite3.Error) as error:
            self.notices.append(f"Today's backup of the history could not be made ({error}).")
            return None

    def backups(self) -> list[Path]:
        return backups.kept(self.backups_dir)

    # --- writing as the workout goes ----------------------------------------------------------

    @contextlib.contextmanager
    def without_waiting(self) -> Iterator[HistoryStore]:
        """Writes inside fail at once (HistoryUnavailable, ``sqlite_name`` SQLITE_BUSY) while
        another program holds the database, instead of waiting up to its busy timeout: a caller
        on the window's thread keeps the write and tries again later."""
        self._conn.execute("PRAGMA busy_timeout = 0")
        try:
            yield self
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {schema.BUSY_TIMEOUT_MS}")

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

    @sqlite_errors("saved")
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
                (new_uid(), routine_id, routine_name, to_ms(started_at),
                 offset_s(started_at), to_ms(started_at), RUNNING, float(time_scale),
                 pain_before, os.getpid(), levels_json(levels)))
            return int(cursor.lastrowid)

    @sqlite_errors("saved")
    def add_step(self, session_id: int, step: StepRecord, *, at: datetime | None = None) -> None:
        """One finished (or skipped) step, in its own transaction."""
        ended = to_ms(at or self._now())
        with self._transaction() as conn:
            position = conn.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM session_steps WHERE session_id = ?",
                (session_id,)).fetchone()[0]
            insert_steps(conn, session_id, [step], position)
            # A "this hurt" mark kept before its exercise was known belongs to this one.
            conn.execute("UPDATE session_hurts SET exercise_id = ? WHERE session_id = ?"
                         " AND step_index = ? AND exercise_id IS NULL",
                         (step.exercise_id, session_id, step.step_index))
            conn.execute("UPDATE sessions SET ended_ms = ?, work_s = work_s + ? WHERE id = ?",
                         (ended, step.work_s, session_id))

    @sqlite_errors("saved")
    def finish_session(self, session_id: int, state: str, *, ended_at: datetime | None = None,
                       work_s: float | None = None) -> None:
        if state not in STATES:
            raise ValueError(f"unknown session state {state!r}")
        ended = to_ms(ended_at or self._now())
        with self._transaction() as conn:
            if work_s is None:
                conn.execute("UPDATE sessions SET state = ?, ended_ms = ?, pid = NULL "
                             "WHERE id = ?", (state, ended, session_id))
            else:
                conn.execute("UPDATE sessions SET state = ?, ended_ms = ?, work_s = ?, pid = NULL"
                             " WHERE id = ?", (state, ended, work_s, session_id))

    @sqlite_errors("saved")
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

    @sqlite_errors("saved")
    def set_effort(self, session_id: int, rpe: int) -> None:
        """The effort rating (RPE) the person gave after the session, 1–10."""
        if isinstance(rpe, bool) or not isinstance(rpe, int) or not 1 <= rpe <= 10:
            raise ValueError("an effort rating is a whole number from 1 to 10")
        with self._transaction() as conn:
            conn.execute("UPDATE sessions SET rpe = ? WHERE id = ?", (rpe, session_id))

    @sqlite_errors("saved")
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

    @sqlite_errors("saved")
    def set_notes(self, session_id: int, notes: str) -> None:
        with self._transaction() as conn:
            conn.execute("UPDATE sessions SET notes = ? WHERE id = ?", (notes, session_id))

    @sqlite_errors("changed")
    def delete_session(self, session_id: int) -> SessionRecord:
        """Remove a session and its steps; returns it whole so it can be put back (undo)."""
        record = self.session(session_id)
        with self._transaction() as conn:
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return record

    @sqlite_errors("changed")
    def restore_session(self, record: SessionRecord) -> int:
        """Put back a session removed by ``delete_session``, with its old row id when free."""
        with self._transaction() as conn:
            return insert_session(conn, record, keep_id=True)

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
            started_at=from_ms(started_ms, offset),
            ended_at=None if ended_ms is None else from_ms(ended_ms, offset),
            state=state, time_scale=scale, work_s=work_s, pain_before=before,
            pain_after=after, notes=notes, steps=steps, id=row_id, rpe=rpe,
            levels=levels_from_json(levels), hurt_steps=frozenset(hurts),
            hurt_exercises=tuple(sorted((i, ex) for i, ex in hurts.items() if ex is not None)))

    @sqlite_errors("read")
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

    @sqlite_errors("read")
    def steps(self, session_id: int) -> tuple[StepRecord, ...]:
        rows = self._conn.execute(
            "SELECT step_index, exercise_id, completed, work_s, reps, sets, sides, prescription"
            " FROM session_steps WHERE session_id = ? ORDER BY position", (session_id,))
        return tuple(StepRecord(i, ex, bool(done), work, reps, sets, sides, loads(presc))
                     for i, ex, done, work, reps, sets, sides, presc in rows)

    @sqlite_errors("read")
    def fingerprint(self) -> tuple:
        """Changes whenever a session is added, ends or is deleted (views redraw on change)."""
        return tuple(self._conn.execute(
            "SELECT COUNT(*), MAX(id), MAX(ended_ms), SUM(state = 'running') FROM sessions"
        ).fetchone())

    @sqlite_errors("read")
    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]

    @sqlite_errors("read")
    def page(self, offset: int, limit: int) -> list[SessionRecord]:
        """Sessions newest first, without their steps (for lists that load as they scroll)."""
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM sessions ORDER BY started_ms DESC, id DESC "
            "LIMIT ? OFFSET ?", (limit, offset))
        return [self._record(row) for row in rows]

    @sqlite_errors("read")
    def sessions(self) -> list[SessionRecord]:
        """Every session with its steps, oldest first (exports)."""
        steps: dict[int, list[StepRecord]] = {}
        for row in self._conn.execute(
                "SELECT session_id, step_index, exercise_id, completed, work_s, reps, sets, sides,"
                " prescription FROM session_steps ORDER BY session_id, position"):
            steps.setdefault(row[0], []).append(
                StepRecord(row[1], row[2], bool(row[3]), row[4], row[5], row[6], row[7],
                           loads(row[8])))
        hurts: dict[int, dict[int, str | None]] = {}
        for session_id, index, exercise in self._conn.execute(
                "SELECT session_id, step_index, exercise_id FROM session_hurts"):
            hurts.setdefault(session_id, {})[index] = exercise
        rows = self._conn.execute(
            f"SELECT {self._COLUMNS} FROM sessions ORDER BY started_ms, id")
        return [self._record(row, tuple(steps.get(row[0], ())), hurts.get(row[0]))
                for row in rows]

    @sqlite_errors("read")
    def facts(self) -> list[SessionFact]:
        """What the statistics need, for every finished session (not the one running now)."""
        rows = self._conn.execute(
            f"SELECT started_ms, utc_offset_s, state, {SESSION_WORK_S}, pain_before, pain_after "
            "FROM sessions WHERE state != 'running' ORDER BY started_ms")
        return [SessionFact(ms / 1000, offset, state == "completed", work, before, after)
                for ms, offset, state, work, before, after in rows]

    @sqlite_errors("read")
    def day_totals(self, day_start_hour: int = 0) -> list[DayTotals]:
        """``stats.day_totals(self.facts(), day_start_hour)``, summed by SQLite (fast)."""
        # Whole days in ms; the shift keeps the integer division a floor for any date.
        shift_days = 1_000_000
        rows = self._conn.execute(
            "SELECT (started_ms + (utc_offset_s - ?) * 1000 + ?) / 86400000 - ? AS day,"
            f" SUM(state = 'completed'), SUM({SESSION_WORK_S}) / 60.0,"
            " COALESCE(SUM(pain_before), 0), COUNT(pain_before),"
            " COALESCE(SUM(pain_after), 0), COUNT(pain_after)"
            " FROM sessions WHERE state != 'running' GROUP BY day ORDER BY day",
            (day_start_hour * 3600, shift_days * 86_400_000, shift_days))
        # A row no calendar holds (before year 1 or after 9999 in its offset, let in by an
        # old import) has no day; it is left out rather than stopping every statistic.
        return [DayTotals(_EPOCH_ORDINAL + day, *rest) for day, *rest in rows
                if 1 <= _EPOCH_ORDINAL + day <= _LAST_ORDINAL]

    # --- progression ----------------------------------------------------------------------------

    @sqlite_errors("read")
    def progression_settings(self) -> dict[str, ProgressionSetting]:
        """Every routine's progression setting (a routine not listed never had it on)."""
        return read_progression(self._conn)

    @sqlite_errors("read")
    def progression_setting(self, routine_id: str) -> ProgressionSetting | None:
        return self.progression_settings().get(routine_id)

    @sqlite_errors("saved")
    def set_progression(self, routine_id: str, *, enabled: bool, since: date) -> None:
        """Turn progression on or off for a routine; ``since`` is the local date its weeks
        count from (resetting to the starting level sets it to this week's first day)."""
        with self._transaction() as conn:
            conn.execute("INSERT INTO progression (routine_id, enabled, since) VALUES (?,?,?)"
                         " ON CONFLICT (routine_id) DO UPDATE SET enabled = excluded.enabled,"
                         " since = excluded.since",
                         (routine_id, int(bool(enabled)), since.isoformat()))

    @sqlite_errors("read")
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
        low_ms = to_ms(datetime.combine(since - timedelta(days=2), datetime.min.time(),
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

    @sqlite_errors("read")
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

    @sqlite_errors("read")
    def export_json(self) -> dict[str, Any]:
        return exchange.history_json(self.sessions(), list(self.progression_settings().values()),
                                     self._now())

    @sqlite_errors("read")
    def export_csv(self, out: io.TextIOBase) -> int:
        """One row per session, its steps summarised; returns the number of rows."""
        return exchange.write_csv(self.sessions(), out)

    @sqlite_errors("imported")
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
                key = (record.routine_id, to_ms(record.started_at))
                if record.uid in uids or key in starts:
                    skipped += 1
                    continue
                insert_session(conn, record, keep_id=False)
                uids.add(record.uid)
                starts.add(key)
                added += 1
            taken, kept = merge_progression(conn, progression)
        return ImportResult(added, skipped, taken, kept)


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
