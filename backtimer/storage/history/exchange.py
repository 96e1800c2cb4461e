"""The history's files: the versioned JSON export (read back by an import) and the CSV."""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from backtimer.storage.history.errors import HistoryFileError
from backtimer.storage.history.records import (
    MAX_LEVEL_STORED,
    RUNNING,
    STATES,
    HistoryFile,
    ProgressionSetting,
    SessionRecord,
    StepRecord,
    iso,
    new_uid,
    storable,
)

_T = TypeVar("_T")

EXPORT_FORMAT = "backtimer.history"
EXPORT_VERSION = 1
MAX_IMPORT_BYTES = 200_000_000
MAX_FILE_PROBLEMS = 20  # an import lists this many problems, then stops
# An imported progression date outside these is nonsense: weeks are counted from it one by one.
FIRST_SINCE = date(2000, 1, 1)
LAST_SINCE = date(2999, 12, 31)


def history_json(sessions: Sequence[SessionRecord], settings: Sequence[ProgressionSetting],
                 exported_at: datetime) -> dict[str, Any]:
    """The JSON export of these sessions and progression settings."""
    settings = sorted(settings, key=lambda s: s.routine_id)
    return {"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
            "exported_at": iso(exported_at.replace(microsecond=0)),
            "progression": [progression_json(setting) for setting in settings],
            "sessions": [session_json(record) for record in sessions]}


def export_text(store: Any, name: str) -> tuple[str, int]:
    """The whole history of ``store`` as the text of an export file called ``name``: the
    versioned JSON when the name ends in ``.json`` (another computer imports it), else the CSV
    (for a spreadsheet); and the number of sessions in it. The command line and the history view
    both export with this."""
    if name.lower().endswith(".json"):
        data = store.export_json()
        return dumps_history(data), len(data["sessions"])
    buffer = io.StringIO()
    count = store.export_csv(buffer)
    return buffer.getvalue(), count


def write_csv(records: Sequence[SessionRecord], out: io.TextIOBase) -> int:
    """One row per session, its steps summarised; returns the number of rows."""
    import csv  # only exports need it

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(csv_row(record))
    return len(records)


def session_json(record: SessionRecord) -> dict[str, Any]:
    return {
        "id": record.uid,
        "routine_id": record.routine_id,
        "routine_name": record.routine_name,
        "started_at": iso(record.started_at),
        "ended_at": iso(record.ended_at),
        "state": "interrupted" if record.state == RUNNING else record.state,
        "time_scale": record.time_scale,
        "work_s": round(record.work_s, 3),
        "steps": [{"step_index": s.step_index, "exercise_id": s.exercise_id,
                   "completed": s.completed, "work_s": round(s.work_s, 3), "reps": s.reps,
                   "sets": s.sets, "sides": s.sides, "prescription": s.prescription}
                  for s in record.steps],
        "pain_before": record.pain_before,
        "pain_after": record.pain_after,
        "notes": record.notes,
        "rpe": record.rpe,
        "levels": None if record.levels is None else list(record.levels),
        "hurt_steps": sorted(record.hurt_steps),
        # Optional (added in version 1): the exercise of each mark that kept it, also where the
        # session has no record of that step (cut short). Older files derive it from the steps.
        "hurt_exercises": [[index, exercise] for index, exercise in sorted(record.hurt_exercises)],
    }


def progression_json(setting: ProgressionSetting) -> dict[str, Any]:
    return {"routine_id": setting.routine_id, "enabled": setting.enabled,
            "since": setting.since.isoformat()}


def dumps_history(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def parse_history_file(raw: bytes) -> HistoryFile:
    """Read a JSON history export; every problem is collected, and any one refuses the file."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise HistoryFileError([f"file: larger than {MAX_IMPORT_BYTES // 1_000_000} MB"])
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise HistoryFileError(["file: not UTF-8 text"]) from None
    except (ValueError, RecursionError) as error:
        reason = "empty" if not raw.strip() else f"not valid JSON ({error})"
        raise HistoryFileError([f"file: {reason}"]) from None
    if not isinstance(data, dict):
        raise HistoryFileError(["file: not a JSON object"])
    if (where := _lone_surrogate(data, "")) is not None:
        # JSON may spell "\ud800", which decodes into text no file or database can hold.
        raise HistoryFileError([f"{where or 'file'}: contains characters that are not valid "
                                "text (a lone surrogate)"])
    if data.get("format") != EXPORT_FORMAT:
        raise HistoryFileError([f"format: must be '{EXPORT_FORMAT}' (is this a history export?)"])
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise HistoryFileError(["version: must be a whole number from 1"])
    if version > EXPORT_VERSION:
        raise HistoryFileError([f"version: {version} was written by a newer backtimer "
                                f"(this one reads version {EXPORT_VERSION})"])
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        raise HistoryFileError(["sessions: must be a list"])
    problems: list[str] = []
    records = _parse_items(sessions, "sessions", _parse_session, problems)
    progression: tuple[ProgressionSetting, ...] = ()
    if "progression" in data:  # files written before progression was exported have none
        progression = _parse_progression(data["progression"], problems)
    if len(problems) > MAX_FILE_PROBLEMS:
        problems[MAX_FILE_PROBLEMS:] = [f"… (stopped after {MAX_FILE_PROBLEMS} problems)"]
    if problems:
        raise HistoryFileError(problems)
    return HistoryFile(records, progression)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(value: Any, path: str) -> str | None:
    """The path of the first text (or key) in ``value`` holding a lone surrogate, or None."""
    try:
        # One pass in C over the whole file: a text that encodes holds no lone surrogate.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (UnicodeEncodeError, TypeError, ValueError):
        pass  # one is there (or the value is not plain JSON): find where, the slow way
    else:
        return None
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return path
        elif isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if _SURROGATE.search(key):
                    return path or "file"
                stack.append((item, where))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{n}]") for n, item in enumerate(value))
    return None


def _parse_items(items: list, name: str, parse: Callable[[Any, str, list[str]], _T | None],
                 problems: list[str]) -> list[_T]:
    """Each item of a list read by ``parse``, until there are more problems than are told."""
    result = []
    for n, item in enumerate(items):
        if len(problems) > MAX_FILE_PROBLEMS:
            break
        parsed = parse(item, f"{name}[{n}]", problems)
        if parsed is not None:
            result.append(parsed)
    return result


def _parse_progression(value: Any, problems: list[str]) -> tuple[ProgressionSetting, ...]:
    if not isinstance(value, list):
        problems.append("progression: must be a list")
        return ()
    settings = _parse_items(value, "progression", _parse_setting, problems)
    seen: set[str] = set()
    for n, item in enumerate(value):
        if len(problems) > MAX_FILE_PROBLEMS:
            break
        routine_id = item.get("routine_id") if isinstance(item, dict) else None
        if not isinstance(routine_id, str):
            continue  # told above
        # Two settings for one routine: which one was meant cannot be told.
        if routine_id in seen:
            problems.append(f"progression[{n}].routine_id: '{routine_id[:64]}' is listed twice")
        seen.add(routine_id)
    return tuple(settings)


def _parse_setting(item: Any, path: str, problems: list[str]) -> ProgressionSetting | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    routine_id = _text(item, "routine_id", path, problems, required=True, limit=64)
    enabled = item.get("enabled")
    if not isinstance(enabled, bool):
        problems.append(f"{path}.enabled: must be true or false")
    since = _parse_day(item.get("since"), f"{path}.since", problems)
    if len(problems) > before or since is None:
        return None
    return ProgressionSetting(routine_id, enabled, since)


def _parse_day(value: Any, path: str, problems: list[str]) -> date | None:
    """A local date written as the export writes it, within FIRST_SINCE and LAST_SINCE."""
    day = None
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            day = date.fromisoformat(value)
    # fromisoformat also reads 20260907 and 2026-W37-1; the export writes only one form.
    if day is None or day.isoformat() != value or not FIRST_SINCE <= day <= LAST_SINCE:
        problems.append(f"{path}: must be a date like 2026-09-07, from {FIRST_SINCE} "
                        f"to {LAST_SINCE}")
        return None
    return day


def _parse_time(value: Any, path: str, problems: list[str], *, optional: bool) -> datetime | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        problems.append(f"{path}: must be a date and time like 2026-11-20T07:30:00+01:00")
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.append(f"{path}: '{value[:40]}' is not a date and time")
        return None
    if moment.tzinfo is None:
        problems.append(f"{path}: needs a UTC offset, like +01:00")
        return None
    if not storable(moment):
        problems.append(f"{path}: '{value[:40]}' falls outside the years 1 to 9999 in UTC")
        return None
    return moment


def _text(item: dict, key: str, path: str, problems: list[str], *, required: bool = False,
          limit: int = 200) -> str:
    value = item.get(key, "")
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        problems.append(f"{path}.{key}: must be text of at most {limit} characters"
                        + (", not empty" if required else ""))
        return ""
    return value


def _number(item: dict, key: str, path: str, problems: list[str], *, low: float, high: float,
            integer: bool, default: Any) -> Any:
    value = item.get(key, default)
    if value is None and default is None:
        return None
    kind = int if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kind) or not low <= value <= high:
        what = "a whole number" if integer else "a number"
        problems.append(f"{path}.{key}: must be {what} from {low:g} to {high:g}")
        return default
    return value


def _parse_session(item: Any, path: str, problems: list[str]) -> SessionRecord | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    uid = item.get("id")
    if uid is not None and (not isinstance(uid, str) or not 1 <= len(uid) <= 64):
        problems.append(f"{path}.id: must be text of 1 to 64 characters")
    routine_id = _text(item, "routine_id", path, problems, required=True, limit=64)
    name = _text(item, "routine_name", path, problems)
    started = _parse_time(item.get("started_at"), f"{path}.started_at", problems, optional=False)
    ended = _parse_time(item.get("ended_at"), f"{path}.ended_at", problems, optional=True)
    if started is not None and ended is not None and not storable(ended, started):
        # The end is kept in the start's offset (one offset a row).
        problems.append(f"{path}.ended_at: falls outside the years 1 to 9999 in the start's "
                        "offset")
    state = item.get("state")
    if state not in STATES:
        problems.append(f"{path}.state: must be one of " + ", ".join(STATES))
    scale = _number(item, "time_scale", path, problems, low=0.0001, high=10_000, integer=False,
                    default=1.0)
    pain = [_number(item, key, path, problems, low=0, high=10, integer=True, default=None)
            for key in ("pain_before", "pain_after")]
    notes = _text(item, "notes", path, problems, limit=10_000)
    steps_raw = item.get("steps", [])
    steps = []
    if not isinstance(steps_raw, list) or len(steps_raw) > 1000:
        problems.append(f"{path}.steps: must be a list (of at most 1000 steps)")
        steps_raw = []
    for n, step in enumerate(steps_raw):
        parsed = _parse_step(step, f"{path}.steps[{n}]", problems)
        if parsed is not None:
            steps.append(parsed)
    work_s = _number(item, "work_s", path, problems, low=0, high=86_400, integer=False,
                     default=None)
    rpe = _number(item, "rpe", path, problems, low=1, high=10, integer=True, default=None)
    levels = _int_list(item, "levels", path, problems, high=MAX_LEVEL_STORED, optional=True)
    hurt = _int_list(item, "hurt_steps", path, problems, high=999, optional=False)
    hurt_exercises = _parse_hurt_exercises(item, path, problems, hurt)
    if len(problems) > before or started is None:
        return None
    if ended is not None and ended < started:
        problems.append(f"{path}.ended_at: is before started_at")
        return None
    if work_s is None:
        work_s = sum(s.work_s for s in steps)
    return SessionRecord(uid=uid or new_uid(), routine_id=routine_id, routine_name=name,
                         started_at=started, ended_at=ended, state=state, time_scale=scale,
                         work_s=work_s, pain_before=pain[0], pain_after=pain[1], notes=notes,
                         steps=tuple(steps), rpe=rpe, levels=levels,
                         hurt_steps=frozenset(hurt or ()), hurt_exercises=hurt_exercises)


def _parse_hurt_exercises(item: dict, path: str, problems: list[str],
                          hurt: Sequence[int] | None) -> tuple[tuple[int, str], ...]:
    """The optional ``hurt_exercises``: [step, exercise id] pairs, each step in ``hurt``."""
    if "hurt_exercises" not in item:  # files written before it was exported
        return ()
    value = item["hurt_exercises"]
    path = f"{path}.hurt_exercises"
    if not isinstance(value, list) or len(value) > 1000:
        problems.append(f"{path}: must be a list of [step, exercise id] pairs")
        return ()
    pairs: dict[int, str] = {}
    for n, pair in enumerate(value):
        where = f"{path}[{n}]"
        if not isinstance(pair, list) or len(pair) != 2:
            problems.append(f"{where}: must be a pair [step, exercise id]")
            continue
        index, exercise = pair
        if isinstance(index, bool) or not isinstance(index, int) or index < 0:
            problems.append(f"{where}[0]: must be a whole number from 0")
        elif hurt is not None and index not in hurt:  # a bad hurt_steps is told already
            problems.append(f"{where}[0]: step {index} is not in hurt_steps")
        elif index in pairs:
            problems.append(f"{where}[0]: step {index} is listed twice")
        if not isinstance(exercise, str) or not exercise.strip() or len(exercise) > 64:
            problems.append(f"{where}[1]: must be an exercise id, text of 1 to 64 characters")
        elif isinstance(index, int) and not isinstance(index, bool):
            pairs.setdefault(index, exercise)
    return tuple(sorted(pairs.items()))


def _int_list(item: dict, key: str, path: str, problems: list[str], *, high: int,
              optional: bool) -> tuple[int, ...] | None:
    """An optional list of whole numbers from 0 to ``high`` (``null`` allowed if optional)."""
    value = item.get(key, None if optional else [])
    if value is None and optional:
        return None
    if (not isinstance(value, list) or len(value) > 1000
            or not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= high
                       for v in value)):
        problems.append(f"{path}.{key}: must be a list of whole numbers from 0 to {high}")
        return None
    return tuple(value)


def _parse_step(item: Any, path: str, problems: list[str]) -> StepRecord | None:
    if not isinstance(item, dict):
        problems.append(f"{path}: must be an object")
        return None
    before = len(problems)
    index = _number(item, "step_index", path, problems, low=0, high=999, integer=True, default=0)
    exercise = _text(item, "exercise_id", path, problems, required=True, limit=64)
    completed = item.get("completed", True)
    if not isinstance(completed, bool):
        problems.append(f"{path}.completed: must be true or false")
    work = _number(item, "work_s", path, problems, low=0, high=86_400, integer=False, default=0.0)
    reps = _number(item, "reps", path, problems, low=0, high=100_000, integer=True, default=0)
    sets = _number(item, "sets", path, problems, low=0, high=1000, integer=True, default=0)
    sides = _text(item, "sides", path, problems, limit=16) or "none"
    prescription = item.get("prescription", {})
    if not isinstance(prescription, dict) or len(json.dumps(prescription)) > 2000:
        problems.append(f"{path}.prescription: must be an object")
    if len(problems) > before:
        return None
    return StepRecord(index, exercise, completed, float(work), reps, sets, sides, prescription)


# --- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = ("id", "routine_id", "routine_name", "started_at", "ended_at", "state",
               "time_scale", "minutes", "steps_completed", "steps_skipped", "steps",
               "pain_before", "pain_after", "notes")


def _cell(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def step_summary(step: StepRecord) -> str:
    """"glute-bridge 3x10", "childs-pose 45s", with "(skipped)" for a step not finished."""
    if step.reps:
        amount = f"{step.sets}x{step.reps // max(step.sets, 1)}" if step.sets > 1 else \
            f"{step.reps} reps"
    else:
        amount = f"{round(step.work_s)}s"
    return f"{step.exercise_id} {amount}" + ("" if step.completed else " (skipped)")


def csv_row(record: SessionRecord) -> list[Any]:
    done = sum(1 for s in record.steps if s.completed)
    return [record.uid, _cell(record.routine_id), _cell(record.routine_name),
            iso(record.started_at), iso(record.ended_at) or "",
            "interrupted" if record.state == RUNNING else record.state,
            f"{record.time_scale:g}", f"{record.minutes:.1f}", done, len(record.steps) - done,
            "; ".join(step_summary(s) for s in record.steps),
            "" if record.pain_before is None else record.pain_before,
            "" if record.pain_after is None else record.pain_after, _cell(record.notes)]
