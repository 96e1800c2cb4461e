"""The one weekly summary of the history: streaks, this week, the totals and every week's figures.

The command line (``--stats``), the tray's menu and reminder, and the history view all read it
here, so they count a day, a week and a goal the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from backtimer.core import stats

if TYPE_CHECKING:
    from backtimer.storage.history.store import HistoryStore


def weekly_summary(store: HistoryStore | None, settings: Mapping[str, Any],
                   now: datetime) -> stats.Summary:
    """The summary of ``store`` (None: no history yet, read as empty) as of ``now``, with the
    person's weekly goal, first day of the week and hour a day starts (from ``settings``).

    Raises ``HistoryError`` when the history cannot be read."""
    day_start = settings["day_start_hour"]
    today = stats.today_for(now, day_start)
    days = store.day_totals(day_start) if store is not None else []
    return stats.summarize_days(days, today=today, goal=settings["weekly_goal"],
                                week_start=settings["week_start"])
