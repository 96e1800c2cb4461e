"""The player driven through whole routines with a fake clock: labels, picture, keys, cues."""

from __future__ import annotations

import pytest
from helpers.stubs import FakeSound, FakeVoice, speech_returning
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible

from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.core.routine import Routine, Step, Tempo
from backtimer.core.timeline import SegmentKind
from backtimer.ui.player import cues as cues_module
from backtimer.ui.player import text as player_text


class Rig:
    """The main window as ``backtimer --lang LANG`` starts it, on a fake clock, with fake sound
    and voice in place of Qt's."""

    def __init__(self, start_app, monkeypatch, *, lang="en", sound=None, settings_values=None):
        self.clock = FakeClock()
        self.sound = sound or FakeSound()
        self.voice = FakeVoice()
        monkeypatch.setattr(cues_module, "QtSoundSink", lambda _parent: self.sound)
        monkeypatch.setattr(cues_module, "Speech", speech_returning(self.voice))
        self.window = start_app("--lang", lang, clock=self.clock,
                                settings={"voice_enabled": True, **(settings_values or {})})
        self.runner = self.window.runner
        self.settings = self.window.settings
        self.library = self.window.library
        self.player = self.window.player

    @property
    def session(self) -> core.Session:
        return self.runner.session

    def run_for(self, seconds: float, step: float = 0.25) -> None:
        self.clock.run(seconds, self.runner.update, step)

    def until(self, predicate, limit_s: float = 4000) -> None:
        waited = 0.0
        while not predicate():
            if self.session.state is core.State.RUNNING and self.session.segment.self_paced:
                self.runner.done()
                continue
            self.run_for(0.25)
            waited += 0.25
            assert waited < limit_s, "never reached"

    def key(self, qtbot, key) -> None:
        qtbot.keyClick(self.player, key)



@pytest.fixture
def rig(start_app, monkeypatch):
    def make(**kwargs) -> Rig:
        return Rig(start_app, monkeypatch, **kwargs)

    return make


def test_quick_5_runs_to_the_end_showing_each_part(rig, qtbot):
    r = rig()
    finished = []
    r.runner.session_finished.connect(finished.append)
    r.window.open_player(r.library.get("quick-5"))
    player = r.player
    assert r.window.stack.currentWidget() is player
    assert player.countdown.text() == player_text.format_clock(r.session.timeline.total_s)
    r.key(qtbot, Qt.Key.Key_Space)
    assert r.session.state is core.State.LEAD_IN
    assert player.title_label.text() == "Get ready"
    assert player.findChild(object, "countdownLabel").text() == "5"
    assert player.next_up_label.text() == "Next: Pelvic tilt, 10\u00a0reps at your own pace"
    assert player.illustration.exercise_id == "pelvic-tilt"
    r.run_for(2.0)
    assert player.countdown.text() == "3"
    left = player_text.format_duration(r.session.routine_remaining_s())
    assert r.window.windowTitle() == f"{left} left · Quick 5"

    # The self-paced set: a count-up, and Space means "done".
    r.run_for(3.0)
    assert player.title_label.text() == "Pelvic tilt"
    assert r.session.segment.self_paced
    assert player.done_button.isVisibleTo(player)
    r.run_for(7.0)
    # Time, said as time, with what it is: no rep counter.
    assert player.countdown.text() == "0:07"
    assert player.phase_label.text() == "Your pace · time so far"
    r.key(qtbot, Qt.Key.Key_Space)
    assert r.session.segment.kind is SegmentKind.REST
    assert player.title_label.text() == "Rest"
    assert player.next_up_label.text() == "Next: Glute bridge, 3 × 10\u00a0reps"
    assert player.illustration.exercise_id == "glute-bridge"
    assert player.illustration.pose == "start"

    # A timed rep (up 1, hold 2, down 2): the big number is the rep and stays the rep; the
    # phase line names the movement in the bridge's own words, with the seconds left of it.
    r.until(lambda: r.session.segment.rep_no == 7 and r.session.segment.set_no == 2)
    assert player.title_label.text() == "Glute bridge"
    assert player.prescription_label.text() == "Set 2 of 3 · Rep 7 of 10"
    assert player.next_up_label.text() == "Next: Child's pose, 45\u00a0s"
    r.run_for(0.5)
    assert player.phase_label.text() == "Hips up" and player.illustration.pose == "up"
    assert player.countdown.text() == "7/10" and player.caption_label.text() == "Rep 7 of 10"
    assert player.countdown.accessibleDescription() == "Rep"
    r.run_for(1.0)
    assert player.phase_label.text() == "Hold\u00a0·\u00a02" and player.illustration.pose == "hold"
    r.run_for(1.0)
    assert player.phase_label.text() == "Hold\u00a0·\u00a01" and player.countdown.text() == "7/10"
    r.run_for(1.0)
    assert player.phase_label.text() == "Roll down\u00a0·\u00a02"
    assert player.illustration.pose == "down"
    assert player.illustration.accessibleName() == "Glute bridge: Roll down"

    # A hold: the held pose and a countdown of whole seconds.
    r.until(lambda: r.session.segment.exercise_id == "childs-pose"
            and r.session.segment.kind is SegmentKind.WORK)
    assert player.prescription_label.text() == "Hold 45\u00a0s"
    assert player.illustration.pose == "hold"
    assert player.phase_label.text() == "Breathe"
    assert player.next_up_label.text() == "Last exercise — then you are done"
    r.run_for(0.5)
    assert player.countdown.text() == "45"
    r.run_for(0.5)
    assert player.countdown.text() == "44"
    r.until(lambda: r.session.state is core.State.FINISHED)
    assert finished and finished[0].completed
    assert player.showing_finish
    assert player.finish_summary.text().endswith("3 of 3 steps done")
    # Every cue went to the sink, in order: a countdown, "go", reps, rests, "done" at the end.
    names = [name for name, _ in r.sound.played]
    assert names[:4] == ["countdown", "countdown", "countdown", "go"]
    assert names[-1] == "done"
    assert names.count("last-rep") == 3
    assert names.count("rest") == 4  # after tilts, two between sets, after bridges
    assert all(volume == pytest.approx(0.8) for _, volume in r.sound.played)


def test_pause_resume_gets_ready_again_and_keys_move(rig, qtbot):
    r = rig()
    r.window.open_player(r.library.get("full-20"))
    r.key(qtbot, Qt.Key.Key_Space)
    r.run_for(10.5)  # past the 10 s lead-in, into the first tilt
    assert r.session.segment.kind is SegmentKind.WORK
    r.key(qtbot, Qt.Key.Key_Space)
    assert r.session.state is core.State.PAUSED
    frozen = r.player.countdown.text()
    assert r.player.pause_button.text().endswith("Resume")
    assert r.player.pause_button.accessibleName() == "Resume"
    r.run_for(4.0)
    assert r.player.countdown.text() == frozen
    r.key(qtbot, Qt.Key.Key_Space)
    assert r.session.state is core.State.GETTING_READY
    assert r.player.caption_label.text() == "Get ready"
    assert r.player.countdown.text() == "3"
    r.run_for(3.1)
    assert r.session.state is core.State.RUNNING

    r.key(qtbot, Qt.Key.Key_Right)  # skip to the bridges
    assert r.session.segment.exercise_id == "glute-bridge"
    r.key(qtbot, Qt.Key.Key_PageDown)  # a presenter clicker's "next"
    assert r.session.segment.exercise_id == "superman"
    r.key(qtbot, Qt.Key.Key_PageUp)  # just started: back to the bridges
    assert r.session.segment.exercise_id == "glute-bridge"
    r.run_for(3.5 + 3.0)
    r.key(qtbot, Qt.Key.Key_Left)  # well into it: restart the step
    assert r.session.segment.exercise_id == "glute-bridge"
    assert r.session.segment.rep_no == 1
    r.run_for(3.1 + 6.0)
    assert r.session.segment.rep_no == 2
    r.key(qtbot, Qt.Key.Key_R)
    assert r.session.segment.rep_no == 1 and r.session.state is core.State.GETTING_READY


def test_buttons_forward_to_the_runner(rig, qtbot):
    r = rig()
    r.window.open_player(r.library.get("quick-5"))
    player = r.player
    assert player.start_button.isVisibleTo(player)
    assert not player.pause_button.isVisibleTo(player)
    assert not player.skip_button.isEnabled()
    qtbot.mouseClick(player.start_button, Qt.MouseButton.LeftButton)
    assert r.session.state is core.State.LEAD_IN
    assert not player.start_button.isVisibleTo(player)
    qtbot.mouseClick(player.skip_button, Qt.MouseButton.LeftButton)
    assert r.session.segment.exercise_id == "pelvic-tilt"
    r.run_for(3.1)
    qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
    assert r.session.segment.kind is SegmentKind.REST
    qtbot.mouseClick(player.pause_button, Qt.MouseButton.LeftButton)
    assert r.session.state is core.State.PAUSED
    for name in ("startButton", "pauseButton", "skipButton", "previousButton",
                 "countdownLabel", "exerciseTitle", "nextUpLabel", "illustrationView"):
        assert r.window.findChild(QObject, name) is not None, name
    assert player.pause_button.accessibleName() == "Resume"
    # A screen reader reads the digits themselves; what they are is the description.
    shown = QAccessible.queryAccessibleInterface(player.countdown)
    assert shown.text(QAccessible.Text.Name) == player.countdown.text() != ""


def test_mirrored_picture_for_the_right_side_and_switch_rest(rig):
    r = rig()
    r.window.open_player(r.library.get("stretch-and-release"))
    r.runner.start()
    r.until(lambda: r.session.segment.exercise_id == "knee-to-chest"
            and r.session.segment.kind is SegmentKind.WORK)
    assert r.player.prescription_label.text() == "Hold 30\u00a0s · Left side"
    assert not r.player.illustration.mirrored
    r.until(lambda: r.session.segment.kind is SegmentKind.SWITCH)
    assert r.player.title_label.text() == "Switch sides"
    assert "switch" in [name for name, _ in r.sound.played]
    assert r.player.illustration.mirrored
    r.until(lambda: r.session.segment.kind is SegmentKind.WORK)
    assert r.player.prescription_label.text() == "Hold 30\u00a0s · Right side"
    assert r.player.illustration.mirrored and r.player.illustration.pose == "hold"
    assert r.player.illustration.has_picture()


def test_stop_asks_first_and_keeps_what_was_done(rig, qtbot, monkeypatch):
    r = rig()
    finished = []
    r.runner.session_finished.connect(finished.append)
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    answers = [False, True]
    monkeypatch.setattr(r.player, "confirm_stop", lambda: answers.pop(0))
    r.key(qtbot, Qt.Key.Key_Escape)
    assert r.session.state is core.State.LEAD_IN and not finished
    r.key(qtbot, Qt.Key.Key_Escape)
    assert finished and not finished[0].completed
    assert r.player.showing_finish
    assert r.player.finish_heading.text().startswith("Stopped early")
    # Again reloads the routine; Done goes home.
    qtbot.mouseClick(r.player.again_button, Qt.MouseButton.LeftButton)
    assert r.session.state is core.State.IDLE and not r.player.showing_finish
    r.key(qtbot, Qt.Key.Key_Escape)  # idle: leaving needs no question
    assert r.window.stack.currentWidget() is r.window.home


def test_pain_ratings_before_and_after_are_kept_with_the_session(rig, qtbot):
    short = Routine(id="short", name={"en": "Short"}, lead_in_s=2,
                    steps=(Step("superman", mode="hold", hold_s=3, rest_after_s=0),))
    r = rig()
    r.window.open_player(short)
    assert r.player.pain_before.isVisibleTo(r.player)
    qtbot.mouseClick(r.player.pain_before.buttons[4], Qt.MouseButton.LeftButton)
    # The answer stays in view, marked and said: nothing moves under the pointer.
    assert r.player.pain_before.buttons[4].isChecked()
    assert r.player.pain_before.scale.text() == "✓ Pain 4 of 10 — noted"
    r.runner.start()
    assert not r.player.pain_before.isVisibleTo(r.player)
    r.until(lambda: r.session.state is core.State.FINISHED)
    assert r.player.pain_after.isVisibleTo(r.player)
    qtbot.mouseClick(r.player.pain_after.buttons[2], Qt.MouseButton.LeftButton)
    [record] = r.window.workout.store.sessions()
    assert (record.routine_id, record.pain_before, record.pain_after) == ("short", 4, 2)
    qtbot.mouseClick(r.player.finish_done_button, Qt.MouseButton.LeftButton)
    assert r.window.stack.currentWidget() is r.window.home


def test_no_pain_questions_when_turned_off(rig):
    r = rig(settings_values={"pain_checkins": False})
    r.window.open_player(r.library.get("quick-5"))
    assert not r.player.pain_before.isVisibleTo(r.player)


def test_full_screen_with_f_and_escape(rig, qtbot):
    r = rig()
    r.window.open_player(r.library.get("quick-5"))
    r.key(qtbot, Qt.Key.Key_F)
    assert r.window.isFullScreen()
    assert not r.window.toolbar.isVisible()
    r.key(qtbot, Qt.Key.Key_Escape)
    assert not r.window.isFullScreen()
    assert r.window.toolbar.isVisible()
    # Escape out of full screen did not leave the player.
    assert r.window.stack.currentWidget() is r.player


def test_countdown_digits_are_big_at_1280x800_and_grow_in_full_screen(rig, qtbot):
    r = rig()
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    r.run_for(0.5)
    qtbot.wait(1)
    height = r.player.countdown.digit_height()
    assert height >= 96
    r.window.resize(1920, 1200)
    qtbot.wait(1)
    assert r.player.countdown.digit_height() > height


def test_suspend_pauses_and_says_why(rig):
    r = rig()
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    r.clock.advance(120)  # the laptop slept
    r.runner.update()
    assert r.session.state is core.State.PAUSED
    assert r.player.notice_label.isVisibleTo(r.player)
    assert "asleep" in r.player.notice_label.text()


def test_no_sound_flashes_the_countdown_and_says_so_once(rig):
    r = rig(sound=FakeSound(problem="no audio output device"))
    assert r.player.notice_label.isVisibleTo(r.player)
    assert "Sound is not available" in r.player.notice_label.text()
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    r.run_for(5.5)
    assert r.sound.played == []
    assert r.player.countdown.flashes == 4  # 3, 2, 1, go


def test_dutch_exercise_texts(rig):
    r = rig(lang="nl")
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    r.run_for(5.1)
    assert r.player.title_label.text() == "Bekkenkanteling"


def test_prescription_helper_reads_well():
    steps = (Step("glute-bridge", mode="reps", reps=12, tempo=Tempo(), sets=3),
             Step("knee-to-chest", mode="hold", hold_s=30, sides="both"))
    assert player_text.step_amount(steps[0]) == "3 × 12\u00a0reps"
    assert player_text.step_amount(steps[1]) == "30\u00a0s each side"
    assert player_text.format_clock(45) == "45"
    assert player_text.format_clock(90) == "1:30"
    assert player_text.format_clock(3600) == "1:00:00"
    assert player_text.format_duration(59.6) == "1:00"
    assert player_text.fill("Set %1 of %2", 2, 3) == "Set 2 of 3"


def test_save_messages_reach_the_finish_page(rig):
    r = rig()
    r.window.open_player(r.library.get("quick-5"))
    r.runner.start()
    assert r.player.finish_saved.text() == ""
    # SQLite refuses every write from here (its own "readonly" error): the next step's.
    r.window.workout.store._conn.execute("PRAGMA query_only = ON")
    r.runner.skip()
    r.runner.skip()
    assert r.player.notice_label.isVisibleTo(r.player)
    assert "cannot be written" in r.player.notice_label.text()
    r.runner.stop()
    assert "cannot be written" in r.player.finish_saved.text()
    r.runner.load(r.library.get("quick-5"))
    assert r.player.finish_saved.text() == ""
