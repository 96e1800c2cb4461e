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


@pytest.fixture(autouse=True)
def no_speech_engine_left():
    """Every speech engine process a test started ends with it."""
    yield
    speech = sys.modules.get("backtimer.ui.player.speech")
    if speech is not None:
        speech.stop_all()


SERVICES = os.path.join(os.path.dirname(__file__), "services")


@pytest.fixture
def session_bus(monkeypatch):
    """A private D-Bus session bus (the real dbus-daemon), set as this test's session bus;
    ``session_bus.serve(script, *args)`` starts a stand-in service from tests/services with
    the system Python (python3-gi) and returns it once it owns its name."""
    import shutil

    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is not installed (Debian: dbus)")
    out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                          "--print-pid=1"], capture_output=True, text=True, timeout=30,
                         check=True).stdout.split()
    address, pid = out[0], int(out[1])
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    started: list[subprocess.Popen] = []

    class Bus:
        def __init__(self):
            self.address = address

        def serve(self, script: str, *args: str) -> subprocess.Popen:
            if subprocess.run(["/usr/bin/python3", "-c", "import gi"], check=False,
                              capture_output=True).returncode:
                pytest.skip("the system Python has no GObject bindings (Debian: python3-gi)")
            service = subprocess.Popen(["/usr/bin/python3", os.path.join(SERVICES, script),
                                        *args], stdout=subprocess.PIPE, text=True,
                                       env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address})
            started.append(service)
            assert service.stdout.readline().strip() == "ready"  # bounded: it exits if it cannot
            return service

    yield Bus()
    for service in started:
        service.terminate()
        service.wait(timeout=10)
    os.kill(pid, 15)


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
