"""The language of the command line's own output: --lang, else the terminal's locale."""

from __future__ import annotations

import os


def terminal_language(requested: str | None) -> str:
    """--lang, else the locale of the terminal, else English."""
    if requested:
        return requested
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"
