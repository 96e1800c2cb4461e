"""The routines the routine editor shows: built-ins and the user's drafts, with their problems."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from backtimer.core.durations import format_duration
from backtimer.core.problems import Problem
from backtimer.core.routine import Exercise, Routine, localized, validate
from backtimer.ui.settings.problem_text import problem_line


class RoutineDraftsModel(QAbstractListModel):
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
                # A non-breaking hyphen: a narrow list wraps before "(built-in)", never at
                # its hyphen ("(built-" / "in)").
                suffix = self.tr("%1 (built-in)").replace("%1", "\x00").replace("-", "\u2011")
                return suffix.replace("\x00", name)
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
