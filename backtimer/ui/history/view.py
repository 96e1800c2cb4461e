"""The history view: summary cards, weekly bars, a year calendar, pain beside adherence, sessions.

This module imports pyqtgraph, so the main window imports it only when the history is opened.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
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

from backtimer.core import catalog, stats
from backtimer.core.progression import Plan
from backtimer.core.routine import localized
from backtimer.storage.files import atomic_write_text
from backtimer.storage.history import (
    HistoryError,
    HistoryStore,
    SessionRecord,
    StepRecord,
    export_text,
    weekly_summary,
)
from backtimer.ui.history_problem import problem_text

log = logging.getLogger("backtimer.history")

_Index = QModelIndex | QPersistentModelIndex

MET = QColor("#2e9d5b")  # a week that met the goal
MISSED = QColor("#8a96a3")  # one that did not (grey reads as "not yet", not as failure)
CURRENT = QColor("#1f6fd1")  # the outline of the week in progress
BEFORE = QColor("#d9822b")  # pain before a session
AFTER = QColor("#1f6fd1")  # pain after
# Calendar shades from "nothing" to 30+ minutes (GitHub-style steps read better than a ramp).
HEAT_STEPS = (0.0, 5.0, 15.0, 30.0)
HEAT_COLORS = ("#9be9a8", "#40c463", "#30a14e", "#216e39")
# One colour per step of a routine on the level chart (Okabe–Ito: told apart with colour
# blindness), repeated with a dashed line past the eighth step. Its black is None here: the
# palette's text colour, so that it shows on a dark background too.
STEP_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", None,
               "#999933")


def _qlocale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if lang == "nl" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# --- the session list -------------------------------------------------------------------------

class SessionTableModel(QAbstractTableModel):
    """Sessions newest first, fetched from the store a page at a time as the list scrolls."""

    PAGE = 200
    COLUMNS = 5

    def __init__(self, store: HistoryStore, lang: str, parent: QWidget, routines=None):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.routines = routines
        self.locale = _qlocale(lang)
        self._rows: list[SessionRecord] = []
        self._total = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self.store.count()
        self._rows = self.store.page(0, min(self.PAGE, self._total))
        self.endResetModel()

    def record(self, row: int) -> SessionRecord:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        more = self.store.page(len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Routine"), self.tr("Result"), self.tr("Minutes"),
                self.tr("Pain before → after"))[section]

    def routine_name(self, record: SessionRecord) -> str:
        """A built-in routine's name in today's language (the history keeps the name it had
        when it ran, in the language of then); one's own routine under the name it had."""
        if self.routines is not None and self.routines.is_builtin(record.routine_id):
            return localized(self.routines.get(record.routine_id).name, self.lang)
        return record.routine_name or record.routine_id

    def state_text(self, record: SessionRecord) -> str:
        text = {"completed": self.tr("completed"), "stopped": self.tr("stopped early"),
                "interrupted": self.tr("interrupted"),
                "running": self.tr("in progress")}.get(record.state, record.state)
        if record.time_scale != 1:
            text += " · " + self.tr("test run ×%1").replace(
                "%1", self.locale.toString(float(record.time_scale), "g", 12))
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                started = record.started_at
                return self.locale.toString(_qdate(started.date()), QLocale.FormatType.ShortFormat
                                            ) + f"  {started:%H:%M}"
            if column == 1:
                return self.routine_name(record)
            if column == 2:
                return self.state_text(record)
            if column == 3:
                return self.locale.toString(record.minutes, "f", 1)
            if column == 4:
                if record.pain_before is None and record.pain_after is None:
                    return "–"
                return (f"{'–' if record.pain_before is None else record.pain_before} → "
                        f"{'–' if record.pain_after is None else record.pain_after}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        return None


class DeleteSessionCommand(QUndoCommand):
    """Deleting a session keeps it whole in memory, so "Undo" puts it back exactly."""

    def __init__(self, store: HistoryStore, session_id: int, text: str,
                 changed: Callable[[], None]):
        super().__init__(text)
        self.store = store
        self.session_id = session_id
        self.record: SessionRecord | None = None
        self._changed = changed

    def redo(self) -> None:
        self.record = self.store.delete_session(self.session_id)
        self._changed()

    def undo(self) -> None:
        if self.record is not None:
            self.session_id = self.store.restore_session(self.record)
        self._changed()


# --- charts -----------------------------------------------------------------------------------

def _style_plot(plot: pg.PlotItem, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.WindowText)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(text))
        axis.setTextPen(pg.mkPen(text))
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)


def _week_ticks(weeks: Sequence[stats.WeekFigures], locale: QLocale,
                max_labels: int = 9) -> list[tuple[float, str]]:
    step = max(1, -(-len(weeks) // max_labels))
    last = len(weeks) - 1
    return [(i, locale.toString(_qdate(w.start), "d MMM")) for i, w in enumerate(weeks)
            if (last - i) % step == 0]


class WeeklyBars(pg.PlotWidget):
    """Sessions or minutes per week; weeks meeting the goal in green, this week outlined."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("weeklyChart")
        self.weeks: list[stats.WeekFigures] = []
        self.goal = 3
        self.minutes_mode = False
        self.locale = QLocale()
        self.tooltips: list[str] = []
        self.scene().sigMouseMoved.connect(self._hovered)

    def show_weeks(self, weeks: Sequence[stats.WeekFigures], goal: int, this_week: date,
                   minutes_mode: bool, locale: QLocale, tooltip: Callable[[stats.WeekFigures],
                                                                           str]) -> None:
        self.weeks, self.goal, self.minutes_mode, self.locale = list(weeks), goal, \
            minutes_mode, locale
        plot = self.getPlotItem()
        plot.clear()
        _style_plot(plot, self.palette())
        self.setBackground(self.palette().color(QPalette.ColorRole.Base))
        values = [w.minutes if minutes_mode else w.sessions for w in weeks]
        brushes = [pg.mkBrush(MET if w.met(goal) else MISSED) for w in weeks]
        pens = [pg.mkPen(CURRENT, width=3) if w.start == this_week else pg.mkPen(None)
                for w in weeks]
        plot.addItem(pg.BarGraphItem(x=np.arange(len(weeks)), height=values, width=0.72,
                                     brushes=brushes, pens=pens))
        top = max([*values, 0.0])
        if not minutes_mode:
            line = pg.InfiniteLine(
                pos=goal, angle=0, pen=pg.mkPen(CURRENT, width=2, style=Qt.PenStyle.DashLine),
                label=self.tr("goal %1").replace("%1", str(goal)),
                labelOpts={"position": 0.02, "color": CURRENT, "anchors": [(0, 1), (0, 1)]})
            plot.addItem(line)
            top = max(top, goal)
        plot.setXRange(-0.6, len(weeks) - 0.4, padding=0)
        plot.setYRange(0, top * 1.12 + (1 if not minutes_mode else 5), padding=0)
        plot.getAxis("bottom").setTicks([_week_ticks(weeks, locale)])
        if minutes_mode:
            plot.getAxis("left").setTicks(None)
        else:  # whole sessions only: no "2.5" on the axis
            every = max(1, -(-int(top + 1) // 8))
            plot.getAxis("left").setTicks([[(n, str(n)) for n in range(0, int(top) + 2, every)]])
        plot.getAxis("left").setLabel(self.tr("minutes") if minutes_mode else self.tr("sessions"))
        self.tooltips = [tooltip(w) for w in weeks]

    def bar_at(self, scene_pos) -> int | None:
        point = self.getPlotItem().vb.mapSceneToView(scene_pos)
        index = round(point.x())
        if 0 <= index < len(self.weeks) and abs(point.x() - index) <= 0.4:
            return index
        return None

    def _hovered(self, scene_pos) -> None:
        index = self.bar_at(scene_pos)
        self.setToolTip(self.tooltips[index] if index is not None else "")


class YearCalendar(pg.PlotWidget):
    """The last 53 weeks, one cell per day coloured by minutes (a GitHub-style heatmap)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("calendarChart")
        self.first_day = date.today()
        self.last_day = date.today()
        self.minutes: dict[date, float] = {}
        self.locale = QLocale()
        self.scene().sigMouseMoved.connect(self._hovered)

    def show_year(self, minutes: dict[date, float], today: date, week_start: int,
                  locale: QLocale) -> None:
        self.minutes, self.locale, self.last_day = minutes, locale, today
        self.first_day = stats.week_of(today, week_start) - timedelta(weeks=52)
        palette = self.palette()
        empty = palette.color(QPalette.ColorRole.Window).darker(112)
        if palette.color(QPalette.ColorRole.Window).lightness() < 128:
            empty = palette.color(QPalette.ColorRole.Window).lighter(160)
        cell = 6  # pixels per day in the image, the last one left clear as a gap
        image = np.zeros((7 * cell, 53 * cell, 4), dtype=np.ubyte)
        shades = [QColor(c) for c in HEAT_COLORS]
        for n in range((today - self.first_day).days + 1):
            day = self.first_day + timedelta(days=n)
            value = minutes.get(day, 0.0)
            color = empty
            for threshold, shade in zip(HEAT_STEPS, shades, strict=True):
                if value > threshold:
                    color = shade
            row, column = n % 7, n // 7
            image[row * cell:row * cell + cell - 1,
                  column * cell:column * cell + cell - 1] = color.getRgb()
        plot = self.getPlotItem()
        plot.clear()
        _style_plot(plot, palette)
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        item = pg.ImageItem(image, axisOrder="row-major")
        item.setRect(QRectF(0, 0, 53, 7))
        plot.addItem(item)
        plot.invertY(True)
        plot.setAspectLocked(True)
        plot.setRange(xRange=(0, 53), yRange=(0, 7), padding=0.02)
        months = []
        for column in range(53):
            day = self.first_day + timedelta(weeks=column)
            if day.day <= 7:
                months.append((column + 0.5, locale.toString(_qdate(day), "MMM")))
        plot.getAxis("bottom").setTicks([months])
        rows = [(row + 0.5, locale.dayName((self.first_day + timedelta(days=row)).isoweekday(),
                                            QLocale.FormatType.ShortFormat))
                for row in range(0, 7, 2)]
        plot.getAxis("left").setTicks([rows])
        self.image = image

    def day_at(self, scene_pos) -> date | None:
        point = self.getPlotItem().vb.mapSceneToView(scene_pos)
        column, row = int(point.x()), int(point.y())
        if not (0 <= column < 53 and 0 <= row < 7 and point.x() >= 0 and point.y() >= 0):
            return None
        day = self.first_day + timedelta(days=column * 7 + row)
        return day if day <= self.last_day else None

    def tooltip_for(self, day: date) -> str:
        minutes = self.minutes.get(day, 0.0)
        return (self.locale.toString(_qdate(day), QLocale.FormatType.LongFormat) + "\n"
                + self.tr("%1\u00a0minutes").replace("%1", self.locale.toString(minutes, "f", 0)))

    def _hovered(self, scene_pos) -> None:
        day = self.day_at(scene_pos)
        self.setToolTip(self.tooltip_for(day) if day else "")


class PainChart(pg.GraphicsLayoutWidget):
    """Weekly mean pain before and after sessions, above adherence to the goal, same weeks."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("painChart")
        self.pain = self.addPlot(row=0, col=0)
        self.adherence = self.addPlot(row=1, col=0)
        self.adherence.setXLink(self.pain)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 2)
        self.legend = self.pain.addLegend(offset=(8, 4))

    def show_weeks(self, weeks: Sequence[stats.WeekFigures], goal: int, locale: QLocale) -> None:
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for plot in (self.pain, self.adherence):
            plot.clear()
            _style_plot(plot, palette)
        self.legend.clear()
        self.legend.setLabelTextColor(palette.color(QPalette.ColorRole.WindowText))
        x = np.arange(len(weeks), dtype=float)
        for attribute, color, name in (("pain_before", BEFORE, self.tr("before")),
                                       ("pain_after", AFTER, self.tr("after"))):
            y = np.array([np.nan if getattr(w, attribute) is None else getattr(w, attribute)
                          for w in weeks], dtype=float)
            if np.isnan(y).all():  # no ratings in these weeks: an empty line keeps the legend
                x_shown, y = np.array([]), np.array([])
            else:
                x_shown = x
            self.pain.plot(x_shown, y, pen=pg.mkPen(color, width=2), symbol="o", symbolSize=6,
                           symbolBrush=color, symbolPen=None, connect="finite", name=name)
        self.pain.setYRange(0, 10, padding=0.05)
        self.pain.getAxis("left").setLabel(self.tr("pain 0–10"))
        self.pain.getAxis("bottom").setTicks([[]])
        share = [w.adherence_pct(goal) for w in weeks]
        self.adherence.addItem(pg.BarGraphItem(
            x=x, height=share, width=0.72,
            brushes=[pg.mkBrush(MET if v >= 100 else MISSED) for v in share]))
        self.adherence.setYRange(0, 100, padding=0.05)
        self.adherence.getAxis("left").setLabel(self.tr("goal %"))
        self.adherence.getAxis("bottom").setTicks([_week_ticks(weeks, locale)])
        self.pain.setXRange(-0.6, len(weeks) - 0.4, padding=0)


class LevelChart(pg.GraphicsLayoutWidget):
    """Each step's progression level week by week (a step chart), pain after sessions below."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("levelChart")
        self.levels = self.addPlot(row=0, col=0)
        self.pain = self.addPlot(row=1, col=0)
        self.pain.setXLink(self.levels)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 1)
        self.legend = self.levels.addLegend(offset=(8, 4), colCount=2)
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def show_plan(self, plan: Plan, names: Sequence[str], locale: QLocale) -> None:
        palette = self.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        for plot in (self.levels, self.pain):
            plot.clear()
            _style_plot(plot, palette)
        self.legend.clear()
        self.legend.setLabelTextColor(palette.color(QPalette.ColorRole.WindowText))
        by_week = plan.levels_by_week()
        count = len(by_week)
        edges = np.arange(count + 1, dtype=float) - 0.5
        steps = len(plan.routine.steps)
        top = 1
        self.series = {}
        for index in range(steps):
            y = np.array([levels[index] for _week, levels in by_week], dtype=float)
            top = max(top, int(y.max()))
            # Steps that move together would hide each other: each line is nudged a little.
            nudge = (index - (steps - 1) / 2) * min(0.06, 0.5 / max(steps, 1))
            listed = STEP_COLORS[index % len(STEP_COLORS)]
            color = QColor(listed) if listed else palette.color(QPalette.ColorRole.Text)
            style = Qt.PenStyle.SolidLine if index < len(STEP_COLORS) else Qt.PenStyle.DashLine
            self.levels.plot(edges, y + nudge, stepMode="center",
                             pen=pg.mkPen(color, width=2.5, style=style), name=names[index])
            self.series[names[index]] = (edges, y)
        self.levels.setYRange(-0.3, top + 0.6, padding=0)
        self.levels.getAxis("left").setLabel(self.tr("level"))
        self.levels.getAxis("left").setTicks(
            [[(n, str(n)) for n in range(0, top + 1, max(1, -(-top // 8)))]])
        self.levels.getAxis("bottom").setTicks([[]])
        x = np.arange(count, dtype=float)
        pain = np.array([np.nan if w.pain_after is None else w.pain_after for w in plan.weeks]
                        + [np.nan], dtype=float)  # this week is not over yet
        shown = ~np.isnan(pain)
        self.pain.plot(x[shown], pain[shown], pen=pg.mkPen(AFTER, width=2), symbol="o",
                       symbolSize=6, symbolBrush=AFTER, symbolPen=None)
        self.pain.setYRange(0, 10, padding=0.05)
        self.pain.getAxis("left").setLabel(self.tr("pain after"))
        every = max(1, -(-count // 9))
        ticks = [(i, locale.toString(_qdate(week), "d MMM"))
                 for i, (week, _levels) in enumerate(by_week) if (count - 1 - i) % every == 0]
        self.pain.getAxis("bottom").setTicks([ticks])
        self.levels.setXRange(-0.6, count - 0.4, padding=0)


# --- the view ---------------------------------------------------------------------------------

class SummaryCard(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title, self)
        self.value = QLabel("0", self)
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


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
        self.locale = _qlocale(lang)
        self._now = now
        self.summary: stats.Summary | None = None
        self.undo_stack = QUndoStack(self)
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
            self.range_box.addItem(self.tr("%1\u00a0weeks").replace("%1", str(weeks)), weeks)
        self.range_box.setAccessibleName(self.tr("How many weeks to show"))
        self.export_button = QPushButton(self.tr("Export…"), self.content)
        self.export_button.setObjectName("historyExportButton")
        self.export_button.clicked.connect(self.export_dialog)
        controls.addWidget(self.measure_box)
        controls.addWidget(self.range_box)
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
        self.bars = WeeklyBars(self.tabs)
        self.calendar = YearCalendar(self)
        self.pain_chart = PainChart(self.tabs)
        self.tabs.addTab(self.bars, self.tr("Weeks"))
        self.tabs.addTab(self._build_calendar_page(), self.tr("Calendar"))
        self.tabs.addTab(self.pain_chart, self.tr("Pain and goal"))
        self.tabs.addTab(self._build_levels_page(), self.tr("Levels"))
        self.tabs.addTab(self._build_sessions(), self.tr("Sessions"))
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
        for color in ("palette(mid)", *HEAT_COLORS):
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

    def _build_levels_page(self) -> QWidget:
        """Progressive loading's levels week by week, for each routine that has it on."""
        page = QStackedWidget(self.tabs)
        page.setObjectName("levelsPage")
        self.levels_pages = page
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
        self.levels_routine_box.currentIndexChanged.connect(self._draw_levels)
        row.addWidget(QLabel(self.tr("Routine"), content))
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
        return page

    def _fill_levels(self) -> None:
        """Which routines have progression on, and this week's plan of each."""
        self.plans = {}
        if self.store is not None and self.routines is not None:
            try:
                settings = self.store.progression_settings()
                for routine in self.routines.routines():
                    if routine.id in settings and settings[routine.id].enabled:
                        found = self.store.progression_plan(
                            routine, today=self.today, goal=self.settings["weekly_goal"],
                            week_start=self.week_start,
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
        self._draw_levels()

    def _draw_levels(self) -> None:
        found = self.plans.get(self.levels_routine_box.currentData())
        if found is None:
            self.levels_pages.setCurrentWidget(self.levels_empty)
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
            "%1", self.locale.toString(_qdate(since), QLocale.FormatType.LongFormat))]
        lines += [level_text(step, level, self.routines.exercises, self.lang)
                  for step, level in zip(found.routine.steps, found.levels, strict=True)]
        self.levels_now.setText("\n".join(lines))
        self.levels_pages.setCurrentWidget(self.levels_content)

    def _build_sessions(self) -> QWidget:
        page = QWidget(self.tabs)
        layout = QVBoxLayout(page)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        self.table = QTableView(splitter)
        self.table.setObjectName("sessionTable")
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
        self.undo_button.clicked.connect(self.undo_stack.undo)
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
        self._fill_levels()
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
        return self.tr("1 week") if n == 1 else self.tr("%1\u00a0weeks").replace("%1", str(n))

    def _days(self, n: int) -> str:
        return self.tr("1 day") if n == 1 else self.tr("%1\u00a0days").replace("%1", str(n))

    def _fill_cards(self, summary: stats.Summary) -> None:
        self.streak_card.set(self._weeks(summary.weekly.current),
                             self.tr("daily streak: %1")
                             .replace("%1", self._days(summary.daily.current)))
        self.best_card.set(self._weeks(summary.weekly.best),
                           self.tr("best daily: %1").replace("%1",
                                                             self._days(summary.daily.best)))
        self.week_card.set(self.tr("%1 of %2").replace("%1", str(summary.this_week.sessions))
                           .replace("%2", str(summary.goal)),
                           self.tr("sessions · %1\u00a0minutes").replace(
                               "%1", self.locale.toString(summary.this_week.minutes, "f", 0)))
        done = summary.total_sessions
        self.minutes_card.set(self.locale.toString(summary.total_minutes, "f", 0),
                              self.tr("1 session completed") if done == 1 else
                              self.tr("%1\u00a0sessions completed").replace("%1", str(done)))

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
        self.calendar.show_year(self.daily_minutes, self.today, self.week_start, self.locale)
        first = self.calendar.first_day
        active = sum(1 for day, minutes in self.daily_minutes.items()
                     if first <= day <= self.today and minutes > 0)
        total = (self.today - first).days + 1
        self.calendar_text.setText(self.tr("You exercised on %1 of the %2\u00a0days shown.")
                                   .replace("%1", str(active)).replace("%2", str(total)))
        self.pain_chart.show_weeks(weeks, goal, self.locale)

    def _week_tooltip(self, week: stats.WeekFigures) -> str:
        assert self.summary is not None
        lines = [self.tr("Week of %1").replace(
                     "%1", self.locale.toString(_qdate(week.start), "d MMMM yyyy")),
                 self.tr("%1 of %2\u00a0sessions").replace("%1", str(week.sessions))
                 .replace("%2", str(self.summary.goal)),
                 self.tr("%1\u00a0minutes").replace(
                     "%1", self.locale.toString(week.minutes, "f", 0))]
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
        lines = [f"<b>{html.escape(self.model.routine_name(record))}</b> — "
                 + self.model.state_text(record)]
        for step in record.steps:
            lines.append(("✓ " if step.completed else "· ") + self._step_text(step))
        if record.notes:
            lines.append(html.escape(record.notes))
        self.details.setText("<br>".join(lines))

    def _step_text(self, step: StepRecord) -> str:
        exercise = catalog.EXERCISES.get(step.exercise_id)
        name = localized(exercise.name, self.lang) if exercise else step.exercise_id
        if step.reps:
            amount = self.tr("%1\u00a0reps").replace("%1", str(step.reps))
            if step.sets > 1:
                amount = self.tr("%1 sets, %2").replace("%1", str(step.sets)).replace("%2",
                                                                                      amount)
        else:
            seconds = round(step.work_s)
            amount = f"{seconds // 60}:{seconds % 60:02d}"
        text = f"{html.escape(name)} — {amount}"
        return text if step.completed else text + " " + self.tr("(skipped)")

    # --- actions ------------------------------------------------------------------------------

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
        question = self.tr("Delete the session of %1 on %2? You can undo this.") \
            .replace("%1", self.model.routine_name(record)) \
            .replace("%2", self.locale.toString(_qdate(record.started_at.date()),
                                                QLocale.FormatType.LongFormat))
        ask = confirm or self._confirm
        if not ask(question):
            return False
        try:
            self.undo_stack.push(DeleteSessionCommand(self.store, session_id,
                                                      self.tr("Delete session"), self._changed))
        except HistoryError as error:
            self.message.setText(self.tr("The session could not be deleted: %1")
                                 .replace("%1", problem_text(error)))
            return False
        except KeyError as error:
            self.message.setText(self.tr("The session could not be deleted: %1")
                                 .replace("%1", str(error)))
            return False
        return True

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
            self.message.setText(self.tr("Export failed: %1").replace("%1", problem_text(error)))
            return
        except OSError as error:
            self.message.setText(self.tr("Export failed: %1").replace("%1", str(error)))
            return
        self.message.setText(self.tr("%1\u00a0sessions exported").replace("%1", str(count)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A workout may have been saved since the view was last shown.
        self.reload_if_changed()

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
