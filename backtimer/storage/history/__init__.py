"""The history database: sessions and their steps, progression settings, export and import.

``store`` is the open database, ``schema`` its migrations, ``exchange`` the JSON and CSV files,
``records`` the values it holds and ``errors`` what goes wrong. The names other code uses are
re-exported here: ``from backtimer.storage.history import HistoryStore``.
"""

from backtimer.storage.history.errors import (
    HistoryBug,
    HistoryDamaged,
    HistoryError,
    HistoryFileError,
    HistoryTooNew,
    HistoryUnavailable,
    SchemaTooNewError,
    StorageFull,
    StorageReadOnly,
)
from backtimer.storage.history.exchange import (
    CSV_COLUMNS,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_IMPORT_BYTES,
    dumps_history,
    export_text,
    parse_history_file,
    step_summary,
)
from backtimer.storage.history.records import (
    RUNNING,
    STATES,
    HistoryFile,
    ImportResult,
    ProgressionSetting,
    SessionRecord,
    StepRecord,
)
from backtimer.storage.history.schema import MIGRATIONS, SCHEMA_VERSION
from backtimer.storage.history.store import BACKUPS_KEPT, HistoryStore
from backtimer.storage.history.summary import weekly_summary

__all__ = [
    "BACKUPS_KEPT",
    "CSV_COLUMNS",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "MAX_IMPORT_BYTES",
    "MIGRATIONS",
    "RUNNING",
    "SCHEMA_VERSION",
    "STATES",
    "HistoryBug",
    "HistoryDamaged",
    "HistoryError",
    "HistoryFile",
    "HistoryFileError",
    "HistoryStore",
    "HistoryTooNew",
    "HistoryUnavailable",
    "ImportResult",
    "ProgressionSetting",
    "SchemaTooNewError",
    "SessionRecord",
    "StepRecord",
    "StorageFull",
    "StorageReadOnly",
    "dumps_history",
    "export_text",
    "parse_history_file",
    "step_summary",
    "weekly_summary",
]
