"""The speech engine's own process (``backtimer --speech-engine``): QTextToSpeech behind a pipe.

It runs apart from the window because QTextToSpeech can hang or crash with speech-dispatcher:
a daemon that accepts the connection but never answers blocks every call for good (and the
call holds Python's lock, so a thread would freeze the window too), and a killed daemon
crashes the next call. Here a hang or a crash costs only this process; the window
(speech.py) notices and carries on with the beeps.

Protocol, one JSON object per line. In (stdin): {"open": {"engine", "lang", "voice",
"system"}}, {"say": text, "n": number, "volume": 0..1}. Out (stdout): {"opened": true,
"voices": [...], "locale": name} or {"opened": false, "kind": "no-engine" | "no-language"
| "failed", "why": ...}; {"said": number};
{"lost": why}. It ends when stdin closes.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

# The region tried when the system's own region has no voice, per language.
FALLBACK_REGIONS = {
    QLocale.Language.English: ("GB", "US"),
    QLocale.Language.Dutch: ("NL", "BE"),
}


def choose_locale(locales: list[QLocale], lang: str, system: QLocale) -> QLocale | None:
    """The engine's locale for the interface language: the system's region first, then the
    language's main regions (en: GB, US), then the first by name, so every run picks the same.
    None when the engine has no voice for the language."""
    wanted = QLocale(lang).language()
    if wanted == QLocale.Language.C:
        wanted = QLocale.Language.English
    same = sorted((lc for lc in locales if lc.language() == wanted), key=lambda lc: lc.name())
    if not same:
        return None
    regions = [system.name().partition("_")[2]] if system.language() == wanted else []
    regions += FALLBACK_REGIONS.get(wanted, ())
    for region in regions:
        match = next((lc for lc in same if lc.name().partition("_")[2] == region), None)
        if match is not None:
            return match
    return same[0]


def speechd_socket(environ=os.environ) -> Path | None:
    """Where libspeechd connects: $SPEECHD_ADDRESS, else the user's runtime folder (GLib's
    g_get_user_runtime_dir, which falls back to the cache folder). None for a TCP address."""
    address = environ.get("SPEECHD_ADDRESS", "")
    if address:
        kind, _, rest = address.partition(":")
        return Path(rest) if kind == "unix_socket" and rest else None
    runtime = environ.get("XDG_RUNTIME_DIR") or environ.get("XDG_CACHE_HOME") \
        or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(runtime) / "speech-dispatcher" / "speechd.sock"


def speechd_listens(path: Path | None) -> bool:
    """True while a speech-dispatcher listens on ``path``: a killed one leaves its socket file
    behind, and connecting to that is refused at once."""
    if path is None:
        return True  # nothing cheap to check; trust the engine
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    probe.settimeout(0.5)
    try:
        probe.connect(str(path))
    except OSError:
        return False
    finally:
        probe.close()
    return True


def send(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


class Engine(QObject):
    """Carries out the requests, on the process's main thread."""

    requested = Signal(dict)
    input_ended = Signal()

    def __init__(self):
        super().__init__()
        self.speech = None
        self.socket: Path | None = None
        self.volume = -1.0
        self.requested.connect(self.handle)

    def handle(self, request: dict) -> None:
        if "open" in request:
            self.open(**request["open"])
        elif "say" in request:
            self.say(request["n"], request["say"], request["volume"])

    def open(self, engine: str, lang: str, voice: str, system: str) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # the module needs libpulse0 even to import
            send({"opened": False, "kind": "no-engine", "why": "no text-to-speech module"})
            return
        engines = QTextToSpeech.availableEngines()
        if not engines or (engine and engine not in engines):
            named = f" named {engine}" if engine else ""
            send({"opened": False, "kind": "no-engine", "why": f"no text-to-speech engine{named}"})
            return
        speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if speech.state() == QTextToSpeech.State.Error:
            send({"opened": False, "kind": "failed",
                  "why": speech.errorString() or "the speech engine failed"})
            return
        if speech.engine() == "speechd":
            self.socket = speechd_socket()
        locales = speech.availableLocales()
        match = choose_locale(locales, lang, QLocale(system))
        if match is None and locales:
            # Dutch sentences in an English voice are noise; the beeps still say enough.
            language = QLocale.languageToString(QLocale(lang).language())
            send({"opened": False, "kind": "no-language",
                  "why": f"the speech engine has no {language} voice"})
            return
        if match is not None:
            speech.setLocale(match)
        voices = speech.availableVoices()
        for candidate in voices:
            if voice and candidate.name() == voice:
                speech.setVoice(candidate)
                break
        self.speech = speech
        send({"opened": True, "voices": [v.name() for v in voices],
              "locale": match.name() if match is not None else ""})

    def say(self, number: int, text: str, volume: float) -> None:
        if self.speech is None:
            return
        if not speechd_listens(self.socket):
            # QTextToSpeech would crash on the closed connection: never call it again.
            self.speech = None
            send({"lost": "speech-dispatcher has stopped"})
            return
        if volume != self.volume:
            self.speech.setVolume(volume)
            self.volume = volume
        # enqueue, not say: a sentence never cuts off the one before it.
        self.speech.enqueue(text)
        send({"said": number})


def serve() -> int:
    """Run the engine until stdin closes."""
    app = QCoreApplication(sys.argv[:1])
    engine = Engine()
    engine.input_ended.connect(app.quit)

    def read() -> None:
        for line in sys.stdin:
            try:
                request = json.loads(line)
            except ValueError:
                continue
            if isinstance(request, dict):
                engine.requested.emit(request)  # queued to the main thread
        engine.input_ended.emit()  # queued too: the window closed the pipe, or is gone

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return app.exec()
