"""Media keys in the focused main window: play, pause, play/pause, next, previous and stop drive
the workout, as Space, →, ← and Stop do. The real window, built by the composition root."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from backtimer import app as app_module
from backtimer.cli import main, parse
from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings

Key = Qt.Key


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    # A returning user, with no voice (a speech engine is not what these tests are about).
    Settings(resolve_paths(folder).settings_file).update(
        {"safety_notice_seen": True, "voice_enabled": False, "pain_checkins": False})
    # Never the desktop's own bus: without one the media controls are simply not offered.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    return folder


@pytest.fixture
def start_window(qapp, qtbot, data, monkeypatch):
    """``start_window(*options)``: the app as `backtimer --data-dir DATA OPTIONS` builds it
    (the composition root, in this process), its window up and focused. pytest-qt runs the
    event loop, so the app's own ``exec`` returns at once."""
    before = {id(child) for child in qapp.children()}
    monkeypatch.setattr(qapp, "exec", lambda: 0)
    started = []

    def start(*options: str):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # earlier tests' windows
        earlier = {id(widget) for widget in qapp.topLevelWidgets()}
        args = parse(["--data-dir", str(data), *options])
        assert app_module.run_app(args, resolve_paths(data)) == 0
        window = next(w for w in qapp.topLevelWidgets()
                      if id(w) not in earlier and w.objectName() == "mainWindow")
        started.append(window)
        window.activateWindow()
        qtbot.waitActive(window)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        return window

    yield start
    for window in started:
        window.close()  # ends a workout that still runs, as closing the window does
        window.deleteLater()
    for made in qapp.children():  # the runner, the history writer, the cues… (not Qt's own)
        if id(made) not in before and type(made).__module__.startswith("backtimer."):
            made.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def press(key: Key) -> None:
    """As a keyboard does: to the widget that has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing in the window has the focus"
    # With its text given, QTest does not look one up (and warn that media keys have none).
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused, key, "", Qt.KeyboardModifier.NoModifier)


def shown(window, name: str) -> str:
    widget = window.findChild(QLabel, name) or window.findChild(QPushButton, name)
    return widget.text()


def wait_for(qtbot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=5000)


def history_rows(data, capsys) -> list[dict[str, str]]:
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--export-history", "-"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_media_keys_start_pause_resume_skip_go_back_and_stop(start_window, qtbot, data,
                                                              capsys):
    window = start_window("--routine", "quick-5", "--time-scale", "20")
    assert window.findChild(QPushButton, "startButton").isVisible()
    press(Key.Key_MediaPlay)  # starts the routine on screen, like Space
    wait_for(qtbot, lambda: shown(window, "exerciseTitle") == "Pelvic tilt")
    pause = window.findChild(QPushButton, "pauseButton")
    assert pause.isVisible() and pause.accessibleName() == "Pause"

    press(Key.Key_MediaPause)
    assert pause.accessibleName() == "Resume"
    assert "Paused" in shown(window, "countdownCaption")
    frozen = shown(window, "countdownLabel")
    QTest.qWait(300)  # 300 ms at 20× would be 6 s of a running clock
    assert shown(window, "countdownLabel") == frozen
    press(Key.Key_MediaPause)  # pausing a paused workout changes nothing
    assert pause.accessibleName() == "Resume"

    press(Key.Key_MediaTogglePlayPause)  # resumes, after the short get-ready
    assert pause.accessibleName() == "Pause"
    press(Key.Key_MediaTogglePlayPause)
    assert pause.accessibleName() == "Resume"
    press(Key.Key_MediaPlay)
    assert pause.accessibleName() == "Pause"

    press(Key.Key_MediaNext)
    assert shown(window, "exerciseTitle") == "Glute bridge"
    press(Key.Key_MediaPrevious)  # at once: to the exercise before, as ← does
    assert shown(window, "exerciseTitle") == "Pelvic tilt"

    press(Key.Key_MediaStop)  # no question asked: what was done is kept
    wait_for(qtbot, lambda: shown(window, "finishHeading").startswith("Stopped early"))

    rows = history_rows(data, capsys)
    assert [(row["routine_id"], row["state"]) for row in rows] == [("quick-5", "stopped")]


def test_media_play_on_another_page_starts_the_loaded_routine_and_shows_the_player(
        start_window, qtbot):
    window = start_window("--routine", "quick-5", "--time-scale", "20")
    player = window.findChild(QObject, "playerView")
    press(Key.Key_Escape)  # not started yet: Esc goes back to the routines
    assert window.stack.currentWidget() is window.home
    press(Key.Key_MediaPlay)
    assert window.stack.currentWidget() is player
    wait_for(qtbot, lambda: shown(window, "exerciseTitle") == "Pelvic tilt")
    assert window.findChild(QPushButton, "pauseButton").accessibleName() == "Pause"


def test_media_keys_with_no_routine_loaded_do_nothing(start_window, data, capsys):
    window = start_window()
    assert window.stack.currentWidget() is window.home
    for key in (Key.Key_MediaPlay, Key.Key_MediaTogglePlayPause, Key.Key_MediaNext,
                Key.Key_MediaPrevious, Key.Key_MediaStop, Key.Key_MediaPause):
        press(key)
    assert window.stack.currentWidget() is window.home
    assert window.runner.session is None
    assert history_rows(data, capsys) == []
