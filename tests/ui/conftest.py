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


@pytest.fixture
def quiet(monkeypatch):
    """The app's cue player plays into a list (no audio device on a test machine); the voice
    is off in ``start_app``'s settings."""
    from backtimer.ui.player import cues

    monkeypatch.setattr(cues, "QtSoundSink", SilentSound)
