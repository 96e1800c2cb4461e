"""The routine editor's undo commands: every change to the drafts goes through one of these."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from backtimer.core.routine import Routine
from backtimer.ui.settings.routine_drafts_model import RoutineDraftsModel

# Focus callback: show this routine (by id) and select this step (or -1).
Focus = Callable[[str, int], None]
# Keystrokes closer together than this are one edit (typing "12" is one step back); a value
# typed after a pause is a step of its own (10 → 12, pause, 0: Undo gives 12 back, not 10).
TYPING_PAUSE_S = 1.0


class RoutineEditCommand(QUndoCommand):
    """Replace one routine by an edited copy; edits of one field typed in one go merge."""

    MERGE_ID = 4711

    def __init__(self, model: RoutineDraftsModel, before: Routine, after: Routine, text: str,
                 focus: Focus, step: int = -1, merge_key: tuple | None = None):
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after
        self.focus = focus
        self.step_after = step
        self.step_before = step
        self.merge_key = merge_key
        self.at = time.monotonic()  # when it was made, or the last edit merged into it

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, RoutineEditCommand) or other.merge_key != self.merge_key \
                or other.at - self.at > TYPING_PAUSE_S:
            return False
        self.after = other.after
        self.at = other.at
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

    def __init__(self, model: RoutineDraftsModel, row: int, routine: Routine, text: str,
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

    def __init__(self, model: RoutineDraftsModel, row: int, text: str, focus: Focus):
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


def edit_routine(model: RoutineDraftsModel, stack: QUndoStack, focus: Focus, row: int,
                 after: Routine, text: str, step: int = -1,
                 merge_key: tuple | None = None) -> None:
    before = model.routine(row)
    if after != before:
        stack.push(RoutineEditCommand(model, before, after, text, focus, step, merge_key))


def move_step(model: RoutineDraftsModel, stack: QUndoStack, focus: Focus, row: int,
              source: int, target: int) -> None:
    routine = model.routine(row)
    steps = list(routine.steps)
    steps.insert(target, steps.pop(source))
    command = RoutineEditCommand(model, routine, routine.with_steps(steps),
                                 QApplication.translate("RoutineEditor", "Move step"), focus,
                                 target)
    command.step_before = source
    stack.push(command)
