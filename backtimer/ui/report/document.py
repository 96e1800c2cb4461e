"""The physiotherapist's report drawn on pages: one drawing for the PDF file, the printer and
the print preview.

Text is drawn as text (selectable, searchable, its font embedded) and the charts as vectors.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from backtimer import __version__
from backtimer.core.placeholders import fill
from backtimer.core.progression import Reason, apply_levels
from backtimer.core.report import Report, RoutineUse, letter_paper
from backtimer.core.routine import Exercise, Step, localized
from backtimer.ui.player.text import exercise_name, number, step_amount
from backtimer.ui.report import charts
from backtimer.ui.report.layout import MUTED, Flow

translate = QCoreApplication.translate  # the name lupdate looks for

MARGIN_MM = 16
BODY_PT = 9.5
SMALL_PT = 8.0


class ReportWriteError(Exception):
    """The PDF could not be written; the message says why. No file was left behind."""


def page_size(locale_name: str) -> QPageSize:
    """Letter where the locale uses it (the US, Canada…), A4 everywhere else."""
    return QPageSize(QPageSize.PageSizeId.Letter if letter_paper(locale_name)
                     else QPageSize.PageSizeId.A4)


def set_up_page(device: QPagedPaintDevice, locale_name: str) -> None:
    device.setPageLayout(QPageLayout(page_size(locale_name), QPageLayout.Orientation.Portrait,
                                     QMarginsF(*[MARGIN_MM] * 4), QPageLayout.Unit.Millimeter))


class ReportPainter:
    """Draws a ``Report`` in the interface language on any paged device."""

    def __init__(self, report: Report, lang: str, exercises: Mapping[str, Exercise], *,
                 made: datetime):
        self.report = report
        self.lang = lang
        self.exercises = exercises
        self.made = made
        self.locale = QLocale("nl_NL" if lang == "nl" else "en_GB")
        self.pages = 0

    # --- words and numbers --------------------------------------------------------------------

    def day(self, day: date, fmt: str = "d MMM yyyy") -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), fmt)

    def number(self, value: float | None, decimals: int = 1, signed: bool = False) -> str:
        if value is None:
            return "–"
        text = self.locale.toString(float(value), "f", decimals)
        if text.startswith("-"):
            text = "−" + text[1:]  # a real minus sign
        elif signed and round(value, decimals) > 0:
            text = "+" + text
        return text

    def exercise(self, exercise_id: str) -> str:
        return exercise_name(self.exercises, exercise_id, self.lang)

    def amount(self, step: Step) -> str:
        """"3 × 12 reps, holding 2 s": what a step asks now."""
        amount = step_amount(step)
        if step.mode == "reps" and step.tempo is not None:
            amount = fill(translate("Progression", "%1, holding %2\u00a0s"), amount,
                          number(step.tempo.hold_s))
        return amount

    def routine_name(self, use: RoutineUse) -> str:
        return localized(use.routine.name, self.lang) if use.routine is not None else use.name

    # --- drawing ------------------------------------------------------------------------------

    def paint(self, device: QPagedPaintDevice) -> None:
        """Lay the report out once to count its pages, then draw it."""
        self.pages = self._flow(device, None).page
        painter = QPainter()
        if not painter.begin(device):
            raise ReportWriteError(translate("Report", "The report could not be drawn."))
        try:
            self._flow(device, painter)
        finally:
            painter.end()

    def _footer(self, flow: Flow, page: int) -> float:
        text = translate(
            "Report", "backtimer is a home exercise timer for the lower back. Every figure in "
                      "this report was entered by the person themselves (self-reported) and "
                      "measures what was done, not a diagnosis.") + " " + translate(
            "SafetyNotice", "backtimer guides you through exercises; it is not medical advice "
                            "and does not replace a doctor or physiotherapist.")
        font = flow.font(7.0)
        page_text = fill(translate("Report", "Page %1 of %2"), page, max(self.pages, 1))
        width = flow.width - 22 * flow.mm
        height = flow.text_height(text, font, width)
        if page:
            top = flow.device.height() - height
            flow.draw_text(QRectF(0, top, width, height), text, font, MUTED)
            flow.draw_text(QRectF(width, top, 22 * flow.mm, height), page_text, font, MUTED,
                           flags=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return height

    def _flow(self, device: QPagedPaintDevice, painter: QPainter | None) -> Flow:
        flow = Flow(device, painter, self._footer)
        self._header(flow)
        if self.report.empty:
            flow.heading(translate("Report", "Nothing recorded yet"))
            flow.paragraph(translate(
                "Report", "No exercise sessions were recorded in this period. Once workouts "
                          "are done with backtimer, this report shows how often and how long, "
                          "how the back felt before and after, and what was done of each "
                          "exercise."), flow.font(BODY_PT))
        else:
            self._routines(flow)
            self._adherence(flow)
            self._pain(flow)
            self._exercises(flow)
            self._levels(flow)
        flow.finish_page()
        return flow

    def _header(self, flow: Flow) -> None:
        report = self.report
        span = report.period
        flow.paragraph(translate("Report", "Home exercise report"), flow.font(17, bold=True),
                       after=0.5)
        weeks = (translate("Report", "1 week") if span.weeks == 1
                 else fill(translate("Report", "%1\u00a0weeks"), span.weeks))
        flow.paragraph(fill(translate("Report", "Period: %1 – %2 (%3)"), self.day(span.first),
                            self.day(span.today), weeks), flow.font(BODY_PT), after=0.3)
        flow.paragraph(fill(translate("Report", "Made on %1 with backtimer %2"),
                            self.day(self.made.date()), __version__), flow.font(BODY_PT),
                       after=2.5)
        font = flow.font(BODY_PT)
        label = translate("Report", "Name:")
        height = flow.text_height(label, font)
        flow.draw_text(QRectF(0, flow.y, 30 * flow.mm, height), label, font)
        if flow.painter is not None:
            flow.painter.setPen(QPen(MUTED, 0.2 * flow.mm))
            flow.painter.drawLine(QRectF(16 * flow.mm, flow.y + height, 90 * flow.mm, 0)
                                  .topLeft(), QRectF(16 * flow.mm, flow.y + height,
                                                     90 * flow.mm, 0).topRight())
        flow.y += height + 2 * flow.mm

    def _routines(self, flow: Flow) -> None:
        flow.heading(translate("Report", "Routines and how they are prescribed now"))
        body, small = flow.font(BODY_PT), flow.font(SMALL_PT)
        for use in self.report.routines:
            flow.paragraph(fill(translate("Report", "%1 — %2\u00a0sessions, %3 completed"),
                                self.routine_name(use), use.sessions, use.completed),
                           flow.font(BODY_PT, bold=True), after=0.3)
            if use.routine is None:
                flow.paragraph(translate("Report", "No longer in the routine list."), small,
                               MUTED, indent=4 * flow.mm)
                continue
            routine = (apply_levels(use.routine, use.levels) if use.levels is not None
                       else use.routine)
            parts = [f"{self.exercise(step.exercise)} {self.amount(step)}"
                     for step in routine.steps]
            # A line never starts with the dot: it stays with the exercise before it.
            flow.paragraph("\u00a0· ".join(parts), body, indent=4 * flow.mm)

    def _adherence(self, flow: Flow) -> None:
        report = self.report
        flow.heading(translate("Report", "Adherence"))
        body = flow.font(BODY_PT)
        lines = [
            fill(translate("Report", "Weekly goal: %1\u00a0sessions"), report.goal),
            fill(translate("Report", "Sessions completed: %1 (stopped early: %2, "
                                     "interrupted: %3)"),
                 report.completed, report.stopped, report.interrupted),
            fill(translate("Report", "Weeks that met the goal: %1 of %2 (%3\u00a0%)"),
                 report.weeks_met, report.weeks_counted,
                 self.number(report.weeks_met_pct, 0)),
            fill(translate("Report", "Exercise minutes: %1 in all, %2 a week on average"),
                 self.number(report.minutes, 0),
                 self.number(report.minutes / max(1, len(report.weeks)), 0)),
        ]
        if report.weeks and not report.weeks[-1].met(report.goal):
            lines.append(translate("Report", "This week is not over yet; it counts once it "
                                             "meets the goal (hatched in the chart)."))
        for line in lines:
            flow.paragraph(line, body, after=0.4)
        flow.space(1)
        flow.paragraph(translate("Report", "Completed sessions per week"), flow.font(
            SMALL_PT, bold=True), after=0.2, keep=52 * flow.mm)
        flow.block(52 * flow.mm, lambda painter, rect: charts.draw_weeks(
            painter, rect, flow.mm, report.weeks, report.goal, self.locale, flow.font(7)))

    def _pain(self, flow: Flow) -> None:
        pain = self.report.pain
        flow.heading(translate("Report", "Pain (self-rated, 0 = none, 10 = worst)"))
        body = flow.font(BODY_PT)
        if not pain.before_n and not pain.after_n:
            flow.paragraph(translate("Report", "No pain ratings were given in this period."),
                           body)
        else:
            lines = [
                fill(translate("Report", "Average before a session: %1 (%2 ratings)"),
                     self.number(pain.before), pain.before_n),
                fill(translate("Report", "Average after a session: %1 (%2 ratings)"),
                     self.number(pain.after), pain.after_n),
                fill(translate("Report", "Change within a session: %1 on average (%2\u00a0sessions "
                                         "rated before and after)"),
                     self.number(pain.change, signed=True), pain.change_n),
            ]
            if pain.trend_weeks:
                lines.append(fill(translate(
                    "Report", "Trend, first %1\u00a0weeks against the last %1: before %2 → %3, "
                              "after %4 → %5"), pain.trend_weeks,
                    self.number(pain.early_before), self.number(pain.late_before),
                    self.number(pain.early_after), self.number(pain.late_after)))
            for line in lines:
                flow.paragraph(line, body, after=0.4)
            flow.space(1)
            flow.paragraph(translate("Report", "Pain before and after each session"),
                           flow.font(SMALL_PT, bold=True), after=0.2, keep=48 * flow.mm)
            flow.block(48 * flow.mm, lambda painter, rect: charts.draw_pain(
                painter, rect, flow.mm, self.report.pain_points, self.report.weeks,
                self.locale, flow.font(7)))
        effort = self.report.effort
        if effort.n:
            flow.paragraph(fill(translate("Report", "Effort (self-rated, 1–10): %1 on average "
                                                    "over %2\u00a0sessions, from %3 to %4"),
                                self.number(effort.mean), effort.n, effort.low, effort.high),
                           body)
        else:
            flow.paragraph(translate("Report", "No effort ratings were given in this period."),
                           body)

    def _exercises(self, flow: Flow) -> None:
        rows = []
        for figures in self.report.exercises:
            hurt = ", ".join(self.day(d, "d MMM") for d in figures.hurt_days) or "–"
            rows.append([self.exercise(figures.exercise_id), str(figures.done),
                         str(figures.skipped), str(figures.reps) if figures.reps else "–",
                         self.number(figures.minutes, 0), hurt])
        table = ([translate("Report", "Exercise"), translate("Report", "Done"),
                  translate("Report", "Skipped"), translate("Report", "Reps"),
                  translate("Report", "Minutes"), translate("Report", "Marked “this hurt”")],
                 rows, (30, 9, 10, 9, 10, 32), (False, True, True, True, True, False),
                 flow.font(SMALL_PT + 0.5), flow.font(SMALL_PT + 0.5, bold=True))
        # The table stays in one piece with its heading when a page can hold it.
        flow.heading(translate("Report", "Exercises: what was done, and “this hurt” marks"),
                     keep=flow.table(*table, measure=True))
        flow.table(*table)

    def _levels(self, flow: Flow) -> None:
        flow.heading(translate("Report", "Progressive loading"))
        body = flow.font(BODY_PT)
        used = [use for use in self.report.routines if use.level_history]
        if not used:
            flow.paragraph(translate("Report", "Progressive loading was off for the routines "
                                               "done in this period: they ran as written."),
                           body)
            return
        for use in used:
            flow.paragraph(fill(translate("Report", "%1 (on since the week of %2)"),
                                self.routine_name(use), self.day(use.progression_since)),
                           flow.font(BODY_PT, bold=True), after=0.5)
            rows = []
            for step in use.level_history:
                backs = ", ".join(
                    fill(translate("Report", "%1 (marked “this hurt”)") if reason is Reason.HURT
                         else translate("Report", "%1 (pain rose)"), self.day(week, "d MMM"))
                    for week, reason in step.step_backs) or "–"
                rows.append([self.exercise(step.exercise_id),
                             fill(translate("Report", "%1 of %2"), step.start, step.top),
                             fill(translate("Report", "%1 of %2"), step.end, step.top), backs])
            flow.table([translate("Report", "Exercise"), translate("Report", "Level at start"),
                        translate("Report", "Level now"),
                        translate("Report", "One level back after the week of")],
                       rows, (30, 14, 14, 42), (False, True, True, False),
                       flow.font(SMALL_PT + 0.5), flow.font(SMALL_PT + 0.5, bold=True))


def write_pdf(path: Path, report: Report, lang: str, exercises: Mapping[str, Exercise], *,
              made: datetime, locale_name: str) -> int:
    """Write the report to ``path`` as a PDF; returns its page count.

    It is written to a temporary file beside ``path`` and moved into place at the end, so a
    failure leaves no file (and an older report there untouched)."""
    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                             dir=path.parent)
        os.close(handle)
    except OSError as error:
        raise ReportWriteError(f"cannot write {path}: {error.strerror or error}") from None
    temp = Path(temp_name)
    try:
        writer = QPdfWriter(str(temp))
        writer.setResolution(300)
        writer.setTitle(translate("Report", "Home exercise report"))
        writer.setCreator(f"backtimer {__version__}")
        set_up_page(writer, locale_name)
        drawing = ReportPainter(report, lang, exercises, made=made)
        drawing.paint(writer)
        del writer  # closes the file
        if temp.stat().st_size == 0:
            raise ReportWriteError(f"cannot write {path}: nothing was written")
        os.replace(temp, path)
    except OSError as error:
        raise ReportWriteError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    return drawing.pages
