"""What a person reads for each kind of history error, in English and in Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from backtimer.storage.history import (
    HistoryBug,
    HistoryDamaged,
    HistoryTooNew,
    HistoryUnavailable,
    StorageFull,
    StorageReadOnly,
)
from backtimer.ui.assets import asset_path
from backtimer.ui.history_problem import problem_text

KINDS = (StorageFull, StorageReadOnly, HistoryDamaged, HistoryTooNew, HistoryUnavailable)


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(asset_path("i18n/backtimer_nl.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_each_kind_has_its_own_words_and_a_bug_keeps_sqlites(qapp):
    texts = [problem_text(kind("The history could not be saved (x).")) for kind in KINDS]
    assert texts[0] == "the disk is full" and texts[1] == "the data folder cannot be written"
    assert len(set(texts)) == len(KINDS)  # told apart by type, not by message
    bug = HistoryBug("The history could not be read (no such table: x).", None,
                     "no such table: x")
    assert problem_text(bug) == "an unexpected error (no such table: x)"


def test_in_dutch(dutch):
    assert problem_text(StorageFull("x")) == "de schijf is vol"
    assert problem_text(StorageReadOnly("x")) == "er kan niet in de gegevensmap worden geschreven"
    assert problem_text(HistoryDamaged("x")).startswith("de geschiedenisdatabase is beschadigd")
    assert problem_text(HistoryBug("x", None, "y")) == "een onverwachte fout (y)"
