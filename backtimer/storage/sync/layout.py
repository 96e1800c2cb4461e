"""Where sync files live in the shared folder, and what each name found there is.

``DIR/backtimer/<computer id>/journal-000001.jsonl``: each computer writes only its own folder,
so no file ever has two writers and a sync tool never has to merge one.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

ROOT_NAME = "backtimer"
_COMPUTER_ID = re.compile(r"[0-9a-f]{32}")
_JOURNAL = re.compile(r"journal-(\d{6})\.jsonl")
# Conflict copies the sync tools leave beside a file two sides changed at once:
#   Syncthing  journal-000001.sync-conflict-20261201-101010-ABCDEFG.jsonl
#   Dropbox    journal-000001 (Anna's conflicted copy 2026-12-01).jsonl
#   Nextcloud  journal-000001 (conflicted copy 2026-12-01 101010).jsonl
#   ownCloud   journal-000001_conflict-20261201-101010.jsonl
_CONFLICT = re.compile(
    r"journal-\d{6}(\.sync-conflict-[\w-]+| \([^)]*conflicted copy[^)]*\)|_conflict-[\w-]+)"
    r"\.jsonl")


class Kind(Enum):
    JOURNAL = "journal"  # a journal, as its computer wrote it
    CONFLICT_COPY = "conflict copy"  # read like a journal: its records add nothing twice
    IN_TRANSIT = "in transit"  # a sync tool's or our own temporary file: read it next time
    FOREIGN = "foreign"  # not ours: skipped with a warning


def root(folder: Path) -> Path:
    return folder / ROOT_NAME


def is_computer_id(name: str) -> bool:
    return _COMPUTER_ID.fullmatch(name) is not None


def new_computer_id() -> str:
    """A random id, made once per history: not the host name, which two computers can share
    and a reinstall can change."""
    import uuid

    return uuid.uuid4().hex


def kind_of(name: str) -> Kind:
    # .syncthing.NAME.tmp (Syncthing), ~syncthing~NAME.tmp (Syncthing on Windows), .NAME.*.tmp
    # (ours, storage.files), .~lock / .dropbox.cache and the like: all on their way somewhere.
    if name.startswith((".", "~")):
        return Kind.IN_TRANSIT
    if _JOURNAL.fullmatch(name):
        return Kind.JOURNAL
    if _CONFLICT.fullmatch(name):
        return Kind.CONFLICT_COPY
    return Kind.FOREIGN


def journal_name(number: int) -> str:
    return f"journal-{number:06d}.jsonl"


def journal_number(name: str) -> int | None:
    match = _JOURNAL.fullmatch(name)
    return int(match.group(1)) if match else None
