"""Screenshots of the history (empty, and each tab with two years of data), the about box and
the questions the window asks (stop the workout, delete a session).

Usage: python tools/screenshot_history.py [--out shots/history] [--lang en nl]
       [--size 1280x800 800x600] [--offscreen]

The data is ``benchmarks/history_data.py``'s generated history, up to a fixed evening, so the
pictures are the same on every run. Files: ``<out>/<lang>-<W>x<H>-<moment>.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shotlib

OUT = shotlib.SHOTS / "history"
TABS = ("overview", "calendar", "pain", "levels", "sessions")


def grab_modal(out: Path, name: str, ask) -> None:
    """Grabs the dialog that ``ask()`` opens (a blocking QMessageBox), then closes it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def take() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, take)
            return
        box.adjustSize()
        shotlib.save(box, out, name)
        box.reject()

    QTimer.singleShot(100, take)
    ask()


def shoot(lang: str, size: str, out: Path) -> None:
    from PySide6.QtCore import QObject

    name = f"{lang}-{size}"
    for state in ("empty", "data"):
        window, runner, store, _now = shotlib.history_window(
            lang, size, days=730 if state == "data" else 0)
        shotlib.save(window, out, f"{name}-{state}-home")
        window.open_history()
        view = window.findChild(QObject, "historyView")
        if state == "empty":
            shotlib.save(window, out, f"{name}-empty")
        else:
            view.range_box.setCurrentIndex(view.range_box.count() - 1)  # the longest view
            for tab, label in enumerate(TABS):
                view.tabs.setCurrentIndex(tab)
                if label == "sessions":
                    view.table.selectRow(0)
                shotlib.save(window, out, f"{name}-data-{label}")
            grab_modal(out, f"{name}-question-delete-session", view.delete_selected)
            grab_modal(out, f"{name}-about", window.show_about)
            window.show_home()
            window.open_player(window.library.get("quick-5"))
            runner.start()
            grab_modal(out, f"{name}-question-stop", window.player.confirm_stop)
            runner.stop()
        window.close()
        store.close()


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, __doc__.splitlines()[0], OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
