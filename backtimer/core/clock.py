"""Clocks the session reads: the real monotonic one, a scaled one for demos, a fake for tests;
and the local wall clock, which dates sessions and counts days and weeks."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from datetime import datetime

NS = 1_000_000_000


class Clock(Protocol):
    # How many clock seconds pass per real second (1 for real time).
    scale: float

    def now_ns(self) -> int: ...

    def asleep_ns(self) -> int | None:
        """Clock time the machine has spent suspended since some fixed moment, or None where
        the platform cannot tell a suspend from a process that was merely stalled."""
        ...


def _boot_minus_monotonic_ns() -> int | None:
    # On Linux CLOCK_BOOTTIME goes on during a suspend and CLOCK_MONOTONIC stops: their
    # difference grows by exactly the time asleep, and not at all while a process stalls.
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is None:
        return None
    return time.clock_gettime_ns(boottime) - time.monotonic_ns()


class MonotonicClock:
    """Real time from ``time.monotonic_ns``: never jumps back, unaffected by wall-clock changes."""

    scale = 1.0

    def now_ns(self) -> int:
        return time.monotonic_ns()

    def asleep_ns(self) -> int | None:
        return _boot_minus_monotonic_ns()


class ScaledClock:
    """Runs ``scale`` times faster than ``base`` (``--time-scale``), counted from its creation."""

    def __init__(self, scale: float, base: Clock | None = None):
        if not scale > 0:
            raise ValueError("time scale must be positive")
        self.scale = float(scale)
        self._base = base or MonotonicClock()
        self._origin = self._base.now_ns()

    def now_ns(self) -> int:
        return self._origin + int((self._base.now_ns() - self._origin) * self.scale)

    def asleep_ns(self) -> int | None:
        asleep = self._base.asleep_ns()
        return None if asleep is None else int(asleep * self.scale)


class FakeClock:
    """A clock that moves only when told to; tests step time by hand."""

    scale = 1.0

    def __init__(self, start_s: float = 1000.0, *, knows_sleep: bool = False):
        self._now = int(start_s * NS)
        # Like Linux (True: suspends are told apart from stalls) or not (False: only the gap
        # between two updates can tell).
        self._asleep: int | None = 0 if knows_sleep else None

    def now_ns(self) -> int:
        return self._now

    def asleep_ns(self) -> int | None:
        return self._asleep

    def sleep(self, seconds: float) -> None:
        """The machine is suspended for ``seconds``: time passes, and the clock knows it slept."""
        self.advance(seconds)
        if self._asleep is not None:
            self._asleep += round(seconds * NS)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock does not go back")
        self._now += round(seconds * NS)

    def run(self, seconds: float, wake: Callable[[], object], step_s: float = 0.25) -> None:
        """Let ``seconds`` pass the way a real timer would see them: in small steps, calling
        ``wake`` after each. One jump of more than a few seconds would look like a suspend."""
        while seconds > 1e-9:
            now = min(step_s, seconds)
            self.advance(now)
            wake()
            seconds -= now

    def set_ns(self, now_ns: int) -> None:
        if now_ns < self._now:
            raise ValueError("a monotonic clock does not go back")
        self._now = now_ns


_warned_offset = False


def local_now() -> datetime:
    """The wall clock, aware, in the current local offset.

    An offset Python cannot hold (24 hours or more: ``TZ=UTC+24``, ``XYZ+99``) falls back to
    UTC, with one warning: dates then follow UTC rather than stop every command."""
    global _warned_offset
    from datetime import datetime, timezone  # here: the home screen's first frame needs no date

    try:
        return datetime.now().astimezone()
    except (ValueError, OverflowError) as error:
        if not _warned_offset:
            _warned_offset = True
            logging.getLogger("backtimer").warning(
                "the local time zone (TZ=%s) has an offset of a day or more (%s); "
                "UTC is used instead", os.environ.get("TZ", ""), error)
        return datetime.now(timezone.utc)
