"""The settings file: damaged, empty, truncated, hostile or newer files lose nothing saved."""

from __future__ import annotations

import json
import os

import pytest

from backtimer.core.preferences import OPTIONS, defaults
from backtimer.storage import files
from backtimer.storage.settings_store import FORMAT, MAX_FILE_BYTES, VERSION, Settings

GOOD = {"format": FORMAT, "version": VERSION, "volume": 40, "weekly_goal": 5, "theme": "dark"}


@pytest.fixture
def path(tmp_path):
    return tmp_path / "config" / "settings.json"


def write(path, data: bytes | str | dict) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data).encode() if isinstance(data, dict) else (
        data.encode() if isinstance(data, str) else data)
    path.write_bytes(raw)
    return raw


def test_missing_file_gives_defaults_quietly_and_writes_nothing(path):
    settings = Settings(path)
    assert settings.values() == defaults()
    assert settings.problems == []
    assert not path.parent.exists()


def test_every_option_default_passes_its_own_check():
    for option in OPTIONS:
        assert option.check(option.default) is None, option.key


def test_a_good_file_round_trips(path):
    write(path, GOOD)
    settings = Settings(path)
    assert (settings["volume"], settings["weekly_goal"], settings["theme"]) == (40, 5, "dark")
    assert settings.problems == []
    settings.update({"volume": 55})
    again = Settings(path)
    assert again["volume"] == 55 and again["weekly_goal"] == 5 and again.problems == []


@pytest.mark.parametrize(("raw", "words"), [
    (b"", "is empty"),
    (b"  \n\t ", "is empty"),
    (json.dumps(GOOD).encode()[:25], "is damaged"),  # truncated mid-write
    (b"\xff\xfe\x00\x81garbage\x00", "not text"),
    (b"[" * 100_000, "nested too deeply"),
    (b"[1, 2, 3]", "does not contain a JSON object"),
    (b'"just a string"', "does not contain a JSON object"),
    (b'{"format": "backtimer.routine", "id": "x"}', "not a backtimer settings file"),
    (b"{" + b" " * (MAX_FILE_BYTES + 10) + b"}", "larger than"),
])
def test_an_unusable_file_gives_defaults_keeps_a_backup_and_says_so_once(path, raw, words):
    write(path, raw)
    settings = Settings(path)
    assert settings.values() == defaults()
    assert len(settings.problems) == 1
    assert words in settings.problems[0]
    assert str(settings.backup_path) in settings.problems[0]
    assert settings.backup_path.read_bytes() == raw  # the original, byte for byte
    # The repaired file was written, so the next start has nothing to say.
    again = Settings(path)
    assert again.problems == [] and again.values() == defaults()
    assert settings.backup_path.read_bytes() == raw


def test_bad_values_fall_back_one_by_one(path):
    raw = write(path, {"format": FORMAT, "volume": 500, "weekly_goal": 5, "theme": "neon",
                       "sounds_enabled": "yes", "lead_in_s": 7.5, "countdown_scale": 120,
                       "week_start": True})
    settings = Settings(path)
    assert settings["weekly_goal"] == 5 and settings["countdown_scale"] == 120  # kept
    for key in ("volume", "theme", "sounds_enabled", "lead_in_s", "week_start"):
        assert settings[key] == defaults()[key], key
    [message] = settings.problems
    for words in ("volume must be between 0 and 100", "theme must be one of",
                  "sounds_enabled must be true or false", "lead_in_s must be a whole number"):
        assert words in message
    assert settings.backup_path.read_bytes() == raw
    again = Settings(path)
    assert again.problems == [] and again["weekly_goal"] == 5


def test_nan_and_huge_numbers_are_refused(path):
    write(path, '{"volume": NaN, "weekly_goal": 1e400, "lead_in_s": 99999999999999999999}')
    settings = Settings(path)
    assert settings["volume"] == 80 and settings["weekly_goal"] == 3
    assert settings["lead_in_s"] == 5
    assert len(settings.problems) == 1


def test_a_newer_version_keeps_what_it_does_not_know(path):
    write(path, {"format": FORMAT, "version": VERSION + 6, "volume": 40,
                 "future_theme_accent": {"hue": 210, "list": [1, 2]}, "sync_account": "x@y"})
    settings = Settings(path)
    assert settings.problems == []
    assert settings["volume"] == 40
    assert settings.unknown == {"future_theme_accent": {"hue": 210, "list": [1, 2]},
                                "sync_account": "x@y"}
    settings.update({"weekly_goal": 6})
    stored = json.loads(path.read_text())
    assert stored["future_theme_accent"] == {"hue": 210, "list": [1, 2]}
    assert stored["sync_account"] == "x@y"
    assert stored["version"] == VERSION + 6  # not downgraded: the newer app owns this file
    assert stored["weekly_goal"] == 6 and stored["volume"] == 40


def test_unknown_keys_survive_a_repair(path):
    write(path, {"format": FORMAT, "volume": -3, "plugin.x": True})
    settings = Settings(path)
    assert len(settings.problems) == 1
    assert json.loads(path.read_text())["plugin.x"] is True


def test_update_refuses_bad_values_and_writes_nothing(path):
    raw = write(path, GOOD)
    settings = Settings(path)
    with pytest.raises(ValueError, match="volume: must be between 0 and 100"):
        settings.update({"volume": 101, "weekly_goal": 4})
    with pytest.raises(ValueError, match="nonsense: unknown setting"):
        settings.update({"nonsense": 1})
    assert path.read_bytes() == raw
    assert settings["weekly_goal"] == 5


def test_update_that_cannot_write_changes_nothing_in_memory(path, monkeypatch):
    write(path, GOOD)
    settings = Settings(path)

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        settings.update({"volume": 10})
    assert settings["volume"] == 40
    assert json.loads(path.read_text())["volume"] == 40
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_writes_are_atomic_and_synced(path, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(files.os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    settings = Settings(path)
    settings.update({"volume": 30})
    assert synced, "the new file must reach the disk before it replaces the old one"
    assert json.loads(path.read_text())["volume"] == 30


def test_a_backup_that_cannot_be_made_leaves_the_damaged_file_alone(path, monkeypatch):
    raw = write(path, b"{broken")
    import shutil

    def fail(*_args, **_kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(shutil, "copy2", fail)
    settings = Settings(path)
    assert settings.values() == defaults()
    assert "left as it is" in settings.problems[0]
    assert path.read_bytes() == raw


def test_text_settings_refuse_what_could_not_be_used_or_written_back(tmp_path):
    """Issue 15 item 18: a non-ASCII window geometry stopped every start."""
    from backtimer.core.preferences import OPTIONS_BY_KEY

    geometry = OPTIONS_BY_KEY["window_geometry"]
    assert geometry.check("AdnQywADAAA=") is None and geometry.check("") is None
    assert geometry.check("\u00e9") == geometry.check("ab") == "must be base64 text"
    assert OPTIONS_BY_KEY["voice_name"].check("x\ud800") is not None
    assert OPTIONS_BY_KEY["sync_folder"].check("a\x00b") is not None
