"""Another program holds the history database while a session records (issue 15, item 17): a
backup tool, a sync client or ``sqlite3`` in a terminal with ``BEGIN EXCLUSIVE``. The real app
runs a routine in a process of its own, a second real process holds the lock for seconds, and
the window must keep going while every step still lands in the history."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from backtimer.core.catalog import BUILTIN_ROUTINES

# The app, started from its command line, with a 50 ms timer on the window's thread that
# notes the longest time the event loop went without running it.
_APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backtimer.ui.shell.main_window import MainWindow

original = MainWindow._after_first_frame
gaps = [0.0]

def at_first_frame(window):
    original(window)
    last = [time.monotonic()]
    def beat():
        now = time.monotonic()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now
    timer = QTimer(window, interval=50)
    timer.timeout.connect(beat)
    timer.start()
    QApplication.instance().aboutToQuit.connect(
        lambda: print("longest gap", round(gaps[0], 3), flush=True))

MainWindow._after_first_frame = at_first_frame
from backtimer.cli import main
sys.exit(main(["--data-dir", *sys.argv[1:]]))
"""

# The other program: waits for the session's row, then holds the database for HOLD seconds.
_LOCKER = textwrap.dedent("""
    import sqlite3, sys, time
    path, hold = sys.argv[1], float(sys.argv[2])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=0.1)
            if conn.execute("SELECT COUNT(*) FROM sessions WHERE state = 'running'").fetchone()[0]:
                break
            conn.close()
        except sqlite3.Error:
            pass
        time.sleep(0.05)
    conn.execute("BEGIN EXCLUSIVE")
    print("locked", flush=True)
    time.sleep(hold)
    conn.execute("COMMIT")
    print("released", flush=True)
""")


@pytest.mark.slow
def test_a_locked_history_neither_freezes_the_window_nor_loses_a_step(tmp_path):
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    routine = next(r for r in BUILTIN_ROUTINES if r.id == "quick-5")
    # Quick 5 at 20 times speed takes 15 s; the lock takes 7 s of it, over several steps' ends.
    locker = subprocess.Popen([sys.executable, "-c", _LOCKER, str(data / "history.sqlite3"), "7"],
                              stdout=subprocess.PIPE, text=True)
    try:
        app = subprocess.run(
            [sys.executable, "-c", _APP, str(data), "--routine", "quick-5", "--autostart",
             "--time-scale", "20", "--quit-when-done"],
            capture_output=True, text=True, env=env, timeout=120)
        said, _ = locker.communicate(timeout=60)
    finally:
        locker.kill()
    assert said.split() == ["locked", "released"]
    assert app.returncode == 0 and "Traceback" not in app.stderr, app.stderr
    gap = float(app.stdout.split("longest gap")[1].split()[0])
    assert gap < 1.0, f"the window stood still for {gap} s\n{app.stderr}"
    assert "the computer was asleep" not in app.stderr
    assert "held by another program" in app.stderr and "free again" in app.stderr
    export = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                             "--export-history", str(tmp_path / "h.json")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert export.returncode == 0, export.stderr
    [session] = json.loads((tmp_path / "h.json").read_text())["sessions"]
    assert session["state"] == "completed"
    assert [step["step_index"] for step in session["steps"]] == list(range(len(routine.steps)))
    assert all(step["completed"] for step in session["steps"])
