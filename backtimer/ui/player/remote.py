"""What a remote's buttons do to the workout: media keys, headset buttons, the desktop's media
controls and a phone (MPRIS) all give these commands, which are the player's own keys'.

Play/pause is Space without its "done": a set at your own pace is finished on Space or the
done button, never by a button that also pauses (a headset click must not end a set).
"""

from __future__ import annotations

from collections.abc import Callable

from backtimer.core.session import State

ENDED = (State.FINISHED, State.ABANDONED)


def loaded(runner) -> bool:
    """A routine is loaded and not over: the remote's buttons have something to act on."""
    session = runner.session
    return session is not None and session.state not in ENDED


def play_pause(runner) -> None:
    """Start the loaded routine, pause it, or resume it (like Space)."""
    if loaded(runner):
        runner.toggle_pause()


def play(runner) -> None:
    """Start the loaded routine or resume it; a running one goes on as it is."""
    if not loaded(runner):
        return
    if runner.session.state is State.IDLE:
        runner.start()
    elif runner.session.state is State.PAUSED:
        runner.resume()


def pause(runner) -> None:
    if loaded(runner):
        runner.pause()


def next_(runner) -> None:
    """Skip (like →)."""
    if loaded(runner):
        runner.skip()


def previous(runner) -> None:
    """Back (like ←): this step again, or the one before when it has only just begun."""
    if loaded(runner):
        runner.back()


def stop(runner) -> None:
    """End the workout now; what was done is kept, saved as stopped."""
    if runner.busy:
        runner.stop()


def command_for_key(key: int) -> Callable[[object], None] | None:
    """The command of a media key (Qt.Key), or None for any other key."""
    from PySide6.QtCore import Qt

    keys = Qt.Key
    return {
        keys.Key_MediaPlay: play,
        keys.Key_MediaPause: pause,
        keys.Key_MediaTogglePlayPause: play_pause,
        keys.Key_MediaNext: next_,
        keys.Key_MediaPrevious: previous,
        keys.Key_MediaStop: stop,
    }.get(key)
