"""backtimer read through the desktop's accessibility bus, as a screen reader reads it: a private
session bus, the AT-SPI bus, Xvfb with openbox, the real app with Qt's accessibility on, read by
pyatspi (tests/services/screen_reader.py, system Python) with keys sent by xdotool."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backtimer.storage.history import HistoryStore, StepRecord
from backtimer.storage.settings_store import Settings

READER = Path(__file__).resolve().parents[1] / "services" / "screen_reader.py"
PROGRAMS = {"dbus-run-session": "dbus", "Xvfb": "xvfb", "openbox": "openbox",
            "xdotool": "xdotool"}

pytestmark = pytest.mark.slow


def need_programs() -> None:
    for program, package in PROGRAMS.items():
        if not shutil.which(program):
            pytest.skip(f"{program} is not installed (Debian: {package})")
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        pytest.skip("the AT-SPI bus launcher is not installed (Debian: at-spi2-core)")
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True,
                      check=False, timeout=30).returncode:
        pytest.skip("the system Python has no pyatspi (Debian: python3-pyatspi)")


def read_app(scenario: str, data: Path) -> dict:
    need_programs()
    Settings(data / "settings.json").update({"safety_notice_seen": True, "voice_enabled": False,
                                             "sounds_enabled": False})
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(["dbus-run-session", "--", "/usr/bin/python3", str(READER), scenario,
                           sys.executable, str(data)], capture_output=True, text=True,
                          timeout=240, check=False, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def symbolic(name: str) -> bool:
    return any(unicodedata.category(ch) in ("So", "Sm") or 0x2190 <= ord(ch) <= 0x27BF
               for ch in name)


def named_wrong(controls: list[dict]) -> list[dict]:
    """Controls a screen reader cannot name in words. On Linux a combo box's name is its value;
    what it is comes from the label it is labelled by."""
    return [c for c in controls
            if (c["role"] == "combo box" and (not c["label"].strip() or symbolic(c["label"])))
            or (c["role"] != "combo box" and (not c["name"].strip() or c["symbolic"]))]


def test_a_workout_can_be_read_and_its_changes_are_heard(tmp_path):
    seen = read_app("player", tmp_path / "data")
    read = seen["read"]
    assert re.fullmatch(r"\d+(:\d\d)?(/\d+)?", read["countdownLabel"][0]), read
    assert read["exerciseTitle"] == ["Pelvic tilt", "Exercise"]
    assert "reps" in read["prescriptionLabel"][0] and read["prescriptionLabel"][1] == \
        "Prescription"
    assert read["instructionLabel"][0] and read["nextUpLabel"][0].startswith("Next:")
    assert read["timeLeftLabel"][0].endswith("left")
    assert read["illustrationView"][0].startswith("Pelvic tilt: ")
    # A change of exercise reaches the screen reader with the exercise's name.
    new = seen["title_after"]
    assert new not in ("", "Pelvic tilt", "Rest")
    announced = [e for e in seen["events"] if e["type"] == "object:announcement"]
    assert any(new in e["data"] for e in announced), seen["events"]
    assert any(e["type"].startswith("object:property-change:accessible-name")
               and e["name"] == new for e in seen["events"]), seen["events"]
    assert any(e["data"] == "Paused" for e in announced), announced
    for screen in ("player", "finish"):
        assert screen in seen["controls"], list(seen["controls"])
        controls = seen["controls"][screen]
        assert not named_wrong(controls), (screen, named_wrong(controls))
        names = [c["name"] for c in controls if c["role"] == "push button" and c["enabled"]]
        assert len(names) == len(set(names)), (screen, names)
        assert seen["tab"][screen]["came_back"], (screen, seen["tab"][screen])


def seed_history(data: Path) -> None:
    store = HistoryStore(data / "history.sqlite3", None)
    start = datetime.now().astimezone() - timedelta(days=40)
    for day in range(0, 40, 2):
        started = start + timedelta(days=day)
        session = store.start_session("quick-5", "Quick 5", started)
        store.add_step(session, StepRecord(0, "glute-bridge", True, 300, 10, 1),
                       at=started + timedelta(minutes=5))
        store.finish_session(session, "completed", ended_at=started + timedelta(minutes=5))
    store.close()


def test_every_screen_is_named_and_tab_goes_round(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    seed_history(data)
    seen = read_app("screens", data)
    assert {"home", "settings"} <= set(seen["controls"]), list(seen["controls"])
    assert any(screen.startswith("history:") for screen in seen["controls"]), seen["controls"]
    for screen, controls in seen["controls"].items():
        assert controls, screen
        assert not named_wrong(controls), (screen, named_wrong(controls))
        names = [c["name"] for c in controls if c["role"] == "push button" and c["enabled"]]
        assert len(names) == len(set(names)), (screen, names)
    for screen, round_ in seen["tab"].items():
        assert round_["came_back"], (screen, round_["visited"])
        visited = {tuple(v)[2] for v in round_["visited"]}
        for control in seen["controls"][screen]:
            if control["focusable"] and control["enabled"] and control["role"] in (
                    "push button", "combo box"):
                assert control["id"] in visited, (screen, control, round_["visited"])
