"""Makes the player's screenshots under Xvfb, in English and Dutch, at 1280×800 and 800×600.

Usage: python tools/screenshots.py [--out shots] [--lang en nl] [--size 1280x800 800x600]

Each (language, size) runs in its own process on its own virtual screen (Xvfb, started here
when there is no $DISPLAY; ``--offscreen`` uses Qt's offscreen platform instead). A fake clock
walks a routine to each moment worth seeing, and the window is grabbed there: home, safety
notice, ready to start (pain rating), lead-in, hold, mirrored hold, rep, self-paced set, rest,
paused, finish. Files: ``shots/<lang>-<W>x<H>-<moment>.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MOMENTS = ("home", "safety", "ready", "lead-in", "hold", "hold-right", "rep", "self-paced", "rest",
           "paused", "finish")


def _start_xvfb(size: str) -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size}x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    return xvfb, f":{display}"


def _fresh_qm() -> Path:
    """lupdate + glossaries + lrelease into a temporary .qm, leaving assets/i18n untouched."""
    import importlib.util
    import shutil

    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    folder = Path(tempfile.mkdtemp(prefix="backtimer-i18n-"))
    shutil.copy(tool.TS, folder / "backtimer_nl.ts")
    tool.TS, tool.QM = folder / "backtimer_nl.ts", folder / "backtimer_nl.qm"
    saved, sys.argv = sys.argv, ["update_translations"]
    try:
        tool.main()
    finally:
        sys.argv = saved
    return tool.QM


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "shots"))
    parser.add_argument("--lang", nargs="+", default=["en", "nl"])
    parser.add_argument("--size", nargs="+", default=["1280x800", "800x600"])
    parser.add_argument("--offscreen", action="store_true", help="no Xvfb: Qt's offscreen")
    parser.add_argument("--fresh-translations", action="store_true",
                        help="compile the Dutch from the sources and glossaries first, into a "
                             "temporary file (the committed .qm may lag behind)")
    parser.add_argument("--docs", action="store_true",
                        help="also copy the English 1280×800 player and home shots to "
                             "docs/screenshots/ (README, AppStream metainfo)")
    parser.add_argument("--one", nargs=2, metavar=("LANG", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        return shoot(args.one[0], args.one[1], out)
    failed = 0
    fresh = _fresh_qm() if args.fresh_translations and "nl" in args.lang else None
    for lang in args.lang:
        for size in args.size:
            env = dict(os.environ)
            if fresh:
                env["BACKTIMER_SHOTS_QM"] = str(fresh)
            xvfb = None
            if args.offscreen:
                env["QT_QPA_PLATFORM"] = "offscreen"
            else:
                xvfb, display = _start_xvfb(size)
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
            try:
                result = subprocess.run([sys.executable, __file__, "--out", str(out), "--one",
                                         lang, size], env=env)
                failed += result.returncode != 0
            finally:
                if xvfb is not None:
                    xvfb.terminate()
                    xvfb.wait()
    if args.docs and not failed:
        import shutil

        docs = ROOT / "docs" / "screenshots"
        docs.mkdir(parents=True, exist_ok=True)
        for moment, name in (("rep", "player.png"), ("home", "home.png")):
            source = out / f"en-1280x800-{moment}.png"
            if source.is_file():
                shutil.copy(source, docs / name)
                print(docs / name)
    return 1 if failed else 0


def shoot(lang: str, size: str, out: Path) -> int:
    os.environ.setdefault("QT_LOGGING_RULES",
                          "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from backtimer.app import install_translators
    from backtimer.core import catalog
    from backtimer.core import session as core
    from backtimer.core.clock import FakeClock
    from backtimer.core.timeline import SegmentKind
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.main_window import MainWindow
    from backtimer.ui.runner import SessionRunner
    from backtimer.ui.safety_notice import SafetyNotice

    width, height = (int(n) for n in size.split("x"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("backtimer")
    install_translators(app, lang)
    if lang == "nl" and os.environ.get("BACKTIMER_SHOTS_QM"):
        from PySide6.QtCore import QTranslator

        fresh = QTranslator(app)
        if fresh.load(os.environ["BACKTIMER_SHOTS_QM"]):
            app.installTranslator(fresh)
    data = Path(tempfile.mkdtemp(prefix="backtimer-shots-"))
    settings = Settings(data / "settings.json")
    settings.update({"safety_notice_seen": True})  # the notice gets its own shot
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    clock = FakeClock()
    runner = SessionRunner(clock, app)
    window = MainWindow(runner=runner, library=library, settings=settings, store=None,
                        lang=lang)
    window.setGeometry(0, 0, width, height)
    window.show()
    if QGuiApplication.platformName() != "offscreen":
        window.move(0, 0)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(moment: str, widget=None) -> None:
        settle()
        path = out / f"{lang}-{size}-{moment}.png"
        (widget or window).grab().save(str(path))
        print(path)

    def run_for(seconds: float) -> None:
        # In steps: a jump of more than a few seconds is taken for a suspend, and pauses.
        while seconds > 1e-9:
            step = min(0.5, seconds)
            clock.advance(step)
            runner.update()
            seconds -= step

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
    runner.stop()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
