"""Runs one ``backtimer --sync`` at a time in a process of its own, when asked and when the
shared folder changes.

In another process the merge never holds the GUI thread (nor Python's lock), a slow or stuck
folder (a network share, a disk taken out) costs no frame, and a run that takes too long is
killed: the next one picks up where it stopped, since every sync step is idempotent.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QProcess, QTimer, Signal

from backtimer.storage.sync import layout
from backtimer.storage.sync.status import SyncStatus, read_status

log = logging.getLogger("backtimer")


def sync_command() -> list[str]:
    """How to start this backtimer again: the bundle's executable, or this Python with -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "backtimer"]


class SyncService(QObject):
    """Syncs the history with the folder of the ``sync_folder`` setting (none: does nothing).

    Signals:
        sync_finished(bool, str): a sync ended; whether it went through, and its line (or why
            it failed).
    """

    sync_finished = Signal(bool, str)

    DEBOUNCE_MS = 1500  # files arrive in bursts; one sync after the burst
    TIMEOUT_MS = 120_000  # far beyond a merge of decades (benchmarks/bench_sync.py)
    STOP_WAIT_MS = 2000  # at quit: the longest the window waits for a running sync

    def __init__(self, settings, data_dir: Path, db_path: Path, parent: QObject, *,
                 command: list[str] | None = None):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.db_path = Path(db_path)
        self.command = command or sync_command()
        self.process: QProcess | None = None
        self._again = False
        self._stopped = False
        self._debounce = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)
        self._deadline = QTimer(self, singleShot=True, interval=self.TIMEOUT_MS)
        self._deadline.timeout.connect(self._too_long)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_changed)

    def folder(self) -> Path | None:
        text = self.settings["sync_folder"]
        return Path(text).expanduser() if text else None

    def status(self) -> SyncStatus | None:
        return read_status(self.db_path)

    @property
    def running(self) -> bool:
        return self.process is not None

    # --- when to sync ------------------------------------------------------------------------

    def request(self, *_args) -> None:
        """Sync soon (a burst of requests makes one sync)."""
        if self.folder() is not None:
            self._debounce.start()
        else:
            self._watch(None)

    def sync_now(self) -> None:
        self._debounce.stop()
        self._start()

    def apply_settings(self, changes: dict) -> None:
        if "sync_folder" in changes:
            self.request()

    def _folder_changed(self, _path: str) -> None:
        self.request()  # another computer's files arrived (or Syncthing is still writing)

    def _watch(self, status: SyncStatus | None) -> None:
        """Watch the shared folder and every other computer's folder in it, not our own (our
        own writes would wake us again)."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        folder = self.folder()
        if folder is None:
            return
        root = layout.root(folder)
        mine = status.computer if status is not None else ""
        # Until another computer made the backtimer folder, the shared folder itself.
        paths = [str(root)] if root.is_dir() else [str(folder)] if folder.is_dir() else []
        if root.is_dir():
            with contextlib.suppress(OSError):
                paths += [str(p) for p in root.iterdir()
                          if p.is_dir() and p.name != mine and layout.is_computer_id(p.name)]
        if paths:
            self._watcher.addPaths(paths)

    # --- running -----------------------------------------------------------------------------

    def _start(self) -> None:
        folder = self.folder()
        if folder is None or self._stopped:
            return
        if self.process is not None:
            self._again = True  # one more after this one: something changed meanwhile
            return
        process = self.process = QProcess(self)
        process.setProgram(self.command[0])
        process.setArguments([*self.command[1:], "--data-dir", str(self.data_dir),
                              "--sync", str(folder)])
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._failed_to_start)
        self._deadline.start()
        process.start()

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            self._done(False, self.tr("The sync could not start (%1).").replace(
                "%1", self.process.errorString()))

    def _too_long(self) -> None:
        if self.process is not None:
            log.warning("the sync took longer than %d s and was stopped",
                        self.TIMEOUT_MS // 1000)
            self.process.kill()  # finished() follows

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self.process
        if process is None:
            return
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace").strip()
        err = bytes(process.readAllStandardError().data()).decode(errors="replace").strip()
        for line in err.splitlines():
            log.warning("%s", line.removeprefix("backtimer: "))
        ok = status == QProcess.ExitStatus.NormalExit and code == 0
        if ok:
            message = out.splitlines()[-1] if out else ""
        elif status != QProcess.ExitStatus.NormalExit:
            message = self.tr("The sync was stopped before it finished.")
        else:
            message = err.splitlines()[-1].removeprefix("backtimer: ") if err else ""
        self._done(ok, message)

    def _done(self, ok: bool, message: str) -> None:
        self._deadline.stop()
        if self.process is not None:
            self.process.deleteLater()
        self.process = None
        (log.info if ok else log.warning)("%s", message)
        if self._stopped:
            return
        self._watch(self.status())
        self.sync_finished.emit(ok, message)
        if self._again:
            self._again = False
            self._debounce.start()

    def stop(self) -> None:
        """At quit: no new sync; a running one gets a moment, then is ended (it resumes next
        time)."""
        self._stopped = True
        self._debounce.stop()
        self._again = False
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        process = self.process
        if process is not None and not process.waitForFinished(self.STOP_WAIT_MS):
            process.kill()
            process.waitForFinished(self.STOP_WAIT_MS)
