"""Validation problems as data: where (a path), what (a code) and the values involved.

The core speaks English only through ``str(problem)`` (the command line prints it); a screen
translates a problem by its ``code`` with its ``values`` and places it by its ``path``, so it
never has to read the English back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Path parts: field names, and list indexes ("steps", 2, "hold_s") → steps[2].hold_s.
PathPart = str | int
ProblemPath = tuple[PathPart, ...]

# Every code a problem can have, with its English wording; the values fill the {names}.
MESSAGES: dict[str, str] = {
    # numbers
    "not_whole_number": "must be a whole number",
    "not_number": "must be a number",
    "out_of_range": "must be between {low:g} and {high:g}",
    # choices, texts, objects
    "not_one_of": "must be one of {options}",
    "not_text_or_languages": "must be text or an object with 'en' and/or 'nl'",
    "unknown_language": "unknown language (use 'en' or 'nl')",
    "not_text": "must be text",
    "too_long": "must be at most {limit} characters",
    "control_character": "must not contain line breaks or other control characters",
    "not_unicode": "contains characters that are not valid text (lone surrogates)",
    "required": "must not be empty",
    "unknown_field": "unknown field",
    "not_object": "must be an object",
    "not_tempo": "must be an object with up_s, hold_s, down_s, or null for self-paced",
    "too_short": "one rep must take at least {minimum:g} seconds",
    # ids and steps
    "bad_id": "must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit",
    "not_exercise_id": "must be an exercise id",
    "unknown_exercise": "unknown exercise '{exercise}'",
    "not_a_list": "must be a list of steps",
    "no_steps": "must have at least one step",
    "too_many_steps": "must have at most {limit} steps",
    # the file as a whole
    "not_json_object": "must contain a JSON object",
    "wrong_format": "must be '{expected}' (this is not a backtimer routine)",
    "bad_version": "must be a whole number from 1",
    "version_too_new": ("this routine file is version {version}, newer than this app reads "
                        "({supported}); update backtimer to open it"),
    "too_large": "larger than {kilobytes} kB, not a routine",
    "not_utf8": "not UTF-8 text (is it a binary file?)",
    "empty_file": "is empty",
    "too_deep": "nested too deeply to be a routine",
    "not_json": "not valid JSON ({detail})",
    # the routine library
    "unreadable": "cannot be read ({reason})",
    "id_mismatch": "'{id}' does not match the file name or is a built-in routine's",
    "builtin_read_only": "'{id}' is a built-in routine; duplicate it to make your own",
    "builtin_undeletable": "'{id}' is a built-in routine and cannot be deleted",
}


def path_text(path: ProblemPath) -> str:
    """("steps", 2, "tempo", "up_s") → "steps[2].tempo.up_s"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a routine or routine file.

    ``path`` says where ((): the whole; ("file",): the file itself), ``code`` what (a key of
    ``MESSAGES``), ``values`` the numbers and names the message needs.
    """

    path: ProblemPath
    code: str
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code not in MESSAGES:
            raise ValueError(f"unknown problem code {self.code!r}")

    @property
    def message(self) -> str:
        """The English message without the path ("must be between 1 and 600")."""
        return MESSAGES[self.code].format(**self.values)

    @property
    def where(self) -> str:
        return path_text(self.path)

    def __str__(self) -> str:
        where = self.where
        return f"{where}: {self.message}" if where else self.message
