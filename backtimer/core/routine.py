"""Routine model: exercises, steps and routines, their validation and the versioned JSON format."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from backtimer.core.problems import Problem, ProblemPath

FORMAT = "backtimer.routine"
VERSION = 1
MAX_FILE_BYTES = 1_000_000
LANGUAGES = ("en", "nl")
CATEGORIES = ("strength", "stretch", "mobility", "massage", "cardio")
MODES = ("hold", "reps")
SIDES = ("none", "both")

# Used with fullmatch: "$" alone would also match before a final newline ("abc\n").
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")

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
# A rep with a tempo takes at least this long (up + hold + down).
MIN_REP_S = 0.5


class RoutineError(ValueError):
    """A routine (or routine file) is invalid; ``problems`` lists each one with its path."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(problem) for problem in self.problems))


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


def slug(text: str) -> str:
    """An id-shaped version of a name ("My Routine!" → "my-routine"), room left for "-99"."""
    out = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return out[:56].strip("-")


# --- validation -------------------------------------------------------------------------------

_STEP_FIELDS = {
    "exercise", "mode", "hold_s", "reps", "tempo", "sets", "rest_between_reps_s",
    "rest_between_sets_s", "sides", "switch_s", "rest_after_s",
}
_ROUTINE_FIELDS = {"format", "version", "id", "name", "description", "lead_in_s", "steps"}
_TEMPO_FIELDS = {"up_s", "hold_s", "down_s"}


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: ProblemPath, code: str, **values: Any) -> None:
        self.problems.append(Problem(path, code, values))

    def number(self, data: Mapping, key: str, path: ProblemPath, default: float, bound: str,
               integer: bool = True) -> float:
        if key not in data:
            return default
        value = data[key]
        low, high = BOUNDS[bound]
        kind = int if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kind):
            self.add((*path, key), "not_whole_number" if integer else "not_number")
            return default
        if not low <= value <= high:
            self.add((*path, key), "out_of_range", low=low, high=high)
            return default
        return value

    def choice(self, data: Mapping, key: str, path: ProblemPath, options: tuple[str, ...],
               default: str) -> str:
        value = data.get(key, default)
        if value not in options:
            self.add((*path, key), "not_one_of", options=", ".join(options))
            return default
        return value

    def text(self, value: Any, path: ProblemPath, limit: int, required: bool,
             multiline: str = "") -> dict[str, str]:
        """A name or description: a string, or an object of language → string. A name is one
        line (lists print one routine a line); ``multiline`` names the control characters a
        description may hold (line breaks, tabs)."""
        if value is None and not required:
            return {}
        if isinstance(value, str):
            value = {"en": value}
        if not isinstance(value, Mapping):
            self.add(path, "not_text_or_languages")
            return {}
        out: dict[str, str] = {}
        for lang, item in value.items():
            if lang not in LANGUAGES:
                self.add((*path, lang), "unknown_language")
            elif not isinstance(item, str):
                self.add((*path, lang), "not_text")
            elif len(item) > limit:
                self.add((*path, lang), "too_long", limit=limit)
            elif _has_surrogate(item):
                self.add((*path, lang), "not_unicode")
            elif _has_control(item, allowed=multiline):
                self.add((*path, lang), "control_character")
            elif item.strip():
                out[lang] = item.strip()
        if required and not out:
            self.add(path, "required")
        return out

    def unknown(self, data: Mapping, allowed: set[str], path: ProblemPath) -> None:
        for key in data:
            if key not in allowed:
                self.add((*path, str(key)), "unknown_field")


def _has_surrogate(text: str) -> bool:
    """A lone surrogate ("\\ud800" in JSON) decodes into a str that cannot be written out."""
    return any("\ud800" <= char <= "\udfff" for char in text)


def _has_control(text: str, allowed: str = "") -> bool:
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in text)


def _parse_tempo(value: Any, path: ProblemPath, check: _Checker) -> Tempo | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        check.add(path, "not_tempo")
        return Tempo()
    check.unknown(value, _TEMPO_FIELDS, path)
    tempo = Tempo(
        up_s=check.number(value, "up_s", path, 1.0, "tempo.up_s", integer=False),
        hold_s=check.number(value, "hold_s", path, 1.0, "tempo.hold_s", integer=False),
        down_s=check.number(value, "down_s", path, 1.0, "tempo.down_s", integer=False),
    )
    if tempo.total_s < MIN_REP_S:
        check.add(path, "too_short", minimum=MIN_REP_S)
    return tempo


def _parse_step(data: Any, path: ProblemPath, exercises: Mapping[str, Exercise] | None,
                check: _Checker) -> Step | None:
    if not isinstance(data, Mapping):
        check.add(path, "not_object")
        return None
    check.unknown(data, _STEP_FIELDS, path)
    exercise = data.get("exercise")
    if not isinstance(exercise, str) or not ID_PATTERN.fullmatch(exercise):
        check.add((*path, "exercise"), "not_exercise_id")
        exercise = ""
    elif exercises is not None and exercise not in exercises:
        check.add((*path, "exercise"), "unknown_exercise", exercise=exercise)
    defaults = Step(exercise="")
    mode = check.choice(data, "mode", path, MODES, "hold")
    tempo = _parse_tempo(data["tempo"], (*path, "tempo"), check) if "tempo" in data else Tempo()
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
        raise RoutineError([Problem(("file",), "not_json_object")])
    if require_header:
        if data.get("format") != FORMAT:
            raise RoutineError([Problem(("format",), "wrong_format", {"expected": FORMAT})])
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise RoutineError([Problem(("version",), "bad_version")])
        if version > VERSION:
            raise RoutineError([Problem(("version",), "version_too_new",
                                        {"version": version, "supported": VERSION})])
    check.unknown(data, _ROUTINE_FIELDS, ())
    routine_id = data.get("id")
    if not isinstance(routine_id, str) or not ID_PATTERN.fullmatch(routine_id):
        check.add(("id",), "bad_id")
        routine_id = ""
    name = check.text(data.get("name"), ("name",), MAX_NAME, required=True)
    description = check.text(data.get("description"), ("description",), MAX_DESCRIPTION,
                             required=False, multiline="\n\t")
    lead_in = check.number(data, "lead_in_s", (), 5, "lead_in_s")
    steps_data = data.get("steps")
    steps: list[Step] = []
    if not isinstance(steps_data, list):
        check.add(("steps",), "not_a_list")
    elif not steps_data:
        check.add(("steps",), "no_steps")
    elif len(steps_data) > MAX_STEPS:
        check.add(("steps",), "too_many_steps", limit=MAX_STEPS)
    else:
        for i, item in enumerate(steps_data):
            step = _parse_step(item, ("steps", i), exercises, check)
            if step is not None:
                steps.append(step)
    if check.problems:
        raise RoutineError(check.problems)
    return Routine(id=routine_id, name=name, description=description, lead_in_s=int(lead_in),
                   steps=tuple(steps))


def validate(routine: Routine, exercises: Mapping[str, Exercise] | None = None) -> list[Problem]:
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
        raise RoutineError([Problem(("file",), "too_large",
                                    {"kilobytes": MAX_FILE_BYTES // 1000})])
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise RoutineError([Problem(("file",), "not_utf8")]) from None
    if not raw.strip():
        raise RoutineError([Problem(("file",), "empty_file")])
    try:
        data = json.loads(raw)
    except RecursionError:
        raise RoutineError([Problem(("file",), "too_deep")]) from None
    except ValueError as error:
        raise RoutineError([Problem(("file",), "not_json", {"detail": str(error)})]) from None
    return routine_from_dict(data, exercises)
