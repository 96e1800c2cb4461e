"""The real app on a private session bus, driven by playerctl, a real MPRIS client: what a
headset button, the desktop's media controls or a phone do to a workout."""

from __future__ import annotations

import csv
import io
import os
import queue
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import pytest

from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dbus-run-session") is None,
                       reason="needs dbus-run-session (Debian: dbus, dbus-x11)"),
    pytest.mark.skipif(shutil.which("playerctl") is None,
                       reason="needs playerctl (Debian: playerctl)"),
]

COMMAND_TIMEOUT_S = 10  # one playerctl call, one command-line run
WAIT_S = 20  # for the app to get somewhere


@pytest.fixture
def session_bus():
    """A private session bus for this test (dbus-run-session): its address. It ends with the
    test: the keeper process holds it open until its input closes."""
    keeper = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat'],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready, _, _ = select.select([keeper.stdout], [], [], COMMAND_TIMEOUT_S)
        assert ready, "dbus-run-session gave no bus address"
        address = keeper.stdout.readline().strip()
        assert address, "dbus-run-session gave no bus address"
        yield address
    finally:
        keeper.stdin.close()
        try:
            keeper.wait(timeout=COMMAND_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            keeper.kill()
            keeper.wait()


def quiet_data_dir(folder: Path) -> Path:
    """A returning user's folder. The voice is off: it is not what is tested here, and a
    speech-dispatcher that is already running can hang its start (issue 20)."""
    Settings(resolve_paths(folder).settings_file).update(
        {"safety_notice_seen": True, "voice_enabled": False})
    return folder


def environment(bus: str | None) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    return env


class App:
    """``python -m backtimer …`` in the background, its output in a file."""

    def __init__(self, data: Path, env: dict[str, str], *options: str):
        self.log = data.parent / f"{data.name}.log"
        self._out = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "backtimer", "--data-dir", str(data), *options],
            env=env, stdout=self._out, stderr=subprocess.STDOUT)

    def output(self) -> str:
        return self.log.read_text()

    def end(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=COMMAND_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._out.close()


class Playerctl:
    def __init__(self, env: dict[str, str], player: str = "backtimer"):
        self.env = env
        self.player = player

    def __call__(self, *args: str) -> str:
        result = subprocess.run(["playerctl", "--player", self.player, *args], env=self.env,
                                capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S)
        return result.stdout.strip()

    def status(self) -> str:
        return self("status")

    def title(self) -> str:
        return self("metadata", "xesam:title")

    def position(self) -> float:
        return float(self("position") or "nan")


def until(what: str, value: Callable[[], object], wanted: Callable[[object], bool],
          app: App, timeout: float = WAIT_S) -> object:
    """Poll ``value`` until ``wanted`` holds (bounded); fail with the last value seen."""
    deadline = time.monotonic() + timeout
    while True:
        seen = value()
        if wanted(seen):
            return seen
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: still {seen!r} after {timeout} s\n{app.output()}")
        if app.process.poll() is not None:
            raise AssertionError(f"the app ended ({app.process.returncode})\n{app.output()}")
        time.sleep(0.05)


class Follower:
    """``playerctl --follow metadata xesam:title``: the titles it is sent, as they come."""

    def __init__(self, env: dict[str, str]):
        self.process = subprocess.Popen(
            ["playerctl", "--player", "backtimer", "--follow", "metadata", "xesam:title"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def next_line(self, timeout: float = WAIT_S) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"playerctl --follow heard nothing in {timeout} s") from None

    def end(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=COMMAND_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def history(data: Path, env: dict[str, str]) -> list[dict[str, str]]:
    result = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "--export-history", "-"],
        env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S * 3)
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_playerctl_plays_pauses_skips_goes_back_and_stops_a_workout(tmp_path, session_bus):
    env = environment(session_bus)
    data = quiet_data_dir(tmp_path / "data")
    # Twice as fast: the lead-in takes 2.5 s, and "back" still goes to the exercise before
    # for 3 s after a skip.
    app = App(data, env, "--routine", "quick-5", "--autostart", "--time-scale", "2")
    player = Playerctl(env)
    follower = None
    try:
        until("the player on the bus", lambda: player("--list-all"),
              lambda names: "backtimer" in str(names).split(), app)
        assert player.status() == "Playing"  # in the get-ready
        until("the first exercise", player.title, lambda title: title == "Pelvic tilt", app)
        assert player.status() == "Playing"
        assert player("metadata", "xesam:album") == "Quick 5"
        assert player("metadata", "xesam:artist") == "10\u00a0reps at your own pace"
        art = urlparse(player("metadata", "mpris:artUrl"))
        assert art.scheme == "file" and Path(art.path).is_relative_to(data / "cache")
        assert Path(art.path).read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

        follower = Follower(env)
        assert follower.next_line() == "Pelvic tilt"  # what it is now, then each change

        player("play-pause")
        until("paused", player.status, lambda status: status == "Paused", app)
        stopped_at = player.position()
        time.sleep(0.6)  # 1.2 s of a running session
        assert player.position() == stopped_at

        player("play-pause")
        until("playing again", player.status, lambda status: status == "Playing", app)
        until("the position moving on", player.position,
              lambda position: position > stopped_at + 0.2, app)

        player("next")
        until("the next exercise", player.title, lambda title: title == "Glute bridge", app)
        player("previous")  # at once (within 3 s of the session): to the exercise before
        until("the exercise before", player.title, lambda title: title == "Pelvic tilt", app)
        assert follower.next_line() == "Glute bridge"  # told, not asked
        assert follower.next_line() == "Pelvic tilt"

        player("next")
        until("the next exercise", player.title, lambda title: title == "Glute bridge", app)
        assert player("metadata", "xesam:artist").startswith("Set 1 of 3 · Rep ")
        assert int(player("metadata", "mpris:length")) > 0

        player("stop")
        until("stopped", player.status, lambda status: status == "Stopped", app)
        rows = until("the stopped session in the history", lambda: history(data, env),
                     lambda rows: len(rows) == 1, app)
        assert (rows[0]["routine_id"], rows[0]["state"]) == ("quick-5", "stopped")

        # Quit, as the desktop's media controls offer it: the window's own Quit. (A caller
        # gone before the call is handled, as dbus-send without --print-reply, is not heard.)
        subprocess.run(["dbus-send", "--session", "--print-reply", "--type=method_call",
                        "--dest=org.mpris.MediaPlayer2.backtimer", "/org/mpris/MediaPlayer2",
                        "org.mpris.MediaPlayer2.Quit"],
                       env=env, check=True, timeout=COMMAND_TIMEOUT_S, capture_output=True)
        assert app.process.wait(timeout=WAIT_S) == 0
        assert "Traceback" not in app.output()
    finally:
        if follower is not None:
            follower.end()
        app.end()


def test_a_second_copy_is_a_player_of_its_own(tmp_path, session_bus):
    env = environment(session_bus)
    first = App(quiet_data_dir(tmp_path / "one"), env, "--routine", "quick-5")
    second = None
    try:
        until("the first player", lambda: Playerctl(env)("--list-all"),
              lambda names: "backtimer" in str(names).split(), first)
        second = App(quiet_data_dir(tmp_path / "two"), env, "--routine", "full-20")
        other = f"backtimer.instance{second.process.pid}"
        until("the second player", lambda: Playerctl(env)("--list-all"),
              lambda names: other in str(names).split(), second)
        assert Playerctl(env, other)("metadata", "xesam:album") == "Full 20"
        assert Playerctl(env, "backtimer")("metadata", "xesam:album") == "Quick 5"
    finally:
        first.end()
        if second is not None:
            second.end()


def test_without_a_session_bus_the_workout_runs_and_says_so_once(tmp_path):
    env = environment(f"unix:path={tmp_path / 'no-bus'}")
    data = quiet_data_dir(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "--routine", "quick-5",
         "--autostart", "--time-scale", "400", "--quit-when-done"],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("no media controls") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert [row["state"] for row in history(data, env)] == ["completed"]
