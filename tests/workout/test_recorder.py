"""The history recorder driven by a real SessionRunner on a FakeClock, writing a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QObject

from backtimer.core.clock import FakeClock, local_now
from backtimer.core.routine import Routine, Step
from backtimer.storage.history import HistoryStore, StorageFull
from backtimer.ui.player.runner import SessionRunner
from backtimer.workout.recorder import HistoryRecorder

ROUTINE = Routine(
    id="test-two", name={"en": "Two holds", "nl": "Twee keer vasthouden"}, lead_in_s=0,
    steps=(Step("childs-pose", mode="hold", hold_s=10, rest_after_s=5),
           Step("glute-bridge", mode="hold", hold_s=8, sides="both", switch_s=2,
                rest_after_s=0)),
)


@pytest.fixture
def rig(qapp, tmp_path):
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=local_now, resume_lead_in_s=0)
    store = HistoryStore(tmp_path / "history.sqlite3", tmp_path / "backups")
    # The composition root gives the recorder the clock's speed (--time-scale 200 here).
    recorder = HistoryRecorder(store, runner, parent, lang="nl", time_scale=200.0)
    yield runner, clock, store, recorder
    runner.stop()
    store.close()
    parent.deleteLater()


def run_for(runner: SessionRunner, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    for _ in range(int(seconds / step)):
        clock.advance(step)
        runner.update()


def test_a_finished_session_is_written_as_it_goes(rig, qtbot):
    runner, clock, store, recorder = rig
    runner.load(ROUTINE)
    recorder.record_pain("before", 6)
    runner.start()
    session_id = recorder.session_id
    assert store.session(session_id).state == "running"  # the row exists from the start
    run_for(runner, clock, 12)
    assert [s.exercise_id for s in store.session(session_id).steps] == ["childs-pose"]
    with qtbot.waitSignal(recorder.session_saved) as saved:
        run_for(runner, clock, 40)
    assert saved.args == ["Saved in your history."]
    recorder.record_pain("after", 3)
    record = store.session(session_id)
    assert record.state == "completed"
    assert record.routine_name == "Twee keer vasthouden"
    assert record.time_scale == 200.0
    assert (record.pain_before, record.pain_after) == (6, 3)
    assert [(s.exercise_id, s.completed, s.sides) for s in record.steps] == [
        ("childs-pose", True, "none"), ("glute-bridge", True, "both")]
    assert record.steps[0].prescription == {"mode": "hold", "hold_s": 10, "sets": 1,
                                            "sides": "none"}
    assert record.work_s == pytest.approx(26.0)
    assert record.ended_at - record.started_at < timedelta(seconds=5)
    assert recorder.session_id is None


def test_stopping_early_keeps_the_steps_done(rig):
    runner, clock, store, recorder = rig
    runner.load(ROUTINE)
    runner.start()
    session_id = recorder.session_id
    run_for(runner, clock, 4)
    runner.stop()
    record = store.session(session_id)
    assert record.state == "stopped"
    assert [(s.exercise_id, s.completed) for s in record.steps] == [("childs-pose", False)]
    assert record.pain_before is None


def test_a_pain_rating_before_another_routine_is_loaded_is_dropped(rig):
    runner, _clock, store, recorder = rig
    runner.load(ROUTINE)
    recorder.record_pain("before", 8)
    runner.load(ROUTINE)
    runner.start()
    assert store.session(recorder.session_id).pain_before is None


def test_without_a_store_the_workout_runs_and_says_once_it_is_not_saved(qapp, qtbot):
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=local_now, resume_lead_in_s=0)
    recorder = HistoryRecorder(None, runner, parent,
                               unavailable_reason="The folder /x cannot be used.")
    failures = []
    recorder.save_failed.connect(failures.append)
    finished = []
    runner.session_finished.connect(finished.append)
    runner.load(ROUTINE)
    runner.start()
    run_for(runner, clock, 60)
    recorder.record_pain("after", 2)
    assert finished and finished[0].completed
    assert failures == ["This session cannot be saved: The folder /x cannot be used."]
    runner.stop()
    parent.deleteLater()


def test_a_full_disk_mid_session_is_told_once_and_the_workout_goes_on(rig, monkeypatch):
    runner, clock, store, recorder = rig
    failures, saved = [], []
    recorder.save_failed.connect(failures.append)
    recorder.session_saved.connect(saved.append)
    runner.load(ROUTINE)
    runner.start()
    session_id = recorder.session_id

    def disk_full(*args, **kwargs):
        # What the store raises on ENOSPC (test_history_store provokes the real one).
        raise StorageFull("The history could not be saved (database or disk is full).")

    monkeypatch.setattr(store, "add_step", disk_full)
    run_for(runner, clock, 60)
    assert runner.session.state.value == "finished"
    assert failures == ["This session could not be saved completely: the disk is full"]
    assert saved == []
    assert store.session(session_id).state == "completed"  # the end was still written


def test_a_history_turned_read_only_mid_session_is_told_by_its_kind(rig):
    """A real SQLITE_READONLY (the connection made read-only) reaches the person as "cannot be
    written", by the store's error type, not by the wording of SQLite's message."""
    runner, clock, store, recorder = rig
    failures = []
    recorder.save_failed.connect(failures.append)
    runner.load(ROUTINE)
    runner.start()
    store._conn.execute("PRAGMA query_only = ON")
    run_for(runner, clock, 60)
    assert runner.session.state.value == "finished"
    assert failures == ["This session could not be saved completely: "
                        "the data folder cannot be written"]
    store._conn.execute("PRAGMA query_only = OFF")
