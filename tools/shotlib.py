"""What the screenshot tools share: one virtual screen per language and size, the app's set-up.

A tool defines ``shoot(lang, size, out)`` (it runs inside one process, for one language on one
screen size, because translators and the default locale are process-wide) and calls
``drive(shoot, ...)``, which runs it once per (language, size) in a child process: on its own
Xvfb screen of that size, or with ``--offscreen`` on Qt's offscreen platform. The Dutch is the
app's own compiled translation (``install_translators``, from the resources), so a screenshot
shows exactly what a user sees; run ``tools/update_translations.py`` first after a text change.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "shots"
LANGS = ("en", "nl")
SIZES = ("1280x800", "800x600")
# QtMultimedia announces every optional library it cannot find; those are not problems.
QUIET_QT = "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false"
_theme = "system"  # this process's --theme


@contextmanager
def xvfb(size: str) -> Iterator[str]:
    """A fresh X screen of ``size`` ("1280x800"); yields its DISPLAY."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               f"{size}x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        yield f":{display}"
    finally:
        server.terminate()
        server.wait()


def parse(description: str, default_out: Path, argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", default=str(default_out), help=f"folder (default {default_out})")
    parser.add_argument("--lang", nargs="+", default=list(LANGS), choices=LANGS)
    parser.add_argument("--size", nargs="+", default=list(SIZES), help="WxH screens")
    parser.add_argument("--offscreen", action="store_true",
                        help="Qt's offscreen platform instead of an Xvfb screen")
    parser.add_argument("--theme", choices=("system", "light", "dark"), default="system",
                        help="the colour scheme, as the Appearance setting chooses it")
    parser.add_argument("--one", nargs=2, metavar=("LANG", "SIZE"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def drive(shoot: Callable[[str, str, Path], None], script: str, description: str,
          default_out: Path, argv: list[str] | None = None) -> int:
    """The command line of a screenshot tool: each (language, size) in its own process."""
    args = parse(description, default_out, argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        global _theme
        _theme = args.theme
        os.environ.setdefault("QT_LOGGING_RULES", QUIET_QT)
        shoot(args.one[0], args.one[1], out)
        return 0
    failed = 0
    for lang in args.lang:
        for size in args.size:
            command = [sys.executable, script, "--out", str(out), "--theme", args.theme,
                       "--one", lang, size]
            env = dict(os.environ, QT_LOGGING_RULES=QUIET_QT)
            if args.offscreen:
                env["QT_QPA_PLATFORM"] = "offscreen"
                failed += subprocess.run(command, env=env).returncode != 0
                continue
            with xvfb(size) as display:
                env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
                failed += subprocess.run(command, env=env).returncode != 0
    return 1 if failed else 0


def application(lang: str):
    """The QApplication, named and translated as the app's composition root does it."""
    from PySide6.QtWidgets import QApplication

    from backtimer.ui.shell.theme import apply_theme
    from backtimer.ui.translations import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("backtimer")
    app.setApplicationDisplayName("backtimer")
    install_translators(app, lang)
    apply_theme(app, _theme)
    return app


def settle(rounds: int = 5) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def size_of(size: str) -> tuple[int, int]:
    width, height = (int(n) for n in size.split("x"))
    return width, height


def save(widget, out: Path, name: str) -> Path:
    """Grabs ``widget`` once events have settled; prints and returns the file."""
    settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"cannot write {path}")
    print(path)
    return path


def history_window(lang: str, size: str, *, days: int = 0, per_day: float = 0.6,
                   settings: dict | None = None):
    """The main window over a history of ``days`` generated days (benchmarks/history_data.py)
    ending on a fixed evening, shown at the top left of a ``size`` screen.

    Returns (window, runner, store, now); the caller closes the window and the store.
    """
    import tempfile

    sys.path.insert(0, str(ROOT))  # benchmarks/ is not part of the package
    from backtimer.core import catalog
    from backtimer.core.clock import FakeClock
    from backtimer.storage.history import HistoryStore
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.player.runner import SessionRunner
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.workout.workout import Workout
    from benchmarks.history_data import fixed_now, generate

    app = application(lang)
    now = fixed_now()
    data = Path(tempfile.mkdtemp(prefix="backtimer-shots-"))
    stored = Settings(data / "settings.json")
    stored.update({"safety_notice_seen": True, "weekly_goal": 3, **(settings or {})})
    library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
    store = HistoryStore(data / "history.sqlite3", None, now=lambda: now)
    if days:
        generate(store, end=now, days=days, per_day=per_day)
    runner = SessionRunner(FakeClock(), app, now=lambda: now)
    workout = Workout(runner, stored, app, now=lambda: now, lang=lang)
    workout.attach_history(store)
    window = MainWindow(runner=runner, workout=workout, library=library, settings=stored,
                        store=store, lang=lang, now=lambda: now)
    width, height = size_of(size)
    window.setGeometry(0, 0, width, height)
    window.show()
    window.move(0, 0)
    return window, runner, store, now
