"""Starts a window, quits right after its first painted frame: the start-up benchmark's subject.

Usage: python benchmarks/startup_probe.py bare
       python benchmarks/startup_probe.py app [backtimer options, e.g. --data-dir DIR]

``bare`` shows an empty QMainWindow; ``app`` runs backtimer's own command line (the home screen
unless options say otherwise). Both go through the same code here: a QApplication with an event
filter that, on the main window's first Paint event, lets that frame finish and quits. The
parent measures the wall time of the whole process; this prints one line
``first_paint_monotonic_s=X peak_rss_kib=Y``: CLOCK_MONOTONIC once that first frame is painted
and flushed (the parent reads the same clock just before it starts the process, so the
difference is the time from spawn to first frame, exactly), and the process's peak resident
memory once the window has closed.
benchmarks/startup_probe.spec bundles this file with PyInstaller, so the bundle is measured
with the very same probe.
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("bare", "app"):
        print(__doc__, file=sys.stderr)
        return 2
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    seen: list[float] = []
    if argv[0] == "bare":
        _watch_first_paint(seen)
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        code = app.exec()
    else:
        # As the `backtimer` command runs: the command line first (no Qt), then the window,
        # whose run_app imports PySide6. The order matters: PySide6 reads the source of every
        # module imported after it. The probe's watch is set up just before run_app.
        import backtimer.app
        from backtimer.cli import main as backtimer_main

        run_app = backtimer.app.run_app

        def run_app_watched(*args):
            _watch_first_paint(seen)
            return run_app(*args)

        backtimer.app.run_app = run_app_watched
        code = backtimer_main(argv[1:])
    if not seen:
        print("startup_probe: no window was painted", file=sys.stderr)
        return 1
    print(f"first_paint_monotonic_s={seen[0]:.6f} peak_rss_kib={_peak_rss_kib()}", flush=True)
    return code


def _watch_first_paint(seen: list[float]) -> None:
    """From the next shown QMainWindow's first Paint: the time into ``seen``, then quit."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    def frame_done() -> None:
        seen.append(time.clock_gettime(time.CLOCK_MONOTONIC))
        QCoreApplication.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.parent().property("probed") and event.type() == QEvent.Type.Paint:
                self.parent().setProperty("probed", True)
                # Queued, and queued first: it runs once this frame (the window and all its
                # children) is painted and flushed, before anything else the app queued.
                QTimer.singleShot(0, frame_done)
            return False

    # Watch only the main window, from the moment it is shown: a filter on the whole
    # application would make PySide6 wrap every object that gets an event, slowing the very
    # start-up being measured (QListView's construction alone by ~20 ms).
    show = QMainWindow.show

    def show_watched(window: QMainWindow) -> None:
        window._first_paint_probe = probe = FirstPaint(window)
        window.installEventFilter(probe)
        show(window)

    QMainWindow.show = show_watched


def _peak_rss_kib() -> int:
    # VmHWM belongs to this program's own address space. The parent's wait4() maximum would
    # also count the moments between fork and exec, when the child still is a copy of the
    # (possibly large) benchmark process.
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
