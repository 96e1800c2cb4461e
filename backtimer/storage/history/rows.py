"""Sessions and settings to and from their rows: the SQL the store shares between its writes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from backtimer.storage.history.records import (
    RUNNING,
    ProgressionSetting,
    SessionRecord,
    StepRecord,
    new_uid,
    offset_s,
    to_ms,
)


def loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def read_progression(conn: sqlite3.Connection) -> dict[str, ProgressionSetting]:
    result = {}
    for routine_id, enabled, since in conn.execute(
            "SELECT routine_id, enabled, since FROM progression"):
        try:
            day = date.fromisoformat(since)
        except (TypeError, ValueError):
            continue  # a hand-edited row: treat the routine as never set up
        result[routine_id] = ProgressionSetting(routine_id, bool(enabled), day)
    return result


def merge_progression(conn: sqlite3.Connection,
                       settings: Sequence[ProgressionSetting]) -> tuple[int, int]:
    """Add the settings of routines with none here; returns (added, kept as they were)."""
    known = read_progression(conn)
    new = {s.routine_id: s for s in settings if s.routine_id not in known}
    # A row that cannot be read counts as none (see above), so it is replaced, not kept.
    conn.executemany("INSERT INTO progression (routine_id, enabled, since) VALUES (?,?,?)"
                     " ON CONFLICT (routine_id) DO UPDATE SET enabled = excluded.enabled,"
                     " since = excluded.since",
                     [(s.routine_id, int(s.enabled), s.since.isoformat()) for s in new.values()])
    return len(new), len({s.routine_id for s in settings} & known.keys())


def insert_steps(conn: sqlite3.Connection, session_id: int, steps: Sequence[StepRecord],
                  first_position: int = 0) -> None:
    conn.executemany(
        "INSERT INTO session_steps (session_id, position, step_index, exercise_id, prescription,"
        " completed, work_s, reps, sets, sides) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [(session_id, first_position + n, s.step_index, s.exercise_id,
          json.dumps(s.prescription, sort_keys=True), int(s.completed), s.work_s, s.reps,
          s.sets, s.sides) for n, s in enumerate(steps)])


def insert_session(conn: sqlite3.Connection, record: SessionRecord, *, keep_id: bool) -> int:
    state = "interrupted" if record.state == RUNNING else record.state
    values = (record.uid or new_uid(), record.routine_id, record.routine_name,
              to_ms(record.started_at), offset_s(record.started_at),
              None if record.ended_at is None else to_ms(record.ended_at), state,
              record.time_scale, record.work_s, record.pain_before, record.pain_after,
              record.notes, record.rpe, levels_json(record.levels))
    row_id = record.id if keep_id else None
    cursor = conn.execute(
        "INSERT INTO sessions (id, uid, routine_id, routine_name, started_ms, utc_offset_s,"
        " ended_ms, state, time_scale, work_s, pain_before, pain_after, notes, rpe, levels)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (row_id, *values))
    session_id = int(cursor.lastrowid)
    insert_steps(conn, session_id, record.steps)
    # Marks come by place in this session (the export format keeps them so); a mark that kept
    # its exercise (``hurt_exercises``) says which it was, else the session's own step records.
    exercises = _exercises_by_index(record.steps) | dict(record.hurt_exercises)
    conn.executemany(
        "INSERT INTO session_hurts (session_id, step_index, exercise_id) VALUES (?, ?, ?)",
        [(session_id, index, exercises.get(index)) for index in sorted(record.hurt_steps)])
    return session_id


def _exercises_by_index(steps: Sequence[StepRecord]) -> dict[int, str]:
    """The exercise at each place of the routine, as a session recorded it (first one wins)."""
    exercises: dict[int, str] = {}
    for step in steps:
        exercises.setdefault(step.step_index, step.exercise_id)
    return exercises


def levels_json(levels: Sequence[int] | None) -> str | None:
    return None if levels is None else json.dumps([int(level) for level in levels])


def levels_from_json(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, list) or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in value):
        return None
    return tuple(value)

