"""Where the player finds its pictures and sounds: the compiled Qt resources, else assets/."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QUrl

# The source tree's assets, used only when the compiled resources lack a file (development).
ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets"

_loaded: list[bool] = []


def ensure_resources() -> bool:
    """Register the compiled resources (``resources_rc``) once; False when it is missing."""
    if not _loaded:
        try:
            importlib.import_module("backtimer.ui.resources_rc")
        except ImportError:
            _loaded.append(False)
        else:
            _loaded.append(True)
    return _loaded[0]


def asset_path(relative: str) -> str | None:
    """A path Qt can open for ``relative`` (e.g. "sounds/go.wav"), or None when there is none."""
    ensure_resources()
    resource = f":/{relative}"
    if QFile.exists(resource):
        return resource
    local = ASSETS_DIR / relative
    return str(local) if local.is_file() else None


def asset_url(relative: str) -> QUrl | None:
    path = asset_path(relative)
    if path is None:
        return None
    if path.startswith(":/"):
        return QUrl("qrc" + path)
    return QUrl.fromLocalFile(path)


def asset_bytes(relative: str) -> bytes:
    """The contents of an asset (e.g. the icon, to install it for the desktop)."""
    path = asset_path(relative)
    resource = QFile(path or f":/{relative}")
    if path is None or not resource.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError(f"{relative} is missing from this install ({resource.errorString()})")
    try:
        return bytes(resource.readAll())
    finally:
        resource.close()
