"""Two real Syncthing daemons on loopback between two data folders, synced with --sync."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.commands.test_history_cli import seed
from tests.commands.test_sync_cli import sessions

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("syncthing") is None,
                       reason="needs syncthing (Debian package 'syncthing')"),
]
FOLDER_ID = "backtimer-test"
WAIT_S = 90  # first contact takes a few seconds; a file then crosses in 1–3 s


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


class Instance:
    def __init__(self, home: Path, folder: Path, env: dict[str, str]):
        self.home, self.folder, self.env = home, folder, env
        self.port = _free_port()
        subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder",
                        "--skip-port-probing"], check=True, capture_output=True, env=env,
                       timeout=60)
        self.config = ET.parse(home / "config.xml")
        self.device_id = self.config.getroot().find("device").get("id")
        self.process: subprocess.Popen | None = None

    def configure(self, peer: Instance) -> None:
        """Loopback only: no discovery, relays or NAT; the peer at its port; one shared folder
        watched for changes."""
        root = self.config.getroot()
        options = root.find("options")
        for tag, text in (("listenAddress", f"tcp://127.0.0.1:{self.port}"),
                          ("globalAnnounceEnabled", "false"), ("localAnnounceEnabled", "false"),
                          ("relaysEnabled", "false"), ("natEnabled", "false"),
                          ("urAccepted", "-1"), ("startBrowser", "false"),
                          ("autoUpgradeIntervalH", "0"), ("crashReportingEnabled", "false"),
                          ("reconnectionIntervalS", "1")):
            _set(options, tag, text)
        root.find("gui").set("enabled", "false")
        device = ET.SubElement(root, "device", id=peer.device_id, name="peer",
                               compression="metadata")
        _set(device, "address", f"tcp://127.0.0.1:{peer.port}")
        folder = ET.Element("folder", id=FOLDER_ID, label=FOLDER_ID, path=str(self.folder),
                            type="sendreceive", rescanIntervalS="60", fsWatcherEnabled="true",
                            fsWatcherDelayS="1")
        for device_id in (self.device_id, peer.device_id):
            ET.SubElement(folder, "device", id=device_id)
        root.insert(0, folder)
        self.config.write(self.home / "config.xml")
        (self.folder / ".stfolder").mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        log = (self.home / "syncthing.log").open("wb")
        self.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade"], stdout=log, stderr=subprocess.STDOUT, env=self.env)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def syncthing_pair(tmp_path) -> Iterator[tuple[Path, Path]]:
    """Two Syncthing daemons in temporary homes, sharing one folder over loopback; yields
    each side's copy of the folder. Both are stopped at the end, whatever happened."""
    env = dict(os.environ, HOME=str(tmp_path / "home"), STNODEFAULTFOLDER="1",
               STNOUPGRADE="1", STNORESTART="1")
    a = Instance(tmp_path / "st-a", tmp_path / "Sync-a", env)
    b = Instance(tmp_path / "st-b", tmp_path / "Sync-b", env)
    a.configure(b)
    b.configure(a)
    try:
        a.start()
        b.start()
        yield a.folder, b.folder
    finally:
        a.stop()
        b.stop()
        for instance in (a, b):
            log = instance.home / "syncthing.log"
            if log.exists():
                sys.stderr.write(log.read_text(errors="replace")[-3000:])


def wait_for(condition: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    raise AssertionError(f"Syncthing did not {what} within {timeout:.0f} s")


def journals(folder: Path) -> dict[str, bytes]:
    files = {}
    for path in (folder / "backtimer").glob("*/*"):
        if not path.name.startswith("."):
            with contextlib.suppress(OSError):
                files[f"{path.parent.name}/{path.name}"] = path.read_bytes()
    return files


def same_on_both(a: Path, b: Path) -> bool:
    left = journals(a)
    return bool(left) and left == journals(b)


def sync_both(data_a: Path, folder_a: Path, data_b: Path, folder_b: Path) -> None:
    """Both computers sync at the same moment, as two real processes."""
    runs = [subprocess.Popen([sys.executable, "-m", "backtimer", "--data-dir", str(data),
                              "--sync", str(folder)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
            for data, folder in ((data_a, folder_a), (data_b, folder_b))]
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert out.startswith(b"Synced with "), out
        assert run.returncode == 0, err
        assert err == b"", err


def test_sessions_on_both_sides_become_one_history_through_syncthing(syncthing_pair,
                                                                      tmp_path):
    folder_a, folder_b = syncthing_pair
    data_a, data_b = tmp_path / "laptop", tmp_path / "desktop"
    seed(data_a, [1, 2, 3])
    seed(data_b, [4, 5], minutes=12)
    sync_both(data_a, folder_a, data_b, folder_b)
    wait_for(lambda: same_on_both(folder_a, folder_b) and len(journals(folder_a)) == 2,
             "carry both journals across")
    sync_both(data_a, folder_a, data_b, folder_b)
    # Another session on each side, synced at the same moment.
    seed(data_a, [0])
    seed(data_b, [6], minutes=12)
    sync_both(data_a, folder_a, data_b, folder_b)
    wait_for(lambda: same_on_both(folder_a, folder_b), "carry the new changes across")
    sync_both(data_a, folder_a, data_b, folder_b)

    histories = [sorted((s["routine_id"], s["started_at"], s["work_s"]) for s in sessions(d))
                 for d in (data_a, data_b)]
    assert len(histories[0]) == 7 and histories[0] == histories[1]
    assert len({s["id"] for s in sessions(data_a)}) == 7  # no duplicates
    # One writer per file: Syncthing never had two versions of one file to choose from.
    for folder in (folder_a, folder_b):
        assert not list(folder.rglob("*sync-conflict*"))
        assert not list(folder.rglob("*.sqlite3*"))
