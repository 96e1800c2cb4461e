"""The Routines page of the settings dialog: the routine list and the step editor."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.durations import format_duration
from backtimer.core.routine import (
    BOUNDS,
    Routine,
    RoutineError,
    Step,
    Tempo,
    dumps,
    loads,
    localized,
)
from backtimer.storage.files import atomic_write_text
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.ui.player.text import number
from backtimer.ui.settings.exercise_pictures import illustration_path, svg_pixmap
from backtimer.ui.settings.problem_text import problem_line, problem_text
from backtimer.ui.settings.routine_commands import (
    InsertRoutineCommand,
    RemoveRoutineCommand,
    edit_routine,
    move_step,
)
from backtimer.ui.settings.routine_drafts_model import RoutineDraftsModel
from backtimer.ui.settings.step_list_model import StepListModel
from backtimer.ui.shell.theme import ERROR, pick

# Speeds offered for a preview (the main window plays the routine that much faster).
PREVIEW_SPEEDS = (1.0, 2.0, 5.0, 10.0, 30.0)
# Spin boxes accept typed numbers up to this, so an out-of-range value can be typed and then
# refused with the validator's message instead of being silently clamped.
TYPED_MAX = 99_999
STEP_FIELDS = ("hold_s", "reps", "tempo.up_s", "tempo.hold_s", "tempo.down_s", "sets",
               "rest_between_reps_s", "rest_between_sets_s", "switch_s", "rest_after_s")


class _StepsWithinBounds:
    """Arrows and the wheel stay within ``BOUNDS``; typed numbers are taken as typed, so the
    core validator can refuse them with a message rather than the box clamping silently."""

    low: float
    high: float

    def stepBy(self, steps: int) -> None:
        self.setValue(min(max(self.value() + steps * self.singleStep(), self.low), self.high))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.isReadOnly() or not self.isEnabled():
            return flags
        if self.value() > self.low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class BoundedSpinBox(_StepsWithinBounds, QSpinBox):
    """Whole numbers (seconds, reps, sets) within their ``BOUNDS`` by arrows and wheel."""

    def __init__(self, bound: str, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high = (int(v) for v in BOUNDS[bound])
        self.setRange(0, TYPED_MAX)
        self.setSuffix(suffix)
        self.setAccelerated(True)


class BoundedDoubleSpinBox(_StepsWithinBounds, QDoubleSpinBox):
    """Seconds with one decimal (the phases of a rep's tempo) within their ``BOUNDS``."""

    def __init__(self, bound: str, suffix: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.low, self.high = BOUNDS[bound]
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setRange(0, 999.9)
        self.setSuffix(suffix)


class RoutinesPage(QWidget):
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
        self._build()
        self.routine_model.routine_replaced.connect(self._on_routine_replaced)
        self.routine_model.rowsInserted.connect(self._check_validity)
        self.routine_model.rowsRemoved.connect(self._check_validity)
        self.undo_stack.indexChanged.connect(self._check_validity)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        # No prefix: Qt's own translations then word it right, "Undo Change hold" in English
        # and "Houdtijd wijzigen ongedaan maken" in Dutch (the verb goes last there).
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        # Ctrl+Shift+Z and Ctrl+Y both, whatever the platform's own redo key is.
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                     QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        for action, name in ((self.undo_action, "undoButton"), (self.redo_action, "redoButton")):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch(1)
        outer.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_routine_column())
        splitter.addWidget(self._build_steps_column())
        form = self._build_form_column()
        if self.progression is not None:
            tabs = QTabWidget(self)
            tabs.setObjectName("routineDetailTabs")
            tabs.addTab(form, self.tr("Step"))
            tabs.addTab(self.progression, self.tr("Progression"))
            form = tabs
        splitter.addWidget(form)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([200, 300, 400])
        outer.addWidget(splitter, 1)

    def _build_routine_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Routines"), column)
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        self.routine_view = QListView(column)
        self.routine_view.setObjectName("routineEditorList")
        self.routine_view.setAccessibleName(self.tr("Routines"))
        self.routine_view.setModel(self.routine_model)
        self.routine_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routine_view.setMinimumWidth(150)
        _wrap_items(self.routine_view)
        self.routine_view.selectionModel().currentChanged.connect(self._on_routine_current)
        layout.addWidget(self.routine_view, 1)
        grid = QGridLayout()
        self.new_button = self._button(self.tr("New"), "newRoutineButton", self._new_routine)
        self.duplicate_button = self._button(self.tr("Duplicate"), "duplicateRoutineButton",
                                             self._duplicate_routine)
        self.rename_button = self._button(self.tr("Rename"), "renameRoutineButton",
                                          self._rename_routine)
        self.delete_button = self._button(self.tr("Delete…"), "deleteRoutineButton",
                                          self._ask_delete_routine)
        self.import_button = self._button(self.tr("Import…"), "importRoutineButton",
                                          self._import_routine)
        self.export_button = self._button(self.tr("Export…"), "exportRoutineButton",
                                          self._export_routine)
        buttons = (self.new_button, self.duplicate_button, self.rename_button,
                   self.delete_button, self.import_button, self.export_button)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)
        return column

    def _build_steps_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        self.builtin_banner = QFrame(column)
        self.builtin_banner.setObjectName("builtinBanner")
        self.builtin_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QVBoxLayout(self.builtin_banner)
        note = QLabel(self.tr("This is a built-in routine; it cannot be changed."),
                      self.builtin_banner)
        note.setWordWrap(True)
        banner.addWidget(note)
        self.duplicate_to_edit = self._button(self.tr("Duplicate to edit"),
                                              "duplicateToEditButton", self._duplicate_routine)
        banner.addWidget(self.duplicate_to_edit)
        layout.addWidget(self.builtin_banner)

        form = QGridLayout()
        self.name_edit = QLineEdit(column)
        self.name_edit.setObjectName("field_name")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.textEdited.connect(self._on_name_edited)
        self.lead_in_spin = BoundedSpinBox("lead_in_s", self.tr(" s"), column)
        self.lead_in_spin.setObjectName("field_lead_in_s")
        self.lead_in_spin.setAccessibleName(self.tr("Get ready"))
        self.lead_in_spin.valueChanged.connect(self._on_lead_in_changed)
        self.routine_errors: dict[str, QLabel] = {}
        for row, (label, widget, key) in enumerate((
                (self.tr("Name"), self.name_edit, "name"),
                (self.tr("Get ready"), self.lead_in_spin, "lead_in_s"))):
            form.addWidget(QLabel(label, column), row * 2, 0)
            form.addWidget(widget, row * 2, 1)
            self.routine_errors[key] = self._error_label(key, column)
            form.addWidget(self.routine_errors[key], row * 2 + 1, 1)
        layout.addLayout(form)
        self.id_label = QLabel(column)
        self.id_label.setObjectName("routineIdLabel")
        self.id_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.id_label)
        self.total_label = QLabel(column)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-weight: bold")
        layout.addWidget(self.total_label)

        self.step_view = QListView(column)
        self.step_view.setObjectName("stepList")
        self.step_view.setAccessibleName(self.tr("Steps"))
        self.step_view.setModel(self.step_model)
        self.step_view.setIconSize(QSize(40, 28))
        _wrap_items(self.step_view)
        self.step_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.step_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.step_view.setDragEnabled(True)
        self.step_view.setDropIndicatorShown(True)
        self.step_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.step_view.selectionModel().currentChanged.connect(lambda *_: self._show_step())
        # Delete and Alt+Up/Down act on the list itself (an event filter: shortcuts need an
        # active window, and these keys mean nothing elsewhere).
        self.step_view.installEventFilter(self)
        layout.addWidget(self.step_view, 1)
        self.routine_errors["steps"] = self._error_label("steps", column)
        layout.addWidget(self.routine_errors["steps"])

        add_row = QHBoxLayout()
        self.add_combo = QComboBox(column)
        self.add_combo.setObjectName("addExerciseCombo")
        self.add_combo.setAccessibleName(self.tr("Exercise to add"))
        self.add_combo.setIconSize(QSize(48, 32))
        self._fill_exercises(self.add_combo)
        add_row.addWidget(self.add_combo, 1)
        self.add_button = self._button(self.tr("Add"), "addStepButton", self._add_step)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        move_row = QHBoxLayout()
        self.remove_button = self._button(self.tr("Remove"), "removeStepButton",
                                          self._remove_step)
        self.up_button = self._button(self.tr("Up"), "moveStepUpButton",
                                      lambda: self._move_step(-1))
        self.down_button = self._button(self.tr("Down"), "moveStepDownButton",
                                        lambda: self._move_step(1))
        self.up_button.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the step down (Alt+Down)"))
        for button in (self.remove_button, self.up_button, self.down_button):
            move_row.addWidget(button)
        layout.addLayout(move_row)

        preview_row = QHBoxLayout()
        self.speed_combo = QComboBox(column)
        self.speed_combo.setObjectName("previewSpeedCombo")
        self.speed_combo.setAccessibleName(self.tr("Preview speed"))
        for speed in PREVIEW_SPEEDS:
            self.speed_combo.addItem(f"{speed:g}×", speed)
        self.speed_combo.setCurrentIndex(2)
        self.preview_button = self._button(self.tr("Preview"), "previewButton",
                                           self._request_preview)
        self.preview_button.setToolTip(self.tr("Play this routine, faster, to check it"))
        preview_row.addWidget(self.preview_button, 1)
        preview_row.addWidget(self.speed_combo)
        layout.addLayout(preview_row)
        return column

    def _build_form_column(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        panel = QWidget(scroll)
        panel.setObjectName("stepForm")
        layout = QVBoxLayout(panel)
        self.illustration = QLabel(panel)
        self.illustration.setObjectName("stepIllustration")
        self.illustration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.illustration.setMinimumHeight(130)
        layout.addWidget(self.illustration)
        self.how_to = QLabel(panel)
        self.how_to.setWordWrap(True)
        self.how_to.setObjectName("stepHowTo")
        layout.addWidget(self.how_to)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        seconds = self.tr(" s")
        self.fields["exercise"] = QComboBox(panel)
        self._fill_exercises(self.fields["exercise"])
        self.fields["mode"] = QComboBox(panel)
        self.fields["mode"].addItem(self.tr("Hold"), "hold")
        self.fields["mode"].addItem(self.tr("Repetitions"), "reps")
        self.fields["hold_s"] = BoundedSpinBox("hold_s", seconds, panel)
        self.fields["reps"] = BoundedSpinBox("reps", "", panel)
        self.fields["self_paced"] = QCheckBox(self.tr("At my own pace"), panel)
        self.fields["self_paced"].setToolTip(
            self.tr("No tempo: you tap \"done\" after the repetitions"))
        self.fields["tempo.up_s"] = BoundedDoubleSpinBox("tempo.up_s", seconds, panel)
        self.fields["tempo.hold_s"] = BoundedDoubleSpinBox("tempo.hold_s", seconds, panel)
        self.fields["tempo.down_s"] = BoundedDoubleSpinBox("tempo.down_s", seconds, panel)
        self.fields["sets"] = BoundedSpinBox("sets", "", panel)
        self.fields["rest_between_reps_s"] = BoundedSpinBox("rest_between_reps_s", seconds, panel)
        self.fields["rest_between_sets_s"] = BoundedSpinBox("rest_between_sets_s", seconds, panel)
        self.fields["sides"] = QComboBox(panel)
        self.fields["sides"].addItem(self.tr("No sides"), "none")
        self.fields["sides"].addItem(self.tr("Left, then right"), "both")
        self.fields["switch_s"] = BoundedSpinBox("switch_s", seconds, panel)
        self.fields["rest_after_s"] = BoundedSpinBox("rest_after_s", seconds, panel)
        labels = {
            "exercise": self.tr("Exercise"),
            "mode": self.tr("Kind"),
            "hold_s": self.tr("Hold for"),
            "reps": self.tr("Repetitions"),
            "self_paced": self.tr("Tempo"),
            "tempo.up_s": self.tr("Up"),
            "tempo.hold_s": self.tr("Hold at the top"),
            "tempo.down_s": self.tr("Down"),
            "sets": self.tr("Sets"),
            "rest_between_reps_s": self.tr("Rest between reps"),
            "rest_between_sets_s": self.tr("Rest between sets"),
            "sides": self.tr("Sides"),
            "switch_s": self.tr("Time to switch sides"),
            "rest_after_s": self.tr("Rest after the step"),
        }
        for row, (key, widget) in enumerate(self.fields.items()):
            widget.setObjectName(f"field_{key}")
            widget.setAccessibleName(labels[key])
            label = QLabel(labels[key], panel)
            label.setBuddy(widget)
            label.setWordWrap(True)
            if key.startswith("tempo."):
                label.setIndent(16)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(widget, row * 2, 1, Qt.AlignmentFlag.AlignLeft)
            if isinstance(widget, QSpinBox | QDoubleSpinBox):
                low, high = BOUNDS[key]
                widget.setToolTip(self.tr("From %1 to %2").replace("%1", number(low))
                                  .replace("%2", number(high)))
                widget.valueChanged.connect(lambda _v, k=key: self._on_field_changed(k))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, k=key: self._on_field_changed(k))
            else:
                widget.toggled.connect(lambda _c, k=key: self._on_field_changed(k))
            error_key = "tempo" if key == "self_paced" else key
            # The message goes right under its field: beside it there is no room in Dutch at
            # 800 pixels wide.
            self.errors[error_key] = self._error_label(error_key, panel)
            grid.addWidget(self.errors[error_key], row * 2 + 1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll.setWidget(panel)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(280)
        self.form_panel = panel
        return scroll

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

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _error_label(self, key: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(f"error_{key}")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {pick(ERROR, label.palette())}")
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        label.hide()
        return label

    def _fill_exercises(self, combo: QComboBox) -> None:
        for exercise in self.exercises.values():
            path = illustration_path(exercise)
            icon = svg_pixmap(path, QSize(48, 32)) if path else QPixmap()
            combo.addItem(localized(exercise.name, self.lang), exercise.id)
            if not icon.isNull():
                combo.setItemIcon(combo.count() - 1, icon)

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
        self.form_panel.setEnabled(step is not None)
        self._filling = True
        try:
            if step is not None:
                self._fill_fields(step)
        finally:
            self._filling = False
        for key, widget in self.fields.items():
            widget.setEnabled(editable and self._applies(step, key))
        self._show_illustration(step)
        self._show_problems()
        self.preview_button.setEnabled(routine is not None
                                       and not self.routine_model.problems(
                                           self.step_model.routine_row))

    @staticmethod
    def _applies(step: Step | None, key: str) -> bool:
        """Whether a field means anything for this step (others are shown but disabled)."""
        if step is None:
            return False
        reps = step.mode == "reps"
        if key == "hold_s":
            return not reps
        if key in ("reps", "self_paced", "rest_between_reps_s"):
            return reps
        if key.startswith("tempo."):
            return reps and step.tempo is not None
        if key == "switch_s":
            return step.sides == "both"
        return True

    def _fill_fields(self, step: Step) -> None:
        tempo = step.tempo or Tempo()
        values = {
            "hold_s": step.hold_s, "reps": step.reps, "sets": step.sets,
            "rest_between_reps_s": step.rest_between_reps_s,
            "rest_between_sets_s": step.rest_between_sets_s,
            "switch_s": step.switch_s, "rest_after_s": step.rest_after_s,
            "tempo.up_s": tempo.up_s, "tempo.hold_s": tempo.hold_s,
            "tempo.down_s": tempo.down_s,
        }
        for key, value in values.items():
            widget = self.fields[key]
            if widget.value() != value:  # untouched while typing: keeps the cursor in place
                widget.setValue(value)
        for key, value in (("exercise", step.exercise), ("mode", step.mode),
                           ("sides", step.sides)):
            combo = self.fields[key]
            combo.setCurrentIndex(combo.findData(value))
        self.fields["self_paced"].setChecked(step.tempo is None)

    def _show_illustration(self, step: Step | None) -> None:
        exercise = self.exercises.get(step.exercise) if step else None
        path = illustration_path(exercise)
        if path:
            self.illustration.setPixmap(svg_pixmap(path, QSize(240, 130)))
        else:
            self.illustration.setPixmap(QPixmap())
            self.illustration.setText(self.tr("(no illustration yet)") if exercise else "")
        self.how_to.setText(localized(exercise.instruction, self.lang) if exercise else "")

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
        for key, label in self.errors.items():
            _show_error(label, self.fields.get(key), step_messages.get(key, []))
        for key, label in self.routine_errors.items():
            widget = {"name": self.name_edit, "lead_in_s": self.lead_in_spin}.get(key,
                                                                                  self.step_view)
            _show_error(label, widget, routine_messages.get(key, []))

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

    def _on_field_changed(self, key: str) -> None:
        routine = self.current_routine()
        row = self.current_step_row()
        if self._filling or routine is None or routine.builtin or row < 0:
            return
        step = routine.steps[row]
        widget = self.fields[key]
        if key in ("exercise", "mode", "sides"):
            new = replace(step, **{key: widget.currentData()})
        elif key == "self_paced":
            new = replace(step, tempo=None if widget.isChecked() else self._tempo_from_fields())
        elif key.startswith("tempo."):
            new = replace(step, tempo=self._tempo_from_fields())
        else:
            new = replace(step, **{key: widget.value()})
        steps = list(routine.steps)
        steps[row] = new
        self._edit(routine.with_steps(steps), self.tr("Change step"), row,
                   ("step", routine.id, row, key))

    def _tempo_from_fields(self) -> Tempo:
        return Tempo(up_s=self.fields["tempo.up_s"].value(),
                     hold_s=self.fields["tempo.hold_s"].value(),
                     down_s=self.fields["tempo.down_s"].value())

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
            raw = Path(filename).read_bytes()
            routine = loads(raw, self.exercises)
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


def _wrap_items(view: QListView) -> None:
    """Long names wrap onto a second line instead of hiding behind a sideways scroll bar."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)


def _show_error(label: QLabel, widget: QWidget | None, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))
    if widget is not None:
        # A dynamic property, so a style sheet (and tests) can find the invalid fields.
        widget.setProperty("invalid", bool(messages))
        red = pick(ERROR, widget.palette())
        widget.setStyleSheet(f"border: 2px solid {red}" if messages
                             and not isinstance(widget, QListView) else "")
