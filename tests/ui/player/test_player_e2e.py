"""The real app, as a person or a script runs it: a whole routine at 200× speed, then exit 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("routine", ["quick-5", "stretch-and-release"])
def test_autostart_runs_the_routine_and_quits(tmp_path, routine):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "data"
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "--routine", routine,
         "--autostart", "--time-scale", "200", "--quit-when-done"],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert time.monotonic() - started < 60
    assert "Traceback" not in result.stderr
    # The session went through to the history, complete.
    stats = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                            "--stats", "--json"], capture_output=True, text=True, timeout=60,
                           env=env)
    assert json.loads(stats.stdout)["total"]["sessions"] == 1
