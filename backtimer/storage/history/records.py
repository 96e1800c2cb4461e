"""What the history holds, as Python values: sessions, steps, progression settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any

STATES = ("completed", "stopped", "interrupted")
RUNNING = "running"  # a session in progress; one left behind by a dead process is interrupted
MAX_LEVEL_STORED = 100  # more than any ladder has (progression.MAX_LEVEL); refuses nonsense


@dataclass(frozen=True)
class StepRecord:
    step_index: int
    exercise_id: str
    completed: bool
    work_s: float = 0.0
    reps: int = 0
    sets: int = 0
    sides: str = "none"
    prescription: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SessionRecord:
    uid: str
    routine_id: str
    routine_name: str
    started_at: datetime  # aware, in the offset where it started
    ended_at: datetime | None
    state: str
    time_scale: float = 1.0
    work_s: float = 0.0
    pain_before: int | None = None
    pain_after: int | None = None
    notes: str = ""
    steps: tuple[StepRecord, ...] = ()
    id: int | None = None  # the row id in this database
    rpe: int | None = None  # effort 1–10, when the person gave it
    levels: tuple[int, ...] | None = None  # progression levels it ran at; None: as written
    hurt_steps: frozenset[int] = frozenset()  # steps (places in it) marked "this hurt"
    # (step, exercise) of each mark that kept its exercise; putting a deleted session back
    # keeps them even where the session has no record of that step (it was cut short).
    hurt_exercises: tuple[tuple[int, str], ...] = ()

    @property
    def minutes(self) -> float:
        return self.work_s / 60


@dataclass(frozen=True)
class ProgressionSetting:
    """Progression for one routine: on or off, and the local date its weeks count from."""

    routine_id: str
    enabled: bool
    since: date


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    progression_added: int = 0  # routines that had no setting here and took the file's
    progression_kept: int = 0  # routines set up here already: the choice made here stays


@dataclass(frozen=True)
class HistoryFile:
    """A JSON history export as read: its sessions and the routines' progression settings."""

    sessions: list[SessionRecord]
    progression: tuple[ProgressionSetting, ...] = ()


def to_ms(moment: datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("a datetime with a UTC offset is needed")
    return round(moment.timestamp() * 1000)


def offset_s(moment: datetime) -> int:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a datetime with a UTC offset is needed")
    return int(offset.total_seconds())


def from_ms(ms: int, offset_s: int) -> datetime:
    """The moment a row holds, in its own offset. A row no datetime can hold (written by an old
    import or by hand: year 0 in its offset, an offset of a day) is read in UTC, or at the
    nearest moment there is, so one bad row never stops a view or an export."""
    try:
        return datetime.fromtimestamp(ms / 1000, timezone(timedelta(seconds=offset_s)))
    except (ValueError, OverflowError, OSError, TypeError):
        pass
    try:
        return datetime.fromtimestamp(ms / 1000, timezone.utc)
    except (ValueError, OverflowError, OSError, TypeError):
        return datetime.max.replace(tzinfo=timezone.utc) if isinstance(ms, int | float) \
            and ms > 0 else datetime.min.replace(tzinfo=timezone.utc)


def storable(moment: datetime, offset_from: datetime | None = None) -> bool:
    """Whether ``moment`` can be stored and read back: its UTC moment falls within years
    1-9999, and so does its local time in its own offset (or in ``offset_from``'s)."""
    try:
        offset = offset_s(offset_from or moment)
        return from_ms_strict(to_ms(moment), offset) is not None
    except (ValueError, OverflowError, OSError):
        return False


def from_ms_strict(ms: int, offset_s: int) -> datetime:
    moment = datetime.fromtimestamp(ms / 1000, timezone(timedelta(seconds=offset_s)))
    moment.astimezone(timezone.utc)  # the UTC moment must exist too
    return moment


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    spec = "milliseconds" if moment.microsecond else "seconds"
    return moment.isoformat(timespec=spec)


def new_uid() -> str:
    """A new random session id."""
    # uuid (and the platform module it imports) loads when a session is written, not at start.
    import uuid

    return uuid.uuid4().hex

