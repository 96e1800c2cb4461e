"""The history's session list: a table model fetched a page at a time, each session's details,
and deleting one with undo."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from backtimer.core import catalog
from backtimer.core.placeholders import fill
from backtimer.core.routine import localized
from backtimer.storage.history import HistoryError, HistoryStore, SessionRecord, StepRecord
from backtimer.ui.history.dates import qdate, qlocale

_Index = QModelIndex | QPersistentModelIndex


class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, fetched from the store a page at a time as the list scrolls."""

    PAGE = 200
    COLUMNS = 5

    def __init__(self, store: HistoryStore, lang: str, parent: QWidget, routines=None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.routines = routines
        self.locale = qlocale(lang)
        self._rows: list[SessionRecord] = []
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.store.count()
        self._rows = self.store.page(0, min(self.PAGE, self._total))
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        more = self.store.page(len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Routine"), self.tr("Result"), self.tr("Minutes"),
                self.tr("Pain before → after"))[section]

    def routine_name(self, record: SessionRecord) -> str:
        """A built-in routine's name in today's language (the history keeps the name it had
        when it ran, in the language of then); one's own routine under the name it had."""
        if self.routines is not None and self.routines.is_builtin(record.routine_id):
            return localized(self.routines.get(record.routine_id).name, self.lang)
        return record.routine_name or record.routine_id

    def state_text(self, record: SessionRecord) -> str:
        text = {"completed": self.tr("completed"), "stopped": self.tr("stopped early"),
                "interrupted": self.tr("interrupted"),
                "running": self.tr("in progress")}.get(record.state, record.state)
        if record.time_scale != 1:
            text += " · " + fill(self.tr("test run ×%1"),
                                 self.locale.toString(float(record.time_scale), "g", 12))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                started = record.started_at
                return self.locale.toString(qdate(started.date()), QLocale.FormatType.ShortFormat
                                            ) + f"  {started:%H:%M}"
            if column == 1:
                return self.routine_name(record)
            if column == 2:
                return self.state_text(record)
            if column == 3:
                return self.locale.toString(float(record.minutes), "f", 1)
            if column == 4:
                if record.pain_before is None and record.pain_after is None:
                    return "–"
                return (f"{'–' if record.pain_before is None else record.pain_before} → "
                        f"{'–' if record.pain_after is None else record.pain_after}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None

    def details(self, record: SessionRecord) -> str:
        """The session's steps as rich text, with its notes (the list's detail pane)."""
        lines = [f"<b>{html.escape(self.routine_name(record))}</b> — " + self.state_text(record)]
        for step in record.steps:
            lines.append(("✓ " if step.completed else "· ") + self.step_text(step))
        if record.notes:
            lines.append(html.escape(record.notes))
        return "<br>".join(lines)

    def step_text(self, step: StepRecord) -> str:
        exercise = catalog.EXERCISES.get(step.exercise_id)
        name = localized(exercise.name, self.lang) if exercise else step.exercise_id
        if step.reps:
            amount = fill(self.tr("%1\u00a0reps"), str(step.reps))
            if step.sets > 1:
                amount = fill(self.tr("%1 sets, %2"), str(step.sets), amount)
        else:
            seconds = round(step.work_s)
            amount = f"{seconds // 60}:{seconds % 60:02d}"
        text = f"{html.escape(name)} — {amount}"
        return text if step.completed else text + " " + self.tr("(skipped)")


class DeleteSessionCommand(QUndoCommand):
    """Deleting a session keeps it whole in memory, so "Undo" puts it back exactly.

    The first delete is done on making the command: one the history refuses (``HistoryError``)
    raises there, before the command is pushed, so no "Undo" is offered for it."""

    def __init__(self, store: HistoryStore, session_id: int, text: str,
                 changed: Callable[[], None], failed: Callable[[HistoryError], None]):
        super().__init__(text)
        self.store = store
        self.session_id = session_id
        self._changed = changed
        self._failed = failed
        # On the window's thread: another program's lock is said at once, not waited out.
        with store.without_waiting():
            self.record: SessionRecord | None = store.delete_session(session_id)
        self._deleted = True  # push() calls redo(): the delete above stands for that first one

    def redo(self) -> None:
        if not self._deleted:
            with self.store.without_waiting():
                self.record = self.store.delete_session(self.session_id)
        self._deleted = False
        self._changed()

    def undo(self) -> None:
        if self.record is not None:
            try:
                with self.store.without_waiting():
                    self.session_id = self.store.restore_session(self.record)
            except HistoryError as error:
                # Still deleted, and still kept here: the redo that puts the stack back (see
                # HistoryView.undo_delete) deletes nothing, and "Undo" can be tried again.
                self._deleted = True
                self._failed(error)
        self._changed()
