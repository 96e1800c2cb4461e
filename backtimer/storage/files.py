"""Atomic file writes (a reader sees the old file or the new one, never half of either) and
bounded reads (a FIFO, a device or a huge file is refused, never read without end)."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder, fsync it, then ``os.replace`` it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    # The rename itself is durable only once the directory entry is on disk.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write(path, text.encode("utf-8"))


class NotAFileError(OSError):
    """The path is not a regular file (a FIFO, a device, a folder) or is larger than allowed;
    ``strerror`` says which in plain words."""


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    The file is opened without blocking (a FIFO with no writer would wait for ever) and its
    kind and size are checked on the open file itself, so a swap between check and read
    cannot slip a device in. Raises NotAFileError, or OSError when it cannot be read.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileError(0, "not a regular file (a pipe, a device or a folder)",
                                str(path))
        if info.st_size > limit:
            raise NotAFileError(0, f"larger than {limit // 1000} kB", str(path))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)  # a file still growing is cut off, never followed
    finally:
        os.close(fd)
    if len(data) > limit:
        raise NotAFileError(0, f"larger than {limit // 1000} kB", str(path))
    return data
