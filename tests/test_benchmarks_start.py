"""The benchmarks that build the real window still build it: each runs for a moment here, so a
change to the composition (a new required collaborator) cannot leave them broken unnoticed.
The figures themselves come from ``benchmarks/run.py``, never from a test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize("command", [
    ["benchmarks/bench_player_figure.py", "--child", "--seconds", "1", "--mode", "animate"],
    ["benchmarks/bench_player_timing.py", "--child", "--seconds", "1"],
])
def test_a_benchmark_of_the_real_player_runs(command, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    result = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout.strip().splitlines()[-1])  # its figures, as JSON
