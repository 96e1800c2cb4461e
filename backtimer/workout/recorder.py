"""Listens to the session runner and writes each session into the history as it goes."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from backtimer.core.routine import Routine, Step, localized
from backtimer.core.session import SessionFinished, StepCompleted
from backtimer.storage.history import (
    HistoryError,
    HistoryStore,
    HistoryUnavailable,
    StepRecord,
    StorageFull,
    StorageReadOnly,
)

log = logging.getLogger("backtimer.history")


def prescription(step: Step) -> dict[str, Any]:
    """What the routine asked of a step, kept with what was done (routines change later)."""
    result: dict[str, Any] = {"mode": step.mode, "sets": step.sets, "sides": step.sides}
    if step.mode == "hold":
        result["hold_s"] = step.hold_s
    else:
        result["reps"] = step.reps
        result["self_paced"] = step.self_paced
    return result


class _Row:
    """The history row of one session; ``id`` is known once its start has been written."""

    __slots__ = ("id",)

    def __init__(self) -> None:
        self.id: int | None = None


# How often writes held back by another program's lock are tried again; each try waits for no
# lock, so the window never waits on the disk for another program.
RETRY_MS = 250


class HistoryRecorder(QObject):
    """Writes the session row when it starts, each step when it ends, the outcome at the end.

    Writes go through a queue, in order. A write the database refuses because another program
    holds it (a backup tool, a sync client, ``sqlite3`` in a terminal) waits in the queue and is
    tried again every ``RETRY_MS`` without blocking the window; none is lost when the lock ends,
    and the session counts as saved once its last write is in. At quit the queue gets a bounded
    last wait (``flush``). Any other failed write never stops the workout: the recorder says so
    once per session and carries on. With ``store=None`` (the history could not be opened) it
    only says that.

    Signals:
        session_saved(str): the finished session is in the history (a short message to show).
        save_failed(str): the session could not be (fully) saved; the message says why.
    """

    session_saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, store: HistoryStore | None, runner: QObject, parent: QObject, *,
                 lang: str = "en", time_scale: float = 1.0, unavailable_reason: str = ""):
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.time_scale = time_scale  # the clock's speed (--time-scale), kept with each session
        self.unavailable_reason = unavailable_reason
        self._routine: Routine | None = None
        self._row: _Row | None = None  # the session being recorded
        self._last_row: _Row | None = None  # the one finished last (ratings after the end)
        self._pending_before: int | None = None
        # The progression levels of the routine loaded (see use_levels); None: as written.
        self._levels: tuple[int, ...] | None = None
        self._failed = False
        self._queue: deque[tuple[_Row, Callable[[HistoryStore, int | None], object]]] = deque()
        self._saved_when_written: _Row | None = None  # say "saved" once its writes are in
        self._busy_logged = False
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.setObjectName("historyRetryTimer")
        self._retry.timeout.connect(self._flush)
        self._left_out = False  # a preview's session: nothing of it is written
        runner.session_loaded.connect(self.on_session_loaded)
        runner.session_started.connect(self.on_session_started)
        runner.step_completed.connect(self.on_step_completed)
        runner.session_finished.connect(self.on_session_finished)

    @property
    def session_id(self) -> int | None:
        """The row of the session being written (None between sessions, or while its start
        waits for the database)."""
        return None if self._row is None else self._row.id

    @property
    def pending(self) -> int:
        """How many writes wait for the database."""
        return len(self._queue)

    # --- listeners ----------------------------------------------------------------------------

    def leave_out(self) -> None:
        """The routine just loaded is a preview: write nothing of its session."""
        self._left_out = True

    @Slot(object)
    def on_session_loaded(self, routine: Routine) -> None:
        self._pending_before = None
        self._levels = None
        self._left_out = False

    @Slot(object, object)
    def on_session_started(self, routine: Routine, started_at: datetime) -> None:
        self._routine = routine
        self._row = None
        self._failed = False
        if self._left_out:
            self._last_row = None  # ratings after it belong to no session
            return
        if self.store is None:
            self._fail(self.tr("This session cannot be saved: %1")
                       .replace("%1", self.unavailable_reason or self.tr("no history")))
            return
        row = self._row = _Row()
        levels, before, name = self._levels, self._pending_before, localized(routine.name,
                                                                             self.lang)
        self._pending_before = None

        def start(store: HistoryStore, _id: int | None) -> None:
            row.id = store.start_session(routine.id, name, started_at,
                                         time_scale=self.time_scale, pain_before=before,
                                         levels=levels)
        self._write(row, start, needs_row=False)

    @Slot(object)
    def on_step_completed(self, event: StepCompleted) -> None:
        row = self._row
        if self.store is None or row is None:
            return
        step = self._step(event.step_index)
        record = StepRecord(
            step_index=event.step_index, exercise_id=event.exercise_id,
            completed=event.completed, work_s=round(event.work_s, 3), reps=event.reps_done,
            sets=event.sets_done, sides=step.sides if step else "none",
            prescription=prescription(step) if step else {})
        self._write(row, lambda store, row_id: store.add_step(row_id, record))

    @Slot(object)
    def on_session_finished(self, event: SessionFinished) -> None:
        row, self._row = self._row, None
        if self.store is None or row is None:
            return
        self._last_row = row
        state = "completed" if event.completed else "stopped"
        work_s = round(event.work_s, 3)
        self._saved_when_written = row
        self._write(row, lambda store, row_id: store.finish_session(row_id, state,
                                                                     work_s=work_s))

    @Slot(str, int)
    def record_pain(self, moment: str, value: int) -> None:
        """A pain rating: "before" (asked before the start) or "after" (asked at the end)."""
        if moment == "before" and self._row is None:
            self._pending_before = value
            return
        target = self._row or self._last_row
        if self.store is None or target is None:
            return
        if moment == "before":
            self._write(target, lambda store, row_id: store.set_pain(row_id, before=value))
        else:
            self._write(target, lambda store, row_id: store.set_pain(row_id, after=value))

    def use_levels(self, levels: tuple[int, ...] | None) -> None:
        """The routine just loaded runs at these progression levels (None: as written); they
        are kept with its session. The workout says so after each load."""
        self._levels = levels

    @Slot(int)
    def record_hurt(self, step_index: int) -> None:
        """The person marked a step "this hurt" during the session; the mark is kept with the
        step's exercise, so it stays with that exercise when the routine is reordered."""
        target = self._row
        if self.store is None or target is None:
            return
        step = self._step(step_index)
        exercise = step.exercise if step is not None else None
        self._write(target, lambda store, row_id: store.mark_hurt(row_id, step_index, exercise))

    @Slot(int)
    def record_effort(self, value: int) -> None:
        """The effort rating (RPE 1–10) given after the session."""
        target = self._row or self._last_row
        if self.store is None or target is None:
            return
        self._write(target, lambda store, row_id: store.set_effort(row_id, value))

    def flush(self, timeout_s: float = 15.0) -> bool:
        """Write what waits, waiting for another program's lock at most ``timeout_s`` in all
        (at quit, when nothing else is left to do); True when nothing is left."""
        self._retry.stop()
        deadline = time.monotonic() + timeout_s
        while self._queue and self.store is not None:
            self._flush(wait=True)
            if self._queue and time.monotonic() >= deadline:
                log.warning("%d history writes were held back by another program's lock and "
                            "could not be made before quitting", len(self._queue))
                self._retry.stop()
                return False
        self._retry.stop()
        return True

    # --- internals ----------------------------------------------------------------------------

    def _step(self, index: int) -> Step | None:
        """Step ``index`` of the routine running (as progression levelled it: same exercises)."""
        routine = self._routine
        if routine is None or not 0 <= index < len(routine.steps):
            return None
        return routine.steps[index]

    def _write(self, row: _Row, action, *, needs_row: bool = True) -> None:
        """Queue a write about ``row`` and make what the queue holds, in order, now if the
        database lets us. ``action(store, row_id)``; one that ``needs_row`` is dropped when its
        session's row could not be written (there is nothing to attach it to)."""
        def run(store: HistoryStore, row_id: int | None) -> object:
            if needs_row and row_id is None:
                return None
            return action(store, row_id)
        self._queue.append((row, run))
        if not self._retry.isActive():
            self._flush()

    @Slot()
    def _flush(self, wait: bool = False) -> None:
        store = self.store
        while self._queue and store is not None:
            row, run = self._queue[0]
            try:
                if wait:
                    run(store, row.id)
                else:
                    with store.without_waiting():
                        run(store, row.id)
            except HistoryUnavailable as error:
                if error.sqlite_name not in _HELD:
                    self._queue.popleft()
                    self._failed_write(row, error)
                    continue
                # Another program holds the database: keep the write, try again shortly.
                if not self._busy_logged:
                    self._busy_logged = True
                    log.warning("the history is held by another program; %d writes wait: %s",
                                len(self._queue), error.detail)
                self._retry.start()
                return
            except (HistoryError, OSError, ValueError) as error:
                self._queue.popleft()
                self._failed_write(row, error)
                continue
            self._queue.popleft()
            if row is self._saved_when_written and not any(r is row for r, _ in self._queue):
                self._saved_when_written = None
                if not self._failed:
                    self.session_saved.emit(self.tr("Saved in your history."))
        if self._busy_logged and not self._queue:
            self._busy_logged = False
            log.warning("the history is free again; every write waiting was made")

    def _failed_write(self, row: _Row, error: Exception) -> None:
        log.warning("history write failed: %s", error)
        if isinstance(error, StorageFull):
            reason = self.tr("the disk is full")
        elif isinstance(error, StorageReadOnly):
            reason = self.tr("the data folder cannot be written")
        elif isinstance(error, HistoryError):
            reason = error.detail
        else:
            reason = str(error)
        if row.id is None:  # not even its start is in the history
            self._fail(self.tr("This session could not be saved: %1").replace("%1", reason))
        else:
            self._fail(self.tr("This session could not be saved completely: %1")
                       .replace("%1", reason))
        if row is self._saved_when_written and not any(r is row for r, _ in self._queue):
            self._saved_when_written = None

    def _fail(self, message: str) -> None:
        if self._failed:
            return  # once per session is enough; the workout goes on
        self._failed = True
        self.save_failed.emit(message)


# SQLite's names for "another connection holds the database": wait and try again.
_HELD = {"SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY",
         "SQLITE_LOCKED_SHAREDCACHE"}
