"""The routine library: the user's routine files beside the built-ins, and what it refuses."""

from __future__ import annotations

import json

import pytest

from backtimer.core.catalog import BUILTIN_ROUTINES, EXERCISES
from backtimer.core.routine import FORMAT, VERSION, RoutineError, dumps
from backtimer.storage.routine_library import RoutineLibrary

HEADER = {"format": FORMAT, "version": VERSION, "id": "mine", "name": "n"}
GOOD = {"exercise": "superman"}


def test_the_library_reports_files_it_cannot_use_as_problems(tmp_path):
    library = RoutineLibrary(tmp_path, BUILTIN_ROUTINES, EXERCISES)
    (tmp_path / "other-name.json").write_text(json.dumps({**HEADER, "steps": [GOOD]}))
    (tmp_path / "broken.json").write_text("{")
    assert library.user_routines() == []
    mismatch = library.problems[tmp_path / "other-name.json"]
    assert [(p.path, p.code, dict(p.values)) for p in mismatch] == [
        (("id",), "id_mismatch", {"id": "mine"})]
    assert str(mismatch[0]) == "id: 'mine' does not match the file name or is a built-in routine's"
    assert library.problems[tmp_path / "broken.json"][0].code == "not_json"
    with pytest.raises(RoutineError) as caught:
        library.save(BUILTIN_ROUTINES[0])
    assert str(caught.value) == (f"id: '{BUILTIN_ROUTINES[0].id}' is a built-in routine; "
                                 "duplicate it to make your own")
    with pytest.raises(RoutineError) as caught:
        library.delete(BUILTIN_ROUTINES[0].id)
    assert caught.value.problems[0].code == "builtin_undeletable"
    with pytest.raises(RoutineError) as caught:
        library.import_file(tmp_path / "missing.json")
    assert str(caught.value) == "file: cannot be read (No such file or directory)"


def test_a_free_id_avoids_builtins_files_and_routines_not_saved_yet(tmp_path):
    from dataclasses import replace

    library = RoutineLibrary(tmp_path, BUILTIN_ROUTINES, EXERCISES)
    builtin = BUILTIN_ROUTINES[0]
    assert library.free_id(builtin.id) == f"{builtin.id}-2"
    assert library.free_id("My Routine!") == "my-routine"
    assert library.free_id("!!!") == "routine"
    library.save(replace(builtin, id="my-routine"))
    (tmp_path / "my-routine-2.json").write_text("{half a file")  # does not load: still taken
    assert library.free_id("My routine") == "my-routine-3"
    assert library.free_id("my-routine", taken={"my-routine-3"}) == "my-routine-4"
    assert len(library.free_id("x" * 80)) <= 63
    assert dumps(library.get("my-routine"))
