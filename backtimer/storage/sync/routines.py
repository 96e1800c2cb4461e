"""User routines in the sync: the last change wins, and two changes made at once keep both.

Two computers that changed the same routine since they last saw each other's change end up
alike: the higher version keeps the routine's id, the other becomes a copy named "… (from the
other computer)". Both computers decide the same, so they agree without talking.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from backtimer.core.routine import (
    MAX_NAME,
    Routine,
    RoutineError,
    dumps,
    localized,
    routine_from_dict,
    routine_to_dict,
)
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.sync.journal import Record
from backtimer.storage.sync.state import Item, SyncState

COPY_SUFFIX = {"en": " (from the other computer)", "nl": " (van de andere computer)"}


def _digest(routine: Routine) -> str:
    return hashlib.blake2b(dumps(routine).encode(), digest_size=10).hexdigest()


class RoutineSync:
    def __init__(self, library: RoutineLibrary, conflicts: list[str], copies: list[str]):
        self.library = library
        self.conflicts = conflicts
        self.copies = copies

    def changes(self, items: dict[str, Item], me: str) -> Iterator[tuple[str, Item, Any]]:
        """Routines made, changed or deleted here since the last sync (or not yet written)."""
        routines = {r.id: r for r in self.library.user_routines()}
        unreadable = {path.stem for path in self.library.problems}
        for key, routine in routines.items():
            digest = _digest(routine)
            item = items.get(key)
            if item is None:
                item = Item(1, me, None, False, digest, False)
            elif item.digest != digest:
                item = Item(item.rev + 1, me, item.version, False, digest, False)
            elif item.published:
                continue
            yield key, item, routine_to_dict(routine)
        for key, item in items.items():
            if key in routines or key in unreadable:  # a file that does not load is not gone
                continue
            if not item.deleted and item.digest is not None:
                yield key, Item(item.rev + 1, me, item.version, True, None, False), None
            elif item.deleted and not item.published:
                yield key, item, None

    def merge(self, records: list[Record], state: SyncState, me: str,
              warnings: list[str]) -> int:
        items = state.items("routine")
        saved: list[tuple[str, Item]] = []
        for record in records:
            mine = items.get(record.key)
            if mine is not None and record.version <= mine.version:
                if self._concurrent(record, mine, me):  # ours stays; theirs becomes the copy
                    with contextlib.suppress(RoutineError):
                        self._keep_copy(routine_from_dict(record.data, self.library.exercises),
                                        record.by, items, saved)
                continue
            routine = None
            if record.kind == "routine":
                try:
                    routine = routine_from_dict(record.data, self.library.exercises)
                except RoutineError as error:
                    warnings.append(f"Skipped a routine '{record.key[:64]}' that is not valid "
                                    f"({error.problems[0]}).")
                    continue
                if routine.id != record.key or self.library.is_builtin(routine.id):
                    warnings.append(f"Skipped a routine '{record.key[:64]}' that is not valid.")
                    continue
            if mine is not None and routine is not None and self._concurrent(record, mine, me):
                ours = self.library.get(record.key)  # theirs wins; ours becomes the copy
                if ours is not None:
                    self._keep_copy(ours, mine.by, items, saved)
            if routine is None:
                self.library.delete(record.key)
                digest = None
            else:
                self.library.save(routine)
                digest = _digest(routine)
            saved.append((record.key, Item(record.rev, record.by, record.base,
                                           routine is None, digest, True)))
        if saved:
            with state.transaction():
                state.save_items("routine", saved)
        return len(saved)

    @staticmethod
    def _concurrent(record: Record, mine: Item, me: str) -> bool:
        """Both sides changed the same version: ours was made here, from the version theirs
        was made from."""
        return (record.kind == "routine" and not mine.deleted and mine.by == me
                and record.version != mine.version and record.base == mine.base)

    def _keep_copy(self, loser: Routine, loser_by: str, items: dict[str, Item],
                   saved: list[tuple[str, Item]]) -> None:
        """Save the losing version as a copy. Its id, name and version are derived alike on
        both computers, so the two copies are one routine (a deletion of it travels)."""
        copy_id = f"{loser.id[:50]}-{loser_by[:8]}"
        if copy_id in items:  # kept before (the same change read again, from a conflict copy)
            return
        name = {lang: text[:MAX_NAME - len(_suffix(lang))] + _suffix(lang)
                for lang, text in loser.name.items()}
        copy = replace(loser, id=copy_id, name=name)
        self.library.save(copy)
        self.copies.append(copy_id)
        self.conflicts.append(
            f"The routine '{localized(loser.name, 'en')}' was changed on two computers at once; "
            f"both versions were kept, one as '{localized(name, 'en')}'.")
        saved.append((copy_id, Item(1, loser_by, None, False, _digest(copy), False)))


def _suffix(lang: str) -> str:
    return COPY_SUFFIX.get(lang, COPY_SUFFIX["en"])
