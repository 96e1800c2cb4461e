"""Screenshots of the screens issue 15 changed: the player's ratings, focus, self-paced set,
"this hurt" question and finish page, a routine's preview, the history's charts and empty page,
and the notice about a damaged history.

Usage: python tools/screenshot_issue15.py [--out shots/issue15] [--lang …] [--size …]
Files: ``<out>/<lang>-<W>x<H>-<moment>.png``; see ``tools/shotlib.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import shotlib

OUT = shotlib.SHOTS / "issue15"


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, "Issue 15's screens", OUT, argv)


def shoot(lang: str, size: str, out: Path) -> None:
    from datetime import timedelta

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QComboBox

    from backtimer.core import session as core
    from backtimer.core.timeline import SegmentKind
    from backtimer.storage.history import SessionRecord
    from backtimer.ui.shell.history_notice import show_history_notice

    def save(name: str, widget) -> None:
        shotlib.save(widget, out, f"{lang}-{size}-{name}")

    # --- the player ---------------------------------------------------------------------------
    window, runner, store, now = shotlib.history_window(lang, size)
    window.activateWindow()
    clock = runner.clock
    player_key = None

    def key(k) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(QApplication.focusWidget() or window.player, k)

    def run_for(seconds: float) -> None:
        clock.run(seconds, runner.update, step_s=0.25)

    def walk_to(match) -> None:
        session = runner.session
        for _ in range(2000):
            if match(session.segment) and session.state is core.State.RUNNING:
                return
            if session.segment.self_paced and session.state is core.State.RUNNING:
                runner.done()
            else:
                run_for(0.5)
        raise RuntimeError("moment not found")

    del player_key
    # The history's empty page first (a new user), its button with the focus.
    window.open_history()
    save("history-empty", window)
    window.show_home()
    window.open_player(window.library.get("quick-5"))
    player = window.player
    player.setFocus()
    key(Qt.Key.Key_3)
    key(Qt.Key.Key_Tab)
    save("ready-rated-focus", window)
    key(Qt.Key.Key_Return)
    walk_to(lambda s: s.self_paced)
    run_for(7)
    save("self-paced", window)
    walk_to(lambda s: s.exercise_id == "glute-bridge" and s.kind is SegmentKind.WORK)
    run_for(2)
    key(Qt.Key.Key_H)
    save("this-hurt", window)
    key(Qt.Key.Key_Space)
    runner.stop()
    key(Qt.Key.Key_2)
    key(Qt.Key.Key_7)
    save("finish-rated", window)
    key(Qt.Key.Key_Return)

    # --- a preview (as the routine editor's Preview plays it) -------------------------------
    window.workout.preview(window.library.get("quick-5"), 10.0)
    window.stack.setCurrentWidget(player)
    runner.start()
    run_for(3)
    save("preview", window)
    runner.stop()
    save("preview-finish", window)
    window.show_home()
    # A first workout's history: one stopped session, nothing finished yet.
    window.open_history()
    save("history-first-workout", window)
    window.close()
    store.close()

    # --- the history with data: charts, legend, a calendar of the weeks chosen ----------------
    window, runner, store, now = shotlib.history_window(lang, size, days=400)
    window.open_history()
    box = window.findChild(QComboBox, "historyRange")
    box.setCurrentIndex(box.findData(52))
    save("history-52-weeks", window)
    box.setCurrentIndex(box.findData(12))
    window.findChild(QComboBox, "historyMeasure").setCurrentIndex(1)
    save("history-12-weeks-minutes", window)
    from PySide6.QtWidgets import QTabWidget

    tabs = window.findChild(QTabWidget)
    tabs.setCurrentIndex(1)
    save("history-12-weeks-calendar", window)

    # --- the notice of what opening the history found -----------------------------------------
    started = now - timedelta(days=1, hours=3)
    found = SimpleNamespace(
        damaged_moved_to=Path.home() / ".local/share/backtimer/history.sqlite3.damaged-20260312",
        backups_dir=Path.home() / ".local/share/backtimer/backups",
        interrupted=[SessionRecord(uid="x", routine_id="quick-5", routine_name="Quick 5",
                                   started_at=started, ended_at=None, state="interrupted")])
    notice = show_history_notice(found, lang, window)
    shotlib.settle()
    save("history-notice", notice)
    notice.close()
    window.close()
    store.close()


if __name__ == "__main__":
    sys.exit(main())
