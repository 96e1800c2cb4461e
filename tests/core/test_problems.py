"""Validation problems as data: each rule's path, code and values, and its English line.

The English lines are the ones the command line printed before problems were data
(``--import-routine``); they must not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from backtimer.core.catalog import EXERCISES
from backtimer.core.problems import MESSAGES, Problem, path_text
from backtimer.core.routine import FORMAT, VERSION, RoutineError, loads, routine_from_dict

HEADER = {"format": FORMAT, "version": VERSION, "id": "mine", "name": "n"}
GOOD = {"exercise": "superman"}


def problems_of(data) -> list[Problem]:
    with pytest.raises(RoutineError) as caught:
        if isinstance(data, bytes | str):
            loads(data, EXERCISES)
        else:
            routine_from_dict(data, EXERCISES)
    return caught.value.problems


def step(**fields) -> dict:
    return {**HEADER, "steps": [{**GOOD, **fields}]}


# (input, path, code, values, the line the command line prints)
RULES = [
    # the file
    (b"\xff\xfe\x00", ("file",), "not_utf8", {},
     "file: not UTF-8 text (is it a binary file?)"),
    (b"  ", ("file",), "empty_file", {}, "file: is empty"),
    ("[" * 100_000, ("file",), "too_deep", {}, "file: nested too deeply to be a routine"),
    (b" " * 1_000_001, ("file",), "too_large", {"kilobytes": 1000},
     "file: larger than 1000 kB, not a routine"),
    ([], ("file",), "not_json_object", {}, "file: must contain a JSON object"),
    ({"format": "x"}, ("format",), "wrong_format", {"expected": "backtimer.routine"},
     "format: must be 'backtimer.routine' (this is not a backtimer routine)"),
    ({**HEADER, "version": 0}, ("version",), "bad_version", {},
     "version: must be a whole number from 1"),
    ({**HEADER, "version": 99}, ("version",), "version_too_new", {"version": 99, "supported": 1},
     "version: this routine file is version 99, newer than this app reads (1); update "
     "backtimer to open it"),
    # the routine
    ({**HEADER, "id": "Bad id!", "steps": [GOOD]}, ("id",), "bad_id", {},
     "id: must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit"),
    ({**HEADER, "extra": 1, "steps": [GOOD]}, ("extra",), "unknown_field", {},
     "extra: unknown field"),
    ({**HEADER, "id": "abc\n", "steps": [GOOD]}, ("id",), "bad_id", {},
     "id: must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit"),
    ({**HEADER, "name": {"en": "two\nlines", "nl": "n"}, "steps": [GOOD]}, ("name", "en"),
     "control_character", {},
     "name.en: must not contain line breaks or other control characters"),
    ({**HEADER, "name": {"en": "n", "nl": "nul\x00"}, "steps": [GOOD]}, ("name", "nl"),
     "control_character", {},
     "name.nl: must not contain line breaks or other control characters"),
    ({**HEADER, "name": {"en": "x\ud800", "nl": "n"}, "steps": [GOOD]}, ("name", "en"),
     "not_unicode", {},
     "name.en: contains characters that are not valid text (lone surrogates)"),
    ({**HEADER, "name": 5, "steps": [GOOD]}, ("name",), "not_text_or_languages", {},
     "name: must be text or an object with 'en' and/or 'nl'"),
    ({**HEADER, "name": {"en": "n", "fr": "x"}, "steps": [GOOD]}, ("name", "fr"),
     "unknown_language", {}, "name.fr: unknown language (use 'en' or 'nl')"),
    ({**HEADER, "name": {"en": "n", "nl": 5}, "steps": [GOOD]}, ("name", "nl"), "not_text", {},
     "name.nl: must be text"),
    ({**HEADER, "name": {"en": "n", "nl": "x" * 81}, "steps": [GOOD]}, ("name", "nl"), "too_long",
     {"limit": 80}, "name.nl: must be at most 80 characters"),
    ({**HEADER, "description": {"en": "d" * 501}, "steps": [GOOD]}, ("description", "en"),
     "too_long", {"limit": 500}, "description.en: must be at most 500 characters"),
    ({**HEADER, "name": " ", "steps": [GOOD]}, ("name",), "required", {},
     "name: must not be empty"),
    ({**HEADER, "lead_in_s": 61, "steps": [GOOD]}, ("lead_in_s",), "out_of_range",
     {"low": 0, "high": 60}, "lead_in_s: must be between 0 and 60"),
    ({**HEADER, "lead_in_s": "a", "steps": [GOOD]}, ("lead_in_s",), "not_whole_number", {},
     "lead_in_s: must be a whole number"),
    ({**HEADER, "steps": "x"}, ("steps",), "not_a_list", {}, "steps: must be a list of steps"),
    ({**HEADER, "steps": []}, ("steps",), "no_steps", {}, "steps: must have at least one step"),
    ({**HEADER, "steps": [GOOD] * 61}, ("steps",), "too_many_steps", {"limit": 60},
     "steps: must have at most 60 steps"),
    # a step
    ({**HEADER, "steps": [GOOD, 5]}, ("steps", 1), "not_object", {},
     "steps[1]: must be an object"),
    (step(zz=1), ("steps", 0, "zz"), "unknown_field", {}, "steps[0].zz: unknown field"),
    (step(exercise=5), ("steps", 0, "exercise"), "not_exercise_id", {},
     "steps[0].exercise: must be an exercise id"),
    (step(exercise="handstand"), ("steps", 0, "exercise"), "unknown_exercise",
     {"exercise": "handstand"}, "steps[0].exercise: unknown exercise 'handstand'"),
    (step(mode="fly"), ("steps", 0, "mode"), "not_one_of", {"options": "hold, reps"},
     "steps[0].mode: must be one of hold, reps"),
    (step(sides="x"), ("steps", 0, "sides"), "not_one_of", {"options": "none, both"},
     "steps[0].sides: must be one of none, both"),
    (step(reps=1.5), ("steps", 0, "reps"), "not_whole_number", {},
     "steps[0].reps: must be a whole number"),
    (step(hold_s=0), ("steps", 0, "hold_s"), "out_of_range", {"low": 1, "high": 600},
     "steps[0].hold_s: must be between 1 and 600"),
    (step(reps=101), ("steps", 0, "reps"), "out_of_range", {"low": 1, "high": 100},
     "steps[0].reps: must be between 1 and 100"),
    (step(sets=11), ("steps", 0, "sets"), "out_of_range", {"low": 1, "high": 10},
     "steps[0].sets: must be between 1 and 10"),
    (step(rest_between_reps_s=-1), ("steps", 0, "rest_between_reps_s"), "out_of_range",
     {"low": 0, "high": 120}, "steps[0].rest_between_reps_s: must be between 0 and 120"),
    (step(rest_between_sets_s=601), ("steps", 0, "rest_between_sets_s"), "out_of_range",
     {"low": 0, "high": 600}, "steps[0].rest_between_sets_s: must be between 0 and 600"),
    (step(switch_s=31), ("steps", 0, "switch_s"), "out_of_range", {"low": 0, "high": 30},
     "steps[0].switch_s: must be between 0 and 30"),
    (step(rest_after_s=601), ("steps", 0, "rest_after_s"), "out_of_range",
     {"low": 0, "high": 600}, "steps[0].rest_after_s: must be between 0 and 600"),
    # a step's tempo
    (step(tempo=5), ("steps", 0, "tempo"), "not_tempo", {},
     "steps[0].tempo: must be an object with up_s, hold_s, down_s, or null for self-paced"),
    (step(tempo={"up_s": 1, "x": 1}), ("steps", 0, "tempo", "x"), "unknown_field", {},
     "steps[0].tempo.x: unknown field"),
    (step(tempo={"up_s": "a"}), ("steps", 0, "tempo", "up_s"), "not_number", {},
     "steps[0].tempo.up_s: must be a number"),
    (step(tempo={"down_s": 99}), ("steps", 0, "tempo", "down_s"), "out_of_range",
     {"low": 0, "high": 30}, "steps[0].tempo.down_s: must be between 0 and 30"),
    (step(tempo={"hold_s": 60.5}), ("steps", 0, "tempo", "hold_s"), "out_of_range",
     {"low": 0, "high": 60}, "steps[0].tempo.hold_s: must be between 0 and 60"),
    (step(tempo={"up_s": 0, "hold_s": 0.2, "down_s": 0}), ("steps", 0, "tempo"), "too_short",
     {"minimum": 0.5}, "steps[0].tempo: one rep must take at least 0.5 seconds"),
]


@pytest.mark.parametrize("data, path, code, values, line", RULES,
                         ids=[f"{rule[2]}:{path_text(rule[1])}" for rule in RULES])
def test_each_rule_gives_its_path_code_values_and_the_old_line(data, path, code, values, line):
    [problem] = problems_of(data)
    assert (problem.path, problem.code, dict(problem.values)) == (path, code, values)
    assert str(problem) == line


def test_every_code_of_the_validator_is_covered_above():
    from backtimer.core import routine

    source = Path(routine.__file__).read_text(encoding="utf-8")
    validator_codes = {code for code in MESSAGES if f'"{code}"' in source}
    assert validator_codes <= {rule[2] for rule in RULES} | {"not_json"}


def test_a_description_keeps_its_line_breaks():
    routine = routine_from_dict({**HEADER, "description": "one\n\ttwo", "steps": [GOOD]},
                                EXERCISES)
    assert routine.description == {"en": "one\n\ttwo"}


def test_a_json_error_names_what_json_said():
    [problem] = problems_of("{")
    assert problem.path == ("file",) and problem.code == "not_json"
    assert str(problem) == ("file: not valid JSON (Expecting property name enclosed in double "
                            "quotes: line 1 column 2 (char 1))")


def test_every_problem_is_reported_at_once_in_file_order():
    data = {**HEADER, "name": "", "lead_in_s": 99_999,
            "steps": [5, {"exercise": 5}, {"exercise": "nope"}]}
    assert [str(p) for p in problems_of(data)] == [
        "name: must not be empty",
        "lead_in_s: must be between 0 and 60",
        "steps[0]: must be an object",
        "steps[1].exercise: must be an exercise id",
        "steps[2].exercise: unknown exercise 'nope'",
    ]
    # The exception's own text joins them, as the dialog and logs show it.
    with pytest.raises(RoutineError, match=r"^name: must not be empty; lead_in_s: must be"):
        routine_from_dict(data, EXERCISES)


def test_paths_read_as_in_the_file():
    assert path_text(("steps", 2, "tempo", "up_s")) == "steps[2].tempo.up_s"
    assert path_text(("lead_in_s",)) == "lead_in_s"
    assert path_text(()) == ""
    assert str(Problem((), "empty_file")) == "is empty"


def test_an_unknown_code_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown problem code"):
        Problem(("id",), "no-such-code")
