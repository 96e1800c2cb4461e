"""History → "Report for your physiotherapist…": choose the period, preview and print the
report (Qt's print preview), or save it as a PDF."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backtimer.core import catalog, stats
from backtimer.core.clock import local_now
from backtimer.core.placeholders import fill
from backtimer.core.report import DEFAULT_WEEKS, MAX_WEEKS, Report
from backtimer.storage.report_source import load
from backtimer.ui.report.document import ReportPainter, ReportWriteError, set_up_page, write_pdf

log = logging.getLogger("backtimer.report")


class ReportDialog(QDialog):
    """The period to report on, and what to do with the report: preview and print, or save."""

    def __init__(self, store, settings: Mapping[str, Any], routines, lang: str,
                 parent: QWidget | None = None, *, now: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Report for your physiotherapist"))
        self.store = store
        self.settings = settings
        self.routines = routines  # the RoutineLibrary (None: the built-in exercises only)
        self.lang = lang
        self._now = now or local_now
        self.preview = None
        self.drawing: ReportPainter | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A page or two for your physiotherapist or doctor: how often you exercised against "
            "your weekly goal, how your back felt before and after, and what you did of each "
            "exercise."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.weeks_box = QSpinBox(self)
        self.weeks_box.setObjectName("reportWeeks")
        self.weeks_box.setRange(1, MAX_WEEKS)
        self.weeks_box.setValue(DEFAULT_WEEKS)
        self.weeks_box.setSuffix(self.tr("\u00a0weeks"))
        self.weeks_box.setAccessibleName(self.tr("Weeks to report on"))
        form.addRow(self.tr("The last"), self.weeks_box)
        layout.addLayout(form)
        self.message = QLabel("", self)
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = QPushButton(self.tr("Preview and print…"), self)
        self.preview_button.setObjectName("reportPreviewButton")
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("reportSaveButton")
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_dialog)
        layout.addWidget(buttons)

    # --- the report ---------------------------------------------------------------------------

    def _exercises(self):
        return self.routines.exercises if self.routines is not None else catalog.EXERCISES

    def report(self) -> Report | None:
        """The report of the chosen weeks, or None (and a message) when the history fails."""
        routines = ({r.id: r for r in self.routines.routines()} if self.routines is not None
                    else {})
        today = stats.today_for(self._now(), self.settings["day_start_hour"])
        try:
            return load(self.store, self.settings, routines, today=today,
                        weeks=self.weeks_box.value())
        except Exception as error:  # the store's own errors and sqlite3's alike
            log.warning("the report could not be made: %s", error)
            self.message.setText(fill(self.tr("The history could not be read: %1"), str(error)))
            return None

    def painter(self) -> ReportPainter | None:
        report = self.report()
        if report is None:
            return None
        return ReportPainter(report, self.lang, self._exercises(), made=self._now())

    def show_preview(self) -> None:
        """Qt's print preview of the report; its own buttons print it (or to a PDF file)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        # Kept: the preview asks for the pages again (zoom, page set-up, printing).
        self.drawing = drawing = self.painter()
        if drawing is None:
            return
        # The preview does not own its printer: kept here for as long as the preview lives.
        self.printer = printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_up_page(printer, QLocale.system().name())
        printer.setDocName(self.tr("Report for your physiotherapist"))
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setObjectName("reportPreview")
        self.preview.paintRequested.connect(drawing.paint)
        self.preview.resize(900, 1000)
        self.preview.open()

    def save_to(self, path: Path) -> int:
        """Write the report to ``path``; returns its pages (0: it failed, the message says why)."""
        report = self.report()
        if report is None:
            return 0
        try:
            pages = write_pdf(path, report, self.lang, self._exercises(), made=self._now(),
                              locale_name=QLocale.system().name())
        except ReportWriteError as error:
            self.message.setText(fill(self.tr("The report could not be saved: %1"), str(error)))
            return 0
        self.message.setText(fill(self.tr("Saved as %1"), str(path)))
        return pages

    def save_dialog(self) -> None:
        today = self._now().date().isoformat()
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"),
            str(Path.home() / f"backtimer-report-{today}.pdf"), self.tr("PDF (*.pdf)"))
        if name:
            self.save_to(Path(name))


def report_button(parent: QWidget, *, store, settings, routines, lang: str,
                  now: Callable[[], datetime] | None = None) -> QPushButton:
    """The history view's "Report for your physiotherapist…" button; it opens the dialog."""
    button = QPushButton(QCoreApplication.translate("ReportDialog",
                                                    "Report for your physiotherapist…"), parent)
    button.setObjectName("historyReportButton")

    def open_dialog() -> None:
        dialog = ReportDialog(store, settings, routines, lang, parent.window(), now=now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        button.dialog = dialog  # tests and the preview find it here
        dialog.open()

    button.clicked.connect(open_dialog)
    return button
