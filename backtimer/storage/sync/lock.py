"""One sync of a history at a time, across processes."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from backtimer.storage.history import HistoryError


@contextlib.contextmanager
def one_sync_at_a_time(db_path: Path, wait_s: float = 60.0):
    """One sync of a history at a time (the window's and a script's ``--sync`` could meet):
    two writers of one journal would lose each other's lines."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; a second sync there is the user's doing
        yield
        return
    path = db_path.with_name(db_path.name + ".sync-lock")
    try:
        handle = path.open("a+b")
    except OSError as error:
        raise HistoryError(f"The sync cannot lock {path} ({error.strerror}).") from None
    with handle:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise HistoryError("Another sync of this history has been running for "
                                       f"{wait_s:.0f} s; try again later.") from None
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
