"""The voice, as the window sees it: sentences go to the speech engine's own process
(speech_engine.py) and nothing here ever waits for it.

QTextToSpeech with speech-dispatcher can block for good (a daemon that accepts the connection
but never answers) or crash (a daemon killed mid-workout). In a process of its own neither
reaches the window: every answer expected from it has a deadline, and past a deadline, or when
the process ends, the voice is given up once and the beeps carry on.
"""

from __future__ import annotations

import json
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QProcess, QTimer, Signal

log = logging.getLogger("backtimer.speech")

# Starting the engine's process and speech-dispatcher (spawned on first use) took 3.5 s on a
# slow two-core machine.
OPEN_TIMEOUT_MS = 10_000
# A sentence handed over is queued by the engine at once; longer means it stopped answering.
SAY_TIMEOUT_MS = 4000
# How long quitting waits for the engine's process to end by itself before it is killed.
STOP_WAIT_MS = 500


def engine_command() -> list[str]:
    """This program with --speech-engine: the installed interpreter, or the frozen bundle."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--speech-engine"]
    return [sys.executable, "-m", "backtimer", "--speech-engine"]


class Speech(QObject):
    """Hands sentences to the speech engine's process; never waits for it.

    ``available`` is True while it takes sentences: while the engine opens (they are spoken
    once it is ready, if it opens within OPEN_TIMEOUT_MS) and while it works; False for good
    once the engine failed to open, stopped answering or went away.

    Signals:
        opened(list): the engine works; the names of its voices for this language.
        stopped(str): a starting or working engine stopped answering or went away (why).
            Said once. An engine that is simply absent is only logged: no voice, no news.
        unavailable(str): there is no engine ("no-engine"), it has no voice for the language
            ("no-language"), or it failed to open ("failed").
    """

    opened = Signal(list)
    stopped = Signal(str)
    unavailable = Signal(str)

    def __init__(self, lang: str, parent: QObject | None = None, *, engine: str = "",
                 voice_name: str = ""):
        super().__init__(parent)
        self.available = True
        self.voices: list[str] = []
        self.locale = ""
        self.volume = 1.0
        self._state = "opening"
        self._waiting: list[str] = []  # said before the engine was ready
        self._number = 0
        self._answered = 0
        self._buffer = b""
        self._deadline = QTimer(self, singleShot=True)
        self._deadline.timeout.connect(self._no_answer)
        # No parent: it must outlive this object until it has been stopped (see close).
        process = self._process = QProcess()
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        # Its stderr is QTextToSpeech's chatter; a broken engine can print it without end.
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._failed_to_start)
        _track(process)
        _stop_at_quit()
        self.destroyed.connect(lambda: _release(process))
        command = engine_command()
        process.start(command[0], command[1:])
        self._deadline.start(OPEN_TIMEOUT_MS)
        self._send({"open": {"engine": engine, "lang": lang, "voice": voice_name,
                             "system": QLocale.system().name()}})

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def say(self, text: str) -> None:
        if self._state == "opening":
            self._waiting.append(text)
        elif self._state == "ready":
            self._hand_over(text)

    def close(self) -> None:
        """Let the engine's process end; one that does not is killed at quit (stop_all)."""
        if self._state in ("opening", "ready"):
            self._state = "closed"
        self.available = False
        self._deadline.stop()
        _release(self._process)

    # --- the engine's process -------------------------------------------------------------------

    def _send(self, message: dict) -> None:
        self._process.write((json.dumps(message) + "\n").encode())

    def _hand_over(self, text: str) -> None:
        self._number += 1
        if not self._deadline.isActive():
            self._deadline.start(SAY_TIMEOUT_MS)
        self._send({"say": text, "n": self._number, "volume": self.volume})

    def _read(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue
            if "opened" in message:
                self._on_opened(message)
            elif "said" in message:
                self._on_said(message["said"])
            elif "lost" in message:
                self._give_up(message["lost"])

    def _on_opened(self, message: dict) -> None:
        if self._state != "opening":
            return  # given up on already, or closed
        self._deadline.stop()
        if not message["opened"]:
            self._give_up(message.get("why", "the speech engine failed"), tell=False,
                          kind=message.get("kind", "failed"))
            return
        self._state = "ready"
        self.voices = list(message.get("voices", []))
        self.locale = message.get("locale", "")
        log.info("the voice speaks %s", self.locale or "the engine's default")
        self.opened.emit(self.voices)
        waiting, self._waiting = self._waiting, []
        for text in waiting:
            self._hand_over(text)

    def _on_said(self, number: int) -> None:
        self._answered = number
        if number >= self._number:
            self._deadline.stop()
        else:
            self._deadline.start(SAY_TIMEOUT_MS)  # the next one has as long again

    def _no_answer(self) -> None:
        if self._state == "opening":
            self._give_up(f"the speech engine did not start within {OPEN_TIMEOUT_MS // 1000} s")
        else:
            self._give_up("the speech engine stopped answering")

    def _ended(self, code: int, status: QProcess.ExitStatus) -> None:
        crashed = status == QProcess.ExitStatus.CrashExit
        self._give_up("the speech engine crashed" if crashed
                      else f"the speech engine ended (exit code {code})")

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._give_up(f"the speech engine could not start: "
                          f"{self._process.errorString()}", tell=False, kind="failed")

    def _give_up(self, why: str, *, tell: bool = True, kind: str = "failed") -> None:
        if self._state not in ("opening", "ready"):
            return
        was_speaking = self._state == "ready"
        self._state = "stopped"
        self.available = False
        self._waiting = []
        self._deadline.stop()
        # Killed without waiting for it; quitting reaps it (stop_all).
        self._process.kill()
        if tell:
            log.warning("%s; the voice is off%s", why,
                        ", the beeps go on" if was_speaking else "")
            self.stopped.emit(why)
        else:
            log.info("%s; the voice is off", why)
            self.unavailable.emit(kind)


# Every engine process still running: quitting ends each (a QProcess destroyed while its
# process runs complains, and a stuck one would be left behind).
_running: list[QProcess] = []


def _track(process: QProcess) -> None:
    _running.append(process)
    process.finished.connect(lambda *_: _forget(process))


def _forget(process: QProcess) -> None:
    if process in _running:
        _running.remove(process)
        process.deleteLater()


def _release(process: QProcess) -> None:
    """Ask the engine to end (it does when its input closes); never waits."""
    if process not in _running:
        return  # ended and forgotten already
    if process.state() != QProcess.ProcessState.NotRunning:
        process.closeWriteChannel()
    else:
        _forget(process)


def stop_all() -> None:
    """End every engine process, each within STOP_WAIT_MS or killed (at quit; after tests)."""
    for process in list(_running):
        process.blockSignals(True)  # its end is asked for: no one need hear of it
        if process.state() != QProcess.ProcessState.NotRunning:
            process.closeWriteChannel()
            if not process.waitForFinished(STOP_WAIT_MS):
                process.kill()
                process.waitForFinished(STOP_WAIT_MS)
        _running.remove(process)
        process.deleteLater()


def _stop_at_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not app.property("backtimerSpeechStops"):
        app.setProperty("backtimerSpeechStops", True)
        app.aboutToQuit.connect(stop_all)
