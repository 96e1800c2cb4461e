"""The moving figure in the real player at scale 1: CPU, frame pacing, stillness, pose error.

Usage: python benchmarks/bench_player_figure.py [--seconds 120]   (or via benchmarks/run.py).
A real window (offscreen, 1280×800) runs the built-in "Lower-back strength" routine on the
monotonic clock for two minutes, twice, each in its own process: with the figure animating,
and with its frame timer held off (the figure then only moves on the player's own ticks) —
the baseline measured in the same run. Reported: the process's CPU use; the intervals between
repaints while the body moves (p95); repaints while it is still (holds, rests, pauses: none
should happen); and at each repaint, how far the painted pose is from ``pose_at`` of the
session's time when the paint is done, against how far the body moves in one frame.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent))

from benchmarks.harness import Result  # noqa: E402

FRAME_S = 1 / 60  # one frame of a 60 Hz screen: the unit of "one frame's worth"


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def child(seconds: float, mode: str) -> dict:
    """Runs in the measured process: the real main window on the real clock."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from backtimer.core import catalog
    from backtimer.core.clock import MonotonicClock, local_now
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.player import figure
    from backtimer.ui.player.figure import FigureView
    from backtimer.ui.player.runner import SessionRunner
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.workout.workout import Workout

    if mode == "still":
        FigureView._frame_ms = lambda self: 10 ** 8  # the frame timer never fires
    elif mode == "every-frame":
        figure.SUBPIXEL = 0.0  # paint every frame, even when the figure moved < half a pixel
    looks: list[tuple[int, bool]] = []  # each frame timer tick: when, and whether it moved
    refresh = FigureView.refresh

    def looking(self) -> None:
        refresh(self)
        looks.append((time.monotonic_ns(), bool(self.moment and self.moment.moving)))

    FigureView.refresh = looking

    app = QApplication.instance() or QApplication([])
    data = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-figure-{os.getpid()}"
    settings = Settings(data / "settings.json")
    settings.update({"safety_notice_seen": True, "voice_enabled": False,
                     "sounds_enabled": False, "pain_checkins": False})
    clock = MonotonicClock()
    runner = SessionRunner(clock, app, now=local_now)
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    workout = Workout(runner, settings, app, now=local_now, lang="en")
    window = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                        store=None, lang="en", now=local_now)
    window.resize(1280, 800)
    window.show()
    window.open_player(library.get("lower-back-strength"))
    view = window.player
    paints: list[tuple] = []

    def on_painted(moment) -> None:
        # Only cheap bookkeeping here: poses are compared after the run.
        session = runner.session
        paints.append((time.monotonic_ns(), moment, session.segment,
                       session.elapsed_in_segment_ns() / 1e9, view.figure_moment()))

    view.illustration.painted.connect(on_painted)
    end: dict[str, float] = {}

    def finish() -> None:
        end["cpu"], end["wall"] = time.process_time() - cpu0, time.monotonic() - wall0
        app.quit()

    cpu0, wall0 = time.process_time(), time.monotonic()
    runner.start()
    QTimer.singleShot(int(seconds * 1000), finish)
    app.exec()
    runner.stop()
    window.close()
    skipped = view.illustration.skipped
    # The frame clock's pacing: intervals between looks at the session while the body moves.
    ticks = [(b[0] - a[0]) / 1e6 for a, b in itertools.pairwise(looks) if a[1] and b[1]]
    return {"cpu_percent": 100 * end["cpu"] / end["wall"], "skipped": skipped,
            "tick_gaps_ms": ticks, **_analyse(paints)}


def _distance(a, b) -> float:
    return max(math.dist(a.joints[k], b.joints[k]) for k in a.joints)


def _analyse(paints: list[tuple]) -> dict:
    from backtimer.core.figure import pose_at
    from backtimer.core.figure.moment import moment_of

    def pose(m):
        return pose_at(m.exercise_id, m.phase, m.fraction, m.side)

    fastest: dict[tuple, float] = {}

    def one_frame_at_full_speed(segment, elapsed) -> float:
        """How far the body moves in one frame at the fastest point of this part of the rep
        (or of this loop): what a picture one frame late would be off by, at worst."""
        part = next((p for p in segment.phases
                     if p.start_s <= elapsed < p.start_s + p.duration_s), None)
        start, length = (part.start_s, part.duration_s) if part else (0.0, segment.nominal_s)
        key = (segment.index, start)
        if key not in fastest:
            steps = [moment_of(segment, start + length * k / 40, running=True)
                     for k in range(40)]
            fastest[key] = max(_distance(pose(m), pose(moment_of(
                segment, start + length * k / 40 + FRAME_S, running=True)))
                for k, m in enumerate(steps))
        return fastest[key]

    moving_gaps, still_repaints, errors, ratios = [], 0, [], []
    previous = None
    for t, painted, segment, elapsed, now in paints:
        if previous is not None:
            t0, before = previous
            if painted.moving and before.moving:
                moving_gaps.append((t - t0) / 1e6)
            elif not painted.moving and painted == before:
                still_repaints += 1  # painted again though nothing moved
        previous = (t, painted)
        if now is None or not painted.moving:
            continue
        # How far the picture is from the session's time once it is painted.
        error = _distance(pose(painted), pose(now))
        errors.append(error)
        worth = one_frame_at_full_speed(segment, elapsed)
        if worth > 1e-6:
            ratios.append(error / worth)
    return {"paints": len(paints), "moving_gaps_ms": moving_gaps,
            "still_repaints": still_repaints, "pose_error": errors, "error_per_frame": ratios}


def _measure(seconds: float, mode: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--seconds",
               str(seconds), "--mode", mode]
    out = subprocess.run(command, capture_output=True, text=True, check=True,
                         timeout=seconds * 3 + 60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(long: bool = False, seconds: float | None = None) -> list[Result]:
    seconds = seconds or (600.0 if long else 120.0)
    moving = _measure(seconds, "animate")
    every = _measure(seconds, "every-frame")
    still = _measure(seconds, "still")
    gaps, ticks, all_gaps = moving["moving_gaps_ms"], moving["tick_gaps_ms"], \
        every["moving_gaps_ms"]
    tag = f"{seconds:.0f} s of Lower-back strength"
    ratios = moving["error_per_frame"]
    return [
        Result(f"figure: CPU of the player process, animating ({tag})",
               moving["cpu_percent"], "% of a core", "<= 3 %",
               "the same run with the figure's frames held off", still["cpu_percent"],
               moving["cpu_percent"] <= 3,
               note=f"{moving['paints']} paints of the figure against {still['paints']}; "
                    f"{moving['skipped']} frames left unpainted (moved < half a pixel)"),
        Result(f"figure: CPU, painting every frame, also those moved < half a pixel ({tag})",
               every["cpu_percent"], "% of a core", "informative",
               "the same run with the figure's frames held off", still["cpu_percent"],
               note=f"{every['paints']} paints"),
        Result(f"figure: interval between looks at the session's clock while the body moves, "
               f"p95 ({tag})", _quantile(ticks, 0.95), "ms", "<= 25 ms",
               met=_quantile(ticks, 0.95) <= 25,
               note=f"median {_quantile(ticks, 0.5):.1f} ms, p99 {_quantile(ticks, 0.99):.1f} "
                    f"ms, {len(ticks)} intervals: the frame timer's pace"),
        Result(f"figure: interval between repaints while the body moves, p95, painting every "
               f"frame ({tag})", _quantile(all_gaps, 0.95), "ms", "<= 25 ms",
               met=_quantile(all_gaps, 0.95) <= 25,
               note=f"median {_quantile(all_gaps, 0.5):.1f} ms, p99 "
                    f"{_quantile(all_gaps, 0.99):.1f} ms, {len(all_gaps)} intervals"),
        Result(f"figure: interval between repaints while the body moves, p95, as shipped "
               f"(frames moved < half a pixel left unpainted; {tag})",
               _quantile(gaps, 0.95), "ms", "informative",
               note=f"median {_quantile(gaps, 0.5):.1f} ms, p99 {_quantile(gaps, 0.99):.1f} ms,"
                    f" {len(gaps)} intervals; longer only where the body moves slower than "
                    f"half a pixel per frame"),
        Result(f"figure: repaints while the body is still (holds, rests; {tag})",
               moving["still_repaints"], "repaints", "0", met=moving["still_repaints"] == 0),
        Result(f"figure: painted pose against pose_at(session time) once painted, max ({tag})",
               max(ratios, default=0.0), "frames of movement at full speed", "<= 1",
               met=max(ratios, default=0.0) <= 1,
               note=f"median {_quantile(ratios, 0.5):.3f}, p99 {_quantile(ratios, 0.99):.3f}; "
                    f"largest distance "
                    f"{max(moving['pose_error'], default=0.0):.2f} figure units "
                    f"(a lying figure is ~300 wide)"),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="animate", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.seconds, args.mode)))
        return 0
    for row in run(seconds=args.seconds):
        print(row.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
