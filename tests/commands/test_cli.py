"""The command line as a user runs it: real subprocesses, real files, exit codes and messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from backtimer.core.catalog import BUILTIN_ROUTINES


def run(*args, data_dir=None, env_dir=None, check_ok=True):
    env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    if env_dir is not None:
        env["BACKTIMER_DATA_DIR"] = str(env_dir)
    argv = [sys.executable, "-m", "backtimer"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    result = subprocess.run(argv + list(args), capture_output=True, text=True, env=env,
                            timeout=60)
    assert "Traceback" not in result.stderr, result.stderr
    if check_ok:
        assert result.returncode == 0, result.stderr
    return result


def test_list_routines_prints_aligned_id_name_duration(tmp_path):
    out = run("--list-routines", data_dir=tmp_path).stdout.splitlines()
    assert [line.split()[0] for line in out] == [r.id for r in BUILTIN_ROUTINES]
    assert len({line.rindex(":") for line in out}) == 1  # durations right-aligned
    assert "Quick 5" in out[2] and out[2].endswith("5:00")


def test_list_routines_in_dutch(tmp_path):
    out = run("--lang", "nl", "--list-routines", data_dir=tmp_path).stdout
    assert "Kort · 5 min" in out and "Quick 5" not in out


def test_export_then_import_a_routine_under_a_new_id(tmp_path):
    shared = tmp_path / "quick.json"
    run("--export-routine", "quick-5", str(shared), data_dir=tmp_path / "a")
    doc = json.loads(shared.read_text())
    assert doc["format"] == "backtimer.routine" and doc["version"] == 1
    doc["id"] = "my-quick"
    shared.write_text(json.dumps(doc))
    result = run("--import-routine", str(shared), env_dir=tmp_path / "b")
    assert "my-quick" in result.stdout
    assert (tmp_path / "b" / "routines" / "my-quick.json").is_file()
    listed = run("--list-routines", env_dir=tmp_path / "b").stdout
    assert listed.splitlines()[-1].startswith("my-quick")


def test_importing_over_a_builtin_is_refused(tmp_path):
    shared = tmp_path / "quick.json"
    run("--export-routine", "quick-5", str(shared), data_dir=tmp_path)
    result = run("--import-routine", str(shared), data_dir=tmp_path, check_ok=False)
    assert result.returncode == 2 and "built-in" in result.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"", "file: is empty"),
    (b'{"format": "backtimer.routine", "version": 1, "id": "x", "steps": [', "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "not UTF-8"),
    (b"[" * 100_000, "nested too deeply"),
    (b'{"format": "backtimer.routine", "version": 1, "id": "x", "name": "X", '
     b'"steps": [{"exercise": "superman", "reps": "many"}]}', "steps[0].reps"),
    (b'{"format": "backtimer.routine", "version": 1, "id": "x", "name": "X", '
     b'"steps": [{"exercise": "childs-pose", "hold_s": 100000}]}',
     "steps[0].hold_s: must be between 1 and 600"),
    (b'{"format": "backtimer.routine", "version": 9, "id": "x"}', "newer than this app"),
])
def test_a_bad_routine_file_exits_2_naming_the_problem_and_changes_nothing(
        tmp_path, content, message):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    data = tmp_path / "data"
    result = run("--import-routine", str(bad), data_dir=data, check_ok=False)
    assert result.returncode == 2
    assert message in result.stderr
    assert not (data / "routines").exists() or not any((data / "routines").iterdir())


def test_a_missing_file_and_unknown_ids_get_one_clear_line(tmp_path):
    result = run("--import-routine", str(tmp_path / "nope.json"), data_dir=tmp_path,
                 check_ok=False)
    assert result.returncode == 2 and "cannot be read" in result.stderr
    result = run("--export-routine", "nope", str(tmp_path / "x.json"), data_dir=tmp_path,
                 check_ok=False)
    assert result.returncode == 2 and "no routine with id 'nope'" in result.stderr
    result = run("--routine", "nope", data_dir=tmp_path, check_ok=False)
    assert result.returncode == 2 and "no routine with id 'nope'" in result.stderr


@pytest.mark.parametrize("args", [
    ["--time-scale", "0"], ["--time-scale", "fast"], ["--autostart"], ["--lang", "fr"],
    ["--json"],
])
def test_bad_options_exit_2_with_a_message(tmp_path, args):
    result = run(*args, data_dir=tmp_path, check_ok=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("backtimer: ")


def test_version_and_help():
    assert run("--version").stdout.startswith("backtimer ")
    assert "--list-routines" in run("--help").stdout


def test_a_damaged_user_routine_file_is_skipped_and_reported(tmp_path):
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "broken.json").write_text("{oops")
    result = run("--list-routines", data_dir=tmp_path)
    assert "quick-5" in result.stdout
    assert "broken.json" in result.stderr
    assert (tmp_path / "routines" / "broken.json").read_text() == "{oops"  # kept as it was


def test_the_console_script_is_installed():
    script = os.path.join(os.path.dirname(sys.executable), "backtimer")
    result = subprocess.run([script, "--list-routines", "--data-dir", "/nonexistent/x"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "quick-5" in result.stdout
