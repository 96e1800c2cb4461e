"""``backtimer --sync DIR`` as real processes: two and three data folders sharing one folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.commands.test_history_cli import backtimer, seed

pytestmark = pytest.mark.slow


def sync(data: Path, shared: Path) -> subprocess.CompletedProcess:
    return backtimer(data, "--sync", str(shared))


def sessions(data: Path) -> list[dict]:
    result = backtimer(data, "--export-history", str(data / "out.json"))
    assert result.returncode == 0, result.stderr
    return json.loads((data / "out.json").read_text())["sessions"]


def test_three_computers_share_one_folder(tmp_path):
    shared = tmp_path / "Sync"
    shared.mkdir()
    folders = [tmp_path / name for name in ("laptop", "desktop", "late")]
    seed(folders[0], [1, 2, 3])
    seed(folders[1], [3, 4], minutes=12)  # day 3 at the same moment: the same session
    for data in folders[:2] * 2:
        result = sync(data, shared)
        assert result.returncode == 0, result.stderr
        assert result.stdout.count(b"\n") == 1 and result.stdout.startswith(b"Synced with ")
        assert result.stderr == b""
    seed(folders[2], [9])  # a third computer, joining late with one session of its own
    result = sync(folders[2], shared)
    assert b"took 4 new sessions from 2 other computers" in result.stdout
    for data in folders[:2]:
        sync(data, shared)
    # The session both had (the history import's rule: same routine, same start) stays one.
    histories = [sorted((s["routine_id"], s["started_at"]) for s in sessions(d))
                 for d in folders]
    assert len(histories[0]) == 5 and histories[0] == histories[1] == histories[2]
    assert not list(shared.rglob("*.sqlite3*"))


def test_a_deletion_on_one_computer_reaches_the_others(tmp_path):
    shared = tmp_path / "Sync"
    shared.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    seed(a, [1, 2])
    for data in (a, b):
        sync(data, shared)
    gone = sessions(b)[0]["id"]
    store_script = ("import sys; from backtimer.storage.history import HistoryStore;"
                    "s = HistoryStore(sys.argv[1] + '/history.sqlite3', None);"
                    "[s.delete_session(r.id) for r in s.sessions() if r.uid == sys.argv[2]]")
    subprocess.run([sys.executable, "-c", store_script, str(b), gone], check=True, timeout=60)
    sync(b, shared)
    result = sync(a, shared)
    assert b"took 1 deleted sessions" in result.stdout
    assert [s["id"] for s in sessions(a)] == [s["id"] for s in sessions(b)] != []


def test_bad_files_are_told_on_stderr_and_the_rest_merged(tmp_path):
    shared = tmp_path / "Sync"
    shared.mkdir()
    a, b = tmp_path / "a", tmp_path / "b"
    seed(a, [1, 2])
    sync(a, shared)
    [journal] = (shared / "backtimer").glob("*/journal-000001.jsonl")
    journal.write_bytes(journal.read_bytes() + b"\x00\xff garbage\n")
    (journal.parent / "journal-000002.jsonl").write_bytes(os.urandom(300))
    (journal.parent / "journal-000003.jsonl").write_bytes(b"")
    result = sync(b, shared)
    assert result.returncode == 0
    assert b"took 2 new sessions" in result.stdout and b"skipped 3 problem" in result.stdout
    assert b"damaged line" in result.stderr
    assert b"journal-000003.jsonl: it is empty" in result.stderr
    assert len(sessions(b)) == 2


def test_a_missing_folder_exits_2_and_changes_nothing(tmp_path):
    a = tmp_path / "a"
    seed(a, [1])
    result = sync(a, tmp_path / "unplugged")
    assert result.returncode == 2
    assert b"does not exist" in result.stderr and result.stdout == b""
    assert len(sessions(a)) == 1


def test_a_read_only_folder_exits_2_and_changes_nothing(tmp_path):
    command = [sys.executable, "-m", "backtimer", "--data-dir"]
    base = tmp_path
    if os.geteuid() == 0:
        # root writes anyway: run as nobody, the way a user without the right runs it, in a
        # folder nobody can reach (pytest's own is root's alone).
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot run as another user")
        base = Path(tempfile.mkdtemp(prefix="backtimer-ro-"))
        base.chmod(0o755)
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    try:
        a, shared = base / "a", base / "Sync"
        shared.mkdir()
        seed(a, [1])
        if base is not tmp_path:
            for path in (a, *a.rglob("*")):
                os.chown(path, 65534, 65534)
        shared.chmod(0o555)
        result = subprocess.run([*command, str(a), "--sync", str(shared)], capture_output=True,
                                timeout=60, env=dict(os.environ, HOME=str(base)))
        assert result.returncode == 2, result.stderr
        assert b"cannot be written" in result.stderr
        assert not (shared / "backtimer").exists()
        assert len(sessions(a)) == 1
    finally:
        if base is not tmp_path:
            shutil.rmtree(base)


def test_two_syncs_of_one_history_at_once_take_turns(tmp_path):
    # The window's sync and a script's --sync may meet: one journal must never get two writers.
    shared = tmp_path / "Sync"
    shared.mkdir()
    a = tmp_path / "a"
    seed(a, list(range(40)))
    runs = [subprocess.Popen([sys.executable, "-m", "backtimer", "--data-dir", str(a), "--sync",
                              str(shared)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)]
    outs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert all(err == b"" for _out, err in outs)
    assert sorted(out.split(b": wrote ")[1].split(b" ")[0] for out, _err in outs) == \
        [b"0", b"40"]
    again = sync(a, shared)  # its journal is whole: no "copied disk" alarm
    assert b"wrote 0 changes" in again.stdout and again.stderr == b""
