"""The login autostart entry: an XDG ``.desktop`` file written on request, removed when off."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from backtimer.storage.files import atomic_write_text

APP_ID = "io.github.backtimer.backtimer"
ENTRY_NAME = f"{APP_ID}.desktop"
MINIMIZED_OPTION = "--minimized"

# Characters the Desktop Entry spec says must be escaped inside a quoted Exec argument, and
# those that force an argument to be quoted at all.
_ESCAPE_IN_QUOTES = '"`$\\'
_NEEDS_QUOTES = set(' \t\n\r"\'\\><~|&;$*?#()`')


def supported(platform: str = sys.platform) -> bool:
    """XDG autostart is what Linux and BSD desktops read; Windows and macOS use other means."""
    return not platform.startswith(("win", "darwin", "cygwin"))


def autostart_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_CONFIG_HOME/autostart``; the spec says a relative XDG_CONFIG_HOME is ignored."""
    config = environ.get("XDG_CONFIG_HOME", "")
    if not config or not os.path.isabs(config):
        config = os.path.join(environ.get("HOME") or os.path.expanduser("~"), ".config")
    return Path(config) / "autostart"


def entry_path(environ: Mapping[str, str] = os.environ) -> Path:
    return autostart_dir(environ) / ENTRY_NAME


def program() -> list[str]:
    """How to start this very backtimer at login, as absolute as can be found.

    A login session's PATH often lacks ``~/.local/bin`` or a virtualenv, so a bare
    ``backtimer`` may not be found there: prefer the bundle's executable, then the installed
    console script, then this Python running the package.
    """
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable]
    found = shutil.which("backtimer")
    if found:
        return [os.path.abspath(found)]
    return [sys.executable, "-m", "backtimer"]


def _exec_argument(argument: str) -> str:
    """One argument of an Exec line (Desktop Entry spec, "The Exec key")."""
    argument = argument.replace("%", "%%")
    if argument and not _NEEDS_QUOTES & set(argument):
        return argument
    quoted = "".join("\\" + c if c in _ESCAPE_IN_QUOTES else c for c in argument)
    # The whole value is then a desktop-file string, where a backslash is itself escaped and
    # control characters are written as escapes.
    quoted = quoted.replace("\\", "\\\\")
    for char, escape in (("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        quoted = quoted.replace(char, escape)
    return '"' + quoted + '"'


def exec_line(command: Sequence[str]) -> str:
    return " ".join(_exec_argument(part) for part in command)


def entry_text(command: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=backtimer",
        "Comment=Reminds you of your back routine",
        "Comment[nl]=Herinnert je aan je rugoefeningen",
        f"Exec={exec_line(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Utility;",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def enable(command: Sequence[str] | None = None, data_dir: Path | None = None,
           environ: Mapping[str, str] = os.environ) -> Path:
    """Write the entry (atomically) so backtimer starts hidden in the tray at login.

    ``data_dir`` goes on the command line when the user keeps their data somewhere of their
    own choosing (``--data-dir``): otherwise the login start would read other settings.
    OSError when the folder cannot be written.
    """
    parts = [*(command or program()), MINIMIZED_OPTION]
    if data_dir is not None:
        parts += ["--data-dir", str(data_dir)]
    path = entry_path(environ)
    atomic_write_text(path, entry_text(parts))
    return path


def disable(environ: Mapping[str, str] = os.environ) -> bool:
    """Remove our entry; True when there was one. OSError when it cannot be removed."""
    try:
        entry_path(environ).unlink()
    except FileNotFoundError:
        return False
    return True


def is_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    return entry_path(environ).is_file()
