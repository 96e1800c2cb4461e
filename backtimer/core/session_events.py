"""What a workout session is in (State) and what it tells its listeners (the events every
command of ``core.session.Session`` returns)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from backtimer.core.timeline import Cue, Segment


class State(enum.Enum):
    IDLE = "idle"
    LEAD_IN = "lead_in"
    RUNNING = "running"
    GETTING_READY = "getting_ready"  # a short countdown after resume, skip or back
    PAUSED = "paused"
    FINISHED = "finished"
    ABANDONED = "abandoned"


ACTIVE = (State.LEAD_IN, State.RUNNING, State.GETTING_READY)


# --- events -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class StateChanged:
    state: State


@dataclass(frozen=True)
class SegmentStarted:
    segment: Segment


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    segment: Segment | None  # None for cues of the get-ready countdown and the final "done"


@dataclass(frozen=True)
class RepCounted:
    step_index: int
    set_no: int
    rep_no: int
    reps: int
    side: str | None


@dataclass(frozen=True)
class SideSwitched:
    step_index: int
    side: str


@dataclass(frozen=True)
class StepCompleted:
    step_index: int
    exercise_id: str
    completed: bool  # False: skipped or left before its end
    work_s: float
    reps_done: int
    sets_done: int


@dataclass(frozen=True)
class SessionFinished:
    completed: bool  # False: stopped early
    work_s: float
    steps_completed: int


@dataclass(frozen=True)
class SuspendDetected:
    gap_s: float


Event = (StateChanged | SegmentStarted | CueDue | RepCounted | SideSwitched | StepCompleted
         | SessionFinished | SuspendDetected)
