"""One copy per data folder: a second start hands over (its routine, started or not) and leaves;
unattended runs refuse; stale locks are taken over; a copy that ends while asked for frees the
folder; one that does not answer is named; the server acts on requests only and answers them."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from backtimer import app as app_module
from backtimer.storage.instance_lock import LOCK_NAME, InstanceLock
from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings
from backtimer.ui.shell import single_instance
from backtimer.ui.shell.single_instance import ACK, InstanceServer, server_name

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def own_temp(tmp_path, monkeypatch):
    """Qt puts local sockets in $TMPDIR: keep them in the test's folder, for every process."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def start_app(data: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())


def run_app(data: Path, *args: str, timeout: float = 60,
            **more_env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env={**env(), **more_env},
                          timeout=timeout, check=False)


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


def sessions_of(data: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(resolve_paths(data).history_db) as conn:
        return conn.execute("SELECT routine_id, state FROM sessions").fetchall()


def test_a_second_start_brings_the_first_forward_with_its_routine_and_exits(seen_notice):
    first = start_app(seen_notice)
    try:
        wait_until_listening(seen_notice, first)
        # Started from a Wayland desktop: its token for this start goes to the first copy.
        second = run_app(seen_notice, "--routine", "quick-5",
                         XDG_ACTIVATION_TOKEN="kwin-1234-abcd")
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stderr and "brought forward" in second.stderr
        assert sessions_of(seen_notice) == []  # opened, not started: nobody asked for that
        # A start at login while it runs adds nothing and says nothing.
        login = run_app(seen_notice, "--minimized")
        assert (login.returncode, login.stderr.strip()) == (0, "")
    finally:
        first_err = stop(first)
    assert ("another start asked for this window (routine quick-5), with the desktop's "
            "activation token") in first_err


def test_a_token_that_cannot_be_one_is_not_sent_and_the_hand_over_still_works(seen_notice):
    first = start_app(seen_notice)
    try:
        wait_until_listening(seen_notice, first)
        # Longer than any request the running copy reads: sent as it is, the request would be
        # refused and this start would say the other copy does not answer.
        second = run_app(seen_notice, XDG_ACTIVATION_TOKEN="t" * 5000)
        assert second.returncode == 0, second.stderr
    finally:
        first_err = stop(first)
    assert "another start asked for this window\n" in first_err  # and no token came with it


def test_the_desktop_action_start_quick_5_starts_it_in_the_running_copy(seen_notice):
    first = start_app(seen_notice)
    try:
        wait_until_listening(seen_notice, first)
        second = run_app(seen_notice, "--routine", "quick-5", "--autostart")
        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 10
        while not sessions_of(seen_notice) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sessions_of(seen_notice) == [("quick-5", "running")]  # started there, recorded
    finally:
        stop(first)


def test_an_unattended_or_faster_run_refuses_a_folder_in_use(seen_notice):
    held = InstanceLock(seen_notice)  # this live process holds it
    assert held.acquire()
    try:
        started = time.monotonic()
        for extra in (["--quit-when-done"], ["--time-scale", "50"]):
            run = run_app(seen_notice, "--routine", "quick-5", "--autostart", *extra)
            assert run.returncode == 1
            assert "needs a folder of its own (--data-dir)" in run.stderr
        assert time.monotonic() - started < 30  # at once, without waiting for an answer
    finally:
        held.release()
    assert not resolve_paths(seen_notice).history_db.exists()  # it never got as far


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
    assert "cannot reach" not in run.stderr  # and it listens in the dead copy's place


def hand_over(data: Path, lock: InstanceLock) -> int | None:
    args = argparse.Namespace(minimized=False, quit_when_done=False, time_scale=1.0,
                              routine=None, autostart=False)
    return app_module._hand_over(args, resolve_paths(data), lock)


def test_a_copy_that_holds_the_folder_but_does_not_answer_is_named(seen_notice, monkeypatch,
                                                                   caplog):
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_MS", 500)
    held = InstanceLock(seen_notice)  # held, and nobody listens
    assert held.acquire()
    try:
        with caplog.at_level(logging.ERROR, "backtimer"):
            assert hand_over(seen_notice, InstanceLock(seen_notice)) == 1
    finally:
        held.release()
    assert "already running with this data folder" in caplog.text
    assert "does not answer" in caplog.text and "--data-dir" in caplog.text


def test_a_copy_that_ends_while_asked_leaves_the_folder_to_this_start(seen_notice,
                                                                      monkeypatch):
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_MS", 10_000)
    held = InstanceLock(seen_notice)
    assert held.acquire()
    threading.Timer(0.3, held.release).start()  # the other copy quits while it is being asked
    started = time.monotonic()
    mine = InstanceLock(seen_notice)
    assert hand_over(seen_notice, mine) is None  # None: go on and start, the folder is free
    assert time.monotonic() - started < 5  # noticed, not waited out
    assert InstanceLock(seen_notice).held_elsewhere()  # and this start holds it now
    mine.release()


def test_the_server_acts_on_requests_only_and_answers_them(qtbot, tmp_path):
    instance = InstanceServer(tmp_path / "data")
    instance.listen()
    requests: list[tuple[str, bool, str]] = []
    instance.activation_requested.connect(
        lambda routine, start, token: requests.append((routine, start, token)))

    def send(payload: bytes) -> QLocalSocket:
        client = QLocalSocket()
        client.connectToServer(instance.name)
        assert client.waitForConnected(1000)
        client.write(payload)
        client.flush()
        return client

    clients = [send(b"not json\n"), send(b'["activate"]\n'), send(b'{"request": "quit"}\n'),
               send(b"x" * 10_000), send(b"")]
    qtbot.waitUntil(lambda: all(c.state() == QLocalSocket.LocalSocketState.UnconnectedState
                                for c in clients), timeout=5000)  # dropped, silent ones too
    assert requests == []
    assert all(c.bytesAvailable() == 0 for c in clients)  # nothing was answered
    good = send(b'{"request": "activate", "routine": "quick-5", "autostart": true, '
                b'"activation_token": "gnome-shell/backtimer/42"}\n')
    qtbot.waitUntil(lambda: requests == [("quick-5", True, "gnome-shell/backtimer/42")],
                    timeout=2000)
    qtbot.waitUntil(lambda: good.bytesAvailable() > 0, timeout=2000)
    assert bytes(good.readAll()) == ACK
    send(b'{"request": "activate", "routine": 7, "autostart": "yes", "activation_token": 5}\n')
    qtbot.waitUntil(lambda: requests[-1] == ("", False, ""), timeout=2000)
    # A token that cannot be one (control characters, far too long) is dropped, not used.
    for token in ('"a\\nb"', '"' + "t" * 2000 + '"'):
        send(b'{"request": "activate", "activation_token": ' + token.encode() + b"}\n")
    qtbot.waitUntil(lambda: len(requests) == 4, timeout=2000)
    assert requests[-2:] == [("", False, ""), ("", False, "")]
    instance.close()


def test_the_lock_is_one_holder_at_a_time_and_freed_on_release(tmp_path):
    folder = tmp_path / "new" / "folder"
    first, rival = InstanceLock(folder), InstanceLock(folder)
    assert not first.held_elsewhere()  # no lock file yet: nobody ever started here
    assert first.acquire()  # makes the folder a first start does not have yet
    assert (folder / LOCK_NAME).read_text() == f"{os.getpid()}\n"
    assert rival.held_elsewhere()
    assert not rival.acquire()
    first.release()
    assert not rival.held_elsewhere()
    assert rival.acquire()
    rival.release()


def test_an_unwritable_folder_is_an_error_the_app_can_report(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        InstanceLock(blocker / "data").acquire()
