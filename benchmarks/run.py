"""Runs every benchmark (benchmarks/bench_*.py) and rewrites benchmarks/RESULTS.md.

Usage: python benchmarks/run.py [--long] [--only NAME]
Each module has ``run(long: bool) -> list[Result]``; a module that cannot run here (no
pulseaudio, no display) returns rows saying so instead of failing.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")

from benchmarks.harness import Result, format_value, machine  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="longer runs (e.g. 10-min player)")
    parser.add_argument("--only", help="run only benchmarks whose module name contains this")
    args = parser.parse_args()
    modules = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if args.only:
        modules = [m for m in modules if args.only in m]
    rows: list[Result] = []
    for name in modules:
        print(f"== {name}", flush=True)
        try:
            results = importlib.import_module(f"benchmarks.{name}").run(long=args.long)
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            results = [Result(f"{name}: failed to run", float("nan"), "", "", note="see log")]
        for result in results:
            print(f"  {result.line()}", flush=True)
        rows += results
    if not args.only:
        _write(rows, args.long)
    return 0 if all(r.met is not False for r in rows) else 1


def _write(rows: list[Result], long: bool) -> None:
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    lines = [
        "# Benchmark results",
        "",
        f"Measured {now} on {machine()}{' (--long)' if long else ''}.",
        "Regenerate with `python benchmarks/run.py` (writes this file). Baselines are measured",
        "in the same run, so ratios compare like with like on a shared, noisy machine.",
        "",
        "| figure | value | target | met | baseline (same run) | ratio | note |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        baseline = ("" if r.baseline is None
                    else f"{r.baseline_name}: {format_value(r.baseline)} {r.unit}")
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(f"| {r.name} | {format_value(r.value)} {r.unit} | {r.target} | {met} | "
                     f"{baseline} | {r.ratio} | {r.note} |")
    (HERE / "RESULTS.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
