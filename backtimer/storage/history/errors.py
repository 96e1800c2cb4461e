"""The history's own errors: what a caller outside storage catches and shows."""

from __future__ import annotations


class HistoryError(Exception):
    """The history cannot be used; the message says why in plain words."""


class SchemaTooNewError(HistoryError):
    """The database was written by a newer backtimer; it is left as it is."""


class HistoryFileError(ValueError):
    """An import file is not a valid history; ``problems`` names each thing wrong."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))

