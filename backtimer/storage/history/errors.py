"""The history's own errors: what a caller outside storage catches and shows.

SQLite's errors never leave ``storage/``: ``raise_sqlite_error`` turns one into the store's error
of its kind, by SQLite's result code (as qutebrowser's ``misc/sql.py`` does), so a screen tells
"the disk is full" from "this is a bug" by the type, never by searching the message.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar


class HistoryError(Exception):
    """The history cannot be used; the message says why in plain words.

    ``sqlite_name`` is SQLite's name of the error behind it (``SQLITE_FULL``), when there was one;
    ``detail`` the cause alone (SQLite's text), for a message that says what was being done.
    """

    def __init__(self, message: str, sqlite_name: str | None = None, detail: str = ""):
        super().__init__(message)
        self.sqlite_name = sqlite_name
        self.detail = detail or message  # the cause alone, without what was being done


class StorageFull(HistoryError):
    """The disk (or the database's size limit) is full: nothing more can be written."""


class StorageReadOnly(HistoryError):
    """The database or its folder cannot be written (read-only, or no permission)."""


class HistoryDamaged(HistoryError):
    """The database file is damaged or is not a database."""


class HistoryUnavailable(HistoryError):
    """The database cannot be reached now: locked by another program, or an input/output error."""


class HistoryTooNew(HistoryError):
    """The database was written by a newer backtimer; it is left as it is."""


SchemaTooNewError = HistoryTooNew  # the name it had before the store had its own errors


class HistoryBug(HistoryError):
    """An error that no disk, permission or file explains: a mistake in backtimer."""


class HistoryFileError(ValueError):
    """An import file is not a valid history; ``problems`` names each thing wrong."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))


# SQLite's primary result codes (https://www.sqlite.org/rescode.html) by the error they become;
# an extended code carries its primary one in the low byte.
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 7, 8, 10, 11
_FULL, _CANTOPEN, _PROTOCOL, _NOTADB = 13, 14, 15, 26
_KINDS: dict[int, type[HistoryError]] = {
    _FULL: StorageFull,
    _READONLY: StorageReadOnly,
    _PERM: StorageReadOnly,
    _CORRUPT: HistoryDamaged,
    _NOTADB: HistoryDamaged,
    _BUSY: HistoryUnavailable,
    _LOCKED: HistoryUnavailable,
    _NOMEM: HistoryUnavailable,
    _IOERR: HistoryUnavailable,
    _CANTOPEN: HistoryUnavailable,
    _PROTOCOL: HistoryUnavailable,
}


def error_kind(error: sqlite3.Error) -> type[HistoryError]:
    """The store's error for a SQLite error: by its result code; without one, a bug (a closed
    connection, a wrong parameter), unless its message says the file is not a database."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return _KINDS.get(code & 0xFF, HistoryBug)
    text = str(error)
    if "not a database" in text or "malformed" in text:
        return HistoryDamaged
    return HistoryBug


def raise_sqlite_error(message: str, error: sqlite3.Error) -> NoReturn:
    """Raise the store's own error for ``error``: ``message`` says what could not be done, in
    plain words; SQLite's own text follows in brackets."""
    name = getattr(error, "sqlite_errorname", None)
    reason = str(error)
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_BUSY, _LOCKED):
        # SQLite's "database is locked" means nothing to a person; say who holds it.
        reason = "another program is using the history right now; try again in a moment"
    raise error_kind(error)(f"{message} ({reason}).", name, reason) from error


def raise_os_error(message: str, error: OSError) -> NoReturn:
    """The same for an error of the file system around the database (its folder, its files)."""
    import errno

    kind: type[HistoryError] = HistoryUnavailable
    if error.errno == errno.ENOSPC:
        kind = StorageFull
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        kind = StorageReadOnly
    reason = error.strerror or str(error)
    raise kind(f"{message} ({reason}).", None, reason) from error


_F = TypeVar("_F", bound=Callable[..., Any])


def sqlite_errors(doing: str) -> Callable[[_F], _F]:
    """A store method whose SQLite errors become the store's own (``raise_sqlite_error``):
    "The history could not be <doing> (<SQLite's reason>)."."""
    def wrap(method: _F) -> _F:
        @functools.wraps(method)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            try:
                return method(*args, **kwargs)
            except sqlite3.Error as error:
                raise_sqlite_error(f"The history could not be {doing}", error)
        return guarded  # type: ignore[return-value]
    return wrap
