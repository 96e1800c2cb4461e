"""The timeline: segments add up, never overlap, and every cue sits inside its segment."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from backtimer.core.catalog import BUILTIN_ROUTINES, EXERCISES
from backtimer.core.routine import Routine, Step, Tempo
from backtimer.core.timeline import CueKind, SegmentKind, build_timeline

tempos = st.one_of(
    st.none(),
    st.builds(Tempo, st.integers(0, 3), st.integers(0, 6), st.integers(1, 3)),
)
steps = st.builds(
    Step,
    exercise=st.sampled_from(sorted(EXERCISES)),
    mode=st.sampled_from(["hold", "reps"]),
    hold_s=st.integers(1, 120),
    reps=st.integers(1, 15),
    tempo=tempos,
    sets=st.integers(1, 4),
    rest_between_reps_s=st.integers(0, 5),
    rest_between_sets_s=st.integers(0, 60),
    sides=st.sampled_from(["none", "both"]),
    switch_s=st.integers(0, 10),
    rest_after_s=st.integers(0, 30),
)
routines = st.builds(
    Routine, id=st.just("r"), name=st.just({"en": "R"}),
    steps=st.lists(steps, min_size=1, max_size=6).map(tuple), lead_in_s=st.integers(0, 15),
)


@settings(max_examples=300, deadline=None)
@given(routines)
def test_segments_are_contiguous_and_add_up(routine):
    timeline = build_timeline(routine)
    position = 0.0
    for index, segment in enumerate(timeline.segments):
        assert segment.index == index
        assert abs(segment.start_s - position) < 1e-9  # no gap, no overlap
        assert segment.nominal_s > 0
        if segment.duration_s is not None:
            assert segment.duration_s == segment.nominal_s
        position += segment.nominal_s
    assert abs(timeline.total_s - position) < 1e-9
    # The length lists show, worked out without a timeline, is the timeline's.
    assert abs(routine.duration_s - timeline.total_s) < 1e-9


@settings(max_examples=300, deadline=None)
@given(routines)
def test_every_cue_is_inside_its_segment(routine):
    for segment in build_timeline(routine).segments:
        for cue in segment.cues:
            assert cue.at_s >= 0
            assert segment.duration_s is None or cue.at_s <= segment.duration_s
        offsets = [cue.at_s for cue in segment.cues]
        assert offsets == sorted(offsets)


@settings(max_examples=300, deadline=None)
@given(routines)
def test_the_work_matches_the_prescription(routine):
    timeline = build_timeline(routine)
    for index, step in enumerate(routine.steps):
        work = [s for s in timeline.segments
                if s.step_index == index and s.kind is SegmentKind.WORK]
        sides = 2 if step.sides == "both" else 1
        if step.mode == "hold" or step.tempo is None:
            assert len(work) == step.sets * sides
        else:
            assert len(work) == step.sets * step.reps * sides
            assert all(s.duration_s == step.tempo.total_s for s in work)


def test_a_countdown_leads_into_work_after_every_pause():
    routine = Routine("r", {"en": "R"}, (
        Step("childs-pose", mode="hold", hold_s=45, sides="both", rest_after_s=10),
        Step("superman", mode="reps", reps=3, sets=2, rest_between_sets_s=20,
             tempo=Tempo(1, 4, 1)),
    ), lead_in_s=5)
    segments = build_timeline(routine).segments
    kinds = [s.kind for s in segments]
    assert kinds[:4] == [SegmentKind.LEAD_IN, SegmentKind.WORK, SegmentKind.SWITCH,
                         SegmentKind.WORK]
    for before, after in itertools.pairwise(segments):
        counts = [c.count for c in before.cues if c.kind is CueKind.COUNTDOWN]
        if after.kind is SegmentKind.WORK and before.kind is not SegmentKind.WORK:
            assert counts == [3, 2, 1]
    hold = segments[1]
    assert hold.side == "left" and segments[3].side == "right"
    assert [c.kind for c in hold.cues][:2] == [CueKind.GO, CueKind.HALFWAY]
    assert segments[2].cues[0].kind is CueKind.SWITCH
    reps = [s for s in segments if s.step_index == 1 and s.kind is SegmentKind.WORK]
    assert [s.rep_no for s in reps] == [1, 2, 3, 1, 2, 3]
    assert [s.cues[0].kind for s in reps[:3]] == [CueKind.GO, CueKind.TICK, CueKind.LAST_REP]
    assert [p.name for p in reps[0].phases] == ["up", "hold", "down"]


def test_no_rest_follows_the_last_step():
    for routine in BUILTIN_ROUTINES:
        assert build_timeline(routine).segments[-1].kind is SegmentKind.WORK


def test_builtin_durations_are_what_their_names_promise():
    totals = {r.id: build_timeline(r).total_s / 60 for r in BUILTIN_ROUTINES}
    assert 4.5 <= totals["quick-5"] <= 5.5
    assert 18 <= totals["full-20"] <= 22
