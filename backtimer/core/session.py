"""The workout session: a state machine over a timeline and an injected clock, returning events."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from backtimer.core.clock import NS, Clock
from backtimer.core.session_events import (
    ACTIVE,
    CueDue,
    Event,
    RepCounted,
    SegmentStarted,
    SessionFinished,
    SideSwitched,
    State,
    StateChanged,
    StepCompleted,
    SuspendDetected,
)
from backtimer.core.timeline import COUNTDOWN_FROM, Cue, CueKind, Segment, SegmentKind, Timeline

# A gap between two updates longer than this (in real seconds) is a suspend, not a slow tick.
SUSPEND_THRESHOLD_S = 5.0
# A cue later than this (in real seconds) is dropped: a "3" heard during "1" only confuses.
STALE_CUE_S = 1.0
# Pressing "back" later than this into a step restarts it; earlier goes to the step before.
BACK_RESTARTS_AFTER_S = 3.0


@dataclass
class _StepProgress:
    """What was done of one step, segment by segment: a segment done twice (after back or
    restart) counts once, at its best, and nothing done is lost by a later key."""

    done: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # index → work, reps, sets
    reported: bool = False

    def record(self, index: int, work_ns: int, reps: int = 0, sets: int = 0) -> None:
        before = self.done.get(index, (0, 0, 0))
        self.done[index] = (max(before[0], work_ns), max(before[1], reps), max(before[2], sets))

    @property
    def work_ns(self) -> int:
        return sum(work for work, _, _ in self.done.values())

    @property
    def reps(self) -> int:
        return sum(reps for _, reps, _ in self.done.values())

    @property
    def sets(self) -> int:
        return sum(sets for _, _, sets in self.done.values())


class Session:
    """Runs a timeline against a clock. Every command returns the events it caused.

    Time in a segment is always ``now - segment start``; pause keeps the elapsed time and
    resume re-bases the start, so nothing depends on how often ``update`` is called.
    """

    def __init__(self, timeline: Timeline, clock: Clock, *, resume_lead_in_s: float = 3.0,
                 suspend_threshold_s: float = SUSPEND_THRESHOLD_S, cue_lead_s: float = 0.0):
        if not timeline.segments:
            raise ValueError("a session needs at least one segment")
        self.timeline = timeline
        self._clock = clock
        self._resume_lead_in_ns = int(resume_lead_in_s * NS)
        self._suspend_ns = int(suspend_threshold_s * NS * clock.scale)
        self._stale_ns = int(STALE_CUE_S * NS * clock.scale)
        self.state = State.IDLE
        self._index = 0
        self._seg_start_ns = 0
        self._paused_elapsed_ns = 0
        self._ready_until_ns = 0
        self._ready_cues: list[Cue] = []
        self._cue_pos = 0
        self._last_update_ns: int | None = None
        self._last_asleep_ns: int | None = clock.asleep_ns()
        # Cues are handed out this early so the sound, after the audio path's latency, lands
        # on the boundary; cues of the next segment may go out before it starts.
        self._cue_lead_ns = int(cue_lead_s * NS * clock.scale)
        self._preemitted: tuple[int, int] = (-1, 0)
        self._progress = [_StepProgress() for _ in timeline.routine.steps]

    # --- queries ------------------------------------------------------------------------------

    @property
    def segment(self) -> Segment:
        return self.timeline.segments[self._index]

    @property
    def next_segment(self) -> Segment | None:
        segments = self.timeline.segments
        return segments[self._index + 1] if self._index + 1 < len(segments) else None

    def elapsed_in_segment_ns(self) -> int:
        if self.state in (State.RUNNING, State.LEAD_IN):
            return max(0, self._clock.now_ns() - self._seg_start_ns)
        return self._paused_elapsed_ns

    def remaining_s(self) -> float | None:
        """Seconds left in the segment; None while a self-paced set waits for "done"."""
        duration = self.segment.duration_s
        if duration is None:
            return None
        return max(0.0, duration - self.elapsed_in_segment_ns() / NS)

    def display_seconds(self) -> int | None:
        """The whole seconds a countdown shows: 5, 4, …, 1, changing on exact boundaries."""
        remaining = self.remaining_s()
        if remaining is None:
            return None
        return math.ceil(round(remaining, 6))

    def ready_remaining_s(self) -> float:
        if self.state is not State.GETTING_READY:
            return 0.0
        return max(0.0, (self._ready_until_ns - self._clock.now_ns()) / NS)

    def segment_fraction(self) -> float:
        """How much of the segment is done, 0…1 (0 for a self-paced set)."""
        duration = self.segment.duration_s
        if not duration:
            return 0.0
        return min(1.0, self.elapsed_in_segment_ns() / NS / duration)

    def routine_elapsed_s(self) -> float:
        if self.state is State.FINISHED:
            return self.timeline.total_s
        elapsed = self.elapsed_in_segment_ns() / NS
        return self.segment.start_s + min(elapsed, self.segment.nominal_s)

    def routine_remaining_s(self) -> float:
        return max(0.0, self.timeline.total_s - self.routine_elapsed_s())

    def current_phase(self) -> str | None:
        """"up", "hold" or "down" within a timed rep; None elsewhere."""
        elapsed = self.elapsed_in_segment_ns() / NS
        for phase in reversed(self.segment.phases):
            if elapsed >= phase.start_s:
                return phase.name
        return None

    def work_s(self) -> float:
        return sum(p.work_ns for p in self._progress) / NS

    def next_deadline_ns(self) -> int | None:
        """Clock time of the next visible change (second, cue, phase, end); None when idle."""
        now = self._clock.now_ns()
        if self.state is State.GETTING_READY:
            left = self._ready_until_ns - now
            return now + (left - (left // NS) * NS or NS)
        if self.state not in (State.RUNNING, State.LEAD_IN):
            return None
        start = self._seg_start_ns
        elapsed = now - start
        duration = self.segment.duration_s
        candidates = []
        if duration is None:
            candidates.append(start + (elapsed // NS + 1) * NS)  # a count-up ticks each second
        else:
            end = int(duration * NS)
            left = end - elapsed
            candidates.append(now + (left - (left // NS) * NS or NS))  # next whole second left
            candidates.append(start + end)
        for cue in self.segment.cues[self._cue_pos:]:
            candidates.append(start + int(cue.at_s * NS) - self._cue_lead_ns)
        following = self.next_segment
        if duration is not None and following is not None and self._cue_lead_ns:
            for cue in following.cues[self._preemitted_count(following.index):]:
                candidates.append(start + int(duration * NS + cue.at_s * NS) - self._cue_lead_ns)
        for phase in self.segment.phases:
            candidates.append(start + int(phase.start_s * NS))
        later = [t for t in candidates if t > now]
        return min(later) if later else now + NS

    # --- commands -----------------------------------------------------------------------------

    def start(self) -> list[Event]:
        if self.state is not State.IDLE:
            return []
        now = self._clock.now_ns()
        self._last_update_ns = now
        # Cues at 0 (a 3 s lead-in's "3", the "go" of a routine without lead-in) are due now.
        return self._enter(0, now) + self._due_cues(now)

    def update(self) -> list[Event]:
        """Advance to the clock's now: finish segments whose time is up, emit due cues."""
        now = self._clock.now_ns()
        events: list[Event] = []
        last, self._last_update_ns = self._last_update_ns, now
        asleep_before, self._last_asleep_ns = self._last_asleep_ns, self._clock.asleep_ns()
        if self.state not in ACTIVE:
            return events
        if last is not None and now - last > self._suspend_ns and self._slept(asleep_before):
            # The machine slept: freeze where we were before it, do not run exercises unseen.
            frozen_at = last
            if self.state is not State.GETTING_READY:
                self._paused_elapsed_ns = max(0, frozen_at - self._seg_start_ns)
            self.state = State.PAUSED
            return [SuspendDetected((now - last) / NS / self._clock.scale),
                    StateChanged(State.PAUSED)]
        if self.state is State.GETTING_READY:
            events += self._due_ready_cues(now)
            if now < self._ready_until_ns:
                return events
            self._seg_start_ns = self._ready_until_ns - self._paused_elapsed_ns
            self.state = self._running_state()
            events.append(StateChanged(self.state))
        while True:
            events += self._due_cues(now)
            duration = self.segment.duration_s
            if duration is None:
                break
            end = self._seg_start_ns + int(duration * NS)
            if now < end:
                break
            events += self._advance(end, now, completed=True)
            if self.state is State.FINISHED:
                break
        return events

    def pause(self) -> list[Event]:
        if self.state not in ACTIVE:
            return []
        events = self.update()
        if self.state not in ACTIVE:
            return events
        if self.state is not State.GETTING_READY:
            self._paused_elapsed_ns = self._clock.now_ns() - self._seg_start_ns
        self.state = State.PAUSED
        return [*events, StateChanged(State.PAUSED)]

    def resume(self) -> list[Event]:
        if self.state is not State.PAUSED:
            return []
        self._last_update_ns = self._clock.now_ns()
        return self._get_ready()

    def toggle_pause(self) -> list[Event]:
        if self.state is State.IDLE:
            return self.start()
        if self.state is State.PAUSED:
            return self.resume()
        return self.pause()

    def done(self) -> list[Event]:
        """The user finished a self-paced set."""
        if self.state not in (State.RUNNING,) or not self.segment.self_paced:
            return []
        now = self._clock.now_ns()
        return self._advance(now, now, completed=True)

    def skip(self) -> list[Event]:
        """To the next work: past a pause, or from work to the next exercise."""
        if self.state not in ACTIVE and self.state is not State.PAUSED:
            return []
        current = self.segment
        self._keep_partial_work()
        if current.kind is SegmentKind.WORK:
            assert current.step_index is not None
            target = self._next_step_start(current.step_index)
        else:
            target = self._index + 1
        events = self._leave_step(current, completed=False, moving_to=target)
        if target is None or target >= len(self.timeline.segments):
            return events + self._finish(completed=True)
        return events + self._jump(target)

    def back(self) -> list[Event]:
        """Restart this step, or go to the previous one when this one has only just begun."""
        if self.state not in ACTIVE and self.state is not State.PAUSED:
            return []
        current = self.segment
        step = current.step_index
        if step is None:
            return self._jump(0)
        self._keep_partial_work()
        first = self.timeline.first_of_step(step)
        just_started = (self._index == first
                        and self.elapsed_in_segment_ns() < BACK_RESTARTS_AFTER_S * NS)
        target = self.timeline.first_of_step(step - 1) if just_started and step > 0 else first
        events = self._leave_step(current, completed=False, moving_to=target)
        return events + self._jump(target)

    def restart_step(self) -> list[Event]:
        """Do the current set on this side again (the left side, done, stays done); from a rest
        or a switch, the whole step."""
        step = self.segment.step_index
        if step is None:
            return self._jump(0)
        self._keep_partial_work()
        return self._jump(self._start_of_run(self._index))

    def stop(self) -> list[Event]:
        if self.state in (State.FINISHED, State.ABANDONED, State.IDLE):
            return []
        self._keep_partial_work()
        events = self._leave_step(self.segment, completed=False, moving_to=None)
        return events + self._finish(completed=False)

    # --- internals ----------------------------------------------------------------------------

    def _slept(self, asleep_before: int | None) -> bool:
        """Whether a long gap between two updates was a suspend: where the clock can tell, only
        if it slept; a process that stalled (a disk wait, a busy machine) while the person went
        on exercising is not a suspend."""
        asleep_now = self._last_asleep_ns
        if asleep_before is None or asleep_now is None:
            return True
        return asleep_now - asleep_before > self._suspend_ns

    def _running_state(self) -> State:
        return State.LEAD_IN if self.segment.kind is SegmentKind.LEAD_IN else State.RUNNING

    def _enter(self, index: int, start_ns: int) -> list[Event]:
        previous = self.segment if self.state is not State.IDLE else None
        self._index = index
        self._seg_start_ns = start_ns
        self._paused_elapsed_ns = 0
        self._cue_pos = self._preemitted_count(index)
        self._preemitted = (-1, 0)
        events: list[Event] = []
        segment = self.segment
        state = self._running_state()
        if state is not self.state:
            self.state = state
            events.append(StateChanged(state))
        events.append(SegmentStarted(segment))
        if segment.side == "right" and previous is not None and previous.side == "left":
            assert segment.step_index is not None
            events.append(SideSwitched(segment.step_index, "right"))
        return events

    def _preemitted_count(self, index: int) -> int:
        return self._preemitted[1] if self._preemitted[0] == index else 0

    def _due_cues(self, now: int) -> list[Event]:
        events: list[Event] = []
        horizon = now + self._cue_lead_ns
        cues = self.segment.cues
        while self._cue_pos < len(cues):
            cue = cues[self._cue_pos]
            at = self._seg_start_ns + int(cue.at_s * NS)
            if at > horizon:
                break
            self._cue_pos += 1
            if now - at <= self._stale_ns:
                events.append(CueDue(cue, self.segment))
        duration = self.segment.duration_s
        following = self.next_segment
        if (self._cue_lead_ns and duration is not None and following is not None
                and self._cue_pos >= len(cues)):
            start = self._seg_start_ns + int(duration * NS)
            done = self._preemitted_count(following.index)
            while done < len(following.cues):
                cue = following.cues[done]
                if start + int(cue.at_s * NS) > horizon:
                    break
                done += 1
                events.append(CueDue(cue, following))
            self._preemitted = (following.index, done)
        return events

    def _due_ready_cues(self, now: int) -> list[Event]:
        events: list[Event] = []
        while self._ready_cues:
            cue = self._ready_cues[0]
            at = self._ready_until_ns - int(cue.at_s * NS)
            if at > now:
                break
            self._ready_cues.pop(0)
            if now - at <= self._stale_ns:
                events.append(CueDue(cue, None))
        return events

    def _advance(self, end_ns: int, now: int, *, completed: bool) -> list[Event]:
        """The current segment ran its course at ``end_ns``; move on to the next one."""
        segment = self.segment
        events: list[Event] = []
        if segment.kind is SegmentKind.WORK and segment.step_index is not None:
            reps = 1 if segment.rep_no is not None else segment.reps or 0
            sets = 1 if segment.rep_no is None or segment.rep_no == segment.reps else 0
            self._progress[segment.step_index].record(segment.index, end_ns - self._seg_start_ns,
                                                      reps, sets)
            if segment.rep_no is not None:
                events.append(RepCounted(segment.step_index, segment.set_no, segment.rep_no,
                                         segment.reps, segment.side))
        following = self._index + 1
        events += self._leave_step(segment, completed=completed, moving_to=following)
        if following >= len(self.timeline.segments):
            return events + self._finish(completed=True)
        events += self._enter(following, end_ns)
        return events

    def _leave_step(self, segment: Segment, *, completed: bool,
                    moving_to: int | None) -> list[Event]:
        """Report the step once when the session leaves its work for good."""
        step = segment.step_index
        if step is None:
            return []
        if moving_to is not None and moving_to < len(self.timeline.segments):
            target = self.timeline.segments[moving_to]
            # Work, a switch or a rest between sets keep the step open; the rest after it closes it.
            if target.step_index == step and (target.kind is not SegmentKind.REST
                                              or self._more_work_in_step(moving_to, step)):
                return []
        progress = self._progress[step]
        if progress.reported:
            return []
        progress.reported = True
        return [StepCompleted(step, segment.exercise_id if segment.kind is SegmentKind.WORK
                              else self.timeline.routine.steps[step].exercise,
                              completed, progress.work_ns / NS, progress.reps, progress.sets)]

    def _more_work_in_step(self, index: int, step: int) -> bool:
        for segment in self.timeline.segments[index:]:
            if segment.step_index != step:
                return False
            if segment.kind is SegmentKind.WORK:
                return True
        return False

    def _next_step_start(self, step_index: int) -> int | None:
        for later in range(step_index + 1, len(self.timeline.routine.steps)):
            first = self.timeline.first_of_step(later)
            if first is not None:
                return first
        return None

    def _keep_partial_work(self) -> None:
        """A hold or rep left half-way still counts its seconds (not as a rep or a set)."""
        segment = self.segment
        if segment.kind is SegmentKind.WORK and segment.step_index is not None:
            elapsed = self.elapsed_in_segment_ns()
            if segment.duration_s is not None:
                elapsed = min(elapsed, int(segment.duration_s * NS))
            self._progress[segment.step_index].record(segment.index, elapsed)

    def _start_of_run(self, index: int) -> int:
        """The first segment of the set and side that ``index`` belongs to (its work), or the
        step's first work outside work."""
        segments = self.timeline.segments
        segment = segments[index]
        if segment.kind is not SegmentKind.WORK:
            first = self.timeline.first_of_step(segment.step_index)
            return index if first is None else first
        while index > 0:
            before = segments[index - 1]
            if (before.kind is not SegmentKind.WORK or before.step_index != segment.step_index
                    or before.set_no != segment.set_no or before.side != segment.side):
                break
            index -= 1
        return index

    def _jump(self, target: int | None) -> list[Event]:
        if target is None:
            return []
        was_paused = self.state is State.PAUSED
        now = self._clock.now_ns()
        self._last_update_ns = now
        segment = self.timeline.segments[target]
        self._preemitted = (-1, 0)
        if segment.step_index is not None:
            # Going back to a step means doing it again: it will be reported anew, with what
            # was done of it before kept.
            self._progress[segment.step_index].reported = False
        events = self._enter(target, now)
        if segment.kind is SegmentKind.WORK or was_paused:
            events += self._get_ready()
        else:
            events += self._due_cues(now)
        return events

    def _get_ready(self) -> list[Event]:
        """A short countdown before the clock runs again, so nobody is caught off guard."""
        now = self._clock.now_ns()
        if self.state is not State.PAUSED:
            self._paused_elapsed_ns = max(0, now - self._seg_start_ns)
        # A lead-in, rest or switch is itself the count to the next work: it goes on counting
        # down from where it stood, rather than a 3-2-1 before it that makes the count jump up.
        if self._resume_lead_in_ns <= 0 or self.segment.kind is not SegmentKind.WORK:
            self._seg_start_ns = now - self._paused_elapsed_ns
            self.state = self._running_state()
            return [StateChanged(self.state), *self._due_cues(now)]
        self.state = State.GETTING_READY
        self._ready_until_ns = now + self._resume_lead_in_ns
        lead = self._resume_lead_in_ns / NS
        self._ready_cues = [Cue(CueKind.COUNTDOWN, n, n) for n in range(COUNTDOWN_FROM, 0, -1)
                            if n < lead + 1e-9]
        return [StateChanged(State.GETTING_READY), *self._due_ready_cues(now)]

    def _finish(self, *, completed: bool) -> list[Event]:
        now = self._clock.now_ns()
        if self.state in (State.RUNNING, State.LEAD_IN):
            self._paused_elapsed_ns = now - self._seg_start_ns
        self.state = State.FINISHED if completed else State.ABANDONED
        done = sum(1 for p in self._progress if p.reported and p.sets)
        events: list[Event] = [StateChanged(self.state)]
        if completed:
            events.append(CueDue(Cue(CueKind.DONE, 0.0), None))
        events.append(SessionFinished(completed, self.work_s(), done))
        return events
