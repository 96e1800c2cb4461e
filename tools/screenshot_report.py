"""Screenshots of the physiotherapist's report: the history with its button, the dialog, the
print preview; and the report's pages (empty, 6 weeks, 10 years) rendered with pdftoppm.

Usage: python tools/screenshot_report.py [--out shots/report] [--lang en nl]
       [--size 1280x800 800x600] [--offscreen]

The data is ``benchmarks/history_data.py``'s: two generated years for the window, the physio
sample (known figures) for the 6-week report, ten generated years for the long one. Files:
``<out>/<lang>-<W>x<H>-<moment>.png``, and ``<out>/<lang>-pdf-<data>-<page>.png`` at 100 dpi.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import shotlib

OUT = shotlib.SHOTS / "report"


def _pages(lang: str, out: Path) -> None:
    """Each report as a PDF (the command's own code), then its pages as PNGs at 100 dpi."""
    from backtimer.core import catalog
    from backtimer.storage.history import HistoryStore, parse_history_file
    from backtimer.storage.report_source import load
    from backtimer.ui.report.document import write_pdf
    from benchmarks.history_data import fixed_now, generate, physio_sample

    now = fixed_now()
    settings = {"weekly_goal": 3, "week_start": 0, "day_start_hour": 0}
    routines = {r.id: r for r in catalog.BUILTIN_ROUTINES}
    for name, days, weeks in (("empty", None, 6), ("6-weeks", 0, 6), ("10-years", 3652, 520)):
        store = None
        if days is not None:
            store = HistoryStore(out / f"{lang}-{name}.sqlite3", None, now=lambda: now)
            if days:
                generate(store, end=now, days=days, per_day=0.9)
            else:
                parsed = parse_history_file(json.dumps(physio_sample(now.date(), now.tzinfo))
                                            .encode())
                store.import_sessions(parsed.sessions, parsed.progression)
        report = load(store, settings, routines, today=now.date(), weeks=weeks)
        if store is not None:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store.path}{suffix}").unlink(missing_ok=True)
        pdf = out / f"{lang}-pdf-{name}.pdf"
        write_pdf(pdf, report, lang, catalog.EXERCISES, made=now, locale_name="en_GB")
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(pdf.with_suffix(""))],
                       check=True)
        print(*sorted(out.glob(f"{pdf.stem}-*.png")), sep="\n")


def shoot(lang: str, size: str, out: Path) -> None:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QPushButton

    name = f"{lang}-{size}"
    window, _runner, store, _now = shotlib.history_window(lang, size, days=730)
    window.open_history()
    shotlib.save(window, out, f"{name}-history")
    button = window.findChild(QPushButton, "historyReportButton")
    button.click()
    dialog = button.dialog
    shotlib.save(dialog, out, f"{name}-dialog")
    dialog.findChild(QObject, "reportPreviewButton").click()
    width, height = shotlib.size_of(size)
    dialog.preview.resize(min(900, width), height - 40)
    shotlib.save(dialog.preview, out, f"{name}-preview")
    dialog.preview.close()
    dialog.close()
    window.close()
    store.close()
    if size == shotlib.SIZES[0]:
        _pages(lang, out)


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, __doc__.splitlines()[0], OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
