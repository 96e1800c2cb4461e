"""Generated histories for the benchmark and the screenshots: realistic, reproducible, fast."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from backtimer.storage.history import HistoryStore

ROUTINES = (("quick-5", "Quick 5", 300), ("lower-back-strength", "Lower-back strength", 740),
            ("stretch-and-release", "Stretch and release", 465), ("full-20", "Full 20", 1195))
EXERCISES = ("pelvic-tilt", "glute-bridge", "childs-pose", "superman", "knee-to-chest")


def generate(store: HistoryStore, *, end: datetime, days: int, per_day: float = 0.6,
             sessions: int | None = None, seed: int = 4) -> int:
    """Sessions over ``days`` days before ``end`` (Europe/Amsterdam, so DST is in the data),
    about ``per_day`` a day, or exactly ``sessions`` spread evenly. Written in one transaction
    straight into the tables (the product writes one step at a time; this is only set-up)."""
    rng = random.Random(seed)
    zone = ZoneInfo("Europe/Amsterdam")
    start_day = (end - timedelta(days=days)).astimezone(zone)
    session_rows, step_rows = [], []
    next_id = (store._conn.execute("SELECT COALESCE(MAX(id), 0) FROM sessions").fetchone()[0]
               + 1)
    if sessions is None:
        moments = []
        for n in range(days):
            day = start_day + timedelta(days=n)
            # Weekends and a few lazy weeks make the streak charts look like a real person's.
            chance = per_day * (0.6 if day.weekday() >= 5 else 1.0)
            if (n // 7) % 9 == 4:
                chance *= 0.3
            if rng.random() < chance:
                moments.append(day.replace(hour=rng.choice((7, 7, 12, 18, 21)),
                                           minute=rng.randrange(60), second=0, microsecond=0))
    else:
        gap = days * 86400 / sessions
        moments = [start_day + timedelta(seconds=gap * n + rng.randrange(int(gap) or 1))
                   for n in range(sessions)]
    for n, local in enumerate(moments):
        local = local.astimezone(zone)
        routine_id, name, length = ROUTINES[rng.randrange(len(ROUTINES))]
        state = "completed" if rng.random() < 0.88 else rng.choice(("stopped", "interrupted"))
        steps = 5 if state == "completed" else rng.randrange(1, 5)
        work = length * 0.7 * steps / 5
        started_ms = int(local.timestamp() * 1000)
        offset = int(local.utcoffset().total_seconds())
        weeks = n / max(1, len(moments)) * days / 7
        before = max(0, min(10, round(6 - weeks / 20 + rng.gauss(0, 1)))) \
            if rng.random() < 0.7 else None
        after = None if before is None else max(0, before - rng.randrange(0, 3))
        row_id = next_id + n
        session_rows.append((row_id, uuid.UUID(int=rng.getrandbits(128)).hex, routine_id, name,
                             started_ms, offset, started_ms + int(length * 1000), state, 1.0,
                             work, before, after))
        for k in range(steps):
            step_rows.append((row_id, k, k, EXERCISES[k], '{"mode": "hold"}', 1,
                              work / steps, 0, 1, "none"))
    with store._transaction() as conn:
        conn.executemany(
            "INSERT INTO sessions (id, uid, routine_id, routine_name, started_ms, utc_offset_s,"
            " ended_ms, state, time_scale, work_s, pain_before, pain_after)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", session_rows)
        conn.executemany(
            "INSERT INTO session_steps (session_id, position, step_index, exercise_id,"
            " prescription, completed, work_s, reps, sets, sides) VALUES (?,?,?,?,?,?,?,?,?,?)",
            step_rows)
    return len(session_rows)


def fixed_now() -> datetime:
    return datetime(2026, 11, 20, 18, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def physio_sample(today: date, zone: tzinfo) -> dict:
    """Five finished weeks of "Lower-back strength" before ``today``'s week (goal 3), as a JSON
    history export with known figures (the report's tests and sample pages use it):

    13 completed sessions, 1 stopped early, 1 interrupted; weeks met 3 of 5; 136 minutes;
    pain before 4.5 on average (14 ratings), after 3.0 (13), change −1.3 (13 pairs); trend
    (first two weeks against the last two) before 5.8 → 3.0, after 4.0 → 1.0; superman marked
    "this hurt" on the Monday of the third week; effort 5 in the first week; progression on
    from the first week."""
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=5)
    # (completed, pain before, pain after) per week, and who stopped early or was cut off.
    weeks = ((3, 6, 4), (2, 5, 4), (4, 4, 3), (3, 3, 2), (1, 3, 1))
    full = [("pelvic-tilt", 84, 20), ("glute-bridge", 186, 36), ("superman", 150, 24),
            ("lumbar-rotation", 90, 16), ("childs-pose", 90, 0)]
    sessions = []

    def add(week: int, day: int, state: str, steps, before, after, **extra) -> None:
        start = datetime.combine(monday + timedelta(weeks=week, days=day), datetime.min.time(),
                                 zone).replace(hour=10)
        work = sum(s[1] for s in steps)
        sessions.append({
            "routine_id": "lower-back-strength", "routine_name": "Lower-back strength",
            "started_at": start.isoformat(), "ended_at": (start + timedelta(minutes=15))
            .isoformat(), "state": state, "work_s": work, "pain_before": before,
            "pain_after": after,
            "steps": [{"step_index": n, "exercise_id": ex, "completed": done, "work_s": w,
                       "reps": reps, "sets": 1}
                      for n, (ex, w, reps, done) in enumerate(steps)], **extra})

    for week, (count, before, after) in enumerate(weeks):
        for day in range(count):
            extra = {}
            if week == 2 and day == 0:
                extra = {"hurt_steps": [2], "hurt_exercises": [[2, "superman"]]}
            if week == 0:
                extra = {"rpe": 5}
            add(week, day, "completed", [(*s, True) for s in full], before, after, **extra)
    add(1, 3, "stopped", [("pelvic-tilt", 84, 20, True), ("glute-bridge", 156, 24, False)],
        7, None)
    add(3, 3, "interrupted", [("pelvic-tilt", 84, 20, True), ("glute-bridge", 36, 6, False)],
        None, None)
    return {"format": "backtimer.history", "version": 1, "sessions": sessions,
            "progression": [{"routine_id": "lower-back-strength", "enabled": True,
                             "since": monday.isoformat()}]}
