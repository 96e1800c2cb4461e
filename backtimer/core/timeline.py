"""A routine expanded into a flat list of timed segments (lead-in, work, rest, switch) with cues."""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field

from backtimer.core.routine import SELF_PACED_REP_ESTIMATE_S, Routine, Step

# Holds at least this long get a "halfway" cue and a 3-2-1 before they end.
LONG_HOLD_S = 20.0
COUNTDOWN_FROM = 3


class SegmentKind(enum.Enum):
    LEAD_IN = "lead_in"
    WORK = "work"
    REST = "rest"
    SWITCH = "switch"


class CueKind(enum.Enum):
    COUNTDOWN = "countdown"
    GO = "go"
    HALFWAY = "halfway"
    SWITCH = "switch"
    REST = "rest"
    LAST_REP = "last_rep"
    TICK = "tick"
    DONE = "done"


@dataclass(frozen=True)
class Cue:
    kind: CueKind
    at_s: float  # offset from the start of its segment
    count: int = 0  # 3, 2, 1 for countdown cues


@dataclass(frozen=True)
class Phase:
    """One part of a timed rep, so the illustration can move with the tempo."""

    name: str  # "up", "hold" or "down"
    start_s: float
    duration_s: float


@dataclass(frozen=True)
class Segment:
    index: int
    kind: SegmentKind
    start_s: float  # nominal offset from the routine's start
    duration_s: float | None  # None: self-paced, ends when the user says "done"
    nominal_s: float  # duration_s, or its estimate for a self-paced set
    step_index: int | None  # None for the lead-in
    exercise_id: str  # for rests, switch and lead-in: the exercise that comes next
    set_no: int = 0
    sets: int = 0
    rep_no: int | None = None  # None for a hold or a self-paced set
    reps: int = 0
    side: str | None = None  # "left", "right" or None
    phases: tuple[Phase, ...] = ()
    cues: tuple[Cue, ...] = ()

    @property
    def self_paced(self) -> bool:
        return self.duration_s is None


@dataclass(frozen=True)
class Timeline:
    routine: Routine
    segments: tuple[Segment, ...]
    total_s: float = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total_s", sum(s.nominal_s for s in self.segments))

    def first_of_step(self, step_index: int) -> int | None:
        """Index of the first work segment of a step."""
        for segment in self.segments:
            if segment.step_index == step_index and segment.kind is SegmentKind.WORK:
                return segment.index
        return None


@dataclass
class _Draft:
    kind: SegmentKind
    duration_s: float | None
    nominal_s: float
    step_index: int | None
    exercise_id: str
    set_no: int = 0
    sets: int = 0
    rep_no: int | None = None
    reps: int = 0
    side: str | None = None
    phases: tuple[Phase, ...] = ()
    cues: list[Cue] = field(default_factory=list)


def _work_drafts(step: Step, index: int) -> list[_Draft]:
    drafts: list[_Draft] = []
    sides: list[str | None] = ["left", "right"] if step.sides == "both" else [None]
    for side_no, side in enumerate(sides):
        if side_no > 0 and step.switch_s > 0:
            drafts.append(_Draft(SegmentKind.SWITCH, step.switch_s, step.switch_s, index,
                                 step.exercise, side=side, cues=[Cue(CueKind.SWITCH, 0.0)]))
        for set_no in range(1, step.sets + 1):
            if set_no > 1 and step.rest_between_sets_s > 0:
                drafts.append(_Draft(SegmentKind.REST, step.rest_between_sets_s,
                                     step.rest_between_sets_s, index, step.exercise,
                                     set_no=set_no, sets=step.sets, side=side,
                                     cues=[Cue(CueKind.REST, 0.0)]))
            common = dict(step_index=index, exercise_id=step.exercise, set_no=set_no,
                          sets=step.sets, reps=step.reps if step.mode == "reps" else 0,
                          side=side)
            if step.mode == "hold":
                drafts.append(_Draft(SegmentKind.WORK, step.hold_s, step.hold_s, **common,
                                     cues=_hold_cues(step.hold_s)))
            elif step.tempo is None:
                estimate = step.reps * SELF_PACED_REP_ESTIMATE_S
                drafts.append(_Draft(SegmentKind.WORK, None, estimate, **common,
                                     cues=[Cue(CueKind.GO, 0.0)]))
            else:
                drafts.extend(_rep_drafts(step, common))
    return drafts


def _hold_cues(hold_s: float) -> list[Cue]:
    cues = [Cue(CueKind.GO, 0.0)]
    if hold_s >= LONG_HOLD_S:
        cues.append(Cue(CueKind.HALFWAY, hold_s / 2))
        cues.extend(_countdown(hold_s))
    return cues


def _rep_drafts(step: Step, common: dict) -> list[_Draft]:
    assert step.tempo is not None
    tempo = step.tempo
    phases, offset = [], 0.0
    for name, length in (("up", tempo.up_s), ("hold", tempo.hold_s), ("down", tempo.down_s)):
        if length > 0:
            phases.append(Phase(name, offset, length))
            offset += length
    drafts = []
    for rep_no in range(1, step.reps + 1):
        if rep_no > 1 and step.rest_between_reps_s > 0:
            drafts.append(_Draft(SegmentKind.REST, step.rest_between_reps_s,
                                 step.rest_between_reps_s, **common,
                                 cues=[Cue(CueKind.REST, 0.0)]))
        if rep_no == 1:
            first = CueKind.GO
        elif rep_no == step.reps:
            first = CueKind.LAST_REP
        else:
            first = CueKind.TICK
        cues = [Cue(first, 0.0)] + [Cue(CueKind.TICK, p.start_s) for p in phases[1:]]
        drafts.append(_Draft(SegmentKind.WORK, tempo.total_s, tempo.total_s, **common,
                             rep_no=rep_no, phases=tuple(phases), cues=cues))
    return drafts


def _countdown(duration_s: float) -> list[Cue]:
    return [Cue(CueKind.COUNTDOWN, duration_s - n, n)
            for n in range(COUNTDOWN_FROM, 0, -1) if duration_s - n >= 0]


def build_timeline(routine: Routine) -> Timeline:
    """Expand a routine into segments with nominal start times and the cues inside each."""
    drafts: list[_Draft] = []
    if routine.lead_in_s > 0 and routine.steps:
        drafts.append(_Draft(SegmentKind.LEAD_IN, routine.lead_in_s, routine.lead_in_s, None,
                             routine.steps[0].exercise))
    last = len(routine.steps) - 1
    for index, step in enumerate(routine.steps):
        drafts.extend(_work_drafts(step, index))
        if index < last and step.rest_after_s > 0:
            drafts.append(_Draft(SegmentKind.REST, step.rest_after_s, step.rest_after_s, index,
                                 routine.steps[index + 1].exercise,
                                 cues=[Cue(CueKind.REST, 0.0)]))
    # A pause before work counts down into it; back-to-back reps need no countdown.
    for draft, following in itertools.pairwise(drafts):
        if following.kind is SegmentKind.WORK and draft.kind is not SegmentKind.WORK:
            assert draft.duration_s is not None
            draft.cues.extend(_countdown(draft.duration_s))
    segments, start = [], 0.0
    for index, draft in enumerate(drafts):
        cues = tuple(sorted(draft.cues, key=lambda cue: cue.at_s))
        segments.append(Segment(
            index=index, kind=draft.kind, start_s=start, duration_s=draft.duration_s,
            nominal_s=draft.nominal_s, step_index=draft.step_index,
            exercise_id=draft.exercise_id, set_no=draft.set_no, sets=draft.sets,
            rep_no=draft.rep_no, reps=draft.reps, side=draft.side, phases=draft.phases,
            cues=cues,
        ))
        start += draft.nominal_s
    return Timeline(routine, tuple(segments))
