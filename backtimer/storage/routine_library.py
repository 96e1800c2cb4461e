"""The user's routines as JSON files under the data dir, beside the read-only built-ins."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from backtimer.core.problems import Problem
from backtimer.core.routine import (
    ID_PATTERN,
    MAX_FILE_BYTES,
    Exercise,
    Routine,
    RoutineError,
    dumps,
    loads,
    slug,
)
from backtimer.storage.files import atomic_write_text, read_limited


class RoutineExistsError(Exception):
    """An imported routine has the id of one of the user's own routines."""

    def __init__(self, routine: Routine):
        super().__init__(routine.id)
        self.routine = routine


class RoutineLibrary:
    """Built-in routines plus the user's own, one file each (``<id>.json``).

    A user file that no longer loads is kept on disk untouched and reported in ``problems``,
    so an edit by hand never costs the other routines.
    """

    def __init__(self, folder: Path, builtins: tuple[Routine, ...],
                 exercises: Mapping[str, Exercise]):
        self.folder = folder
        self.exercises = exercises
        self._builtins = {r.id: r for r in builtins}
        self.problems: dict[Path, list[Problem]] = {}
        # path → (its size, time, inode and kind when parsed, the routine or its problems)
        self._cache: dict[Path, tuple[tuple[int, ...], Routine | list[Problem]]] = {}

    def routines(self) -> list[Routine]:
        """Built-ins first, in catalog order, then the user's routines by id."""
        return list(self._builtins.values()) + self.user_routines()

    def user_routines(self) -> list[Routine]:
        self.problems = {}
        found = []
        if not self.folder.is_dir():
            return found
        paths = sorted(self.folder.glob("*.json"))
        for gone in self._cache.keys() - set(paths):
            del self._cache[gone]
        for path in paths:
            routine = self._load(path)
            if routine is not None:
                found.append(routine)
        return found

    def get(self, routine_id: str) -> Routine | None:
        """A routine by its id; a user routine is read from its own file alone."""
        if routine_id in self._builtins:
            return self._builtins[routine_id]
        if not ID_PATTERN.fullmatch(routine_id):
            return None  # no file name to look for ("../x" included)
        path = self.path_of(routine_id)
        return self._load(path) if path.exists() else None

    def _load(self, path: Path) -> Routine | None:
        """The routine in ``path``, or None with its problems in ``problems``. Each file is
        parsed once while it stays as it is (same size, time and inode): a start that lists the
        routines for the home page, the tray and the player reads the folder once."""
        try:
            info = path.stat()
        except OSError as error:
            self.problems[path] = [_unreadable(error)]
            return None
        key = (info.st_mtime_ns, info.st_size, info.st_ino, info.st_mode)
        cached = self._cache.get(path)
        if cached is None or cached[0] != key:
            cached = self._cache[path] = (key, self._parse(path))
        result = cached[1]
        if isinstance(result, Routine):
            return result
        self.problems[path] = result
        return None

    def _parse(self, path: Path) -> Routine | list[Problem]:
        try:
            routine = loads(read_limited(path, MAX_FILE_BYTES), self.exercises)
        except RoutineError as error:
            return error.problems
        except OSError as error:
            return [_unreadable(error)]
        if routine.id in self._builtins or path.stem != routine.id:
            return [Problem(("id",), "id_mismatch", {"id": routine.id})]
        return routine

    def is_builtin(self, routine_id: str) -> bool:
        return routine_id in self._builtins

    def path_of(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}.json"

    def save(self, routine: Routine) -> Path:
        """Store a user routine (new or changed) atomically; built-ins are read-only."""
        if routine.id in self._builtins:
            raise RoutineError([Problem(("id",), "builtin_read_only", {"id": routine.id})])
        routine = replace(routine, builtin=False)
        path = self.path_of(routine.id)
        atomic_write_text(path, dumps(routine))
        return path

    def delete(self, routine_id: str) -> None:
        if routine_id in self._builtins:
            raise RoutineError([Problem(("id",), "builtin_undeletable", {"id": routine_id})])
        self.path_of(routine_id).unlink(missing_ok=True)

    def import_file(self, source: Path, *, replace_own: bool = False) -> Routine:
        """Validate a shared routine file and add it; a bad file changes nothing. A routine of
        the user's own with the same id is replaced only when ``replace_own`` says so, else
        RoutineExistsError."""
        try:
            raw = read_limited(source, MAX_FILE_BYTES)
        except OSError as error:
            raise RoutineError([_unreadable(error)]) from None
        routine = loads(raw, self.exercises)
        if not replace_own and not self.is_builtin(routine.id) \
                and self.path_of(routine.id).exists():
            raise RoutineExistsError(routine)
        self.save(routine)
        return routine

    def export_file(self, routine_id: str, target: Path) -> Routine:
        routine = self.get(routine_id)
        if routine is None:
            raise KeyError(routine_id)
        atomic_write_text(target, dumps(routine))
        return routine

    def free_id(self, base: str, taken: Iterable[str] = ()) -> str:
        """An id made from ``base`` (a name or an id) that no routine has: neither a built-in,
        nor a file in the folder (one that does not load included), nor one of ``taken``
        (the editor's routines not saved yet)."""
        base = slug(base) or "routine"
        stems = {path.stem for path in self.folder.glob("*.json")}  # none without a folder
        taken = set(self._builtins) | stems | set(taken)
        candidate, n = base, 2
        while candidate in taken:
            candidate = f"{base}-{n}"
            n += 1
        return candidate


def _unreadable(error: OSError) -> Problem:
    return Problem(("file",), "unreadable", {"reason": error.strerror})
