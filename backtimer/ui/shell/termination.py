"""SIGTERM and SIGHUP (logout, shutdown, ``kill``) end a running workout as stopped, saved, and
quit the app the ordinary way, instead of leaving its session "running" until the next start."""

from __future__ import annotations

import contextlib
import logging
import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger("backtimer")

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class TerminationHandler(QObject):
    """Turns SIGTERM/SIGHUP into a stop of the workout and a normal quit.

    Python runs a signal handler only when the interpreter gets control, which Qt's event loop
    does not give it; so the signal's number is written to a socket (``signal.set_wakeup_fd``)
    that a QSocketNotifier watches from the event loop.
    """

    def __init__(self, app, runner) -> None:
        super().__init__(app)
        self._app = app
        self._runner = runner
        self._reader, writer = socket.socketpair()
        self._writer = writer  # kept: closing it would end the wake-ups
        for end in (self._reader, writer):
            end.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        for number in SIGNALS:
            signal.signal(number, lambda *_: None)  # the wake-up socket does the work
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)

    def _on_wake(self, *_) -> None:
        numbers: set[int] = set()
        with contextlib.suppress(BlockingIOError):
            numbers = set(self._reader.recv(64))
        if not numbers & {int(number) for number in SIGNALS}:
            return
        log.warning("asked to end (signal); the workout is ended as stopped and saved")
        if self._runner.busy:
            self._runner.stop()  # recorded as stopped, with every step done so far
        self._app.quit()  # the history's writes get their last wait on aboutToQuit
