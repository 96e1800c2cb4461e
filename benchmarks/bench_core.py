"""The core alone: a 30-minute routine expanded and run through the session on a fake clock."""

from __future__ import annotations

from backtimer.core.catalog import builtin_routine
from backtimer.core.clock import FakeClock
from backtimer.core.session import Session, State
from backtimer.core.timeline import build_timeline
from benchmarks.harness import Result, median_seconds


def _run_session() -> int:
    routine = builtin_routine("full-30")
    clock = FakeClock()
    session = Session(build_timeline(routine), clock)
    session.start()
    wakeups = 0
    while session.state not in (State.FINISHED, State.ABANDONED):
        clock.set_ns(session.next_deadline_ns())
        session.update()
        wakeups += 1
    return wakeups


def _baseline(wakeups: int) -> None:
    """The same number of wake-ups doing nothing but moving a clock: the loop's own cost."""
    clock = FakeClock()
    for _ in range(wakeups):
        clock.set_ns(clock.now_ns() + 1_000_000_000)


def run(long: bool = False) -> list[Result]:
    wakeups = _run_session()
    session_s = median_seconds(_run_session, repeat=15 if long else 7)
    baseline_s = median_seconds(lambda: _baseline(wakeups), repeat=15 if long else 7)
    expand_s = median_seconds(lambda: build_timeline(builtin_routine("full-30")), repeat=21)
    return [
        Result("core: 30-min routine through the session (fake clock)", session_s * 1000, "ms",
               "<= 100 ms", "bare clock loop, same wake-ups", baseline_s * 1000,
               session_s <= 0.1, note=f"{wakeups} wake-ups"),
        Result("core: expand the 30-min routine into a timeline", expand_s * 1000, "ms",
               "<= 10 ms", met=expand_s <= 0.01),
    ]
