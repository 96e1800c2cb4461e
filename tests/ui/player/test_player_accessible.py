"""The player read by a screen reader: every label's name is what it shows, with what it is as
its description; what changes on its own is announced once, in the voice's words."""

from __future__ import annotations

from helpers.stubs import FakeVoice, speech_returning
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.ui.player import cues as cues_module


def start(start_app, monkeypatch, *options):
    clock, voice = FakeClock(), FakeVoice()
    monkeypatch.setattr(cues_module, "Speech", speech_returning(voice))
    window = start_app(*options, clock=clock,
                       settings={"voice_enabled": True, "sounds_enabled": False})
    return window, clock, voice


def read(widget) -> tuple[str, str]:
    """(name, description) as the accessibility bus gets them."""
    shown = QAccessible.queryAccessibleInterface(widget)
    return shown.text(QAccessible.Text.Name), shown.text(QAccessible.Text.Description)


def test_every_label_of_the_player_reads_as_it_shows(start_app, monkeypatch, qtbot):
    window, clock, _voice = start(start_app, monkeypatch)
    window.open_player(window.library.get("quick-5"))
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_Right)  # past the get-ready time, into pelvic tilt
    clock.run(2.0, window.runner.update, 0.25)
    assert player.title_label.text() == "Pelvic tilt"
    assert read(player.title_label) == ("Pelvic tilt", "Exercise")
    assert read(player.countdown)[0] == player.countdown.text() != ""
    assert read(player.prescription_label) == (player.prescription_label.text(), "Prescription")
    assert "reps" in read(player.prescription_label)[0]
    assert read(player.instruction_label) == (player.instruction_label.text(), "Instruction")
    assert read(player.next_up_label)[0].startswith("Next:")
    assert read(player.next_up_label)[1] == "Next up"
    assert read(player.time_left_label)[0].endswith("left")
    assert read(player.time_left_label)[1] == "Routine time left"
    assert read(player.illustration)[0].startswith("Pelvic tilt: ")


def test_changes_are_announced_once_in_the_voices_words(start_app, monkeypatch, qtbot):
    window, clock, voice = start(start_app, monkeypatch)
    window.open_player(window.library.get("quick-5"))
    player, runner = window.player, window.runner
    said = player.announcer.said
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.wait(1)  # the voice's queue is spoken from the event loop
    assert said[0] == voice.said[0] == "Get ready: Pelvic tilt, 10 reps at your own pace"
    clock.run(5.5, runner.update, 0.25)
    assert "3\u00a0seconds left" in said
    assert said.count("3\u00a0seconds left") == 1  # once, not every second
    while runner.session.segment.exercise_id == "pelvic-tilt":
        runner.done()
        clock.run(0.5, runner.update, 0.25)
    qtbot.wait(1)
    rest = [s for s in said if s.startswith("Rest. Next:")]
    assert rest and rest[0] in voice.said
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert runner.session.state is core.State.PAUSED
    assert said[-1] == "Paused"
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert said[-1] == "Resumed"
    before = len(said)
    clock.run(0.9, runner.update, 0.25)
    assert len(said) == before  # the seconds going by are not announced


def test_going_back_to_an_exercise_names_it(start_app, monkeypatch, qtbot):
    window, _clock, _voice = start(start_app, monkeypatch)
    window.open_player(window.library.get("quick-5"))
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    qtbot.keyClick(player, Qt.Key.Key_Right)
    qtbot.keyClick(player, Qt.Key.Key_Right)
    qtbot.keyClick(player, Qt.Key.Key_Right)
    name = player.title_label.text()
    assert name in " ".join(player.announcer.said)


def test_the_routine_progress_says_how_much_is_done_and_offers_no_change(start_app, monkeypatch,
                                                                        qtbot):
    window, clock, _voice = start(start_app, monkeypatch)
    window.open_player(window.library.get("quick-5"))
    player = window.player
    qtbot.keyClick(player, Qt.Key.Key_Space)
    clock.run(30.0, window.runner.update, 0.25)
    bar = QAccessible.queryAccessibleInterface(player.routine_progress)
    assert bar.text(QAccessible.Text.Name) == "Routine progress"
    assert bar.text(QAccessible.Text.Description).endswith("\u00a0% done")
    assert bar.text(QAccessible.Text.Description) != "0\u00a0% done"
    # No value to set: AT-SPI would offer Increase and Decrease for any value interface.
    assert bar.valueInterface() is None


def test_the_finish_pages_buttons_have_distinct_names(start_app, monkeypatch, qtbot):
    from PySide6.QtWidgets import QPushButton

    window, _clock, _voice = start(start_app, monkeypatch)
    window.settings.update({"pain_checkins": True})
    window.open_player(window.library.get("quick-5"))
    player = window.player
    names = [b.accessibleName() or b.text() for b in player.finish_page.findChildren(QPushButton)]
    assert len(names) == len(set(names)), names
    assert "Skip the pain rating" in names and "Skip the effort rating" in names
