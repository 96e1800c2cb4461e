"""The physiotherapist's report: making a 6-week and a 10-year report from ten years of
near-daily history, beside opening the history view with the same data in the same run.

Run alone with ``python benchmarks/run.py --only report``. A report's figure is the whole path
of ``--report`` after start-up: open the database, read the period's sessions, compute the
figures and progression levels, lay out and draw the PDF, and move it into place.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from backtimer.core import catalog
from backtimer.storage.history import HistoryStore
from backtimer.storage.report_source import load
from benchmarks.harness import Result, median_seconds
from benchmarks.history_data import fixed_now, generate

SETTINGS = {"weekly_goal": 3, "week_start": 0, "day_start_hour": 0}
ROUTINES = {r.id: r for r in catalog.BUILTIN_ROUTINES}


def _make(folder: Path) -> Path:
    folder.mkdir(parents=True)
    store = HistoryStore(folder / "history.sqlite3", folder / "backups", now=fixed_now)
    generate(store, end=fixed_now(), days=3652, per_day=0.9)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return folder


def _report(folder: Path, weeks: int, target: Path) -> int:
    from backtimer.ui.report.document import write_pdf

    store = HistoryStore(folder / "history.sqlite3", folder / "backups", now=fixed_now)
    try:
        report = load(store, SETTINGS, ROUTINES, today=fixed_now().date(), weeks=weeks)
    finally:
        store.close()
    return write_pdf(target, report, "en", catalog.EXERCISES, made=fixed_now(),
                     locale_name="en_GB")


def _history_view(folder: Path) -> int:
    from backtimer.ui.history.view import HistoryView

    store = HistoryStore(folder / "history.sqlite3", folder / "backups", now=fixed_now)
    view = HistoryView(store, SETTINGS, "en", None, now=fixed_now)
    view.resize(1280, 800)
    image = view.grab().toImage()
    view.deleteLater()
    store.close()
    return image.width()


def _command(folder: Path, weeks: int, target: Path) -> float:
    """The whole ``backtimer --report`` process, start-up included (informative)."""
    env = dict(os.environ, LANG="C.UTF-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(folder), "--report",
                    str(target), "--weeks", str(weeks)], check=True, env=env,
                   capture_output=True, timeout=120)
    return time.perf_counter() - started


def run(long: bool = False) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    root = Path(tempfile.mkdtemp(prefix="bench-report-"))
    try:
        decade = _make(root / "decade")
        store = HistoryStore(decade / "history.sqlite3", None, now=fixed_now)
        count = store.count()
        store.close()
        repeat = 9 if long else 5
        _history_view(decade)  # the first view pays for importing pyqtgraph; not measured
        _report(decade, 6, root / "warm.pdf")  # nor the first report its imports
        app.processEvents()
        view_s = median_seconds(lambda: _history_view(decade), repeat)
        app.processEvents()
        figures = {}
        for weeks in (6, 520):
            target = root / f"report-{weeks}.pdf"
            figures[weeks] = median_seconds(lambda w=weeks, t=target: _report(decade, w, t),
                                            repeat)
            figures[f"{weeks}-pages"] = _report(decade, weeks, target)
            figures[f"{weeks}-bytes"] = target.stat().st_size
            figures[f"{weeks}-process"] = min(_command(decade, weeks, target) for _ in range(3))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    rows = []
    for weeks, label, target in ((6, "6 weeks", 1.0), (520, "10 years (520 weeks)", 3.0)):
        rows.append(Result(
            f"report: make a {label} PDF report from 10 years of history", figures[weeks],
            "s", f"<= {target:g} s", "open the history view with the same data", view_s,
            figures[weeks] <= target,
            note=(f"{count} sessions in the database; {figures[f'{weeks}-pages']} pages, "
                  f"{figures[f'{weeks}-bytes'] // 1024} KiB; the whole `backtimer --report` "
                  f"process, start-up included: {figures[f'{weeks}-process']:.2f} s (best of "
                  "3)")))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
    print(datetime.now())
