"""The charts in words, for whoever cannot see them: a sentence that sums each chart up (its
accessible description) and every week's numbers in a table that the keyboard reaches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from backtimer.core import stats
from backtimer.ui.history.dates import qdate
from backtimer.ui.player.text import fill

translate = QCoreApplication.translate  # the name lupdate looks for


def name_chart(chart: QWidget, name: str, summary: str) -> None:
    """Name a chart and give it its summary; its viewport (which takes the focus) as well."""
    widgets = [chart]
    viewport = getattr(chart, "viewport", None)
    if callable(viewport) and viewport() is not None:
        widgets.append(viewport())
    for widget in widgets:
        if widget.accessibleName() != name:
            widget.setAccessibleName(name)
        if widget.accessibleDescription() != summary:
            widget.setAccessibleDescription(summary)


def weeks_summary(weeks: Sequence[stats.WeekFigures], goal: int, minutes: bool,
                  locale: QLocale) -> str:
    """"Goal of 3 sessions a week met in 5 of 12 weeks. The last week shown: 2 sessions…"."""
    if not weeks:
        return translate("ChartText", "No weeks to show yet.")
    met = sum(1 for week in weeks if week.met(goal))
    last = weeks[-1]
    said = fill(translate("ChartText", "Goal of %1\u00a0sessions a week met in %2 of "
                                       "%3\u00a0weeks."), goal, met, len(weeks))
    if minutes:
        total = locale.toString(sum(week.minutes for week in weeks), "f", 0)
        said += " " + fill(translate("ChartText", "%1\u00a0minutes in all."), total)
    return said + " " + fill(translate("ChartText", "The last week shown: %1\u00a0sessions, "
                                                    "%2\u00a0minutes."),
                             last.sessions, locale.toString(last.minutes, "f", 0))


def pain_summary(weeks: Sequence[stats.WeekFigures], locale: QLocale) -> str:
    """"Pain from 0 to 10, averaged over the weeks rated: 4.2 before a session, 3.1 after."""
    before = [w.pain_before for w in weeks if w.pain_before is not None]
    after = [w.pain_after for w in weeks if w.pain_after is not None]
    if not before and not after:
        return translate("ChartText", "No pain ratings in the weeks shown.")

    def mean(values: list[float]) -> str:
        return locale.toString(sum(values) / len(values), "f", 1) if values else "–"

    return fill(translate("ChartText", "Pain from 0 to 10, averaged over the weeks rated: %1 "
                                       "before a session, %2 after."), mean(before), mean(after))


def say_charts(view, weeks: Sequence[stats.WeekFigures], goal: int, *, minutes: bool) -> None:
    """Name the history view's charts and sum each up, as drawn now."""
    bars = translate("ChartText", "Minutes per week") if minutes \
        else translate("ChartText", "Sessions per week")
    name_chart(view.bars, bars, weeks_summary(weeks, goal, minutes, view.locale))
    name_chart(view.calendar, translate("ChartText", "Calendar of exercise days"),
               view.calendar_text.text())
    name_chart(view.pain_chart, translate("ChartText", "Pain and goal per week"),
               pain_summary(weeks, view.locale))


class WeekTable(QTableWidget):
    """One row a week: what the weekly and pain charts draw, as numbers."""

    def __init__(self, parent: QWidget):
        super().__init__(0, 6, parent)
        self.setObjectName("weekTable")
        self.setAccessibleName(self.tr("Weeks in numbers"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.verticalHeader().hide()
        self.setHorizontalHeaderLabels([self.tr("Week of"), self.tr("Sessions"),
                                        self.tr("Minutes"), self.tr("Goal"),
                                        self.tr("Pain before"), self.tr("Pain after")])
        self.horizontalHeader().setStretchLastSection(True)

    def show_weeks(self, weeks: Sequence[stats.WeekFigures], goal: int,
                   locale: QLocale) -> None:
        def pain(value: float | None) -> str:
            return locale.toString(value, "f", 1) if value is not None else "–"

        self.setRowCount(len(weeks))
        for row, week in enumerate(reversed(weeks)):  # the latest week first
            cells = (locale.toString(qdate(week.start), QLocale.FormatType.ShortFormat),
                     str(week.sessions), locale.toString(week.minutes, "f", 0),
                     self.tr("met") if week.met(goal) else self.tr("not met"),
                     pain(week.pain_before), pain(week.pain_after))
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnsToContents()
