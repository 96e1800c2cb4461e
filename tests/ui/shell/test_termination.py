"""SIGTERM at logout or shutdown (issue 15, item 26): the running workout ends as stopped, with
the steps done so far, and the app quits on its own; the real app in a process of its own."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings


def has_running_session(database) -> bool:
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("SELECT COUNT(*) FROM sessions WHERE state = 'running'"
                            ).fetchone()[0] == 1
    except sqlite3.Error:
        return False
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_terminated_app_ends_its_workout_as_stopped_and_saved(tmp_path, name):
    data = tmp_path / "data"
    # A returning user: on a first start --autostart waits for the safety notice to be accepted.
    Settings(resolve_paths(data).settings_file).update({"safety_notice_seen": True})
    env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    app = subprocess.Popen([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                            "--routine", "quick-5", "--autostart", "--time-scale", "10"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while not has_running_session(data / "history.sqlite3"):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the session never started"
            time.sleep(0.1)
        time.sleep(1.5)  # into the workout (Quick 5 begins with a self-paced exercise)
        app.send_signal(getattr(signal, name))
        _, stderr = app.communicate(timeout=30)
    finally:
        app.kill()
    assert app.returncode == 0 and "Traceback" not in stderr, stderr
    export = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                             "--export-history", str(tmp_path / "h.json")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert export.returncode == 0, export.stderr
    assert "interrupted" not in export.stderr
    [session] = json.loads((tmp_path / "h.json").read_text())["sessions"]
    assert session["state"] == "stopped" and session["ended_at"] is not None
    # A step in progress is kept as far as it got (none yet if the signal came in the lead-in).
    assert all(not step["completed"] for step in session["steps"])
