"""``--install-desktop-entry``: a pip install gets a menu entry GLib accepts (absolute Exec,
valid file, icon), which starts the app from a login session's PATH; and it can be removed."""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backtimer.commands import desktop_entry
from backtimer.storage.instance_lock import LOCK_NAME, InstanceLock

ROOT = Path(__file__).resolve().parents[2]
LOGIN_PATH = "/usr/local/bin:/usr/bin:/bin"  # no virtualenv, no ~/.local/bin


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, "HOME": str(home), "PATH": LOGIN_PATH, **env}
    environ.pop("XDG_DATA_HOME", None)
    return subprocess.run([sys.executable, "-m", "backtimer", *args], env=environ,
                          capture_output=True, text=True, timeout=60, check=False)


def read_entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def test_install_writes_an_absolute_entry_and_the_icon_and_uninstall_removes_them(tmp_path):
    home = tmp_path / "home"
    result = run(home, "--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    entry = home / ".local/share/applications/io.github.backtimer.backtimer.desktop"
    icon = home / ".local/share/icons/hicolor/scalable/apps/io.github.backtimer.backtimer.svg"
    assert str(entry) in result.stdout and icon.read_bytes().lstrip().startswith(b"<")
    written = read_entry(entry)
    program = written["Desktop Entry"]["Exec"].split(" ")[0]
    assert os.path.isabs(program) and os.access(program, os.X_OK)
    # Everything else is the packaged entry's, word for word.
    packaged = read_entry(ROOT / "packaging/io.github.backtimer.backtimer.desktop")
    for section in packaged.sections():
        assert {k: v for k, v in written[section].items() if k != "Exec"} == \
               {k: v for k, v in packaged[section].items() if k != "Exec"}
    assert written["Desktop Action quick-5"]["Exec"].endswith("--routine quick-5 --autostart")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                               text=True, timeout=30, check=False)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    removed = run(home, "--uninstall-desktop-entry")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists() and not icon.exists()
    again = run(home, "--uninstall-desktop-entry")
    assert again.returncode == 0 and "no menu entry" in again.stdout


def test_an_unwritable_folder_is_said_plainly(tmp_path):
    home = tmp_path / "home"
    (home / ".local/share").mkdir(parents=True)
    (home / ".local/share/applications").write_text("a file where the folder should be")
    result = run(home, "--install-desktop-entry")
    assert result.returncode == 1
    assert result.stderr.startswith("backtimer: the menu entry could not be written")


def test_the_entry_text_quotes_a_path_with_spaces():
    text = desktop_entry.entry_text(["/opt/my apps/backtimer"])
    assert 'Exec="/opt/my apps/backtimer"\n' in text
    assert 'Exec="/opt/my apps/backtimer" --routine quick-5 --autostart\n' in text


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("gio"), reason="gio is not installed (Debian: libglib2.0-bin)")
def test_gio_launches_the_written_entry_from_a_login_path(tmp_path):
    home = tmp_path / "home"
    assert run(home, "--install-desktop-entry").returncode == 0
    entry = home / ".local/share/applications/io.github.backtimer.backtimer.desktop"
    data = tmp_path / "launched"
    env = {**os.environ, "HOME": str(home), "PATH": LOGIN_PATH, "QT_QPA_PLATFORM": "offscreen",
           "BACKTIMER_DATA_DIR": str(data)}
    env.pop("XDG_DATA_HOME", None)
    log = tmp_path / "launch.log"
    with log.open("w") as output:  # the app inherits it: a pipe would wait for the app's end
        launch = subprocess.run(["gio", "launch", str(entry)], env=env, stdout=output,
                                stderr=output, timeout=60, check=False)
    assert launch.returncode == 0, log.read_text()  # GLib loaded it: its program was found
    # The app it started holds its data folder's lock once it runs.
    lock = InstanceLock(data)
    deadline = time.monotonic() + 60
    while not lock.held_elsewhere():
        assert time.monotonic() < deadline, "the launched backtimer never started"
        time.sleep(0.2)
    pid = int((data / LOCK_NAME).read_text().strip())
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    while lock.held_elsewhere() and time.monotonic() < deadline:
        time.sleep(0.2)
