"""Every user preference, declared once: key, type, default, bounds and label."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation without Qt (lupdate looks for this name); the UI
    translates it when shown."""
    return text


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    # A further rule for values of the right type: returns why a value is wrong, or None.
    validator: Callable[[Any], str | None] | None = None

    @property
    def kind(self) -> type:
        return type(self.default)

    def check(self, value: Any) -> str | None:
        """Why ``value`` is not acceptable for this option, or None when it is."""
        why = self._check_kind(value)
        if why is None and self.validator is not None:
            why = self.validator(value)
        return why

    def _check_kind(self, value: Any) -> str | None:
        if self.kind is bool:
            return None if isinstance(value, bool) else "must be true or false"
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                return "must be a whole number"
            if self.low is not None and self.high is not None and not (
                    self.low <= value <= self.high):
                return f"must be between {self.low} and {self.high}"
            return None
        if not isinstance(value, str):
            return "must be text"
        if self.choices and value not in self.choices:
            return "must be one of " + ", ".join(self.choices)
        if len(value) > 4096:
            return "is too long"
        if any("\ud800" <= char <= "\udfff" for char in value):
            return "is not valid text (a lone surrogate)"  # could never be written back
        if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
            return "must not contain control characters"
        return None


_CLOCK_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")


def base64_text(value: str) -> str | None:
    """What Qt's saveGeometry().toBase64() writes: ASCII letters, digits, '+', '/' and '='."""
    return None if _BASE64.fullmatch(value) and len(value) % 4 == 0 else "must be base64 text"


def clock_time(value: str) -> str | None:
    """A time of day written "HH:MM" (24 hours, two digits each), as the reminder stores it."""
    return None if _CLOCK_TIME.fullmatch(value) else "must be a time of day as HH:MM, e.g. 07:30"


OPTIONS: tuple[Option, ...] = (
    Option("language", "system", QT_TRANSLATE_NOOP("Preferences", "Language"),
           choices=("system", "en", "nl")),
    Option("theme", "system", QT_TRANSLATE_NOOP("Preferences", "Appearance"),
           choices=("system", "light", "dark")),
    Option("countdown_scale", 100, QT_TRANSLATE_NOOP("Preferences", "Countdown size (%)"), 60, 150),
    Option("sounds_enabled", True, QT_TRANSLATE_NOOP("Preferences", "Play sound cues")),
    Option("volume", 80, QT_TRANSLATE_NOOP("Preferences", "Volume (%)"), 0, 100),
    Option("voice_enabled", True, QT_TRANSLATE_NOOP("Preferences", "Speak exercise names")),
    Option("voice_name", "", QT_TRANSLATE_NOOP("Preferences", "Voice")),
    # Off by default: the beeps already mark each phase; some like to hear the words too.
    Option("say_movements", False, QT_TRANSLATE_NOOP("Preferences", "Say each movement")),
    Option("count_reps_aloud", False, QT_TRANSLATE_NOOP("Preferences", "Count reps aloud")),
    # Measured (benchmarks/bench_audio.py): ~3 ms (median) from the boundary to sound on
    # PulseAudio with a QAudioSink per cue; a typical sound card adds ~6 ms more. Bluetooth
    # needs far more; that is what the setting is for.
    Option("cue_latency_ms", 10,
           QT_TRANSLATE_NOOP("Preferences", "Play cues early by (ms)"), 0, 500),
    Option("lead_in_s", 5, QT_TRANSLATE_NOOP("Preferences", "Default get-ready time (s)"), 0, 60),
    Option("weekly_goal", 3, QT_TRANSLATE_NOOP("Preferences", "Weekly goal (sessions)"), 1, 14),
    Option("week_start", 0, QT_TRANSLATE_NOOP("Preferences", "First day of the week"), 0, 6),
    Option("day_start_hour", 0,
           QT_TRANSLATE_NOOP("Preferences", "A new day starts at (hour)"), 0, 6),
    Option("pain_checkins", True, QT_TRANSLATE_NOOP("Preferences", "Ask for a pain rating")),
    Option("keep_screen_on", True,
           QT_TRANSLATE_NOOP("Preferences", "Keep the screen on during a workout")),
    Option("safety_notice_seen", False, QT_TRANSLATE_NOOP("Preferences", "Safety notice shown")),
    Option("reminder_enabled", False, QT_TRANSLATE_NOOP("Preferences", "Remind me to exercise")),
    Option("reminder_time", "08:00", QT_TRANSLATE_NOOP("Preferences", "Reminder time"),
           validator=clock_time),
    # Bit 0 = Monday … bit 6 = Sunday (core.reminders); 0 = no day chosen.
    Option("reminder_weekdays", 0b1111111, QT_TRANSLATE_NOOP("Preferences", "Remind me on"),
           0, 0b1111111),
    Option("start_minimized_at_login", False,
           QT_TRANSLATE_NOOP("Preferences", "Start at login, minimised to the tray")),
    Option("tray_notice_seen", False,
           QT_TRANSLATE_NOOP("Preferences", "Told that backtimer keeps running in the tray")),
    # A folder that Syncthing, Nextcloud or Dropbox keeps; empty: no sync (storage.sync).
    Option("sync_folder", "", QT_TRANSLATE_NOOP("Preferences", "Sync folder")),
    # Qt's saveGeometry() in base64; empty until the window has been closed once.
    Option("window_geometry", "", QT_TRANSLATE_NOOP("Preferences", "Window size and position"),
           validator=base64_text),
)
OPTIONS_BY_KEY = {option.key: option for option in OPTIONS}


def defaults() -> dict[str, Any]:
    return {option.key: option.default for option in OPTIONS}
