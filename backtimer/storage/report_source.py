"""The history read for a physiotherapist's report: the period's sessions and progression plans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from backtimer.core import report
from backtimer.core.routine import Routine
from backtimer.core.stats import SessionFact
from backtimer.storage.history import HistoryStore, SessionRecord

PAGE = 500
# Past this many sessions in the period, one read of every session beats one read each.
READ_ALL_FROM = 300


def report_session(record: SessionRecord) -> report.ReportSession:
    started = record.started_at
    offset = started.utcoffset() or timedelta(0)
    fact = SessionFact(started.timestamp(), int(offset.total_seconds()),
                       record.state == "completed", record.work_s, record.pain_before,
                       record.pain_after)
    # A mark names its exercise, or the session's own record of that step does.
    marked = dict(record.hurt_exercises)
    by_index: dict[int, str] = {}
    for step in record.steps:
        by_index.setdefault(step.step_index, step.exercise_id)
    hurt = frozenset(marked.get(i) or by_index.get(i) for i in record.hurt_steps) - {None}
    steps = tuple(report.ReportStep(s.exercise_id, s.completed, s.work_s, s.reps)
                  for s in record.steps)
    return report.ReportSession(fact, record.state, record.routine_id, record.routine_name,
                                record.rpe, steps, hurt)


def sessions_since(store: HistoryStore, first: date) -> list[report.ReportSession]:
    """Every finished session that may belong to a period starting on local day ``first``
    (a day early: the local day is worked out with each session's own offset)."""
    low = datetime.combine(first - timedelta(days=2), time(), timezone.utc)
    ids: list[int] = []
    offset = 0
    while True:
        page = store.page(offset, PAGE)  # newest first, without steps
        ids += [r.id for r in page if r.started_at >= low and r.state != "running"]
        if len(page) < PAGE or page[-1].started_at < low:
            break
        offset += PAGE
    if len(ids) >= READ_ALL_FROM:
        wanted = set(ids)
        return [report_session(r) for r in store.sessions() if r.id in wanted]
    return [report_session(store.session(row_id)) for row_id in reversed(ids)]


def load(store: HistoryStore | None, settings: Mapping[str, Any],
         routines: Mapping[str, Routine], *, today: date,
         weeks: int = report.DEFAULT_WEEKS) -> report.Report:
    """The report of the last ``weeks`` weeks up to ``today`` (None: no history yet).

    ``settings`` gives the goal, the week's first day and the day's start hour, as for the
    statistics; ``routines`` the library's routines by id, for their prescription now."""
    week_start = settings["week_start"]
    day_start = settings["day_start_hour"]
    goal = settings["weekly_goal"]
    span = report.period(today, weeks, week_start)
    sessions = sessions_since(store, span.first) if store is not None else []
    plans = {}
    if store is not None:
        progression = store.progression_settings()
        for routine_id in {s.routine_id for s in sessions}:
            setting = progression.get(routine_id)
            routine = routines.get(routine_id)
            if routine is None or setting is None or not setting.enabled:
                continue
            found = store.progression_plan(routine, today=today, goal=goal,
                                           week_start=week_start, day_start_hour=day_start)
            if found is not None:
                plans[routine_id] = found
    return report.build(sessions, span, goal=goal, week_start=week_start,
                        day_start_hour=day_start, routines=dict(routines), plans=plans)
