"""backtimer as an MPRIS media player, so every remote a Linux desktop knows drives the workout:
headset buttons, keyboards' media keys, GNOME's and KDE's media controls, KDE Connect and
GSConnect on a phone.

It serves ``org.mpris.MediaPlayer2`` and ``org.mpris.MediaPlayer2.Player`` at
``/org/mpris/MediaPlayer2`` on the session bus, as ``org.mpris.MediaPlayer2.backtimer`` (or
``….backtimer.instance<pid>`` when another copy has that name). A track is a segment of the
session (a hold, a rep, a rest). The player is a listener: it reads the runner, tells the bus
what changed, and passes the buttons on as the commands in ``remote``; it keeps no workout
state of its own. Spec: https://specifications.freedesktop.org/mpris-spec/latest/
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from backtimer.core.routine import Exercise, localized
from backtimer.core.session import ACTIVE, State
from backtimer.core.timeline import SegmentKind
from backtimer.ui.player import remote, text
from backtimer.ui.player.cover_art import CoverArt

log = logging.getLogger("backtimer.media")

BUS_NAME = "org.mpris.MediaPlayer2.backtimer"
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
DESKTOP_ENTRY = "io.github.backtimer.backtimer"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"
# Track ids must not start with /org/mpris (the spec keeps that for itself).
TRACK_PATH = "/io/github/backtimer/segment/"


class MprisPlayer(QObject):
    """The object at /org/mpris/MediaPlayer2; its two adaptors are what the bus sees.

    ``raise_window`` and ``quit_app`` are what the window's own "come forward" and Quit do.
    """

    def __init__(self, runner, parent: QObject, *, exercises: Mapping[str, Exercise],
                 lang: str, cache_dir: Path, raise_window: Callable[[], None],
                 quit_app: Callable[[], None], bus: QDBusConnection | None = None):
        super().__init__(parent)
        self.runner = runner
        self.exercises = exercises
        self.lang = lang
        self.raise_window = raise_window
        self.quit_app = quit_app
        self.bus = bus
        self.bus_name = ""
        self._art = CoverArt(cache_dir, self)
        self._art.drawn.connect(self._on_changed)
        self._art.drawn.connect(self._tell)
        self.root_adaptor = MediaPlayer2Adaptor(self)
        self.player_adaptor = PlayerAdaptor(self)
        # What the bus was last told, to tell it only what changed.
        self._told: dict[str, object] = {}
        self._dirty = True
        self._last_index: int | None = None
        self._entered = False  # a segment began since the last tell
        self._moved = False  # skip, back or restart moved the position since the last tell
        runner.session_loaded.connect(self._on_loaded)
        runner.segment_started.connect(self._on_segment)
        runner.state_changed.connect(self._on_state)
        runner.session_finished.connect(self._on_changed)
        # Every command and update ends with `ticked`: one tell per batch of events.
        runner.ticked.connect(self._tell)

    # --- what the bus reads -------------------------------------------------------------------

    def playback_status(self) -> str:
        session = self.runner.session
        if session is None:
            return "Stopped"
        if session.state in ACTIVE:
            return "Playing"
        if session.state is State.PAUSED:
            return "Paused"
        return "Stopped"  # not started yet, finished or stopped

    def can_control(self) -> bool:
        return remote.loaded(self.runner)

    def position_us(self) -> int:
        """Into the current segment, in microseconds of the session's clock."""
        if not remote.loaded(self.runner):
            return 0
        return self.runner.session.elapsed_in_segment_ns() // 1000

    def rate(self) -> float:
        """--time-scale runs the session faster; a panel that moves the position itself must
        know."""
        return float(self.runner.clock.scale)

    def metadata(self) -> dict[str, object]:
        """The current segment as a track: the exercise (or "Rest", "Get ready"), the routine,
        the prescription line, the segment's length and the exercise's figure."""
        if not remote.loaded(self.runner):
            return {"mpris:trackid": NO_TRACK}
        session = self.runner.session
        segment = session.segment
        timeline = session.timeline
        step_index = text.upcoming_step(timeline, segment)
        step = timeline.routine.steps[step_index] if step_index is not None else None
        data: dict[str, object] = {
            "mpris:trackid": f"{TRACK_PATH}{segment.index}",
            "xesam:title": text.segment_title(segment, self.exercises, self.lang),
            "xesam:album": localized(timeline.routine.name, self.lang),
        }
        line = text.prescription(segment, step, self.exercises, self.lang)
        if line:
            data["xesam:artist"] = [line]
        if segment.duration_s is not None:  # a set at your own pace has no known length
            data["mpris:length"] = round(segment.duration_s * 1_000_000)
        exercise_id = step.exercise if step is not None else segment.exercise_id
        pose = "end" if segment.kind is SegmentKind.WORK else "start"
        art = self._art.url(exercise_id, pose, mirrored=segment.side == "right")
        if art:
            data["mpris:artUrl"] = art
        return data

    def _changing(self) -> dict[str, object]:
        """The properties the bus is told of when they change (track id as a plain string)."""
        can = self.can_control()  # every Can… that changes follows a loaded routine
        return {"PlaybackStatus": self.playback_status(), "Metadata": self.metadata(),
                "CanPlay": can, "CanPause": can, "CanGoNext": can, "CanGoPrevious": can,
                "CanControl": can}

    # --- listeners ----------------------------------------------------------------------------

    def _on_loaded(self, _routine) -> None:
        self._last_index = None
        self._moved = False
        self._dirty = True

    def _on_segment(self, segment) -> None:
        # In order (the time ran out) is the next segment; any other is a jump.
        if self._last_index is not None and segment.index != self._last_index + 1:
            self._moved = True
        self._last_index = segment.index
        self._entered = self._dirty = True

    def _on_state(self, state: str) -> None:
        # Skip and back enter a segment with a short get-ready: a jump, also to the next one.
        # (Resume has the get-ready without a new segment; time running out, neither.)
        if state == State.GETTING_READY.value and self._entered:
            self._moved = True
        self._dirty = True

    def _on_changed(self, *_event) -> None:
        self._dirty = True

    def _tell(self) -> None:
        if not self._dirty:
            return
        self._dirty = self._entered = False
        changed = {name: value for name, value in self._changing().items()
                   if self._told.get(name) != value}
        self._told.update(changed)
        if "Metadata" in changed:
            changed["Metadata"] = _on_the_bus(changed["Metadata"])
        if changed and self.bus is not None:
            message = QDBusMessage.createSignal(OBJECT_PATH, PROPERTIES_INTERFACE,
                                                "PropertiesChanged")
            message.setArguments([PLAYER_INTERFACE, changed, _no_strings()])
            self.bus.send(message)
        if self._moved:
            self._moved = False
            self.player_adaptor.Seeked.emit(self.position_us())

    # --- what the buttons do ------------------------------------------------------------------

    def command(self, name: str) -> None:
        """A button of the Player interface, by its D-Bus name."""
        _COMMANDS[name](self.runner)


_COMMANDS = {"PlayPause": remote.play_pause, "Play": remote.play, "Pause": remote.pause,
             "Next": remote.next_, "Previous": remote.previous, "Stop": remote.stop}


def _on_the_bus(metadata: dict[str, object]) -> dict[str, object]:
    """The track id as an object path, which the spec asks for."""
    return {**metadata, "mpris:trackid": QDBusObjectPath(str(metadata["mpris:trackid"]))}


def _no_strings() -> QDBusArgument:
    """An empty array of strings ('as'). A plain [] goes out as 'av', and GLib's clients
    (playerctl, GNOME Shell) then drop the whole PropertiesChanged signal."""
    empty = QDBusArgument()
    empty.beginArray(QMetaType(QMetaType.Type.QString))
    empty.endArray()
    return empty


@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})
class MediaPlayer2Adaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who we are, come forward, quit. Names are the D-Bus names."""

    def __init__(self, player: MprisPlayer):
        super().__init__(player)
        self._player = player

    @Slot()
    def Raise(self) -> None:
        self._player.raise_window()

    @Slot()
    def Quit(self) -> None:
        self._player.quit_app()

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _identity(self) -> str:
        return "backtimer"

    def _desktop_entry(self) -> str:
        return DESKTOP_ENTRY

    def _nothing(self) -> list[str]:
        return []

    CanQuit = Property(bool, _true)
    CanRaise = Property(bool, _true)
    HasTrackList = Property(bool, _false)
    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    SupportedUriSchemes = Property("QStringList", _nothing)
    SupportedMimeTypes = Property("QStringList", _nothing)


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})
class PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the buttons, the track and where in it we are. Position
    is read when asked and never announced, as the spec wants. Names are the D-Bus names.

    Signals:
        Seeked(int): skip or back moved the position (microseconds), so panels follow.
    """

    Seeked = Signal("qlonglong")  # unwired: QtDBus sends it on the bus, to the desktop's panels

    def __init__(self, player: MprisPlayer):
        super().__init__(player)
        self._player = player

    @Slot()
    def PlayPause(self) -> None:
        self._player.command("PlayPause")

    @Slot()
    def Play(self) -> None:
        self._player.command("Play")

    @Slot()
    def Pause(self) -> None:
        self._player.command("Pause")

    @Slot()
    def Next(self) -> None:
        self._player.command("Next")

    @Slot()
    def Previous(self) -> None:
        self._player.command("Previous")

    @Slot()
    def Stop(self) -> None:
        self._player.command("Stop")

    # CanSeek is false: the spec has these do nothing then. Time in a workout is not a
    # place to jump to; skip and back move by whole exercises.
    @Slot("qlonglong")
    def Seek(self, _offset_us: int) -> None:
        pass

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track, _position_us: int) -> None:
        pass

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        pass

    def _status(self) -> str:
        return self._player.playback_status()

    def _metadata(self) -> dict:
        return _on_the_bus(self._player.metadata())

    def _position(self) -> int:
        return self._player.position_us()

    def _rate(self) -> float:
        return self._player.rate()

    def _slowest(self) -> float:
        return min(1.0, self._player.rate())

    def _fastest(self) -> float:
        return max(1.0, self._player.rate())

    def _can(self) -> bool:
        return self._player.can_control()

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)
    Position = Property("qlonglong", _position)
    Rate = Property(float, _rate)
    MinimumRate = Property(float, _slowest)
    MaximumRate = Property(float, _fastest)
    CanControl = Property(bool, _can)
    CanPlay = Property(bool, _can)
    CanPause = Property(bool, _can)
    CanGoNext = Property(bool, _can)
    CanGoPrevious = Property(bool, _can)
    CanSeek = Property(bool, _false)


def publish(runner, parent: QObject, **player_options) -> MprisPlayer | None:
    """Serve the player on the session bus; None (said once in the log) where there is none:
    then only the media keys in the window work."""
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        log.info("no media controls: no D-Bus session bus (%s)", bus.lastError().message()
                 or "none found")
        return None
    player = MprisPlayer(runner, parent, bus=bus, **player_options)
    if not bus.registerObject(OBJECT_PATH, player,
                              QDBusConnection.RegisterOption.ExportAdaptors):
        log.info("no media controls: %s is taken on the session bus", OBJECT_PATH)
        player.deleteLater()
        return None
    for name in (BUS_NAME, f"{BUS_NAME}.instance{os.getpid()}"):
        if bus.registerService(name):
            player.bus_name = name
            if name != BUS_NAME:
                log.info("media controls: %s (another player has %s)", name, BUS_NAME)
            return player
    log.info("no media controls: the session bus gave no name (%s)",
             bus.lastError().message())
    bus.unregisterObject(OBJECT_PATH)
    player.deleteLater()
    return None
