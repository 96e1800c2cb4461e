"""The MPRIS player's answers, read as the bus reads them, over a session on a fake clock; what
it tells the bus when something changes. (tests/ui/player/test_mpris_playerctl.py drives the
real app over a real bus with playerctl.)"""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QImage

from backtimer.core import catalog
from backtimer.core.clock import FakeClock, local_now
from backtimer.ui.player import cover_art, mpris
from backtimer.ui.player.runner import SessionRunner


class RecordingBus:
    """Stands in for the session bus: keeps the signals the player sends."""

    def __init__(self):
        self.sent = []

    def send(self, message) -> bool:
        self.sent.append(message)
        return True

    def changes(self) -> list[dict]:
        told = [m.arguments()[1] for m in self.sent if m.member() == "PropertiesChanged"]
        self.sent.clear()
        return told


@pytest.fixture
def rig(qtbot, tmp_path):
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=local_now)
    bus = RecordingBus()
    asked: list[str] = []
    player = mpris.MprisPlayer(
        runner, parent, exercises=catalog.EXERCISES, lang="en", cache_dir=tmp_path / "cache",
        raise_window=lambda: asked.append("raise"), quit_app=lambda: asked.append("quit"),
        bus=bus)
    yield clock, runner, player, bus, asked
    runner.stop()
    parent.deleteLater()


def run(clock, runner, seconds: float) -> None:
    clock.run(seconds, runner.update)


def test_before_a_routine_there_is_nothing_to_play(rig):
    _clock, _runner, player, _bus, _asked = rig
    buttons = player.player_adaptor
    assert buttons.PlaybackStatus == "Stopped"
    assert not (buttons.CanPlay or buttons.CanPause or buttons.CanGoNext or buttons.CanControl)
    assert not buttons.CanSeek
    assert str(buttons.Metadata["mpris:trackid"].path()) == mpris.NO_TRACK
    buttons.PlayPause()  # nothing loaded: nothing happens
    assert buttons.PlaybackStatus == "Stopped"


def test_a_session_read_as_tracks_status_and_position(rig):
    clock, runner, player, bus, _asked = rig
    buttons = player.player_adaptor
    runner.load(catalog.builtin_routine("quick-5"))
    assert buttons.PlaybackStatus == "Stopped" and buttons.CanPlay and buttons.CanControl
    track = buttons.Metadata
    assert track["xesam:title"] == "Get ready" and track["xesam:album"] == "Quick 5"
    assert track["mpris:length"] == 5_000_000  # the five-second lead-in
    assert str(track["mpris:trackid"].path()) == "/io/github/backtimer/segment/0"
    told = bus.changes()
    assert told[-1]["PlaybackStatus"] == "Stopped" and told[-1]["CanPlay"] is True

    buttons.PlayPause()  # like Space: starts
    assert buttons.PlaybackStatus == "Playing"
    assert bus.changes() == [{"PlaybackStatus": "Playing"}]  # only what changed
    run(clock, runner, 5.0)
    track = buttons.Metadata
    assert track["xesam:title"] == "Pelvic tilt"
    assert track["xesam:artist"] == ["10\u00a0reps at your own pace"]
    assert "mpris:length" not in track  # at your own pace: no known length
    assert [change["Metadata"]["xesam:title"] for change in bus.changes()] == ["Pelvic tilt"]
    run(clock, runner, 2.0)
    assert buttons.Position == pytest.approx(2_000_000, abs=1000)

    buttons.Pause()
    assert buttons.PlaybackStatus == "Paused"
    clock.advance(30)
    assert buttons.Position == pytest.approx(2_000_000, abs=1000)  # the clock stands still
    buttons.Pause()  # already paused: stays so
    assert buttons.PlaybackStatus == "Paused"
    buttons.Play()
    assert buttons.PlaybackStatus == "Playing"
    buttons.PlayPause()
    assert buttons.PlaybackStatus == "Paused"
    buttons.PlayPause()
    assert buttons.PlaybackStatus == "Playing"


def test_next_and_previous_move_by_exercise_and_are_told_as_seeks(rig, qtbot):
    clock, runner, player, bus, _asked = rig
    buttons = player.player_adaptor
    runner.load(catalog.builtin_routine("quick-5"))
    buttons.Play()
    run(clock, runner, 5.5)
    bus.changes()
    with qtbot.waitSignal(buttons.Seeked, timeout=1000) as seeked:
        buttons.Next()
    assert seeked.args == [0]  # the new exercise, from its start
    track = buttons.Metadata
    assert track["xesam:title"] == "Glute bridge"
    assert track["xesam:artist"] == ["Set 1 of 3 · Rep 1 of 10"]
    assert track["mpris:length"] > 0
    assert [change["Metadata"]["xesam:title"] for change in bus.changes()] == ["Glute bridge"]
    with qtbot.waitSignal(buttons.Seeked, timeout=1000):
        buttons.Previous()  # at once: to the exercise before
    assert buttons.Metadata["xesam:title"] == "Pelvic tilt"

    buttons.Stop()  # saved as stopped by the history writer, which listens to the runner
    assert runner.session.state.value == "abandoned"
    assert buttons.PlaybackStatus == "Stopped" and not buttons.CanPlay
    assert str(buttons.Metadata["mpris:trackid"].path()) == mpris.NO_TRACK
    assert bus.changes()[-1]["PlaybackStatus"] == "Stopped"


def test_time_running_out_moves_on_without_a_seek(rig, qtbot):
    clock, runner, player, _bus, _asked = rig
    runner.load(catalog.builtin_routine("quick-5"))
    runner.start()
    with qtbot.assertNotEmitted(player.player_adaptor.Seeked):
        run(clock, runner, 5.5)  # the lead-in ends by itself
    assert player.player_adaptor.Metadata["xesam:title"] == "Pelvic tilt"


def test_the_picture_is_the_exercises_figure_as_a_png_in_the_cache(rig, tmp_path, qtbot):
    _clock, runner, player, bus, _asked = rig
    runner.load(catalog.builtin_routine("quick-5"))
    # Drawn after the runner's signals are handled, then told.
    qtbot.waitUntil(lambda: "mpris:artUrl" in player.player_adaptor.Metadata)
    url = player.player_adaptor.Metadata["mpris:artUrl"]
    assert [change["Metadata"].get("mpris:artUrl") for change in bus.changes()][-1] == url
    assert url.startswith("file://")
    path = urlparse(url).path
    assert path.startswith(str(tmp_path / "cache")) and "pelvic-tilt-start" in path
    image = QImage(path)
    assert image.width() == image.height() == cover_art.SIZE
    # Once drawn, it is found in the cache at once, also by the next start.
    assert cover_art.CoverArt(tmp_path / "cache").url("pelvic-tilt", "start") == url


def test_raise_and_quit_are_the_windows(rig):
    _clock, _runner, player, _bus, asked = rig
    root = player.root_adaptor
    assert root.Identity == "backtimer" and root.CanRaise and root.CanQuit
    assert root.DesktopEntry == "io.github.backtimer.backtimer"
    root.Raise()
    root.Quit()
    assert asked == ["raise", "quit"]
