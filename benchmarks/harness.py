"""Shared pieces of the benchmarks: a result row, a median timer, the machine's description."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    """One figure, its target, and the baseline measured in the same run."""

    name: str
    value: float
    unit: str
    target: str  # e.g. "<= 100 ms"
    baseline_name: str = ""
    baseline: float | None = None
    met: bool | None = None  # None: no pass/fail target, informative only
    note: str = ""

    @property
    def ratio(self) -> str:
        if not self.baseline:
            return ""
        return f"{self.value / self.baseline:.2f}×"

    def line(self) -> str:
        """The figure on one line, as the run prints it: value, target, verdict, baseline."""
        verdict = {True: "met", False: "MISSED", None: ""}[self.met]
        baseline = ("" if self.baseline is None
                    else f" | {self.baseline_name}: {format_value(self.baseline)} {self.unit}"
                    f" | ratio {self.ratio}")
        return (f"{self.name}: {format_value(self.value)} {self.unit} "
                f"(target {self.target or '-'}) {verdict}{baseline}"
                + (f" [{self.note}]" if self.note else ""))


def format_value(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"


def median_seconds(action: Callable[[], object], repeat: int = 7) -> float:
    """The median wall time of ``action`` over ``repeat`` runs (shared machines are noisy)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}")
