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
