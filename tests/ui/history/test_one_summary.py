"""One weekly summary and one export: the command line, the tray and the history view read the
same history the same way (issue 12: it was computed in three places, exported in two)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject

from backtimer.core import catalog
from backtimer.core.clock import local_now
from backtimer.storage.history import HistoryStore, StepRecord
from backtimer.storage.paths import resolve_paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings


@pytest.fixture
def paths(tmp_path):
    return resolve_paths(tmp_path / "data")


@pytest.fixture
def filled(paths):
    """Sessions on the last days (today's counted or not: the three must agree either way)."""
    settings = Settings(paths.settings_file)
    settings.update({"weekly_goal": 4, "safety_notice_seen": True})
    store = HistoryStore(paths.history_db, None)
    now = local_now()
    for days_ago, state in ((0, "completed"), (1, "completed"), (2, "stopped"), (3, "completed"),
                            (9, "completed"), (10, "completed")):
        started = now - timedelta(days=days_ago, minutes=30)
        session = store.start_session("quick-5", "Quick 5", started)
        store.add_step(session, StepRecord(0, "glute-bridge", True, 420.0, 10, 1),
                       at=started + timedelta(minutes=7))
        store.finish_session(session, state, ended_at=started + timedelta(minutes=7))
    yield store, settings
    store.close()


def stats_json(paths) -> dict:
    result = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(paths.data_dir),
                             "--stats", "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_command_line_tray_and_history_view_show_the_same_summary(qtbot, paths, filled,
                                                                    tmp_path, start_app):
    from backtimer.ui.history.view import HistoryView
    from backtimer.ui.shell.tray import TrayController

    store, settings = filled
    cli = stats_json(paths)

    view = HistoryView(store, settings, "en", None, now=local_now)
    qtbot.addWidget(view)
    assert view.week_card.value.text() == f"{cli['this_week']['sessions']} of 4"
    assert view.minutes_card.detail.text() == f"{cli['total']['sessions']}\u00a0sessions completed"
    weeks = cli["weekly_streak"]["current"]
    assert view.streak_card.value.text() == ("1 week" if weeks == 1 else f"{weeks}\u00a0weeks")

    owner = QObject()
    library = RoutineLibrary(paths.data_dir / "routines", catalog.BUILTIN_ROUTINES,
                             catalog.EXERCISES)
    window = start_app(write_settings=False, show=False, set_up=False)  # same data folder
    controller = TrayController(window, settings, library, store, "en", owner, now=local_now,
                                available=False, command=["backtimer"],
                                environ={"XDG_CONFIG_HOME": str(tmp_path / "xdg"),
                                         "HOME": str(tmp_path)}, quit_app=lambda: None)
    controller.tray.menu.aboutToShow.emit()  # the menu is read as it opens
    tray = controller.tray
    days = cli["daily_streak"]["current"]
    assert tray.streak_action.text() == {0: "No streak yet", 1: "Streak: 1 day"}.get(
        days, f"Streak: {days}\u00a0days")
    assert tray.week_action.text() == (
        f"This week: {cli['this_week']['sessions']} of 4\u00a0sessions")
    controller.scheduler.stop()
    owner.deleteLater()


def test_the_command_line_and_the_history_view_export_the_same_files(qtbot, paths, filled,
                                                                     tmp_path):
    from backtimer.ui.history.view import HistoryView

    store, settings = filled
    view = HistoryView(store, settings, "en", None, now=local_now)
    qtbot.addWidget(view)
    for name in ("history.csv", "history.json"):
        from_view = tmp_path / f"view-{name}"
        from_cli = tmp_path / f"cli-{name}"
        assert view.export_to(from_view) == 6
        result = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir",
                                 str(paths.data_dir), "--export-history", str(from_cli)],
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert result.stdout == f"Wrote 6 sessions to {from_cli}\n"
        view_text, cli_text = from_view.read_text(), from_cli.read_text()
        if name.endswith(".json"):  # the moment of the export is the one thing that differs
            view_data, cli_data = json.loads(view_text), json.loads(cli_text)
            view_data.pop("exported_at"), cli_data.pop("exported_at")
            assert view_data == cli_data and len(view_data["sessions"]) == 6
        else:
            assert view_text == cli_text and view_text.count("\n") == 7
