"""Shared fixtures: every test gets its own data dir, and no timer may outlive its test; a real
start of the app up to its first frame."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Point every path the app could touch at tmp_path: never the real home."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BACKTIMER_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    return folder


_FIRST_FRAME = """
import sys
from PySide6.QtWidgets import QApplication
from backtimer.ui.shell.main_window import MainWindow

def at_first_frame(window):
{report}
    QApplication.quit()

MainWindow._after_first_frame = at_first_frame
from backtimer.cli import main
sys.exit(main(["--data-dir", *sys.argv[1:]]))
"""


@pytest.fixture(autouse=True)
def _dangling_qtimers(monkeypatch):
    """Fail a test that leaves a QTimer running (napari's fixture of the same name): a timer
    that outlives its test fires into the next one, or into a deleted widget."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    started: list[QTimer] = []
    start = QTimer.start

    def tracked_start(timer, *args):
        started.append(timer)
        start(timer, *args)

    monkeypatch.setattr(QTimer, "start", tracked_start)
    yield
    if QCoreApplication.instance() is not None:  # what a test handed to deleteLater() goes now
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    running = []
    for timer in started:
        try:
            if timer.isActive():
                running.append(timer)
        except RuntimeError:  # its C++ object is gone, and so is the timer
            continue
    for timer in running:
        timer.stop()
    if running:
        names = sorted({f"{timer.objectName() or '?'} (parent {type(timer.parent()).__name__})"
                        for timer in running})
        pytest.fail(f"{len(running)} QTimer(s) still running after the test: {names}")


@pytest.fixture
def first_frame():
    """A real start (command line and all) in a fresh interpreter, stopped once its first frame
    is on the screen: ``first_frame(data, report, *options)`` runs the Python ``report`` there,
    with ``window`` the main window, and returns what it printed."""
    def run(data, report: str, *options: str) -> str:
        script = _FIRST_FRAME.format(report=textwrap.indent(textwrap.dedent(report), "    "))
        result = subprocess.run([sys.executable, "-c", script, str(data), *options],
                                capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        return result.stdout
    return run
