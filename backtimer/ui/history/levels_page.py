"""The history's Levels tab: each step's progression level week by week, for each routine that
has progressive loading on, and this week's levels in words."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from backtimer.core.progression import Plan
from backtimer.core.routine import localized
from backtimer.storage.history import HistoryError, HistoryStore
from backtimer.ui.history.charts import LevelChart
from backtimer.ui.history.dates import qdate, qlocale

log = logging.getLogger("backtimer.history")


class LevelsPage(QStackedWidget):
    """An explanation while progression is off everywhere; else a routine, its chart, its levels."""

    def __init__(self, store: HistoryStore | None, routines, settings, lang: str,
                 parent: QWidget):
        super().__init__(parent)
        self.setObjectName("levelsPage")
        self.store = store
        self.routines = routines  # the RoutineLibrary
        self.settings = settings
        self.lang = lang
        self.locale = qlocale(lang)
        page = self
        self.levels_empty = QLabel(self.tr(
            "Progressive loading is off for every routine. Turn it on for a routine under "
            "Settings → Routines, and its steps' levels appear here week by week."), page)
        self.levels_empty.setObjectName("levelsEmpty")
        self.levels_empty.setWordWrap(True)
        self.levels_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.levels_empty.setMargin(24)
        page.addWidget(self.levels_empty)
        content = QWidget(page)
        layout = QVBoxLayout(content)
        row = QHBoxLayout()
        self.levels_routine_box = QComboBox(content)
        self.levels_routine_box.setObjectName("levelsRoutine")
        self.levels_routine_box.setAccessibleName(self.tr("Routine"))
        self.levels_routine_box.currentIndexChanged.connect(self.draw)
        label = QLabel(self.tr("Routine"), content)
        label.setBuddy(self.levels_routine_box)  # names the combo box for a screen reader
        row.addWidget(label)
        row.addWidget(self.levels_routine_box)
        row.addStretch(1)
        layout.addLayout(row)
        self.level_chart = LevelChart(content)
        layout.addWidget(self.level_chart, 1)
        self.levels_now = QLabel("", content)
        self.levels_now.setObjectName("levelsNow")
        self.levels_now.setWordWrap(True)
        self.levels_now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.levels_now)
        page.addWidget(content)
        self.levels_content = content
        self.plans: dict[str, Plan] = {}

    def fill(self, today: date, week_start: int) -> None:
        """Which routines have progression on, and this week's plan of each."""
        self.plans = {}
        if self.store is not None and self.routines is not None:
            try:
                settings = self.store.progression_settings()
                for routine in self.routines.routines():
                    if routine.id in settings and settings[routine.id].enabled:
                        found = self.store.progression_plan(
                            routine, today=today, goal=self.settings["weekly_goal"],
                            week_start=week_start,
                            day_start_hour=self.settings["day_start_hour"])
                        if found is not None:
                            self.plans[routine.id] = found
            except HistoryError as error:
                log.warning("progression levels could not be read: %s", error)
                self.plans = {}
        chosen = self.levels_routine_box.currentData()
        self.levels_routine_box.blockSignals(True)
        self.levels_routine_box.clear()
        for routine_id, found in self.plans.items():
            self.levels_routine_box.addItem(localized(found.routine.name, self.lang), routine_id)
        position = self.levels_routine_box.findData(chosen)
        self.levels_routine_box.setCurrentIndex(max(0, position))
        self.levels_routine_box.blockSignals(False)
        self.draw()

    def draw(self) -> None:
        found = self.plans.get(self.levels_routine_box.currentData())
        if found is None:
            self.setCurrentWidget(self.levels_empty)
            return
        from backtimer.ui.progression_text import level_text

        names = [localized(self.routines.exercises[s.exercise].name, self.lang)
                 if s.exercise in self.routines.exercises else s.exercise
                 for s in found.routine.steps]
        # Two steps of one exercise (a routine may repeat one) need telling apart.
        names = [f"{name} ({n + 1})" if names.count(name) > 1 else name
                 for n, name in enumerate(names)]
        self.level_chart.show_plan(found, names, self.locale)
        since = found.weeks[0].week_start if found.weeks else found.this_week
        lines = [self.tr("This week (counting from the week of %1):").replace(
            "%1", self.locale.toString(qdate(since), QLocale.FormatType.LongFormat))]
        lines += [level_text(step, level, self.routines.exercises, self.lang)
                  for step, level in zip(found.routine.steps, found.levels, strict=True)]
        self.levels_now.setText("\n".join(lines))
        self.setCurrentWidget(self.levels_content)
