"""The history commands as real processes: --stats, --export-history, --import-history, kill -9."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from backtimer.storage.history import HistoryStore, ProgressionSetting, StepRecord

pytestmark = pytest.mark.slow

EMPTY_STATS = {
    "daily_streak": {"current": 0, "best": 0},
    "weekly_streak": {"current": 0, "best": 0, "goal": 3},
    "this_week": {"sessions": 0, "goal": 3, "minutes": 0.0},
    "total": {"sessions": 0, "minutes": 0.0},
}


def backtimer(data: Path, *args: str, stdin: bytes | None = None,
              lang: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG=lang, LC_ALL="", LC_MESSAGES="")
    return subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                          capture_output=True, input=stdin, env=env, timeout=60)


def seed(data: Path, days_ago: list[int], *, minutes: float = 10.0) -> None:
    """Completed sessions at 07:30 local time on the given days before today."""
    store = HistoryStore(data / "history.sqlite3", data / "backups")
    today = datetime.now().astimezone().replace(hour=7, minute=30, second=0, microsecond=0)
    for n in days_ago:
        started = (today - timedelta(days=n)).astimezone()
        session = store.start_session("quick-5", "Quick 5", started)
        store.add_step(session, StepRecord(0, "glute-bridge", True, minutes * 60, 10, 1),
                       at=started + timedelta(minutes=minutes))
        store.finish_session(session, "completed", ended_at=started + timedelta(minutes=minutes))
    store.close()


def stats_json(data: Path) -> dict:
    result = backtimer(data, "--stats", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_stats_json_of_no_history_is_the_contract_and_creates_nothing(tmp_path):
    data = tmp_path / "d"
    assert stats_json(data) == EMPTY_STATS
    assert not (data / "history.sqlite3").exists()


def test_stats_json_counts_streaks_with_the_goal_from_settings(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"weekly_goal": 2}))
    seed(data, [0, 1, 2, 5, 6])
    result = stats_json(data)
    assert result["daily_streak"] == {"current": 3, "best": 3}
    assert result["weekly_streak"]["goal"] == 2
    assert result["weekly_streak"]["current"] >= 1
    assert result["this_week"]["goal"] == 2
    assert 1 <= result["this_week"]["sessions"] <= 5
    assert result["total"] == {"sessions": 5, "minutes": 50.0}


def test_stats_text_for_the_terminal(tmp_path):
    data = tmp_path / "d"
    seed(data, [1])
    result = backtimer(data, "--stats")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert lines[0] == "Daily streak: 1 day (best 1)"
    assert lines[3] == "In all: 1 session, 10.0 minutes"
    dutch = backtimer(data, "--stats", lang="nl_NL.UTF-8").stdout.decode().splitlines()
    assert dutch[0] == "Dagreeks: 1 dag (beste 1)"
    assert dutch[3] == "In totaal: 1 sessie, 10,0 minuten"


def test_export_csv_to_stdout_and_json_to_a_file_and_import_elsewhere(tmp_path):
    home, laptop = tmp_path / "home", tmp_path / "laptop"
    seed(home, [0, 3, 9])
    result = backtimer(home, "--export-history", "-")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [r["state"] for r in rows] == ["completed"] * 3
    assert rows[0]["steps"] == "glute-bridge 10 reps" and rows[0]["minutes"] == "10.0"

    export = tmp_path / "moving.json"
    result = backtimer(home, "--export-history", str(export))
    assert result.returncode == 0, result.stderr
    assert json.loads(export.read_text())["format"] == "backtimer.history"

    seed(laptop, [1])
    first = backtimer(laptop, "--import-history", str(export))
    assert first.returncode == 0, first.stderr
    assert b"Imported 3 sessions" in first.stdout
    again = backtimer(laptop, "--import-history", str(export))
    assert b"Imported 0 sessions" in again.stdout and b"3 were already there" in again.stdout
    assert stats_json(laptop)["total"]["sessions"] == 4


def test_progression_settings_move_with_the_json_export(tmp_path):
    home, laptop = tmp_path / "home", tmp_path / "laptop"
    seed(home, [0, 8])
    store = HistoryStore(home / "history.sqlite3", None)
    store.set_progression("quick-5", enabled=True, since=date(2026, 9, 7))
    store.set_progression("lower-back-strength", enabled=False, since=date(2026, 9, 14))
    store.close()
    store = HistoryStore(laptop / "history.sqlite3", None)
    mine = ProgressionSetting("lower-back-strength", True, date(2026, 10, 5))
    store.set_progression(mine.routine_id, enabled=mine.enabled, since=mine.since)
    store.close()

    export = tmp_path / "moving.json"
    assert backtimer(home, "--export-history", str(export)).returncode == 0
    result = backtimer(laptop, "--import-history", str(export))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        f"Imported 2 sessions from {export} (0 were already there) and 1 progression settings"
        " (1 kept as set here)"]
    store = HistoryStore(laptop / "history.sqlite3", None)
    assert store.progression_settings() == {
        "quick-5": ProgressionSetting("quick-5", True, date(2026, 9, 7)),
        "lower-back-strength": mine,  # the choice made on this computer stays
    }
    store.close()


@pytest.mark.parametrize(("content", "message"), [
    (b"", b"file: empty"),
    (b'{"format": "backtimer.history", "version": 9, "sessions": []}', b"newer backtimer"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [{"routine_id": "a", '
     b'"started_at": "2026-11-20T07:30:00+01:00", "state": "completed"}, {"routine_id": "b"}]}',
     b"sessions[1].started_at"),
    (b'{"format": "backtimer.history", "version": 1, "sessions": [], "progression": '
     b'[{"routine_id": "quick-5", "enabled": true, "since": "2026-02-30"}]}',
     b"progression[0].since: must be a date"),
])
def test_a_bad_import_file_exits_2_and_changes_nothing(tmp_path, content, message):
    data = tmp_path / "d"
    seed(data, [0, 1])
    before = backtimer(data, "--export-history", "-").stdout
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = backtimer(data, "--import-history", str(bad))
    assert result.returncode == 2
    assert message in result.stderr and b"nothing was imported" in result.stderr
    assert backtimer(data, "--export-history", "-").stdout == before


def test_a_missing_import_file_exits_2(tmp_path):
    result = backtimer(tmp_path / "d", "--import-history", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and b"cannot read" in result.stderr


def test_an_unwritable_export_target_exits_2(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = backtimer(tmp_path / "d", "--export-history", str(blocker / "out.csv"))
    assert result.returncode == 2 and b"cannot write" in result.stderr


def test_a_too_new_database_is_reported_and_left_untouched(tmp_path):
    data = tmp_path / "d"
    seed(data, [0])
    import sqlite3

    conn = sqlite3.connect(data / "history.sqlite3")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = (data / "history.sqlite3").read_bytes()
    result = backtimer(data, "--stats", "--json")
    assert result.returncode == 1
    assert b"newer backtimer" in result.stderr
    assert (data / "history.sqlite3").read_bytes() == before


def test_a_damaged_database_is_moved_aside_and_the_user_told(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "history.sqlite3").write_bytes(b"garbage " * 1000)
    result = backtimer(data, "--stats", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == EMPTY_STATS
    moved = list(data.glob("history.sqlite3.damaged-*"))
    assert len(moved) == 1 and moved[0].read_bytes() == b"garbage " * 1000
    assert str(moved[0]).encode() in result.stderr


HELPER = textwrap.dedent("""
    import sys, time
    from datetime import datetime
    from backtimer.storage.history import HistoryStore, StepRecord

    store = HistoryStore(sys.argv[1], None)
    session = store.start_session("quick-5", "Quick 5", datetime.now().astimezone(),
                                  time_scale=1.0)
    store.add_step(session, StepRecord(0, "pelvic-tilt", True, 30.0, 10, 1))
    store.add_step(session, StepRecord(1, "glute-bridge", True, 45.0, 30, 3))
    print("ready", flush=True)
    time.sleep(600)
""")


def test_kill_9_mid_session_keeps_the_steps_and_marks_it_interrupted(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    script = tmp_path / "workout.py"
    script.write_text(HELPER)
    process = subprocess.Popen([sys.executable, str(script), str(data / "history.sqlite3")],
                               stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "ready"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    # Only the -wal file holds the work: nothing was checkpointed or closed cleanly.
    assert (data / "history.sqlite3-wal").stat().st_size > 0

    started = time.monotonic()
    store = HistoryStore(data / "history.sqlite3", data / "backups")
    assert time.monotonic() - started < 5
    assert len(store.interrupted) == 1
    record = store.session(store.interrupted[0].id)
    assert record.state == "interrupted"
    assert [s.exercise_id for s in record.steps] == ["pelvic-tilt", "glute-bridge"]
    assert record.work_s == 75.0
    assert any("interrupted" in notice for notice in store.notices)
    store.close()
    exported = backtimer(data, "--export-history", str(tmp_path / "after.json"))
    assert exported.returncode == 0
    session = json.loads((tmp_path / "after.json").read_text())["sessions"][0]
    assert session["state"] == "interrupted" and len(session["steps"]) == 2
