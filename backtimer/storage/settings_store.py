"""The preferences file: JSON written atomically, forgiving of damage, keeping unknown keys."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from backtimer.core.preferences import OPTIONS_BY_KEY, defaults
from backtimer.storage.files import atomic_write_text

FORMAT = "backtimer.settings"


class Settings:
    """Current preferences. ``problems`` says, once, what was wrong with the file read.

    Keys this version does not know (written by a newer one) are kept and written back.
    """

    def __init__(self, path: Path):
        self.path = path
        self._values = defaults()
        self._unknown: dict[str, Any] = {}
        self.problems: list[str] = []
        self._load()

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return
        except OSError as error:
            self.problems.append(f"{self.path}: cannot be read ({error.strerror}); "
                                 "using the defaults")
            return
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (ValueError, RecursionError) as error:
            backup = self._keep_backup()
            reason = "is empty" if not raw.strip() else f"is damaged ({error})"
            self.problems.append(f"The settings file {reason}; the defaults are used and the "
                                 f"old file was kept as {backup}.")
            return
        data.pop("format", None)
        bad = []
        for key, value in data.items():
            option = OPTIONS_BY_KEY.get(key)
            if option is None:
                self._unknown[key] = value
            elif (why := option.check(value)) is not None:
                bad.append(f"{key} {why}")
            else:
                self._values[key] = value
        if bad:
            backup = self._keep_backup()
            self.problems.append("Some settings were invalid and are back to their defaults ("
                                 + "; ".join(bad) + f"); the old file was kept as {backup}.")

    def _keep_backup(self) -> Path:
        backup = self.path.with_name(self.path.name + ".bak")
        try:
            shutil.copy2(self.path, backup)
        except OSError:
            pass
        return backup

    def update(self, changes: dict[str, Any]) -> None:
        """Check every change first, then apply all and write once; a bad value changes nothing."""
        errors = []
        for key, value in changes.items():
            option = OPTIONS_BY_KEY.get(key)
            if option is None:
                errors.append(f"{key}: unknown setting")
            elif (why := option.check(value)) is not None:
                errors.append(f"{key}: {why}")
        if errors:
            raise ValueError("; ".join(errors))
        self._values.update(changes)
        self.save()

    def save(self) -> None:
        data = {"format": FORMAT, **self._unknown, **self._values}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
