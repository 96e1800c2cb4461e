"""The history: open a big database, compute every statistic, render the view; write a step.

Run alone with ``python benchmarks/run.py --only history``. Each figure is the whole path a
person waits for when opening the history (open + quick_check + statistics + charts + first
page of the list, grabbed to an image), next to the same with an empty history in the same run.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from backtimer.core import stats
from backtimer.storage.history import HistoryStore, StepRecord
from benchmarks.harness import Result, median_seconds
from benchmarks.history_data import fixed_now, generate


class _Settings(dict):
    """The three settings the view reads, without a settings file."""


SETTINGS = _Settings(weekly_goal=3, week_start=0, day_start_hour=0)


def _make(folder: Path, **kwargs) -> Path:
    folder.mkdir(parents=True)
    store = HistoryStore(folder / "history.sqlite3", folder / "backups", now=fixed_now)
    if kwargs:
        generate(store, end=fixed_now(), **kwargs)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return folder


def _open(folder: Path) -> HistoryStore:
    # The day's backup exists already (made when generated): this is every later start.
    return HistoryStore(folder / "history.sqlite3", folder / "backups", now=fixed_now)


def _statistics(store: HistoryStore) -> stats.Summary:
    """What --stats and the view's cards compute: per-day sums in SQL, the rest in Python."""
    return stats.summarize_days(store.day_totals(0), today=fixed_now().date(), goal=3)


def _open_stats_render(folder: Path) -> int:
    from backtimer.ui.history.view import HistoryView

    store = _open(folder)
    view = HistoryView(store, SETTINGS, "en", None, now=fixed_now)
    view.resize(1280, 800)
    image = view.grab().toImage()
    view.deleteLater()
    store.close()
    return image.width()


def _step_write_times(folder: Path, count: int = 2000) -> list[float]:
    store = _open(folder)
    session = store.start_session("quick-5", "Quick 5", fixed_now() + timedelta(hours=1))
    times = []
    for n in range(count):
        step = StepRecord(n % 5, "glute-bridge", True, 30.0, 10, 1, "none", {"mode": "reps"})
        start = time.perf_counter()
        store.add_step(session, step)
        times.append(time.perf_counter() - start)
    store.finish_session(session, "completed")
    store.close()
    return times


def run(long: bool = False) -> list[Result]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    root = Path(tempfile.mkdtemp(prefix="bench-history-"))
    try:
        empty = _make(root / "empty")
        started = time.perf_counter()
        decade = _make(root / "decade", days=3652, per_day=0.9)
        huge = _make(root / "huge", days=3652, sessions=100_000)
        made_s = time.perf_counter() - started
        repeat = 9 if long else 5
        _open_stats_render(empty)  # the first view pays for importing pyqtgraph; not measured
        app.processEvents()
        figures = {}
        for name, folder in (("empty", empty), ("decade", decade), ("huge", huge)):
            figures[name] = {
                "total": median_seconds(lambda f=folder: _open_stats_render(f), repeat),
                "open": median_seconds(lambda f=folder: _open(f).close(), repeat),
            }
            store = _open(folder)
            figures[name]["stats"] = median_seconds(lambda s=store: _statistics(s), repeat)
            figures[name]["count"] = store.count()
            store.close()
            app.processEvents()
        writes = _step_write_times(huge, 4000 if long else 2000)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    p99 = statistics.quantiles(writes, n=100)[98]
    base = figures["empty"]["total"] * 1000
    rows = []
    for name, label, target in (("decade", "10 years near-daily", 0.1),
                                ("huge", "100 000 sessions", 0.5)):
        f = figures[name]
        rows.append(Result(
            f"history: open + all statistics + render the view, {label}", f["total"] * 1000,
            "ms", f"<= {target * 1000:.0f} ms", "the same with an empty history", base,
            f["total"] <= target,
            note=(f"{f['count']} sessions; open {f['open'] * 1000:.1f} ms, statistics "
                  f"{f['stats'] * 1000:.1f} ms")))
    rows.append(Result("history: write one step (own transaction, WAL), p99", p99 * 1000, "ms",
                       "<= 5 ms", "median", statistics.median(writes) * 1000, p99 <= 0.005,
                       note=f"{len(writes)} writes into the 100 000-session database"))
    rows.append(Result("history: generating both databases (set-up, not a target)", made_s,
                       "s", ""))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
    print(datetime.now())
