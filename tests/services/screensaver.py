"""A stand-in org.freedesktop.ScreenSaver for tests, on GLib's GDBus like real services: GDBus
checks every call against the introspection below and answers a wrong signature with
org.freedesktop.DBus.Error.InvalidArgs, as xscreensaver does. Run with the system Python
(python3-gi): ``python3 screensaver.py PATH`` serves at PATH and prints each call."""

import sys

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.freedesktop.ScreenSaver">
    <method name="Inhibit">
      <arg type="s" name="application_name" direction="in"/>
      <arg type="s" name="reason_for_inhibit" direction="in"/>
      <arg type="u" name="cookie" direction="out"/>
    </method>
    <method name="UnInhibit">
      <arg type="u" name="cookie" direction="in"/>
    </method>
  </interface>
</node>
"""

held: set[int] = set()
next_cookie = [3_000_000_000]  # above 2**31: a signed 32-bit integer cannot carry it


def call(connection, sender, path, interface, method, params, invocation):
    if method == "Inhibit":
        cookie = next_cookie[0]
        next_cookie[0] += 1
        held.add(cookie)
        print(f"Inhibit {params.unpack()[0]} -> {cookie} (held {len(held)})", flush=True)
        invocation.return_value(GLib.Variant("(u)", (cookie,)))
    elif method == "UnInhibit":
        (cookie,) = params.unpack()
        if cookie not in held:
            invocation.return_dbus_error("org.freedesktop.DBus.Error.InvalidArgs",
                                         f"no such cookie {cookie}")
            return
        held.discard(cookie)
        print(f"UnInhibit {cookie} (held {len(held)})", flush=True)
        invocation.return_value(None)


def acquired(connection, name):
    info = Gio.DBusNodeInfo.new_for_xml(XML).interfaces[0]
    connection.register_object(sys.argv[1], info, call, None, None)


def named(connection, name):
    print("ready", flush=True)


def lost(connection, name):
    print("failed: the name is taken or there is no bus", flush=True)
    loop.quit()


loop = GLib.MainLoop()
Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.ScreenSaver",
                 Gio.BusNameOwnerFlags.NONE, acquired, named, lost)
loop.run()
