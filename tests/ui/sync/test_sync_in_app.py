"""Sync in the running app, built by the composition root: at start, after a workout, when
another computer's files arrive; the history view says when and with how many computers."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from backtimer.core.routine import Routine, Step, dumps
from backtimer.storage.history import HistoryStore
from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings
from tests.commands.test_history_cli import seed

pytestmark = pytest.mark.slow
LIMIT_S = 60


def cli_sync(data: Path, shared: Path) -> None:
    subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data), "--sync",
                    str(shared)], check=True, capture_output=True, timeout=60)


def count(data: Path) -> int:
    store = HistoryStore(data / "history.sqlite3", None)
    try:
        return len(store.facts())
    finally:
        store.close()


def run_driven(args: list[str], data: Path, steps: Iterator[Callable[[], bool]]) -> int:
    """Runs the real app (``app.run_app``) and, every 100 ms, the current step until it returns
    True, then the next; quits after the last, or fails after LIMIT_S."""
    from backtimer import app as app_module
    from backtimer.cli import parse

    started = time.monotonic()
    failure: list[str] = []
    current = [next(steps)]

    def tick() -> None:
        if time.monotonic() - started > LIMIT_S:
            failure.append(f"gave up after {LIMIT_S} s at {current[0].__name__}")
            QApplication.quit()
            return
        try:
            if current[0]():
                current[0] = next(steps)
        except StopIteration:
            QApplication.quit()
            return
        except AssertionError as error:
            failure.append(str(error))
            QApplication.quit()
            return
        QTimer.singleShot(100, tick)

    QTimer.singleShot(100, tick)
    code = app_module.run_app(parse(["--data-dir", str(data), *args]), resolve_paths(data))
    assert not failure, failure[0]
    return code


def in_own_process(scenario: str, *paths: Path) -> None:
    """Runs ``scenario(*paths)`` of this module in a fresh interpreter: the app is started
    once per process, as a person starts it (a second app in one process would meet the first
    one's leftovers)."""
    root = Path(__file__).resolve().parents[3]
    script = ("import sys; from tests.ui.sync import test_sync_in_app as t; "
              "from pathlib import Path; "
              f"t.{scenario}(*map(Path, sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", script, *map(str, paths)], cwd=root,
                            capture_output=True, text=True, timeout=LIMIT_S + 60)
    assert result.returncode == 0, result.stderr[-4000:]


def test_the_app_syncs_at_start_after_a_workout_and_when_files_arrive(tmp_path):
    in_own_process("start_workout_and_arriving_files", tmp_path)


def test_choosing_the_folder_in_settings_syncs_and_a_wrong_one_is_refused(tmp_path):
    in_own_process("choosing_the_folder", tmp_path)


def test_a_routine_changed_on_both_computers_is_kept_twice_and_told(tmp_path):
    in_own_process("routine_changed_on_both", tmp_path)


def test_a_folder_that_is_not_there_is_told_in_the_history_in_dutch(tmp_path):
    in_own_process("folder_not_there", tmp_path)


def start_workout_and_arriving_files(tmp_path: Path) -> None:
    QApplication.instance() or QApplication([])
    shared = tmp_path / "Sync"
    shared.mkdir()
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    seed(desktop, [1, 2])
    cli_sync(desktop, shared)
    Settings(resolve_paths(laptop).settings_file).update(
        {"safety_notice_seen": True, "pain_checkins": False, "sync_folder": str(shared)})
    tiny = Routine(id="tiny", name={"en": "Tiny"}, lead_in_s=0,
                   steps=(Step("childs-pose", mode="hold", hold_s=2),))
    (laptop / "routines").mkdir(parents=True)
    (laptop / "routines" / "tiny.json").write_text(dumps(tiny))
    seen: dict[str, object] = {}

    def window() -> QWidget:
        # The visible one: a window of an earlier test may not be deleted yet.
        return next(w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible())

    def synced_at_start_and_after_the_workout() -> bool:
        # The desktop's two sessions came in; the one done here went out.
        mine = [p for p in shared.glob("backtimer/*/journal-*.jsonl")
                if '"routine_id":"tiny"' in p.read_text()]
        return count(laptop) == 3 and bool(mine)

    def history_says_when_and_with_whom() -> bool:
        window().findChild(object, "historyAction").trigger()
        label = window().findChild(QLabel, "syncStatusLabel")
        assert label is not None and label.isVisible()
        assert "Synced today at" in label.text() and "with 1 other computer" in label.text()
        view = window().findChild(QWidget, "historyView")
        seen["rows"] = view.model.rowCount()
        assert seen["rows"] == 3
        # Another computer's files arrive while the history is on the screen.
        seed(desktop, [5])
        cli_sync(desktop, shared)
        return True

    def the_open_history_shows_them() -> bool:
        view = window().findChild(QWidget, "historyView")
        return view.model.rowCount() == 4

    def steps():
        yield synced_at_start_and_after_the_workout
        yield history_says_when_and_with_whom
        yield the_open_history_shows_them

    code = run_driven(["--lang", "en", "--routine", "tiny", "--autostart", "--time-scale", "10"],
                      laptop, steps())
    assert code == 0
    cli_sync(desktop, shared)
    assert count(desktop) == 4  # the workout done on the laptop reached the desktop


def choosing_the_folder(tmp_path: Path) -> None:
    QApplication.instance() or QApplication([])
    shared = tmp_path / "Sync"
    shared.mkdir()
    laptop = tmp_path / "laptop"
    seed(laptop, [1])
    Settings(resolve_paths(laptop).settings_file).update({"safety_notice_seen": True})

    def window() -> QWidget:
        # The visible one: a window of an earlier test may not be deleted yet.
        return next(w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "mainWindow" and w.isVisible())

    def open_settings() -> bool:
        assert not (shared / "backtimer").exists()  # no folder chosen: no sync
        QTimer.singleShot(0, window().findChild(object, "settingsAction").trigger)
        return True

    def choose_the_folder() -> bool:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "settingsDialog" and w.isVisible()), None)
        if dialog is None:
            return False
        page = dialog.findChild(QWidget, "syncPage")
        tabs = dialog.findChild(QWidget, "settingsTabs")
        tabs.setCurrentIndex(tabs.count() - 1)
        edit = page.findChild(QWidget, "option_sync_folder")
        edit.setText(str(tmp_path / "unplugged"))
        problem = page.findChild(QLabel, "syncFolderProblem")
        assert problem.isVisible() and "There is no folder" in problem.text()
        assert not dialog.findChild(QWidget, "okButton").isEnabled()
        edit.setText(str(shared))
        assert not problem.isVisible()
        dialog.findChild(QWidget, "okButton").click()
        return True

    def synced() -> bool:
        assert Settings(resolve_paths(laptop).settings_file)["sync_folder"] == str(shared)
        return any('"kind":"session"' in p.read_text()
                   for p in shared.glob("backtimer/*/journal-*.jsonl"))

    def steps():
        yield open_settings
        yield choose_the_folder
        yield synced

    assert run_driven(["--lang", "en"], laptop, steps()) == 0


def routine_changed_on_both(tmp_path: Path) -> None:
    from dataclasses import replace

    from backtimer.core import catalog
    from backtimer.core.routine import localized
    from backtimer.storage.routine_library import RoutineLibrary

    QApplication.instance() or QApplication([])
    shared = tmp_path / "Sync"
    shared.mkdir()
    laptop, desktop = tmp_path / "laptop", tmp_path / "desktop"
    libraries = {data: RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES,
                                      catalog.EXERCISES) for data in (laptop, desktop)}
    mine = replace(catalog.BUILTIN_ROUTINES[0], id="my-morning", builtin=False,
                   name={"en": "My morning", "nl": "Mijn ochtend"})
    libraries[desktop].save(mine)
    cli_sync(desktop, shared)
    cli_sync(laptop, shared)
    # Both change it before seeing the other's change.
    libraries[laptop].save(replace(mine, lead_in_s=3))
    libraries[desktop].save(replace(mine, lead_in_s=9))
    cli_sync(desktop, shared)
    Settings(resolve_paths(laptop).settings_file).update(
        {"safety_notice_seen": True, "sync_folder": str(shared)})

    def told() -> bool:
        box = next((w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "syncConflictBox" and w.isVisible()), None)
        if box is None:
            return False
        assert "My morning (from the other computer)" in box.text()
        names = sorted(localized(r.name, "en") for r in libraries[laptop].user_routines())
        assert names == ["My morning", "My morning (from the other computer)"]
        assert {r.lead_in_s for r in libraries[laptop].user_routines()} == {3, 9}
        box.close()
        return True

    def steps():
        yield told

    assert run_driven(["--lang", "en"], laptop, steps()) == 0


def folder_not_there(tmp_path: Path) -> None:
    QApplication.instance() or QApplication([])
    laptop, unplugged = tmp_path / "laptop", tmp_path / "USB-stick"
    seed(laptop, [1])
    Settings(resolve_paths(laptop).settings_file).update(
        {"safety_notice_seen": True, "sync_folder": str(unplugged)})

    def told() -> bool:
        window = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "mainWindow" and w.isVisible())
        window.findChild(object, "historyAction").trigger()
        label = window.findChild(QLabel, "syncStatusLabel")
        if "mislukte" not in label.text():
            return False  # the first sync has not ended yet
        assert label.text() == (f"De laatste poging mislukte: de map {unplugged} is er niet "
                                "(is de schijf aangesloten?).")
        assert window.findChild(QWidget, "historyView").model.rowCount() == 1  # kept
        return True

    def steps():
        yield told

    assert run_driven(["--lang", "nl"], laptop, steps()) == 0
