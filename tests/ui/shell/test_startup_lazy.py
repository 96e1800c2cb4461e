"""Start-up stays light: the home screen is built without the player, sounds or extra loads."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import textwrap
from typing import ClassVar

import pytest

from backtimer.core import catalog
from backtimer.core.clock import FakeClock, local_now
from backtimer.core.routine import dumps
from backtimer.storage.instance_lock import InstanceLock
from backtimer.storage.paths import resolve_paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings
from backtimer.ui.player import cues as cues_module
from backtimer.ui.player.runner import SessionRunner


class CountingLibrary(RoutineLibrary):
    def __init__(self, *args):
        super().__init__(*args)
        self.reads = 0

    def routines(self):
        self.reads += 1
        return super().routines()


class RecordingSink:
    """Stands in for QtSoundSink: records when it was made."""

    made: ClassVar[list[RecordingSink]] = []

    def __init__(self, parent):
        self.problem = None
        self.played: list[str] = []
        RecordingSink.made.append(self)

    def play(self, name: str, volume: float) -> None:
        self.played.append(name)


@pytest.fixture
def rig(start_app, monkeypatch):
    """The window as ``backtimer`` starts it, at its first frame: the set-up after it not done."""
    from backtimer import app as app_module

    RecordingSink.made = []
    monkeypatch.setattr(cues_module, "QtSoundSink", RecordingSink)
    monkeypatch.setattr(app_module, "RoutineLibrary", CountingLibrary)
    clock = FakeClock()
    window = start_app(clock=clock, show=False, set_up=False)
    return window, clock, window.runner, window.library


def test_the_home_screen_reads_the_routines_once_and_builds_no_player(rig):
    window, _clock, _runner, library = rig
    assert library.reads == 1
    assert window._player is None
    assert RecordingSink.made == []
    assert window.stack.currentWidget() is window.home
    assert window.home.model.rowCount() == len(catalog.BUILTIN_ROUTINES)


def test_opening_a_routine_builds_the_player_and_loads_sounds_before_the_first_cue(rig):
    window, clock, runner, _library = rig
    window.open_player(catalog.builtin_routine("quick-5"))
    assert window.stack.currentWidget() is window.player
    assert len(RecordingSink.made) == 1  # prepared on opening, before anything can play
    sink = RecordingSink.made[0]
    assert sink.played == []
    runner.start()
    for _ in range(24):  # the lead-in: 3, 2, 1, go
        clock.advance(0.25)
        runner.update()
    assert sink.played[:4] == ["countdown", "countdown", "countdown", "go"]
    window.show_home()  # a workout runs: the player stays
    assert window.stack.currentWidget() is window.player
    assert len(RecordingSink.made) == 1


def test_saved_and_unsaved_notes_reach_the_player(rig):
    window, _clock, runner, _library = rig
    window.open_player(catalog.builtin_routine("quick-5"))  # the set-up opens the history
    window.workout.store._conn.execute("PRAGMA query_only = ON")  # SQLite's own "readonly"
    runner.start()  # the session's row cannot be written: nothing of it is saved
    assert window.player.notice_label.text() == (
        "This session could not be saved: the data folder cannot be written")


def modules_of_a_start(data, quit_after_ms: int) -> set[str]:
    """The modules a fresh interpreter has loaded after a real start of the window, quit this
    long into its event loop (0: before the first frame is painted)."""
    script = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        QTimer.singleShot({quit_after_ms}, app.quit)
        from backtimer.cli import main
        code = main(["--data-dir", sys.argv[1]])
        print(json.dumps(sorted(sys.modules)))
        sys.exit(code)
    """)
    # A returning user: the first-run safety notice was seen.
    Settings(resolve_paths(data).settings_file).update({"safety_notice_seen": True})
    result = subprocess.run([sys.executable, "-c", script, str(data)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.qt_log_ignore("PulseAudioService.*", "pa_context.*")
def test_the_window_starts_without_player_multimedia_or_history_extras(tmp_path):
    loaded = modules_of_a_start(tmp_path / "data", quit_after_ms=0)
    assert "backtimer.ui.shell.main_window" in loaded and "backtimer.ui.shell.home_page" in loaded
    for heavy in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech", "pyqtgraph",
                  "backtimer.ui.player.view", "backtimer.ui.settings.dialog",
                  "backtimer.ui.history.view", "backtimer.ui.history.charts",
                  "backtimer.ui.shell.safety_notice", "uuid",
                  # …and what waits for the first frame: history, sounds, tray, session.
                  "PySide6.QtNetwork", "backtimer.storage.history", "backtimer.ui.shell.tray",
                  "backtimer.ui.shell.reminder_scheduler", "backtimer.ui.player.cues",
                  "backtimer.core.session", "backtimer.core.timeline", "sqlite3",
                  "PySide6.QtDBus", "backtimer.ui.player.mpris"):
        assert heavy not in loaded, f"{heavy} is loaded before the first frame"


def test_the_first_frame_names_none_of_qts_enums(tmp_path, first_frame):
    # PySide6 builds all 93 enum classes of its `Qt` namespace the first time any of them is
    # named: about 11 ms, a tenth of the start. The home screen's first frame needs none, also
    # not for a user's routine whose texts must be cut short.
    data = tmp_path / "data"
    Settings(resolve_paths(data).settings_file).update({"safety_notice_seen": True})
    long_one = dataclasses.replace(
        catalog.builtin_routine("quick-5"), id="long-one",
        name={"en": "A routine name so long that it cannot fit beside its length " * 1},
        description={"en": "A description that goes on and on, far past two lines. " * 8})
    routines = resolve_paths(data).routines_dir
    routines.mkdir(parents=True)
    (routines / "long-one.json").write_text(dumps(long_one), encoding="utf-8")
    report = """
        import PySide6.QtCore as QtCore
        print("Qt built:", vars(QtCore).get("Qt") is not None)
        print("rows:", window.home.model.rowCount())
    """
    for lang in ("en", "nl"):
        printed = first_frame(data, report, "--lang", lang)
        assert "Qt built: False" in printed, (lang, printed)
        assert f"rows: {len(catalog.BUILTIN_ROUTINES) + 1}" in printed  # the long one is there


def test_the_runners_timer_is_precise_once_a_routine_loads(qapp):
    # Set when a routine loads, not when the runner is made (that would name `Qt` at start).
    from PySide6.QtCore import Qt

    runner = SessionRunner(FakeClock(), qapp, now=local_now)
    runner.load(catalog.builtin_routine("quick-5"))
    assert runner._timer.timerType() == Qt.TimerType.PreciseTimer
    runner.stop()
    runner.deleteLater()


@pytest.mark.qt_log_ignore("PulseAudioService.*", "pa_context.*")
def test_after_the_first_frame_the_rest_is_set_up(tmp_path):
    data = tmp_path / "data"
    # Quit well before the 1 s fallback: the set-up must have come from the first frame.
    loaded = modules_of_a_start(data, quit_after_ms=300)
    for module in ("backtimer.storage.history", "backtimer.ui.shell.tray",
                   "backtimer.ui.shell.reminder_scheduler", "backtimer.ui.player.cues",
                   "PySide6.QtNetwork", "backtimer.ui.player.mpris"):
        assert module in loaded, f"{module} was never set up"
    assert (data / "history.sqlite3").is_file()


def test_a_set_up_that_fails_after_the_first_frame_is_told_and_ends_the_app(
        qapp, tmp_path, monkeypatch):
    # Run from a signal, an exception would only be printed and the app would go on without
    # saving workouts; it must say so and stop instead.
    from backtimer import app as app_module
    from backtimer.cli import parse

    def broken_set_up(*_args, **_services):
        raise RuntimeError("the sound system fell over")

    told: list[str] = []
    monkeypatch.setattr(app_module, "_finish_start", broken_set_up)
    monkeypatch.setattr(app_module, "_tell_start_failed",
                        lambda _window, error: told.append(str(error)))
    data = tmp_path / "data"
    Settings(resolve_paths(data).settings_file).update({"safety_notice_seen": True})
    args = parse(["--data-dir", str(data)])
    assert app_module.run_app(args, resolve_paths(data)) == 1
    assert told == ["the sound system fell over"]
    assert not InstanceLock(data).held_elsewhere()  # the folder is free again
    for window in qapp.topLevelWidgets():
        window.close()
