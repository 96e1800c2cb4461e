"""Cues: which sounds and sentences the runner's events become, and graceful absence of audio."""

from __future__ import annotations

import pytest
from helpers.stubs import FakeSound, FakeVoice
from PySide6.QtCore import QObject

from backtimer.core import catalog
from backtimer.core.clock import FakeClock, local_now
from backtimer.core.routine import Routine, Step, Tempo
from backtimer.storage.settings_store import Settings
from backtimer.ui.assets import asset_path
from backtimer.ui.player.cues import SOUND_FILES, CuePlayer, QtSoundSink
from backtimer.ui.player.runner import SessionRunner
from backtimer.ui.player.speech import Speech


@pytest.fixture
def parts(tmp_path, qapp):
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=local_now)
    settings = Settings(tmp_path / "settings.json")
    log: list[tuple[str, str]] = []
    yield parent, clock, runner, settings, log
    runner.stop()
    parent.deleteLater()


def make_cues(parts, **kwargs):
    parent, _clock, runner, settings, log = parts
    kwargs.setdefault("sound", FakeSound(log=log))
    kwargs.setdefault("voice", FakeVoice(log))
    return CuePlayer(runner, settings, "en", parent, exercises=catalog.EXERCISES, **kwargs)


def settle(qtbot, cues):
    """Until the sentences due have been handed to the voice."""
    qtbot.waitUntil(lambda: not cues._speech_timer.isActive(), timeout=3000)


def run(clock, runner, seconds):
    while seconds > 0:
        clock.advance(0.25)
        runner.update()
        seconds -= 0.25


LONG_HOLD = Routine(id="hold", name={"en": "Hold"}, lead_in_s=3, steps=(
    Step("childs-pose", mode="hold", hold_s=40, sides="both", switch_s=5, rest_after_s=10),
    Step("superman", mode="hold", hold_s=5),
))


def test_sounds_and_sentences_follow_the_session(parts, qtbot):
    _parent, clock, runner, _settings, log = parts
    cues = make_cues(parts)
    runner.load(LONG_HOLD)
    runner.start()
    settle(qtbot, cues)  # speech waits until the beep has sounded
    assert log[0] == ("sound", "countdown")
    assert log[1] == ("voice", "Get ready: Child's pose, 40 seconds each side")
    run(clock, runner, 3.0)
    assert log[-1] == ("sound", "go")
    run(clock, runner, 20.0)
    settle(qtbot, cues)
    assert ("sound", "halfway") in log and ("voice", "Halfway") in log
    run(clock, runner, 20.0)
    settle(qtbot, cues)
    assert ("sound", "switch") in log and ("voice", "Switch sides") in log
    run(clock, runner, 45.0)
    settle(qtbot, cues)
    assert ("voice", "Rest. Next: Superman, 5 seconds") in log
    run(clock, runner, 20.0)
    settle(qtbot, cues)
    assert log[-2:] == [("sound", "done"), ("voice", "Well done")]
    sounds = [name for kind, name in log if kind == "sound"]
    assert set(sounds) <= set(SOUND_FILES.values())
    assert sounds.count("countdown") == 3 + 3 + 3 + 3 + 3  # lead-in, hold end ×2, switch, rest
    assert cues.timeline is not None


def test_a_beep_is_never_behind_speech(parts, qtbot):
    _parent, _clock, runner, _settings, log = parts
    cues = make_cues(parts)
    runner.load(LONG_HOLD)
    runner.start()
    # Lead-in's "get ready" sentence and its first beep were both due at once: beep first,
    # and the sentence only once the beep (0.12 s) has sounded, not over it.
    assert log == [("sound", "countdown")]
    qtbot.wait(60)
    assert log == [("sound", "countdown")]
    settle(qtbot, cues)
    assert log[1][0] == "voice"


def test_settings_turn_sound_and_voice_off(parts, qtbot):
    _parent, clock, runner, settings, log = parts
    settings.update({"sounds_enabled": False, "voice_enabled": False})
    cues = make_cues(parts)
    flashes = []
    cues.flash_needed.connect(flashes.append)
    runner.load(LONG_HOLD)
    runner.start()
    run(clock, runner, 3.0)
    settle(qtbot, cues)
    assert log == []
    assert flashes == ["countdown", "countdown", "countdown", "go"]


def test_volume_comes_from_the_settings(parts):
    _parent, _clock, runner, settings, _log = parts
    volumes = []

    class VolumeSink:
        problem = None

        def play(self, name, volume):
            volumes.append(volume)

    settings.update({"volume": 35})
    make_cues(parts, sound=VolumeSink())
    runner.load(LONG_HOLD)
    runner.start()
    assert volumes == [pytest.approx(0.35)]


def test_unavailable_sound_is_announced_once(parts):
    _parent, _clock, runner, _settings, log = parts
    cues = make_cues(parts, sound=FakeSound(log=log, problem="no audio output device"))
    told = []
    cues.sound_unavailable.connect(told.append)
    runner.load(LONG_HOLD)
    runner.load(LONG_HOLD)
    assert told == ["no audio output device"]


@pytest.mark.qt_log_ignore("PulseAudioService.*", "pa_context.*")
def test_real_sound_sink_without_audio_output_says_why(qtbot):
    parent = QObject()
    sink = QtSoundSink(parent)
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        assert sink.problem and "QtMultimedia" in sink.problem
    else:
        if QMediaDevices.audioOutputs():
            assert sink.problem is None
        else:
            assert sink.problem == "no audio output device"
    sink.play("go", 0.5)  # never raises, with or without sound
    parent.deleteLater()


def test_mock_voice_engine_speaks_in_the_interface_language(qtbot):
    """The engine runs in a process of its own; the mock engine answers like a real one."""
    parent = QObject()
    voice = Speech("en", parent, engine="mock")
    assert voice.available  # taking sentences while it opens
    voice.say("Switch sides")
    with qtbot.waitSignal(voice.opened, timeout=15000):
        pass
    assert voice.locale.startswith("en_") and voice.voices
    voice.say("Halfway")
    qtbot.waitUntil(lambda: voice._answered == 2, timeout=5000)  # both taken by the engine
    assert voice.available
    voice.close()
    parent.deleteLater()


def test_voice_without_engine_is_silently_absent(qtbot):
    parent = QObject()
    voice = Speech("nl", parent, engine="no-such-engine")
    with qtbot.waitSignal(voice.unavailable, timeout=15000) as told:
        pass
    assert told.args == ["no-engine"] and not voice.available
    voice.say("niets")  # never raises
    parent.deleteLater()


def test_every_cue_has_its_sound_file(qapp):
    for name in SOUND_FILES.values():
        assert asset_path(f"sounds/{name}.wav") is not None, name


ROTATIONS = Routine(id="rotations", name={"en": "Rotations"}, lead_in_s=0, steps=(
    Step("lumbar-rotation", mode="reps", reps=2, tempo=Tempo(up_s=2.0, hold_s=1.0, down_s=2.0)),
))


def test_movements_and_rep_numbers_are_said_only_when_asked(parts, qtbot):
    _parent, clock, runner, settings, log = parts
    cues = make_cues(parts)
    runner.load(ROTATIONS)
    runner.start()
    run(clock, runner, 10.5)
    settle(qtbot, cues)
    said = [text for kind, text in log if kind == "voice"]
    assert not any("Knees" in text for text in said)  # off by default: the beeps say enough

    log.clear()
    settings.update({"say_movements": True, "count_reps_aloud": True})
    runner.load(ROTATIONS)
    runner.start()
    run(clock, runner, 10.5)
    settle(qtbot, cues)
    said = [text for kind, text in log if kind == "voice"]
    assert said[:3] == ["1, Knees to the left", "Let them rest", "Back to the middle"]
    assert "2, Knees to the right" in said
    # Each sentence comes after the beep of its moment, never before it.
    first = log.index(("voice", "1, Knees to the left"))
    assert ("sound", "go") in log[:first]
