"""Shared fixtures: every test gets its own data dir, and no timer may outlive its test."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Point every path the app could touch at tmp_path: never the real home."""
    folder = tmp_path / "data"
    monkeypatch.setenv("BACKTIMER_DATA_DIR", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    return folder
