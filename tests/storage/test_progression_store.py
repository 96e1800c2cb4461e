"""Progression in the history store: the schema migrations, settings, flags, levels, weeks."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backtimer.core import catalog
from backtimer.core.progression import Reason, WeekSummary, decided_weeks, ladder, plan
from backtimer.storage import history
from backtimer.storage.history import (
    HistoryFileError,
    HistoryStore,
    ProgressionSetting,
    StepRecord,
    parse_history_file,
    schema,
)

CET = timezone(timedelta(hours=1))
MONDAY = date(2026, 9, 7)  # a Monday
NOW = datetime(2026, 10, 1, 9, 0, tzinfo=CET)  # a Thursday, four weeks on
# The exercises of lower-back-strength, step by step (the routine the sessions below run).
EXERCISES = tuple(step.exercise for step in catalog.builtin_routine("lower-back-strength").steps)
SUPERMAN = EXERCISES.index("superman")


def open_store(tmp_path: Path) -> HistoryStore:
    return HistoryStore(tmp_path / "history.sqlite3", None, now=lambda: NOW)


def session(store: HistoryStore, started: datetime, *, routine="lower-back-strength",
            state="completed", pain_after=None, hurt=(), scale=1.0, levels=None) -> int:
    row = store.start_session(routine, "Morning", started, time_scale=scale, levels=levels)
    for index in hurt:
        store.mark_hurt(row, index, EXERCISES[index])
    store.finish_session(row, state, ended_at=started + timedelta(minutes=10), work_s=600)
    if pain_after is not None:
        store.set_pain(row, after=pain_after)
    return row


def at(day: date, hour: int = 8, offset: timezone = CET) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=offset)


# --- the migration from the previous schema ---------------------------------------------------

def make_version_1_database(path: Path) -> None:
    """A history as the previous release wrote it: its one migration, then a session."""
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in schema._statements(history.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version=1")
    conn.execute(
        "INSERT INTO sessions (uid, routine_id, routine_name, started_ms, utc_offset_s, ended_ms,"
        " state, time_scale, work_s, pain_before, pain_after, notes)"
        " VALUES ('old-1', 'quick-5', 'Quick 5', 1789000000000, 3600, 1789000600000,"
        " 'completed', 1.0, 300, 3, 2, 'from before')")
    conn.execute(
        "INSERT INTO session_steps (session_id, position, step_index, exercise_id, prescription,"
        " completed, work_s, reps, sets, sides) VALUES (1, 0, 0, 'pelvic-tilt', '{}', 1, 60,"
        " 10, 1, 'none')")
    conn.close()


def test_a_version_1_database_is_migrated_and_keeps_every_session(tmp_path):
    path = tmp_path / "history.sqlite3"
    make_version_1_database(path)
    store = open_store(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION == 3
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert {"progression", "session_hurts"} <= tables
    [old] = store.sessions()
    assert (old.uid, old.pain_before, old.pain_after, old.notes) == ("old-1", 3, 2, "from before")
    assert old.rpe is None and old.levels is None and old.hurt_steps == frozenset()
    assert old.steps[0].exercise_id == "pelvic-tilt"
    # The new columns work on the migrated file, and the checks hold there too.
    store.set_effort(old.id, 6)
    store.mark_hurt(old.id, 0, "pelvic-tilt")
    assert store.session(old.id).rpe == 6 and store.session(old.id).hurt_steps == {0}
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE sessions SET rpe = 11 WHERE id = ?", (old.id,))
    store.close()
    # Opening it again does not migrate twice.
    again = open_store(tmp_path)
    assert again.session(old.id).rpe == 6
    again.close()


def make_version_2_database(path: Path) -> None:
    """A history as the release before hurt marks kept their exercise wrote it: a session with
    a mark on a step it recorded (pelvic tilt, step 0) and one on a step it did not."""
    make_version_1_database(path)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in schema._statements(history.MIGRATIONS[1]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version=2")
    conn.execute("INSERT INTO session_hurts (session_id, step_index) VALUES (1, 0), (1, 3)")
    conn.close()


def test_a_version_2_database_gets_each_hurt_marks_exercise_from_its_steps(tmp_path):
    make_version_2_database(tmp_path / "history.sqlite3")
    store = open_store(tmp_path)
    conn = store._conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT step_index, exercise_id FROM session_hurts ORDER BY step_index"
                        ).fetchall() == [(0, "pelvic-tilt"), (3, None)]
    [old] = store.sessions()
    assert old.hurt_steps == {0, 3}  # the places stay, for the history view and exports
    # The week counts the pelvic tilt as hurt; the mark with no exercise is left out.
    monday = old.started_at.date() - timedelta(days=old.started_at.weekday())
    [week] = store.progression_weeks("quick-5", since=monday, today=monday + timedelta(weeks=1))
    assert week.hurt_exercises == {"pelvic-tilt"}
    store.close()


# --- settings, flags, levels ------------------------------------------------------------------

def test_progression_settings_round_trip_and_reset_moves_since(tmp_path):
    store = open_store(tmp_path)
    assert store.progression_settings() == {}
    store.set_progression("quick-5", enabled=True, since=MONDAY)
    assert store.progression_setting("quick-5") == ProgressionSetting("quick-5", True, MONDAY)
    store.set_progression("quick-5", enabled=False, since=MONDAY)
    store.set_progression("quick-5", enabled=True, since=MONDAY + timedelta(weeks=3))
    assert store.progression_setting("quick-5").since == MONDAY + timedelta(weeks=3)
    assert list(store.progression_settings()) == ["quick-5"]
    assert store.progression_setting("other") is None
    store.close()


def test_effort_hurt_flags_and_levels_are_kept_with_the_session(tmp_path):
    store = open_store(tmp_path)
    row = session(store, at(MONDAY), hurt=(2, 0, 2), levels=(1, 0, 3))
    store.set_effort(row, 7)
    record = store.session(row)
    assert record.levels == (1, 0, 3)
    assert record.hurt_steps == {0, 2}
    assert record.hurt_exercises == ((0, EXERCISES[0]), (2, EXERCISES[2]))
    assert record.rpe == 7
    for bad in (0, 11, 5.5, True):
        with pytest.raises(ValueError):
            store.set_effort(row, bad)
    for index, exercise in ((-1, "superman"), (0, ""), (0, 7)):
        with pytest.raises(ValueError):
            store.mark_hurt(row, index, exercise)
    # Deleting and putting back (undo in the history view) keeps all of it.
    removed = store.delete_session(row)
    assert store._conn.execute("SELECT COUNT(*) FROM session_hurts").fetchone()[0] == 0
    back = store.session(store.restore_session(removed))
    assert (back.levels, back.hurt_steps, back.rpe) == ((1, 0, 3), {0, 2}, 7)
    # The session recorded no steps (cut short): the marks kept their exercises themselves.
    assert back.hurt_exercises == record.hurt_exercises
    store.close()


def test_the_json_export_carries_the_new_fields_and_imports_them(tmp_path):
    store = open_store(tmp_path)
    row = session(store, at(MONDAY), hurt=(1,), levels=(2, 2, 0), pain_after=3)
    store.set_effort(row, 5)
    data = store.export_json()
    item = data["sessions"][0]
    assert (item["rpe"], item["levels"], item["hurt_steps"]) == (5, [2, 2, 0], [1])
    assert item["hurt_exercises"] == [[1, EXERCISES[1]]]
    for key in ("id", "routine_id", "started_at", "ended_at", "state", "steps", "pain_before",
                "pain_after"):
        assert key in item  # the contract's fields stay
    store.close()

    other = HistoryStore(tmp_path / "other.sqlite3", None, now=lambda: NOW)
    records = parse_history_file(json.dumps(data).encode()).sessions
    assert other.import_sessions(records).added == 1
    copy = other.sessions()[0]
    assert (copy.rpe, copy.levels, copy.hurt_steps) == (5, (2, 2, 0), {1})
    # An export from before these fields existed still imports.
    for key in ("rpe", "levels", "hurt_steps", "hurt_exercises"):
        del item[key]
    item["id"] = "older-export"
    item["started_at"] = "2026-09-08T08:00:00+01:00"
    item["ended_at"] = "2026-09-08T08:10:00+01:00"
    assert import_file(other, data).added == 1
    other.close()


def test_an_imported_hurt_mark_belongs_to_the_exercise_that_session_ran_there(tmp_path):
    item = {"id": "imported-1", "routine_id": "quick-5",
            "started_at": "2026-09-07T08:00:00+01:00", "ended_at": "2026-09-07T08:10:00+01:00",
            "state": "completed", "hurt_steps": [1, 5],
            "steps": [{"step_index": 0, "exercise_id": "childs-pose", "completed": True},
                      {"step_index": 1, "exercise_id": "superman", "completed": True}]}
    data = {"format": "backtimer.history", "version": 1, "sessions": [item]}
    store = open_store(tmp_path)
    assert import_file(store, data).added == 1
    [week] = store.progression_weeks("quick-5", since=MONDAY, today=MONDAY + timedelta(weeks=1))
    assert week.hurt_exercises == {"superman"}  # step 5: no such step in it, left out
    [copy] = store.sessions()
    assert copy.hurt_exercises == ((1, "superman"),)
    assert store.export_json()["sessions"][0]["hurt_steps"] == [1, 5]  # the format is as it was
    store.close()


def cut_short_with_a_hurt_superman(store: HistoryStore) -> None:
    """A session killed during the superman, marked "this hurt": that step was never recorded,
    only the two before it."""
    started = at(MONDAY)
    row = store.start_session("lower-back-strength", "Morning", started)
    for index in range(2):
        store.add_step(row, StepRecord(index, EXERCISES[index], True, 60.0),
                       at=started + timedelta(minutes=index + 1))
    store.mark_hurt(row, SUPERMAN, "superman")
    store.finish_session(row, "interrupted", ended_at=started + timedelta(minutes=5))


def hurt_that_week(store: HistoryStore) -> frozenset[str]:
    [week] = store.progression_weeks("lower-back-strength", since=MONDAY,
                                     today=MONDAY + timedelta(weeks=1))
    return week.hurt_exercises


def test_a_hurt_mark_on_a_step_never_recorded_keeps_its_exercise_through_export(tmp_path):
    assert SUPERMAN >= 2
    source = open_store(tmp_path)
    cut_short_with_a_hurt_superman(source)
    assert hurt_that_week(source) == {"superman"}
    data = source.export_json()
    source.close()
    [item] = data["sessions"]
    assert item["hurt_steps"] == [SUPERMAN]
    assert item["hurt_exercises"] == [[SUPERMAN, "superman"]]
    assert [step["step_index"] for step in item["steps"]] == [0, 1]

    target = HistoryStore(tmp_path / "new-computer.sqlite3", None, now=lambda: NOW)
    assert import_file(target, json.loads(history.dumps_history(data))).added == 1
    assert hurt_that_week(target) == {"superman"}
    [copy] = target.sessions()
    assert (copy.hurt_steps, copy.hurt_exercises) == ({SUPERMAN}, ((SUPERMAN, "superman"),))
    # Exported again, it says the same.
    assert target.export_json()["sessions"][0]["hurt_exercises"] == [[SUPERMAN, "superman"]]
    target.close()


def test_an_export_without_hurt_exercises_imports_as_before(tmp_path):
    source = open_store(tmp_path)
    cut_short_with_a_hurt_superman(source)
    recorded_session(source, at(MONDAY, hour=18), hurt=(0,))
    data = source.export_json()
    source.close()
    for item in data["sessions"]:
        del item["hurt_exercises"]

    target = HistoryStore(tmp_path / "laptop.sqlite3", None, now=lambda: NOW)
    assert import_file(target, data).added == 2
    # The recorded step gives its mark the exercise; the one never recorded has none.
    assert target._conn.execute("SELECT step_index, exercise_id FROM session_hurts"
                                " ORDER BY step_index").fetchall() == [
        (0, EXERCISES[0]), (SUPERMAN, None)]
    assert hurt_that_week(target) == {EXERCISES[0]}
    assert [record.hurt_steps for record in target.sessions()] == [{SUPERMAN}, {0}]
    target.close()


def test_unknown_session_keys_are_ignored_so_older_versions_read_newer_files():
    item = {"routine_id": "quick-5", "started_at": "2026-09-07T08:00:00+01:00",
            "state": "completed", "hurt_steps": [2], "a_later_field": {"any": ["thing"]}}
    data = {"format": "backtimer.history", "version": 1, "sessions": [item]}
    [record] = parse_history_file(json.dumps(data).encode()).sessions
    assert (record.hurt_steps, record.hurt_exercises) == ({2}, ())


@pytest.mark.parametrize(("value", "problem"), [
    ("superman", "sessions[1].hurt_exercises: must be a list"),
    ({"2": "superman"}, "sessions[1].hurt_exercises: must be a list"),
    (None, "sessions[1].hurt_exercises: must be a list"),
    ([2, "superman"], "sessions[1].hurt_exercises[0]: must be a pair"),
    ([[2, "superman", 1]], "sessions[1].hurt_exercises[0]: must be a pair"),
    ([[3, "superman"]], "sessions[1].hurt_exercises[0][0]: step 3 is not in hurt_steps"),
    ([[2, "superman"], [2, "bird-dog"]], "sessions[1].hurt_exercises[1][0]: step 2 is listed"),
    ([[-1, "superman"]], "sessions[1].hurt_exercises[0][0]: must be a whole number from 0"),
    ([[True, "superman"]], "sessions[1].hurt_exercises[0][0]: must be a whole number"),
    ([["2", "superman"]], "sessions[1].hurt_exercises[0][0]: must be a whole number"),
    ([[2, ""]], "sessions[1].hurt_exercises[0][1]: must be an exercise id"),
    ([[2, "  "]], "sessions[1].hurt_exercises[0][1]: must be an exercise id"),
    ([[2, 7]], "sessions[1].hurt_exercises[0][1]: must be an exercise id"),
    ([[2, None]], "sessions[1].hurt_exercises[0][1]: must be an exercise id"),
    ([[2, "x" * 65]], "sessions[1].hurt_exercises[0][1]: must be an exercise id"),
])
def test_bad_hurt_exercises_refuse_the_whole_file(tmp_path, value, problem):
    good = {"id": "good-1", "routine_id": "quick-5", "started_at": "2026-09-07T08:00:00+01:00",
            "state": "completed", "hurt_steps": [2], "hurt_exercises": [[2, "superman"]]}
    bad = dict(good, id="bad-1", started_at="2026-09-08T08:00:00+01:00", hurt_exercises=value)
    data = {"format": "backtimer.history", "version": 1, "sessions": [good, bad]}
    target_path = tmp_path / "history.sqlite3"
    store = open_store(tmp_path)
    session(store, at(MONDAY), hurt=(1,))
    store.close()
    before = target_path.read_bytes()
    store = open_store(tmp_path)
    with pytest.raises(HistoryFileError) as caught:
        import_file(store, data)
    assert problem in "; ".join(caught.value.problems)
    assert store.count() == 1
    store.close()
    assert target_path.read_bytes() == before


def test_a_hurt_mark_kept_without_its_exercise_gets_it_when_the_step_is_recorded(tmp_path):
    store = open_store(tmp_path)
    started = at(MONDAY)
    row = store.start_session("lower-back-strength", "Morning", started)
    other = store.start_session("lower-back-strength", "Evening", started + timedelta(hours=9))
    store.mark_hurt(row, SUPERMAN, None)  # the routine running could not say which it was
    store.mark_hurt(row, 0, "pelvic-tilt")
    store.mark_hurt(other, SUPERMAN, None)

    def marks(session_id: int) -> list[tuple[int, str | None]]:
        return store._conn.execute("SELECT step_index, exercise_id FROM session_hurts WHERE"
                                   " session_id = ? ORDER BY step_index",
                                   (session_id,)).fetchall()

    assert marks(row) == [(0, "pelvic-tilt"), (SUPERMAN, None)]
    store.add_step(row, StepRecord(SUPERMAN, "superman", True, 60.0))
    store.add_step(row, StepRecord(0, "cat-cow", True, 60.0))  # a mark that has one keeps it
    assert marks(row) == [(0, "pelvic-tilt"), (SUPERMAN, "superman")]
    assert marks(other) == [(SUPERMAN, None)]  # another session's mark is its own
    assert store.session(row).hurt_exercises == ((0, "pelvic-tilt"), (SUPERMAN, "superman"))
    # Marked without it after the step was recorded, it takes the recorded one at once.
    store.add_step(other, StepRecord(SUPERMAN + 1, "bird-dog", True, 60.0))
    store.mark_hurt(other, SUPERMAN + 1, None)
    assert marks(other) == [(SUPERMAN, None), (SUPERMAN + 1, "bird-dog")]
    store.close()


@pytest.mark.parametrize(("key", "value"), [("rpe", 0), ("rpe", "hard"), ("levels", [1, -1]),
                                            ("levels", "1,2"), ("hurt_steps", [True])])
def test_bad_new_fields_refuse_the_import(key, value):
    item = {"routine_id": "quick-5", "started_at": "2026-09-07T08:00:00+01:00",
            "state": "completed", key: value}
    data = {"format": "backtimer.history", "version": 1, "sessions": [item]}
    with pytest.raises(HistoryFileError, match=key):
        parse_history_file(json.dumps(data).encode())


# --- progression settings move with the JSON export -------------------------------------------

def recorded_session(store: HistoryStore, started: datetime, *, hurt=()) -> None:
    """A session as the player writes it: every step recorded as it ends, so the export can
    tell which exercise a "this hurt" mark (kept there by place) belongs to."""
    row = store.start_session("lower-back-strength", "Morning", started)
    for index in hurt:
        store.mark_hurt(row, index, EXERCISES[index])
    for index, exercise in enumerate(EXERCISES):
        store.add_step(row, StepRecord(index, exercise, True, 60.0),
                       at=started + timedelta(minutes=index + 1))
    store.finish_session(row, "completed", ended_at=started + timedelta(minutes=10), work_s=600)
    store.set_pain(row, after=2)


def three_weeks_with_progression(store: HistoryStore) -> None:
    """Three weeks of lower-back-strength with progression on, step 0 hurting in the third;
    quick-5 was set up a week later and turned off again."""
    store.set_progression("lower-back-strength", enabled=True, since=MONDAY)
    store.set_progression("quick-5", enabled=False, since=MONDAY + timedelta(weeks=1))
    for week in range(3):
        for day in (0, 2, 4):
            recorded_session(store, at(MONDAY + timedelta(weeks=week, days=day)),
                             hurt=(0,) if week == 2 and day == 4 else ())


def import_file(store: HistoryStore, data: dict) -> history.ImportResult:
    parsed = parse_history_file(json.dumps(data).encode())
    return store.import_sessions(parsed.sessions, parsed.progression)


def test_progression_settings_move_with_the_export_and_give_the_same_levels(tmp_path):
    routine = catalog.builtin_routine("lower-back-strength")
    source = open_store(tmp_path)
    three_weeks_with_progression(source)
    data = source.export_json()
    assert data["version"] == 1
    assert data["progression"] == [
        {"routine_id": "lower-back-strength", "enabled": True, "since": "2026-09-07"},
        {"routine_id": "quick-5", "enabled": False, "since": "2026-09-14"},
    ]
    before = source.progression_plan(routine, today=NOW.date(), goal=3)
    settings = source.progression_settings()
    source.close()

    target = HistoryStore(tmp_path / "new-computer.sqlite3", None, now=lambda: NOW)
    assert import_file(target, data) == history.ImportResult(9, 0, 2, 0)
    assert target.progression_settings() == settings
    after = target.progression_plan(routine, today=NOW.date(), goal=3)
    assert after.levels == before.levels
    assert after.levels[0] == 1 and max(after.levels) > 1  # up twice, then step 0 hurt
    assert after.levels_by_week() == before.levels_by_week()
    # Importing again adds nothing, and says the settings here were kept.
    assert import_file(target, data) == history.ImportResult(0, 9, 0, 2)
    target.close()


def test_a_setting_made_here_is_not_overwritten_by_an_import(tmp_path):
    source = open_store(tmp_path)
    three_weeks_with_progression(source)
    data = source.export_json()
    source.close()

    target = HistoryStore(tmp_path / "laptop.sqlite3", None, now=lambda: NOW)
    mine = ProgressionSetting("lower-back-strength", False, MONDAY + timedelta(weeks=2))
    target.set_progression(mine.routine_id, enabled=mine.enabled, since=mine.since)
    # A hand-edited row that cannot be read counts as no setting: the import replaces it.
    target._conn.execute("INSERT INTO progression VALUES ('quick-5', 1, 'soon')")
    assert import_file(target, data) == history.ImportResult(9, 0, 1, 1)
    assert target.progression_settings() == {
        "lower-back-strength": mine,
        "quick-5": ProgressionSetting("quick-5", False, MONDAY + timedelta(weeks=1)),
    }
    target.close()


def test_an_export_from_before_progression_settings_imports_as_before(tmp_path):
    source = open_store(tmp_path)
    three_weeks_with_progression(source)
    data = source.export_json()
    source.close()
    del data["progression"]

    target = HistoryStore(tmp_path / "laptop.sqlite3", None, now=lambda: NOW)
    assert parse_history_file(json.dumps(data).encode()).progression == ()
    assert target.import_sessions(parse_history_file(json.dumps(data).encode()).sessions) \
        == history.ImportResult(9, 0)
    assert target.progression_settings() == {}
    target.close()


GOOD_SETTING = {"routine_id": "quick-5", "enabled": True, "since": "2026-09-07"}


@pytest.mark.parametrize(("progression", "problem"), [
    (None, "progression: must be a list"),
    ({"quick-5": True}, "progression: must be a list"),
    ([3], "progression[0]: must be an object"),
    ([GOOD_SETTING, dict(GOOD_SETTING, routine_id="")], "progression[1].routine_id"),
    ([dict(GOOD_SETTING, routine_id="   ")], "progression[0].routine_id"),
    ([dict(GOOD_SETTING, routine_id="r" * 65)], "progression[0].routine_id"),
    ([dict(GOOD_SETTING, routine_id=7)], "progression[0].routine_id"),
    ([{"enabled": True, "since": "2026-09-07"}], "progression[0].routine_id"),
    ([dict(GOOD_SETTING, enabled="yes")], "progression[0].enabled: must be true or false"),
    ([dict(GOOD_SETTING, enabled=1)], "progression[0].enabled"),
    ([dict(GOOD_SETTING, since="2026-02-30")], "progression[0].since: must be a date"),
    ([dict(GOOD_SETTING, since="20260907")], "progression[0].since"),
    ([dict(GOOD_SETTING, since="2026-W37-1")], "progression[0].since"),
    ([dict(GOOD_SETTING, since="0001-01-01")], "progression[0].since"),
    ([dict(GOOD_SETTING, since=20260907)], "progression[0].since"),
    ([dict(GOOD_SETTING, since=None)], "progression[0].since"),
    ([GOOD_SETTING, dict(GOOD_SETTING, enabled=False)],
     "progression[1].routine_id: 'quick-5' is listed twice"),
])
def test_bad_progression_settings_refuse_the_whole_file(tmp_path, progression, problem):
    source = open_store(tmp_path)
    three_weeks_with_progression(source)
    data = source.export_json()
    source.close()
    data["progression"] = progression

    target_path = tmp_path / "laptop.sqlite3"
    target = HistoryStore(target_path, None, now=lambda: NOW)
    target.set_progression("other", enabled=True, since=MONDAY)
    target.close()
    before = target_path.read_bytes()
    target = HistoryStore(target_path, None, now=lambda: NOW)
    with pytest.raises(HistoryFileError) as caught:
        import_file(target, data)
    assert problem in "; ".join(caught.value.problems)
    assert target.count() == 0
    assert list(target.progression_settings()) == ["other"]
    target.close()
    assert target_path.read_bytes() == before


# --- the weeks progression decides on ---------------------------------------------------------

def test_weeks_are_decided_weeks_only_from_since_with_gaps(tmp_path):
    store = open_store(tmp_path)
    session(store, at(MONDAY - timedelta(days=1)))  # the Sunday before: before `since`
    for day in (0, 2, 4):
        session(store, at(MONDAY + timedelta(days=day)), pain_after=2)
    session(store, at(MONDAY + timedelta(days=5)), state="stopped", pain_after=8, hurt=(1,))
    # Week 2 has nothing; week 3 two sessions; this week (the 4th) is not decided yet.
    for day in (14, 15):
        session(store, at(MONDAY + timedelta(days=day)), pain_after=3)
    session(store, at(NOW.date()), pain_after=1)
    session(store, at(MONDAY + timedelta(days=1)), routine="quick-5")  # another routine
    session(store, at(MONDAY + timedelta(days=1)), scale=30.0)  # a demo run, no exercise
    weeks = store.progression_weeks("lower-back-strength", since=MONDAY + timedelta(days=2),
                                    today=NOW.date())
    assert weeks == [
        WeekSummary(MONDAY, 3, (2 + 2 + 2 + 8) / 4, frozenset({EXERCISES[1]})),
        WeekSummary(MONDAY + timedelta(weeks=1), 0, None, frozenset()),
        WeekSummary(MONDAY + timedelta(weeks=2), 2, 3.0, frozenset()),
    ]
    assert store.progression_weeks("lower-back-strength", since=NOW.date(), today=NOW.date()) == []
    store.close()


def test_weeks_follow_the_week_start_and_day_start_settings(tmp_path):
    store = open_store(tmp_path)
    sunday = MONDAY + timedelta(days=6)
    # 01:30 on Monday of week 2 counts as Sunday with a day starting at 03:00.
    late = datetime(2026, 9, 14, 1, 30, tzinfo=CET)
    session(store, at(sunday))
    session(store, late)
    today = date(2026, 9, 30)
    by_monday = store.progression_weeks("lower-back-strength", since=MONDAY, today=today)
    assert [w.sessions for w in by_monday][:2] == [1, 1]
    by_hour = store.progression_weeks("lower-back-strength", since=MONDAY, today=today,
                                      day_start_hour=3)
    assert [w.sessions for w in by_hour][:2] == [2, 0]
    # Weeks from Sunday: that Sunday and the early Monday open the second week.
    by_sunday = store.progression_weeks("lower-back-strength", since=MONDAY, today=today,
                                        week_start=6)
    assert by_sunday[0].week_start == MONDAY - timedelta(days=1)
    assert [w.sessions for w in by_sunday][:2] == [0, 2]
    store.close()


def test_travel_counts_the_local_day_where_the_session_started(tmp_path):
    store = open_store(tmp_path)
    # 23:30 on Sunday in New York is Monday morning in Europe: it belongs to the Sunday.
    new_york = timezone(timedelta(hours=-4))
    session(store, datetime(2026, 9, 13, 23, 30, tzinfo=new_york))
    weeks = store.progression_weeks("lower-back-strength", since=MONDAY, today=date(2026, 9, 30))
    assert [w.sessions for w in weeks] == [1, 0, 0]
    store.close()


def test_four_weeks_of_history_give_this_weeks_routine(tmp_path):
    store = open_store(tmp_path)
    routine = catalog.builtin_routine("lower-back-strength")
    for week in range(3):
        for day in (0, 2, 4):
            session(store, at(MONDAY + timedelta(weeks=week, days=day)), pain_after=2,
                    hurt=(0,) if week == 2 and day == 4 else ())
    weeks = store.progression_weeks(routine.id, since=MONDAY, today=NOW.date())
    result = plan(routine, weeks, goal=3, this_week=MONDAY + timedelta(weeks=3))
    # Up in weeks 1 and 2, then step 0 hurt in week 3: one back; the others went up again.
    expected = tuple(1 if i == 0 else 3 for i in range(len(routine.steps)))
    ceilings = [len(ladder(step)) - 1 for step in routine.steps]
    assert result.levels == tuple(min(e, c) for e, c in zip(expected, ceilings, strict=True))
    assert result.eased_off
    assert [c.reason for c in result.changes_last_week() if c.step_index == 0] == [Reason.HURT]
    assert result.levels_by_week()[0] == (MONDAY, (0,) * len(routine.steps))
    assert result.levels_by_week()[-1] == (MONDAY + timedelta(weeks=3), result.levels)
    store.close()


def test_a_hurt_mark_follows_its_exercise_when_the_routine_is_reordered(tmp_path):
    store = open_store(tmp_path)
    routine = catalog.builtin_routine("lower-back-strength")
    store.set_progression(routine.id, enabled=True, since=MONDAY)
    for week in range(3):
        for day in (0, 2, 4):
            session(store, at(MONDAY + timedelta(weeks=week, days=day)), pain_after=2,
                    hurt=(SUPERMAN,) if week == 2 and day == 0 else ())
    store.close()
    # Later the superman is moved to the front: the glute bridge now sits at its old place.
    steps = list(routine.steps)
    steps.insert(0, steps.pop(SUPERMAN))
    reordered = routine.with_steps(steps)
    store = open_store(tmp_path)
    result = store.progression_plan(reordered, today=NOW.date(), goal=3)
    ceilings = [len(ladder(step)) - 1 for step in reordered.steps]
    expected = [1 if step.exercise == "superman" else 3 for step in reordered.steps]
    assert result.levels == tuple(min(e, c) for e, c in zip(expected, ceilings, strict=True))
    assert reordered.steps[SUPERMAN].exercise == "glute-bridge"
    assert result.levels[SUPERMAN] == 3  # not stepped back: it did not hurt
    assert [(c.step_index, c.reason) for c in result.changes_last_week()
            if c.reason is Reason.HURT] == [(0, Reason.HURT)]
    store.close()


def test_decided_weeks_without_sessions_is_every_week_empty():
    weeks = decided_weeks([], since=MONDAY, today=MONDAY + timedelta(weeks=2, days=3))
    assert weeks == [WeekSummary(MONDAY, 0), WeekSummary(MONDAY + timedelta(weeks=1), 0)]
