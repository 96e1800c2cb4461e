"""Keeps the screen awake while a workout runs: org.freedesktop.ScreenSaver.Inhibit over D-Bus."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QObject

from backtimer.core.session import ACTIVE

log = logging.getLogger("backtimer.screen")

_RUNNING = {state.value for state in ACTIVE}
SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class InhibitBackend(Protocol):
    """Asks the desktop to keep the screen on; ``inhibit`` returns a cookie, or None."""

    def inhibit(self, reason: str) -> int | None: ...

    def release(self, cookie: int) -> None: ...


class DBusScreenSaver:
    """The freedesktop ScreenSaver interface on the session bus (GNOME, KDE, Xfce and others)."""

    def __init__(self, app_name: str = "backtimer"):
        self.app_name = app_name
        self.problem: str | None = None
        self._interface = None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError as error:
            self.problem = f"QtDBus is not available ({error})"
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self.problem = "no D-Bus session bus"
            return
        registered = bus.interface().isServiceRegistered(SERVICE)
        if not registered.value():
            self.problem = f"no {SERVICE} service on the session bus"
            return
        self._interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)

    def inhibit(self, reason: str) -> int | None:
        if self._interface is None:
            return None
        reply = self._interface.call("Inhibit", self.app_name, reason)
        arguments = reply.arguments()
        if reply.errorMessage() or not arguments:
            self.problem = reply.errorMessage() or "Inhibit returned nothing"
            return None
        return int(arguments[0])

    def release(self, cookie: int) -> None:
        if self._interface is not None:
            self._interface.call("UnInhibit", cookie)


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
