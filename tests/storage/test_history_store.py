"""The SQLite history store on real files: schema, writes, damage, backups, export and import."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backtimer.storage import history
from backtimer.storage.history import (
    HistoryError,
    HistoryFileError,
    HistoryStore,
    SchemaTooNewError,
    StepRecord,
    StorageFull,
    parse_history_file,
    schema,
)

CET = timezone(timedelta(hours=1))
START = datetime(2026, 11, 20, 7, 30, tzinfo=CET)


def clock(start: datetime = START):
    """A settable ``now`` for the store (backups and damaged-file names are dated by it)."""
    state = {"now": start}

    def now() -> datetime:
        return state["now"]

    now.state = state  # type: ignore[attr-defined]
    return now


def open_store(tmp_path: Path, now=None, **kwargs) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3", tmp_path / "backups",
                        now=now or clock(), **kwargs)


def record_session(store: HistoryStore, started: datetime = START, *, state="completed",
                   steps: int = 2, routine="quick-5", scale: float = 1.0) -> int:
    session = store.start_session(routine, "Quick 5", started, time_scale=scale, pain_before=4)
    for n in range(steps):
        store.add_step(session, StepRecord(n, f"exercise-{n}", n % 2 == 0, 30.0, 10, 1, "none",
                                           {"mode": "reps", "reps": 10}),
                       at=started + timedelta(minutes=n + 1))
    store.finish_session(session, state, ended_at=started + timedelta(minutes=steps + 1))
    return session


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()
            if p.is_file()}


# --- schema -----------------------------------------------------------------------------------

def test_new_database_has_schema_version_wal_and_foreign_keys(tmp_path):
    store = open_store(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.notices == []
    store.close()


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    open_store(tmp_path).close()
    broken = ("CREATE TABLE notes_v2 (x INTEGER); INSERT INTO no_such_table VALUES (1)",)
    current = history.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", history.MIGRATIONS + broken)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    with pytest.raises(HistoryError, match="no such table"):
        open_store(tmp_path)
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "notes_v2" not in tables  # the half-done migration was rolled back whole
    conn.close()


def test_migrations_run_in_order_from_the_stored_version(tmp_path, monkeypatch):
    store = open_store(tmp_path)
    record_session(store)
    store.close()
    extra = ("ALTER TABLE sessions ADD COLUMN mood TEXT; UPDATE sessions SET mood = 'fine'",)
    current = history.SCHEMA_VERSION
    monkeypatch.setattr(schema, "MIGRATIONS", history.MIGRATIONS + extra)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    store = open_store(tmp_path)
    assert store._conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
    assert store._conn.execute("SELECT mood FROM sessions").fetchall() == [("fine",)]
    store.close()


# --- writing as the workout goes --------------------------------------------------------------

def test_a_session_round_trips_with_its_steps(tmp_path):
    store = open_store(tmp_path)
    session = record_session(store, scale=200.0)
    store.set_pain(session, after=2)
    store.set_notes(session, "stiff in the morning")
    record = store.session(session)
    assert record.routine_id == "quick-5"
    assert record.started_at == START and record.started_at.utcoffset() == timedelta(hours=1)
    assert record.ended_at == START + timedelta(minutes=3)
    assert (record.state, record.time_scale, record.work_s) == ("completed", 200.0, 60.0)
    assert (record.pain_before, record.pain_after, record.notes) == (4, 2, "stiff in the morning")
    assert [(s.exercise_id, s.completed) for s in record.steps] == [
        ("exercise-0", True), ("exercise-1", False)]
    assert record.steps[0].prescription == {"mode": "reps", "reps": 10}
    store.close()


def test_every_write_is_committed_at_once(tmp_path):
    store = open_store(tmp_path)
    session = store.start_session("quick-5", "Quick 5", START)
    store.add_step(session, StepRecord(0, "bridge", True, 12.0))
    # A second connection (another process) sees both without the store being closed.
    other = sqlite3.connect(tmp_path / "history.sqlite3")
    assert other.execute("SELECT state, work_s FROM sessions").fetchall() == [("running", 12.0)]
    assert other.execute("SELECT COUNT(*) FROM session_steps").fetchone()[0] == 1
    other.close()
    store.close()


def test_running_sessions_are_left_out_of_statistics(tmp_path):
    store = open_store(tmp_path)
    record_session(store)
    store.start_session("quick-5", "Quick 5", START + timedelta(hours=1))
    assert [f.completed for f in store.facts()] == [True]
    store.close()


def test_bad_values_are_refused(tmp_path):
    store = open_store(tmp_path)
    session = store.start_session("quick-5", "Quick 5", START)
    with pytest.raises(ValueError):
        store.set_pain(session, before=11)
    with pytest.raises(ValueError):
        store.finish_session(session, "done")
    with pytest.raises(ValueError):
        store.start_session("quick-5", "Quick 5", datetime(2026, 1, 1))  # no UTC offset
    store.close()


def test_delete_takes_the_steps_and_restore_puts_all_back(tmp_path):
    store = open_store(tmp_path)
    keep = record_session(store)
    gone = record_session(store, START + timedelta(days=1))
    before = store.session(gone)
    removed = store.delete_session(gone)
    assert store.count() == 1
    assert store._conn.execute("SELECT COUNT(*) FROM session_steps WHERE session_id = ?",
                               (gone,)).fetchone()[0] == 0
    assert store.restore_session(removed) == gone
    assert store.session(gone) == before
    assert [r.id for r in store.page(0, 10)] == [gone, keep]
    store.close()


def test_a_session_of_a_dead_process_is_marked_interrupted_with_its_steps(tmp_path):
    store = open_store(tmp_path)
    session = store.start_session("quick-5", "Quick 5", START)
    store.add_step(session, StepRecord(0, "bridge", True, 20.0))
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    store._conn.execute("UPDATE sessions SET pid = ?", (int(finished.stdout),))
    store.close()
    store = open_store(tmp_path)
    record = store.session(session)
    assert record.state == "interrupted"
    assert [s.exercise_id for s in record.steps] == ["bridge"]
    assert [r.id for r in store.interrupted] == [session]
    assert "interrupted" in store.notices[0] and "1 finished steps" in store.notices[0]
    store.close()


def test_a_running_session_of_a_live_process_is_left_alone_unless_a_day_old(tmp_path):
    now = clock()
    store = open_store(tmp_path, now)
    session = store.start_session("quick-5", "Quick 5", START)
    store.close()
    store = open_store(tmp_path, now)  # this very process still runs it
    assert store.session(session).state == "running"
    store.close()
    now.state["now"] = START + timedelta(days=1, minutes=1)  # pid reused after a crash?
    store = open_store(tmp_path, now)
    assert store.session(session).state == "interrupted"
    store.close()


def test_a_full_disk_fails_the_write_and_keeps_what_was_saved(tmp_path):
    store = open_store(tmp_path)
    record_session(store)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    session = store.start_session("quick-5", "Quick 5", START + timedelta(days=1))
    with pytest.raises(StorageFull, match="full") as raised:
        store.add_step(session, StepRecord(0, "x" * 50_000, True, 1.0))
    assert raised.value.sqlite_name == "SQLITE_FULL"
    store.close()
    store = open_store(tmp_path)
    assert store.count() == 2 and len(store.session(1).steps) == 2
    store.close()


# --- damage, newer versions, unusable folders -------------------------------------------------

def test_a_damaged_file_is_moved_aside_and_a_fresh_one_started(tmp_path):
    db = tmp_path / "history.sqlite3"
    garbage = b"this is not a database, it only has its name" * 100
    db.write_bytes(garbage)
    store = open_store(tmp_path, clock(datetime(2026, 11, 20, 9, 5, 7, tzinfo=CET)))
    moved = tmp_path / "history.sqlite3.damaged-20261120-090507"
    assert moved.read_bytes() == garbage  # kept, byte for byte
    assert str(moved) in store.notices[0] and "damaged" in store.notices[0]
    assert store.count() == 0
    record_session(store)
    assert store.count() == 1
    store.close()


def test_a_truncated_database_is_moved_aside_too(tmp_path):
    store = open_store(tmp_path)
    for day in range(300):
        record_session(store, START + timedelta(days=day), steps=5)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    db = tmp_path / "history.sqlite3"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    later = clock(START + timedelta(hours=2))
    store = open_store(tmp_path, later)
    assert store.count() == 0
    assert (tmp_path / "history.sqlite3.damaged-20261120-093000").stat().st_size == len(data) // 2
    assert store.notices and "damaged" in store.notices[0]
    store.close()


def test_two_damaged_files_in_one_second_keep_both(tmp_path):
    db = tmp_path / "history.sqlite3"
    for text in (b"first" * 300, b"second" * 300):
        db.write_bytes(text)
        open_store(tmp_path).close()
    names = sorted(p.name for p in tmp_path.glob("history.sqlite3.damaged-*"))
    assert names == ["history.sqlite3.damaged-20261120-073000",
                     "history.sqlite3.damaged-20261120-073000-2"]


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path):
    store = open_store(tmp_path)
    record_session(store)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store._conn.execute("PRAGMA journal_mode=DELETE")
    store._conn.execute("PRAGMA user_version = 7")
    store.close()
    before = snapshot(tmp_path)
    with pytest.raises(SchemaTooNewError, match="newer backtimer") as caught:
        open_store(tmp_path)
    assert "schema 7" in str(caught.value)
    assert snapshot(tmp_path) == before


def test_an_unusable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(HistoryError, match="cannot be used"):
        HistoryStore(blocker / "history.sqlite3", blocker / "backups")
    assert blocker.read_text() == "a file where the data folder should be"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_a_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(HistoryError):
            HistoryStore(folder / "history.sqlite3", folder / "backups")
    finally:
        folder.chmod(0o700)


# --- backups ----------------------------------------------------------------------------------

def test_one_backup_a_day_and_the_last_seven_kept(tmp_path):
    now = clock()
    for day in range(10):
        now.state["now"] = START + timedelta(days=day)
        store = open_store(tmp_path, now)
        record_session(store, START + timedelta(days=day))
        store.close()
        store = open_store(tmp_path, now)  # a second start the same day makes no new copy
        store.close()
    names = [p.name for p in sorted((tmp_path / "backups").iterdir())]
    assert names == [f"history-2026-11-{day}.sqlite3" for day in range(23, 30)]
    # A backup is a whole database: the one of the 29th holds the 9 sessions before that day.
    copy = sqlite3.connect(tmp_path / "backups" / "history-2026-11-29.sqlite3")
    assert copy.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 9
    assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    copy.close()


def test_a_failed_backup_is_told_but_does_not_stop_the_store(tmp_path):
    (tmp_path / "backups").write_text("in the way")
    store = open_store(tmp_path)
    assert store.count() == 0
    assert any("backup" in notice for notice in store.notices)
    store.close()


# --- export and import ------------------------------------------------------------------------

def test_json_export_import_round_trip_without_duplicates(tmp_path):
    source = open_store(tmp_path / "a")
    record_session(source)
    record_session(source, START + timedelta(days=1), state="stopped", scale=50)
    data = source.export_json()
    assert data["format"] == "backtimer.history" and data["version"] == 1
    first = data["sessions"][0]
    assert first["started_at"] == "2026-11-20T07:30:00+01:00"
    assert first["state"] == "completed" and first["pain_before"] == 4
    assert set(first) >= {"id", "routine_id", "started_at", "ended_at", "state", "steps",
                          "pain_before", "pain_after"}
    raw = history.dumps_history(data).encode()
    target = open_store(tmp_path / "b")
    record_session(target, START + timedelta(days=5))
    assert target.import_sessions(parse_history_file(raw).sessions) == history.ImportResult(2, 0)
    assert target.import_sessions(parse_history_file(raw).sessions) == history.ImportResult(0, 2)
    assert target.count() == 3
    mine = {r.uid: r for r in source.sessions()}
    for record in target.sessions()[:2]:
        original = mine[record.uid]
        assert record.started_at == original.started_at
        assert record.steps == original.steps
        assert (record.state, record.time_scale) == (original.state, original.time_scale)
    source.close()
    target.close()


def test_import_without_ids_matches_on_routine_and_start(tmp_path):
    store = open_store(tmp_path)
    record_session(store)
    raw = json.dumps({"format": "backtimer.history", "version": 1, "sessions": [
        # the same moment written in UTC is the same session
        {"routine_id": "quick-5", "started_at": "2026-11-20T06:30:00+00:00",
         "state": "completed"},
        {"routine_id": "quick-5", "started_at": "2026-11-21T06:30:00+00:00",
         "state": "completed", "steps": [{"exercise_id": "bridge", "work_s": 90}]},
    ]}).encode()
    assert store.import_sessions(parse_history_file(raw).sessions) == history.ImportResult(1, 1)
    added = store.sessions()[-1]
    assert added.work_s == 90 and added.started_at.utcoffset() == timedelta(0)
    store.close()


@pytest.mark.parametrize(("raw", "problem"), [
    (b"", "file: empty"),
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "not UTF-8"),
    (b"[]", "not a JSON object"),
    (b'{"format": "backtimer.routine", "version": 1, "sessions": []}', "format"),
    (b'{"format": "backtimer.history", "version": 2, "sessions": []}', "newer backtimer"),
    (b'{"format": "backtimer.history", "version": "1", "sessions": []}', "version"),
    (b'{"format": "backtimer.history", "version": 1}', "sessions: must be a list"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [3]}',
     "sessions[0]: must be an object"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00", "state": "completed"}]}', "needs a UTC offset"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "yesterday", "state": "completed"}]}', "is not a date and time"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "", '
     b'"started_at": "2026-11-20T07:30:00Z", "state": "completed"}]}', "routine_id"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00Z", "state": "done"}]}', "state: must be one of"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00Z", "state": "completed", "pain_after": 12}]}',
     "pain_after: must be a whole number from 0 to 10"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00Z", "ended_at": "2026-11-20T07:00:00Z", '
     b'"state": "completed"}]}', "is before started_at"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00Z", "state": "completed", '
     b'"steps": [{"exercise_id": "b", "reps": -1}]}]}', "steps[0].reps"),
])
def test_bad_history_files_are_refused_whole(raw, problem):
    with pytest.raises(HistoryFileError) as caught:
        parse_history_file(raw)
    assert problem in "; ".join(caught.value.problems)


def test_one_bad_session_refuses_the_whole_file(tmp_path):
    store = open_store(tmp_path)
    good = {"routine_id": "a", "started_at": "2026-11-20T07:30:00Z", "state": "completed"}
    raw = json.dumps({"format": "backtimer.history", "version": 1,
                      "sessions": [good, dict(good, state="?")]}).encode()
    with pytest.raises(HistoryFileError, match=r"sessions\[1\]\.state"):
        store.import_sessions(parse_history_file(raw).sessions)
    assert store.count() == 0
    store.close()


def test_csv_has_one_row_per_session_with_steps_summarised(tmp_path):
    store = open_store(tmp_path)
    record_session(store)
    session = store.start_session("mine", "=HYPERLINK(\"evil\")", START + timedelta(days=1))
    store.add_step(session, StepRecord(0, "bridge", True, 40.0, 30, 3))
    store.finish_session(session, "stopped")
    out = io.StringIO()
    assert store.export_csv(out) == 2
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(history.CSV_COLUMNS)
    assert lines[1].split(",")[3:10] == ["2026-11-20T07:30:00+01:00",
                                         "2026-11-20T07:33:00+01:00", "completed", "1", "1.0",
                                         "1", "1"]
    assert "exercise-0 10 reps; exercise-1 10 reps (skipped)" in lines[1]
    assert "bridge 3x10" in lines[2] and "'=HYPERLINK" in lines[2]
    store.close()


def test_day_totals_in_sql_match_the_pure_statistics(tmp_path):
    from zoneinfo import ZoneInfo

    from backtimer.core import stats

    store = open_store(tmp_path)
    zones = [ZoneInfo("Europe/Amsterdam"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")]
    moment = datetime(2025, 3, 1, 0, 30, tzinfo=timezone.utc)
    for n in range(400):  # both DST changes, three offsets, all hours of the day
        local = (moment + timedelta(hours=n * 7 + 0.25)).astimezone(zones[n % 3])
        session = record_session(store, local, state=("completed", "stopped")[n % 5 == 0])
        if n % 3:
            store.set_pain(session, after=n % 11)
    for hour in (0, 1, 3, 6):
        assert store.day_totals(hour) == stats.day_totals(store.facts(), hour)
    store.close()
