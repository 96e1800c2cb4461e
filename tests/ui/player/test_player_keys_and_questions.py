"""The player in the running app, driven by keys sent where the focus is and by its buttons:
the stop question, "this hurt", self-paced sets, and the ratings before and after."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.core.timeline import SegmentKind


class App:
    """backtimer as started from the command line, on a fake clock, its window active."""

    def __init__(self, start_app, qtbot, *options, settings=None):
        self.qtbot = qtbot
        self.clock = FakeClock()
        self.window = start_app(*options, clock=self.clock, settings=settings)
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.runner = self.window.runner

    @property
    def player(self):
        return self.window.player

    @property
    def session(self) -> core.Session:
        return self.runner.session

    def open(self, routine_id: str) -> None:
        self.window.open_player(self.window.library.get(routine_id))

    def run_for(self, seconds: float) -> None:
        self.clock.run(seconds, self.runner.update, 0.25)

    def key(self, key, text: str = "") -> None:
        """A key press where the focus is, as the keyboard sends it."""
        focus = QApplication.focusWidget()
        assert focus is not None, "nothing has the focus"
        self.qtbot.keyClick(focus, key)

    def answer_next_question(self, button, seen: list) -> None:
        """Press ``button`` in the question about to open; ``seen`` gets what the player
        showed meanwhile."""
        def answer():
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox), box
            seen.append((box.windowTitle(), self.session.state,
                         self.player.countdown.text()))
            self.run_for(5)  # the question stays open a while
            seen.append(self.player.countdown.text())
            self.qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, answer)


@pytest.fixture
def app(start_app, quiet, qtbot):
    def make(*options, settings=None) -> App:
        return App(start_app, qtbot, *options, settings=settings)

    return make


def test_the_count_waits_while_stop_the_workout_is_asked(app):
    a = app(settings={"pain_checkins": False})
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    a.run_for(12)
    assert a.session.state is core.State.RUNNING
    seen: list = []
    a.answer_next_question(QMessageBox.StandardButton.No, seen)
    a.key(Qt.Key.Key_Escape)
    title, state, shown = seen[0]
    assert (title, state) == ("Stop the workout?", core.State.PAUSED)
    assert seen[1] == shown  # five seconds with the question open: the same count
    # "No": the workout goes on (after the 3-2-1 of a resume).
    assert a.session.state in core.ACTIVE


def test_this_hurt_pauses_and_s_skips_the_rest_of_that_exercise(app, qtbot):
    a = app(settings={"pain_checkins": False})
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    while not (a.session.segment.exercise_id == "glute-bridge"
               and a.session.segment.kind is SegmentKind.WORK
               and a.session.state is core.State.RUNNING):
        if a.session.segment.self_paced and a.session.state is core.State.RUNNING:
            a.key(Qt.Key.Key_Space)  # "done" with the pelvic tilts
        a.run_for(0.5)
    a.run_for(3)
    a.key(Qt.Key.Key_H)
    player = a.player
    assert a.session.state is core.State.PAUSED
    assert player.hurt_confirmation.text() == (
        "Noted: Glute bridge hurt. Paused: S skips this exercise, Esc stops the workout, "
        "Space goes on.")
    assert player.skip_exercise_button.isVisible()
    shown = player.countdown.text()
    a.run_for(5)
    assert player.countdown.text() == shown  # the painful set is not counted on
    a.key(Qt.Key.Key_S)
    # All three sets of bridges are left out: the next exercise comes, counting again.
    assert a.session.segment.step_index == 2
    assert player.title_label.text() == "Child's pose"
    assert a.session.state in core.ACTIVE
    assert not player.skip_exercise_button.isVisible()
    [record] = a.window.workout.store.sessions()
    assert record.hurt_steps == {1}


def test_this_hurt_then_space_goes_on_with_the_exercise(app):
    a = app(settings={"pain_checkins": False})
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    a.run_for(7)
    step = a.session.segment.step_index
    a.key(Qt.Key.Key_H)
    assert a.session.state is core.State.PAUSED
    a.key(Qt.Key.Key_Space)
    assert a.session.state in core.ACTIVE and a.session.segment.step_index == step
    assert not a.player.skip_exercise_button.isVisible()


def test_a_self_paced_set_counts_time_said_as_time(app):
    a = app(settings={"pain_checkins": False})
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    while not a.session.segment.self_paced or a.session.state is not core.State.RUNNING:
        a.run_for(0.25)
    a.run_for(7)
    assert a.player.prescription_label.text().endswith("at your own pace")
    assert a.player.countdown.text() == "0:07"
    assert a.player.phase_label.text() == "Your pace · time so far"
    assert a.player.countdown.accessibleDescription() == "Time so far"


def _focus_is_drawn(button) -> bool:
    """The button looks different with the focus than without: a focus you can see."""
    focused = button.grab().toImage()
    button.clearFocus()
    plain = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    return focused != plain


def test_keys_only_from_the_home_screen_through_the_rating_before_to_the_start(app):
    a = app()
    window = a.window
    assert QApplication.focusWidget() is window.home.list_view
    a.key(Qt.Key.Key_Tab)
    start = window.home.start_button
    assert QApplication.focusWidget() is start
    assert _focus_is_drawn(start)
    a.key(Qt.Key.Key_Return)
    player = a.player
    assert window.stack.currentWidget() is player
    assert a.session.state is core.State.IDLE
    a.key(Qt.Key.Key_3)  # the rating before the start, by its digit
    assert player.pain_before.buttons[3].isChecked()
    assert player.pain_before.scale.text() == "✓ Pain 3 of 10 — noted"
    a.key(Qt.Key.Key_Tab)  # Tab reaches the controls, and shows where it is
    focused = QApplication.focusWidget()
    assert focused is not player and focused.isVisible()
    assert _focus_is_drawn(focused)
    a.key(Qt.Key.Key_Return)  # Return takes the default: Start
    assert a.session.state in core.ACTIVE
    assert QApplication.focusWidget() is player  # Space is the player's again: pause
    a.key(Qt.Key.Key_Space)
    assert a.session.state is core.State.PAUSED


def test_finish_page_by_keys_rates_with_digits_and_nothing_moves(app, qtbot):
    a = app()
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    a.run_for(8)
    seen: list = []
    a.answer_next_question(QMessageBox.StandardButton.Yes, seen)
    a.key(Qt.Key.Key_Escape)
    player = a.player
    assert player.showing_finish
    done = player.finish_done_button
    # The question's box has closed; the window manager makes the window active again
    # (the offscreen platform has none: the test does it), with the focus on Done.
    a.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is done)
    assert _focus_is_drawn(done)
    where = done.mapTo(player, done.rect().topLeft())
    a.key(Qt.Key.Key_2)  # the pain after
    assert player.pain_after.buttons[2].isChecked()
    assert player.pain_after.scale.text() == "✓ Pain 2 of 10 — noted"
    assert player.pain_after.isVisible()
    a.key(Qt.Key.Key_7)  # then the effort
    assert player.effort.buttons[6].isChecked()
    assert done.mapTo(player, done.rect().topLeft()) == where  # the layout did not jump
    [record] = a.window.workout.store.sessions()
    assert (record.pain_after, record.rpe) == (2, 7)
    a.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget().isVisible()  # never a hidden button
    a.key(Qt.Key.Key_Tab)
    while QApplication.focusWidget() is not done:
        assert QApplication.focusWidget().isVisible()
        a.key(Qt.Key.Key_Tab)
    a.key(Qt.Key.Key_Space)  # the button with the focus, which is in view: Done
    assert a.window.stack.currentWidget() is a.window.home


def test_full_screen_text_is_readable_from_two_metres(app):
    """At 1920×1080 no text of the player is smaller than 26 px (about 7 mm on a 24" screen:
    readable from the mat), the routine's name and time left included."""
    a = app(settings={"pain_checkins": False})
    a.open("quick-5")
    a.key(Qt.Key.Key_Space)
    a.run_for(8)
    a.window.resize(1920, 1080)
    a.qtbot.wait(1)
    player = a.player
    for label in (player.routine_label, player.time_left_label, player.next_up_label,
                  player.prescription_label, player.instruction_label, player.caption_label):
        assert label.fontInfo().pixelSize() >= 26, (label.objectName(),
                                                    label.fontInfo().pixelSize())
    for button in (player.pause_button, player.skip_button, player.hurt_button):
        assert button.fontInfo().pixelSize() >= 26, button.objectName()
