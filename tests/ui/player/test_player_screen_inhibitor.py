"""The screen stays awake while a workout runs, and only then."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject

from backtimer.core import catalog
from backtimer.core.clock import FakeClock, local_now
from backtimer.storage.settings_store import Settings
from backtimer.ui.player.runner import SessionRunner
from backtimer.ui.player.screen_inhibitor import DBusScreenSaver, ScreenInhibitor


class FakeSaver:
    problem = None

    def __init__(self):
        self.calls: list[tuple[str, object]] = []

    def inhibit(self, reason):
        self.calls.append(("inhibit", reason))
        return 7

    def release(self, cookie):
        self.calls.append(("release", cookie))


def _rig(tmp_path, **settings):
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=local_now)
    prefs = Settings(tmp_path / "settings.json")
    if settings:
        prefs.update(settings)
    saver = FakeSaver()
    inhibitor = ScreenInhibitor(runner, prefs, parent, backend=saver)
    return parent, clock, runner, saver, inhibitor


def test_inhibits_while_running_releases_on_pause_and_finish(tmp_path, qapp):
    parent, _clock, runner, saver, inhibitor = _rig(tmp_path)
    runner.load(catalog.builtin_routine("quick-5"))
    assert saver.calls == []
    runner.start()
    assert inhibitor.inhibited and saver.calls == [("inhibit", "A workout is running")]
    runner.pause()
    assert not inhibitor.inhibited and saver.calls[-1] == ("release", 7)
    runner.resume()  # getting ready counts as running
    assert inhibitor.inhibited
    runner.stop()
    assert not inhibitor.inhibited
    assert [c[0] for c in saver.calls] == ["inhibit", "release", "inhibit", "release"]
    parent.deleteLater()


def test_setting_off_means_no_inhibition(tmp_path, qapp):
    parent, _clock, runner, saver, inhibitor = _rig(tmp_path, keep_screen_on=False)
    runner.load(catalog.builtin_routine("quick-5"))
    runner.start()
    assert saver.calls == [] and not inhibitor.inhibited
    runner.stop()
    parent.deleteLater()


def test_without_a_screensaver_service_it_logs_one_line(tmp_path, caplog, monkeypatch, qapp):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    parent = QObject()
    runner = SessionRunner(FakeClock(), parent, now=local_now)
    ScreenInhibitor(runner, Settings(tmp_path / "settings.json"), parent,
                    backend=DBusScreenSaver())
    with caplog.at_level(logging.INFO, logger="backtimer.screen"):
        for _ in range(2):
            runner.load(catalog.builtin_routine("quick-5"))
            runner.start()
            runner.stop()
    lines = [r for r in caplog.records if r.name == "backtimer.screen"]
    assert len(lines) == 1 and "cannot keep the screen on" in lines[0].getMessage()
    parent.deleteLater()


# --- against a real D-Bus service that checks signatures (GDBus, like xscreensaver) ---------

def service_log(service) -> list[str]:
    service.terminate()
    out, _err = service.communicate(timeout=10)
    return out.splitlines()


def test_the_cookie_goes_back_as_the_uint32_the_interface_declares(tmp_path, qapp, caplog,
                                                                     session_bus):
    service = session_bus.serve("screensaver.py", "/org/freedesktop/ScreenSaver")
    parent = QObject()
    runner = SessionRunner(FakeClock(), parent, now=local_now)
    inhibitor = ScreenInhibitor(runner, Settings(tmp_path / "settings.json"), parent,
                                backend=DBusScreenSaver())
    with caplog.at_level(logging.INFO, logger="backtimer.screen"):
        runner.load(catalog.builtin_routine("quick-5"))
        runner.start()
        assert inhibitor.inhibited
        runner.pause()  # the screen may blank while paused: the one request is taken back
        runner.resume()
        runner.stop()
    assert not [r for r in caplog.records if r.name == "backtimer.screen"]
    log = service_log(service)
    # Cookies above 2**31 (a signed integer cannot carry them), each released, none left held.
    assert log == ["Inhibit backtimer -> 3000000000 (held 1)", "UnInhibit 3000000000 (held 0)",
                   "Inhibit backtimer -> 3000000001 (held 1)", "UnInhibit 3000000001 (held 0)"]
    parent.deleteLater()


def test_a_service_at_the_short_path_only_is_found(tmp_path, qapp, session_bus):
    """xssproxy serves the interface at /ScreenSaver only."""
    service = session_bus.serve("screensaver.py", "/ScreenSaver")
    saver = DBusScreenSaver()
    cookie = saver.inhibit("A workout is running")
    assert cookie == 3_000_000_000 and saver.problem is None
    saver.release(cookie)
    assert service_log(service)[-1] == "UnInhibit 3000000000 (held 0)"


def test_a_refused_release_is_logged_once(qapp, caplog, session_bus):
    session_bus.serve("screensaver.py", "/org/freedesktop/ScreenSaver")
    saver = DBusScreenSaver()
    with caplog.at_level(logging.INFO, logger="backtimer.screen"):
        saver.release(12345)  # a cookie the service never gave
        saver.release(12345)
    lines = [r.getMessage() for r in caplog.records if r.name == "backtimer.screen"]
    assert len(lines) == 1 and "InvalidArgs" in lines[0], lines


def test_no_screen_saver_on_the_bus_is_said_once(tmp_path, qapp, caplog, session_bus):
    parent = QObject()
    runner = SessionRunner(FakeClock(), parent, now=local_now)
    ScreenInhibitor(runner, Settings(tmp_path / "settings.json"), parent,
                    backend=DBusScreenSaver())
    with caplog.at_level(logging.INFO, logger="backtimer.screen"):
        for _ in range(2):
            runner.load(catalog.builtin_routine("quick-5"))
            runner.start()
            runner.stop()
    lines = [r.getMessage() for r in caplog.records if r.name == "backtimer.screen"]
    assert len(lines) == 1 and "ServiceUnknown" in lines[0], lines
    parent.deleteLater()


@pytest.mark.slow
def test_a_workout_keeps_the_screen_awake_and_lets_it_go_at_the_end(tmp_path, session_bus):
    """Through the whole app: started, finished, and nothing left held."""
    service = session_bus.serve("screensaver.py", "/org/freedesktop/ScreenSaver")
    data = tmp_path / "data"
    Settings(data / "settings.json").update({"safety_notice_seen": True,
                                             "voice_enabled": False})
    run = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                          "--routine", "quick-5", "--autostart", "--time-scale", "100",
                          "--quit-when-done"], capture_output=True, text=True, timeout=90,
                         check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    assert "screen" not in run.stderr
    assert service_log(service) == ["Inhibit backtimer -> 3000000000 (held 1)",
                                    "UnInhibit 3000000000 (held 0)"]
