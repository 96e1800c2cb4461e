"""Makes the screenshots: the player's (this file) or, with ``--all``, every screen's.

Usage: python tools/screenshots.py --all [--lang en nl] [--size 1280x800 800x600] [--offscreen]
       python tools/screenshots.py [--out shots/player] [--lang …] [--size …]

``--all`` runs every screenshot tool (player, settings, progression, history, reminders) into
``shots/<tool>/`` and then copies the README's and AppStream's pictures (English, 1280×800:
a player moment mid-exercise, the home screen, the history with two years of data) into
``docs/screenshots/``. Each (language, size) runs in its own process on its own Xvfb screen
(``--offscreen``: Qt's offscreen platform), in the app's own compiled translation; see
``tools/shotlib.py``.

The player's moments: a fake clock walks a routine to each moment worth seeing, and the window
is grabbed there: home, safety notice, ready to start (pain rating), lead-in, hold, mirrored
hold, rep, self-paced set, rest, paused, finish. Files: ``<out>/<lang>-<W>x<H>-<moment>.png``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import shotlib

ROOT = shotlib.ROOT
OUT = shotlib.SHOTS / "player"
DOCS = ROOT / "docs" / "screenshots"
MOMENTS = ("home", "safety", "ready", "lead-in", "hold", "hold-right", "rep", "self-paced", "rest",
           "paused", "finish", "rotation-right", "rotation-back")
#: docs/screenshots/<name> ← shots/<file>, English at 1280×800.
DOC_PICTURES = (("player.png", "player/en-1280x800-rep.png"),
                ("home.png", "player/en-1280x800-home.png"),
                ("history.png", "history/en-1280x800-data-overview.png"))


def run_all(argv: list[str]) -> int:
    """Every tool in turn, then docs/screenshots/; ``argv`` passes --lang/--size/--offscreen."""
    import screenshot_history
    import screenshot_progression
    import screenshot_reminders
    import screenshot_settings

    failed = main(argv)
    for tool in (screenshot_settings, screenshot_progression, screenshot_history,
                 screenshot_reminders):
        failed |= tool.main(argv)
    DOCS.mkdir(parents=True, exist_ok=True)
    for name, source in DOC_PICTURES:
        if (shotlib.SHOTS / source).is_file():
            shutil.copy(shotlib.SHOTS / source, DOCS / name)
            print(DOCS / name)
        else:
            print(f"not made: {source} (it needs en and 1280x800)", file=sys.stderr)
            failed = 1
    return failed


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, "The player's screenshots", OUT, argv)


def shoot(lang: str, size: str, out: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from backtimer.core import catalog
    from backtimer.core import session as core
    from backtimer.core.clock import FakeClock, local_now
    from backtimer.core.timeline import SegmentKind
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.player.runner import SessionRunner
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.ui.shell.safety_notice import SafetyNotice
    from backtimer.workout.workout import Workout

    width, height = shotlib.size_of(size)
    app = shotlib.application(lang)
    data = Path(tempfile.mkdtemp(prefix="backtimer-shots-"))
    settings = Settings(data / "settings.json")
    settings.update({"safety_notice_seen": True})  # the notice gets its own shot
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    clock = FakeClock()
    runner = SessionRunner(clock, app, now=local_now)
    workout = Workout(runner, settings, app, now=local_now, lang=lang)
    window = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                        store=None, lang=lang, now=local_now)
    window.setGeometry(0, 0, width, height)
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.move(0, 0)

    def save(moment: str, widget=None) -> None:
        shotlib.save(widget or window, out, f"{lang}-{size}-{moment}")

    def run_for(seconds: float) -> None:
        clock.run(seconds, runner.update, step_s=0.5)

    def walk_to(match) -> None:
        """Run the fake clock (pressing "done" for self-paced sets) to the first match."""
        session = runner.session
        for _ in range(500):
            if match(session.segment) and session.state in (core.State.RUNNING,
                                                            core.State.LEAD_IN):
                return
            if session.state is core.State.GETTING_READY:
                run_for(session.ready_remaining_s() + 0.01)
            elif session.segment.self_paced:
                runner.done()
            else:
                run_for((session.remaining_s() or 0) + 0.001)
        raise RuntimeError("moment not found")

    def into(fraction: float) -> None:
        session = runner.session
        run_for(session.segment.duration_s * fraction if session.segment.duration_s else 11)

    save("home")
    notice = SafetyNotice(window)
    notice.show()
    save("safety", notice)
    notice.close()

    quick = library.get("quick-5")
    window.open_player(quick)
    save("ready")
    runner.start()
    into(0.45)
    save("lead-in")
    walk_to(lambda s: s.self_paced)
    into(0)
    save("self-paced")
    walk_to(lambda s: s.kind is SegmentKind.WORK and s.rep_no == 4 and s.set_no == 2)
    run_for(1.5)
    save("rep")
    walk_to(lambda s: s.kind is SegmentKind.REST and s.set_no == 3)
    into(0.3)
    save("rest")
    walk_to(lambda s: s.exercise_id == "childs-pose" and s.kind is SegmentKind.WORK)
    into(0.4)
    save("hold")
    runner.pause()
    save("paused")
    runner.resume()
    run_for(3.1)
    while runner.session.state is not core.State.FINISHED:
        run_for((runner.session.remaining_s() or 0) + 0.01)
    window.player.pain_before.hide()
    save("finish")

    stretch = library.get("stretch-and-release")
    window.show_home()
    window.open_player(stretch)
    runner.start()
    walk_to(lambda s: s.exercise_id == "knee-to-chest" and s.side == "right"
            and s.kind is SegmentKind.WORK)
    into(0.5)
    save("hold-right")
    # The rotation names its side and its way back: the longest phase words there are.
    walk_to(lambda s: s.exercise_id == "lumbar-rotation" and s.side == "right"
            and s.kind is SegmentKind.WORK)
    run_for(1.0)
    save("rotation-right")
    run_for(2.5)
    save("rotation-back")
    runner.stop()
    window.close()


if __name__ == "__main__":
    if "--all" in sys.argv[1:]:
        sys.exit(run_all([a for a in sys.argv[1:] if a != "--all"]))
    sys.exit(main())
