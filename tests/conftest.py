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


@pytest.fixture
def start_app(qapp, qtbot, data_dir):
    """backtimer started in this process through its composition root (``backtimer.app.compose``),
    as the command line starts it: ``start_app(*options, clock=FakeClock(), now=lambda: …,
    settings={…})`` returns the main window, shown (unless ``show=False``), with the set-up that
    follows the first frame done (``set_up=False``: not yet). ``settings`` are written to the
    data folder first, over these: the safety notice seen, the voice off
    (``write_settings=False``: the file is left as it is). All the start made is taken down
    after the test."""
    from PySide6.QtCore import QLocale, QTimer, QTranslator
    from shiboken6 import getCppPointer

    from backtimer import app as composition
    from backtimer.cli import parse
    from backtimer.storage.paths import resolve_paths
    from backtimer.storage.settings_store import Settings

    def pointers() -> set[int]:
        return {getCppPointer(child)[0] for child in qapp.children()}

    before = pointers()
    locale = QLocale()  # the start sets the default locale for its language
    made = []

    def start(*options: str, clock=None, now=None, settings=None, show: bool = True,
              write_settings: bool = True, set_up: bool = True):
        args = parse(["--data-dir", str(data_dir), *options])
        paths = resolve_paths(args.data_dir)
        if write_settings:
            Settings(paths.settings_file).update(
                {"safety_notice_seen": True, "voice_enabled": False, **(settings or {})})
        window = composition.compose(args, paths, qapp, clock=clock, now=now)
        qtbot.addWidget(window)
        made.append(window)
        if set_up:  # what the first frame, or a click that needs it, starts: history, sounds…
            window.services_needed.emit()
        if show:
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
        return window

    yield start
    for window in made:
        window.runner.stop()
        window.close()
        if window.workout.store is not None:
            window.workout.store.close()
    # The runner, the workout, the cues, the tray…, the set-up's fallback timer and the
    # translators: the app is their parent, as in a real start. Qt's own new children of the
    # app are left to Qt.
    for child in qapp.children():
        ours = (type(child).__module__.startswith("backtimer.")
                or isinstance(child, (QTimer, QTranslator)))
        if ours and getCppPointer(child)[0] not in before:
            if isinstance(child, QTranslator):
                qapp.removeTranslator(child)  # now: the next test may not spin the event loop
            child.deleteLater()
    QLocale.setDefault(locale)
