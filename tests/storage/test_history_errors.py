"""SQLite's errors become the store's own, by their kind: a real full disk, a real read-only
database, a real damaged file. Nothing outside storage/ needs to know SQLite."""

from __future__ import annotations

import ast
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backtimer.storage.history import (
    HistoryBug,
    HistoryDamaged,
    HistoryError,
    HistoryStore,
    HistoryTooNew,
    HistoryUnavailable,
    StepRecord,
    StorageFull,
    StorageReadOnly,
)
from backtimer.storage.history.errors import error_kind, raise_os_error, raise_sqlite_error

START = datetime(2026, 11, 20, 7, 30, tzinfo=timezone(timedelta(hours=1)))
PACKAGE = Path(__file__).resolve().parents[2] / "backtimer"


def filled_store(path: Path, sessions: int = 3) -> HistoryStore:
    store = HistoryStore(path / "history.sqlite3", None, now=lambda: START)
    for n in range(sessions):
        session = store.start_session("quick-5", "Quick 5 " * 20, START + timedelta(days=n))
        store.add_step(session, StepRecord(0, "pelvic-tilt", True, 60.0))
        store.finish_session(session, "completed", ended_at=START + timedelta(days=n, minutes=5))
    return store


def test_a_full_disk_is_storage_full_and_keeps_what_was_saved(tmp_path):
    store = filled_store(tmp_path)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    session = store.start_session("quick-5", "Quick 5", START + timedelta(days=9))
    with pytest.raises(StorageFull) as raised:
        store.add_step(session, StepRecord(0, "x" * 50_000, True, 1.0))
    assert isinstance(raised.value, HistoryError)
    assert raised.value.sqlite_name == "SQLITE_FULL"
    assert str(raised.value) == "The history could not be saved (database or disk is full)."
    assert raised.value.detail == "database or disk is full"
    store.close()
    again = HistoryStore(tmp_path / "history.sqlite3", None, now=lambda: START)
    assert again.count() == 4 and again.steps(session) == ()
    again.close()


def test_a_read_only_database_is_storage_read_only(tmp_path):
    store = filled_store(tmp_path)
    store._conn.execute("PRAGMA query_only = ON")  # every write now fails with SQLITE_READONLY
    with pytest.raises(StorageReadOnly, match="could not be saved") as raised:
        store.set_pain(1, after=2)
    assert raised.value.sqlite_name == "SQLITE_READONLY"
    with pytest.raises(StorageReadOnly, match="could not be changed"):
        store.delete_session(1)
    assert store.count() == 3  # reading still works
    store.close()


def test_a_read_only_file_opened_by_sqlite_is_storage_read_only(tmp_path):
    filled_store(tmp_path).close()
    conn = sqlite3.connect(f"file:{tmp_path / 'history.sqlite3'}?mode=ro", uri=True)
    with pytest.raises(sqlite3.Error) as raised:
        conn.execute("DELETE FROM sessions")
    conn.close()
    assert error_kind(raised.value) is StorageReadOnly


def test_a_file_damaged_while_open_is_history_damaged(tmp_path):
    store = filled_store(tmp_path, sessions=300)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / "history.sqlite3"
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, len(data), 4096):  # the header and first page survive
        data[offset:offset + 4096] = b"\xff" * 4096
    path.write_bytes(bytes(data))
    store._conn.execute("PRAGMA cache_size = 0")  # read from the file, not from memory
    with pytest.raises(HistoryDamaged, match="could not be read") as raised:
        store.sessions()
    assert raised.value.sqlite_name == "SQLITE_CORRUPT"
    store.close()


def test_a_newer_database_is_history_too_new(tmp_path):
    store = filled_store(tmp_path)
    store._conn.execute("PRAGMA user_version = 99")
    store.close()
    with pytest.raises(HistoryTooNew, match="newer backtimer"):
        HistoryStore(tmp_path / "history.sqlite3", None)


def test_a_database_locked_by_another_program_is_unavailable(tmp_path):
    store = filled_store(tmp_path)
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    store._conn.execute("PRAGMA busy_timeout = 0")
    with pytest.raises(HistoryUnavailable) as raised:
        store.set_effort(1, 5)
    assert raised.value.sqlite_name == "SQLITE_BUSY"
    other.execute("ROLLBACK")
    other.close()
    store.close()


def test_a_mistake_in_the_code_is_a_bug_not_the_disk(tmp_path):
    store = filled_store(tmp_path)
    store._conn.close()  # a closed connection: nothing the person could fix
    with pytest.raises(HistoryBug):
        store.count()
    with pytest.raises(HistoryBug, match="could not be read"):
        raise_sqlite_error("The history could not be read",
                           _real_error("SELECT * FROM no_such_table"))


def _real_error(sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(sql)
    except sqlite3.Error as error:
        return error
    finally:
        conn.close()
    raise AssertionError("no error")


def test_file_system_errors_around_the_database_have_their_kinds_too():
    import errno

    for number, kind in ((errno.ENOSPC, StorageFull), (errno.EROFS, StorageReadOnly),
                         (errno.EACCES, StorageReadOnly), (errno.ENOTDIR, HistoryUnavailable)):
        with pytest.raises(kind, match="cannot be used"):
            raise_os_error("The folder /x cannot be used", OSError(number, "reason"))


def test_no_module_outside_storage_imports_sqlite3():
    """SQLite stays behind the storage wall: the screens and the commands catch the store's
    errors (issue 12)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "storage") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name == "sqlite3" or name.startswith("sqlite3.") for name in names):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert offenders == []
