"""History sync through a folder that a file-sync tool (Syncthing, Nextcloud, Dropbox…) keeps.

Each computer writes only its own journals under ``DIR/backtimer/<its id>/`` and reads the
others'; the live database never goes into the folder. See ``engine.sync``.
"""

from backtimer.storage.sync.engine import SyncFolderError, SyncReport, sync

__all__ = ["SyncFolderError", "SyncReport", "sync"]
