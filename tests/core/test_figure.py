"""The figure model without a display: contacts stay put, nothing sinks into the floor,
bones keep their length, and pose_at lands exactly on the keyframes."""

from __future__ import annotations

import math

import pytest

from backtimer.core import catalog
from backtimer.core.figure import MOVEMENTS, frame, pose_at
from backtimer.core.figure.drawing import extent, marks
from backtimer.core.figure.library import top_speed
from backtimer.core.figure.mat_exercises import HEAD_REACH
from backtimer.core.figure.more_exercises import BALL_R, ROLLER_R, WALL_X
from backtimer.core.figure.movement import ease, progress, still_at, values_at
from backtimer.core.figure.shapes import SIDE, Ball, figure_groups, lowest_surface
from backtimer.core.figure.skeleton import (
    FOOT,
    FOREARM,
    LUMBAR,
    NECK,
    SHIN,
    THIGH,
    THORAX,
    TORSO_W_SIDE,
    UPPER_ARM,
)

TOLERANCE = 3.0  # figure units: 1 % of a figure lying flat, about 2 px in the player
STEPS = 24
BONES = [("hip", "waist", LUMBAR), ("waist", "shoulder", THORAX), ("shoulder", "neck", NECK)]
for _side in ("near", "far"):
    BONES += [(f"{_side}_shoulder", f"{_side}_elbow", UPPER_ARM),
              (f"{_side}_elbow", f"{_side}_hand", FOREARM),
              (f"{_side}_hip", f"{_side}_knee", THIGH),
              (f"{_side}_knee", f"{_side}_ankle", SHIN),
              (f"{_side}_ankle", f"{_side}_toe", FOOT)]


def through(exercise_id):
    """Every moment worth checking: up and down a rep, and once around the loop."""
    move = MOVEMENTS[exercise_id]
    sides = ("left", "right") if move.sided else (None,)
    for side in sides:
        for phase in ("up", "down", "cycle"):
            for i in range(STEPS + 1):
                yield phase, i / STEPS, side, pose_at(exercise_id, phase, i / STEPS, side)


def lowest(joints):
    low = math.inf
    for group in figure_groups(joints, SIDE):
        for part in group.parts:
            if isinstance(part, Ball):
                low = min(low, part.centre[1] - part.radius)
            else:
                low = min(low, *(p[1] - part.width / 2 for p in part.points))
    return low


def test_every_catalog_exercise_has_a_figure():
    assert set(MOVEMENTS) == set(catalog.EXERCISES)


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_planted_points_stay_where_they_are_through_the_movement(exercise_id):
    move = MOVEMENTS[exercise_id]
    start = pose_at(exercise_id, "start", 0.0, "left" if move.sided else None).joints
    for phase, fraction, _side, scene in through(exercise_id):
        for joint in move.planted:
            moved = math.dist(scene.joints[joint], start[joint])
            assert moved <= TOLERANCE, f"{joint} slid {moved:.1f} at {phase} {fraction:.2f}"


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_the_body_rests_on_the_floor_and_never_sinks_into_it(exercise_id):
    for phase, fraction, _side, scene in through(exercise_id):
        low = lowest(scene.joints)
        assert low >= -TOLERANCE, f"a limb is {-low:.1f} below the floor at {phase} {fraction}"
        # Something always carries the body: the lowest surface is the floor (the foam
        # roller's rider rests on the roller and the feet, which are on the floor too).
        assert low <= TOLERANCE, f"the body floats {low:.1f} above the floor at {phase}"


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_the_parts_that_rest_on_the_floor_touch_it_in_their_keyframe(exercise_id):
    move = MOVEMENTS[exercise_id]
    for keyframe, parts in move.touching.items():
        scene = move.solve(move.keyframes[keyframe], None)
        for part in parts:
            gap = lowest_surface(scene.joints, part)
            assert abs(gap) <= TOLERANCE, f"{part} is {gap:.1f} off the floor in {keyframe}"


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_bones_keep_their_length(exercise_id):
    for _phase, _fraction, _side, scene in through(exercise_id):
        for a, b, length in BONES:
            assert math.dist(scene.joints[a], scene.joints[b]) == pytest.approx(length, abs=1e-6)


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_pose_at_the_ends_of_a_phase_is_the_keyframe(exercise_id):
    move = MOVEMENTS[exercise_id]
    start = move.solve(move.keyframes["start"], None).joints
    end = move.solve(move.keyframes["end"], None).joints
    assert pose_at(exercise_id, "up", 0.0).joints == start
    assert pose_at(exercise_id, "up", 1.0).joints == end
    assert pose_at(exercise_id, "down", 0.0).joints == end
    assert pose_at(exercise_id, "down", 1.0).joints == start
    assert pose_at(exercise_id, "hold", 0.3).joints == end
    assert pose_at(exercise_id, "cycle", 0.0).joints == start
    # A loop closes on itself, so going round and round never jumps.
    first = pose_at(exercise_id, "cycle", 0.0).joints
    last = pose_at(exercise_id, "cycle", 1.0).joints
    assert max(math.dist(first[k], last[k]) for k in first) < 1e-6


def test_easing_starts_and_ends_slowly():
    assert ease(0.0) == 0.0 and ease(1.0) == 1.0 and ease(0.5) == pytest.approx(0.5)
    assert ease(0.05) < 0.05 and ease(0.95) > 0.95


def test_moving_and_still_moments():
    bridge = MOVEMENTS["glute-bridge"]
    assert not still_at(bridge, "up", 0.5) and not still_at(bridge, "down", 0.1)
    assert still_at(bridge, "hold", 0.5) and still_at(bridge, "start", 0.0)
    # A self-paced loop rests at the top for a moment: nothing moves then.
    assert still_at(bridge, "cycle", 0.5) and not still_at(bridge, "cycle", 0.2)
    assert values_at(bridge, "cycle", 0.5) == dict(bridge.keyframes["end"])


def test_the_bridge_lifts_knees_hips_and_shoulders_into_one_line():
    top = pose_at("glute-bridge", "end", 0.0).joints
    shoulder, hip, knee = top["shoulder"], top["hip"], top["near_knee"]
    slope = (hip[1] - shoulder[1]) / (hip[0] - shoulder[0])
    assert knee[1] - shoulder[1] == pytest.approx(slope * (knee[0] - shoulder[0]), abs=2.0)


def test_the_superman_lifts_only_slightly_and_keeps_the_nose_off_the_mat():
    start = pose_at("superman", "start", 0.0).joints
    top = pose_at("superman", "end", 0.0).joints
    assert top["near_hand"][1] - start["near_hand"][1] < 35.0
    assert top["near_toe"][1] - start["near_toe"][1] < 25.0
    assert start["nose"][1] - 4.0 > 0.0


def test_the_foam_roller_stays_under_the_lower_back_and_on_the_floor():
    for _phase, _fraction, _side, scene in through("foam-roller"):
        roller = next(p for p in scene.props if p.kind == "roller")
        centre = roller.points[0]
        assert centre[1] == pytest.approx(ROLLER_R)
        hip, waist = scene.joints["hip"], scene.joints["waist"]
        # The roller touches the back between the pelvis and the waist (the lumbar spine).
        along = ((centre[0] - hip[0]) * (waist[0] - hip[0])
                 + (centre[1] - hip[1]) * (waist[1] - hip[1])) / LUMBAR
        assert 0.0 < along <= LUMBAR
        cross = abs((waist[0] - hip[0]) * (centre[1] - hip[1])
                    - (waist[1] - hip[1]) * (centre[0] - hip[0])) / LUMBAR
        assert cross == pytest.approx(ROLLER_R + TORSO_W_SIDE / 2, abs=TOLERANCE)


def test_the_massage_ball_stays_between_the_wall_and_the_back():
    for _phase, _fraction, _side, scene in through("massage-ball"):
        ball = next(p for p in scene.props if p.kind == "disc")
        wall = next(p for p in scene.props if p.kind == "line")
        assert min(p[1] for p in wall.points) >= 0.0  # the wall stands on the floor
        x, y, _ = ball.points[0]
        assert x - BALL_R == pytest.approx(WALL_X + 1.5)
        back = scene.joints["hip"][0] - TORSO_W_SIDE / 2
        assert back - (x + BALL_R) == pytest.approx(0.0, abs=TOLERANCE + 1.5)
        assert scene.joints["hip"][1] < y < scene.joints["waist"][1] + 8.0


def test_lumbar_rotation_shows_which_side_the_knees_go():
    left = pose_at("lumbar-rotation", "end", 0.0, "left").joints["near_knee"]
    right = pose_at("lumbar-rotation", "end", 0.0, "right").joints["near_knee"]
    middle = pose_at("lumbar-rotation", "start", 0.0, "left").joints["near_knee"]
    # A person lying head-left and face-up has their left side away from the viewer (−z).
    assert left[2] < middle[2] - 25 and right[2] > middle[2] + 20


def test_childs_pose_rests_forehead_and_hands_and_the_knee_hug_holds_the_shin():
    fold = pose_at("childs-pose", "end", 0.0).joints
    assert lowest_surface(fold, "head") == pytest.approx(0.0, abs=TOLERANCE)
    assert math.dist(fold["head"], fold["shoulder"]) <= HEAD_REACH + 1e-6
    hug = pose_at("knee-to-chest", "end", 0.0).joints
    knee, hand = hug["near_knee"], hug["near_hand"]
    assert math.dist(knee, (hand[0], hand[1], knee[2])) < 30.0
    assert hug["near_elbow"][1] > hug["shoulder"][1] + 20  # elbows out, not propping


def test_side_stretch_reaches_with_one_arm():
    top = pose_at("side-stretch", "end", 0.0).joints
    assert top["far_hand"][1] > top["head"][1]
    assert top["near_hand"][1] < top["waist"][1]


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_the_frame_holds_every_moment_and_is_filled(exercise_id):
    x0, y0, x1, y1 = frame(exercise_id).box
    move = MOVEMENTS[exercise_id]
    everything = []
    for _phase, _fraction, _side, scene in through(exercise_id):
        everything += marks(scene, move.view)
    cx0, cy0, cx1, cy1 = extent(everything)
    assert x0 < cx0 and y0 < cy0 and cx1 < x1 and cy1 < y1
    # The figure reaches close to the frame: no lying figure lost at the bottom of its view.
    shares = sorted(((cx1 - cx0) / (x1 - x0), (cy1 - cy0) / (y1 - y0)))
    assert shares[1] > 0.8 and shares[0] > 0.45


@pytest.mark.parametrize("exercise_id", sorted(MOVEMENTS))
def test_top_speed_bounds_every_move_so_skipped_frames_are_truly_invisible(exercise_id):
    # The player skips a frame when top_speed × progress made < half a pixel; that is only
    # honest if the bound holds between any two moments of the same stretch.
    move = MOVEMENTS[exercise_id]
    side = "right" if move.sided else None
    for phase in ("up", "down", "cycle"):
        for i in range(60):
            a, b = i / 60, (i + 1) / 60
            piece, wa = progress(move, phase, a)
            piece_b, wb = progress(move, phase, b)
            if piece != piece_b:
                continue
            first = pose_at(exercise_id, phase, a, side).joints
            second = pose_at(exercise_id, phase, b, side).joints
            moved = max(math.dist(first[k], second[k]) for k in first)
            assert moved <= top_speed(exercise_id, phase, piece) * abs(wb - wa) + 1e-9
