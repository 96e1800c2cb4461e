"""A look at the history's write-ahead log before SQLite opens it: SQLite applies the frames up
to the first one whose checksum fails and drops the rest without a word; this says whether
committed changes lie beyond such a break (a damaged log, not a write cut short by a crash).

The format: https://www.sqlite.org/fileformat2.html#the_write_ahead_log
"""

from __future__ import annotations

import shutil
import struct
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

_MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # checksums little- or big-endian
_HEADER = 32
_FRAME_HEADER = 24
MAX_WAL_BYTES = 512 * 1024 * 1024  # a larger log is not looked at (never read without end)


@dataclass(frozen=True)
class WalCheck:
    applied: int  # commits SQLite will apply
    lost: int  # commits after a broken frame: saved once, dropped now


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def check(path: Path) -> WalCheck | None:
    """How the log at ``path`` will be applied, or None when there is none to look at."""
    try:
        size = path.stat().st_size
        if not 0 < size <= MAX_WAL_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER:
        return None
    magic, _version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:32])
    order = _MAGIC.get(magic)
    if order is None or page_size < 512 or page_size & (page_size - 1):
        return None
    s0, s1 = _checksum(data[:24], order, 0, 0)
    if (s0, s1) != (c1, c2):
        return None  # a header SQLite ignores: the whole log is ignored, as when empty
    frame = _FRAME_HEADER + page_size
    applied = lost = 0
    broken = False
    for offset in range(_HEADER, len(data) - frame + 1, frame):
        _page, commit, f_salt1, f_salt2, f_c1, f_c2 = struct.unpack(
            ">6I", data[offset:offset + _FRAME_HEADER])
        if (f_salt1, f_salt2) != (salt1, salt2):
            if not broken:
                break  # an older generation of the log: its end, as SQLite sees it
            continue
        if broken:
            lost += bool(commit)
            continue
        s0, s1 = _checksum(data[offset:offset + 8], order, s0, s1)
        s0, s1 = _checksum(data[offset + _FRAME_HEADER:offset + frame], order, s0, s1)
        if (s0, s1) != (f_c1, f_c2):
            # Not counted itself: a write cut short by a crash ends in one such frame, and
            # its commit never happened. Commits after it did.
            broken = True
            continue
        applied += bool(commit)
    return WalCheck(applied, lost)


def damage_notice(database: Path, now: datetime) -> str | None:
    """What to tell when the log of ``database`` lost saved changes (None: nothing to tell);
    the log is kept beside it as it was, for whoever can recover more."""
    log_path = database.with_name(database.name + "-wal")
    found = check(log_path)
    if found is None or not found.lost:
        return None
    kept = log_path.with_name(f"{log_path.name}.damaged-{now.strftime('%Y%m%d-%H%M%S')}")
    try:
        shutil.copy2(log_path, kept)
    except OSError as error:
        where = f"it could not be kept ({error.strerror})"
    else:
        where = f"it was kept as {kept}"
    one = found.lost == 1
    return (f"The history's journal {log_path.name} was damaged: {found.lost} saved "
            f"{'change' if one else 'changes'} after the damage could not be read and "
            f"{'is' if one else 'are'} missing from the history; {where}.")
