"""Journals: JSON lines, one self-contained change per line, written whole or not at all.

A line is ``{"format": "backtimer.sync", "version": 1, "computer": <writer>, "seq": n,
"kind": …, "key": <session id or routine id>, "rev": n, "by": <computer that made the change>,
"base": [rev, by] | null, "at": <local time, for people only>, "data": …}``. A change is
identified by its key and version ``(rev, by)``: the higher version wins, whatever the clocks
say. A line without its newline is still arriving and is read next time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backtimer.storage.files import atomic_write
from backtimer.storage.sync import layout

FORMAT = "backtimer.sync"
VERSION = 1
KINDS = ("session", "session-deleted", "progression", "routine", "routine-deleted")
SEGMENT_RECORDS = 250  # then a new file: each sync rewrites only the last, small one
MAX_JOURNAL_BYTES = 50_000_000  # a journal this large is not one of ours

_LINE_START = b'{"format":"backtimer.sync"'  # how ``encode`` begins every line
Version = tuple[int, str]  # (rev, by): compared as a tuple, so ties go to the larger id


@dataclass(frozen=True)
class Record:
    computer: str
    seq: int
    kind: str
    key: str
    rev: int
    by: str
    base: Version | None
    data: Any
    digest: str  # of the line: tells a clone's line from our own at the same seq

    @property
    def version(self) -> Version:
        return (self.rev, self.by)


@dataclass
class Parsed:
    records: list[Record] = field(default_factory=list)
    damaged: int = 0  # lines that are not records
    newer: int = 0  # lines of a newer format version
    misplaced: int = 0  # lines written by another computer than the folder's
    consumed: int = 0  # bytes up to the last complete line


def line_digest(line: bytes) -> str:
    return hashlib.blake2b(line, digest_size=10).hexdigest()


def encode(*, computer: str, seq: int, kind: str, key: str, version: Version,
           base: Version | None, at: str, data: Any) -> bytes:
    record = {"format": FORMAT, "version": VERSION, "computer": computer, "seq": seq,
              "kind": kind, "key": key, "rev": version[0], "by": version[1],
              "base": None if base is None else list(base), "at": at, "data": data}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def parse(raw: bytes, computer: str, start: int = 0) -> Parsed:
    """The complete lines of ``raw`` from byte ``start``; each bad line is counted, not fatal.

    A last line without its newline is left for next time, if it can be the start of one of
    our lines (still arriving); anything else there is damage (random bytes, another format)."""
    result = Parsed(consumed=start)
    end = raw.rfind(b"\n") + 1
    tail = raw[max(end, start):].lstrip()
    if tail and not (tail.startswith(_LINE_START) or _LINE_START.startswith(tail)):
        result.damaged += 1
    if end <= start:
        return result
    for line in raw[start:end].split(b"\n")[:-1]:
        if not line.strip():
            continue
        record = _record(line, computer, result)
        if record is not None:
            result.records.append(record)
    result.consumed = end
    return result


@dataclass(frozen=True)
class RawJSON:
    """A session's JSON text, left for the history import to read (once, not twice)."""

    text: bytes


_DATA = b',"data":'


def _decode(line: bytes) -> Any:
    """The line as JSON; as ``encode`` wrote it, a session's data stays text (``RawJSON``)."""
    head, found, data = line.rstrip().partition(_DATA)
    if found and data.endswith(b"}") and b'"kind":"session"' in head:
        try:
            item = json.loads(head + b"}")
        except (ValueError, RecursionError):
            item = None
        if isinstance(item, dict) and item.get("kind") == "session" and "data" not in item:
            item["data"] = RawJSON(data[:-1])
            return item
    return json.loads(line)  # any other writer's order, or damage: read it whole


def _record(line: bytes, computer: str, result: Parsed) -> Record | None:
    try:
        item = _decode(line)
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        result.damaged += 1
        return None
    if not isinstance(item, dict) or item.get("format") != FORMAT:
        result.damaged += 1
        return None
    version = item.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        result.newer += 1
        return None
    seq, rev, kind, key, by = (item.get(k) for k in ("seq", "rev", "kind", "key", "by"))
    base = item.get("base")
    if (version != VERSION or not _count(seq) or not _count(rev) or kind not in KINDS
            or not isinstance(key, str) or not 1 <= len(key) <= 64
            or not isinstance(by, str) or not layout.is_computer_id(by)
            or not (base is None or (isinstance(base, list) and len(base) == 2
                                     and _count(base[0]) and isinstance(base[1], str)))):
        result.damaged += 1
        return None
    if item.get("computer") != computer:
        result.misplaced += 1
        return None
    return Record(computer, seq, kind, key, rev, by, None if base is None else tuple(base),
                  item.get("data"), line_digest(line))


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


@dataclass(frozen=True)
class Mark:
    """What a file was when it was last read (or written): unchanged files are not read again,
    a grown one only from where reading stopped, if what was read is still its beginning."""

    size: int
    mtime_ns: int
    consumed: int
    prefix: str  # digest of the first ``consumed`` bytes


def mark_of(path: Path, raw: bytes, consumed: int) -> Mark:
    stat = path.stat()
    return Mark(len(raw), stat.st_mtime_ns, consumed, line_digest(raw[:consumed]))


def append(folder: Path, lines: list[bytes]) -> dict[Path, Mark]:
    """Add lines to this computer's journal: the last file rewritten whole with them (a new
    file renamed into place, so no reader ever sees half of it), new files when it is full."""
    written: dict[Path, Mark] = {}
    folder.mkdir(parents=True, exist_ok=True)
    numbers = [n for p in folder.iterdir() if (n := layout.journal_number(p.name)) is not None]
    number = max(numbers, default=1)
    path = folder / layout.journal_name(number)
    try:
        existing = path.read_bytes()
    except FileNotFoundError:
        existing = b""
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"  # not ours (a torn copy): its last line is read as damaged
    count = existing.count(b"\n")
    while lines:
        room = SEGMENT_RECORDS - count
        if room <= 0:
            number += 1
            path, existing, count = folder / layout.journal_name(number), b"", 0
            continue
        data = existing + b"".join(lines[:room])
        atomic_write(path, data)
        written[path] = mark_of(path, data, len(data))
        lines = lines[room:]
        count = SEGMENT_RECORDS
    return written


def read(path: Path, computer: str, mark: Mark | None) -> tuple[Parsed | None, Mark]:
    """The records a journal has that were not read before (None: unchanged since ``mark``)."""
    stat = path.stat()
    if mark is not None and (stat.st_size, stat.st_mtime_ns) == (mark.size, mark.mtime_ns):
        return None, mark
    if stat.st_size > MAX_JOURNAL_BYTES:
        raise ValueError(f"larger than {MAX_JOURNAL_BYTES // 1_000_000} MB")
    with path.open("rb") as handle:
        raw = handle.read(MAX_JOURNAL_BYTES + 1)
    start = 0
    if mark is not None and len(raw) >= mark.consumed and \
            line_digest(raw[:mark.consumed]) == mark.prefix:
        start = mark.consumed
    parsed = parse(raw, computer, start)
    # The size read, with the time seen before: a file that changed meanwhile is read again.
    return parsed, Mark(len(raw), stat.st_mtime_ns, parsed.consumed,
                        line_digest(raw[:parsed.consumed]))
