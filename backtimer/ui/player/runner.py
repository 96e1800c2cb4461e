"""The Qt adapter that drives a core Session from a precise timer and re-emits its events."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backtimer.core.clock import Clock, ScaledClock

if TYPE_CHECKING:
    from datetime import datetime

    from backtimer.core.routine import Routine
    from backtimer.core.session import Session


class SessionRunner(QObject):
    """Runs one session at a time. The timer only asks the clock "what time is it now".

    It is re-armed, single-shot and precise, for the session's next visible change (the next
    whole second, cue or rep phase), never counted.

    Signals:
        session_loaded(object): a routine was loaded (the Routine), not started yet.
        session_started(object, object): started: the Routine and the local start datetime.
        state_changed(str): the session's State value.
        segment_started(object): a Segment began.
        cue_due(object, object): a Cue is due now (with its Segment, or None).
        step_completed(object): a StepCompleted event.
        session_finished(object): a SessionFinished event (after it, nothing more).
        suspend_detected(float): the clock jumped this many seconds; the session paused.
        ticked(): the display should repaint (a second, a phase or a state changed).
    """

    session_loaded = Signal(object)
    session_started = Signal(object, object)
    state_changed = Signal(str)
    segment_started = Signal(object)
    cue_due = Signal(object, object)
    step_completed = Signal(object)
    session_finished = Signal(object)
    suspend_detected = Signal(float)
    ticked = Signal()

    def __init__(self, clock: Clock, parent: QObject, *, now: Callable[[], datetime],
                 cue_lead_s: float = 0.0, resume_lead_in_s: float = 3.0):
        super().__init__(parent)
        self.clock = clock
        # The wall clock, which dates a session's start (the monotonic clock above times it).
        self._now = now
        self.cue_lead_s = cue_lead_s
        self.resume_lead_in_s = resume_lead_in_s
        self.session: Session | None = None
        self.routine: Routine | None = None
        self._session_clock: Clock = clock  # the session's: faster for a preview
        self._speed = 1.0  # how much faster the session's clock runs than the runner's
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.update)

    # --- commands (each turns the session's events into signals) -----------------------------

    def load(self, routine: Routine, *, speed: float = 1.0) -> None:
        """Load ``routine``, to run ``speed`` times faster than the runner's clock (a preview
        from the routine editor), or at it."""
        # The session's modules, and Qt's enums, load with the first routine: the home screen
        # needs none of them (naming any of `Qt` builds all its enum classes, ~11 ms).
        from PySide6.QtCore import Qt

        from backtimer.core import session as core
        from backtimer.core.timeline import build_timeline

        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.stop()
        self.routine = routine
        self._speed = float(speed)
        self._session_clock = self.clock if speed == 1 else ScaledClock(speed, self.clock)
        self.session = core.Session(build_timeline(routine), self._session_clock,
                                    resume_lead_in_s=self.resume_lead_in_s,
                                    cue_lead_s=self.cue_lead_s)
        self.session_loaded.emit(routine)
        self.ticked.emit()

    def start(self) -> None:
        if self.session is None or self.session.state is not _core().State.IDLE:
            return
        self.session_started.emit(self.routine, self._now())
        self._run(self.session.start())

    def update(self) -> None:
        if self.session is not None:
            self._run(self.session.update())

    def toggle_pause(self) -> None:
        if self.session is None:
            return
        if self.session.state is _core().State.IDLE:
            self.start()
        else:
            self._run(self.session.toggle_pause())

    def pause(self) -> None:
        if self.session is not None:
            self._run(self.session.pause())

    def resume(self) -> None:
        if self.session is not None:
            self._run(self.session.resume())

    def skip(self) -> None:
        if self.session is not None:
            self._run(self.session.skip())

    def back(self) -> None:
        if self.session is not None:
            self._run(self.session.back())

    def restart_step(self) -> None:
        if self.session is not None:
            self._run(self.session.restart_step())

    def done(self) -> None:
        if self.session is not None:
            self._run(self.session.done())

    def stop(self) -> None:
        """Leave the session early; it is reported as stopped, with the steps done so far."""
        if self.session is not None:
            self._run(self.session.stop())
        self._timer.stop()

    @property
    def active(self) -> bool:
        """A workout is counting (running or in its lead-in)."""
        return self.session is not None and self.session.state in _core().ACTIVE

    @property
    def busy(self) -> bool:
        """A workout has started and not ended: counting or paused. One runs at a time."""
        if self.session is None:
            return False
        core = _core()
        return self.session.state in (*core.ACTIVE, core.State.PAUSED)

    # --- internals ----------------------------------------------------------------------------

    def _run(self, events: list) -> None:
        for event in events:
            self._dispatch(event)
        self._arm()
        self.ticked.emit()

    def _dispatch(self, event: object) -> None:
        core = _core()
        match event:
            case core.StateChanged(state=state):
                self.state_changed.emit(state.value)
            case core.SegmentStarted(segment=segment):
                self.segment_started.emit(segment)
            case core.CueDue(cue=cue, segment=segment):
                self.cue_due.emit(cue, segment)
            case core.StepCompleted():
                self.step_completed.emit(event)
            case core.SessionFinished():
                self.session_finished.emit(event)
            case core.SuspendDetected(gap_s=gap):
                self.suspend_detected.emit(gap)

    def _arm(self) -> None:
        session = self.session
        deadline = None if session is None else session.next_deadline_ns()
        if deadline is None:
            self._timer.stop()
            return
        clock = self._session_clock
        clock_ns = max(0, deadline - clock.now_ns())
        # Qt timers take whole milliseconds and may fire a little early: round up, and the
        # session simply finds nothing due yet if it is woken before its time.
        real_ms = -(-int(clock_ns / (self._speed * self.clock.scale)) // 1_000_000)
        self._timer.start(max(1, min(real_ms, 1000)))


def _core():
    """backtimer.core.session, imported when a routine is first loaded (it is by then)."""
    from backtimer.core import session

    return session
