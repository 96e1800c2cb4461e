"""Desktop notifications with buttons: org.freedesktop.Notifications spoken directly.

Qt's QSystemTrayIcon.showMessage sends its notification without actions, so on a desktop with
a StatusNotifierItem tray (GNOME with AppIndicator, KDE, Xfce) clicking it only closes it. Here
the notification carries its own buttons and the choice comes back as ActionInvoked.

jeepney speaks D-Bus with the types the interface declares (Notify's replaces_id and timeout
are uint32 and int32, which QtDBus from Python cannot tell apart); its socket is watched by a
QSocketNotifier, so replies and signals arrive on the event loop. Every call has a deadline.
"""

from __future__ import annotations

import logging
import os

from jeepney import DBusAddress, MatchRule, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.low_level import HeaderFields
from jeepney.wrappers import unwrap_msg
from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger("backtimer.notifications")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
# The longest the window waits for the notification server to answer a call.
TIMEOUT_S = 2.0


class DesktopNotifications(QObject):
    """Sends notifications with actions and reports the one chosen.

    ``available`` is True when a notification server answered and shows action buttons;
    otherwise the caller shows its own message (and ``problem`` says why, for the log).

    Signals:
        action_invoked(str): the person chose this action key of one of our notifications
            ("default" is a click on the notification itself).
    """

    action_invoked = Signal(str)

    def __init__(self, parent: QObject | None = None, *, app_name: str = "backtimer"):
        super().__init__(parent)
        self.app_name = app_name
        self.available = False
        self.problem: str | None = None
        self._connection = None
        self._signals = None
        self._ours: set[int] = set()
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self.problem = "no D-Bus session bus"
            return
        try:
            connection = open_dbus_connection(bus="SESSION", auth_timeout=TIMEOUT_S)
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            # Servers that broadcast their signals (most send them to us alone) need the rule.
            connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=TIMEOUT_S)
            capabilities = self._call(connection, "GetCapabilities", "", ())[0]
        except Exception as error:  # no bus, no server, no answer: all mean the same here
            self.problem = f"no notification server ({error.__class__.__name__}: {error})"
            return
        if "actions" not in capabilities:
            connection.close()
            self.problem = "the notification server shows no buttons"
            return
        self._connection = connection
        self._signals = connection.filter(rule, bufsize=64)
        self._notifier = QSocketNotifier(connection.sock.fileno(),
                                         QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._read)
        self.available = True

    @staticmethod
    def _call(connection, method: str, signature: str, body: tuple):
        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        return unwrap_msg(connection.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=TIMEOUT_S))

    def show(self, summary: str, body: str, actions: list[tuple[str, str]], *,
             timeout_ms: int = -1, icon: str = "io.github.backtimer.backtimer") -> bool:
        """Send a notification with ``actions`` ((key, label), ...); False when it could not
        be sent (then the caller shows its own)."""
        if self._connection is None:
            return False
        flat = [part for action in actions for part in action]
        hints = {"desktop-entry": ("s", "io.github.backtimer.backtimer"),
                 "urgency": ("y", 1)}
        try:
            (number,) = self._call(self._connection, "Notify", "susssasa{sv}i",
                                   (self.app_name, 0, icon, summary, body, flat, hints,
                                    timeout_ms))
        except Exception as error:  # refused, timed out or the bus went away
            log.warning("the notification could not be shown: %s", error)
            self.available = False
            return False
        self._ours.add(number)
        self._dispatch()  # a signal may have come in with the reply
        return True

    def _read(self) -> None:
        try:
            while True:
                self._connection.recv_messages(timeout=0)
        except TimeoutError:
            pass  # all read
        except (OSError, ValueError) as error:  # the bus went away
            log.info("the notification server's connection closed: %s", error)
            self._notifier.setEnabled(False)
            self.available = False
        self._dispatch()

    def _dispatch(self) -> None:
        while self._signals is not None and self._signals.queue:
            message = self._signals.queue.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                number, key = message.body
                if number in self._ours:
                    log.info("notification action chosen: %s", key)
                    self.action_invoked.emit(key)
            elif member == "NotificationClosed":
                self._ours.discard(message.body[0])
