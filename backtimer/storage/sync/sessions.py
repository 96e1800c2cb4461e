"""Sessions as they travel: the JSON history format, read back by the history import itself."""

from __future__ import annotations

import json
from typing import Any

from backtimer.storage.history import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    HistoryFileError,
    ProgressionSetting,
    SessionRecord,
    parse_history_file,
)
from backtimer.storage.sync.journal import RawJSON


def _iso(moment) -> str | None:
    if moment is None:
        return None
    return moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")


def session_json(record: SessionRecord) -> dict[str, Any]:
    """One session as ``--export-history FILE.json`` writes it (the documented format)."""
    return {
        "id": record.uid, "routine_id": record.routine_id, "routine_name": record.routine_name,
        "started_at": _iso(record.started_at), "ended_at": _iso(record.ended_at),
        "state": "interrupted" if record.state == "running" else record.state,
        "time_scale": record.time_scale, "work_s": round(record.work_s, 3),
        "steps": [{"step_index": s.step_index, "exercise_id": s.exercise_id,
                   "completed": s.completed, "work_s": round(s.work_s, 3), "reps": s.reps,
                   "sets": s.sets, "sides": s.sides, "prescription": s.prescription}
                  for s in record.steps],
        "pain_before": record.pain_before, "pain_after": record.pain_after,
        "notes": record.notes, "rpe": record.rpe,
        "levels": None if record.levels is None else list(record.levels),
        "hurt_steps": sorted(record.hurt_steps),
        "hurt_exercises": [[i, exercise] for i, exercise in sorted(record.hurt_exercises)],
    }


def progression_json(setting: ProgressionSetting) -> dict[str, Any]:
    return {"routine_id": setting.routine_id, "enabled": setting.enabled,
            "since": setting.since.isoformat()}


def _file(sessions: list, progression: list) -> bytes:
    """A JSON history file around the sessions: their text as it came (``RawJSON``), or
    written out."""
    parts = [item.text if isinstance(item, RawJSON) else json.dumps(item).encode()
             for item in sessions]
    return (b'{"format":' + json.dumps(EXPORT_FORMAT).encode() + b',"version":'
            + str(EXPORT_VERSION).encode() + b',"progression":'
            + json.dumps(progression).encode() + b',"sessions":[' + b",".join(parts) + b"]}")


def parse_sessions(items: list[tuple[str, Any]]) -> tuple[list[SessionRecord], list[str]]:
    """Each ``(id, data)`` checked by the history import; returns the good ones, and the ids of
    the bad ones (one that is not valid, or not the session its id says). All together first
    (fast); one by one only when something is wrong."""
    try:
        sessions = parse_history_file(_file([data for _key, data in items], [])).sessions
    except HistoryFileError:
        sessions = None
    if sessions is not None and [s.uid for s in sessions] == [key for key, _ in items]:
        return sessions, []
    good, bad = [], []
    for key, data in items:
        try:
            [session] = parse_history_file(_file([data], [])).sessions
        except (HistoryFileError, ValueError):
            bad.append(key)
            continue
        if session.uid == key:
            good.append(session)
        else:
            bad.append(key)
    return good, bad


def parse_progression(data: Any) -> ProgressionSetting | None:
    try:
        settings = parse_history_file(_file([], [data])).progression
    except HistoryFileError:
        return None
    return settings[0] if settings else None
