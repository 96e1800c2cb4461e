"""The lock a running window holds on its data folder, so that a second start can tell.

An advisory ``flock`` on a file in the folder: the kernel drops it when the process ends, however
it ends, so a crash never leaves the folder locked. On Linux and macOS; where there is no
``flock`` (Windows) there is no guard yet.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

LOCK_NAME = "backtimer.lock"


class InstanceLock:
    """Held from ``acquire()`` until ``release()`` or the end of the process."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> bool:
        """True: this process holds the folder now. False: another process holds it.

        Raises OSError when the lock file cannot be made (an unwritable folder)."""
        try:
            import fcntl
        except ImportError:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except OSError:
            os.close(fd)
            raise
        self._fd = fd
        # For a person looking at the folder: which process holds it. Nice to have only: a full
        # disk must not turn a lock that was taken into an error.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return True

    def held_elsewhere(self) -> bool:
        """Another process holds the folder right now (asked without taking it)."""
        try:
            import fcntl
        except ImportError:
            return False
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return False  # no lock file: nobody has started on this folder
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return True
        finally:
            os.close(fd)  # also drops the shared lock just taken
        return False

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
