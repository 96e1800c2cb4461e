"""What a fault injector fed the command line (issue 15, items 19-26): each case runs the real
program in a subprocess and checks the exit code, the message and what is left on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backtimer.core.catalog import BUILTIN_ROUTINES

BUILTINS = len(BUILTIN_ROUTINES)


def run(*args, data_dir, check_ok=True, env_extra=None, timeout=60):
    env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(env_extra or {})
    argv = [sys.executable, "-m", "backtimer", "--data-dir", str(data_dir), *args]
    result = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout,
                            errors="backslashreplace")
    assert "Traceback" not in result.stderr, result.stderr
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def routine_doc(routine_id="mine", name="Mine"):
    return {"format": "backtimer.routine", "version": 1, "id": routine_id, "name": name,
            "steps": [{"exercise": "childs-pose", "hold_s": 20}]}


def write_json(path, doc):
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


# --- 23: ids and names ---------------------------------------------------------------------

def test_an_id_with_a_final_newline_is_refused_and_no_file_is_written(tmp_path):
    data = tmp_path / "data"
    source = write_json(tmp_path / "r.json", routine_doc("abc\n"))
    result = run("--import-routine", str(source), data_dir=data, check_ok=False)
    assert result.returncode == 2 and "id: must be 1-63 characters" in result.stderr
    assert not (data / "routines").exists() or not any((data / "routines").iterdir())


@pytest.mark.parametrize("name", ["Two\nlines", "nul\x00here", "bell\x07"])
def test_a_name_with_a_line_break_or_control_character_is_refused(tmp_path, name):
    data = tmp_path / "data"
    source = write_json(tmp_path / "r.json", routine_doc(name=name))
    result = run("--import-routine", str(source), data_dir=data, check_ok=False)
    assert result.returncode == 2
    assert "name.en: must not contain line breaks or other control characters" in result.stderr
    assert not (data / "routines" / "mine.json").exists()


def test_list_routines_keeps_one_line_per_routine_whatever_is_on_disk(tmp_path):
    """A file written by hand (or by an older version) with a newline in its name is skipped
    and reported on one line, its name escaped; every stdout line is a routine."""
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    write_json(folder / "mine.json", routine_doc(name="Fake\nquick-5  Quick 5  5:00"))
    (folder / "odd\n.json").write_text("{}", encoding="utf-8")
    result = run("--list-routines", data_dir=tmp_path / "data")
    lines = result.stdout.splitlines()
    assert len(lines) == BUILTINS and not any("Fake" in line for line in lines)
    skipped = [line for line in result.stderr.splitlines() if "skipped" in line]
    assert len(skipped) == 2 and any("odd\\n.json" in line for line in skipped)
    assert "\x00" not in result.stdout + result.stderr


# --- 21: lone surrogates -------------------------------------------------------------------

def test_a_lone_surrogate_in_a_routine_name_exits_2_without_a_traceback(tmp_path):
    source = tmp_path / "r.json"
    source.write_text('{"format": "backtimer.routine", "version": 1, "id": "mine", '
                      '"name": "bad \\ud800", "steps": [{"exercise": "childs-pose"}]}')
    result = run("--import-routine", str(source), data_dir=tmp_path / "data", check_ok=False)
    assert result.returncode == 2 and "name.en: contains characters that are not valid text" \
        in result.stderr
    assert not (tmp_path / "data" / "routines" / "mine.json").exists()


# --- 22: importing over one's own routine --------------------------------------------------

def test_importing_the_id_of_an_own_routine_is_refused_unless_replace_is_given(tmp_path):
    data = tmp_path / "data"
    run("--import-routine", str(write_json(tmp_path / "a.json", routine_doc(name="Mine"))),
        data_dir=data)
    other = write_json(tmp_path / "b.json", routine_doc(name="Someone else's"))
    result = run("--import-routine", str(other), data_dir=data, check_ok=False)
    assert result.returncode == 2
    assert "already have a routine 'mine'" in result.stderr and "--replace" in result.stderr
    stored = json.loads((data / "routines" / "mine.json").read_text(encoding="utf-8"))
    assert stored["name"] == {"en": "Mine"}
    run("--import-routine", str(other), "--replace", data_dir=data)
    stored = json.loads((data / "routines" / "mine.json").read_text(encoding="utf-8"))
    assert stored["name"] == {"en": "Someone else's"}


# --- 24: special files ---------------------------------------------------------------------

def test_a_fifo_and_a_link_to_dev_zero_in_routines_are_skipped_not_read(tmp_path):
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "pipe.json")
    os.symlink("/dev/zero", folder / "zero.json")
    result = run("--list-routines", data_dir=tmp_path / "data", timeout=20)
    assert len(result.stdout.splitlines()) == BUILTINS
    assert "pipe.json: file: cannot be read (not a regular file" in result.stderr
    assert "zero.json: file: cannot be read (not a regular file" in result.stderr


def test_importing_a_routine_from_dev_zero_or_a_fifo_exits_2(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    for source in ("/dev/zero", str(tmp_path / "pipe")):
        result = run("--import-routine", source, data_dir=tmp_path / "data", check_ok=False,
                     timeout=20)
        assert result.returncode == 2 and "not a regular file" in result.stderr


def test_a_huge_routine_file_is_refused_by_its_size(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(3_000_000_000)  # sparse: 3 GB that is never read
    result = run("--import-routine", str(big), data_dir=tmp_path / "data", check_ok=False)
    assert result.returncode == 2 and "larger than 1000 kB" in result.stderr


# --- 18: every value in settings.json is checked -----------------------------------------

@pytest.mark.parametrize(("key", "value"), [
    ("window_geometry", "\u00e9"),
    ("window_geometry", "not base64!"),
    ("voice_name", "bad \ud800"),
    ("sync_folder", "a\x00b"),
])
def test_a_bad_text_value_in_settings_falls_back_keeps_a_bak_and_says_so(tmp_path, key, value):
    data = tmp_path / "data"
    data.mkdir()
    settings = data / "settings.json"
    original = json.dumps({"format": "backtimer.settings", "version": 1,
                           "safety_notice_seen": True, "voice_enabled": False, key: value})
    settings.write_text(original, encoding="utf-8")
    result = run("--routine", "quick-5", "--autostart", "--time-scale", "400",
                 "--quit-when-done", data_dir=data, timeout=120)
    assert f"{key} " in result.stderr and "back to their defaults" in result.stderr
    assert (data / "settings.json.bak").read_text(encoding="utf-8") == original
    repaired = json.loads(settings.read_text(encoding="utf-8"))
    assert repaired["safety_notice_seen"] is True and repaired[key] != value
    stats = json.loads(run("--stats", "--json", data_dir=data).stdout)
    assert stats["total"]["sessions"] == 1


# --- the window, started from the command line in a process of its own ----------------------

_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backtimer.ui.shell.main_window import MainWindow

def at_first_frame(window):
    window.open_history()
    def report():
        from PySide6.QtWidgets import QTableView
        table = window.findChild(QTableView, "sessionTable")
        rows = table.model().rowCount() if table is not None else -1
        print("history rows", rows, flush=True)
        QApplication.quit()
    QTimer.singleShot(500, report)

MainWindow._after_first_frame = at_first_frame
from backtimer.cli import main
sys.exit(main(["--data-dir", *sys.argv[1:]]))
"""


def open_history_in_window(data_dir, env_extra=None) -> int:
    """Start the real app, open its history and return how many sessions its table lists."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop("BACKTIMER_DATA_DIR", None)
    result = subprocess.run([sys.executable, "-c", _WINDOW, str(data_dir)], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    return int(result.stdout.split("history rows")[1].split()[0])


def history_doc(*starts, ended=None):
    return {"format": "backtimer.history", "version": 1, "sessions": [
        {"routine_id": "quick-5", "routine_name": "Quick 5", "started_at": start,
         "ended_at": ended, "state": "completed", "steps": []} for start in starts]}


# --- 19: times outside years 1-9999 --------------------------------------------------------

@pytest.mark.parametrize("start", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"])
def test_an_import_with_a_utc_moment_outside_years_1_to_9999_is_refused(tmp_path, start):
    data = tmp_path / "data"
    good = write_json(tmp_path / "good.json", history_doc("2026-11-20T07:30:00+01:00"))
    run("--import-history", str(good), data_dir=data)
    before = (data / "history.sqlite3").read_bytes() if (data / "history.sqlite3").exists() \
        else None
    bad = write_json(tmp_path / "bad.json", history_doc(start))
    result = run("--import-history", str(bad), data_dir=data, check_ok=False)
    assert result.returncode == 2
    assert "sessions[0].started_at" in result.stderr and "years 1 to 9999" in result.stderr
    exported = run("--export-history", "-", data_dir=data).stdout
    assert len(exported.splitlines()) == 2  # the header and the one good session
    if before is not None:
        assert run("--stats", "--json", data_dir=data).stdout.count('"sessions": 1') >= 1


def test_the_export_the_stats_and_the_window_survive_a_bad_row_already_stored(tmp_path):
    import sqlite3
    from datetime import datetime, timezone

    data = tmp_path / "data"
    good = write_json(tmp_path / "good.json",
                      history_doc("2026-11-20T07:30:00+01:00", "2026-11-21T07:30:00+01:00"))
    run("--import-history", str(good), data_dir=data)
    # What an older version let in: 0001-01-01T00:00Z kept with an offset of -12 h (year 0).
    year_one = round(datetime(1, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)
    with sqlite3.connect(data / "history.sqlite3") as conn:
        conn.execute("UPDATE sessions SET started_ms = ?, ended_ms = NULL, utc_offset_s = ?"
                     " WHERE id = (SELECT MIN(id) FROM sessions)", (year_one, -43_200))
    conn.close()
    csv = run("--export-history", "-", data_dir=data).stdout
    assert len(csv.splitlines()) == 3
    run("--export-history", str(tmp_path / "out.json"), data_dir=data)
    assert len(json.loads((tmp_path / "out.json").read_text())["sessions"]) == 2
    run("--stats", data_dir=data)
    assert open_history_in_window(data) == 2


# --- 21: lone surrogates in a history file -------------------------------------------------

def test_a_lone_surrogate_in_a_history_file_exits_2_and_changes_nothing(tmp_path):
    source = tmp_path / "h.json"
    source.write_text(json.dumps(history_doc("2026-11-20T07:30:00+01:00"))
                      .replace('"Quick 5"', '"Quick \\ud800"'))
    result = run("--import-history", str(source), data_dir=tmp_path / "data", check_ok=False)
    assert result.returncode == 2
    assert "sessions[0].routine_name: contains characters that are not valid text" \
        in result.stderr
    assert "0 sessions" in run("--stats", data_dir=tmp_path / "data").stdout


# --- 24: special files for --import-history ------------------------------------------------

def test_importing_a_history_from_dev_zero_or_a_fifo_exits_2_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    for source in ("/dev/zero", str(tmp_path / "pipe")):
        result = run("--import-history", source, data_dir=tmp_path / "data", check_ok=False,
                     timeout=20)
        assert result.returncode == 2 and "not a regular file" in result.stderr


# --- 25: a time zone offset of a day or more -----------------------------------------------

@pytest.mark.parametrize("tz", ["UTC+24", "UTC-25", "XYZ+99"])
def test_a_time_zone_of_a_day_or_more_falls_back_to_utc_with_one_warning(tmp_path, tz):
    data = tmp_path / "data"
    env = {"TZ": tz}
    run("--import-history", str(write_json(tmp_path / "h.json",
                                           history_doc("2026-11-20T07:30:00+01:00"))),
        data_dir=data, env_extra=env)
    result = run("--routine", "quick-5", "--autostart", "--time-scale", "400",
                 "--quit-when-done", "--data-dir", str(data), data_dir=data, env_extra=env,
                 timeout=120)
    assert result.stderr.count("UTC is used instead") == 1
    stats = run("--stats", "--json", data_dir=data, env_extra=env)
    assert json.loads(stats.stdout)["total"]["sessions"] == 2
    assert stats.stderr.count("UTC is used instead") == 1
    assert len(run("--export-history", "-", data_dir=data, env_extra=env).stdout
               .splitlines()) == 3
    assert open_history_in_window(data, env) == 2


# --- 26: a read-only data folder can still be read ----------------------------------------

def test_the_history_of_a_read_only_data_folder_can_be_read(tmp_path):
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="backtimer-ro-"))  # outside pytest's 0700 folder
    try:
        data = folder / "data"
        run("--import-history", str(write_json(
            tmp_path / "h.json", history_doc("2026-11-20T07:30:00+01:00",
                                             ended="2026-11-20T07:36:00+01:00"))),
            data_dir=data)
        as_reader: list[str] = []
        if os.geteuid() == 0:  # root writes anywhere: read as nobody instead
            if shutil.which("setpriv") is None:
                pytest.skip("setpriv (util-linux) is needed to read as another user")
            as_reader = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o444)
        env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
        env["HOME"] = str(folder)
        for command in (["--stats", "--json"], ["--export-history", "-"]):
            result = subprocess.run(
                [*as_reader, sys.executable, "-m", "backtimer", "--data-dir", str(data),
                 *command], capture_output=True, text=True, env=env, cwd=folder, timeout=60)
            assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
            assert "cannot be written" in result.stderr and "read as it is" in result.stderr
            if command[0] == "--stats":
                assert json.loads(result.stdout)["total"]["sessions"] == 1
            else:
                assert len(result.stdout.splitlines()) == 2
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755)
        shutil.rmtree(folder)


def test_a_history_held_by_another_program_is_said_in_words_not_sqlites(tmp_path):
    data = tmp_path / "data"
    run("--import-history", str(write_json(tmp_path / "a.json",
                                           history_doc("2026-11-20T07:30:00+01:00"))),
        data_dir=data)
    hold = ("import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(data / "history.sqlite3")],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run("--import-history", str(write_json(
            tmp_path / "b.json", history_doc("2026-11-21T07:30:00+01:00"))),
            data_dir=data, check_ok=False)
    finally:
        holder.kill()
    assert result.returncode == 1
    assert "database is locked" not in result.stderr
    assert "another program is using the history right now" in result.stderr


# --- 26: a damaged write-ahead log is said ---------------------------------------------------

_WRITE_AND_DIE = """
import os, sys
from datetime import datetime, timezone
from pathlib import Path
from backtimer.storage.history import HistoryStore
store = HistoryStore(Path(sys.argv[1]), None)
store._conn.execute("PRAGMA wal_autocheckpoint = 0")  # every change stays in the log
for day in range(1, 7):
    row = store.start_session("quick-5", "Quick 5", datetime(2026, 11, day, 7, tzinfo=timezone.utc))
    store.finish_session(row, "completed")
os._exit(0)  # as a crash: the log is never checkpointed into the database
"""


@pytest.mark.parametrize("damage", ["none", "torn last frame", "middle"])
def test_a_damaged_write_ahead_log_is_said_and_kept(tmp_path, damage):
    """A log cut short by a crash (its last frame torn) is normal and says nothing; a break
    with saved changes after it is said, and the log kept."""
    import struct

    data = tmp_path / "data"
    data.mkdir()
    subprocess.run([sys.executable, "-c", _WRITE_AND_DIE, str(data / "history.sqlite3")],
                   check=True, timeout=60)
    log = data / "history.sqlite3-wal"
    raw = bytearray(log.read_bytes())
    page = struct.unpack(">I", raw[8:12])[0]
    frames = (len(raw) - 32) // (24 + page)
    assert frames >= 12
    if damage != "none":  # one byte of a page in the first third of the log, or the last
        frame = frames // 3 if damage == "middle" else frames - 1
        raw[32 + frame * (24 + page) + 24 + 100] ^= 0xFF
        log.write_bytes(bytes(raw))
    result = run("--export-history", "-", data_dir=data)
    sessions = len(result.stdout.splitlines()) - 1
    kept = list(data.glob("history.sqlite3-wal.damaged-*"))
    if damage != "middle":
        assert sessions == 6  # the torn one loses only its last change (its end)
        assert "journal" not in result.stderr and not kept
        return
    assert sessions < 6
    assert "journal history.sqlite3-wal was damaged" in result.stderr
    assert "missing from the history" in result.stderr and str(kept[0]) in result.stderr
    assert kept[0].read_bytes() == bytes(raw)
