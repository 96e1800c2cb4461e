"""The report read from a real history database: the sample's known figures, progression levels,
and the same sessions whichever way they are read."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backtimer.core import catalog
from backtimer.core.progression import Reason
from backtimer.storage import report_source
from backtimer.storage.history import HistoryStore, parse_history_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from history_data import physio_sample

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=AMS)
SETTINGS = {"weekly_goal": 3, "week_start": 0, "day_start_hour": 0}
ROUTINES = {r.id: r for r in catalog.BUILTIN_ROUTINES}


@pytest.fixture
def store(tmp_path):
    store = HistoryStore(tmp_path / "history.sqlite3", None, now=lambda: NOW)
    parsed = parse_history_file(json.dumps(physio_sample(NOW.date(), AMS)).encode())
    store.import_sessions(parsed.sessions, parsed.progression)
    yield store
    store.close()


def test_the_samples_figures(store):
    report = report_source.load(store, SETTINGS, ROUTINES, today=NOW.date())
    assert (report.completed, report.stopped, report.interrupted) == (13, 1, 1)
    assert (report.weeks_met, report.weeks_counted) == (3, 5)
    assert report.minutes == pytest.approx(136)
    pain = report.pain
    assert (round(pain.before, 2), pain.before_n, pain.after, pain.after_n) == (4.5, 14, 3.0, 13)
    assert (round(pain.change, 3), pain.change_n) == (-1.308, 13)
    assert (round(pain.early_before, 2), pain.late_before) == (5.83, 3.0)
    assert (pain.early_after, pain.late_after) == (4.0, 1.0)
    superman = next(e for e in report.exercises if e.exercise_id == "superman")
    assert superman.hurt_days == (datetime(2026, 10, 26).date(),)
    (use,) = report.routines
    assert use.routine is ROUTINES["lower-back-strength"]
    assert use.progression_since == datetime(2026, 10, 12).date()
    levels = {s.exercise_id: s for s in use.level_history}
    assert (levels["superman"].start, levels["superman"].end) == (0, 1)
    assert levels["superman"].step_backs == ((datetime(2026, 10, 26).date(), Reason.HURT),)
    assert (levels["pelvic-tilt"].start, levels["pelvic-tilt"].end) == (0, 3)


def test_a_routine_gone_from_the_library_keeps_its_recorded_name(store):
    report = report_source.load(store, SETTINGS, {}, today=NOW.date())
    (use,) = report.routines
    assert (use.routine, use.name, use.level_history) == (None, "Lower-back strength", ())


def test_no_history_yet_is_an_empty_report():
    report = report_source.load(None, SETTINGS, ROUTINES, today=NOW.date(), weeks=3)
    assert report.empty and len(report.weeks) == 3


def test_the_sessions_are_the_same_read_page_by_page_or_all_at_once(store, monkeypatch):
    first = datetime(2026, 10, 12).date()
    one_by_one = report_source.sessions_since(store, first)
    monkeypatch.setattr(report_source, "PAGE", 4)
    assert report_source.sessions_since(store, first) == one_by_one
    monkeypatch.setattr(report_source, "READ_ALL_FROM", 1)
    assert report_source.sessions_since(store, first) == one_by_one
    assert len(one_by_one) == 15
    # From 2 November: the fourth week (3 completed, 1 interrupted) and the fifth (1).
    assert report_source.sessions_since(store, datetime(2026, 11, 2).date()) == one_by_one[-5:]
