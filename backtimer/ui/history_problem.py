"""What a person reads when the history cannot be used: the store's error, by its kind, in words.

The screens (history view, tray, settings) catch ``HistoryError`` and show ``problem_text``;
SQLite's own wording is kept only for an error no disk or file explains.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backtimer.core.placeholders import fill
from backtimer.storage.history import (
    HistoryDamaged,
    HistoryError,
    HistoryTooNew,
    HistoryUnavailable,
    StorageFull,
    StorageReadOnly,
)

translate = QCoreApplication.translate  # the name lupdate looks for


def problem_text(error: HistoryError) -> str:
    """"the disk is full", "the history database is damaged; …" — a reason, in lower case."""
    if isinstance(error, StorageFull):
        return translate("HistoryProblem", "the disk is full")
    if isinstance(error, StorageReadOnly):
        return translate("HistoryProblem", "the data folder cannot be written")
    if isinstance(error, HistoryDamaged):
        return translate("HistoryProblem", "the history database is damaged; start backtimer "
                                           "again to set it aside and begin a new one")
    if isinstance(error, HistoryTooNew):
        return translate("HistoryProblem", "the history was written by a newer backtimer")
    if isinstance(error, HistoryUnavailable):
        return translate("HistoryProblem", "the history database is in use by another program "
                                           "or cannot be reached")
    return fill(translate("HistoryProblem", "an unexpected error (%1)"), error.detail)
