"""Stand-ins for what the tests replace: the sound device, the voice's engine and the wall
clock. Each records what it was asked, so a test asserts what a person would have heard."""

from __future__ import annotations

import datetime as dt


class FakeSound:
    """A cue sink that remembers what it was asked to play (and adds ("sound", name) to a
    shared ``log`` when given one, to check the order of beeps and words)."""

    def __init__(self, problem: str | None = None, log: list | None = None):
        self.problem = problem
        self.log = log
        self.played: list[tuple[str, float]] = []

    def play(self, name: str, volume: float) -> None:
        self.played.append((name, volume))
        if self.log is not None:
            self.log.append(("sound", name))


class FakeVoice:
    """A voice that is always there and remembers each sentence (and adds ("voice", text) to
    a shared ``log`` when given one)."""

    available = True

    def __init__(self, log: list | None = None):
        self.log = log
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)
        if self.log is not None:
            self.log.append(("voice", text))


def speech_returning(voice: FakeVoice) -> type:
    """In place of ``cues.Speech`` (the voice's own process): a class, as the cue player checks
    the type of its voice, whose every construction gives ``voice``."""
    return type("FakeSpeech", (), {"__new__": lambda _cls, *_args, **_kwargs: voice})


class FakeNow:
    """The wall clock, set by hand: ``now.moment = …``."""

    def __init__(self, moment: dt.datetime):
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment
