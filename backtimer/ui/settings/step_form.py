"""The routine editor's step form: one step's fields, its picture and how-to, and each field's
problem right under it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.routine import BOUNDS, Exercise, Step, Tempo, localized
from backtimer.ui.player.text import fill, number
from backtimer.ui.settings.bounded_spin_boxes import BoundedDoubleSpinBox, BoundedSpinBox
from backtimer.ui.settings.exercise_pictures import (
    fill_exercise_combo,
    illustration_path,
    svg_pixmap,
)
from backtimer.ui.settings.field_errors import error_label, show_error
from backtimer.ui.shell.theme import show_focus


class StepForm(QScrollArea):
    """Shows one step and says which field the user changed; the routines page makes the edit.

    ``fields`` and ``errors`` are keyed by the step's field ("hold_s", "tempo.up_s"…; the
    error of the whole tempo is "tempo").

    Signals:
        field_edited(str): the user changed this field (never while a step is being shown).
    """

    field_edited = Signal(str)

    def __init__(self, exercises: Mapping[str, Exercise], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.exercises = exercises
        self.lang = lang
        self._filling = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Step"))  # the scroll area takes the focus
        self.setObjectName("stepFormArea")
        show_focus(self)
        self.panel = QWidget(self)
        self.panel.setObjectName("stepForm")
        layout = QVBoxLayout(self.panel)
        self.illustration = QLabel(self.panel)
        self.illustration.setObjectName("stepIllustration")
        self.illustration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.illustration.setMinimumHeight(130)
        layout.addWidget(self.illustration)
        self.how_to = QLabel(self.panel)
        self.how_to.setWordWrap(True)
        self.how_to.setObjectName("stepHowTo")
        layout.addWidget(self.how_to)
        layout.addLayout(self._build_fields())
        # The exercise's whole explanation (breathing, cautions, variations) under the fields,
        # so editing stays at the top; the one-line instruction above is what the player shows.
        self.details = QLabel(self.panel)
        self.details.setWordWrap(True)
        self.details.setObjectName("stepDetails")
        layout.addWidget(self.details)
        layout.addStretch(1)
        self.setWidget(self.panel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(280)

    def _build_fields(self) -> QGridLayout:
        panel = self.panel
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        seconds = self.tr(" s")
        self.fields["exercise"] = QComboBox(panel)
        fill_exercise_combo(self.fields["exercise"], self.exercises, self.lang)
        self.fields["mode"] = QComboBox(panel)
        self.fields["mode"].addItem(self.tr("Hold"), "hold")
        self.fields["mode"].addItem(self.tr("Repetitions"), "reps")
        self.fields["hold_s"] = BoundedSpinBox("hold_s", seconds, panel)
        self.fields["reps"] = BoundedSpinBox("reps", "", panel)
        self.fields["self_paced"] = QCheckBox(self.tr("At my own pace"), panel)
        self.fields["self_paced"].setToolTip(
            self.tr("No tempo: after the repetitions, click Done or press Space"))
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
                widget.setToolTip(fill(self.tr("From %1 to %2"), number(low), number(high)))
                widget.valueChanged.connect(lambda _v, k=key: self._on_changed(k))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, k=key: self._on_changed(k))
            else:
                widget.toggled.connect(lambda _c, k=key: self._on_changed(k))
            error_key = "tempo" if key == "self_paced" else key
            # The message goes right under its field: beside it there is no room in Dutch at
            # 800 pixels wide.
            self.errors[error_key] = error_label(error_key, panel)
            grid.addWidget(self.errors[error_key], row * 2 + 1, 1)
        return grid

    # --- showing ----------------------------------------------------------------------------

    def show_step(self, step: Step | None, editable: bool) -> None:
        """Fill the fields from ``step`` (None: nothing selected) without reporting edits."""
        self.panel.setEnabled(step is not None)
        self._filling = True
        try:
            if step is not None:
                self._fill_fields(step)
        finally:
            self._filling = False
        for key, widget in self.fields.items():
            widget.setEnabled(editable and applies(step, key))
        self._show_illustration(step)

    def show_problems(self, messages: Mapping[str, list[str]]) -> None:
        """Each field's messages (already in the interface language) under it; none: clean."""
        for key, label in self.errors.items():
            show_error(label, self.fields.get(key), messages.get(key, []))

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
        self.details.setText(localized(exercise.how_to, self.lang) if exercise else "")

    # --- editing ----------------------------------------------------------------------------

    def _on_changed(self, key: str) -> None:
        if not self._filling:
            self.field_edited.emit(key)

    def edited(self, step: Step, key: str) -> Step:
        """``step`` with field ``key`` as the form now shows it."""
        widget = self.fields[key]
        if key in ("exercise", "mode", "sides"):
            return replace(step, **{key: widget.currentData()})
        if key == "self_paced":
            return replace(step, tempo=None if widget.isChecked() else self._tempo())
        if key.startswith("tempo."):
            return replace(step, tempo=self._tempo())
        return replace(step, **{key: widget.value()})

    def _tempo(self) -> Tempo:
        return Tempo(up_s=self.fields["tempo.up_s"].value(),
                     hold_s=self.fields["tempo.hold_s"].value(),
                     down_s=self.fields["tempo.down_s"].value())


def applies(step: Step | None, key: str) -> bool:
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
