"""How a length of time is written in lists, summaries and on the command line."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """ "4:05" (minutes:seconds), "1:02:00" past an hour; never negative. The same in every
    language, so the command line and the screens share it."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
