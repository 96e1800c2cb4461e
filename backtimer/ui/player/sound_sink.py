"""The cue sounds: each WAV decoded once, played through a QAudioSink of its own.

Not QSoundEffect: in Qt 6.11 it ends each sound on PulseAudio's thread and leaves a socket
notifier of the GUI thread on a closed descriptor, which then logs "QSocketNotifier: Invalid
socket" without end and keeps the event loop spinning (11 million lines in 52 s in one run).
"""

from __future__ import annotations

import io
import logging
import wave

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, QTimer

from backtimer.core.timeline import CueKind
from backtimer.ui.assets import asset_path

log = logging.getLogger("backtimer.cues")

# The WAV (in assets/sounds) for each kind of cue.
SOUND_FILES: dict[CueKind, str] = {
    CueKind.COUNTDOWN: "countdown",
    CueKind.GO: "go",
    CueKind.HALFWAY: "halfway",
    CueKind.SWITCH: "switch",
    CueKind.REST: "rest",
    CueKind.LAST_REP: "last-rep",
    CueKind.TICK: "tick",
    CueKind.DONE: "done",
}


def read_wav(name: str) -> tuple[bytes, int, int, int] | None:
    """The frames, rate, channels and sample width of assets/sounds/NAME.wav, or None."""
    path = asset_path(f"sounds/{name}.wav")
    if path is None:
        return None
    file = QFile(path)
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    try:
        with wave.open(io.BytesIO(bytes(file.readAll()))) as sound:
            return (sound.readframes(sound.getnframes()), sound.getframerate(),
                    sound.getnchannels(), sound.getsampwidth())
    except (wave.Error, EOFError):
        return None
    finally:
        file.close()


def sound_length(name: str) -> float:
    """How long a cue sound lasts, in seconds (0 when it cannot be read)."""
    sound = read_wav(name)
    if sound is None or not sound[1]:
        return 0.0
    frames, rate, channels, width = sound
    return len(frames) / (rate * channels * width)


class QtSoundSink(QObject):
    """Plays the named cue sounds; several may overlap.

    Without QtMultimedia (no libpulse0) or without any audio output it plays nothing and
    ``problem`` says why, so the player can show the cues instead.
    """

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.problem: str | None = None
        self._sounds: dict[str, tuple[QByteArray, object] | None] = {}
        self._playing: list[tuple[object, QBuffer]] = []
        try:
            from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices
        except ImportError as error:  # QtMultimedia needs libpulse0 even to import
            self.problem = f"QtMultimedia is not available ({error})"
            return
        if not QMediaDevices.audioOutputs():
            self.problem = "no audio output device"
            return
        self._sink_class = QAudioSink
        self._devices = QMediaDevices
        self._format_class = QAudioFormat
        for name in SOUND_FILES.values():  # decoded now: the first cue wastes no time on it
            self._load(name)

    def _load(self, name: str):
        if name in self._sounds:
            return self._sounds[name]
        formats = {1: self._format_class.SampleFormat.UInt8,
                   2: self._format_class.SampleFormat.Int16,
                   4: self._format_class.SampleFormat.Int32}
        sound = read_wav(name)
        if sound is None or sound[3] not in formats:
            log.warning("the cue sound %s cannot be read; it stays silent", name)
            self._sounds[name] = None
            return None
        frames, rate, channels, width = sound
        audio_format = self._format_class()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(channels)
        audio_format.setSampleFormat(formats[width])
        self._sounds[name] = (QByteArray(frames), audio_format)
        return self._sounds[name]

    def play(self, name: str, volume: float) -> None:
        if self.problem is not None:
            return
        sound = self._load(name)
        if sound is None:
            return
        frames, audio_format = sound
        buffer = QBuffer(self)
        buffer.setData(frames)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        sink = self._sink_class(self._devices.defaultAudioOutput(), audio_format, self)
        sink.setVolume(volume)
        entry = (sink, buffer)
        self._playing.append(entry)
        sink.start(buffer)  # pull mode: it reads the buffer on its own
        # Let go of it once it has surely finished. (Its stateChanged carries a QAudio.State
        # that PySide 6.11 cannot hand to Python.)
        length_ms = 1000 * frames.size() // max(1, audio_format.bytesPerFrame()
                                                 * audio_format.sampleRate())
        QTimer.singleShot(length_ms + 1000, self, lambda: self._finished(entry))

    def _finished(self, entry) -> None:
        if entry in self._playing:
            self._playing.remove(entry)
            sink, buffer = entry
            sink.stop()
            sink.deleteLater()
            buffer.deleteLater()
