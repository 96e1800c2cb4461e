"""The preferences file: JSON written atomically, forgiving of damage, keeping unknown keys."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from backtimer.core.preferences import OPTIONS_BY_KEY, defaults
from backtimer.storage.files import atomic_write_text

FORMAT = "backtimer.settings"
VERSION = 1
# A preferences file is a few hundred bytes; anything this large is not one of ours.
MAX_FILE_BYTES = 1_000_000


class Settings:
    """Current preferences. ``problems`` says what was wrong with the file read, once.

    A key with a bad value falls back to its default on its own; the others are kept. A damaged
    file is copied to ``settings.json.bak`` and the repaired file written at once, so the next
    start is quiet and the original stays for whoever wants it. Keys this version does not know
    (written by a newer one) are kept and written back unchanged.
    """

    def __init__(self, path: Path):
        self.path = path
        self._values = defaults()
        self._unknown: dict[str, Any] = {}
        self._version = VERSION
        self.problems: list[str] = []
        self._load()

    def __getitem__(self, key: str) -> Any:
        return self._values[key]

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def values(self) -> dict[str, Any]:
        return dict(self._values)

    @property
    def unknown(self) -> dict[str, Any]:
        """Keys from a newer version (or another tool), kept as they were."""
        return dict(self._unknown)

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(self.path.name + ".bak")

    # --- reading ----------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return
        except OSError as error:
            self.problems.append(f"The settings file {self.path} cannot be read "
                                 f"({error.strerror}); the defaults are used.")
            return
        data, reason = _decode(raw)
        if data is None:
            self._repair(f"The settings file {reason}; the defaults are used")
            return
        version = data.pop("version", VERSION)
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            # Written by a newer backtimer: keep its version so that one does not "migrate"
            # its own file again; every key it wrote is kept below.
            self._version = version
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
            self._repair("Some settings were invalid and are back to their defaults ("
                         + "; ".join(bad) + ")")

    def _repair(self, message: str) -> None:
        """Keep the damaged file as .bak, write the repaired one, and say so (once)."""
        try:
            shutil.copy2(self.path, self.backup_path)
        except OSError as error:
            self.problems.append(f"{message}. The damaged file could not be kept as "
                                 f"{self.backup_path} ({error.strerror}) and is left as it is.")
            return
        with contextlib.suppress(OSError):
            # Best effort: if it cannot be written, the message simply comes again next time.
            self.save()
        self.problems.append(f"{message}. The old file was kept as {self.backup_path}.")

    # --- writing ----------------------------------------------------------------------------

    def update(self, changes: dict[str, Any]) -> None:
        """Check every change, write once, then apply; a bad value or a failed write changes
        nothing (ValueError for a bad value, OSError when the file cannot be written)."""
        errors = []
        for key, value in changes.items():
            option = OPTIONS_BY_KEY.get(key)
            if option is None:
                errors.append(f"{key}: unknown setting")
            elif (why := option.check(value)) is not None:
                errors.append(f"{key}: {why}")
        if errors:
            raise ValueError("; ".join(errors))
        self._write({**self._values, **changes})
        self._values.update(changes)

    def save(self) -> None:
        self._write(self._values)

    def _write(self, values: dict[str, Any]) -> None:
        data = {"format": FORMAT, "version": self._version, **self._unknown, **values}
        atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _decode(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The settings object in ``raw``, or None and why not, in words for the user."""
    if len(raw) > MAX_FILE_BYTES:
        return None, f"is larger than {MAX_FILE_BYTES // 1000} kB, so it is not a settings file"
    if not raw.strip():
        return None, "is empty"
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return None, "is not text (is it a binary file?)"
    except RecursionError:
        return None, "is nested too deeply to be a settings file"
    except ValueError as error:
        return None, f"is damaged ({error})"
    if not isinstance(data, dict):
        return None, "does not contain a JSON object"
    if data.get("format", FORMAT) != FORMAT:
        return None, f"is not a backtimer settings file (format {str(data['format'])[:40]!r})"
    data.pop("format", None)
    return data, ""
