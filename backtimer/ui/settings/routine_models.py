"""Qt list models of the routines being edited and of one routine's steps, with undo commands."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QStyle

from backtimer.core.problems import Problem
from backtimer.core.routine import Exercise, Routine, Step, localized, validate
from backtimer.ui.assets import asset_path
from backtimer.ui.settings.problem_text import problem_line

STEP_MIME = "application/x-backtimer-step-rows"

# Focus callback: show this routine (by id) and select this step (or -1).
Focus = Callable[[str, int], None]


def format_duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def illustration_path(exercise: Exercise | None) -> str | None:
    """The start pose of an exercise as a path Qt can open, or None while it is not drawn."""
    if exercise is None:
        return None
    return asset_path(f"illustrations/{exercise.illustration}-start.svg")


class RoutineListModel(QAbstractListModel):
    """Every routine shown in the editor: the built-ins (read-only) and the user's drafts.

    The drafts live here, in memory, until the dialog saves them. Problems are the core
    validator's, cached per routine.

    Signals:
        routine_replaced(int, object, object): the routine at a row changed (old, new).
    """

    IdRole = Qt.ItemDataRole.UserRole + 1
    BuiltinRole = Qt.ItemDataRole.UserRole + 2
    ProblemsRole = Qt.ItemDataRole.UserRole + 3

    routine_replaced = Signal(int, object, object)

    def __init__(self, exercises: Mapping[str, Exercise], lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.exercises = exercises
        self.lang = lang
        self._routines: list[Routine] = []
        self._problems: dict[int, list[Problem]] = {}

    # --- reading ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._routines):
            return None
        routine = self._routines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = localized(routine.name, self.lang) or self.tr("(no name)")
            if routine.builtin:
                return self.tr("%1 (built-in)").replace("%1", name)
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            problems = self.problems(index.row())
            if problems:
                return "\n".join(problem_line(problem) for problem in problems)
            return self.tr("%1 · total %2").replace("%1", routine.id).replace(
                "%2", format_duration(routine.duration_s))
        if role == Qt.ItemDataRole.FontRole and routine.builtin:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and self.problems(index.row()):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == self.IdRole:
            return routine.id
        if role == self.BuiltinRole:
            return routine.builtin
        if role == self.ProblemsRole:
            return self.problems(index.row())
        return None

    def routine(self, row: int) -> Routine:
        return self._routines[row]

    def routines(self) -> list[Routine]:
        return list(self._routines)

    def row_of(self, routine_id: str) -> int:
        return next((i for i, r in enumerate(self._routines) if r.id == routine_id), -1)

    def ids(self) -> set[str]:
        return {routine.id for routine in self._routines}

    def problems(self, row: int) -> list[Problem]:
        """The validator's problems with a user routine (built-ins are trusted)."""
        if row not in self._problems:
            routine = self._routines[row]
            self._problems[row] = [] if routine.builtin else validate(routine, self.exercises)
        return self._problems[row]

    def has_problems(self) -> bool:
        return any(self.problems(row) for row in range(len(self._routines)))

    # --- changing (only through undo commands, so every edit can be undone) -----------------

    def reset(self, routines: Sequence[Routine]) -> None:
        self.beginResetModel()
        self._routines = list(routines)
        self._problems = {}
        self.endResetModel()

    def replace(self, row: int, routine: Routine) -> None:
        old = self._routines[row]
        self._routines[row] = routine
        self._problems.pop(row, None)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.routine_replaced.emit(row, old, routine)

    def insert(self, row: int, routine: Routine) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._routines.insert(row, routine)
        self._problems = {}
        self.endInsertRows()

    def take(self, row: int) -> Routine:
        self.beginRemoveRows(QModelIndex(), row, row)
        routine = self._routines.pop(row)
        self._problems = {}
        self.endRemoveRows()
        return routine


class StepListModel(QAbstractListModel):
    """The steps of the routine selected in a RoutineListModel; reorderable by drag.

    A drag ends in ``moveRows`` (what QListView calls for an internal move) or in
    ``dropMimeData``; both push a command on the undo stack instead of moving directly.
    """

    StepRole = Qt.ItemDataRole.UserRole + 1
    ProblemsRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, routines: RoutineListModel, undo_stack: QUndoStack, focus: Focus,
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
            amount = self.tr("%1\u00a0s").replace("%1", str(step.hold_s))
        else:
            amount = self.tr("%1\u00a0reps").replace("%1", str(step.reps))
        if step.sets > 1:
            amount = f"{step.sets} × {amount}"
        if step.sides == "both":
            amount = self.tr("%1 per side").replace("%1", amount)
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


# --- undo commands ---------------------------------------------------------------------------


class RoutineEditCommand(QUndoCommand):
    """Replace one routine by an edited copy; consecutive edits of one field merge."""

    MERGE_ID = 4711

    def __init__(self, model: RoutineListModel, before: Routine, after: Routine, text: str,
                 focus: Focus, step: int = -1, merge_key: tuple | None = None):
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after
        self.focus = focus
        self.step_after = step
        self.step_before = step
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RoutineEditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        self.setObsolete(self.after == self.before)
        return True

    def _apply(self, routine: Routine, step: int) -> None:
        row = self.model.row_of(routine.id)
        self.model.replace(row, routine)
        self.focus(routine.id, step)

    def redo(self) -> None:
        self._apply(self.after, self.step_after)

    def undo(self) -> None:
        self._apply(self.before, self.step_before)


class InsertRoutineCommand(QUndoCommand):
    """Add a routine (new, duplicated or imported) to the list; undo removes it again."""

    def __init__(self, model: RoutineListModel, row: int, routine: Routine, text: str,
                 focus: Focus, focus_after_undo: str = ""):
        super().__init__(text)
        self.model, self.row, self.routine, self.focus = model, row, routine, focus
        self.focus_after_undo = focus_after_undo

    def redo(self) -> None:
        self.model.insert(self.row, self.routine)
        self.focus(self.routine.id, -1)

    def undo(self) -> None:
        self.model.take(self.row)
        self.focus(self.focus_after_undo, -1)


class RemoveRoutineCommand(QUndoCommand):
    """Delete a routine from the list (on disk only when the dialog is saved)."""

    def __init__(self, model: RoutineListModel, row: int, text: str, focus: Focus):
        super().__init__(text)
        self.model, self.row, self.focus = model, row, focus
        self.routine = model.routine(row)

    def redo(self) -> None:
        self.model.take(self.row)
        neighbour = min(self.row, self.model.rowCount() - 1)
        self.focus(self.model.routine(neighbour).id if neighbour >= 0 else "", -1)

    def undo(self) -> None:
        self.model.insert(self.row, self.routine)
        self.focus(self.routine.id, -1)


def edit_routine(model: RoutineListModel, stack: QUndoStack, focus: Focus, row: int,
                 after: Routine, text: str, step: int = -1,
                 merge_key: tuple | None = None) -> None:
    before = model.routine(row)
    if after != before:
        stack.push(RoutineEditCommand(model, before, after, text, focus, step, merge_key))


def move_step(model: RoutineListModel, stack: QUndoStack, focus: Focus, row: int,
              source: int, target: int) -> None:
    routine = model.routine(row)
    steps = list(routine.steps)
    steps.insert(target, steps.pop(source))
    command = RoutineEditCommand(model, routine, routine.with_steps(steps),
                                 QApplication.translate("RoutineEditor", "Move step"), focus,
                                 target)
    command.step_before = source
    stack.push(command)
