"""The history page in the running app: opened mid-workout, with imported sessions, its empty
page's button, and what a deletion changes elsewhere."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QToolButton,
)

from backtimer.core.clock import FakeClock

NOW = datetime(2026, 3, 12, 18, 0, tzinfo=timezone(timedelta(hours=1)))


def _click_action(qtbot, window, name: str) -> None:
    """Click the toolbar button of the action named ``name``, as a person does."""
    button = next(b for b in window.toolbar.findChildren(QToolButton)
                  if b.defaultAction() is not None and b.defaultAction().objectName() == name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _card_value(window, name: str) -> str:
    return window.findChild(QLabel, name).text()


def test_history_opens_during_a_new_users_first_workout(start_app, quiet, qtbot):
    window = start_app(clock=FakeClock(), now=lambda: NOW)
    clock = window.runner.clock
    window.open_player(window.library.get("quick-5"))
    window.runner.start()
    clock.run(20, window.runner.update, 0.25)  # into the first exercise, nothing finished yet
    _click_action(qtbot, window, "historyAction")
    assert window.windowTitle() == "History"
    assert window.stack.currentWidget() is window.history_view
    # Nothing is finished yet: the cards say so, in numbers.
    assert _card_value(window, "totalMinutesCardValue") == "0"
    assert _card_value(window, "totalMinutesCardDetail") == "0\u00a0sessions completed"


def _history_file(path, sessions) -> None:
    path.write_text(json.dumps({"format": "backtimer.history", "version": 1,
                                "sessions": sessions}), encoding="utf-8")


def test_imported_sessions_without_steps_count_their_minutes_and_days(start_app, quiet, qtbot,
                                                                      data_dir, tmp_path):
    sessions = []
    for days_ago in range(4):
        start = (NOW - timedelta(days=days_ago)).replace(hour=8, minute=0)
        sessions.append({"id": f"other-app-{days_ago}", "routine_id": "other-app",
                         "routine_name": "Another app's workout",
                         "started_at": start.isoformat(),
                         "ended_at": (start + timedelta(minutes=15)).isoformat(),
                         "state": "completed"})
    exported = tmp_path / "other-app.json"
    _history_file(exported, sessions)
    result = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data_dir),
                             "--import-history", str(exported)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    window = start_app(clock=FakeClock(), now=lambda: NOW)
    _click_action(qtbot, window, "historyAction")
    assert _card_value(window, "totalMinutesCardValue") == "60"
    assert "4\u00a0sessions completed" in _card_value(window, "totalMinutesCardDetail")
    assert "daily streak: 4\u00a0days" in _card_value(window, "currentStreakCardDetail")
    calendar = _card_value(window, "calendarSummary")
    assert calendar.startswith("You exercised on 4 of the "), calendar


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_choose_a_routine_on_the_empty_history_shows_the_routines(start_app, quiet, qtbot, lang):
    window = start_app("--lang", lang, clock=FakeClock(), now=lambda: NOW)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _click_action(qtbot, window, "historyAction")
    button = window.findChild(QPushButton, "historyStartButton")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert QApplication.focusWidget() is window.home.list_view
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return):
        _click_action(qtbot, window, "historyAction")
        assert QApplication.focusWidget() is button
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert window.stack.currentWidget() is window.home, key


def _import(data_dir, tmp_path, sessions) -> None:
    exported = tmp_path / "sessions.json"
    _history_file(exported, sessions)
    result = subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data_dir),
                             "--import-history", str(exported)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def _answer_next_question(qtbot, button: QMessageBox.StandardButton) -> None:
    """Press ``button`` in the question box that is about to open."""
    def press():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(50, press)


def test_deleting_todays_session_plans_todays_reminder_again(start_app, quiet, qtbot, data_dir,
                                                             tmp_path, qapp):
    today_start = NOW.replace(hour=9)
    _import(data_dir, tmp_path, [{
        "id": "this-morning", "routine_id": "quick-5", "routine_name": "Quick 5",
        "started_at": today_start.isoformat(),
        "ended_at": (today_start + timedelta(minutes=5)).isoformat(), "state": "completed",
        "work_s": 300}])
    window = start_app(clock=FakeClock(), now=lambda: NOW,
                       settings={"reminder_enabled": True, "reminder_time": "19:00",
                                 "reminder_weekdays": 0b1111111})
    [icon] = [i for i in qapp.findChildren(QSystemTrayIcon)]
    # Done today: the reminder waits for tomorrow (a Friday).
    assert icon.toolTip() == "backtimer: next reminder Fri 19:00"
    _click_action(qtbot, window, "historyAction")
    table = window.findChild(QTableView, "sessionTable")
    table.selectRow(0)
    _answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.findChild(QPushButton, "deleteSessionButton"),
                     Qt.MouseButton.LeftButton)
    assert table.model().rowCount() == 0 or window.findChild(QLabel, "historyEmptyTitle") \
        .isVisible()
    # Nothing done today any more: today's reminder is back.
    assert icon.toolTip() == "backtimer: next reminder 19:00"
    qtbot.mouseClick(window.findChild(QPushButton, "undoDeleteButton"),
                     Qt.MouseButton.LeftButton)
    assert icon.toolTip() == "backtimer: next reminder Fri 19:00"


def _contrast(one, two) -> float:
    """The WCAG contrast ratio of two QColors."""
    def luminance(color):
        def channel(c):
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
                + 0.0722 * channel(color.blue()))
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_weekly_chart_and_calendar_say_what_they_show(start_app, quiet, qtbot, data_dir,
                                                          tmp_path):
    import pyqtgraph as pg
    from PySide6.QtWidgets import QComboBox

    from backtimer.ui.history.charts import WeeklyBars, YearCalendar

    sessions = []
    for n in range(6):  # six this week, over a goal of three
        start = NOW.replace(hour=7) - timedelta(days=n % 3, minutes=n)
        sessions.append({"id": f"s{n}", "routine_id": "quick-5", "routine_name": "Quick 5",
                         "started_at": start.isoformat(),
                         "ended_at": (start + timedelta(minutes=5)).isoformat(),
                         "state": "completed", "work_s": 300})
    _import(data_dir, tmp_path, sessions)
    window = start_app(clock=FakeClock(), now=lambda: NOW, settings={"weekly_goal": 3})
    _click_action(qtbot, window, "historyAction")
    bars = window.findChild(WeeklyBars, "weeklyChart")
    assert bars.tooltips[-1].split("\n")[1] == "6\u00a0sessions · goal 3"
    plot = bars.getPlotItem()
    # The goal's label: text colour on the chart's own background, whatever bar is behind it.
    [line] = [item for item in plot.items if isinstance(item, pg.InfiniteLine)]
    label = line.label
    assert _contrast(label.color, label.fill.color()) >= 4.5
    # The highest mark of the axis has room for its number.
    marks = [value for value, _text in plot.getAxis("left")._tickLevels[0]]
    assert plot.viewRange()[1][1] >= max(marks) + 0.5
    # Minutes are coloured by the sessions goal: the legend says so.
    window.findChild(QComboBox, "historyMeasure").setCurrentIndex(1)
    legend = [sample_label.text for _sample, sample_label in plot.legend.items]
    assert legend == ["3+ sessions: goal met", "fewer sessions"]
    # The range chosen applies to the calendar too; a year's axis says the year.
    weeks = window.findChild(QComboBox, "historyRange")
    weeks.setCurrentIndex(weeks.findData(12))
    calendar = window.findChild(YearCalendar, "calendarChart")
    assert calendar.columns == 12
    assert _card_value(window, "calendarSummary") == \
        "You exercised on 3 of the 81\u00a0days shown."
    weeks.setCurrentIndex(weeks.findData(52))
    ticks = [text for _value, text in plot.getAxis("bottom")._tickLevels[0]]
    assert any(text.endswith(("2025", "2026")) for text in ticks), ticks
    assert calendar.columns == 52
