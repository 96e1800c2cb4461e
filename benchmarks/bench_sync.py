"""History sync through a shared folder (issue 16): merging, a small sync, the journals' size.

Each figure stands beside the same sessions taken in with ``--import-history`` (the JSON
history file read by ``parse_history_file`` and merged by ``import_sessions``, as the command
does), measured in the same run.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from backtimer.core import catalog
from backtimer.storage.history import (
    HistoryStore,
    StepRecord,
    dumps_history,
    parse_history_file,
)
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.sync import layout, sync
from backtimer.storage.sync.sessions import session_json
from benchmarks.harness import Result
from benchmarks.history_data import fixed_now, generate

DAYS = 3650
PER_DAY = 0.9  # near-daily
REPEAT = 3
SMALL_REPEAT = 15


class _Computer:
    def __init__(self, folder: Path):
        folder.mkdir(parents=True)
        self.folder = folder
        self.store = HistoryStore(folder / "history.sqlite3", None, now=fixed_now)
        self.library = RoutineLibrary(folder / "routines", catalog.BUILTIN_ROUTINES,
                                      catalog.EXERCISES)

    def sync(self, shared: Path):
        return sync(self.store, shared, self.library, now=fixed_now)

    def close(self) -> None:
        self.store.close()


def _record(store: HistoryStore, n: int) -> None:
    started = fixed_now() + timedelta(hours=n)
    session = store.start_session("quick-5", "Quick 5", started)
    store.add_step(session, StepRecord(0, "glute-bridge", True, 600, 10, 1),
                   at=started + timedelta(minutes=10))
    store.finish_session(session, "completed", ended_at=started + timedelta(minutes=10))


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def run(long: bool = False) -> list[Result]:
    results: list[Result] = []
    root = Path(tempfile.mkdtemp(prefix="backtimer-bench-sync-"))
    try:
        shared = root / "Sync"
        shared.mkdir()
        computers = [_Computer(root / f"computer-{n}") for n in range(3)]
        counts = [generate(c.store, end=fixed_now(), days=DAYS, per_day=PER_DAY, seed=11 + n)
                  for n, c in enumerate(computers)]
        setup = _timed(lambda: [c.sync(shared) for c in computers])
        exports = [dumps_history(c.store.export_json()).encode() for c in computers]

        # --- the size of one computer's ten years of journals ---------------------------------
        first = computers[0].sync(shared).computer
        size = sum(p.stat().st_size for p in (layout.root(shared) / first).iterdir())
        results.append(Result(
            "sync: one computer's journals, 10 years near-daily", size / 1e6, "MB", "<= 5 MB",
            "the same sessions as an --export-history JSON file", len(exports[0]) / 1e6,
            met=size <= 5e6, note=f"{counts[0]} sessions; writing them: {setup / 3:.2f} s"))

        # --- merging three computers into an empty history -----------------------------------
        merge_times, import_times = [], []
        for n in range(REPEAT):
            empty = _Computer(root / f"empty-{n}")
            merge_times.append(_timed(lambda empty=empty: empty.sync(shared)))
            total = empty.store.count()
            empty.close()
            target = HistoryStore(root / f"import-{n}" / "history.sqlite3", None)
            import_times.append(_timed(lambda target=target: [
                target.import_sessions(parse_history_file(raw).sessions) for raw in exports]))
            target.close()
        merge, imported = statistics.median(merge_times), statistics.median(import_times)
        results.append(Result(
            "sync: merge three computers (10 years near-daily each) into an empty history",
            merge, "s", "<= 1 s", "--import-history of the same three histories", imported,
            met=merge <= 1.0, note=f"{total} sessions; median of {REPEAT}"))

        # --- a sync with one new session on each side ----------------------------------------
        a, b = computers[0], computers[1]
        for computer in (a, b, a):
            computer.sync(shared)
        small, small_cpu, baseline = [], [], []
        for n in range(SMALL_REPEAT):
            _record(a.store, n)
            _record(b.store, 100 + n)
            a.sync(shared)
            cpu = time.process_time()
            small.append(_timed(lambda: b.sync(shared)))  # writes its one, takes a's one
            small_cpu.append(time.process_time() - cpu)
            one = next(r for r in a.store.sessions() if r.started_at ==
                       fixed_now() + timedelta(hours=n))
            raw = dumps_history({"format": "backtimer.history", "version": 1,
                                 "sessions": [session_json(one)]}).encode()
            fresh = b.store  # the same big history: the import finds it known and skips it
            baseline.append(_timed(lambda raw=raw, fresh=fresh: fresh.import_sessions(
                parse_history_file(raw).sessions)))
        median, base = statistics.median(small_cpu), statistics.median(baseline)
        results.append(Result(
            "sync: one new session on each side (our own time: CPU of the process)",
            median * 1000, "ms", "<= 50 ms",
            "--import-history of a one-session file into the same history", base * 1000,
            met=median <= 0.05,
            note=f"history of {b.store.count()} sessions; median of {SMALL_REPEAT}; wall time "
                 f"with the disk's fsync waits: median {statistics.median(small) * 1000:.1f} "
                 f"ms, max {max(small) * 1000:.1f} ms"))
        for computer in computers:
            computer.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return results

