"""Keeps the screen awake while a workout runs: org.freedesktop.ScreenSaver.Inhibit over D-Bus."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QObject

from backtimer.core.session import ACTIVE

log = logging.getLogger("backtimer.screen")

_RUNNING = {state.value for state in ACTIVE}
SERVICE = "org.freedesktop.ScreenSaver"
# The usual path first; some services (xssproxy) serve the interface only at the short one.
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
# Every call has this deadline: the window never waits longer for the screen saver.
TIMEOUT_S = 2.0


class InhibitBackend(Protocol):
    """Asks the desktop to keep the screen on; ``inhibit`` returns a cookie, or None."""

    def inhibit(self, reason: str) -> int | None: ...

    def release(self, cookie: int) -> None: ...


class DBusScreenSaver:
    """The freedesktop ScreenSaver interface on the session bus (GNOME, KDE, Xfce and others).

    Spoken with jeepney, which sends each argument with the type the interface declares: the
    cookie is a uint32 ('u'), which services check (xscreensaver refuses anything else, and
    QtDBus from Python can only send it as a signed integer). ``problem`` says why the screen
    cannot be kept on; a failed release is logged once.
    """

    def __init__(self, app_name: str = "backtimer"):
        self.app_name = app_name
        self.problem: str | None = None
        self._connection = None
        self._path = PATHS[0]
        self._told_release = False
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self.problem = "no D-Bus session bus"
            return
        try:
            from jeepney.io.blocking import open_dbus_connection

            self._connection = open_dbus_connection(bus="SESSION", auth_timeout=TIMEOUT_S)
        except Exception as error:  # an unreachable bus fails in many ways; all mean the same
            self.problem = f"no D-Bus session bus ({error})"

    def _call(self, path: str, method: str, signature: str, body: tuple):
        """The reply's body; raises DBusCallError (refused) or TimeoutError."""
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        address = DBusAddress(path, bus_name=SERVICE, interface=SERVICE)
        reply = self._connection.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=TIMEOUT_S)
        return unwrap_msg(reply)

    def inhibit(self, reason: str) -> int | None:
        if self._connection is None:
            return None
        from jeepney.wrappers import DBusErrorResponse

        problems = []
        for path in dict.fromkeys((self._path, *PATHS)):
            try:
                (cookie,) = self._call(path, "Inhibit", "ss", (self.app_name, reason))
            except DBusErrorResponse as error:
                problems.append(f"{path}: {error.name}")
                if error.name == "org.freedesktop.DBus.Error.ServiceUnknown":
                    break  # no screen saver on this bus at all: no other path either
                continue
            except (TimeoutError, OSError) as error:
                problems.append(f"{path}: {error or 'no answer'}")
                break
            self._path = path
            return int(cookie)
        self.problem = f"{SERVICE} refused ({'; '.join(problems)})"
        return None

    def release(self, cookie: int) -> None:
        if self._connection is None:
            return
        from jeepney.wrappers import DBusErrorResponse

        try:
            self._call(self._path, "UnInhibit", "u", (cookie,))
        except (DBusErrorResponse, TimeoutError, OSError) as error:
            if not self._told_release:
                self._told_release = True
                log.warning("the screen may stay awake: %s did not take back its request "
                            "(%s)", SERVICE, getattr(error, "name", None) or error or "no answer")
            return
        log.debug("screen-saver cookie %d released", cookie)


class ScreenInhibitor(QObject):
    """Listens to the runner's state: inhibits screen sleep while running, releases otherwise.

    Paused or finished sessions let the screen sleep again. Where no service exists it does
    nothing and says so in one log line.
    """

    def __init__(self, runner: QObject, settings: Mapping, parent: QObject, *,
                 backend: InhibitBackend | None = None, reason: str | None = None):
        super().__init__(parent)
        self.settings = settings
        # Desktops list it among what keeps the screen awake: in the interface language.
        self.reason = reason or self.tr("A workout is running")
        self._backend = backend
        self._cookie: int | None = None
        self._told = False
        runner.state_changed.connect(self._on_state)

    @property
    def inhibited(self) -> bool:
        return self._cookie is not None

    def _backend_or_none(self) -> InhibitBackend | None:
        if self._backend is None:
            self._backend = DBusScreenSaver()
        problem = getattr(self._backend, "problem", None)
        if problem:
            if not self._told:
                self._told = True
                log.info("cannot keep the screen on: %s", problem)
            return None
        return self._backend

    def _on_state(self, state: str) -> None:
        if state in _RUNNING and self.settings["keep_screen_on"]:
            if self._cookie is None:
                backend = self._backend_or_none()
                if backend is not None:
                    self._cookie = backend.inhibit(self.reason)
                    if self._cookie is None:
                        self._backend_or_none()  # logs the reason once
        else:
            self.release()

    def release(self) -> None:
        if self._cookie is not None and self._backend is not None:
            cookie, self._cookie = self._cookie, None
            self._backend.release(cookie)
