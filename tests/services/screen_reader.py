"""Reads a running backtimer as a screen reader does, through AT-SPI (pyatspi), with keys sent
by xdotool. Run with the system Python (python3-pyatspi) inside ``dbus-run-session``:

    python3 screen_reader.py SCENARIO PYTHON DATA_DIR

It starts the accessibility bus, Xvfb with openbox, and ``PYTHON -m backtimer`` with Qt's
accessibility on; SCENARIO is ``player`` (a workout) or ``screens`` (home, history, settings).
It prints one JSON object on its last line: what it read. Every wait has a bound.
"""

import json
import os
import subprocess
import sys
import time
import unicodedata

SCENARIO, PYTHON, DATA = sys.argv[1:4]
started: list[subprocess.Popen] = []


def launch(args, **kwargs) -> subprocess.Popen:
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               **kwargs)
    started.append(process)
    return process


def stop_all() -> None:
    for process in reversed(started):
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


launch(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
read_end, write_end = os.pipe()
launch(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
       pass_fds=(write_end,))
os.close(write_end)
os.set_blocking(read_end, False)
display = ""
deadline = time.monotonic() + 20
while not display.endswith("\n") and time.monotonic() < deadline:
    try:
        display += os.read(read_end, 100).decode()
    except BlockingIOError:
        time.sleep(0.05)
if not display.strip():
    stop_all()
    sys.exit("Xvfb did not start within 20 s")
os.environ["DISPLAY"] = ":" + display.strip()
launch(["openbox"])

import pyatspi  # noqa: E402  (after the accessibility bus is there)
from gi.repository import GLib  # noqa: E402

options = ["--routine", "quick-5", "--autostart"] if SCENARIO == "player" else []
launch([PYTHON, "-m", "backtimer", "--data-dir", DATA, "--lang", "en", *options],
       env={**os.environ, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"})

events: list[dict] = []
focus: list[tuple] = []


def on_event(event) -> None:
    source = event.source
    try:
        name, ident, role = source.name, source.accessibleId, source.getRoleName()
    except Exception:  # the object went away
        return
    if event.type.startswith("object:state-changed:focused"):
        if event.detail1 == 1:
            focus.append((role, name, ident))
        return
    events.append({"type": event.type, "name": name, "id": ident,
                   "data": str(event.any_data) if event.any_data is not None else ""})


pyatspi.Registry.registerEventListener(on_event, "object:announcement",
                                       "object:property-change:accessible-name",
                                       "object:state-changed:focused")


def pump(seconds: float) -> None:
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.01)


def find_app():
    end = time.monotonic() + 40
    while time.monotonic() < end:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "backtimer" and app.childCount:
                return app
        pump(0.2)
    stop_all()
    sys.exit("backtimer did not appear on the accessibility bus within 40 s")


def walk(node, skip_roles=("table", "tree table")):
    """Every showing object under node (not into tables' cells: their rows are many)."""
    for child in node:
        if child is None:
            continue
        states = child.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        yield child
        if child.getRoleName() not in skip_roles:
            yield from walk(child, skip_roles)


def by_id(app, suffix, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for node in walk(app):
            if node.accessibleId.endswith("." + suffix):
                return node
        pump(0.2)
    return None


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], timeout=10, check=False)
    pump(0.25)


def activate() -> None:
    """Give backtimer's main window the keyboard (openbox usually has already)."""
    listed = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                            capture_output=True, text=True, timeout=10, check=False).stdout
    for window in listed.split():
        title = subprocess.run(["xdotool", "getwindowname", window], capture_output=True,
                               text=True, timeout=10, check=False).stdout.strip()
        if title.endswith("backtimer"):
            subprocess.run(["xdotool", "windowactivate", window], timeout=10, check=False,
                           capture_output=True)
            break
    pump(0.5)


def symbolic(name: str) -> bool:
    return any(unicodedata.category(ch) in ("So", "Sm") or 0x2190 <= ord(ch) <= 0x27BF
               for ch in name)


def controls(app) -> list[dict]:
    """The showing push buttons, combo boxes and focusable objects, with their names."""
    found = []
    for node in walk(app):
        states = node.getState()
        role = node.getRoleName()
        if role in ("push button", "combo box", "check box", "radio button", "spin button",
                    "page tab", "slider") or states.contains(pyatspi.STATE_FOCUSABLE):
            if role in ("list item", "table cell", "menu item", "page tab list"):
                continue  # named by their own text; the list itself is checked
            label = ""
            for relation in node.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY \
                        and relation.getNTargets():
                    label = relation.getTarget(0).name
            found.append({"role": role, "name": node.name, "id": node.accessibleId,
                          "label": label,
                          "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                          "enabled": states.contains(pyatspi.STATE_ENABLED),
                          "symbolic": symbolic(node.name)})
    return found


def tab_round(limit: int = 60) -> dict:
    """Press Tab until the focus is back where it started (or the limit): what it visited."""
    pump(0.3)
    focus.clear()
    key("Tab")
    if not focus:
        return {"visited": [], "came_back": True, "moved": False}
    first = focus[-1]
    visited = [first]
    for _ in range(limit):
        key("Tab")
        if focus and focus[-1] != visited[-1]:
            visited.append(focus[-1])
            if focus[-1] == first:
                return {"visited": visited, "came_back": True, "moved": True}
    return {"visited": visited, "came_back": False, "moved": len(visited) > 1}


result: dict = {}
try:
    app = find_app()
    activate()
    if SCENARIO == "player":
        by_id(app, "exerciseTitle")
        key("Right")  # past the get-ready time: pelvic tilt
        pump(0.5)
        result["read"] = {name: (by_id(app, name).name, by_id(app, name).description)
                          for name in ("countdownLabel", "exerciseTitle", "prescriptionLabel",
                                       "instructionLabel", "nextUpLabel", "timeLeftLabel",
                                       "illustrationView")}
        events.clear()
        key("Right")  # to the rest before cat-cow
        pump(1.0)
        key("Right")  # into cat-cow
        pump(1.0)
        result["title_after"] = by_id(app, "exerciseTitle").name
        key("space")  # pause
        pump(1.0)
        result["events"] = list(events)
        result["controls"] = {"player": controls(app)}
        result["tab"] = {"player": tab_round(10)}
        key("Escape")  # stop the workout: the question, then the finish page
        pump(1.0)
        key("y")
        pump(1.0)
        if by_id(app, "finishHeading", timeout=5) is not None \
                and by_id(app, "finishHeading").name:
            result["controls"]["finish"] = controls(app)
            result["tab"]["finish"] = tab_round(40)
    else:
        by_id(app, "homeStartButton")
        result["controls"] = {"home": controls(app)}
        result["tab"] = {"home": tab_round()}
        key("ctrl+h")
        tabs = by_id(app, "historyTabs") or by_id(app, "QTabWidget")
        pump(1.0)
        page_tabs = [n for n in walk(app) if n.getRoleName() == "page tab"]
        for index, page_tab in enumerate(page_tabs):
            if index:
                page_tab.queryAction().doAction(0)  # as a screen reader's "activate"
                pump(1.0)
            screen = f"history:{page_tab.name}"
            result["controls"][screen] = controls(app)
            result["tab"][screen] = tab_round()
        key("ctrl+r")
        pump(0.5)
        key("ctrl+comma")
        pump(2.0)
        dialogs = [a for a in pyatspi.Registry.getDesktop(0) if a is not None]
        settings = [w for a in dialogs if a.name == "backtimer" for w in a
                    if w is not None and w.getRoleName() == "dialog"]
        if settings:
            result["controls"]["settings"] = controls(settings[0])
            result["tab"]["settings"] = tab_round(120)
finally:
    stop_all()
print(json.dumps(result))
