"""The voice with the real speech-dispatcher and espeak-ng, in a private session (its own
runtime folder, so its own daemon, and a PulseAudio null sink to speak into): a workout with the
voice on finishes whether the daemon ran before the start, is killed in the middle, was not
running, or runs but no longer answers."""

from __future__ import annotations

import array
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("speech-dispatcher") or not shutil.which("spd-say"),
                       reason="speech-dispatcher is not installed (Debian: speech-dispatcher "
                              "speech-dispatcher-espeak-ng espeak-ng)"),
]


def daemons(runtime: Path) -> list[int]:
    """The speech-dispatcher this session started: its socket is in the private folder."""
    found = subprocess.run(["pgrep", "-f", f"speech-dispatcher.*{runtime}"],
                           capture_output=True, text=True, check=False).stdout.split()
    return [int(pid) for pid in found]


@pytest.fixture
def session(tmp_path):
    """A private runtime folder (speech-dispatcher's socket lives there) with a PulseAudio
    null sink when ``audio`` is asked for; everything started is stopped afterwards."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("SPEECHD_ADDRESS", "DBUS_SESSION_BUS_ADDRESS", "PULSE_SERVER"):
        env.pop(variable, None)
    started: list[subprocess.Popen] = []

    def audio() -> None:
        if not shutil.which("pulseaudio") or not shutil.which("parec"):
            pytest.skip("pulseaudio is not installed (Debian: pulseaudio pulseaudio-utils)")
        pulse = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
             "-L", "module-null-sink sink_name=recorder", "-L", "module-native-protocol-unix"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        started.append(pulse)
        deadline = time.monotonic() + 15
        while not (runtime / "pulse" / "native").exists():
            assert pulse.poll() is None and time.monotonic() < deadline, "pulseaudio did not start"
            time.sleep(0.1)

    yield env, runtime, audio
    for pid in daemons(runtime):
        os.kill(pid, signal.SIGKILL)
    for process in started:
        process.terminate()
        process.wait(timeout=10)


def data_folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    Settings(data / "settings.json").update({"safety_notice_seen": True})
    return data


def workout(data: Path, env: dict, scale: str = "20") -> subprocess.Popen:
    """Quick 5 (5 minutes) with the voice on, at ``scale`` times the speed."""
    return subprocess.Popen(
        [sys.executable, "-m", "backtimer", "--data-dir", str(data), "--routine", "quick-5",
         "--autostart", "--time-scale", scale, "--quit-when-done"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


class Lines:
    """The app's log as it comes, read on a thread so waiting for a line has a deadline."""

    def __init__(self, process: subprocess.Popen):
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(process,), daemon=True)
        self._thread.start()

    def _read(self, process: subprocess.Popen) -> None:
        for line in process.stderr:
            if len(self.lines) < 10_000:  # a flooded log must not flood the test's memory
                self.lines.append(line)

    def wait_for(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not any(text in line for line in self.lines):
            assert time.monotonic() < deadline, f"no {text!r} in:\n{self.text}"
            time.sleep(0.05)

    @property
    def text(self) -> str:
        self._thread.join(timeout=0 if self._thread.is_alive() else None)
        return "".join(self.lines)


def finish(process: subprocess.Popen, lines: Lines, timeout: float = 90) -> str:
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise AssertionError(f"the workout never finished:\n{lines.text}") from None
    lines._thread.join(timeout=10)
    assert process.returncode == 0, lines.text
    return lines.text


def sessions_of(data: Path) -> list[str]:
    with sqlite3.connect(resolve_paths(data).history_db) as conn:
        return [state for (state,) in conn.execute("SELECT state FROM sessions")]


def loud_seconds(recording: Path) -> float:
    """How long the recording (s16le mono 44.1 kHz) is clearly not silent."""
    samples = array.array("h")
    data = recording.read_bytes()
    samples.frombytes(data[:len(data) // 2 * 2])
    return sum(1 for sample in samples if abs(sample) > 1000) / 44100


def test_a_workout_speaks_with_the_daemon_running_before_the_start(tmp_path, session):
    env, runtime, audio = session
    audio()
    # A daemon already running, started (and shown to speak) by another program.
    subprocess.run(["spd-say", "-w", "ready"], env=env, timeout=30, check=True)
    assert daemons(runtime)
    data = data_folder(tmp_path)
    recording = tmp_path / "heard.raw"
    with recording.open("wb") as out:
        recorder = subprocess.Popen(["parec", "-d", "recorder.monitor", "--raw",
                                     "--format=s16le", "--channels=1", "--rate=44100"],
                                    env=env, stdout=out, stderr=subprocess.DEVNULL)
        try:
            process = workout(data, env)
            lines = Lines(process)
            err = finish(process, lines)
        finally:
            recorder.terminate()
            recorder.wait(timeout=10)
    assert "the voice speaks en_" in err
    assert "voice is off" not in err
    # The log stays clean: QSoundEffect used to flood it with "QSocketNotifier: Invalid
    # socket" lines once PulseAudio played a cue (now each cue has a QAudioSink of its own).
    assert "QSocketNotifier" not in err and len(lines.lines) < 20, err[:2000]
    assert loud_seconds(recording) > 2  # beeps and sentences were heard
    assert sessions_of(data) == ["completed"]


def test_killing_the_daemon_mid_workout_stops_the_voice_not_the_workout(tmp_path, session):
    env, runtime, audio = session
    audio()
    data = data_folder(tmp_path)
    process = workout(data, env)  # the voice starts the daemon itself
    lines = Lines(process)
    lines.wait_for("the voice speaks", timeout=30)
    time.sleep(1)  # a sentence or two spoken
    for pid in daemons(runtime):
        os.kill(pid, signal.SIGKILL)
    err = finish(process, lines)
    assert err.count("the voice is off, the beeps go on") == 1, err
    assert sessions_of(data) == ["completed"]


def test_a_workout_finishes_when_no_daemon_runs(tmp_path, session):
    env, runtime, audio = session
    audio()
    assert not daemons(runtime)
    data = data_folder(tmp_path)
    process = workout(data, env, scale="100")
    lines = Lines(process)
    err = finish(process, lines)
    assert "voice is off" not in err  # spawned on first use, and it spoke
    assert sessions_of(data) == ["completed"]


def test_a_daemon_that_no_longer_answers_does_not_freeze_the_window(tmp_path, session):
    """The freeze of issue 20: without audio the daemon hangs after its first sentence, and
    accepts connections but never answers again."""
    env, runtime, _audio = session
    subprocess.run(["spd-say", "hello"], env=env, timeout=30, check=True)
    assert daemons(runtime)
    data = data_folder(tmp_path)
    started = time.monotonic()
    process = workout(data, env)  # 15 s of workout
    lines = Lines(process)
    err = finish(process, lines, timeout=60)
    assert time.monotonic() - started < 45
    assert "the speech engine did not start within 10 s; the voice is off" in err
    assert sessions_of(data) == ["completed"]
