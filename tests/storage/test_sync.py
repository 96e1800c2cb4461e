"""The sync engine without Qt: what the sync tools do to a shared folder, simulated by hand."""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backtimer.core import catalog
from backtimer.core.routine import localized
from backtimer.storage.history import HistoryStore, StepRecord
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.sync import SyncFolderError, journal, layout, sync

T0 = datetime(2026, 11, 2, 7, 30, tzinfo=timezone(timedelta(hours=1)))


class Computer:
    """One computer's data folder: its history and its routines."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.store = HistoryStore(folder / "history.sqlite3", None)
        self.library = RoutineLibrary(folder / "routines", catalog.BUILTIN_ROUTINES,
                                      catalog.EXERCISES)

    def record(self, days: float, routine: str = "quick-5", minutes: float = 10) -> str:
        started = T0 + timedelta(days=days)
        session = self.store.start_session(routine, routine.title(), started)
        self.store.add_step(session, StepRecord(0, "glute-bridge", True, minutes * 60, 10, 1),
                            at=started + timedelta(minutes=minutes))
        self.store.finish_session(session, "completed",
                                  ended_at=started + timedelta(minutes=minutes))
        return self.store.session(session).uid

    def sync(self, shared: Path, **kwargs):
        return sync(self.store, shared, self.library, **kwargs)

    def uids(self) -> set[str]:
        return {r.uid for r in self.store.sessions()}

    def by_uid(self, uid: str):
        return next(r for r in self.store.sessions() if r.uid == uid)

    def reopen(self) -> None:
        self.store.close()
        self.store = HistoryStore(self.folder / "history.sqlite3", None)


@pytest.fixture
def shared(tmp_path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def computers(tmp_path):
    made = []

    def make(name: str) -> Computer:
        computer = Computer(tmp_path / name)
        made.append(computer)
        return computer

    yield make
    for computer in made:
        computer.store.close()


def journals(shared: Path) -> list[Path]:
    return sorted(layout.root(shared).glob("*/journal-*.jsonl"))


def test_two_computers_end_with_one_history_without_duplicates(shared, computers):
    a, b = computers("a"), computers("b")
    mine = {a.record(0), a.record(1)}
    theirs = {b.record(2)}
    assert a.sync(shared).written == 2
    report = b.sync(shared)
    assert (report.written, report.added, report.computers) == (1, 2, 1)
    a.sync(shared)
    assert a.uids() == b.uids() == mine | theirs
    # Again and again: nothing new is written or taken.
    for computer in (a, b, a):
        report = computer.sync(shared)
        assert (report.written, report.added, report.changed, report.deleted) == (0, 0, 0, 0)
    assert len(a.store.sessions()) == 3
    # The live database never goes into the folder; each computer has its own folder there.
    assert not list(shared.rglob("*.sqlite3*"))
    assert {p.parent.name for p in journals(shared)} == {a.sync(shared).computer,
                                                         b.sync(shared).computer}


def test_the_same_session_imported_on_both_sides_is_not_doubled(shared, computers):
    a, b = computers("a"), computers("b")
    a.record(0)
    b.record(0)  # same routine, same start: the history import's rule says it is the same
    a.sync(shared)
    b.sync(shared)
    a.sync(shared)
    assert a.store.count() == b.store.count() == 1


def test_a_later_change_wins_and_a_deletion_travels(shared, computers):
    a, b = computers("a"), computers("b")
    uid = a.record(0)
    gone = a.record(1)
    a.sync(shared)
    b.sync(shared)
    b.store.set_pain(b.by_uid(uid).id, after=2)
    b.store.mark_hurt(b.by_uid(uid).id, 0, "glute-bridge")
    b.store.delete_session(b.by_uid(gone).id)
    b.sync(shared)
    report = a.sync(shared)
    assert (report.changed, report.deleted) == (1, 1)
    assert a.uids() == {uid}
    changed = a.by_uid(uid)
    assert changed.pain_after == 2 and changed.hurt_steps == {0}
    assert changed.steps == b.by_uid(uid).steps
    assert a.sync(shared).written == 0  # taking a change is not a change made here


def test_a_computer_back_after_months_does_not_bring_back_what_was_deleted(shared, computers):
    a, b, c = computers("a"), computers("b"), computers("c")
    uid = a.record(0)
    a.sync(shared)
    c.sync(shared)  # c has the session, then is away for months
    b.sync(shared)
    b.store.delete_session(b.by_uid(uid).id)
    b.sync(shared)
    a.sync(shared)
    assert uid not in a.uids()
    c.record(120)  # months later, with news of its own
    report = c.sync(shared)
    assert report.deleted == 1 and uid not in c.uids()
    a.sync(shared)
    assert a.uids() == b.uids() | a.uids() and uid not in a.uids()
    assert len(a.uids()) == 1


def test_clocks_that_disagree_by_hours_do_not_decide(shared, computers):
    a, b = computers("a"), computers("b")
    uid = a.record(0)
    a.sync(shared, now=lambda: T0 + timedelta(hours=9))
    b.sync(shared, now=lambda: T0 - timedelta(hours=9))
    # b's clock says its change came long before a's last write: the change still wins.
    b.store.set_notes(b.by_uid(uid).id, "felt good")
    b.sync(shared, now=lambda: T0 - timedelta(hours=8))
    a.sync(shared, now=lambda: T0 + timedelta(hours=10))
    assert a.by_uid(uid).notes == "felt good"


def test_a_third_computer_joining_late_gets_everything(shared, computers):
    a, b = computers("a"), computers("b")
    a.record(0)
    b.record(1)
    a.sync(shared)
    b.sync(shared)
    b.store.delete_session(b.store.sessions()[0].id)
    b.sync(shared)
    c = computers("c")
    report = c.sync(shared)
    assert report.computers == 2
    assert c.uids() == b.uids() and len(c.uids()) == 1


def test_a_journal_arriving_in_pieces_is_read_as_it_completes(shared, computers):
    a, b = computers("a"), computers("b")
    uids = {a.record(n) for n in range(3)}
    a.sync(shared)
    [path] = journals(shared)
    whole = path.read_bytes()
    cut = whole.index(b"\n", len(whole) // 2) + 20  # in the middle of the third line
    path.write_bytes(whole[:cut])
    report = b.sync(shared)
    assert report.added == 2 and not report.warnings  # still arriving: not damage
    path.write_bytes(whole)
    assert b.sync(shared).added == 1
    assert b.uids() == uids


def test_files_out_of_order_a_conflict_copy_and_a_deleted_file(shared, computers, monkeypatch):
    monkeypatch.setattr(journal, "SEGMENT_RECORDS", 2)
    a, b = computers("a"), computers("b")
    uids = {a.record(n) for n in range(5)}
    a.sync(shared)
    first, *later = journals(shared)
    assert len(later) == 2
    aside = shared.parent / "aside"
    shutil.move(first, aside)  # the first file arrives last
    assert b.sync(shared).added == 3
    shutil.move(aside, first)
    assert b.sync(shared).added == 2
    # A conflict copy (of any sync tool) and Syncthing's file in transit add nothing.
    for name in ("journal-000001.sync-conflict-20261201-101010-ABCDEFG.jsonl",
                 "journal-000001 (conflicted copy 2026-12-01 101010).jsonl",
                 ".syncthing.journal-000002.jsonl.tmp"):
        shutil.copy(first, first.with_name(name))
    report = b.sync(shared)
    assert (report.added, report.changed, report.warnings) == (0, 0, [])
    # A journal deleted from the folder takes nothing away here.
    first.unlink()
    b.sync(shared)
    assert b.uids() == uids


def test_a_conflict_copy_with_other_content_is_merged(shared, computers):
    a, b = computers("a"), computers("b")
    a.record(0)
    a.sync(shared)
    [path] = journals(shared)
    older = path.read_bytes()
    late = a.record(1)
    a.sync(shared)
    # The sync tool kept the newer file as a conflict copy and put the older one back.
    shutil.copy(path, path.with_name("journal-000001_conflict-20261201-101010.jsonl"))
    path.write_bytes(older)
    b.sync(shared)
    assert late in b.uids() and len(b.uids()) == 2


def test_damaged_foreign_and_newer_files_are_skipped_with_a_warning(shared, computers):
    a, b = computers("a"), computers("b")
    kept = b.record(9)
    b.sync(shared)
    uids = {a.record(n) for n in range(2)}
    [path] = [layout.root(shared) / a.sync(shared).computer / "journal-000001.jsonl"]
    lines = path.read_bytes().splitlines(keepends=True)
    # A damaged line between two good ones, random bytes, an empty file, a newer version.
    path.write_bytes(lines[0] + b'{"format": "backtimer.sync", "vers\n' + lines[1])
    folder = path.parent
    (folder / "journal-000007.jsonl").write_bytes(os.urandom(4000) + b"\n")
    (folder / "journal-000006.jsonl").write_bytes(b"\x89PNG\r\x1a no newline at all")
    (folder / "journal-000008.jsonl").write_bytes(b"")
    (folder / "journal-000009.jsonl").write_bytes(
        lines[0].replace(b'"version":1', b'"version":7'))
    # Foreign files: in a computer's folder, at the top, and a folder that is no computer's.
    (folder / "notes.txt").write_text("mine")
    (layout.root(shared) / "desktop.ini").write_text("")
    (layout.root(shared) / "old stuff").mkdir()
    report = b.sync(shared)
    assert report.added == 2 and b.uids() == uids | {kept}
    text = "\n".join(report.warnings)
    assert "1 damaged line(s) of" in text and "journal-000001.jsonl" in text
    assert "every line of" in text and "journal-000007.jsonl" in text
    assert "journal-000008.jsonl: it is empty" in text
    assert "journal-000006.jsonl" in text  # not taken for a line still arriving
    assert "1 change(s) in" in text and "newer backtimer" in text
    assert "Skipped 3 file(s)" in text and "notes.txt" in text
    assert "skipped" in report.summary()


def test_ten_thousand_foreign_files_are_told_once(shared, computers):
    a = computers("a")
    a.record(0)
    top = layout.root(shared)
    (top / "junk").mkdir(parents=True)
    for n in range(10_000):
        (top / f"file-{n}.dat").write_bytes(b"x")
    (shared / "unrelated.txt").write_text("the user's own file, not in backtimer/")
    report = a.sync(shared)
    assert report.written == 1
    [warning] = report.warnings
    assert "Skipped 10001 file(s)" in warning


def test_a_missing_or_read_only_folder_is_refused_and_nothing_changes(tmp_path, computers):
    a = computers("a")
    a.record(0)
    with pytest.raises(SyncFolderError, match="does not exist"):
        a.sync(tmp_path / "nowhere")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as root: a read-only folder is writable")
        with pytest.raises(SyncFolderError, match="cannot be written"):
            a.sync(locked)
    finally:
        locked.chmod(stat.S_IRWXU)
    assert a.store.count() == 1


def test_a_folder_that_disappears_midway_keeps_what_was_merged(shared, computers, monkeypatch):
    a, b = computers("a"), computers("b")
    uid = b.record(0)
    b.sync(shared)
    mine = a.record(1)
    real_read = journal.read

    def unplugged(path, computer, mark):
        shutil.rmtree(shared)  # the removable disk is taken out while the sync reads
        return real_read(path, computer, mark)

    monkeypatch.setattr(journal, "read", unplugged)
    with pytest.raises(SyncFolderError, match="disappeared"):
        a.sync(shared)
    monkeypatch.setattr(journal, "read", real_read)
    assert a.uids() == {mine}
    shared.mkdir()
    b.sync(shared)  # the disk is back, empty: each writes all it has again
    a.sync(shared)
    b.sync(shared)
    assert a.uids() == b.uids() == {uid, mine}


def test_a_cloned_disk_is_told_and_not_mixed(shared, computers, tmp_path):
    a = computers("a")
    a.record(0)
    a.sync(shared)
    a.store.close()
    shutil.copytree(tmp_path / "a", tmp_path / "clone")
    a.reopen()
    clone = computers("clone")
    extra = clone.record(1)
    report = clone.sync(shared)
    assert not report.warnings  # its own id, its own history so far
    a.record(2)
    report = a.sync(shared)  # finds changes under its id that it did not write
    assert any("copied disk" in w for w in report.warnings)
    assert report.computer != clone.sync(shared).computer
    a.sync(shared)
    clone.sync(shared)
    assert a.uids() == clone.uids() and extra in a.uids() and len(a.uids()) == 3


def test_progression_settings_travel_last_change_wins(shared, computers):
    a, b = computers("a"), computers("b")
    a.store.set_progression("quick-5", enabled=True, since=date(2026, 11, 2))
    a.sync(shared)
    assert b.sync(shared).routines == 1
    assert b.store.progression_setting("quick-5").enabled
    b.store.set_progression("quick-5", enabled=False, since=date(2026, 11, 2))
    b.sync(shared)
    a.sync(shared)
    assert not a.store.progression_setting("quick-5").enabled


def test_routines_travel_and_two_changes_at_once_keep_both(shared, computers):
    a, b = computers("a"), computers("b")
    base = catalog.BUILTIN_ROUTINES[0]
    mine = replace(base, id="my-morning", name={"en": "My morning", "nl": "Mijn ochtend"},
                   builtin=False)
    a.library.save(mine)
    a.sync(shared)
    b.sync(shared)
    assert b.library.get("my-morning").name["en"] == "My morning"
    # Both change it before seeing the other's change.
    a.library.save(replace(mine, lead_in_s=3))
    b.library.save(replace(mine, lead_in_s=9))
    a.sync(shared)
    report_b = b.sync(shared)
    report_a = a.sync(shared)
    b.sync(shared)
    for computer in (a, b):
        names = sorted(localized(r.name, "en") for r in computer.library.user_routines())
        assert names == ["My morning", "My morning (from the other computer)"]
    assert {r.lead_in_s for r in a.library.user_routines()} == {3, 9}
    assert [(r.id, r.lead_in_s) for r in a.library.user_routines()] == \
        [(r.id, r.lead_in_s) for r in b.library.user_routines()]
    assert report_a.conflicts or report_b.conflicts
    assert "Mijn ochtend (van de andere computer)" in {
        r.name["nl"] for r in a.library.user_routines()}
    # A deletion travels too.
    for routine in a.library.user_routines():
        a.library.delete(routine.id)
    a.sync(shared)
    b.sync(shared)
    assert b.library.user_routines() == []



def test_a_session_that_is_not_the_one_its_line_names_is_skipped(shared, computers):
    a, b = computers("a"), computers("b")
    uid = a.record(0)
    a.sync(shared)
    [path] = journals(shared)
    line = path.read_bytes().splitlines()[0]
    lying = line.replace(f'"key":"{uid}"'.encode(), b'"key":"someone-else"').replace(
        b'"seq":1', b'"seq":2')
    two = line.replace(b'"seq":1', b'"seq":3').replace(
        f'"key":"{uid}"'.encode(), b'"key":"two"')[:-1] + b',{"id":"two"}}'
    path.write_bytes(path.read_bytes() + lying + b"\n" + two + b"\n")
    report = b.sync(shared)
    assert b.uids() == {uid}
    assert any("2 session(s) that are not valid" in w for w in report.warnings)
