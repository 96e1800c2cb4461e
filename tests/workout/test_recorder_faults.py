"""What the window says and keeps when the history fails in ways the person did not cause
(issue 15, items 17 and 26), through the window built by the composition root: the wording
matches what was kept, SQLite's own words never reach the screen, and a lock held by another
program costs no step and no frozen window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from backtimer.core.catalog import builtin_routine
from backtimer.core.clock import FakeClock
from backtimer.storage.history import HistoryStore

MORNING = datetime(2026, 11, 18, 7, 30, tzinfo=timezone(timedelta(hours=1)))


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible(), f"{button.objectName()} is not on the screen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start_quick_5(qtbot, window) -> None:
    view = window.findChild(QPushButton, "homeStartButton").parentWidget().list_view
    rect = view.visualRect(view.model().index(window.home.model.row_of("quick-5"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, window.findChild(QPushButton, "homeStartButton"))
    click(qtbot, window.player.findChild(QPushButton, "startButton"))


def run_to_the_end(qtbot, window, clock: FakeClock) -> None:
    player = window.player
    done = player.findChild(QPushButton, "doneButton")
    waited = 0.0
    while not player.showing_finish:
        if done.isVisible():
            click(qtbot, done)
            continue
        clock.run(0.5, window.runner.update, 0.25)
        waited += 0.5
        assert waited < 3600, "the workout never finished"


def saved_text(window) -> str:
    return window.player.findChild(QLabel, "finishSaved").text()


def test_nothing_saved_is_not_called_saved_incompletely(start_app, qtbot):
    clock = FakeClock()
    window = start_app(clock=clock, now=lambda: MORNING)
    window.workout.store._conn.execute("PRAGMA query_only = ON")  # SQLite's own "readonly"
    start_quick_5(qtbot, window)
    run_to_the_end(qtbot, window, clock)
    assert saved_text(window) == (
        "This session could not be saved: the data folder cannot be written")


_HOLD = textwrap.dedent("""
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    sys.stdin.readline()  # held until the test says so
    conn.execute("COMMIT")
""")


def test_a_lock_held_by_another_program_delays_the_saving_and_loses_nothing(
        start_app, qtbot, data_dir):
    clock = FakeClock()
    window = start_app(clock=clock, now=lambda: MORNING)
    start_quick_5(qtbot, window)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(data_dir / "history.sqlite3")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        began = time.monotonic()
        run_to_the_end(qtbot, window, clock)  # every step ends while the lock is held
        # Each write tried once and put back: the window never waited out SQLite's 5 s.
        assert time.monotonic() - began < 4
        assert "locked" not in saved_text(window) and "could not" not in saved_text(window)
        assert window.workout.recorder.pending > 0
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=10) == 0
    finally:
        holder.kill()
    qtbot.waitUntil(lambda: saved_text(window) == "Saved in your history.", timeout=5000)
    assert window.workout.recorder.pending == 0
    store = HistoryStore(data_dir / "history.sqlite3", None)
    try:
        [record] = store.sessions()
    finally:
        store.close()
    routine = builtin_routine("quick-5")
    assert record.state == "completed"
    assert [step.step_index for step in record.steps] == list(range(len(routine.steps)))
