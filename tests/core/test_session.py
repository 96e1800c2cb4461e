"""The session state machine, driven by a fake clock: no real waiting anywhere."""

from __future__ import annotations

import sys

import pytest

from backtimer.core.catalog import builtin_routine
from backtimer.core.clock import NS, FakeClock
from backtimer.core.routine import Routine, Step, Tempo
from backtimer.core.session import (
    CueDue,
    RepCounted,
    SegmentStarted,
    Session,
    SessionFinished,
    SideSwitched,
    State,
    StepCompleted,
    SuspendDetected,
)
from backtimer.core.timeline import CueKind, SegmentKind, build_timeline

ROUTINE = Routine("t", {"en": "T"}, (
    Step("superman", mode="reps", reps=3, sets=2, tempo=Tempo(1, 4, 1), rest_between_sets_s=10,
         rest_after_s=5),
    Step("knee-to-chest", mode="hold", hold_s=30, sides="both", rest_after_s=5),
    Step("pelvic-tilt", mode="reps", reps=5, tempo=None),
), lead_in_s=5)


def _session(routine=ROUTINE, **options):
    clock = FakeClock()
    return Session(build_timeline(routine), clock, **options), clock


def _go(session, clock, seconds):
    """Let ``seconds`` pass with the session updated at least every second, as the runner does."""
    events = []
    steps = int(seconds)
    for _ in range(steps):
        clock.advance(1)
        events += session.update()
    if seconds - steps:
        clock.advance(seconds - steps)
        events += session.update()
    return events


def _run_to_end(session, clock, *, done_after_s=7.0, limit=100_000):
    """Step the fake clock to each deadline the session asks for, like the Qt runner does."""
    log = []
    events = session.start()
    for _ in range(limit):
        log += [(clock.now_ns(), event) for event in events]
        if session.state in (State.FINISHED, State.ABANDONED):
            return log
        if session.segment.self_paced and session.state is State.RUNNING:
            events = []
            for _ in range(int(done_after_s)):  # the runner ticks each second meanwhile
                clock.advance(1)
                events += session.update()
            events += session.done()
            continue
        clock.set_ns(session.next_deadline_ns())
        events = session.update()
    raise AssertionError("the session never finished")


def test_a_30_minute_builtin_runs_to_the_end_with_every_segment_and_cue():
    routine = builtin_routine("full-30")
    timeline = build_timeline(routine)
    assert timeline.total_s >= 29 * 60
    session, clock = _session(routine)
    start = clock.now_ns()
    log = _run_to_end(session, clock)

    started = [e.segment.index for _, e in log if isinstance(e, SegmentStarted)]
    assert started == list(range(len(timeline.segments)))
    for at, event in log:
        if isinstance(event, SegmentStarted):  # no drift: each starts at its nominal time
            assert at - start == round(event.segment.start_s * NS)
    cues = [(at, e.cue, e.segment) for at, e in log if isinstance(e, CueDue) and e.segment]
    expected = [(start + round((s.start_s + c.at_s) * NS), c, s)
                for s in timeline.segments for c in s.cues]
    assert cues == expected  # every cue, once, in order, on time to the nanosecond
    assert isinstance(log[-1][1], SessionFinished) and log[-1][1].completed
    assert log[-1][0] - start == round(timeline.total_s * NS)
    assert [e.cue.kind for _, e in log if isinstance(e, CueDue)][-1] is CueKind.DONE
    completed = [e for _, e in log if isinstance(e, StepCompleted)]
    assert [e.step_index for e in completed] == list(range(len(routine.steps)))
    assert all(e.completed for e in completed)


def test_reps_sides_and_steps_are_reported():
    session, clock = _session()
    log = [e for _, e in _run_to_end(session, clock, done_after_s=12.0)]
    reps = [(e.set_no, e.rep_no) for e in log if isinstance(e, RepCounted)]
    assert reps == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]
    assert [e.side for e in log if isinstance(e, SideSwitched)] == ["right"]
    steps = {e.step_index: e for e in log if isinstance(e, StepCompleted)}
    assert steps[0].reps_done == 6 and steps[0].sets_done == 2 and steps[0].work_s == 36
    assert steps[1].work_s == 60
    assert steps[2].reps_done == 5 and steps[2].work_s == 12


def test_the_countdown_shows_whole_seconds_changing_on_the_boundary():
    session, clock = _session()
    session.start()
    assert session.display_seconds() == 5
    clock.advance(0.001)
    assert session.display_seconds() == 5
    clock.advance(0.999)
    assert session.display_seconds() == 4
    assert session.next_deadline_ns() == clock.now_ns() + NS


def test_pause_and_resume_keep_the_remaining_time_to_the_millisecond():
    session, clock = _session()
    session.start()
    _go(session, clock, 5 + 2.5)
    assert session.segment.kind is SegmentKind.WORK
    before = session.remaining_s()
    session.pause()
    clock.advance(100)
    assert session.update() == []
    assert session.remaining_s() == before
    session.resume()
    assert session.state is State.GETTING_READY
    _go(session, clock, 1.5)
    assert session.remaining_s() == before  # the re-lead-in does not eat the exercise
    _go(session, clock, 1.5)
    assert session.state is State.RUNNING
    assert session.remaining_s() == pytest.approx(before, abs=1e-3)
    clock.advance(0.25)
    assert session.remaining_s() == pytest.approx(before - 0.25, abs=1e-3)


def test_the_re_lead_in_before_work_counts_three_two_one():
    session, clock = _session()
    session.start()
    _go(session, clock, 5 + 2.5)
    assert session.segment.kind is SegmentKind.WORK
    session.pause()
    events = session.resume()
    for _ in range(3):
        clock.set_ns(session.next_deadline_ns())
        events += session.update()
    counts = [e.cue.count for e in events if isinstance(e, CueDue)]
    assert counts == [3, 2, 1]
    assert session.state is State.RUNNING


@pytest.mark.parametrize("where", ["lead-in", "rest"])
def test_pausing_a_count_to_the_next_work_resumes_it_without_jumping_up(where):
    """Pause at 4 in "Get ready" (or a rest): on resume the count goes on from 4, down."""
    session, clock = _session()
    session.start()
    if where == "rest":
        while session.segment.kind is not SegmentKind.REST:
            _go(session, clock, 0.5)
    _go(session, clock, 1.2)
    shown = session.display_seconds()
    session.pause()
    clock.advance(30)
    session.update()
    assert session.display_seconds() == shown
    session.resume()
    seen = [session.display_seconds()]
    for _ in range(6):
        _go(session, clock, 0.5)
        if session.segment.kind is SegmentKind.WORK:
            break
        seen.append(session.display_seconds())
    assert seen[0] == shown
    assert seen == sorted(seen, reverse=True), seen


def test_a_ten_minute_suspend_pauses_instead_of_skipping():
    session, clock = _session()
    session.start()
    _go(session, clock, 6)
    index, remaining = session.segment.index, session.remaining_s()
    clock.advance(600)
    events = session.update()
    assert any(isinstance(e, SuspendDetected) and e.gap_s == 600 for e in events)
    assert session.state is State.PAUSED
    assert session.segment.index == index
    assert session.remaining_s() == remaining


def test_where_the_clock_knows_sleep_a_stalled_process_is_not_a_suspend():
    """A 6 s disk wait on the GUI thread (another program held the database) looks like a
    suspend by the gap alone; the clocks say nobody slept, so the workout goes on."""
    clock = FakeClock(knows_sleep=True)
    session = Session(build_timeline(ROUTINE), clock)
    session.start()
    _go(session, clock, 6)
    clock.advance(6)  # stalled, awake
    events = session.update()
    assert not any(isinstance(e, SuspendDetected) for e in events)
    assert session.state is State.RUNNING
    clock.sleep(600)  # a real suspend
    events = session.update()
    assert any(isinstance(e, SuspendDetected) for e in events)
    assert session.state is State.PAUSED


def test_the_real_clock_tells_sleep_where_the_platform_can():
    from backtimer.core.clock import MonotonicClock, ScaledClock

    asleep = MonotonicClock().asleep_ns()
    if sys.platform.startswith("linux"):
        assert isinstance(asleep, int) and asleep > -NS // 1000  # two reads, microseconds apart
        assert ScaledClock(10).asleep_ns() == pytest.approx(asleep * 10, abs=10 * NS // 100)


def test_a_slow_tick_is_not_a_suspend_and_stale_cues_are_dropped():
    session, clock = _session()
    session.start()
    clock.advance(4.5)  # lead-in cues 3 (at 2 s) and 2 (at 3 s) are late by over a second
    events = session.update()
    assert session.state is State.LEAD_IN
    assert [e.cue.count for e in events if isinstance(e, CueDue)] == [1]


def test_skip_from_work_goes_to_the_next_exercise_after_a_get_ready():
    session, clock = _session()
    session.start()
    _go(session, clock, 7)
    events = session.skip()
    skipped = [e for e in events if isinstance(e, StepCompleted)]
    assert skipped and not skipped[0].completed and skipped[0].reps_done == 0
    assert session.segment.step_index == 1 and session.segment.kind is SegmentKind.WORK
    assert session.state is State.GETTING_READY
    _go(session, clock, 3)
    assert session.state is State.RUNNING and session.remaining_s() == 30


def test_skip_from_a_rest_goes_to_the_work_after_it():
    session, _ = _session()
    session.start()
    session.skip()
    assert session.segment.kind is SegmentKind.WORK and session.segment.step_index == 0


def test_back_restarts_a_step_then_goes_to_the_one_before():
    session, clock = _session()
    session.start()
    session.skip()  # lead-in → superman
    _go(session, clock, 3)
    session.skip()  # → knee to chest
    _go(session, clock, 3 + 10)
    session.back()
    assert session.segment.step_index == 1 and session.segment.side == "left"
    assert session.remaining_s() == 30
    session.back()  # at the very start of the step: to the previous one
    assert session.segment.step_index == 0 and session.segment.rep_no == 1


def test_a_self_paced_set_waits_for_done():
    session, clock = _session()
    session.start()
    session.skip()
    session.skip()
    session.skip()  # → pelvic tilt, self-paced
    assert session.segment.self_paced
    session, clock = _session(Routine("s", {"en": "S"}, (
        Step("pelvic-tilt", mode="reps", reps=5, tempo=None),), lead_in_s=0))
    session.start()
    for _ in range(30):
        clock.advance(1)
        assert session.update() == [] or session.state is State.RUNNING
    assert session.remaining_s() is None and session.state is State.RUNNING
    events = session.done()
    assert session.state is State.FINISHED
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert finished[0].completed and finished[0].work_s == 30


def test_stop_abandons_and_reports_the_step_in_progress():
    session, clock = _session()
    session.start()
    _go(session, clock, 5 + 6 + 3)
    events = session.stop()
    assert session.state is State.ABANDONED
    step = next(e for e in events if isinstance(e, StepCompleted))
    assert not step.completed and step.reps_done == 1
    assert not next(e for e in events if isinstance(e, SessionFinished)).completed
    assert session.stop() == []


def test_cues_can_be_handed_out_early_for_audio_latency():
    session, clock = _session(cue_lead_s=0.05)
    session.start()
    clock.set_ns(clock.now_ns() + round(4.95 * NS))
    events = session.update()
    assert session.segment.kind is SegmentKind.LEAD_IN
    assert CueKind.GO in [e.cue.kind for e in events if isinstance(e, CueDue)]
    clock.advance(0.05)
    events = session.update()
    assert session.segment.kind is SegmentKind.WORK
    assert CueKind.GO not in [e.cue.kind for e in events if isinstance(e, CueDue)]


def test_commands_out_of_place_do_nothing():
    session, _ = _session()
    assert session.pause() == [] and session.resume() == [] and session.done() == []
    assert session.next_deadline_ns() is None
    session.start()
    assert session.start() == []
    assert session.done() == []  # not a self-paced set


def test_the_fake_clock_lets_time_pass_in_steps_with_a_wake_after_each():
    clock = FakeClock(start_s=0)
    woken: list[int] = []
    clock.run(1.0, lambda: woken.append(clock.now_ns()), step_s=0.3)
    assert woken == [300_000_000, 600_000_000, 900_000_000, 1_000_000_000]


# --- what was done is kept, whatever key comes next (issue 15, item 1) -------------------------

def _until(session, clock, predicate, limit_s=3600):
    """Run until ``predicate``, pressing "done" for self-paced sets; the events on the way."""
    events, waited = [], 0.0
    while not predicate():
        if session.segment.self_paced and session.state is State.RUNNING:
            events += session.done()
            continue
        events += _go(session, clock, 0.5)
        waited += 0.5
        assert waited < limit_s, "never reached"
    return events


def _completed(events):
    return [e for e in events if isinstance(e, StepCompleted)]


def test_skipping_twice_in_the_rest_before_the_last_set_keeps_the_two_sets_done():
    session, clock = _session(builtin_routine("quick-5"))
    session.start()
    bridge = session.timeline.routine.steps[1]
    _until(session, clock, lambda: session.segment.kind is SegmentKind.REST
           and session.segment.step_index == 1 and session.segment.set_no == 3)
    events = session.skip() + session.skip() + session.stop()
    reported = [e for e in _completed(events) if e.step_index == 1]
    assert len(reported) == 1
    bridge_done = reported[0]
    assert (bridge_done.reps_done, bridge_done.sets_done) == (20, 2)
    assert bridge_done.work_s >= 2 * bridge.reps * bridge.tempo.total_s - 0.5
    assert not bridge_done.completed
    finished = next(e for e in events if isinstance(e, SessionFinished))
    assert finished.steps_completed == 2  # the tilts and the two sets of bridges
    assert finished.work_s == pytest.approx(session.work_s())


def test_restart_on_the_right_side_restarts_that_side_and_keeps_the_left():
    routine = Routine("k", {"en": "K"}, (
        Step("knee-to-chest", mode="hold", hold_s=30, sides="both", switch_s=5),
    ), lead_in_s=0)
    session, clock = _session(routine)
    session.start()
    _until(session, clock, lambda: session.segment.side == "right"
           and session.segment.kind is SegmentKind.WORK and session.state is State.RUNNING)
    _go(session, clock, 10)
    session.restart_step()
    assert session.segment.side == "right"  # the right side again, not the left
    _until(session, clock, lambda: session.state is State.RUNNING)
    events = session.stop()
    done = _completed(events)[0]
    assert done.sets_done == 1  # the left side, done in full
    assert done.work_s == pytest.approx(30 + 10, abs=0.6)  # the left 30 s and the right's 10 s


def test_a_hold_left_half_way_counts_its_seconds_but_no_set():
    routine = Routine("h", {"en": "H"}, (Step("childs-pose", mode="hold", hold_s=45),),
                      lead_in_s=0)
    session, clock = _session(routine)
    session.start()
    _until(session, clock, lambda: session.state is State.RUNNING)
    _go(session, clock, 20)
    done = _completed(session.skip())[0]
    assert done.work_s == pytest.approx(20, abs=0.6)
    assert done.sets_done == 0


def test_doing_a_step_again_after_back_does_not_count_it_twice():
    session, clock = _session()
    session.start()
    first_rest = session.timeline.segments.index(next(
        s for s in session.timeline.segments if s.kind is SegmentKind.REST and s.step_index == 0))
    _until(session, clock, lambda: session._index == first_rest)
    events = session.back()  # restart the superman step: set 1 again
    events += _until(session, clock, lambda: session.segment.step_index == 1)
    superman = [e for e in _completed(events) if e.step_index == 0]
    assert len(superman) == 1
    assert (superman[0].reps_done, superman[0].sets_done) == (6, 2)
    assert superman[0].completed
