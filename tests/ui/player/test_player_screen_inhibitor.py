"""The screen stays awake while a workout runs, and only then."""

from __future__ import annotations

import logging

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
