"""One window per data folder: a second start hands its request to the running one and exits.

Two copies on the same history would each remind, each write sessions and each keep their own
idea of the settings. The first start holds the folder's lock (backtimer.storage.instance_lock)
and, once its window is up, listens on a ``QLocalServer``. A later start that finds the folder
locked connects to that server, asks it to come forward (opening a routine, when one was named)
and exits.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal

log = logging.getLogger("backtimer")

# How long a second start waits for the first to listen while the first still holds the folder
# (it listens once its window is up and its history open: a slow start after login takes time).
WAIT_FOR_FIRST_MS = 30_000
# How long either side waits on the other once connected.
ANSWER_MS = 3000
ACK = b"ok\n"
MAX_MESSAGE_BYTES = 4096
MAX_TOKEN_CHARS = 1024  # ASCII: far inside MAX_MESSAGE_BYTES, even escaped


def server_name(data_dir: Path) -> str:
    """The local socket's name: one per user and data folder, short enough for any OS."""
    # Qt's own SHA-256: Python's hashlib would load OpenSSL (megabytes, milliseconds) for it.
    digest = QCryptographicHash.hash(str(data_dir.resolve()).encode("utf-8"),
                                     QCryptographicHash.Algorithm.Sha256)
    return f"backtimer-{bytes(digest.toHex()).decode('ascii')[:16]}"


class InstanceServer(QObject):
    """Takes requests from later starts on the same data folder (whose lock this process holds:
    see backtimer.storage.instance_lock).

    Signals:
        activation_requested(str, bool, str): a later start asked for the window; the routine
            id it named ("" for none), whether it asked to start that routine at once, and the
            Wayland activation token the desktop gave it ("" for none).
    """

    activation_requested = Signal(str, bool, str)

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = None

    def listen(self) -> None:
        """Take requests from later starts (after the first frame: QtNetwork costs a moment)."""
        from PySide6.QtNetwork import QLocalServer

        server = self._server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # The folder's lock is ours, so a socket left under this name is a dead copy's.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("later starts cannot reach this one: %s", server.errorString())
            return
        server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        from PySide6.QtCore import QTimer

        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)
            # A peer that connects and says nothing is not kept waiting for.
            QTimer.singleShot(ANSWER_MS, socket, socket.abort)

    def _read(self, socket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()  # no request is this long
            return  # the rest of the line is still on its way
        try:
            request = json.loads(bytes(socket.readLine(MAX_MESSAGE_BYTES)))
        except ValueError:
            request = None
        if not isinstance(request, dict) or request.get("request") != "activate":
            log.warning("ignored a malformed request from another start")
            socket.abort()
            return
        routine = request.get("routine")
        self.activation_requested.emit(routine if isinstance(routine, str) else "",
                                       request.get("autostart") is True,
                                       _token(request.get("activation_token")))
        socket.write(ACK)  # the other start may now say it was handed over
        socket.disconnectFromServer()  # after the answer is written

    def close(self) -> None:
        if self._server is not None:
            self._server.close()


def _token(value: object) -> str:
    """An activation token as it is, or "" for anything that cannot be one."""
    if isinstance(value, str) and len(value) <= MAX_TOKEN_CHARS and value.isascii() \
            and value.isprintable():
        return value
    return ""


def ask_running_copy(name: str, routine: str | None, autostart: bool, *,
                     still_running: Callable[[], bool], activation_token: str = "") -> bool:
    """Ask the copy listening on ``name`` to come forward (and open ``routine``, starting it
    with ``autostart``), passing on this start's Wayland ``activation_token`` so that it may.
    True once it answered; False when it did not, or when it has ended (``still_running``
    says so) before it could."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(WAIT_FOR_FIRST_MS)
    message = json.dumps({"request": "activate", "routine": routine or "",
                          "autostart": autostart,
                          "activation_token": _token(activation_token)}).encode() + b"\n"
    while not deadline.hasExpired():
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(200):
            socket.write(message)
            answered = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readLine()) == ACK
            socket.abort()
            return answered
        if not still_running():
            return False
        QThread.msleep(100)  # the running copy is still starting: not listening yet
    return False
