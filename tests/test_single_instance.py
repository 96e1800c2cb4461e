"""One copy per data folder: a second start hands over and leaves, stale locks are taken over,
a copy that does not answer is named, and the server ignores what is not a request."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from backtimer.storage.instance_lock import LOCK_NAME, InstanceLock
from backtimer.storage.settings_store import Settings
from backtimer.ui.single_instance import InstanceServer, server_name

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start_app(data: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)


def run_app(data: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=ENV, timeout=timeout, check=False)


def wait_until_listening(data: Path, process: subprocess.Popen, timeout: float = 30) -> None:
    """The first copy listens once its window is up; connect until it answers."""
    name = server_name(data)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        probe = QLocalSocket()
        probe.connectToServer(name)
        if probe.waitForConnected(100):
            probe.abort()
            return
        time.sleep(0.1)
    raise AssertionError("the first copy never listened")


@pytest.fixture
def seen_notice(tmp_path):
    data = tmp_path / "shared"
    Settings(data / "settings.json").update({"safety_notice_seen": True})
    return data


def stop(process: subprocess.Popen) -> str:
    process.terminate()
    _out, err = process.communicate(timeout=30)
    return err


def test_a_second_start_brings_the_first_forward_with_its_routine_and_exits(seen_notice):
    first = start_app(seen_notice)
    try:
        wait_until_listening(seen_notice, first)
        second = run_app(seen_notice, "--routine", "quick-5")
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr and "brought forward" in second.stderr
        # A start at login while it runs adds nothing and says nothing.
        login = run_app(seen_notice, "--minimized")
        assert (login.returncode, login.stderr.strip()) == (0, "")
    finally:
        first_err = stop(first)
    assert "another start asked for this window (routine quick-5)" in first_err


def test_separate_data_folders_run_side_by_side(seen_notice, tmp_path):
    first = start_app(seen_notice)
    try:
        wait_until_listening(seen_notice, first)
        other = tmp_path / "other"
        run = run_app(other, "--routine", "quick-5", "--autostart", "--time-scale", "400",
                      "--quit-when-done")
        assert run.returncode == 0, run.stderr
        assert "already running" not in run.stderr
    finally:
        stop(first)


def test_the_lock_of_a_killed_copy_is_taken_over(seen_notice):
    first = start_app(seen_notice)
    wait_until_listening(seen_notice, first)
    os.kill(first.pid, signal.SIGKILL)
    first.communicate(timeout=30)
    assert (seen_notice / LOCK_NAME).exists()  # left behind, with a dead process's id
    run = run_app(seen_notice, "--routine", "quick-5", "--autostart", "--time-scale", "400",
                  "--quit-when-done")
    assert run.returncode == 0, run.stderr
    assert "already running" not in run.stderr


def test_a_copy_that_holds_the_folder_but_does_not_answer_is_named(seen_notice):
    held = InstanceLock(seen_notice)  # this live process holds it and listens to nothing
    assert held.acquire()
    try:
        started = time.monotonic()
        run = run_app(seen_notice)
        assert run.returncode == 1
        assert "already running with this data folder" in run.stderr
        assert "does not answer" in run.stderr and "--data-dir" in run.stderr
        assert time.monotonic() - started < 30
    finally:
        held.release()


def test_the_lock_is_one_holder_at_a_time_and_freed_on_release(tmp_path):
    folder = tmp_path / "new" / "folder"
    first, rival = InstanceLock(folder), InstanceLock(folder)
    assert first.acquire()  # makes the folder a first start does not have yet
    assert (folder / LOCK_NAME).read_text() == f"{os.getpid()}\n"
    assert not rival.acquire()
    first.release()
    assert rival.acquire()
    rival.release()


def test_an_unwritable_folder_is_an_error_the_app_can_report(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        InstanceLock(blocker / "data").acquire()


def test_the_server_acts_on_requests_only(qtbot, tmp_path):
    instance = InstanceServer(tmp_path / "data")
    instance.listen()
    requests: list[str] = []
    instance.activation_requested.connect(requests.append)

    def send(payload: bytes) -> QLocalSocket:
        client = QLocalSocket()
        client.connectToServer(instance.name)
        assert client.waitForConnected(1000)
        client.write(payload)
        client.flush()
        return client

    clients = [send(b"not json\n"), send(b'["activate"]\n'), send(b'{"request": "quit"}\n'),
               send(b"x" * 10_000)]
    qtbot.wait(300)
    assert requests == []
    clients.append(send(b'{"request": "activate", "routine": "quick-5"}\n'))
    qtbot.waitUntil(lambda: requests == ["quick-5"], timeout=2000)
    clients.append(send(b'{"request": "activate", "routine": 7}\n'))
    qtbot.waitUntil(lambda: requests == ["quick-5", ""], timeout=2000)
    for client in clients:
        client.abort()
    instance.close()
