"""Progressive loading for the routine chosen on the Routines page: on or off, rules, levels, reset.

Like the rest of the settings dialog it edits a copy: nothing is written before OK or Apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.progression import plan
from backtimer.core.routine import Exercise, Routine, localized
from backtimer.core.stats import today_for, week_of
from backtimer.storage.history import HistoryError, HistoryStore, ProgressionSetting
from backtimer.ui.history_problem import problem_text
from backtimer.ui.progression_text import level_text, rules_text


class ProgressionPanel(QScrollArea):
    """Shows one routine's progression; keeps the edits of every routine until ``save()``."""

    def __init__(self, store: HistoryStore, settings: Mapping, lang: str,
                 parent: QWidget | None = None, *, exercises: Mapping[str, Exercise],
                 now: Callable[[], datetime]):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progression"))  # the scroll area takes the focus
        self.setObjectName("progressionPanel")
        self.store = store
        self.settings = settings
        self.lang = lang
        self.exercises = exercises
        self._now = now
        self.routine: Routine | None = None
        self._stored: dict[str, ProgressionSetting] = {}
        self._edited: dict[str, ProgressionSetting] = {}
        self._filling = False
        self._build()

    def _build(self) -> None:
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.enabled_box = QCheckBox(self.tr("Build up week by week"), body)
        self.enabled_box.setObjectName("progressionEnabled")
        self.enabled_box.toggled.connect(self._on_toggled)
        layout.addWidget(self.enabled_box)
        self.state_label = self._label("progressionState", body)
        layout.addWidget(self.state_label)
        heading = QLabel(self.tr("The rules"), body)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        self.rules_label = self._label("progressionRules", body)
        layout.addWidget(self.rules_label)
        levels_heading = QLabel(self.tr("This week"), body)
        levels_heading.setStyleSheet("font-weight: bold")
        layout.addWidget(levels_heading)
        self.levels_label = self._label("progressionLevels", body)
        self.levels_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.levels_label)
        self.reset_button = QPushButton(self.tr("Reset to starting level…"), body)
        self.reset_button.setObjectName("progressionResetButton")
        self.reset_button.setAutoDefault(False)
        self.reset_button.clicked.connect(self._ask_reset)
        layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setWidget(body)

    @staticmethod
    def _label(name: str, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    # --- load and save ------------------------------------------------------------------------

    def load(self) -> None:
        try:
            self._stored = self.store.progression_settings()
        except HistoryError as error:
            self._stored = {}
            self.state_label.setText(self.tr("The history could not be read: %1")
                                     .replace("%1", problem_text(error)))
        self._edited = {}
        self.show_routine(self.routine)

    def changes(self) -> list[ProgressionSetting]:
        return [s for rid, s in self._edited.items() if self._stored.get(rid) != s]

    def has_changes(self) -> bool:
        return bool(self.changes())

    def save(self) -> None:
        """Write each routine's changed setting; OSError names what went wrong."""
        for setting in self.changes():
            try:
                self.store.set_progression(setting.routine_id, enabled=setting.enabled,
                                           since=setting.since)
            except HistoryError as error:
                raise OSError(self.tr("progressive loading could not be saved (%1)")
                              .replace("%1", problem_text(error))) from None
            self._stored[setting.routine_id] = setting

    # --- one routine --------------------------------------------------------------------------

    def this_week(self) -> date:
        today = today_for(self._now(), self.settings["day_start_hour"])
        return week_of(today, self.settings["week_start"])

    def setting(self, routine_id: str) -> ProgressionSetting | None:
        """The setting as edited (or as stored when not edited)."""
        return self._edited.get(routine_id, self._stored.get(routine_id))

    def show_routine(self, routine: Routine | None) -> None:
        self.routine = routine
        goal = self.settings["weekly_goal"]
        self.rules_label.setText(rules_text(goal))
        setting = self.setting(routine.id) if routine is not None else None
        enabled = setting is not None and setting.enabled
        self._filling = True
        try:
            self.enabled_box.setChecked(enabled)
        finally:
            self._filling = False
        self.enabled_box.setEnabled(routine is not None)
        if routine is None:
            self.state_label.clear()
            self.levels_label.clear()
            self.reset_button.setEnabled(False)
            return
        name = localized(routine.name, self.lang)
        if not enabled:
            self.state_label.setText(self.tr("Off: %1 runs as written.").replace("%1", name))
            self.levels_label.setText(self.tr("Every step as written (its starting level)."))
            self.reset_button.setEnabled(False)
            return
        assert setting is not None
        levels = self._levels(routine, setting)
        since = week_of(setting.since, self.settings["week_start"])
        self.state_label.setText(self.tr("On: weeks count from the week of %1.").replace(
            "%1", QLocale().toString(QDate(since.year, since.month, since.day),
                                     QLocale.FormatType.LongFormat)))
        lines = [level_text(step, level, self.exercises, self.lang)
                 for step, level in zip(routine.steps, levels, strict=True)]
        self.levels_label.setText("\n".join(lines))
        self.reset_button.setEnabled(any(levels) or since != self.this_week())

    def _levels(self, routine: Routine, setting: ProgressionSetting) -> tuple[int, ...]:
        today = today_for(self._now(), self.settings["day_start_hour"])
        try:
            weeks = self.store.progression_weeks(
                routine.id, since=setting.since, today=today,
                week_start=self.settings["week_start"],
                day_start_hour=self.settings["day_start_hour"])
        except HistoryError:
            weeks = []
        return plan(routine, weeks, self.settings["weekly_goal"], self.this_week()).levels

    def _on_toggled(self, on: bool) -> None:
        if self._filling or self.routine is None:
            return
        routine_id = self.routine.id
        current = self.setting(routine_id)
        # Turned on for the first time: weeks count from this one. Off and on again keeps the
        # weeks already counted.
        since = current.since if current is not None else self.this_week()
        self._edited[routine_id] = ProgressionSetting(routine_id, on, since)
        self.show_routine(self.routine)

    def confirm_reset(self, name: str) -> bool:
        """Ask before going back to the start (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Reset to starting level"),
            self.tr("Start %1 again at the levels as written? Weeks will count from this "
                    "week. Your history is kept.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_reset(self) -> None:
        if self.routine is None:
            return
        if not self.confirm_reset(localized(self.routine.name, self.lang)):
            return
        self.reset(self.routine.id)

    def reset(self, routine_id: str) -> None:
        """Back to the starting level: weeks count from this week on (written on OK)."""
        self._edited[routine_id] = ProgressionSetting(routine_id, True, self.this_week())
        self.show_routine(self.routine)
