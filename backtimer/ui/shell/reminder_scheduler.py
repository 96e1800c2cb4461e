"""The daily reminder's timing: the next due time on the wall clock, snoozes, sleep and clock
changes, and no reminder on a day already done. The tray shows what it decides."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backtimer.core import stats
from backtimer.core.reminders import (
    SNOOZE_MINUTES,
    ReminderPlan,
    days_to_skip,
    next_due,
    parse_time,
    snoozed,
)
from backtimer.storage.history import HistoryError, weekly_summary

log = logging.getLogger("backtimer.reminders")

# The longest single wait. A QTimer runs on the monotonic clock, which stands still while the
# computer sleeps and ignores a clock that is set: waking every few minutes to compare with
# the wall clock keeps the reminder within this much of its time after a resume or a change.
MAX_WAIT_MS = 5 * 60 * 1000
# A reminder missed by more than this (the computer was off or asleep) is not shown late.
LATE_GRACE = dt.timedelta(hours=2)
# A timer firing this little before its time counts as on time.
EARLY_TOLERANCE = dt.timedelta(seconds=1)

# Reminder preferences: a change to one of these re-plans the next reminder.
PLAN_KEYS = frozenset({"reminder_enabled", "reminder_time", "reminder_weekdays",
                       "day_start_hour"})


def completed_days(store, settings, now: dt.datetime) -> frozenset[dt.date]:
    """The days (as the statistics count them) with a completed session; none without a store."""
    try:
        return weekly_summary(store, settings, now).completed_days
    except HistoryError as error:  # a reminder too many beats none at all
        log.warning("the history could not be read for the reminder: %s", error)
        return frozenset()


class ReminderScheduler(QObject):
    """Fires the daily reminder at the next due time on the wall clock.

    One single-shot timer waits for the due time, at most ``MAX_WAIT_MS`` at a time. Each time
    it fires, ``check()`` compares the due time with ``now()``: early (a capped wait, the clock
    set back, a daylight-saving change) → the time is planned again and it waits; on time or a
    little late → it reminds, unless a session was completed that day; much too late (the
    computer slept through it) → it waits for the next one.

    Signals:
        reminder_fired(): time to remind; the day has no completed session yet.
        schedule_changed(object): the next due time (aware datetime), or None for none.
    """

    reminder_fired = Signal()
    schedule_changed = Signal(object)

    def __init__(self, settings, store, parent: QObject, *,
                 now: Callable[[], dt.datetime], max_wait_ms: int = MAX_WAIT_MS):
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self._now = now
        self.max_wait_ms = max_wait_ms
        self.due: dt.datetime | None = None
        self.is_snoozed = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise, so it never fires early by the 5 % a coarse timer may.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)

    def plan(self) -> ReminderPlan | None:
        if not self.settings["reminder_enabled"]:
            return None
        at = parse_time(self.settings["reminder_time"])
        return None if at is None else ReminderPlan(at, self.settings["reminder_weekdays"])

    def _next(self, after: dt.datetime) -> dt.datetime | None:
        plan = self.plan()
        if plan is None:
            return None
        day_start = self.settings["day_start_hour"]
        skip = days_to_skip(completed_days(self.store, self.settings, after), plan.at, day_start)
        return next_due(plan, after, skip)

    def day_done(self, now: dt.datetime) -> bool:
        day_start = self.settings["day_start_hour"]
        return stats.today_for(now, day_start) in completed_days(self.store, self.settings, now)

    # --- commands -------------------------------------------------------------------------------

    def rearm(self) -> None:
        """Plan from the settings and the history again (after a change to either)."""
        self.is_snoozed = False
        self._set_due(self._next(self._now()))

    def snooze(self, minutes: int = SNOOZE_MINUTES) -> None:
        """Remind again ``minutes`` from now (a snooze also comes on a day not chosen)."""
        self.is_snoozed = True
        self._set_due(snoozed(self._now(), minutes))

    def stop(self) -> None:
        self.is_snoozed = False
        self._set_due(None)

    def check(self) -> bool:
        """The timer's handler: remind if it is time; always arm for what comes next.

        True when it reminded.
        """
        now = self._now()
        due = self.due
        if due is None:
            self.timer.stop()
            return False
        if now < due - EARLY_TOLERANCE:
            # A snooze is a fixed moment; a planned time follows the clock and the offset.
            self._set_due(due if self.is_snoozed else self._next(now))
            return False
        remind = False
        if now - due > LATE_GRACE:
            log.info("the reminder of %s was missed (the computer was off or asleep)", due)
        elif self.day_done(now):
            log.info("no reminder: a session was already completed today")
        else:
            remind = True
        self.is_snoozed = False
        # From the due time at the earliest, so a timer firing a moment early cannot repeat it.
        self._set_due(self._next(max(now, due)))
        if remind:
            self.reminder_fired.emit()
        return remind

    def _set_due(self, due: dt.datetime | None) -> None:
        self.due = due
        if due is None:
            self.timer.stop()
        else:
            wait_ms = (due - self._now()).total_seconds() * 1000
            self.timer.start(int(min(max(wait_ms, 0), self.max_wait_ms)) + 1)
        self.schedule_changed.emit(due)
