"""One workout's life: a routine opened at this week's levels, run, rated, and saved or not."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

if TYPE_CHECKING:  # the history loads after the first frame, with attach_history
    from datetime import datetime

    from backtimer.core.progression import Plan
    from backtimer.core.routine import Routine
    from backtimer.storage.history import HistoryStore
    from backtimer.workout.recorder import HistoryRecorder

log = logging.getLogger("backtimer")


class Workout(QObject):
    """Between the runner, the player and the history: one workout at a time.

    ``open`` loads a routine into the runner at this week's progression levels; the ratings
    and "this hurt" marks the person gives go to the history through the recorder, which
    listens to the runner for the session itself (its start, each step, its end).

    Signals:
        opened(object): a routine was loaded into the runner; the progression Plan it runs at
            (None: as written).
        saved(str): the finished session is in the history (a short message to show).
        save_failed(str): the session could not be (fully) saved; the message says why.
    """

    opened = Signal(object)
    saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, runner, settings: Mapping, parent: QObject, *,
                 now: Callable[[], datetime], lang: str, time_scale: float = 1.0):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.lang = lang
        self.time_scale = time_scale
        # The wall clock (the local date and time): which week it is, for progression.
        self._now = now
        self.store: HistoryStore | None = None
        self.recorder: HistoryRecorder | None = None
        self.plan: Plan | None = None
        self._run: Routine | None = None  # the routine as loaded, at the plan's levels
        # A preview from the routine editor: played faster, and never kept in the history.
        self.previewing = False
        self._speed = 1.0

    def attach_history(self, store: HistoryStore | None, *, unavailable_reason: str = "") -> None:
        """The history (None: it could not be opened, for ``unavailable_reason``), after the
        first frame: the home screen needs none of it."""
        from backtimer.workout.recorder import HistoryRecorder

        self.store = store
        self.recorder = HistoryRecorder(store, self.runner, self, lang=self.lang,
                                        time_scale=self.time_scale,
                                        unavailable_reason=unavailable_reason)
        self.recorder.session_saved.connect(self.saved)
        self.recorder.save_failed.connect(self.save_failed)

    # --- commands -----------------------------------------------------------------------------

    def open(self, routine: Routine) -> bool:
        """Load ``routine`` at this week's levels; False (nothing changed) while another
        workout is under way: one runs at a time."""
        if self.runner.busy:
            return False
        self._load(routine, self.progression_plan(routine))
        return True

    def preview(self, routine: Routine, speed: float) -> bool:
        """Load ``routine`` as written, to play ``speed`` times faster as a check of an edit:
        nothing of it goes into the history. False while another workout is under way."""
        if self.runner.busy:
            return False
        self._load(routine, None, leveled=True, speed=speed, preview=True)
        return True

    def again(self) -> None:
        """Load the routine just run once more, at the same levels (a preview as a preview)."""
        if self._run is not None and not self.runner.busy:
            self._load(self._run, self.plan, leveled=True, speed=self._speed,
                       preview=self.previewing)

    @Slot(str, int)
    def rate_pain(self, moment: str, value: int) -> None:
        """A pain rating (0–10): "before" the start or "after" the end."""
        if self.recorder is not None:
            self.recorder.record_pain(moment, value)

    @Slot(int)
    def mark_hurt(self, step_index: int) -> None:
        """The step at ``step_index`` hurt; the workout goes on."""
        if self.recorder is not None:
            self.recorder.record_hurt(step_index)

    @Slot(int)
    def rate_effort(self, value: int) -> None:
        """How hard the session felt (RPE 1–10), given after it."""
        if self.recorder is not None:
            self.recorder.record_effort(value)

    def progression_plan(self, routine: Routine):
        """This week's progression Plan for the routine, or None (off, or no history)."""
        if self.store is None:
            return None
        from backtimer.core.stats import today_for
        from backtimer.storage.history import HistoryError

        day_start = self.settings["day_start_hour"]
        try:
            return self.store.progression_plan(
                routine, today=today_for(self._now(), day_start),
                goal=self.settings["weekly_goal"], week_start=self.settings["week_start"],
                day_start_hour=day_start)
        except HistoryError as error:
            # The workout still runs, as written; the history problem is said elsewhere.
            log.warning("progression could not be read: %s", error)
            return None

    # --- internals ----------------------------------------------------------------------------

    def _load(self, routine: Routine, plan: Plan | None, *, leveled: bool = False,
              speed: float = 1.0, preview: bool = False) -> None:
        run = routine if leveled or plan is None else plan.run
        self.plan = plan
        self._run = run
        self.previewing = preview  # before the load: the player asks it when it shows it
        self._speed = speed
        self.runner.load(run, speed=speed)
        if self.recorder is not None:  # after the load, which starts the recorder afresh
            self.recorder.use_levels(None if plan is None else tuple(plan.levels))
            if preview:
                self.recorder.leave_out()
        self.opened.emit(plan)
