"""Screenshots of progressive loading, in English and Dutch, at 1280×800 and 800×600.

Usage: python tools/screenshot_progression.py [--out shots/progression] [--lang en nl]
       [--size 1280x800 800x600] [--offscreen]

Weeks of sessions are written into a temporary history with dated start times; then the player
is opened on a week that steps up, on one where pain went up, mid-step after "this hurt", and on
the finish page; then the history's Levels tab and the settings' Progression tab. Files:
``<out>/<lang>-<W>x<H>-<moment>.png``.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import shotlib

OUT = shotlib.SHOTS / "progression"
CET = timezone(timedelta(hours=1))
MONDAY = date(2026, 9, 7)
ROUTINE_ID = "lower-back-strength"


def week(n: int, day: int = 0, hour: int = 9) -> datetime:
    moment = MONDAY + timedelta(weeks=n, days=day)
    return datetime(moment.year, moment.month, moment.day, hour, 0, tzinfo=CET)


def shoot(lang: str, size: str, out: Path) -> None:
    from PySide6.QtCore import QObject

    from backtimer.core import catalog
    from backtimer.core.clock import FakeClock
    from backtimer.storage.history import HistoryStore
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.player.runner import SessionRunner
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.workout.workout import Workout

    shotlib.application(lang)
    width, height = shotlib.size_of(size)
    data = Path(tempfile.mkdtemp(prefix="backtimer-progression-"))
    state = {"now": week(0)}
    parent = QObject()
    clock = FakeClock()
    runner = SessionRunner(clock, parent, now=lambda: state["now"])
    settings = Settings(data / "settings.json")
    settings.update({"safety_notice_seen": True, "weekly_goal": 3})
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    store = HistoryStore(data / "history.sqlite3", None, now=lambda: state["now"])
    workout = Workout(runner, settings, parent, now=lambda: state["now"], lang=lang)
    workout.attach_history(store)
    window = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                        store=store, lang=lang, now=lambda: state["now"])
    store.set_progression(ROUTINE_ID, enabled=True, since=MONDAY)

    def record(n: int, sessions: int, pain: int) -> None:
        for k in range(sessions):
            started = week(n, day=2 * k, hour=7)
            row = store.start_session(ROUTINE_ID, "Lower-back strength", started)
            store.finish_session(row, "completed", ended_at=started + timedelta(minutes=12),
                                 work_s=600)
            store.set_pain(row, before=pain + 1, after=pain)

    def grab(widget, width: int, height: int, moment: str) -> None:
        widget.resize(width, height)
        widget.move(0, 0)
        widget.show()
        shotlib.save(widget, out, f"{lang}-{size}-{moment}")

    def open_routine() -> None:
        runner.stop()
        window.show_home()
        window.open_player(library.get(ROUTINE_ID))

    # Three good weeks, then one with more pain, then a good one again.
    for n, (count, pain) in enumerate(((3, 3), (3, 3), (4, 2), (3, 5), (3, 4))):
        record(n, count, pain)
    state["now"] = week(1, day=1)
    open_routine()
    grab(window, width, height, "announcement")
    state["now"] = week(4, day=1)
    open_routine()
    grab(window, width, height, "ease-off")
    state["now"] = week(5, day=1)
    open_routine()
    runner.start()
    session = runner.session
    target = session.timeline.segments[1].start_s + 3
    while session.routine_elapsed_s() < target:  # small steps: a big jump looks like sleep
        clock.advance(0.25)
        runner.update()
    window.player.mark_hurt()
    grab(window, width, height, "this-hurt")
    runner.stop()
    grab(window, width, height, "finish-effort")

    window.open_history()
    view = window.findChild(QObject, "historyView")
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.levels_pages))
    grab(window, width, height, "levels")

    from backtimer.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(settings, library, lang, window, store=store,
                            now=lambda: state["now"])
    dialog.routines_page.focus(ROUTINE_ID, 0)
    tabs = dialog.routines_page.findChild(QObject, "routineDetailTabs")
    tabs.setCurrentIndex(1)
    dialog.tabs.setCurrentIndex(0)
    grab(dialog, width - 40, height - 60, "settings")
    dialog.confirm_discard = lambda: True  # a screenshot run throws its edits away unasked
    dialog.reject()
    runner.stop()
    store.close()


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, __doc__.splitlines()[0], OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
