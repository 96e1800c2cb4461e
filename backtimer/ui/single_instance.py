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
from pathlib import Path

from PySide6.QtCore import QCryptographicHash, QObject, Signal

log = logging.getLogger("backtimer")

# How long a second start keeps trying to reach the first (it may still be starting up).
CONNECT_TIMEOUT_MS = 3000
MAX_MESSAGE_BYTES = 4096


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
        activation_requested(str): a later start asked for the window; the routine id it
            named, or "" for none.
    """

    activation_requested = Signal(str)

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
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()  # no request is this long
            return  # the rest of the line is still on its way
        try:
            request = json.loads(bytes(socket.readLine(MAX_MESSAGE_BYTES)))
        except ValueError:
            request = None
        socket.disconnectFromServer()
        if not isinstance(request, dict) or request.get("request") != "activate":
            log.warning("ignored a malformed request from another start")
            return
        routine = request.get("routine")
        self.activation_requested.emit(routine if isinstance(routine, str) else "")

    def close(self) -> None:
        if self._server is not None:
            self._server.close()


def ask_running_copy(name: str, routine: str | None) -> bool:
    """Ask the copy listening on ``name`` to come forward; False when it could not be reached."""
    from PySide6.QtCore import QDeadlineTimer, QThread
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(CONNECT_TIMEOUT_MS)
    message = json.dumps({"request": "activate", "routine": routine or ""}).encode() + b"\n"
    while not deadline.hasExpired():
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(200):
            socket.write(message)
            sent = socket.waitForBytesWritten(1000)
            # Wait for the other side to hang up: it has read the request by then.
            socket.waitForDisconnected(1000)
            return sent
        QThread.msleep(100)  # the running copy may not be listening yet
    return False
