"""The Routines page of the settings dialog: what its buttons, lists and fields do.

The widgets are laid out in routines_page_layout.py; the step's fields are the StepForm."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from backtimer.core.durations import format_duration
from backtimer.core.routine import (
    MAX_FILE_BYTES,
    Routine,
    RoutineError,
    Step,
    dumps,
    loads,
    localized,
)
from backtimer.storage.files import NotAFileError, atomic_write_text, read_limited
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.ui.settings.field_errors import show_error
from backtimer.ui.settings.problem_text import problem_line, problem_text
from backtimer.ui.settings.routine_commands import (
    InsertRoutineCommand,
    RemoveRoutineCommand,
    edit_routine,
    move_step,
)
from backtimer.ui.settings.routine_drafts_model import RoutineDraftsModel
from backtimer.ui.settings.routines_page_layout import RoutinesPageLayout
from backtimer.ui.settings.step_list_model import StepListModel


class RoutinesPage(RoutinesPageLayout):
    """Edits the user's routines in memory; ``save()`` writes them, nothing else does.

    Signals:
        validity_changed(bool): every routine is valid now (True) or something is not.
        preview_requested(object, float): play this Routine at this speed.
    """

    validity_changed = Signal(bool)
    preview_requested = Signal(object, float)

    def __init__(self, library: RoutineLibrary, lang: str, parent: QWidget | None = None, *,
                 default_lead_in_s: int = 5, progression: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("routinesPage")
        # The ProgressionPanel (issue 7), beside the step form; None without a history.
        self.progression = progression
        self.default_lead_in_s = default_lead_in_s
        self.library = library
        self.lang = lang
        self.exercises = library.exercises
        self._originals: dict[str, Routine] = {}
        self._reserved: set[str] = set()
        self._valid = True
        self._filling = False
        self.undo_stack = QUndoStack(self)
        self.routine_model = RoutineDraftsModel(self.exercises, lang, self)
        self.step_model = StepListModel(self.routine_model, self.undo_stack, self.focus, self)
        self._templates = self._step_templates()
        self._build_layout()
        self._connect()

    def _connect(self) -> None:
        self.routine_view.selectionModel().currentChanged.connect(self._on_routine_current)
        self.step_view.selectionModel().currentChanged.connect(lambda *_: self._show_step())
        # Delete and Alt+Up/Down act on the list itself (an event filter: shortcuts need an
        # active window, and these keys mean nothing elsewhere).
        self.step_view.installEventFilter(self)
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.lead_in_spin.valueChanged.connect(self._on_lead_in_changed)
        self.step_form.field_edited.connect(self._on_field_edited)
        for button, slot in (
                (self.new_button, self._new_routine),
                (self.duplicate_button, self._duplicate_routine),
                (self.duplicate_to_edit, self._duplicate_routine),
                (self.rename_button, self._rename_routine),
                (self.delete_button, self._ask_delete_routine),
                (self.import_button, self._import_routine),
                (self.export_button, self._export_routine),
                (self.add_button, self._add_step),
                (self.remove_button, self._remove_step),
                (self.up_button, lambda: self._move_step(-1)),
                (self.down_button, lambda: self._move_step(1)),
                (self.preview_button, self._request_preview)):
            button.clicked.connect(slot)
        self.routine_model.routine_replaced.connect(self._on_routine_replaced)
        self.routine_model.rowsInserted.connect(self._check_validity)
        self.routine_model.rowsRemoved.connect(self._check_validity)
        self.undo_stack.indexChanged.connect(self._check_validity)

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.step_view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.matches(QKeySequence.StandardKey.Delete):
                self._remove_step()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move_step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _step_templates(self) -> dict[str, Step]:
        """A sensible first prescription per exercise: its first use in a built-in routine."""
        templates: dict[str, Step] = {}
        for routine in self.library.routines():
            if routine.builtin:
                for step in routine.steps:
                    templates.setdefault(step.exercise, step)
        return templates

    # --- load and save ----------------------------------------------------------------------

    def load(self) -> None:
        user = self.library.user_routines()
        self._originals = {routine.id: routine for routine in user}
        # A file that does not load is left alone; no new routine may take its name.
        self._reserved = {path.stem for path in self.library.problems}
        self.undo_stack.clear()
        self.routine_model.reset(self.library.routines())
        if self.progression is not None:
            self.progression.load()
        if self.routine_model.rowCount():
            self.focus(self.routine_model.routine(0).id, 0)
        self._check_validity()

    def is_valid(self) -> bool:
        return not self.routine_model.has_problems()

    def changes(self) -> tuple[list[Routine], list[str]]:
        """The user routines to write and the ids to delete, against what was loaded."""
        current = {r.id: r for r in self.routine_model.routines() if not r.builtin}
        writes = [r for rid, r in current.items() if self._originals.get(rid) != r]
        deletes = [rid for rid in self._originals if rid not in current]
        return writes, deletes

    def has_changes(self) -> bool:
        writes, deletes = self.changes()
        progression = self.progression is not None and self.progression.has_changes()
        return bool(writes or deletes or progression)

    def save(self) -> None:
        """Write what changed; raises OSError (then what was written so far stays written)."""
        if not self.is_valid():
            raise RoutineError(self.routine_model.problems(self._first_invalid_row()))
        writes, deletes = self.changes()
        for routine in writes:
            self.library.save(routine)
            self._originals[routine.id] = routine
        for routine_id in deletes:
            self.library.delete(routine_id)
            del self._originals[routine_id]
        if self.progression is not None:
            self.progression.save()
        self.undo_stack.setClean()

    def _first_invalid_row(self) -> int:
        return next(row for row in range(self.routine_model.rowCount())
                    if self.routine_model.problems(row))

    # --- selection --------------------------------------------------------------------------

    def current_routine(self) -> Routine | None:
        row = self.step_model.routine_row
        return self.routine_model.routine(row) if row >= 0 else None

    def current_step_row(self) -> int:
        index = self.step_view.currentIndex()
        return index.row() if index.isValid() else -1

    def focus(self, routine_id: str, step: int) -> None:
        """Show a routine and select one of its steps (undo and redo call this)."""
        row = self.routine_model.row_of(routine_id)
        if row < 0:
            self._show_routine()
            return
        if row != self.step_model.routine_row:
            self.routine_view.setCurrentIndex(self.routine_model.index(row))
        else:
            self.routine_view.selectionModel().select(
                self.routine_model.index(row),
                QItemSelectionModel.SelectionFlag.ClearAndSelect)
        count = self.step_model.rowCount()
        if count:
            step = min(max(step, 0), count - 1)
            self.step_view.setCurrentIndex(self.step_model.index(step))
        self._show_routine()

    def _on_routine_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.step_model.show_routine(current.row() if current.isValid() else -1)
        if self.step_model.rowCount():
            self.step_view.setCurrentIndex(self.step_model.index(0))
        self._show_routine()

    def _on_routine_replaced(self, row: int, _old: Routine, _new: Routine) -> None:
        if row == self.step_model.routine_row:
            self._show_routine()

    # --- showing ----------------------------------------------------------------------------

    def _show_routine(self) -> None:
        routine = self.current_routine()
        editable = routine is not None and not routine.builtin
        self.builtin_banner.setVisible(routine is not None and routine.builtin)
        for widget in (self.name_edit, self.lead_in_spin, self.add_combo, self.add_button):
            widget.setEnabled(editable)
        self.duplicate_button.setEnabled(routine is not None)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.export_button.setEnabled(routine is not None)
        self._filling = True
        try:
            name = localized(routine.name, self.lang) if routine else ""
            if self.name_edit.text() != name:
                self.name_edit.setText(name)
            lead_in = routine.lead_in_s if routine else 0
            if self.lead_in_spin.value() != lead_in:
                self.lead_in_spin.setValue(lead_in)
        finally:
            self._filling = False
        if self.progression is not None:
            self.progression.show_routine(routine)
        if routine is None:
            self.id_label.clear()
            self.total_label.clear()
        else:
            self.id_label.setText(self.tr("File: %1.json").replace("%1", routine.id))
            self.total_label.setText(self.tr("Total: %1").replace(
                "%1", format_duration(routine.duration_s)))
        self._show_step()

    def _show_step(self) -> None:
        routine = self.current_routine()
        row = self.current_step_row()
        step = self.step_model.step(row) if routine is not None and row >= 0 else None
        editable = step is not None and not routine.builtin
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and row < self.step_model.rowCount() - 1)
        self.step_form.show_step(step, editable)
        self._show_problems()
        self.preview_button.setEnabled(routine is not None
                                       and not self.routine_model.problems(
                                           self.step_model.routine_row))

    def _show_problems(self) -> None:
        """Put every validator message beside its field; unplaced ones go to the list."""
        routine_row = self.step_model.routine_row
        problems = self.routine_model.problems(routine_row) if routine_row >= 0 else []
        step_row = self.current_step_row()
        step_messages: dict[str, list[str]] = {}
        routine_messages: dict[str, list[str]] = {}
        other_steps: list[int] = []
        for problem in problems:
            text = problem_text(problem)
            path = problem.path
            if len(path) > 1 and path[0] == "steps" and isinstance(path[1], int):
                index = path[1]
                if index == step_row:
                    key = ".".join(str(part) for part in path[2:]) or "exercise"
                    step_messages.setdefault(key, []).append(text)
                elif index not in other_steps:
                    other_steps.append(index)
            else:
                key = str(path[0]) if path else ""
                key = key if key in self.routine_errors else "steps"
                routine_messages.setdefault(key, []).append(text)
        if other_steps:
            numbers = ", ".join(str(i + 1) for i in other_steps)
            routine_messages.setdefault("steps", []).append(
                self.tr("Also check step %1 (marked in the list).").replace("%1", numbers))
        self.step_form.show_problems(step_messages)
        for key, label in self.routine_errors.items():
            widget = {"name": self.name_edit, "lead_in_s": self.lead_in_spin}.get(key,
                                                                                  self.step_view)
            show_error(label, widget, routine_messages.get(key, []))

    def _check_validity(self, *_args) -> None:
        valid = self.is_valid()
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    # --- edits (each one an undo command) ---------------------------------------------------

    def _edit(self, routine: Routine, text: str, step: int = -1,
              merge_key: tuple | None = None) -> None:
        edit_routine(self.routine_model, self.undo_stack, self.focus,
                     self.step_model.routine_row, routine, text, step, merge_key)

    def _on_name_edited(self, text: str) -> None:
        routine = self.current_routine()
        if self._filling or routine is None or routine.builtin:
            return
        # A routine of one's own has one name, in the language it was typed in.
        self._edit(replace(routine, name={self.lang: text}), self.tr("Rename routine"),
                   self.current_step_row(), ("name", routine.id))

    def _on_lead_in_changed(self, value: int) -> None:
        routine = self.current_routine()
        if self._filling or routine is None or routine.builtin:
            return
        self._edit(replace(routine, lead_in_s=value), self.tr("Change get-ready time"),
                   self.current_step_row(), ("lead_in_s", routine.id))

    def _on_field_edited(self, key: str) -> None:
        routine = self.current_routine()
        row = self.current_step_row()
        if routine is None or routine.builtin or row < 0:
            return
        steps = list(routine.steps)
        steps[row] = self.step_form.edited(steps[row], key)
        self._edit(routine.with_steps(steps), self.tr("Change step"), row,
                   ("step", routine.id, row, key))

    def _add_step(self) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        exercise_id = self.add_combo.currentData()
        step = self._templates.get(exercise_id, Step(exercise=exercise_id))
        step = replace(step, exercise=exercise_id)
        at = self.current_step_row() + 1 if self.current_step_row() >= 0 else len(routine.steps)
        steps = list(routine.steps)
        steps.insert(at, step)
        self._edit(routine.with_steps(steps), self.tr("Add step"), at)

    def _remove_step(self) -> None:
        routine = self.current_routine()
        row = self.current_step_row()
        if routine is None or routine.builtin or row < 0:
            return
        steps = list(routine.steps)
        del steps[row]
        self._edit(routine.with_steps(steps), self.tr("Remove step"), min(row, len(steps) - 1))

    def _move_step(self, delta: int) -> None:
        routine = self.current_routine()
        row = self.current_step_row()
        target = row + delta
        if routine is None or routine.builtin or row < 0 or not 0 <= target < len(routine.steps):
            return
        move_step(self.routine_model, self.undo_stack, self.focus, self.step_model.routine_row,
                  row, target)

    # --- routine list actions ---------------------------------------------------------------

    def free_id(self, base: str) -> str:
        """An id no routine has, on disk or among the ones edited here and not yet saved."""
        return self.library.free_id(base, self.routine_model.ids() | self._reserved)

    def _add_routine(self, routine: Routine, text: str) -> None:
        current = self.current_routine()
        self.undo_stack.push(InsertRoutineCommand(
            self.routine_model, self.routine_model.rowCount(), routine, text, self.focus,
            current.id if current else ""))

    def _new_routine(self) -> None:
        first = next(iter(self.exercises))
        step = replace(self._templates.get(first, Step(exercise=first)), exercise=first)
        routine = Routine(id=self.free_id("my-routine"), name={self.lang: self.tr("New routine")},
                          steps=(step,), lead_in_s=self.default_lead_in_s)
        self._add_routine(routine, self.tr("New routine"))
        self._rename_routine()

    def _duplicate_routine(self) -> None:
        source = self.current_routine()
        if source is None:
            return
        base = f"my-{source.id}" if source.builtin else f"{source.id}-copy"
        name = self.tr("Copy of %1").replace("%1", localized(source.name, self.lang))
        copy = replace(source, id=self.free_id(base), name={self.lang: name[:80]},
                       builtin=False)
        self._add_routine(copy, self.tr("Duplicate routine"))

    def _rename_routine(self) -> None:
        if self.name_edit.isEnabled():
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_edit.selectAll()

    def _ask_delete_routine(self) -> None:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete routine"),
                          self.tr("Delete the routine “%1”?").replace(
                              "%1", localized(routine.name, self.lang)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("confirmDeleteBox")
        box.setInformativeText(self.tr("It is removed when you press OK or Apply; until then "
                                       "Undo brings it back."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        routine_id = routine.id

        def done(result: int) -> None:
            row = self.routine_model.row_of(routine_id)
            if result == QMessageBox.StandardButton.Yes and row >= 0:
                self.undo_stack.push(RemoveRoutineCommand(
                    self.routine_model, row, self.tr("Delete routine"), self.focus))

        box.finished.connect(done)
        box.open()

    def _import_routine(self) -> None:
        filename, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a routine"), "",
            self.tr("Routine files (*.json);;All files (*)"))
        if not filename:
            return
        try:
            # Bounded: /dev/zero, a FIFO or a huge file is refused by its kind and size.
            raw = read_limited(Path(filename), MAX_FILE_BYTES)
            routine = loads(raw, self.exercises)
        except NotAFileError:
            self._tell(self.tr("Import a routine"),
                       self.tr("The file cannot be read: %1").replace(
                           "%1", self.tr("it is not a regular file, or it is larger than "
                                         "1000\u00a0kB, so it is not a routine")),
                       "importProblemsBox")
            return
        except OSError as error:
            self._tell(self.tr("Import a routine"),
                       self.tr("The file cannot be read: %1").replace("%1", str(error.strerror)),
                       "importProblemsBox")
            return
        except RoutineError as error:
            self._tell(self.tr("Import a routine"),
                       self.tr("%1 is not a routine backtimer can use. Nothing was added.")
                       .replace("%1", Path(filename).name),
                       "importProblemsBox",
                       "\n".join(f"• {problem_line(p)}" for p in error.problems))
            return
        if routine.id in self.routine_model.ids() or routine.id in self._reserved:
            routine = replace(routine, id=self.free_id(routine.id))
        self._add_routine(routine, self.tr("Import routine"))

    def _export_routine(self) -> None:
        routine = self.current_routine()
        if routine is None:
            return
        if self.routine_model.problems(self.step_model.routine_row):
            self._tell(self.tr("Export a routine"),
                       self.tr("Fix the marked fields before exporting this routine."),
                       "exportProblemsBox")
            return
        filename, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a routine"), f"{routine.id}.json",
            self.tr("Routine files (*.json)"))
        if not filename:
            return
        try:
            atomic_write_text(Path(filename), dumps(routine))
        except OSError as error:
            self._tell(self.tr("Export a routine"),
                       self.tr("The file cannot be written: %1").replace(
                           "%1", str(error.strerror)), "exportProblemsBox")

    def _tell(self, title: str, text: str, name: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName(name)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _request_preview(self) -> None:
        routine = self.current_routine()
        if routine is not None and not self.routine_model.problems(self.step_model.routine_row):
            self.preview_requested.emit(routine, float(self.speed_combo.currentData()))
