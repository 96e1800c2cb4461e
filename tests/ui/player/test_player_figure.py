"""The moving figure in the player, on a fake clock: it follows the session's time through a
lift, stands still (no repaints) in a hold and in a pause, and shows what comes next."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QImage

from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.core.figure import pose_at
from backtimer.core.routine import Routine, Step, Tempo
from backtimer.core.timeline import SegmentKind

ROUTINE = Routine(
    id="figure-test", name={"en": "Figure test"}, lead_in_s=3,
    steps=(Step("superman", mode="reps", reps=3, tempo=Tempo(up_s=1.0, hold_s=4.0, down_s=1.0),
                rest_after_s=5),
           Step("lumbar-rotation", mode="reps", reps=2, tempo=Tempo(2.0, 1.0, 2.0),
                rest_after_s=5),
           Step("knee-to-chest", mode="hold", hold_s=10, sides="both", switch_s=3)),
)


class Player:
    """backtimer started through its composition root on a fake clock; the figure's frames are
    fired by hand."""

    def __init__(self, start_app):
        self.clock = FakeClock()
        self.window = start_app(clock=self.clock, settings={"pain_checkins": False})
        self.runner = self.window.runner
        self.paints = []

    def open(self, routine: Routine) -> None:
        self.window.open_player(routine)
        self.figure = self.window.findChild(QObject, "illustrationView")
        self.figure.painted.connect(self.paints.append)
        self.runner.start()

    @property
    def session(self) -> core.Session:
        return self.runner.session

    def frame(self) -> None:
        """One tick of the figure's frame timer, and the paint it asks for."""
        if self.figure.animating:
            self.figure.refresh()
        QCoreApplication.processEvents()

    def run(self, seconds: float, step: float = 0.1) -> None:
        """Time passes; the runner and (while it animates) the figure look at it."""
        while seconds > 1e-9:
            now = min(step, seconds)
            self.clock.advance(now)
            self.runner.update()
            self.frame()
            seconds -= now

    def picture(self) -> bytes:
        """What the figure shows (grabbing paints it once more; that paint is not counted)."""
        count = len(self.paints)
        image = self.figure.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        del self.paints[count:]
        return bytes(image.constBits())

    def elapsed(self) -> float:
        return self.session.elapsed_in_segment_ns() / 1e9


@pytest.fixture
def player(start_app):
    made = Player(start_app)
    yield made
    made.runner.stop()


def same_pose(a, b) -> float:
    return max(math.dist(a.joints[k], b.joints[k]) for k in a.joints)


def test_the_figure_follows_the_lift_and_stands_still_in_the_hold(player):
    player.open(ROUTINE)
    # The get-ready time shows the superman's starting pose, still.
    assert player.figure.pose == "start" and not player.figure.animating
    assert player.figure.accessibleName() == "Superman: starting position"
    player.run(3.0)
    assert player.session.segment.kind is SegmentKind.WORK
    assert player.figure.animating  # the lift has begun

    pictures = set()
    for _ in range(4):
        player.run(0.2)
        shown = player.figure.shown
        assert shown.phase == "up"
        assert shown.fraction == pytest.approx(player.elapsed() / 1.0)
        painted = pose_at("superman", shown.phase, shown.fraction)
        assert same_pose(painted, pose_at("superman", "up", player.elapsed())) == 0.0
        pictures.add(player.picture())
    assert len(pictures) == 4, "the picture changes at every moment of the lift"
    assert player.figure.accessibleName() == "Superman: Lift"

    player.run(0.5)  # into the hold: the top of the lift, still
    assert player.figure.pose == "hold" and not player.figure.animating
    top = player.picture()
    before = len(player.paints)
    player.run(3.0)
    assert len(player.paints) == before, "a hold repaints nothing"
    assert player.picture() == top
    assert player.window.player.phase_label.text() == "Hold\u00a0·\u00a01"
    assert player.window.player.countdown.text() == "1/3"

    player.run(0.8)  # lowering
    assert player.figure.pose == "down" and player.figure.animating


def test_a_pause_freezes_the_figure_and_the_clock(player):
    player.open(ROUTINE)
    player.run(3.0 + 6.0 + 0.45)  # rep 2, halfway up
    assert player.session.segment.rep_no == 2 and player.figure.pose == "up"
    player.runner.toggle_pause()
    QCoreApplication.processEvents()
    assert not player.figure.animating
    frozen, digits, phase = player.picture(), player.window.player.countdown.text(), \
        player.window.player.phase_label.text()
    before = len(player.paints)
    player.run(5.0)
    assert len(player.paints) == before and player.picture() == frozen
    assert player.window.player.countdown.text() == digits == "2/3"
    assert player.window.player.phase_label.text() == phase == "Lift"
    # Resuming gets ready first (3, 2, 1) with the figure still where it stopped.
    player.runner.toggle_pause()
    player.run(1.2)
    assert player.window.player.countdown.text() == "2"
    player.runner.toggle_pause()  # a pause in the get-ready keeps the "2"
    player.run(2.0)
    assert player.window.player.countdown.text() == "2"
    assert len(player.paints) == before


def test_rotation_shows_the_side_and_rests_show_what_comes_next(player):
    player.open(ROUTINE)
    player.run(3.0 + 3 * 6.0 + 1.0)  # the superman's rest: the rotation's starting pose
    assert player.session.segment.kind is SegmentKind.REST
    assert player.figure.exercise_id == "lumbar-rotation" and player.figure.pose == "start"
    assert not player.figure.animating
    player.run(4.0 + 1.0)  # the first rotation, halfway to the left
    label = player.window.player.phase_label.text()
    assert label == "Knees to the left\u00a0·\u00a01" and player.figure.moment.side == "left"
    player.run(5.0)  # the second rep goes the other way
    assert player.window.player.phase_label.text() == "Knees to the right\u00a0·\u00a01"
    assert player.figure.moment.side == "right" and not player.figure.mirrored
    # The knee hug's right side is the left side's mirror image.
    player.run(4.0 + 5.0 + 10.0 + 1.0)
    assert player.session.segment.kind is SegmentKind.SWITCH
    assert player.figure.mirrored and player.figure.pose == "start"
