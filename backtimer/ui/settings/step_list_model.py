"""The steps of the routine selected in the editor, as a list model that reorders by drag."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from backtimer.core.placeholders import fill
from backtimer.core.problems import Problem
from backtimer.core.routine import Routine, Step, localized
from backtimer.ui.settings.exercise_pictures import illustration_path
from backtimer.ui.settings.problem_text import problem_line
from backtimer.ui.settings.routine_commands import Focus, move_step
from backtimer.ui.settings.routine_drafts_model import RoutineDraftsModel

STEP_MIME = "application/x-backtimer-step-rows"


class StepListModel(QAbstractListModel):
    """The steps of the routine selected in a RoutineDraftsModel; reorderable by drag.

    A drag ends in ``moveRows`` (what QListView calls for an internal move) or in
    ``dropMimeData``; both push a command on the undo stack instead of moving directly.
    """

    StepRole = Qt.ItemDataRole.UserRole + 1
    ProblemsRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, routines: RoutineDraftsModel, undo_stack: QUndoStack, focus: Focus,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.routines = routines
        self.undo_stack = undo_stack
        self.focus = focus
        self._row = -1
        self._steps: tuple[Step, ...] = ()
        self._icons: dict[str, QIcon] = {}
        routines.routine_replaced.connect(self._on_routine_replaced)
        routines.modelReset.connect(lambda: self.show_routine(-1))
        routines.rowsRemoved.connect(self._on_rows_removed)
        routines.rowsInserted.connect(self._on_rows_inserted)

    @property
    def routine_row(self) -> int:
        return self._row

    @property
    def editable(self) -> bool:
        return self._row >= 0 and not self.routines.routine(self._row).builtin

    def show_routine(self, row: int) -> None:
        self.beginResetModel()
        self._row = row
        self._steps = self.routines.routine(row).steps if row >= 0 else ()
        self.endResetModel()

    def step(self, row: int) -> Step:
        return self._steps[row]

    def step_problems(self, row: int) -> list[Problem]:
        if self._row < 0:
            return []
        return [p for p in self.routines.problems(self._row) if p.path[:2] == ("steps", row)]

    # --- reading ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {self.summary(step)}"
        if role == Qt.ItemDataRole.DecorationRole:
            if self.step_problems(index.row()):
                return QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._icon(step.exercise)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problem_line(p) for p in self.step_problems(index.row())) or None
        if role == self.StepRole:
            return step
        if role == self.ProblemsRole:
            return self.step_problems(index.row())
        return None

    def summary(self, step: Step) -> str:
        exercise = self.routines.exercises.get(step.exercise)
        name = localized(exercise.name, self.routines.lang) if exercise else step.exercise
        if step.mode == "hold":
            amount = fill(self.tr("%1\u00a0s"), str(step.hold_s))
        else:
            amount = fill(self.tr("%1\u00a0reps"), str(step.reps))
        if step.sets > 1:
            amount = f"{step.sets} × {amount}"
        if step.sides == "both":
            amount = fill(self.tr("%1 per side"), amount)
        return f"{name} — {amount}"

    def _icon(self, exercise_id: str) -> QIcon:
        if exercise_id not in self._icons:
            path = illustration_path(self.routines.exercises.get(exercise_id))
            self._icons[exercise_id] = QIcon(path) if path else QIcon()
        return self._icons[exercise_id]

    # --- drag and drop ----------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.editable:
            return flags
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled  # drops go between rows, never onto one

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        routine_id = self.routines.routine(self._row).id if self._row >= 0 else ""
        payload = json.dumps({"routine": routine_id, "rows": rows})
        mime.setData(STEP_MIME, QByteArray(payload.encode("utf-8")))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.editable and data.hasFormat(STEP_MIME) and not parent.isValid()

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            payload = json.loads(bytes(data.data(STEP_MIME).data()).decode("utf-8"))
            rows = payload["rows"]
            same_routine = payload["routine"] == self.routines.routine(self._row).id
        except (ValueError, KeyError, TypeError):
            return False
        if not same_routine or len(rows) != 1 or not isinstance(rows[0], int):
            return False
        self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(),
                      len(self._steps) if row < 0 else row)
        # False on purpose: the move is done (as one undoable command); True would make the
        # view remove the "moved-away" source row a second time.
        return False

    def moveRows(self, source_parent: QModelIndex | QPersistentModelIndex, source_row: int,
                 count: int, destination_parent: QModelIndex | QPersistentModelIndex,
                 destination_child: int) -> bool:
        """Qt's move semantics: the row goes *before* ``destination_child``."""
        if (not self.editable or count != 1 or source_parent.isValid()
                or destination_parent.isValid()
                or not 0 <= source_row < len(self._steps)
                or not 0 <= destination_child <= len(self._steps)):
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        if target == source_row:
            return False
        move_step(self.routines, self.undo_stack, self.focus, self._row, source_row, target)
        return True

    # --- following the routine model --------------------------------------------------------

    def _on_rows_removed(self, _parent: QModelIndex, first: int, last: int) -> None:
        if first <= self._row <= last:
            self.show_routine(-1)
        elif self._row > last:
            self._row -= last - first + 1

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._row >= first:
            self._row += last - first + 1

    def _on_routine_replaced(self, row: int, _old: Routine, new: Routine) -> None:
        if row != self._row:
            return
        old_steps, new_steps = self._steps, new.steps
        change = diff_steps(old_steps, new_steps)
        kind = change[0]
        if kind == "insert":
            self.beginInsertRows(QModelIndex(), change[1], change[1])
            self._steps = new_steps
            self.endInsertRows()
        elif kind == "remove":
            self.beginRemoveRows(QModelIndex(), change[1], change[1])
            self._steps = new_steps
            self.endRemoveRows()
        elif kind == "move":
            source, target = change[1], change[2]
            destination = target + 1 if target > source else target
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
            self._steps = new_steps
            self.endMoveRows()
        elif kind == "reset":
            self.beginResetModel()
            self._steps = new_steps
            self.endResetModel()
        else:
            self._steps = new_steps
        # Problems are per routine, so any row's warning mark may have come or gone.
        if self._steps:
            self.dataChanged.emit(self.index(0), self.index(len(self._steps) - 1))


def diff_steps(old: Sequence[Step], new: Sequence[Step]) -> tuple:
    """The single change turning ``old`` into ``new``: ("same",), ("insert", i),
    ("remove", i), ("move", source, target), ("change",) or ("reset",)."""
    old, new = list(old), list(new)
    if old == new:
        return ("same",)
    first = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                 min(len(old), len(new)))
    if len(new) == len(old) + 1 and old[first:] == new[first + 1:]:
        return ("insert", first)
    if len(new) == len(old) - 1 and old[first + 1:] == new[first:]:
        return ("remove", first)
    if len(new) == len(old):
        last = max(i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
        for source, target in ((first, last), (last, first)):
            moved = list(old)
            moved.insert(target, moved.pop(source))
            if moved == new:
                return ("move", source, target)
        return ("change",)
    return ("reset",)
