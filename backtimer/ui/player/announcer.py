"""Tells a screen reader what changes while nobody touches the keyboard: a new exercise, "switch
sides", a rest, the last seconds before work, done, paused and resumed — once each, politely.

The words are the voice's (``cue_words``), so the voice and the screen reader say the same.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from backtimer.core.routine import Exercise
from backtimer.core.timeline import COUNTDOWN_FROM, Cue, CueKind, Segment, SegmentKind
from backtimer.ui.player import text as player_text
from backtimer.ui.player.cue_words import cue_sentence, segment_sentence
from backtimer.ui.player.text import fill


class Announcer(QObject):
    """Listens to the runner and announces on ``widget`` (the player) through the desktop's
    accessibility bus. ``said`` keeps what was announced, in order, for the curious."""

    def __init__(self, runner, widget: QWidget, *, exercises: Mapping[str, Exercise],
                 lang: str):
        super().__init__(widget)
        self.runner = runner
        self.widget = widget
        self.exercises = exercises
        self.lang = lang
        self.said: list[str] = []
        self._named_step: int | None = None  # the step the last announcement named
        self._state = ""
        runner.session_loaded.connect(self._on_loaded)
        runner.segment_started.connect(self._on_segment)
        runner.cue_due.connect(self._on_cue)
        runner.state_changed.connect(self._on_state)

    def announce(self, message: str) -> None:
        self.said.append(message)
        event = QAccessibleAnnouncementEvent(self.widget, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    def _on_loaded(self, _routine) -> None:
        self._named_step = None
        self._state = ""

    def _on_segment(self, segment: Segment) -> None:
        session = self.runner.session
        if session is None:
            return
        said = segment_sentence(session.timeline, segment, self.exercises, self.lang)
        if said is not None:
            sentence, named = said
            self.announce(sentence.replace("\u00a0", " "))
            if named is not None:
                self._named_step = named
        elif segment.kind is SegmentKind.WORK and segment.step_index is not None \
                and segment.step_index != self._named_step:
            # Straight from one exercise into the next, with no rest to say it in.
            self._named_step = segment.step_index
            self.announce(player_text.exercise_name(self.exercises, segment.exercise_id,
                                                    self.lang))

    def _on_cue(self, cue: Cue, _segment) -> None:
        if cue.kind is CueKind.COUNTDOWN and cue.count == COUNTDOWN_FROM:
            self.announce(fill(QCoreApplication.translate("Cues", "%1\u00a0seconds left"),
                               cue.count))
            return
        sentence = cue_sentence(cue)
        if sentence:
            self.announce(sentence)

    def _on_state(self, state: str) -> None:
        before, self._state = self._state, state
        if state == "paused":
            self.announce(QCoreApplication.translate("Cues", "Paused"))
        elif before == "paused" and state not in ("finished", "abandoned"):
            self.announce(QCoreApplication.translate("Cues", "Resumed"))
