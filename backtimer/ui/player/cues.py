"""Sound and voice cues: a listener on the runner's signals that beeps, speaks or flashes."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from backtimer.core.figure.moment import moment_of
from backtimer.core.routine import Exercise, Routine
from backtimer.core.timeline import Cue, CueKind, Segment, Timeline, build_timeline
from backtimer.ui.player import text as player_text
from backtimer.ui.player.cue_words import cue_sentence, segment_sentence
from backtimer.ui.player.sound_sink import SOUND_FILES, QtSoundSink, sound_length
from backtimer.ui.player.speech import Speech

log = logging.getLogger("backtimer.cues")

class SoundSink(Protocol):
    """Plays a named cue sound. ``problem`` is None when sound works, else why it does not."""

    problem: str | None

    def play(self, name: str, volume: float) -> None: ...


class VoiceSink(Protocol):
    """Speaks a sentence after whatever it is saying now; ``available`` is False without engine."""

    available: bool

    def say(self, text: str) -> None: ...


class CuePlayer(QObject):
    """Turns the runner's events into sounds, speech, or flashes when nothing can be heard.

    Nothing calls it: it only listens to the runner. Beeps go out at once; speech waits until
    the beep has sounded, so a sentence never delays a beep nor talks over it.

    Signals:
        cue_given(str): a cue's sound name was played (or would have been: see flash_needed).
        flash_needed(str): a cue could not be heard (sound off or unavailable): show it.
        sound_unavailable(str): said once, when sound cannot play on this computer (why).
        voice_stopped(str): said once, when the voice stopped working (why); beeps go on.
    """

    cue_given = Signal(str)  # unwired: benchmarks/bench_audio.py times cues with it
    flash_needed = Signal(str)
    sound_unavailable = Signal(str)
    voice_stopped = Signal(str)

    def __init__(self, runner: QObject, settings: Mapping, lang: str, parent: QObject, *,
                 exercises: Mapping[str, Exercise],
                 sound: SoundSink | None = None, voice: VoiceSink | None = None,
                 voice_factory: Callable[[], VoiceSink] | None = None):
        super().__init__(parent)
        self.settings = settings
        self.lang = lang
        self.exercises = exercises
        self._sound = sound
        self._voice = voice
        self._voice_factory = voice_factory or (
            lambda: Speech(lang, self, voice_name=settings["voice_name"]))
        self._told_unavailable = False
        self._lengths: dict[str, float] | None = None  # read when the first beep plays
        self._quiet_at = 0.0  # monotonic time the last beep ends
        self._speech_queue: list[str] = []
        self._speech_timer = QTimer(self)
        self._speech_timer.setSingleShot(True)
        self._speech_timer.setInterval(0)
        self._speech_timer.timeout.connect(self._speak_queued)
        self.timeline: Timeline | None = None
        runner.session_loaded.connect(self._on_loaded)
        runner.cue_due.connect(self._on_cue)
        runner.segment_started.connect(self._on_segment)

    @property
    def sound(self) -> SoundSink:
        # Made when first needed (the player opening a routine, well before the lead-in's first
        # cue): QtMultimedia's backend costs the window's start ~20 ms and ~15 MiB.
        if self._sound is None:
            self._sound = QtSoundSink(self)
        return self._sound

    @property
    def voice(self) -> VoiceSink | None:
        # Made on first use: starting a speech engine costs time the window should not wait on.
        if self._voice is None and self.settings["voice_enabled"]:
            self._voice = self._voice_factory()
            if isinstance(self._voice, Speech):
                self._voice.stopped.connect(self.voice_stopped)
        return self._voice

    def announce_problems(self) -> None:
        """Say once why sound is unavailable (the player shows it)."""
        if self.sound.problem and not self._told_unavailable:
            self._told_unavailable = True
            log.info("sound cues unavailable: %s; the countdown flashes instead",
                     self.sound.problem)
            self.sound_unavailable.emit(self.sound.problem)

    # --- listeners ----------------------------------------------------------------------------

    def _on_loaded(self, routine: Routine) -> None:
        self.timeline = build_timeline(routine)
        self.announce_problems()

    def _on_cue(self, cue: Cue, segment: Segment | None) -> None:
        name = SOUND_FILES[cue.kind]
        if self.settings["sounds_enabled"] and self.sound.problem is None:
            self.sound.play(name, self.settings["volume"] / 100)
            if self._lengths is None:
                self._lengths = {n: sound_length(n) for n in SOUND_FILES.values()}
            self._quiet_at = max(self._quiet_at,
                                 time.monotonic() + self._lengths.get(name, 0.0))
            self.cue_given.emit(name)
        elif cue.kind is not CueKind.TICK:
            # Ticks come every rep phase; flashing on each would be restless.
            self.flash_needed.emit(name)
        sentence = cue_sentence(cue)
        if sentence:
            self._queue_speech(sentence)
        if segment is not None and segment.rep_no is not None and segment.phases:
            self._say_rep_part(cue, segment)

    def _say_rep_part(self, cue: Cue, segment: Segment) -> None:
        """The rep's number and the movement's word ("3, Hips up"), when the person wants them."""
        words = []
        if cue.at_s == 0 and self.settings["count_reps_aloud"]:
            words.append(str(segment.rep_no))
        phase = next((p for p in segment.phases if abs(p.start_s - cue.at_s) < 1e-6), None)
        if phase is not None and self.settings["say_movements"]:
            moment = moment_of(segment, cue.at_s, running=True)
            words.append(player_text.phase_word(self.exercises, segment.exercise_id, phase.name,
                                                moment.side if moment else segment.side,
                                                self.lang))
        if words:
            self._queue_speech(", ".join(words))

    def _on_segment(self, segment: Segment) -> None:
        if self.timeline is None:
            return
        said = segment_sentence(self.timeline, segment, self.exercises, self.lang)
        if said is not None:
            self._queue_speech(said[0])

    # --- speech -------------------------------------------------------------------------------

    def _queue_speech(self, sentence: str) -> None:
        if not self.settings["voice_enabled"]:
            return
        # The screen's texts keep "40 s" on one line with a no-break space; a voice wants a space.
        self._speech_queue.append(sentence.replace("\u00a0", " "))
        self._speech_timer.start(0)

    def _speak_queued(self) -> None:
        wait_ms = round((self._quiet_at - time.monotonic()) * 1000)
        if wait_ms > 0:  # a beep is still sounding: speak after it
            self._speech_timer.start(wait_ms)
            return
        queue, self._speech_queue = self._speech_queue, []
        voice = self.voice
        if voice is None or not voice.available:
            return
        if hasattr(voice, "set_volume"):
            voice.set_volume(self.settings["volume"] / 100)
        for sentence in queue:
            voice.say(sentence)
