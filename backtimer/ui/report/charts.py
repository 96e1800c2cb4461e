"""The report's two charts, drawn as vectors with QPainter: weekly sessions against the goal,
and pain before/after each session over the period."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from backtimer.core import stats
from backtimer.core.placeholders import fill
from backtimer.core.report import PainPoint

translate = QCoreApplication.translate  # the name lupdate looks for

# The history view's colours, so the report looks like the screen it came from.
MET = QColor("#2e9d5b")
MISSED = QColor("#8a96a3")
GOAL = QColor("#1f6fd1")
BEFORE = QColor("#d9822b")
AFTER = QColor("#1f6fd1")
AXIS = QColor("#333333")
GRID = QColor("#dddddd")

CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class Frame:
    """A plot area inside ``rect`` with room for the axis labels, and its scales."""

    def __init__(self, rect: QRectF, mm: float, x_max: float, y_max: float):
        self.mm = mm
        self.area = rect.adjusted(9 * mm, 2 * mm, -2 * mm, -6 * mm)
        self.x_max = max(x_max, 1e-9)
        self.y_max = max(y_max, 1e-9)

    def x(self, value: float) -> float:
        return self.area.left() + value / self.x_max * self.area.width()

    def y(self, value: float) -> float:
        return self.area.bottom() - value / self.y_max * self.area.height()


def _y_axis(painter: QPainter, frame: Frame, ticks: Sequence[float], label: Callable[[float], str],
            font: QFont) -> None:
    mm = frame.mm
    painter.setFont(font)
    for value in ticks:
        y = frame.y(value)
        painter.setPen(QPen(GRID, 0.15 * mm))
        painter.drawLine(QLineF(frame.area.left(), y, frame.area.right(), y))
        painter.setPen(AXIS)
        painter.drawText(QRectF(frame.area.left() - 9 * mm, y - 2 * mm, 7.5 * mm, 4 * mm),
                         RIGHT_MIDDLE, label(value))
    painter.setPen(QPen(AXIS, 0.2 * mm))
    painter.drawLine(QLineF(frame.area.bottomLeft(), frame.area.bottomRight()))


def _week_labels(painter: QPainter, frame: Frame, weeks: Sequence[stats.WeekFigures],
                 locale: QLocale, font: QFont, centred: bool, per_week: float = 1) -> None:
    """Up to eight week labels ("12 Oct"), the last week always labelled."""
    mm = frame.mm
    step = max(1, -(-len(weeks) // 8))
    painter.setFont(font)
    painter.setPen(AXIS)
    fmt = "d MMM" if len(weeks) <= 60 else "MMM yyyy"
    for index in range(len(weeks) - 1, -1, -step):
        x = frame.x((index + (0.5 if centred else 0)) * per_week)
        text = locale.toString(_qdate(weeks[index].start), fmt)
        painter.drawText(QRectF(x - 12 * mm, frame.area.bottom() + 0.8 * mm, 24 * mm, 4 * mm),
                         CENTER, text)


def draw_weeks(painter: QPainter, rect: QRectF, mm: float, weeks: Sequence[stats.WeekFigures],
               goal: int, locale: QLocale, font: QFont) -> None:
    """Completed sessions per week as bars, green where the goal was met, with the goal line;
    the week in progress hatched."""
    top = max([w.sessions for w in weeks] + [goal]) + 1
    frame = Frame(rect, mm, len(weeks), top)
    every = max(1, -(-top // 6))
    _y_axis(painter, frame, range(0, top + 1, every), lambda v: str(int(v)), font)
    bar = frame.area.width() / max(1, len(weeks))
    painter.setPen(Qt.PenStyle.NoPen)
    for index, week in enumerate(weeks):
        if not week.sessions:
            continue
        # Past a year of weeks the gaps would be hairlines: the bars then touch.
        fill_share = 0.72 if len(weeks) <= 60 else 1.0
        x = frame.x(index) + bar * (1 - fill_share) / 2
        height = frame.y(0) - frame.y(week.sessions)
        rect_bar = QRectF(x, frame.y(week.sessions), bar * fill_share, height)
        color = MET if week.met(goal) else MISSED
        last = index == len(weeks) - 1
        brush = QBrush(color, Qt.BrushStyle.BDiagPattern if last and not week.met(goal)
                       else Qt.BrushStyle.SolidPattern)
        painter.setPen(QPen(color, 0.2 * mm) if last else Qt.PenStyle.NoPen)
        painter.fillRect(rect_bar, brush)
        if last:
            painter.drawRect(rect_bar)
        if len(weeks) <= 26:  # the count above each bar, while there is room for it
            painter.setPen(AXIS)
            painter.setFont(font)
            painter.drawText(QRectF(x - 2 * mm, rect_bar.top() - 4 * mm, bar * 0.72 + 4 * mm,
                                    4 * mm), CENTER, str(week.sessions))
    goal_pen = QPen(GOAL, 0.45 * mm, Qt.PenStyle.DashLine)
    painter.setPen(goal_pen)
    painter.drawLine(QLineF(frame.area.left(), frame.y(goal), frame.area.right(), frame.y(goal)))
    painter.setFont(font)
    label = fill(translate("Report", "goal: %1 a week"), str(goal))
    width = painter.fontMetrics().horizontalAdvance(label) + 2 * mm
    box = QRectF(frame.area.right() - width, frame.y(goal) - 4.5 * mm, width, 3.6 * mm)
    painter.fillRect(box, QColor("white"))  # readable over the bars
    painter.setPen(GOAL)
    painter.drawText(box, CENTER, label)
    _week_labels(painter, frame, weeks, locale, font, centred=True)


def draw_pain(painter: QPainter, rect: QRectF, mm: float, points: Sequence[PainPoint],
              weeks: Sequence[stats.WeekFigures], locale: QLocale, font: QFont) -> None:
    """Each session's pain before (orange) and after (blue) as dots, the weekly means as lines."""
    frame = Frame(rect, mm, 7 * len(weeks), 10)
    _y_axis(painter, frame, range(0, 11, 2), lambda v: str(int(v)), font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    radius = (0.7 if len(points) < 200 else 0.35) * mm
    for attribute, color in (("before", BEFORE), ("after", AFTER)):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for point in points:
            value = getattr(point, attribute)
            if value is not None:
                painter.drawEllipse(QPointF(frame.x(point.days), frame.y(value)), radius, radius)
        path = QPainterPath()
        drawing = False
        for index, week in enumerate(weeks):
            value = getattr(week, f"pain_{attribute}")
            if value is None:
                drawing = False  # a week without ratings breaks the line
                continue
            at = QPointF(frame.x(7 * index + 3.5), frame.y(value))
            if drawing:
                path.lineTo(at)
            else:
                path.moveTo(at)
                drawing = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(color, 0.35 * mm))
        painter.drawPath(path)
    _week_labels(painter, frame, weeks, locale, font, centred=False, per_week=7)
    # The legend, top right inside the plot.
    painter.setFont(font)
    x = frame.area.right() - 62 * mm
    for label, color in ((translate("Report", "before"), BEFORE),
                         (translate("Report", "after"), AFTER)):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x + 1 * mm, frame.area.top() + 2 * mm), 0.9 * mm, 0.9 * mm)
        painter.setPen(AXIS)
        painter.drawText(QRectF(x + 2.5 * mm, frame.area.top(), 20 * mm, 4 * mm), LEFT_MIDDLE,
                         label)
        x += 18 * mm
    painter.setPen(QPen(AXIS, 0.35 * mm))
    painter.drawLine(QLineF(x, frame.area.top() + 2 * mm, x + 4 * mm, frame.area.top() + 2 * mm))
    painter.drawText(QRectF(x + 5 * mm, frame.area.top(), 30 * mm, 4 * mm), LEFT_MIDDLE,
                     translate("Report", "weekly mean"))
