"""Where backtimer keeps its files: platformdirs by default, one folder with --data-dir."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "backtimer"
ENV_DATA_DIR = "BACKTIMER_DATA_DIR"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    cache_root: Path | None = None  # None: a "cache" folder inside data_dir

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def cache_dir(self) -> Path:
        """Files that can be made again at any time (the media controls' pictures)."""
        return self.cache_root or self.data_dir / "cache"


def resolve_paths(data_dir: str | os.PathLike | None = None,
                  environ: Mapping[str, str] = os.environ) -> Paths:
    """--data-dir, else $BACKTIMER_DATA_DIR (all state in one folder), else the platform's."""
    chosen = data_dir or environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(data_dir=root, config_dir=root)
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        cache_root=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
