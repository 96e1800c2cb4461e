"""Where the Routines page's widgets sit: the routine list, the steps, the step form.

``RoutinesPageLayout`` builds the widgets with their names and texts and connects nothing;
``RoutinesPage`` (routine_editor.py) gives them their behaviour.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.routine import Exercise
from backtimer.ui.settings.bounded_spin_boxes import BoundedSpinBox
from backtimer.ui.settings.exercise_pictures import fill_exercise_combo
from backtimer.ui.settings.field_errors import error_label
from backtimer.ui.settings.routine_drafts_model import RoutineDraftsModel
from backtimer.ui.settings.step_form import StepForm
from backtimer.ui.settings.step_list_model import StepListModel
from backtimer.ui.shell.theme import dim, readable_selection, show_focus

# Speeds offered for a preview (the main window plays the routine that much faster).
PREVIEW_SPEEDS = (1.0, 2.0, 5.0, 10.0, 30.0)


class RoutinesPageLayout(QWidget):
    """The Routines page's widgets. A subclass sets the collaborators below, then calls
    ``_build_layout()``."""

    exercises: Mapping[str, Exercise]
    lang: str
    progression: QWidget | None
    undo_stack: QUndoStack
    routine_model: RoutineDraftsModel
    step_model: StepListModel
    undo_action: QAction
    redo_action: QAction
    routine_errors: dict[str, QLabel]

    def _build_layout(self) -> None:
        """Every widget of the page, where it sits, its name and text; no behaviour."""
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
        form = self.step_form = StepForm(self.exercises, self.lang, self)
        if self.progression is not None:
            tabs = QTabWidget(self)
            tabs.setObjectName("routineDetailTabs")
            tabs.setAccessibleName(self.tr("Step and progression"))
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
        readable_selection(self.routine_view)
        self.routine_view.setObjectName("routineEditorList")
        show_focus(self.routine_view)
        self.routine_view.setAccessibleName(self.tr("Routines"))
        self.routine_view.setModel(self.routine_model)
        self.routine_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.routine_view.setMinimumWidth(150)
        wrap_items(self.routine_view)
        layout.addWidget(self.routine_view, 1)
        grid = QGridLayout()
        self.new_button = self._button(self.tr("New"), "newRoutineButton")
        self.duplicate_button = self._button(self.tr("Duplicate"), "duplicateRoutineButton")
        self.rename_button = self._button(self.tr("Rename"), "renameRoutineButton")
        self.delete_button = self._button(self.tr("Delete…"), "deleteRoutineButton")
        self.import_button = self._button(self.tr("Import…"), "importRoutineButton")
        self.export_button = self._button(self.tr("Export…"), "exportRoutineButton")
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
        self.duplicate_to_edit = self._button(self.tr("Duplicate to edit"), "duplicateToEditButton")
        banner.addWidget(self.duplicate_to_edit)
        layout.addWidget(self.builtin_banner)

        form = QGridLayout()
        self.name_edit = QLineEdit(column)
        self.name_edit.setObjectName("field_name")
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.lead_in_spin = BoundedSpinBox("lead_in_s", self.tr(" s"), column)
        self.lead_in_spin.setObjectName("field_lead_in_s")
        self.lead_in_spin.setAccessibleName(self.tr("Get ready"))
        self.routine_errors: dict[str, QLabel] = {}
        for row, (label, widget, key) in enumerate((
                (self.tr("Name"), self.name_edit, "name"),
                (self.tr("Get ready"), self.lead_in_spin, "lead_in_s"))):
            form.addWidget(QLabel(label, column), row * 2, 0)
            form.addWidget(widget, row * 2, 1)
            self.routine_errors[key] = error_label(key, column)
            form.addWidget(self.routine_errors[key], row * 2 + 1, 1)
        layout.addLayout(form)
        self.id_label = QLabel(column)
        self.id_label.setObjectName("routineIdLabel")
        dim(self.id_label)
        layout.addWidget(self.id_label)
        self.total_label = QLabel(column)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setStyleSheet("font-weight: bold")
        layout.addWidget(self.total_label)

        self.step_view = QListView(column)
        readable_selection(self.step_view)
        self.step_view.setObjectName("stepList")
        show_focus(self.step_view)
        self.step_view.setAccessibleName(self.tr("Steps"))
        self.step_view.setModel(self.step_model)
        self.step_view.setIconSize(QSize(40, 28))
        wrap_items(self.step_view)
        self.step_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.step_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.step_view.setDragEnabled(True)
        self.step_view.setDropIndicatorShown(True)
        self.step_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.step_view, 1)
        self.routine_errors["steps"] = error_label("steps", column)
        layout.addWidget(self.routine_errors["steps"])

        add_row = QHBoxLayout()
        self.add_combo = QComboBox(column)
        self.add_combo.setObjectName("addExerciseCombo")
        self.add_combo.setAccessibleName(self.tr("Exercise to add"))
        self.add_combo.setIconSize(QSize(48, 32))
        fill_exercise_combo(self.add_combo, self.exercises, self.lang)
        # A visible buddy names the combo box on Linux (AT-SPI's labelled-by), where its
        # accessible name gives way to its value.
        add_label = QLabel(self.tr("Exercise:"), column)
        add_label.setBuddy(self.add_combo)
        add_row.addWidget(add_label)
        add_row.addWidget(self.add_combo, 1)
        self.add_button = self._button(self.tr("Add"), "addStepButton")
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        move_row = QHBoxLayout()
        self.remove_button = self._button(self.tr("Remove"), "removeStepButton")
        self.up_button = self._button(self.tr("Up"), "moveStepUpButton")
        self.down_button = self._button(self.tr("Down"), "moveStepDownButton")
        self.up_button.setToolTip(self.tr("Move the step up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the step down (Alt+Down)"))
        for button, name in ((self.add_button, self.tr("Add step")),
                             (self.remove_button, self.tr("Remove step")),
                             (self.up_button, self.tr("Move step up")),
                             (self.down_button, self.tr("Move step down"))):
            button.setAccessibleName(name)  # "Up" and "Down" are also the tempo's fields
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
        self.preview_button = self._button(self.tr("Preview"), "previewButton")
        self.preview_button.setToolTip(self.tr("Play this routine, faster, to check it"))
        preview_row.addWidget(self.preview_button, 1)
        speed_label = QLabel(self.tr("Speed:"), column)
        speed_label.setBuddy(self.speed_combo)
        preview_row.addWidget(speed_label)
        preview_row.addWidget(self.speed_combo)
        layout.addLayout(preview_row)
        return column

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button


def wrap_items(view: QListView) -> None:
    """Long names wrap onto a second line instead of hiding behind a sideways scroll bar."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
