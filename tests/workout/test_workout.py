"""A workout through the real window, built by the composition root as ``backtimer`` starts it:
a routine chosen and run on a fake clock, rated on the finish page by clicking, and the row in
the history database read back; and what the person sees when the history cannot be written."""

from __future__ import annotations

import ast
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

import backtimer.workout
from backtimer.core.clock import FakeClock
from backtimer.storage.history import HistoryStore

CET = timezone(timedelta(hours=1))
MORNING = datetime(2026, 11, 18, 7, 30, tzinfo=CET)  # a Wednesday


class ScaledFakeClock(FakeClock):
    """A fake clock that says it runs 200 times faster, as ``--time-scale 200`` does."""

    scale = 200.0


def click(qtbot, button: QPushButton) -> None:
    assert button.isVisible(), f"{button.objectName()} is not on the screen"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, window, routine_id: str) -> None:
    """Select the routine in the home page's list and press "Start routine", as a person does."""
    view = window.findChild(QPushButton, "homeStartButton").parentWidget().list_view
    rect = view.visualRect(view.model().index(window.home.model.row_of(routine_id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, window.findChild(QPushButton, "homeStartButton"))


def run_to_the_end(qtbot, window, clock: FakeClock, limit_s: float = 3600) -> None:
    """Let the fake time pass; a self-paced set is ended with its Done button."""
    player = window.player
    done = player.findChild(QPushButton, "doneButton")
    waited = 0.0
    while not player.showing_finish:
        if done.isVisible():
            click(qtbot, done)
            continue
        clock.run(0.5, window.runner.update, 0.25)
        waited += 0.5
        assert waited < limit_s, "the workout never finished"


def finish_page_text(window) -> str:
    return window.player.findChild(QLabel, "finishSaved").text()


def test_a_workout_is_saved_with_the_ratings_clicked_on_the_finish_page(start_app, qtbot,
                                                                         data_dir):
    clock = ScaledFakeClock()
    window = start_app(clock=clock, now=lambda: MORNING, settings={"pain_checkins": True})
    choose(qtbot, window, "quick-5")
    player = window.player
    assert window.stack.currentWidget() is player
    click(qtbot, player.pain_before.findChild(QPushButton, "pain4"))
    click(qtbot, player.findChild(QPushButton, "startButton"))
    run_to_the_end(qtbot, window, clock)

    assert player.findChild(QLabel, "finishHeading").text() == "Well done!"
    assert finish_page_text(window) == "Saved in your history."
    click(qtbot, player.pain_after.findChild(QPushButton, "pain2"))
    click(qtbot, player.effort.findChild(QPushButton, "effort6"))
    # The answers stay in view, marked (nothing moves under the pointer).
    assert player.pain_after.findChild(QPushButton, "pain2").isChecked()
    assert player.effort.findChild(QPushButton, "effort6").isChecked()

    # Read back from the database file, as the next start of backtimer would.
    store = HistoryStore(data_dir / "history.sqlite3", None)
    try:
        [record] = store.sessions()
    finally:
        store.close()
    assert record.routine_id == "quick-5" and record.state == "completed"
    assert (record.pain_before, record.pain_after, record.rpe) == (4, 2, 6)
    assert record.started_at == MORNING  # dated by the wall clock the composition root got
    assert record.time_scale == 200.0  # the clock's speed, given to the recorder
    assert [step.exercise_id for step in record.steps] == [
        "pelvic-tilt", "glute-bridge", "childs-pose"]
    assert all(step.completed for step in record.steps)


def test_this_hurt_during_the_workout_is_kept_with_its_step(start_app, qtbot, data_dir):
    clock = FakeClock()
    window = start_app(clock=clock, now=lambda: MORNING)
    choose(qtbot, window, "quick-5")
    player = window.player
    click(qtbot, player.findChild(QPushButton, "startButton"))
    clock.run(6, window.runner.update, 0.25)  # past the lead-in: the pelvic tilts
    click(qtbot, player.findChild(QPushButton, "hurtButton"))
    assert player.hurt_confirmation.text().startswith("Noted: Pelvic tilt hurt. Paused:")
    player.confirm_stop = lambda: True  # the "Stop the workout?" question, answered yes
    click(qtbot, player.findChild(QPushButton, "stopButton"))
    assert player.findChild(QLabel, "finishHeading").text().startswith("Stopped early")

    store = HistoryStore(data_dir / "history.sqlite3", None)
    try:
        [record] = store.sessions()
    finally:
        store.close()
    assert record.state == "stopped"
    assert record.hurt_steps == {0}


def test_could_not_save_is_shown_when_the_history_cannot_be_opened(start_app, qtbot, data_dir):
    # A database from a newer backtimer: it is left alone, and the workout still runs.
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / "history.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA user_version = 999")
    clock = FakeClock()
    window = start_app(clock=clock, now=lambda: MORNING)
    assert window.workout.store is None
    choose(qtbot, window, "quick-5")
    player = window.player
    click(qtbot, player.findChild(QPushButton, "startButton"))
    notice = player.findChild(QLabel, "noticeLabel")
    assert notice.isVisible()
    assert notice.text().startswith("This session cannot be saved: ")
    assert "newer" in notice.text()
    run_to_the_end(qtbot, window, clock)
    assert finish_page_text(window) == notice.text()
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (999,)


def test_could_not_save_is_shown_when_the_history_turns_read_only_mid_workout(
        start_app, qtbot, data_dir):
    clock = FakeClock()
    window = start_app(clock=clock, now=lambda: MORNING)
    choose(qtbot, window, "quick-5")
    player = window.player
    click(qtbot, player.findChild(QPushButton, "startButton"))
    notice = player.findChild(QLabel, "noticeLabel")
    assert "saved" not in notice.text()  # the session's row is written (no sound is said)
    # From here SQLite refuses every write on this connection, with its own "readonly" error
    # (root ignores file permissions, so they cannot make it happen here).
    window.workout.store._conn.execute("PRAGMA query_only = ON")
    clock.run(6, window.runner.update, 0.25)  # the lead-in, then the self-paced tilts
    click(qtbot, player.findChild(QPushButton, "doneButton"))  # the first step is written…
    message = "This session could not be saved completely: the data folder cannot be written"
    assert notice.isVisible() and notice.text() == message  # …and is not: said at once
    run_to_the_end(qtbot, window, clock)
    assert player.findChild(QLabel, "finishHeading").text() == "Well done!"  # it went on
    assert finish_page_text(window) == message
    store = HistoryStore(data_dir / "history.sqlite3", None)
    try:
        [record] = store.sessions()
    finally:
        store.close()
    assert record.steps == ()  # what could not be written is not there


def test_the_workout_layer_imports_no_widgets_and_no_screens():
    # import-linter keeps backtimer.ui out; this keeps Qt to its core (no QtWidgets, QtGui).
    folder = Path(backtimer.workout.__file__).parent
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith("backtimer.ui"), (path.name, name)
                assert not name.startswith("PySide6") or name == "PySide6.QtCore", (
                    path.name, name)


@pytest.mark.parametrize("option", ["--routine", "--autostart"])
def test_the_command_line_routine_opens_through_the_workout(start_app, option):
    clock = FakeClock()
    options = ["--routine", "quick-5"] + (["--autostart"] if option == "--autostart" else [])
    window = start_app(*options, clock=clock, now=lambda: MORNING)
    assert window.stack.currentWidget() is window.player
    assert window.runner.routine.id == "quick-5"
    assert window.runner.busy is (option == "--autostart")
