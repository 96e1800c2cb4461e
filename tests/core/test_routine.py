"""The routine model: validation with paths, the JSON format, and hostile files."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backtimer.core.catalog import BUILTIN_ROUTINES, EXERCISES
from backtimer.core.problems import Problem
from backtimer.core.routine import (
    FORMAT,
    Routine,
    RoutineError,
    Step,
    Tempo,
    dumps,
    loads,
    routine_from_dict,
    validate,
)


def _doc(**overrides):
    doc = {
        "format": FORMAT,
        "version": 1,
        "id": "my-back",
        "name": {"en": "My back", "nl": "Mijn rug"},
        "steps": [{"exercise": "superman", "mode": "reps", "reps": 8,
                   "tempo": {"up_s": 1, "hold_s": 4, "down_s": 1}}],
    }
    doc.update(overrides)
    return doc


def _problems(raw) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        loads(raw if isinstance(raw, (bytes, str)) else json.dumps(raw), EXERCISES)
    return [str(problem) for problem in caught.value.problems]


def test_a_minimal_routine_loads_with_defaults():
    routine = loads(json.dumps(_doc()), EXERCISES)
    assert routine.id == "my-back"
    assert routine.steps[0].tempo == Tempo(1, 4, 1)
    assert routine.lead_in_s == 5


def test_every_builtin_round_trips_through_the_file_format():
    for routine in BUILTIN_ROUTINES:
        again = loads(dumps(routine), EXERCISES)
        assert again.steps == routine.steps
        assert dict(again.name) == dict(routine.name)


def test_a_plain_string_name_is_taken_as_english():
    routine = loads(json.dumps(_doc(name="Morning")), EXERCISES)
    assert dict(routine.name) == {"en": "Morning"}


def test_self_paced_is_written_as_null_tempo():
    routine = Routine("x", {"en": "X"}, (Step("pelvic-tilt", mode="reps", tempo=None),))
    assert json.loads(dumps(routine))["steps"][0]["tempo"] is None
    assert loads(dumps(routine), EXERCISES).steps[0].self_paced


def test_out_of_range_values_are_reported_with_their_path():
    doc = _doc(lead_in_s=99)
    doc["steps"] = [{"exercise": "superman"}, {"exercise": "glute-bridge"},
                    {"exercise": "childs-pose", "hold_s": 1000, "sets": 0}]
    problems = _problems(doc)
    assert "steps[2].hold_s: must be between 1 and 600" in problems
    assert "steps[2].sets: must be between 1 and 10" in problems
    assert "lead_in_s: must be between 0 and 60" in problems


@pytest.mark.parametrize(("change", "expected"), [
    ({"id": "Bad Id!"}, "id: must be"),
    ({"id": 7}, "id: must be"),
    ({"name": ""}, "name: must not be empty"),
    ({"name": {"fr": "Dos"}}, "name.fr: unknown language"),
    ({"steps": []}, "steps: must have at least one step"),
    ({"steps": "superman"}, "steps: must be a list"),
    ({"steps": [{"exercise": "moonwalk"}]}, "steps[0].exercise: unknown exercise 'moonwalk'"),
    ({"steps": [{"exercise": "superman", "reps": "8"}]}, "steps[0].reps: must be a whole number"),
    ({"steps": [{"exercise": "superman", "reps": True}]}, "steps[0].reps: must be a whole"),
    ({"steps": [{"exercise": "superman", "sides": "up"}]}, "steps[0].sides: must be one of"),
    ({"steps": [{"exercise": "superman", "tempo": 3}]}, "steps[0].tempo: must be an object"),
    ({"steps": [{"exercise": "superman", "tempo": {"up_s": 0, "hold_s": 0, "down_s": 0}}]},
     "steps[0].tempo: one rep must take at least 0.5 seconds"),
    ({"steps": [{"exercise": "superman", "colour": "red"}]}, "steps[0].colour: unknown field"),
    ({"extra": 1}, "extra: unknown field"),
])
def test_each_defect_is_named(change, expected):
    problems = _problems(_doc(**change))
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize(("raw", "expected"), [
    (b"", "file: is empty"),
    (b"   \n", "file: is empty"),
    (b'{"format": "backtimer.routine", "version": 1, "id": "x", "na', "file: not valid JSON"),
    (bytes(range(256)) * 4, "file: not UTF-8 text"),
    ("[" * 100_000, "file: nested too deeply"),
    ("[]", "file: must contain a JSON object"),
    ('{"format": "something.else", "version": 1}', "format: must be 'backtimer.routine'"),
    ('{"format": "backtimer.routine", "version": "1"}', "version: must be a whole number"),
    (b"x" * 2_000_000, "file: larger than"),
])
def test_hostile_files_are_refused_with_a_message(raw, expected):
    problems = _problems(raw)
    assert problems[0].startswith(expected), problems


def test_a_newer_version_is_refused_saying_so():
    problems = _problems(_doc(version=2))
    assert "newer than this app reads" in problems[0]


def test_validate_reports_problems_of_an_edited_routine():
    routine = Routine("ok", {"en": "Ok"}, (Step("superman", mode="hold", hold_s=0),))
    assert [str(p) for p in validate(routine, EXERCISES)] == [
        "steps[0].hold_s: must be between 1 and 600"]
    assert validate(BUILTIN_ROUTINES[0], EXERCISES) == []


def test_the_header_can_be_left_out_for_embedded_routines():
    doc = _doc()
    del doc["format"], doc["version"]
    assert routine_from_dict(doc, EXERCISES, require_header=False).id == "my-back"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(st.sampled_from(["id", "name", "steps", "exercise", "hold_s", "reps",
                                       "tempo", "sets", "sides", "mode", "up_s", "version",
                                       "format", "lead_in_s", "x"]) | st.text(max_size=5),
                      children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    json_values.map(json.dumps),
    json_values.map(lambda v: json.dumps(_doc(steps=[v]))),
    json_values.map(lambda v: json.dumps({**_doc(), "steps": [{"exercise": "superman",
                                                               "tempo": v}]})),
    st.binary(max_size=200),
    st.text(max_size=200),
))
def test_the_loader_raises_nothing_but_routine_error(raw):
    try:
        routine = loads(raw, EXERCISES)
    except RoutineError as error:
        assert error.problems and all(isinstance(p, Problem) and str(p) for p in error.problems)
    else:
        assert validate(routine, EXERCISES) == []
