"""The lock a running window holds on its data folder, so that a second start can tell.

An advisory ``flock`` on a file in the folder: the kernel drops it when the process ends, however
it ends, so a crash never leaves the folder locked. Where there is no ``flock`` (Windows) there
is no guard.
"""

from __future__ import annotations

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
        # For a person looking at the folder: which process holds it.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
