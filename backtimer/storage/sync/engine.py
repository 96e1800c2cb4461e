"""One sync with a shared folder: write what this computer changed, merge what others wrote.

Nothing here waits on another program: it reads and writes plain files that some sync tool
(Syncthing, Nextcloud, Dropbox…) carries between computers whenever it likes. Every merge is
idempotent (by key and version), so reading a file twice, a conflict copy, or files arriving
out of order adds nothing twice.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from backtimer.core.clock import local_now
from backtimer.storage.history import HistoryError, HistoryStore
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.sync import journal, layout
from backtimer.storage.sync.journal import Mark, Record, Version
from backtimer.storage.sync.lock import one_sync_at_a_time
from backtimer.storage.sync.routines import RoutineSync
from backtimer.storage.sync.sessions import (
    parse_progression,
    parse_sessions,
    progression_json,
    session_json,
)
from backtimer.storage.sync.state import PENDING, Item, SyncState

_BULK = 100  # more changed sessions than this: read them all at once


class SyncFolderError(Exception):
    """The folder itself cannot be used; the message says why, ``kind`` which case it is
    ("missing", "unwritable", "gone" or "unusable"), for a window that says it in its language."""

    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


def _keep_problem(state: SyncState, error: SyncFolderError) -> None:
    """Kept for the window, which says why the last try failed."""
    with contextlib.suppress(HistoryError, sqlite3.Error), state.transaction():
        state.put(problem=str(error), problem_kind=error.kind)


@dataclass
class SyncReport:
    folder: Path
    computer: str = ""
    written: int = 0  # changes written to the folder
    added: int = 0  # sessions new here
    changed: int = 0  # sessions replaced by a newer version
    deleted: int = 0  # sessions deleted on another computer
    routines: int = 0  # routines (and progression settings) taken
    computers: int = 0  # other computers whose journals the folder has
    warnings: list[str] = field(default_factory=list)  # what was skipped, and why
    conflicts: list[str] = field(default_factory=list)  # routines kept in two versions
    conflict_copies: list[str] = field(default_factory=list)  # the copies' routine ids

    def summary(self) -> str:
        """One line for the command line and the log."""
        taken = [f"{n} {word}" for n, word in ((self.added, "new"), (self.changed, "changed"),
                                                (self.deleted, "deleted")) if n]
        text = (f"Synced with {self.folder}: wrote {self.written} "
                f"change{'s' if self.written != 1 else ''}, took "
                + (", ".join(taken) + " sessions" if taken else "no sessions")
                + (f" and {self.routines} routine settings" if self.routines else "")
                + f" from {self.computers} other computer{'s' if self.computers != 1 else ''}")
        if self.conflicts:
            text += f"; {len(self.conflicts)} routine(s) kept in two versions"
        if self.warnings:
            text += f"; skipped {len(self.warnings)} problem(s), see above"
        return text + "."


def sync(store: HistoryStore, folder: Path, library: RoutineLibrary | None = None, *,
         now: Callable[[], datetime] = local_now) -> SyncReport:
    """One sync of ``store`` (and the user routines of ``library``) with ``folder``.

    Raises SyncFolderError when the folder is missing, unwritable or disappears midway (what was
    merged until then stays), HistoryError when the history cannot be written."""
    folder = Path(folder)
    if not folder.is_dir():
        error = SyncFolderError(f"The sync folder {folder} does not exist (is its disk "
                                "connected?).", "missing")
        if Path(store.path).exists():
            with contextlib.suppress(HistoryError, sqlite3.Error):
                state = SyncState(store.path)
                _keep_problem(state, error)
                state.close()
        raise error
    with one_sync_at_a_time(Path(store.path)):
        return _sync(store, folder, library, now)


def _sync(store: HistoryStore, folder: Path, library: RoutineLibrary | None,
          now: Callable[[], datetime]) -> SyncReport:
    state = SyncState(store.path)
    try:
        try:
            return _Sync(store, folder, library, state, now).run()
        except SyncFolderError as error:
            _keep_problem(state, error)
            raise
    except sqlite3.Error as error:
        raise HistoryError(f"The history database {store.path} cannot be written "
                           f"({error}).") from None
    except OSError as error:
        if not folder.is_dir():
            failure = SyncFolderError(f"The sync folder {folder} disappeared during the sync (a "
                                      "disk taken out?); what was merged until then is kept.",
                                      "gone")
        else:
            failure = SyncFolderError(f"The sync folder {folder} cannot be used "
                                      f"({error.strerror or error}).", "unusable")
        _keep_problem(state, failure)
        raise failure from None
    finally:
        state.close()


class _Sync:
    def __init__(self, store: HistoryStore, folder: Path, library: RoutineLibrary | None,
                 state: SyncState, now: Callable[[], datetime]):
        self.store = store
        self.folder = folder
        self.root = layout.root(folder)
        self.state = state
        self.now = now
        self.report = SyncReport(folder)
        self.routines = (RoutineSync(library, self.report.conflicts,
                                     self.report.conflict_copies) if library else None)
        self.marks: dict[str, Mark] = {}

    # --- the whole sync ---------------------------------------------------------------------

    def run(self) -> SyncReport:
        state = self.state
        me = state.get("computer")
        if me is None or not layout.is_computer_id(me):
            me = layout.new_computer_id()
            with state.transaction():
                state.put(computer=me, seq=0)
        self._check_writable(me)
        here = str(self.folder.resolve())
        self.marks = state.marks()
        if state.get("folder") != here:
            # Another folder (or the first): it has none of this computer's changes yet.
            with state.transaction():
                state.unpublish_all()
                state.put(folder=here)
            self.marks = {}
        me = self._check_own_journal(me)
        self.me = self.report.computer = me
        self._publish()
        records = self._read_others()
        self._merge(records)
        with state.transaction():
            state.save_marks(self.marks, replace_all=True)
            report = self.report
            state.put(last_sync=self.now().isoformat(timespec="seconds"),
                      computers=report.computers, problem="", problem_kind="",
                      conflicts=",".join(report.conflict_copies),
                      taken=report.added + report.changed + report.deleted + report.routines)
        return self.report

    def _check_writable(self, me: str) -> None:
        own = self.root / me
        try:
            own.mkdir(parents=True, exist_ok=True)
            probe = own / f".probe-{os.getpid()}.tmp"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as error:
            raise SyncFolderError(f"The sync folder {self.folder} cannot be written "
                                  f"({error.strerror or error}).", "unwritable") from None

    def _check_own_journal(self, me: str) -> str:
        """This computer's id, a new one if another computer writes as this one (a cloned disk:
        same id, another history). A folder that lost our journals gets them written again."""
        own = self.root / me
        seq = int(self.state.get("seq") or 0)
        last = self.state.get("seq_digest")
        files = [p for p in own.iterdir()
                 if layout.kind_of(p.name) in (layout.Kind.JOURNAL, layout.Kind.CONFLICT_COPY)]
        if seq and not files:
            with self.state.transaction():
                self.state.unpublish_all()
            return me
        cloned = False
        for path in files:
            parsed, mark = journal.read(path, me, self.marks.get(str(path)))
            self.marks[str(path)] = mark
            for record in parsed.records if parsed else ():
                if record.seq > seq or (record.seq == seq and record.digest != last):
                    cloned = True
        if not cloned:
            return me
        for path in files:  # now another computer's: read like theirs
            self.marks.pop(str(path), None)
        new = layout.new_computer_id()
        self.report.warnings.append(
            f"Another computer writes to the sync folder as this one ({me[:8]}…): a copied "
            f"disk? Nothing was mixed; this computer now writes as {new[:8]}… and reads the "
            "other one's changes like any computer's.")
        with self.state.transaction():
            self.state.put(computer=new, seq=0)
            self.state.unpublish_all()
        self._check_writable(new)
        return new

    # --- writing this computer's changes ----------------------------------------------------

    def _publish(self) -> None:
        now = self.now().isoformat(timespec="seconds")
        lines: list[bytes] = []
        saved: list[tuple[str, str, Item]] = []
        seq = int(self.state.get("seq") or 0)

        def add(kind: str, key: str, item: Item, data) -> None:
            nonlocal seq
            seq += 1
            deleted = kind.endswith("-deleted")
            lines.append(journal.encode(computer=self.me, seq=seq, kind=kind, key=key,
                                        version=item.version, base=item.base, at=now,
                                        data=None if deleted else data))
            item.published = True
            saved.append((kind.removesuffix("-deleted"), key, item))

        for key, item, record in self._session_changes():
            add("session-deleted" if item.deleted else "session", key, item,
                None if record is None else session_json(record))
        for key, item, data in self._progression_changes():
            add("progression", key, item, data)
        if self.routines is not None:
            for key, item, data in self.routines.changes(self.state.items("routine"), self.me):
                add("routine-deleted" if item.deleted else "routine", key, item, data)
        if not lines:
            return
        written = journal.append(self.root / self.me, lines)
        self.marks.update((str(path), mark) for path, mark in written.items())
        last_digest = journal.line_digest(lines[-1].rstrip(b"\n"))
        with self.state.transaction():
            for kind in ("session", "progression", "routine"):
                self.state.save_items(kind, [(k, i) for kd, k, i in saved if kd == kind])
            self.state.put(seq=seq, seq_digest=last_digest)
            self.state.save_marks({str(p): m for p, m in written.items()}, replace_all=False)
        self.report.written = len(lines)

    def _session_changes(self):
        """(id, item to write, the session or None) for every session changed, made or deleted
        here since the last sync, and every one not yet in this folder."""
        out: list[tuple[str, Item]] = []
        rows: dict[str, int] = {}
        for key, row_id, digest, item in self.state.changed_sessions():
            rows[key] = row_id
            if item is None:
                out.append((key, Item(1, self.me, None, False, digest, False)))
            elif item.digest != digest:
                out.append((key, Item(item.rev + 1, self.me, item.version, False, digest,
                                      False)))
            else:
                out.append((key, item))  # not yet in this folder
        for key, item in self.state.gone_sessions().items():
            if item.deleted:
                out.append((key, item))  # a deletion not yet in this folder
            else:  # deleted here
                out.append((key, Item(item.rev + 1, self.me, item.version, True, None, False)))
        live = [key for key, item in out if not item.deleted]
        if len(live) > _BULK:
            wanted = set(live)
            records = {r.uid: r for r in self.store.sessions() if r.uid in wanted}
        else:
            records = {key: self.store.session(rows[key]) for key in live}
        return [(key, item, records.get(key)) for key, item in out]

    def _progression_changes(self):
        items = self.state.items("progression")
        for key, setting in self.store.progression_settings().items():
            digest = f"{setting.enabled}:{setting.since.isoformat()}"
            item = items.get(key)
            if item is None:
                item = Item(1, self.me, None, False, digest, False)
            elif item.digest != digest:
                item = Item(item.rev + 1, self.me, item.version, False, digest, False)
            elif item.published:
                continue
            yield key, item, progression_json(setting)

    # --- reading the others' ------------------------------------------------------------------

    def _read_others(self) -> list[Record]:
        records: list[Record] = []
        foreign: list[str] = []
        seen: dict[str, int] = {}
        try:
            entries = sorted(self.root.iterdir())
        except FileNotFoundError:
            entries = []
        for entry in entries:
            kind = layout.kind_of(entry.name)
            if kind is layout.Kind.IN_TRANSIT or entry.name == self.me:
                continue
            if not (layout.is_computer_id(entry.name) and entry.is_dir()):
                foreign.append(entry.name)
                continue
            seen.setdefault(entry.name, 0)
            for path in sorted(entry.iterdir()):
                kind = layout.kind_of(path.name)
                if kind is layout.Kind.IN_TRANSIT:
                    continue
                if kind is layout.Kind.FOREIGN:
                    foreign.append(f"{entry.name[:8]}…/{path.name}")
                    continue
                parsed = self._read(path, entry.name)
                if parsed is not None:
                    records += parsed.records
        if foreign:
            examples = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
            self.report.warnings.append(
                f"Skipped {len(foreign)} file(s) in {self.root} that are not backtimer "
                f"journals ({examples}).")
        known = self.state.computers()
        for record in records:
            seen[record.computer] = max(seen.get(record.computer, 0), record.seq)
        with self.state.transaction():
            self.state.save_computers({c: max(s, known.get(c, 0)) for c, s in seen.items()})
        self.report.computers = len(set(known) | {c for c, s in seen.items() if s})
        return records

    def _read(self, path: Path, computer: str) -> journal.Parsed | None:
        name = f"{path.parent.name[:8]}…/{path.name}"
        try:
            parsed, mark = journal.read(path, computer, self.marks.get(str(path)))
        except OSError as error:
            if not self.folder.is_dir():
                raise
            if isinstance(error, FileNotFoundError):
                return None  # taken away while we looked: the sync tool's business
            self.report.warnings.append(f"Skipped {name}: it cannot be read "
                                        f"({error.strerror or error}).")
            return None
        except ValueError as error:
            self.report.warnings.append(f"Skipped {name}: {error}, so not a journal.")
            return None
        self.marks[str(path)] = mark
        if parsed is None:
            return None
        if parsed.damaged:
            what = "every line" if not parsed.records and not parsed.newer else \
                f"{parsed.damaged} damaged line(s)"
            self.report.warnings.append(f"Skipped {what} of {name}.")
        if parsed.newer:
            self.report.warnings.append(
                f"Skipped {parsed.newer} change(s) in {name} written by a newer backtimer; "
                "update backtimer on this computer to take them.")
        if parsed.misplaced:
            self.report.warnings.append(
                f"Skipped {parsed.misplaced} change(s) in {name} that another computer wrote "
                "(a file copied into the wrong folder?).")
        if raw_empty(path, parsed):
            self.report.warnings.append(f"Skipped {name}: it is empty.")
        return parsed

    # --- merging -----------------------------------------------------------------------------

    def _merge(self, records: list[Record]) -> None:
        best: dict[tuple[str, str], Record] = {}
        for record in records:
            key = (record.kind.removesuffix("-deleted"), record.key)
            if key not in best or record.version > best[key].version:
                best[key] = record
        by_kind: dict[str, list[Record]] = {"session": [], "progression": [], "routine": []}
        for (kind, _key), record in best.items():
            by_kind[kind].append(record)
        self._merge_sessions(by_kind["session"])
        self._merge_progression(by_kind["progression"])
        if self.routines is not None and by_kind["routine"]:
            taken = self.routines.merge(by_kind["routine"], self.state, self.me,
                                        self.report.warnings)
            self.report.routines += taken

    def _merge_sessions(self, records: list[Record]) -> None:
        items = self.state.items_for("session", [r.key for r in records])
        newer = [r for r in records if _newer(r.version, items.get(r.key))]
        if not newer:
            return
        digests = self.state.session_rows([r.key for r in newer])
        deletions = [r for r in newer if r.kind == "session-deleted"]
        sessions, bad = parse_sessions([(r.key, r.data) for r in newer
                                        if r.kind == "session"])
        if bad:
            self.report.warnings.append(
                f"Skipped {len(bad)} session(s) that are not valid (written by a damaged or "
                "foreign program?).")
        version = {r.key: r for r in newer}
        replaced = [s for s in sessions if s.uid in digests]
        if replaced:
            # Marked first: a crash between the delete and the insert below then leaves a
            # version to finish, not a session that looks deleted here.
            with self.state.transaction():
                self.state.save_items("session", [
                    (s.uid, Item(*version[s.uid].version, version[s.uid].base, False, PENDING,
                                 True)) for s in replaced])
        for record in deletions:
            if record.key in digests:
                self.store.delete_session(digests[record.key][0])
                self.report.deleted += 1
        for session in replaced:
            self.store.delete_session(digests[session.uid][0])
        added = self.store.import_sessions(sessions).added if sessions else 0
        self.report.changed += len(replaced)
        self.report.added += max(0, added - len(replaced))
        after = self.state.session_rows([r.key for r in newer])
        with self.state.transaction():
            self.state.save_items("session", [
                (r.key, Item(r.rev, r.by, r.base, r.kind == "session-deleted",
                             after[r.key][1] if r.key in after else None, True))
                for r in newer if r.key not in bad])

    def _merge_progression(self, records: list[Record]) -> None:
        items = self.state.items("progression")
        saved = []
        for record in records:
            if not _newer(record.version, items.get(record.key)):
                continue
            setting = parse_progression(record.data)
            if setting is None or setting.routine_id != record.key:
                self.report.warnings.append(f"Skipped a progression setting of "
                                            f"'{record.key[:64]}' that is not valid.")
                continue
            self.store.set_progression(setting.routine_id, enabled=setting.enabled,
                                       since=setting.since)
            digest = f"{setting.enabled}:{setting.since.isoformat()}"
            saved.append((record.key, Item(record.rev, record.by, record.base, False, digest,
                                           True)))
        if saved:
            with self.state.transaction():
                self.state.save_items("progression", saved)
            self.report.routines += len(saved)


def _newer(version: Version, item: Item | None) -> bool:
    if item is None:
        return True
    return version > item.version or (version == item.version and item.digest == PENDING)


def raw_empty(path: Path, parsed: journal.Parsed) -> bool:
    if parsed.records or parsed.damaged or parsed.newer or parsed.misplaced:
        return False
    with contextlib.suppress(OSError):
        return path.stat().st_size == 0
    return False
