"""The history view over a real database: empty state, cards, charts, session list, delete/undo."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backtimer.storage.history import HistoryStore, StepRecord
from backtimer.storage.settings_store import Settings

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from history_data import generate

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=AMS)  # a Friday


def now() -> datetime:
    return NOW


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3", None, now=now)
    yield store
    store.close()


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "settings.json")


def make_view(qtbot, store, settings, lang="en"):
    from backtimer.ui.history.view import HistoryView

    view = HistoryView(store, settings, lang, None, now=now)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    return view


def add(store, day: str, *, minutes=10.0, state="completed", routine="quick-5"):
    started = datetime.fromisoformat(day).replace(tzinfo=AMS)
    session = store.start_session(routine, "Quick 5", started)
    store.add_step(session, StepRecord(0, "glute-bridge", True, minutes * 60, 10, 1),
                   at=started + timedelta(minutes=minutes))
    store.finish_session(session, state, ended_at=started + timedelta(minutes=minutes))
    return session


def test_empty_history_invites_the_first_workout(qtbot, store, settings):
    view = make_view(qtbot, store, settings)
    assert view.objectName() == "historyView"
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_title.text() == "No workouts yet"
    with qtbot.waitSignal(view.workout_requested):
        view.empty_button.click()


def test_without_a_store_it_says_the_history_is_unavailable(qtbot, settings):
    view = make_view(qtbot, None, settings)
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_title.text() == "The history is not available"
    assert view.empty_button.isHidden()


def test_cards_bars_and_tooltips_of_one_week(qtbot, store, settings):
    # Last week: 2 sessions (goal 3 missed); this week: exactly 3 (met).
    for day in ("2026-11-10T07:00", "2026-11-12T07:00", "2026-11-16T07:00",
                "2026-11-18T07:00", "2026-11-20T07:00"):
        add(store, day)
    add(store, "2026-11-19T07:00", state="stopped", minutes=4)
    view = make_view(qtbot, store, settings)
    assert view.pages.currentWidget() is view.content
    assert view.streak_card.value.text() == "1 week"
    assert view.streak_card.detail.text() == "daily streak: 1 day"
    assert view.week_card.value.text() == "3 of 3"
    assert view.minutes_card.value.text() == "54"
    assert view.minutes_card.detail.text() == "5\u00a0sessions completed"

    bars = view.bars
    assert len(bars.weeks) == 12
    assert [w.sessions for w in bars.weeks[-2:]] == [2, 3]
    assert bars.tooltips[-1].splitlines() == ["Week of 16 November 2026",
                                              "3\u00a0sessions · goal 3",
                                              "34\u00a0minutes", "goal met"]
    assert "goal met" not in bars.tooltips[-2]

    view.range_box.setCurrentIndex(2)
    assert len(view.bars.weeks) == 52
    view.measure_box.setCurrentIndex(1)
    assert view.bars.minutes_mode


def test_hovering_a_bar_shows_its_numbers(qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    view.show()
    qtbot.waitExposed(view)
    bars = view.bars
    view_box = bars.getPlotItem().vb
    from PySide6.QtCore import QPointF

    scene_pos = view_box.mapViewToScene(QPointF(11, 0.5))
    bars._hovered(scene_pos)
    assert bars.toolTip().startswith("Week of 16 November 2026")
    bars._hovered(view_box.mapViewToScene(QPointF(11.5, 0.5)))  # between bars
    assert bars.toolTip() == ""


def test_calendar_cells_and_their_tooltips(qtbot, store, settings):
    add(store, "2026-11-18T07:00", minutes=20)
    view = make_view(qtbot, store, settings)
    calendar = view.calendar
    day = datetime(2026, 11, 18).date()
    assert calendar.first_day <= day <= calendar.last_day
    assert calendar.tooltip_for(day).endswith("20\u00a0minutes")
    assert "1 of the" in view.calendar_text.text()
    # The cell of that day is coloured, the day before is the "nothing" shade.
    n = (day - calendar.first_day).days
    row, column = n % 7, n // 7
    cell = calendar.image.shape[0] // 7
    assert tuple(calendar.image[row * cell, column * cell]) != \
        tuple(calendar.image[(row - 1) * cell, column * cell])


def test_pain_lines_and_adherence(qtbot, store, settings):
    first = add(store, "2026-11-16T07:00")
    store.set_pain(first, before=6, after=4)
    second = add(store, "2026-11-17T07:00")
    store.set_pain(second, before=4, after=2)
    view = make_view(qtbot, store, settings)
    curves = view.pain_chart.pain.listDataItems()
    before = curves[0].getData()[1]
    assert before[-1] == 5 and curves[1].getData()[1][-1] == 3


def test_session_list_details_and_paging(qtbot, store, settings):
    generate(store, end=NOW, days=600, per_day=0.9)
    total = store.count()
    assert total > 400
    add(store, "2026-11-20T17:00", routine="mine")
    view = make_view(qtbot, store, settings)
    model = view.model
    assert model.rowCount() == model.PAGE  # a page at a time
    assert model.data(model.index(0, 1)) == "Quick 5"
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total + 1
    view.table.selectRow(0)
    assert "Glute bridge — 10\u00a0reps" in view.details.text()


def test_delete_is_confirmed_and_undoable(qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    keep = add(store, "2026-11-19T07:00")
    view = make_view(qtbot, store, settings)
    view.table.selectRow(1)
    asked = []
    assert not view.delete_selected(confirm=lambda q: asked.append(q) or False)
    assert store.count() == 2 and "Delete the session of Quick 5" in asked[0]
    with qtbot.waitSignal(view.history_changed):
        assert view.delete_selected(confirm=lambda q: True)
    assert store.count() == 1 and store.session(keep)
    assert view.week_card.value.text() == "1 of 3"
    assert view.undo_button.isEnabled()
    view.undo_button.click()
    assert store.count() == 2
    assert view.week_card.value.text() == "2 of 3"
    assert len(store.session(store.page(1, 1)[0].id).steps) == 1


def test_deleting_the_last_session_shows_the_empty_state_and_undo_brings_it_back(
        qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    view.table.selectRow(0)
    view.delete_selected(confirm=lambda q: True)
    assert view.pages.currentWidget() is view.empty_page
    view.undo_stack.undo()
    assert view.pages.currentWidget() is view.content


def test_export_from_the_view(qtbot, store, settings, tmp_path):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    assert view.export_to(tmp_path / "out.csv") == 1
    assert (tmp_path / "out.csv").read_text().startswith("id,routine_id")
    assert view.export_to(tmp_path / "out.json") == 1
    assert json.loads((tmp_path / "out.json").read_text())["format"] == "backtimer.history"


def test_showing_again_after_a_workout_redraws(qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    view.show()
    qtbot.waitExposed(view)
    view.hide()
    add(store, "2026-11-19T07:00")
    view.show()
    assert view.week_card.value.text() == "2 of 3"


def test_dutch_texts(qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings, lang="nl")
    assert view.model.data(view.model.index(0, 0)).startswith("18-11-2026")
    assert view.calendar.tooltip_for(datetime(2026, 11, 18).date()).startswith(
        "woensdag 18 november 2026")


def test_the_recorder_and_store_do_not_import_pyqtgraph():
    code = ("import sys; import backtimer.workout.recorder, backtimer.commands.history; "
            "print('pyqtgraph' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


def test_a_delete_the_history_cannot_write_says_why(qtbot, store, settings):
    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    view.table.selectRow(0)
    store._conn.execute("PRAGMA query_only = ON")  # SQLite now refuses every write (read-only)
    assert not view.delete_selected(confirm=lambda _question: True)
    assert view.message.text() == ("The session could not be deleted: "
                                   "the data folder cannot be written")
    assert not view.undo_button.isEnabled()  # nothing was deleted, so nothing to undo
    store._conn.execute("PRAGMA query_only = OFF")
    assert store.count() == 1
    assert view.delete_selected(confirm=lambda _question: True)  # writable again: it goes
    assert store.count() == 0 and view.undo_button.isEnabled()
    store._conn.execute("PRAGMA query_only = ON")  # and read-only again: Undo cannot put it back
    view.undo_button.click()
    assert view.message.text() == ("The session could not be put back: "
                                   "the data folder cannot be written")
    assert store.count() == 0 and view.undo_button.isEnabled()  # kept, to try again
    store._conn.execute("PRAGMA query_only = OFF")
    view.undo_button.click()
    assert store.count() == 1 and not view.undo_button.isEnabled()
    assert view.model.rowCount() == 1


def test_a_damaged_history_says_it_cannot_be_read_and_why(qtbot, store, settings):
    for day in range(300):
        add(store, (datetime(2026, 11, 19, 7) - timedelta(days=day)).isoformat())
    view = make_view(qtbot, store, settings)
    assert view.pages.currentWidget() is view.content
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(store.path.read_bytes())
    for offset in range(2 * 4096, len(data), 4096):  # the header survives, the pages do not
        data[offset:offset + 4096] = b"\xff" * 4096
    store.path.write_bytes(bytes(data))
    store._conn.execute("PRAGMA cache_size = 0")  # read from the file, not from memory
    view.refresh()
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_title.text() == "The history could not be read"
    assert view.empty_text.text() == ("The history database is damaged; start backtimer again to "
                                      "set it aside and begin a new one.")


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()  # held until the test says so
conn.execute("ROLLBACK")
"""


def test_a_delete_while_another_program_holds_the_history_is_refused_at_once(qtbot, store,
                                                                              settings):
    """A backup tool or a terminal holding the database: the window says so at once rather
    than freezing for SQLite's busy timeout, and the session is still there to delete later."""
    import time

    add(store, "2026-11-18T07:00")
    view = make_view(qtbot, store, settings)
    view.table.selectRow(0)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(store.path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        began = time.monotonic()
        assert not view.delete_selected(confirm=lambda _question: True)
        waited = time.monotonic() - began
        assert view.message.text() == (
            "The session could not be deleted: the history database is in use by another "
            "program or cannot be reached")
        assert waited < 2.5  # not SQLite's 5 s busy timeout (a bound, not a speed figure)
        assert not view.undo_button.isEnabled()
    finally:
        holder.communicate("\n", timeout=10)
    assert store.count() == 1
    assert view.delete_selected(confirm=lambda _question: True)  # the lock is gone: it goes
    assert store.count() == 0
