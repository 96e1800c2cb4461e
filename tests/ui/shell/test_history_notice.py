"""What opening the history found on its own is said in the window, once: a damaged database
moved aside, a workout cut short when backtimer last ended."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtWidgets import QMessageBox

from backtimer.core.clock import FakeClock
from backtimer.storage.history import HistoryStore
from backtimer.storage.paths import resolve_paths

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=timezone(timedelta(hours=1)))


def _notice(window) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "historyNoticeBox")
    return box if box is not None and box.isVisible() else None


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "The history database was damaged, so a new, empty history was started."),
    ("nl", "De geschiedenisdatabase was beschadigd"),
])
def test_a_damaged_history_is_said_in_the_window(start_app, quiet, data_dir, lang, said):
    paths = resolve_paths(data_dir)
    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    paths.history_db.write_bytes(b"this is no database" * 500)
    window = start_app("--lang", lang, clock=FakeClock(), now=lambda: NOW)
    box = _notice(window)
    assert box is not None
    assert box.text().startswith(said)
    moved = window.workout.store.damaged_moved_to
    assert moved is not None and moved.exists() and str(moved) in box.text()
    box.accept()
    # The next start has nothing to say.
    window.close()
    window.workout.store.close()
    again = start_app("--lang", lang, clock=FakeClock(), now=lambda: NOW)
    assert _notice(again) is None


def test_a_workout_cut_short_is_said_in_the_window(start_app, quiet, data_dir):
    paths = resolve_paths(data_dir)
    store = HistoryStore(paths.history_db, now=lambda: NOW)
    session = store.start_session("quick-5", "Quick 5", NOW - timedelta(hours=2))
    store.close()
    with sqlite3.connect(paths.history_db) as conn:  # its process died: no such pid now
        conn.execute("UPDATE sessions SET pid = 2147483646 WHERE id = ?", (session,))
    conn.close()
    window = start_app(clock=FakeClock(), now=lambda: NOW)
    box = _notice(window)
    assert box is not None
    assert box.text() == ("Your workout Quick 5 of Thursday, 12 March 2026 16:00 was cut short "
                          "(backtimer or the computer stopped). Its 0 finished steps are kept "
                          "in your history.")
