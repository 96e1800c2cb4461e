"""Listens to the session runner and writes each session into the history as it goes."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from backtimer.core.routine import Routine, Step, localized
from backtimer.core.session import SessionFinished, StepCompleted
from backtimer.storage.history import (
    HistoryError,
    HistoryStore,
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


class HistoryRecorder(QObject):
    """Writes the session row when it starts, each step when it ends, the outcome at the end.

    A write that fails never stops the workout: the recorder says so once per session and
    carries on. With ``store=None`` (the history could not be opened) it only says that.

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
        self._session_id: int | None = None
        self._last_session_id: int | None = None
        self._pending_before: int | None = None
        # The progression levels of the routine loaded (see use_levels); None: as written.
        self._levels: tuple[int, ...] | None = None
        self._failed = False
        runner.session_loaded.connect(self.on_session_loaded)
        runner.session_started.connect(self.on_session_started)
        runner.step_completed.connect(self.on_step_completed)
        runner.session_finished.connect(self.on_session_finished)

    @property
    def session_id(self) -> int | None:
        """The row of the session being written (None between sessions)."""
        return self._session_id

    # --- listeners ----------------------------------------------------------------------------

    @Slot(object)
    def on_session_loaded(self, routine: Routine) -> None:
        self._pending_before = None
        self._levels = None

    @Slot(object, object)
    def on_session_started(self, routine: Routine, started_at: datetime) -> None:
        self._routine = routine
        self._session_id = None
        self._failed = False
        if self.store is None:
            self._fail(self.tr("This session cannot be saved: %1")
                       .replace("%1", self.unavailable_reason or self.tr("no history")))
            return
        levels = self._levels
        self._write(lambda store: setattr(self, "_session_id", store.start_session(
            routine.id, localized(routine.name, self.lang), started_at,
            time_scale=self.time_scale, pain_before=self._pending_before, levels=levels)))
        self._pending_before = None

    @Slot(object)
    def on_step_completed(self, event: StepCompleted) -> None:
        session_id = self._session_id
        if self.store is None or session_id is None:
            return
        step = self._step(event.step_index)
        record = StepRecord(
            step_index=event.step_index, exercise_id=event.exercise_id,
            completed=event.completed, work_s=round(event.work_s, 3), reps=event.reps_done,
            sets=event.sets_done, sides=step.sides if step else "none",
            prescription=prescription(step) if step else {})
        self._write(lambda store: store.add_step(session_id, record))

    @Slot(object)
    def on_session_finished(self, event: SessionFinished) -> None:
        session_id, self._session_id = self._session_id, None
        if self.store is None or session_id is None:
            return
        self._last_session_id = session_id
        state = "completed" if event.completed else "stopped"
        ok = self._write(lambda store: store.finish_session(session_id, state,
                                                            work_s=round(event.work_s, 3)))
        if ok and not self._failed:
            self.session_saved.emit(self.tr("Saved in your history."))

    @Slot(str, int)
    def record_pain(self, moment: str, value: int) -> None:
        """A pain rating: "before" (asked before the start) or "after" (asked at the end)."""
        if moment == "before" and self._session_id is None:
            self._pending_before = value
            return
        target = self._session_id or self._last_session_id
        if self.store is None or target is None:
            return
        if moment == "before":
            self._write(lambda store: store.set_pain(target, before=value))
        else:
            self._write(lambda store: store.set_pain(target, after=value))

    def use_levels(self, levels: tuple[int, ...] | None) -> None:
        """The routine just loaded runs at these progression levels (None: as written); they
        are kept with its session. The workout says so after each load."""
        self._levels = levels

    @Slot(int)
    def record_hurt(self, step_index: int) -> None:
        """The person marked a step "this hurt" during the session; the mark is kept with the
        step's exercise, so it stays with that exercise when the routine is reordered."""
        target = self._session_id
        if self.store is None or target is None:
            return
        step = self._step(step_index)
        exercise = step.exercise if step is not None else None
        self._write(lambda store: store.mark_hurt(target, step_index, exercise))

    @Slot(int)
    def record_effort(self, value: int) -> None:
        """The effort rating (RPE 1–10) given after the session."""
        target = self._session_id or self._last_session_id
        if self.store is None or target is None:
            return
        self._write(lambda store: store.set_effort(target, value))

    # --- internals ----------------------------------------------------------------------------

    def _step(self, index: int) -> Step | None:
        """Step ``index`` of the routine running (as progression levelled it: same exercises)."""
        routine = self._routine
        if routine is None or not 0 <= index < len(routine.steps):
            return None
        return routine.steps[index]

    def _write(self, action) -> bool:
        try:
            action(self.store)
        except (HistoryError, OSError, ValueError) as error:
            log.warning("history write failed: %s", error)
            reason = str(error)
            if isinstance(error, StorageFull):
                reason = self.tr("the disk is full")
            elif isinstance(error, StorageReadOnly):
                reason = self.tr("the data folder cannot be written")
            self._fail(self.tr("This session could not be saved completely: %1")
                       .replace("%1", reason))
            return False
        return True

    def _fail(self, message: str) -> None:
        if self._failed:
            return  # once per session is enough; the workout goes on
        self._failed = True
        self.save_failed.emit(message)
