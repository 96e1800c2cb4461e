"""The real player at scale 1: how close each countdown change and cue lands to its boundary.

Usage: python benchmarks/bench_player_timing.py [--seconds 120]   (or via benchmarks/run.py;
--long there runs 10 minutes). Each measurement runs in its own process (offscreen): once on
an idle machine and once with every other core kept busy by a spinning process. Reported:
the lateness of each countdown change against the true second boundary (median, p99, max),
the accumulated error at the end, the delay from a cue's scheduled time to the sound sink's
``play()`` call, and the process's CPU use — beside naive 1 s QTimer tick counting measured in
the same process. The real audio path (PulseAudio null sink + parec) is reported as skipped
when pulseaudio is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from benchmarks.harness import Result  # noqa: E402

NS = 1_000_000_000


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def child(seconds: float) -> dict:
    """Runs in the measured process: a real window, a real clock, a recording sound sink."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from backtimer.core import catalog
    from backtimer.core import session as core
    from backtimer.core.clock import MonotonicClock, local_now
    from backtimer.core.routine import Routine, Step, Tempo
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.player.cues import CuePlayer
    from backtimer.ui.player.runner import SessionRunner
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.workout.workout import Workout

    app = QApplication.instance() or QApplication([])
    data = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-player-{os.getpid()}"
    settings = Settings(data / "settings.json")
    settings.update({"safety_notice_seen": True, "voice_enabled": False})
    clock = MonotonicClock()
    lead_s = settings["cue_latency_ms"] / 1000
    runner = SessionRunner(clock, app, now=local_now, cue_lead_s=lead_s)
    # Holds, timed reps and rests in turn, long enough to fill the run.
    block = (Step("superman", mode="hold", hold_s=25, rest_after_s=6),
             Step("glute-bridge", mode="reps", reps=4, tempo=Tempo(1.0, 2.0, 2.0),
                  rest_after_s=6))
    routine = Routine(id="bench", name={"en": "Bench"}, lead_in_s=3,
                      steps=block * max(1, int(seconds // 57) + 1))
    plays: list[float] = []
    started = {"ns": 1 << 62}
    scheduled: list[int] = []

    class RecordingSink:
        problem = None

        def play(self, name: str, volume: float) -> None:
            if scheduled:
                plays.append((time.monotonic_ns() - scheduled.pop()) / 1e6)

    def on_cue(cue, segment) -> None:
        session = runner.session
        lead_ns = int(lead_s * NS)
        if segment is None:
            return  # get-ready and "done" cues: scheduled by commands, not by the clock
        if segment is session.segment:
            at = session._seg_start_ns + int(cue.at_s * NS) - lead_ns
        elif segment is session.next_segment and session.segment.duration_s is not None:
            # Sent early, before its segment starts, so the sound lands on the boundary.
            at = (session._seg_start_ns + int(session.segment.duration_s * NS)
                  + int(cue.at_s * NS) - lead_ns)
        else:
            return
        if at >= started["ns"]:  # a cue due before the start cannot be early
            scheduled.append(at)

    runner.cue_due.connect(on_cue)  # before the cue player: it learns the schedule first
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    cues = CuePlayer(runner, settings, "en", app, exercises=catalog.EXERCISES,
                     sound=RecordingSink())
    workout = Workout(runner, settings, app, now=local_now, lang="en")
    window = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                        store=None, lang="en", cues=cues, now=local_now)
    window.resize(1280, 800)
    window.show()

    display_late: list[float] = []
    last = {"text": None, "segment": None}

    def on_tick() -> None:
        session = runner.session
        text = window.player.countdown.text()
        if session.state not in (core.State.RUNNING, core.State.LEAD_IN):
            return
        key = (session.segment.index, text)
        if key == (last["segment"], last["text"]):
            return
        shown = session.display_seconds()
        remaining = session.remaining_s()
        if shown is not None and remaining is not None and last["segment"] is not None:
            # The change to `shown` belongs at the moment `remaining` reached `shown`.
            display_late.append((shown - remaining) * 1000)
        last["segment"], last["text"] = key


    # The naive way, in the same process: a 1 s timer whose ticks are counted as seconds.
    naive = QTimer(app)
    naive.setInterval(1000)
    naive_late: list[float] = []
    elapsed = QElapsedTimer()
    count = {"n": 0}

    def on_naive() -> None:
        count["n"] += 1
        naive_late.append(elapsed.nsecsElapsed() / 1e6 - count["n"] * 1000)

    naive.timeout.connect(on_naive)
    window.open_player(routine)
    # Connected after open_player has built the player page, so it runs after the player
    # and measures what the player has just shown.
    runner.ticked.connect(on_tick)
    cpu0, wall0 = time.process_time(), time.monotonic()
    runner.start()
    started["ns"] = runner.session._seg_start_ns
    elapsed.start()
    naive.start()
    end: dict[str, float] = {}

    def finish() -> None:
        # Accumulated error: where the session says the routine is, against the real time
        # since its first segment began. Segments chain at their exact ends: nothing builds up.
        # (Measured before quitting: quitting closes the window, which stops the session.)
        session = runner.session
        now = clock.now_ns()
        end["shown"] = session.segment.start_s + (now - session._seg_start_ns) / NS
        end["true"] = (now - started["ns"]) / NS
        end["cpu"], end["wall"] = time.process_time() - cpu0, time.monotonic() - wall0
        app.quit()

    QTimer.singleShot(int(seconds * 1000), finish)
    app.exec()
    cpu, wall = end["cpu"], end["wall"]
    true_elapsed, shown_elapsed = end["true"], end["shown"]
    runner.stop()
    window.close()
    shutil.rmtree(data, ignore_errors=True)
    return {
        "display_late_ms": display_late,
        "end_error_ms": (shown_elapsed - true_elapsed) * 1000,
        "naive_late_ms": naive_late,
        "naive_end_error_ms": naive_late[-1] if naive_late else float("nan"),
        "play_delay_ms": plays,
        "cpu_percent": 100 * cpu / wall,
        "seconds": wall,
    }


def _measure(seconds: float, busy: bool) -> dict:
    spinners = []
    if busy:
        for _ in range(max(1, (os.cpu_count() or 2) - 1)):
            spinners.append(subprocess.Popen([sys.executable, "-c", "while True: pass"]))
    try:
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child",
                              "--seconds", str(seconds)], capture_output=True, text=True,
                             check=True, timeout=seconds * 3 + 60,
                             env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(long: bool = False, seconds: float | None = None) -> list[Result]:
    seconds = seconds or (600.0 if long else 120.0)
    rows: list[Result] = []
    for busy in (False, True):
        m = _measure(seconds, busy)
        load = "other cores busy" if busy else "idle machine"
        late, naive = m["display_late_ms"], m["naive_late_ms"]
        tag = f"{seconds:.0f} s, {load}"
        rows += [
            Result(f"player: countdown change after its second, p99 ({tag})",
                   _quantile(late, 0.99), "ms", "<= 10 ms", "naive 1 s tick counting, p99",
                   _quantile([abs(x) for x in naive], 0.99), _quantile(late, 0.99) <= 10,
                   note=f"median {statistics.median(late):.2f} ms, max {max(late):.2f} ms, "
                        f"{len(late)} changes"),
            Result(f"player: accumulated error at the end ({tag})", abs(m["end_error_ms"]),
                   "ms", "<= 2 ms", "naive tick counting at the end",
                   abs(m["naive_end_error_ms"]), abs(m["end_error_ms"]) <= 2,
                   note=f"position read from the monotonic clock; the last countdown change "
                        f"was {late[-1]:.2f} ms after its second"),
            Result(f"player: cue schedule → play() delay, p99 ({tag})",
                   _quantile(m["play_delay_ms"], 0.99), "ms", "<= 5 ms",
                   met=_quantile(m["play_delay_ms"], 0.99) <= 5,
                   note=f"median {statistics.median(m['play_delay_ms']):.2f} ms, "
                        f"{len(m['play_delay_ms'])} cues"),
            Result(f"player: CPU of the process ({tag})", m["cpu_percent"], "% of a core",
                   "<= 3 %", met=m["cpu_percent"] <= 3),
        ]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.seconds)))
        return 0
    for row in run(seconds=args.seconds):
        print(row.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
