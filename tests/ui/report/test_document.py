"""Writing the report's PDF: whole or not at all."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from backtimer.core import catalog
from backtimer.core.report import build, period
from backtimer.ui.report import document


def test_a_failed_drawing_keeps_the_older_report_and_leaves_no_temporary_file(qapp, tmp_path,
                                                                              monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- an older report")

    def fail(self, device):
        raise document.ReportWriteError("the disk is full")

    monkeypatch.setattr(document.ReportPainter, "paint", fail)
    report = build([], period(date(2026, 11, 20), 6), goal=3)
    with pytest.raises(document.ReportWriteError):
        document.write_pdf(target, report, "en", catalog.EXERCISES,
                           made=datetime(2026, 11, 20, 18), locale_name="en_GB")
    assert target.read_bytes() == b"%PDF- an older report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_written_report_replaces_the_older_one(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    report = build([], period(date(2026, 11, 20), 6), goal=3)
    pages = document.write_pdf(target, report, "en", catalog.EXERCISES,
                               made=datetime(2026, 11, 20, 18), locale_name="en_US")
    assert pages == 1
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_column_is_never_narrower_than_its_longest_word(qapp, tmp_path):
    from PySide6.QtGui import QFontMetricsF, QPdfWriter

    from backtimer.ui.report.layout import Flow

    writer = QPdfWriter(str(tmp_path / "x.pdf"))
    document.set_up_page(writer, "nl_NL")
    flow = Flow(writer, None, lambda flow, page: 0.0)
    font, bold = flow.font(8.5), flow.font(8.5, bold=True)
    headers = ["Oefening", "Gedaan", "Overgeslagen", "Herhalingen", "Minuten", "Gemarkeerd"]
    rows = [["Bekkenkanteling", "15", "0", "300", "21", "–"]]
    columns = flow._columns(headers, rows, (30, 9, 10, 9, 10, 32), font, bold, 0.0)
    metrics = QFontMetricsF(bold, writer)
    assert all(width >= metrics.horizontalAdvance(header)
               for width, header in zip(columns, headers, strict=True))
    assert sum(columns) == pytest.approx(flow.width)
