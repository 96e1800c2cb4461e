"""The history view: summary cards, weekly bars, a year calendar, pain beside adherence, sessions.

The charts are in ``charts`` (pyqtgraph: the main window imports this view only when the history
is opened), the session list in ``session_table``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backtimer.core import stats
from backtimer.core.placeholders import fill
from backtimer.storage.files import atomic_write_text
from backtimer.storage.history import (
    HistoryError,
    HistoryStore,
    export_text,
    weekly_summary,
)
from backtimer.ui.history.chart_text import WeekTable, say_charts
from backtimer.ui.history.charts import (
    PainChart,
    WeeklyBars,
    YearCalendar,
    empty_day,
    heat_colors,
)
from backtimer.ui.history.dates import qdate, qlocale
from backtimer.ui.history.levels_page import LevelsPage
from backtimer.ui.history.session_table import DeleteSessionCommand, SessionTableModel
from backtimer.ui.history.summary_card import SummaryCard
from backtimer.ui.history_problem import problem_text
from backtimer.ui.shell.theme import readable_selection, show_focus

log = logging.getLogger("backtimer.history")


class HistoryView(QWidget):
    """The person's history: how they kept it up, how many minutes, how their back feels.

    Signals:
        workout_requested(): the empty state's button was pressed (show the routines).
        history_changed(): a session was deleted or put back.
    """

    workout_requested = Signal()
    history_changed = Signal()

    RANGES = (12, 26, 52)

    def __init__(self, store: HistoryStore | None, settings, lang: str,
                 parent: QWidget | None = None, *, now: Callable[[], datetime],
                 routines=None):
        super().__init__(parent)
        self.setObjectName("historyView")
        self.store = store
        self.routines = routines  # the RoutineLibrary, for the levels of progression
        self.settings = settings
        self.lang = lang
        self.locale = qlocale(lang)
        self._now = now
        self.summary: stats.Summary | None = None
        self.undo_stack = QUndoStack(self)
        self._undo_error: HistoryError | None = None  # set by a failed Undo
        self._build()
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)
        from backtimer.ui.history.sync_status import SyncStatusLabel

        self.sync_status = SyncStatusLabel(self.settings, self.store, self.lang, self,
                                           now=self._now)
        outer.addWidget(self.sync_status)

        # The empty state invites the first workout instead of showing empty axes.
        self.empty_page = QWidget(self.pages)
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(2)
        self.empty_title = QLabel(self.tr("No workouts yet"), self.empty_page)
        self.empty_title.setObjectName("historyEmptyTitle")
        font = QFont(self.empty_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_text = QLabel(self.tr(
            "Your streaks, minutes and pain trend appear here after your first session. "
            "A short routine is a fine start."), self.empty_page)
        self.empty_text.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Choose a routine"), self.empty_page)
        self.empty_button.setObjectName("historyStartButton")
        self.empty_button.setAutoDefault(True)  # Return presses it, as Space does
        self.empty_button.clicked.connect(self.workout_requested)
        for widget in (self.empty_title, self.empty_text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty.addLayout(row)
        empty.addStretch(3)
        self.pages.addWidget(self.empty_page)

        self.content = QWidget(self.pages)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = QGridLayout()
        self.streak_card = SummaryCard(self.tr("Weekly goal streak"), "currentStreakCard", self)
        self.best_card = SummaryCard(self.tr("Best streak"), "bestStreakCard", self)
        self.week_card = SummaryCard(self.tr("This week"), "thisWeekCard", self)
        self.minutes_card = SummaryCard(self.tr("Total minutes"), "totalMinutesCard", self)
        for n, card in enumerate((self.streak_card, self.best_card, self.week_card,
                                  self.minutes_card)):
            cards.addWidget(card, 0, n)
            cards.setColumnStretch(n, 1)
        layout.addLayout(cards)

        controls = QHBoxLayout()
        self.measure_box = QComboBox(self.content)
        self.measure_box.setObjectName("historyMeasure")
        self.measure_box.addItems([self.tr("Sessions"), self.tr("Minutes")])
        self.measure_box.setAccessibleName(self.tr("Show sessions or minutes"))
        self.range_box = QComboBox(self.content)
        self.range_box.setObjectName("historyRange")
        for weeks in self.RANGES:
            self.range_box.addItem(fill(self.tr("%1\u00a0weeks"), str(weeks)), weeks)
        self.range_box.setAccessibleName(self.tr("How many weeks to show"))
        self.export_button = QPushButton(self.tr("Export…"), self.content)
        self.export_button.setObjectName("historyExportButton")
        self.export_button.clicked.connect(self.export_dialog)
        # Visible labels, as buddies: on Linux a combo box is named by its label (AT-SPI's
        # labelled-by), not by its accessible name, which would otherwise say only its value.
        for text, box, name in ((self.tr("Show:"), self.measure_box, "historyMeasureLabel"),
                                (self.tr("Period:"), self.range_box, "historyRangeLabel")):
            label = QLabel(text, self.content)
            label.setObjectName(name)
            label.setBuddy(box)
            controls.addWidget(label)
            controls.addWidget(box)
        controls.addStretch(1)
        self.message = QLabel("", self.content)
        self.message.setObjectName("historyMessage")
        controls.addWidget(self.message)
        controls.addWidget(self.export_button)
        from backtimer.ui.report.dialog import report_button  # issue 17: the physio's report

        self.report_button = report_button(self.content, store=self.store,
                                           settings=self.settings, routines=self.routines,
                                           lang=self.lang, now=self._now)
        controls.addWidget(self.report_button)
        layout.addLayout(controls)
        self.measure_box.currentIndexChanged.connect(self._draw_charts)
        self.range_box.currentIndexChanged.connect(self._draw_charts)

        self.tabs = QTabWidget(self.content)
        self.tabs.setAccessibleName(self.tr("History views"))
        self.bars = WeeklyBars(self.tabs)
        self.calendar = YearCalendar(self)
        self.pain_chart = PainChart(self.tabs)
        self.tabs.addTab(self.bars, self.tr("Weeks"))
        self.tabs.addTab(self._build_calendar_page(), self.tr("Calendar"))
        self.tabs.addTab(self.pain_chart, self.tr("Pain and goal"))
        levels = LevelsPage(self.store, self.routines, self.settings, self.lang, self.tabs)
        self.levels_pages = levels  # and its parts, by the names they had here
        self.levels_empty, self.levels_content = levels.levels_empty, levels.levels_content
        self.levels_routine_box, self.level_chart = levels.levels_routine_box, levels.level_chart
        self.levels_now = levels.levels_now
        self.tabs.addTab(levels, self.tr("Levels"))
        self.tabs.addTab(self._build_sessions(), self.tr("Sessions"))
        self.week_table = WeekTable(self.tabs)  # the charts' numbers, for the keyboard
        for widget in (self.bars, self.calendar, self.pain_chart, self.week_table):
            show_focus(widget)
        self.tabs.addTab(self.week_table, self.tr("Numbers"))
        layout.addWidget(self.tabs, 1)
        self.pages.addWidget(self.content)

    def _build_calendar_page(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        self.calendar.setParent(page)
        self.calendar.setMinimumHeight(150)
        self.calendar.setMaximumHeight(260)
        layout.addWidget(self.calendar, 3)
        legend = QHBoxLayout()
        legend.addStretch(1)
        legend.addWidget(QLabel(self.tr("Less"), page))
        for color in (empty_day(self.palette()), *heat_colors(self.palette())):
            swatch = QLabel(page)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {color};")
            legend.addWidget(swatch)
        legend.addWidget(QLabel(self.tr("More minutes"), page))
        layout.addLayout(legend)
        self.calendar_text = QLabel("", page)
        self.calendar_text.setObjectName("calendarSummary")
        self.calendar_text.setWordWrap(True)
        layout.addWidget(self.calendar_text)
        layout.addStretch(1)
        return page

    def _build_sessions(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.table = QTableView(splitter)
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        readable_selection(self.table)
        show_focus(self.table)
        # Tab leaves the table (arrows move in it): cell by cell, Tab would never get out.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.model = (SessionTableModel(self.store, self.lang, self, self.routines)
                      if self.store else None)
        if self.model is not None:
            self.table.setModel(self.model)
            self.table.selectionModel().currentRowChanged.connect(self._show_details)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Columns fit the rows in view and a screenful more, not every loaded row: a page is
        # 200 sessions, and measuring each cell of each was a tenth of opening the history.
        header.setResizeContentsPrecision(50)
        self.details = QLabel(self.tr("Pick a session to see its steps."), splitter)
        self.details.setObjectName("sessionDetails")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete session…"), page)
        self.delete_button.setObjectName("deleteSessionButton")
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo"), page)
        self.undo_button.setObjectName("undoDeleteButton")
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    # --- content ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again and redraw everything (after a workout or a deletion)."""
        self._seen = self._fingerprint()
        self.sync_status.update_status()
        if self.store is None:
            self._show_empty(self.tr("The history is not available"),
                             self.tr("Sessions cannot be saved or shown right now; the data "
                                     "folder could not be used. Workouts still run."))
            return
        try:
            summary = weekly_summary(self.store, self.settings, self._now())
            count = self.store.count()
        except HistoryError as error:
            log.warning("history could not be read: %s", error)
            reason = problem_text(error)  # a reason to follow a colon: here, a sentence
            self._show_empty(self.tr("The history could not be read"),
                             reason[:1].upper() + reason[1:] + ".")
            return
        if count == 0:
            self._show_empty(self.tr("No workouts yet"), self.empty_text.text())
            return
        self.week_start = self.settings["week_start"]
        self.today = summary.today
        self.summary = summary
        self.daily_minutes = self.summary.daily_minutes
        self._fill_cards(self.summary)
        self._draw_charts()
        self.levels_pages.fill(self.today, self.week_start)
        assert self.model is not None
        self.model.reload()
        self.details.setText(self.tr("Pick a session to see its steps."))
        self.pages.setCurrentWidget(self.content)

    def _show_empty(self, title: str, text: str) -> None:
        self.summary = None
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty_button.setVisible(self.store is not None)
        self.pages.setCurrentWidget(self.empty_page)

    def _weeks(self, n: int) -> str:
        return self.tr("1 week") if n == 1 else fill(self.tr("%1\u00a0weeks"), str(n))

    def _days(self, n: int) -> str:
        return self.tr("1 day") if n == 1 else fill(self.tr("%1\u00a0days"), str(n))

    def _fill_cards(self, summary: stats.Summary) -> None:
        self.streak_card.set(self._weeks(summary.weekly.current),
                             fill(self.tr("daily streak: %1"), self._days(summary.daily.current)))
        self.best_card.set(self._weeks(summary.weekly.best),
                           fill(self.tr("best daily: %1"), self._days(summary.daily.best)))
        self.week_card.set(fill(self.tr("%1 of %2"),
                                str(summary.this_week.sessions), str(summary.goal)),
                           fill(self.tr("sessions · %1\u00a0minutes"),
                                self.locale.toString(float(summary.this_week.minutes),
                                                          "f", 0)))
        done = summary.total_sessions
        self.minutes_card.set(self.locale.toString(float(summary.total_minutes), "f", 0),
                              self.tr("1 session completed") if done == 1 else
                              fill(self.tr("%1\u00a0sessions completed"), str(done)))

    def visible_weeks(self) -> list[stats.WeekFigures]:
        """The weeks the charts show: the last 12, 26 or 52, empty ones included."""
        assert self.summary is not None
        count = self.range_box.currentData() or 12
        this_week = stats.week_of(self.today, self.week_start)
        first = this_week - timedelta(weeks=count - 1)
        known = {w.start: w for w in self.summary.weeks}
        return [known.get(first + timedelta(weeks=n), stats.WeekFigures(first + timedelta(weeks=n)))
                for n in range(count)]

    def _draw_charts(self) -> None:
        if self.summary is None:
            return
        weeks = self.visible_weeks()
        goal = self.summary.goal
        this_week = stats.week_of(self.today, self.week_start)
        self.bars.show_weeks(weeks, goal, this_week, self.measure_box.currentIndex() == 1,
                             self.locale, self._week_tooltip)
        self.calendar.show_year(self.daily_minutes, self.today, self.week_start, self.locale,
                                weeks=len(weeks))
        first = self.calendar.first_day
        active = sum(1 for day, minutes in self.daily_minutes.items()
                     if first <= day <= self.today and minutes > 0)
        total = (self.today - first).days + 1
        self.calendar_text.setText(fill(self.tr("You exercised on %1 of the %2\u00a0days shown."),
                                        str(active), str(total)))
        self.pain_chart.show_weeks(weeks, goal, self.locale)
        self.week_table.show_weeks(weeks, goal, self.locale)
        say_charts(self, weeks, goal, minutes=self.measure_box.currentIndex() == 1)

    def _week_tooltip(self, week: stats.WeekFigures) -> str:
        assert self.summary is not None
        lines = [fill(self.tr("Week of %1"),
                      self.locale.toString(qdate(week.start), "d MMMM yyyy")),
                 # "6 sessions · goal 3", never "6 of 3 sessions"
                 fill(self.tr("%1\u00a0sessions · goal %2"),
                      str(week.sessions), str(self.summary.goal)),
                 fill(self.tr("%1\u00a0minutes"),
                      self.locale.toString(float(week.minutes), "f", 0))]
        if week.met(self.summary.goal):
            lines.append(self.tr("goal met"))
        return "\n".join(lines)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not current.isValid() or self.model is None:
            return
        summary = self.model.record(current.row())
        try:
            record = self.store.session(summary.id)
        except (KeyError, HistoryError):
            return
        self.details.setText(self.model.details(record))


    def selected_session_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model is None:
            return None
        return self.model.record(index.row()).id

    def delete_selected(self, *, confirm: Callable[[str], bool] | None = None) -> bool:
        """Delete the chosen session after asking; it can be undone."""
        session_id = self.selected_session_id()
        if session_id is None or self.store is None:
            return False
        record = self.model.record(self.table.currentIndex().row())
        day = self.locale.toString(qdate(record.started_at.date()), QLocale.FormatType.LongFormat)
        question = fill(self.tr("Delete the session of %1 on %2? You can undo this."),
                        self.model.routine_name(record), day)
        ask = confirm or self._confirm
        if not ask(question):
            return False
        try:
            self.undo_stack.push(DeleteSessionCommand(self.store, session_id,
                                                      self.tr("Delete session"), self._changed,
                                                      self._undo_failed))
        except HistoryError as error:
            self.message.setText(fill(self.tr("The session could not be deleted: %1"),
                                      problem_text(error)))
            return False
        except KeyError as error:
            self.message.setText(fill(self.tr("The session could not be deleted: %1"), str(error)))
            return False
        return True

    def undo_delete(self) -> None:
        """Put the last deleted session back; if the history refuses, say why and keep Undo."""
        self._undo_error = None
        self.undo_stack.undo()
        if self._undo_error is not None:
            self.undo_stack.redo()  # the session is still deleted: the stack says so again
            self.message.setText(fill(self.tr("The session could not be put back: %1"),
                                      problem_text(self._undo_error)))

    def _undo_failed(self, error: HistoryError) -> None:
        self._undo_error = error

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Delete session"), question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self) -> None:
        self.refresh()
        self.history_changed.emit()

    def export_to(self, path: Path) -> int:
        """CSV, or the full JSON when the name ends in .json; returns the sessions written."""
        assert self.store is not None
        text, count = export_text(self.store, path.name)
        atomic_write_text(path, text)
        return count

    def export_dialog(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export history"), str(Path.home() / "backtimer-history.csv"),
            self.tr("Spreadsheet (CSV) (*.csv);;Full history for another computer (*.json)"))
        if not name:
            return
        try:
            count = self.export_to(Path(name))
        except HistoryError as error:
            self.message.setText(fill(self.tr("Export failed: %1"), problem_text(error)))
            return
        except OSError as error:
            self.message.setText(fill(self.tr("Export failed: %1"), str(error)))
            return
        self.message.setText(fill(self.tr("%1\u00a0sessions exported"), str(count)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A workout may have been saved since the view was last shown.
        self.reload_if_changed()
        if self.pages.currentWidget() is self.empty_page and self.empty_button.isVisible():
            # Keys too: Space or Return chooses a routine.
            self.empty_button.setFocus()

    def reload_if_changed(self, *_args) -> None:
        """Redraw if the history changed (a workout saved, another computer's sessions
        synced); else only the sync line."""
        if self.store is not None and self._fingerprint() != self._seen:
            self.refresh()
        else:
            self.sync_status.update_status()

    def _fingerprint(self) -> tuple | None:
        try:
            return self.store.fingerprint() if self.store is not None else None
        except HistoryError:
            return None
