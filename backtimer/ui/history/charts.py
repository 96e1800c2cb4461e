"""The history's charts (pyqtgraph): weekly bars, a year calendar, pain beside adherence, levels.

This module imports pyqtgraph, so it loads only when the history is opened (the player never
pays for it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QWidget

from backtimer.core import stats
from backtimer.core.progression import Plan
from backtimer.ui.history.dates import qdate

MET = QColor("#2e9d5b")  # a week that met the goal
MISSED = QColor("#8a96a3")  # one that did not (grey reads as "not yet", not as failure)
CURRENT = QColor("#1f6fd1")  # the outline of the week in progress
BEFORE = QColor("#b8621a")  # pain before a session (3:1 and more on white and on dark)
AFTER = QColor("#1f6fd1")  # pain after
# Calendar shades from "nothing" to 30+ minutes (GitHub-style steps read better than a ramp).
# A day with any exercise stands out from an empty one by 3:1 or more (WCAG 1.4.11): on light,
# greens darken with the minutes from an empty light grey; on dark, they brighten from a grey.
HEAT_STEPS = (0.0, 5.0, 15.0, 30.0)
HEAT_LIGHT = ("#2a9555", "#1f7a44", "#155c33", "#0b3d21")
HEAT_DARK = ("#6fdc8c", "#9be9a8", "#c6f6d0", "#ecfdf0")
EMPTY_DAY = ("#f0f0f0", "#6a6a6a")  # light, dark: 3:1 from the dark chart background too


def heat_colors(palette: QPalette) -> tuple[str, ...]:
    return HEAT_DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 \
        else HEAT_LIGHT


def empty_day(palette: QPalette) -> str:
    return EMPTY_DAY[1] if palette.color(QPalette.ColorRole.Window).lightness() < 128 \
        else EMPTY_DAY[0]


def missed_brush() -> QBrush:
    """Weeks short of the goal are hatched, not only grey: they differ from green by more than
    hue (WCAG 1.4.1), also to someone who does not see colour."""
    return QBrush(MISSED, Qt.BrushStyle.BDiagPattern)
# One colour per step of a routine on the level chart (Okabe–Ito: told apart with colour
# blindness), repeated with a dashed line past the eighth step. Its black is None here: the
# palette's text colour, so that it shows on a dark background too.
STEP_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", None,
               "#999933")



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
    """A label every few weeks; the first and each one in a new year say the year too."""
    step = max(1, -(-len(weeks) // max_labels))
    last = len(weeks) - 1
    ticks, year = [], None
    for i, week in enumerate(weeks):
        if (last - i) % step:
            continue
        shown = "d MMM" if week.start.year == year else "d MMM yyyy"
        year = week.start.year
        ticks.append((i, locale.toString(qdate(week.start), shown)))
    return ticks


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
        brushes = [pg.mkBrush(MET) if w.met(goal) else missed_brush() for w in weeks]
        pens = [pg.mkPen(CURRENT, width=3) if w.start == this_week
                else pg.mkPen(None) if w.met(goal) else pg.mkPen(MISSED, width=1.5)
                for w in weeks]
        plot.addItem(pg.BarGraphItem(x=np.arange(len(weeks)), height=values, width=0.72,
                                     brushes=brushes, pens=pens))
        top = max([*values, 0.0])
        palette = self.palette()
        if not minutes_mode:
            # The label sits on its own patch of the chart's background, in the text colour:
            # readable over a green bar as over none.
            line = pg.InfiniteLine(
                pos=goal, angle=0, pen=pg.mkPen(CURRENT, width=2, style=Qt.PenStyle.DashLine),
                label=self.tr("goal %1").replace("%1", str(goal)),
                labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)],
                           "color": palette.color(QPalette.ColorRole.Text),
                           "fill": pg.mkBrush(palette.color(QPalette.ColorRole.Base)),
                           "border": pg.mkPen(CURRENT)})
            plot.addItem(line)
            top = max(top, goal)
        plot.setXRange(-0.6, len(weeks) - 0.4, padding=0)
        plot.getAxis("bottom").setTicks([_week_ticks(weeks, locale)])
        if minutes_mode:
            plot.setYRange(0, top * 1.12 + 5, padding=0)
            plot.getAxis("left").setTicks(None)
        else:  # whole sessions only: no "2.5" on the axis
            every = max(1, -(-int(top + 1) // 8))
            marks = list(range(0, int(top) + 2, every))
            plot.getAxis("left").setTicks([[(n, str(n)) for n in marks]])
            # Room above the highest mark for its number, which would be cut at the edge.
            plot.setYRange(0, max(top * 1.12, marks[-1]) + 0.6 * every, padding=0)
        self._legend(plot, goal)
        plot.getAxis("left").setLabel(self.tr("minutes") if minutes_mode else self.tr("sessions"))
        self.tooltips = [tooltip(w) for w in weeks]

    def _legend(self, plot: pg.PlotItem, goal: int) -> None:
        """What the colours mean, in either view: minutes are coloured by the sessions goal."""
        if plot.legend is None:
            plot.addLegend(offset=(-8, 4), labelTextColor=self.palette().color(
                QPalette.ColorRole.Text), brush=pg.mkBrush(self.palette().color(
                    QPalette.ColorRole.Base)))
        legend = plot.legend
        legend.clear()
        for brush, pen, text in (
                (pg.mkBrush(MET), pg.mkPen(None),
                 self.tr("%1+ sessions: goal met").replace("%1", str(goal))),
                (missed_brush(), pg.mkPen(MISSED, width=1.5), self.tr("fewer sessions"))):
            sample = pg.BarGraphItem(x=[0], height=[0], width=0, brush=brush, pen=pen)
            legend.addItem(sample, text)

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
        self.columns = 53
        self.minutes: dict[date, float] = {}
        self.locale = QLocale()
        self.scene().sigMouseMoved.connect(self._hovered)

    def show_year(self, minutes: dict[date, float], today: date, week_start: int,
                  locale: QLocale, weeks: int = 53) -> None:
        """The last ``weeks`` weeks (the range chosen above the charts; 53: a year)."""
        self.minutes, self.locale, self.last_day = minutes, locale, today
        self.columns = weeks
        self.first_day = stats.week_of(today, week_start) - timedelta(weeks=weeks - 1)
        palette = self.palette()
        empty = QColor(empty_day(palette))
        cell = 6  # pixels per day in the image, the last one left clear as a gap
        image = np.zeros((7 * cell, weeks * cell, 4), dtype=np.ubyte)
        shades = [QColor(c) for c in heat_colors(palette)]
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
        item.setRect(QRectF(0, 0, weeks, 7))
        plot.addItem(item)
        plot.invertY(True)
        plot.setAspectLocked(True)
        plot.setRange(xRange=(0, weeks), yRange=(0, 7), padding=0.02)
        starts = [column for column in range(weeks)
                  if (self.first_day + timedelta(weeks=column)).day <= 7]
        if not starts or starts[0] > 2:  # the first month, unless the next begins right away
            starts.insert(0, 0)
        months = []
        for column in starts:
            day = self.first_day + timedelta(weeks=column)
            # The year with the first month shown and with January: a year back reads plainly.
            shown = "MMM yyyy" if day.month == 1 or not months else "MMM"
            months.append((column + 0.5, locale.toString(qdate(day), shown)))
        plot.getAxis("bottom").setTicks([months])
        rows = [(row + 0.5, locale.dayName((self.first_day + timedelta(days=row)).isoweekday(),
                                            QLocale.FormatType.ShortFormat))
                for row in range(0, 7, 2)]
        plot.getAxis("left").setTicks([rows])
        self.image = image

    def day_at(self, scene_pos) -> date | None:
        point = self.getPlotItem().vb.mapSceneToView(scene_pos)
        column, row = int(point.x()), int(point.y())
        if not (0 <= column < self.columns and 0 <= row < 7 and point.x() >= 0 and point.y() >= 0):
            return None
        day = self.first_day + timedelta(days=column * 7 + row)
        return day if day <= self.last_day else None

    def tooltip_for(self, day: date) -> str:
        minutes = self.minutes.get(day, 0.0)
        return (self.locale.toString(qdate(day), QLocale.FormatType.LongFormat) + "\n"
                + self.tr("%1\u00a0minutes").replace(
                    "%1", self.locale.toString(float(minutes), "f", 0)))

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
        # Before and after differ by more than hue: dashed with squares, solid with dots.
        for attribute, color, name, style, symbol in (
                ("pain_before", BEFORE, self.tr("before"), Qt.PenStyle.DashLine, "s"),
                ("pain_after", AFTER, self.tr("after"), Qt.PenStyle.SolidLine, "o")):
            y = np.array([np.nan if getattr(w, attribute) is None else getattr(w, attribute)
                          for w in weeks], dtype=float)
            if np.isnan(y).all():  # no ratings in these weeks: an empty line keeps the legend
                x_shown, y = np.array([]), np.array([])
            else:
                x_shown = x
            self.pain.plot(x_shown, y, pen=pg.mkPen(color, width=2, style=style), symbol=symbol,
                           symbolSize=7,
                           symbolBrush=color, symbolPen=None, connect="finite", name=name)
        self.pain.setYRange(0, 10, padding=0.05)
        self.pain.getAxis("left").setLabel(self.tr("pain 0–10"))
        self.pain.getAxis("bottom").setTicks([[]])
        share = [w.adherence_pct(goal) for w in weeks]
        self.adherence.addItem(pg.BarGraphItem(
            x=x, height=share, width=0.72,
            brushes=[pg.mkBrush(MET) if v >= 100 else missed_brush() for v in share],
            pens=[pg.mkPen(None) if v >= 100 else pg.mkPen(MISSED, width=1.5) for v in share]))
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
        ticks = [(i, locale.toString(qdate(week), "d MMM"))
                 for i, (week, _levels) in enumerate(by_week) if (count - 1 - i) % every == 0]
        self.pain.getAxis("bottom").setTicks([ticks])
        self.levels.setXRange(-0.6, count - 0.4, padding=0)

