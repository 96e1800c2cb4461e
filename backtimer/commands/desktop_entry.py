"""``backtimer --install-desktop-entry`` / ``--uninstall-desktop-entry``: the app menu entry and
icon for an install that brought neither (pip, a virtualenv).

The entry's Exec is this backtimer's absolute path: a login session's PATH seldom has a
virtualenv or ~/.local/bin, and GLib refuses an entry whose program it cannot find, so it would
never show in a menu. Written to ``$XDG_DATA_HOME/applications`` and
``$XDG_DATA_HOME/icons/hicolor/scalable/apps`` (both default under ~/.local/share).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backtimer.storage.autostart import APP_ID, ENTRY_NAME, exec_line, program
from backtimer.storage.files import atomic_write_text

# The same keys as packaging/io.github.backtimer.backtimer.desktop (a test keeps them in step);
# only Exec differs.
_ENTRY = """\
[Desktop Entry]
Type=Application
Name=backtimer
GenericName=Back exercise timer
GenericName[nl]=Rugoefeningentimer
Comment=Guided low-back exercises: counts every hold and rep, keeps your streak
Comment[nl]=Begeleide oefeningen voor de onderrug: telt elke houdtijd en herhaling, houdt je \
reeks bij
Exec={exec}
Icon={app_id}
Terminal=false
Categories=Qt;Utility;
Keywords=back;exercise;workout;timer;stretch;physiotherapy;streak;
Keywords[nl]=rug;oefening;training;timer;rekken;fysiotherapie;reeks;
StartupNotify=true
StartupWMClass=backtimer
Actions=quick-5;

[Desktop Action quick-5]
Name=Start Quick 5
Name[nl]=Kort · 5 min starten
Exec={exec_quick}
"""


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, else ~/.local/share (a relative value is ignored, as the spec says)."""
    value = environ.get("XDG_DATA_HOME", "")
    if not value or not os.path.isabs(value):
        value = os.path.join(environ.get("HOME") or os.path.expanduser("~"), ".local", "share")
    return Path(value)


def entry_file(environ: Mapping[str, str] = os.environ) -> Path:
    return data_home(environ) / "applications" / ENTRY_NAME


def icon_file(environ: Mapping[str, str] = os.environ) -> Path:
    return data_home(environ) / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def entry_text(command: Sequence[str]) -> str:
    return _ENTRY.format(exec=exec_line(command), app_id=APP_ID,
                         exec_quick=exec_line([*command, "--routine", "quick-5",
                                               "--autostart"]))


def _refresh_caches(environ: Mapping[str, str]) -> None:
    """Menus notice a new entry by themselves; the desktop database is refreshed when the tool
    is there (bounded: it only reads a folder)."""
    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, str(entry_file(environ).parent)], timeout=30, check=False,
                       capture_output=True)


def install(icon_svg: bytes, environ: Mapping[str, str] = os.environ,
            command: Sequence[str] | None = None) -> int:
    """Write the menu entry and ``icon_svg`` (the app's icon, which the caller reads from the
    compiled resources: a wheel has no loose asset files)."""
    command = list(command or program())
    try:
        atomic_write_text(entry_file(environ), entry_text(command))
        icon = icon_file(environ)
        icon.parent.mkdir(parents=True, exist_ok=True)
        icon.write_bytes(icon_svg)
    except OSError as error:
        print(f"backtimer: the menu entry could not be written: {error}", file=sys.stderr)
        return 1
    _refresh_caches(environ)
    print(f"Wrote the menu entry {entry_file(environ)} (it starts {command[0]})")
    print(f"Wrote the icon {icon}")
    return 0


def uninstall(environ: Mapping[str, str] = os.environ) -> int:
    removed = []
    for path in (entry_file(environ), icon_file(environ)):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            print(f"backtimer: {path} could not be removed: {error.strerror}", file=sys.stderr)
            return 1
        removed.append(path)
    _refresh_caches(environ)
    if not removed:
        print("There was no menu entry to remove.")
    for path in removed:
        print(f"Removed {path}")
    return 0
