"""The history with the keyboard and a screen reader: Tab leaves the session table, the charts
are named and summed up in words, and their numbers are in a table the keyboard reaches."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from backtimer.storage.history import HistoryStore, StepRecord


def seed(data_dir, weeks: int = 6) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = HistoryStore(data_dir / "history.sqlite3", None)
    start = datetime.now().astimezone() - timedelta(weeks=weeks)
    for day in range(0, weeks * 7, 2):
        started = start + timedelta(days=day)
        session = store.start_session("quick-5", "Quick 5", started)
        store.add_step(session, StepRecord(0, "glute-bridge", True, 300, 10, 1),
                       at=started + timedelta(minutes=5))
        store.finish_session(session, "completed", ended_at=started + timedelta(minutes=5))
    store.close()


def open_history(start_app, data_dir, qtbot):
    seed(data_dir)
    window = start_app()
    window.history_action.trigger()  # History in the menu (Ctrl+H)
    from backtimer.ui.history.view import HistoryView

    view = window.findChild(HistoryView, "historyView")
    assert view is not None and view.isVisible()
    return window, view


def test_tab_leaves_the_session_table(start_app, data_dir, qtbot):
    _window, view = open_history(start_app, data_dir, qtbot)
    view.tabs.setCurrentIndex(view.tabs.count() - 2)  # Sessions
    assert view.table.isVisible()
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not view.table and not view.table.isAncestorOf(focused)
    assert view.table.accessibleName() == "Sessions"


def test_the_charts_are_said_in_words_and_numbers(start_app, data_dir, qtbot):
    _window, view = open_history(start_app, data_dir, qtbot)
    assert view.bars.accessibleName() == "Sessions per week"
    assert "Goal of 3\u00a0sessions a week met in" in view.bars.accessibleDescription()
    assert view.calendar.accessibleDescription().startswith("You exercised on ")
    assert view.pain_chart.accessibleDescription() == "No pain ratings in the weeks shown."
    # The numbers: a tab of their own, reached by keys, one row a week, the latest first.
    table = view.week_table
    view.tabs.setCurrentWidget(table)
    assert table.rowCount() == len(view.visible_weeks())
    latest = view.visible_weeks()[-1]
    assert table.item(0, 1).text() == str(latest.sessions)
    assert not table.tabKeyNavigation()
    view.measure_box.setCurrentIndex(1)
    assert view.bars.accessibleName() == "Minutes per week"


def test_combo_boxes_have_buddy_labels(start_app, data_dir, qtbot):
    _window, view = open_history(start_app, data_dir, qtbot)
    buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy()}
    for box in view.findChildren(QComboBox):
        assert box in buddies, box.objectName()
