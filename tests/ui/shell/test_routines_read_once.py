"""A start reads the routines folder once (issue 15, item 17): a folder of many routines was
parsed 2-4 times by the home page, the tray and the player, seconds each under load."""

from __future__ import annotations

import json
from collections import Counter

from backtimer.storage import routine_library


def test_a_start_parses_each_routine_file_once_and_a_changed_one_again(start_app, data_dir,
                                                                       monkeypatch):
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    for n in range(200):
        (folder / f"r{n}.json").write_text(json.dumps({
            "format": "backtimer.routine", "version": 1, "id": f"r{n}", "name": f"R {n}",
            "steps": [{"exercise": "childs-pose"}]}), encoding="utf-8")
    reads: Counter[str] = Counter()
    real = routine_library.read_limited

    def counted(path, limit):
        reads[path.name] += 1
        return real(path, limit)

    monkeypatch.setattr(routine_library, "read_limited", counted)
    window = start_app("--routine", "r7")  # the home page, the tray and the player all list
    assert window.home.model.row_of("r199") is not None
    assert len(reads) == 200 and max(reads.values()) == 1
    # A file changed on disk (a sync, an edit by hand) is read again, alone.
    (folder / "r3.json").write_text(json.dumps({
        "format": "backtimer.routine", "version": 1, "id": "r3", "name": "Changed",
        "steps": [{"exercise": "childs-pose"}, {"exercise": "childs-pose"}]}), encoding="utf-8")
    assert window.library.get("r3").name == {"en": "Changed"}
    assert len(window.library.routines()) == len(window.library.routines())
    assert reads["r3.json"] == 2 and sum(reads.values()) == 201
