"""The built-in catalog: complete in both languages, valid, and true to the seed."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from backtimer.core import catalog
from backtimer.core.catalog import (
    BUILTIN_ROUTINES,
    EXERCISES,
    builtin_routine,
    exercise,
    routine_ids,
)
from backtimer.core.routine import (
    CATEGORIES,
    LANGUAGES,
    SELF_PACED_REP_ESTIMATE_S,
    Routine,
    dumps,
    loads,
    validate,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets"
SEED_IDS = {
    "glute-bridge", "superman", "pelvic-tilt", "lumbar-rotation", "childs-pose",
    "knee-to-chest", "side-stretch", "foam-roller", "massage-ball", "walking",
}
# Target minutes of each required built-in routine.
TARGET_MINUTES = {
    "lower-back-strength": 12,
    "stretch-and-release": 8,
    "quick-5": 5,
    "full-20": 20,
    "roller-and-walk": 15,
}


def _total_s(routine: Routine) -> float:
    total = float(routine.lead_in_s)
    for index, step in enumerate(routine.steps):
        per_rep = step.tempo.total_s if step.tempo is not None else SELF_PACED_REP_ESTIMATE_S
        if step.mode == "hold":
            one_set = step.hold_s
        else:
            one_set = step.reps * per_rep + (step.reps - 1) * step.rest_between_reps_s
        side = step.sets * one_set + (step.sets - 1) * step.rest_between_sets_s
        total += 2 * side + step.switch_s if step.sides == "both" else side
        if index < len(routine.steps) - 1:
            total += step.rest_after_s
    return total


def _steps(exercise_id: str):
    return [step for r in BUILTIN_ROUTINES for step in r.steps if step.exercise == exercise_id]


# --- exercises ----------------------------------------------------------------------------------

def test_every_seed_exercise_is_there():
    assert set(EXERCISES) == SEED_IDS


def test_exercise_keys_match_ids_and_illustrations():
    for key, item in EXERCISES.items():
        assert item.id == key
        assert item.illustration == key
        assert item.category in CATEGORIES


@pytest.mark.parametrize("exercise_id", sorted(SEED_IDS))
def test_exercise_texts_in_both_languages(exercise_id):
    item = EXERCISES[exercise_id]
    for lang in LANGUAGES:
        for field in ("name", "instruction", "how_to"):
            text = getattr(item, field).get(lang, "")
            assert text.strip(), f"{exercise_id}.{field}.{lang} is empty"
    assert item.name["en"] != item.how_to["en"]


@pytest.mark.parametrize("exercise_id", sorted(SEED_IDS))
def test_instruction_fits_one_line(exercise_id):
    for lang in LANGUAGES:
        text = EXERCISES[exercise_id].instruction[lang]
        assert len(text) <= 70, f"{exercise_id}.{lang}: {len(text)} characters"
        assert "\n" not in text


@pytest.mark.parametrize("exercise_id", sorted(SEED_IDS))
def test_illustrations_exist(exercise_id):
    name = EXERCISES[exercise_id].illustration
    for phase in ("start", "end"):
        path = ASSETS / "illustrations" / f"{name}-{phase}.svg"
        assert path.is_file(), f"missing {path}"


def test_exercise_helper():
    assert exercise("superman") is EXERCISES["superman"]
    with pytest.raises(KeyError):
        exercise("handstand")


# --- routines -----------------------------------------------------------------------------------

def test_at_least_five_builtins_with_unique_ids():
    ids = [r.id for r in BUILTIN_ROUTINES]
    assert len(ids) >= 5
    assert len(ids) == len(set(ids))
    assert set(TARGET_MINUTES) <= set(ids)
    assert routine_ids() == tuple(ids)


@pytest.mark.parametrize("routine", BUILTIN_ROUTINES, ids=lambda r: r.id)
def test_builtin_validates(routine):
    assert routine.builtin
    assert validate(routine, EXERCISES) == []
    assert all(step.exercise in EXERCISES for step in routine.steps)
    for lang in LANGUAGES:
        assert routine.name.get(lang, "").strip()
        assert routine.description.get(lang, "").strip()


@pytest.mark.parametrize("routine", BUILTIN_ROUTINES, ids=lambda r: r.id)
def test_builtin_survives_the_file_format(routine):
    again = loads(dumps(routine), EXERCISES)
    assert again.steps == routine.steps
    assert again.id == routine.id


def test_builtin_routine_helper():
    for routine_id in routine_ids():
        assert builtin_routine(routine_id).id == routine_id
    assert builtin_routine("no-such-routine") is None


def test_some_step_is_self_paced():
    assert any(step.self_paced for r in BUILTIN_ROUTINES for step in r.steps)


@pytest.mark.parametrize("routine_id", sorted(TARGET_MINUTES))
def test_durations_match_their_names(routine_id):
    minutes = _total_s(builtin_routine(routine_id)) / 60
    target = TARGET_MINUTES[routine_id]
    assert abs(minutes - target) <= 0.15 * target, f"{routine_id}: {minutes:.1f} min"


def test_roller_and_walk_contents():
    used = {step.exercise for step in builtin_routine("roller-and-walk").steps}
    assert {"foam-roller", "massage-ball", "walking"} <= used


# --- the seed's numbers -------------------------------------------------------------------------

def test_superman_hold_is_three_to_five_seconds():
    steps = _steps("superman")
    assert steps
    for step in steps:
        assert step.mode == "reps"
        assert step.tempo is not None
        assert 3 <= step.tempo.hold_s <= 5


def test_childs_pose_holds_thirty_to_sixty_seconds():
    steps = _steps("childs-pose")
    assert steps
    for step in steps:
        assert step.mode == "hold"
        assert 30 <= step.hold_s <= 60


def test_bridges_are_three_sets_of_ten_to_fifteen():
    steps = _steps("glute-bridge")
    assert steps
    for step in steps:
        assert step.mode == "reps"
        assert step.sets == 3
        assert 10 <= step.reps <= 15
        assert step.tempo is not None and step.tempo.hold_s > 0


def test_two_sided_exercises_do_both_sides():
    for exercise_id in ("knee-to-chest", "lumbar-rotation", "side-stretch"):
        steps = _steps(exercise_id)
        assert steps
        assert all(step.sides == "both" for step in steps), exercise_id


def test_catalog_imports_no_qt():
    tree = ast.parse(Path(catalog.__file__).read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    assert not any(name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
                   for name in modules)
