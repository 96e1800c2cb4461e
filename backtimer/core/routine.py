"""Routine model: exercises, steps and routines, their validation and the versioned JSON format."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

FORMAT = "backtimer.routine"
VERSION = 1
MAX_FILE_BYTES = 1_000_000
LANGUAGES = ("en", "nl")
CATEGORIES = ("strength", "stretch", "mobility", "massage", "cardio")
MODES = ("hold", "reps")
SIDES = ("none", "both")

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")

# (minimum, maximum) for every number a step or routine carries; the editor reads these too.
BOUNDS: dict[str, tuple[float, float]] = {
    "lead_in_s": (0, 60),
    "hold_s": (1, 600),
    "reps": (1, 100),
    "sets": (1, 10),
    "rest_between_reps_s": (0, 120),
    "rest_between_sets_s": (0, 600),
    "switch_s": (0, 30),
    "rest_after_s": (0, 600),
    "tempo.up_s": (0, 30),
    "tempo.hold_s": (0, 60),
    "tempo.down_s": (0, 30),
}
MAX_STEPS = 60
MAX_NAME = 80
MAX_DESCRIPTION = 500
# A self-paced rep has no clock; this estimate only feeds total durations.
SELF_PACED_REP_ESTIMATE_S = 4.0


class RoutineError(ValueError):
    """A routine (or routine file) is invalid; ``problems`` lists each one with its path."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


Localized = Mapping[str, str]


def localized(text: Localized, lang: str) -> str:
    """The text in ``lang``, else English, else any language there is."""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Exercise:
    id: str
    name: Localized
    instruction: Localized
    category: str
    illustration: str
    how_to: Localized = field(default_factory=dict)
    # The words for each part of a rep ("up", "hold", "down"; "up_left"/"up_right" where the
    # side matters), so a lumbar rotation says "knees to the left", not "lift".
    phases: Mapping[str, Localized] = field(default_factory=dict)


@dataclass(frozen=True)
class Tempo:
    """Seconds per phase of one rep: lift, hold at the top, lower."""

    up_s: float = 1.0
    hold_s: float = 1.0
    down_s: float = 1.0

    @property
    def total_s(self) -> float:
        return self.up_s + self.hold_s + self.down_s


@dataclass(frozen=True)
class Step:
    exercise: str
    mode: str = "hold"
    hold_s: int = 30
    reps: int = 10
    tempo: Tempo | None = field(default_factory=Tempo)  # None: self-paced, the user says "done"
    sets: int = 1
    rest_between_reps_s: int = 0
    rest_between_sets_s: int = 30
    sides: str = "none"
    switch_s: int = 5
    rest_after_s: int = 15

    @property
    def self_paced(self) -> bool:
        return self.mode == "reps" and self.tempo is None

    @property
    def duration_s(self) -> float:
        """Its nominal length without the rest after it: what its timeline segments add up to
        (self-paced reps at their estimate). Lists use it; they need no timeline."""
        if self.mode == "hold":
            one_set = float(self.hold_s)
        elif self.tempo is None:
            one_set = self.reps * SELF_PACED_REP_ESTIMATE_S
        else:
            one_set = self.reps * self.tempo.total_s + (self.reps - 1) * self.rest_between_reps_s
        one_side = self.sets * one_set + (self.sets - 1) * self.rest_between_sets_s
        if self.sides == "both":
            return 2 * one_side + self.switch_s
        return one_side


@dataclass(frozen=True)
class Routine:
    id: str
    name: Localized
    steps: tuple[Step, ...]
    description: Localized = field(default_factory=dict)
    lead_in_s: int = 5
    builtin: bool = False

    @property
    def duration_s(self) -> float:
        """Its nominal length, lead-in included: what its timeline's segments add up to."""
        if not self.steps:
            return 0.0
        return (self.lead_in_s + sum(step.duration_s for step in self.steps)
                + sum(step.rest_after_s for step in self.steps[:-1]))

    def with_steps(self, steps: list[Step] | tuple[Step, ...]) -> Routine:
        return replace(self, steps=tuple(steps))


# --- validation -------------------------------------------------------------------------------

_STEP_FIELDS = {
    "exercise", "mode", "hold_s", "reps", "tempo", "sets", "rest_between_reps_s",
    "rest_between_sets_s", "sides", "switch_s", "rest_after_s",
}
_ROUTINE_FIELDS = {"format", "version", "id", "name", "description", "lead_in_s", "steps"}
_TEMPO_FIELDS = {"up_s", "hold_s", "down_s"}


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(f"{path}: {message}")

    def number(self, data: Mapping, key: str, path: str, default: float, bound: str,
               integer: bool = True) -> float:
        if key not in data:
            return default
        value = data[key]
        low, high = BOUNDS[bound]
        kind = int if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kind):
            self.add(f"{path}.{key}", "must be a whole number" if integer else "must be a number")
            return default
        if not low <= value <= high:
            self.add(f"{path}.{key}", f"must be between {low:g} and {high:g}")
            return default
        return value

    def choice(self, data: Mapping, key: str, path: str, options: tuple[str, ...],
               default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            self.add(f"{path}.{key}", "must be one of " + ", ".join(options))
            return default
        return value

    def text(self, value: Any, path: str, limit: int, required: bool) -> dict[str, str]:
        """A name or description: a string, or an object of language → string."""
        if value is None and not required:
            return {}
        if isinstance(value, str):
            value = {"en": value}
        if not isinstance(value, Mapping):
            self.add(path, "must be text or an object with 'en' and/or 'nl'")
            return {}
        out: dict[str, str] = {}
        for lang, item in value.items():
            if lang not in LANGUAGES:
                self.add(f"{path}.{lang}", "unknown language (use 'en' or 'nl')")
            elif not isinstance(item, str):
                self.add(f"{path}.{lang}", "must be text")
            elif len(item) > limit:
                self.add(f"{path}.{lang}", f"must be at most {limit} characters")
            elif item.strip():
                out[lang] = item.strip()
        if required and not out:
            self.add(path, "must not be empty")
        return out

    def unknown(self, data: Mapping, allowed: set[str], path: str) -> None:
        for key in data:
            if key not in allowed:
                self.add(f"{path}.{key}" if path else str(key), "unknown field")


def _parse_tempo(value: Any, path: str, check: _Checker) -> Tempo | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        check.add(path, "must be an object with up_s, hold_s, down_s, or null for self-paced")
        return Tempo()
    check.unknown(value, _TEMPO_FIELDS, path)
    tempo = Tempo(
        up_s=check.number(value, "up_s", path, 1.0, "tempo.up_s", integer=False),
        hold_s=check.number(value, "hold_s", path, 1.0, "tempo.hold_s", integer=False),
        down_s=check.number(value, "down_s", path, 1.0, "tempo.down_s", integer=False),
    )
    if tempo.total_s < 0.5:
        check.add(path, "one rep must take at least 0.5 seconds")
    return tempo


def _parse_step(data: Any, path: str, exercises: Mapping[str, Exercise] | None,
                check: _Checker) -> Step | None:
    if not isinstance(data, Mapping):
        check.add(path, "must be an object")
        return None
    check.unknown(data, _STEP_FIELDS, path)
    exercise = data.get("exercise")
    if not isinstance(exercise, str) or not ID_PATTERN.match(exercise):
        check.add(f"{path}.exercise", "must be an exercise id")
        exercise = ""
    elif exercises is not None and exercise not in exercises:
        check.add(f"{path}.exercise", f"unknown exercise '{exercise}'")
    defaults = Step(exercise="")
    mode = check.choice(data, "mode", path, MODES, "hold")
    tempo = _parse_tempo(data["tempo"], f"{path}.tempo", check) if "tempo" in data else Tempo()
    return Step(
        exercise=exercise,
        mode=mode,
        hold_s=check.number(data, "hold_s", path, defaults.hold_s, "hold_s"),
        reps=check.number(data, "reps", path, defaults.reps, "reps"),
        tempo=tempo,
        sets=check.number(data, "sets", path, defaults.sets, "sets"),
        rest_between_reps_s=check.number(
            data, "rest_between_reps_s", path, defaults.rest_between_reps_s, "rest_between_reps_s"
        ),
        rest_between_sets_s=check.number(
            data, "rest_between_sets_s", path, defaults.rest_between_sets_s, "rest_between_sets_s"
        ),
        sides=check.choice(data, "sides", path, SIDES, "none"),
        switch_s=check.number(data, "switch_s", path, defaults.switch_s, "switch_s"),
        rest_after_s=check.number(data, "rest_after_s", path, defaults.rest_after_s,
                                  "rest_after_s"),
    )


def routine_from_dict(data: Any, exercises: Mapping[str, Exercise] | None = None,
                      *, require_header: bool = True) -> Routine:
    """Build a routine from decoded JSON, or raise RoutineError listing every problem."""
    check = _Checker()
    if not isinstance(data, Mapping):
        raise RoutineError(["file: must contain a JSON object"])
    if require_header:
        if data.get("format") != FORMAT:
            raise RoutineError([f"format: must be '{FORMAT}' (this is not a backtimer routine)"])
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise RoutineError(["version: must be a whole number from 1"])
        if version > VERSION:
            raise RoutineError([
                f"version: this routine file is version {version}, newer than this app reads "
                f"({VERSION}); update backtimer to open it"
            ])
    check.unknown(data, _ROUTINE_FIELDS, "")
    routine_id = data.get("id")
    if not isinstance(routine_id, str) or not ID_PATTERN.match(routine_id):
        check.add("id", "must be 1-63 characters of a-z, 0-9 and '-', starting with a letter "
                        "or digit")
        routine_id = ""
    name = check.text(data.get("name"), "name", MAX_NAME, required=True)
    description = check.text(data.get("description"), "description", MAX_DESCRIPTION,
                             required=False)
    lead_in = check.number(data, "lead_in_s", "", 5, "lead_in_s")
    steps_data = data.get("steps")
    steps: list[Step] = []
    if not isinstance(steps_data, list):
        check.add("steps", "must be a list of steps")
    elif not steps_data:
        check.add("steps", "must have at least one step")
    elif len(steps_data) > MAX_STEPS:
        check.add("steps", f"must have at most {MAX_STEPS} steps")
    else:
        for i, item in enumerate(steps_data):
            step = _parse_step(item, f"steps[{i}]", exercises, check)
            if step is not None:
                steps.append(step)
    if check.problems:
        # Paths from the top level read "lead_in_s", not ".lead_in_s".
        raise RoutineError([p[1:] if p.startswith(".") else p for p in check.problems])
    return Routine(id=routine_id, name=name, description=description, lead_in_s=int(lead_in),
                   steps=tuple(steps))


def validate(routine: Routine, exercises: Mapping[str, Exercise] | None = None) -> list[str]:
    """Every problem of an in-memory routine (as edited), with its path; empty when valid."""
    try:
        routine_from_dict(routine_to_dict(routine), exercises)
    except RoutineError as error:
        return error.problems
    return []


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def step_to_dict(step: Step) -> dict[str, Any]:
    tempo = None if step.tempo is None else {
        "up_s": _number(step.tempo.up_s),
        "hold_s": _number(step.tempo.hold_s),
        "down_s": _number(step.tempo.down_s),
    }
    return {
        "exercise": step.exercise,
        "mode": step.mode,
        "hold_s": step.hold_s,
        "reps": step.reps,
        "tempo": tempo,
        "sets": step.sets,
        "rest_between_reps_s": step.rest_between_reps_s,
        "rest_between_sets_s": step.rest_between_sets_s,
        "sides": step.sides,
        "switch_s": step.switch_s,
        "rest_after_s": step.rest_after_s,
    }


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "id": routine.id,
        "name": dict(routine.name),
        "description": dict(routine.description),
        "lead_in_s": routine.lead_in_s,
        "steps": [step_to_dict(step) for step in routine.steps],
    }


def dumps(routine: Routine) -> str:
    return json.dumps(routine_to_dict(routine), ensure_ascii=False, indent=2) + "\n"


def loads(raw: bytes | str, exercises: Mapping[str, Exercise] | None = None) -> Routine:
    """Decode a routine file's bytes; any defect becomes a RoutineError, never another error."""
    if len(raw) > MAX_FILE_BYTES:
        raise RoutineError([f"file: larger than {MAX_FILE_BYTES // 1000} kB, not a routine"])
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RoutineError(["file: not UTF-8 text (is it a binary file?)"]) from None
    if not raw.strip():
        raise RoutineError(["file: is empty"])
    try:
        data = json.loads(raw)
    except RecursionError:
        raise RoutineError(["file: nested too deeply to be a routine"]) from None
    except ValueError as error:
        raise RoutineError([f"file: not valid JSON ({error})"]) from None
    return routine_from_dict(data, exercises)
