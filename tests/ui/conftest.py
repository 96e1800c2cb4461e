"""Fixtures for tests of the running app: cue sinks that make no sound (tests not about
sound)."""

from __future__ import annotations

import pytest


class SilentSound:
    played: list

    def __init__(self, *_args):
        self.problem = None
        self.played = []

    def play(self, name: str, volume: float) -> None:
        self.played.append((name, volume))


class SilentVoice:
    available = False

    def __init__(self, *_args, **_kwargs):
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)


@pytest.fixture
def quiet(monkeypatch):
    """The app's cue player plays into a list (no audio device on a test machine)."""
    from backtimer.ui.player import cues

    monkeypatch.setattr(cues, "QtSoundSink", SilentSound)
    monkeypatch.setattr(cues, "QtVoice", SilentVoice)
