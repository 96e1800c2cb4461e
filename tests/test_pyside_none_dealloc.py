"""Regression for ENVIRONMENT.md's trap: PySide6 6.12.0 on CPython 3.11 aborts (none_dealloc)
after ~5 000 calls of methods returning None. 50 000 such calls must pass in one process."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
timer = QTimer()
for i in range(12_500):
    label.setText(str(i))
    label.update()
    timer.start(1000)
    QCoreApplication.processEvents()
timer.stop()
print("ok")
"""


@pytest.mark.slow
def test_fifty_thousand_void_calls_do_not_abort(tmp_path):
    # A subprocess: the abort kills the interpreter, which must not take pytest with it.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                              "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
