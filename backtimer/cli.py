"""The command line: parsing, and the commands that need no window (they never import Qt)."""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from backtimer import __version__
from backtimer.commands.language import terminal_language
from backtimer.core import catalog
from backtimer.core.durations import format_duration
from backtimer.core.routine import RoutineError, localized
from backtimer.storage.paths import Paths, resolve_paths
from backtimer.storage.routine_library import RoutineExistsError, RoutineLibrary

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """A command-line mistake; its message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line and exit 2, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"backtimer: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="backtimer",
        description="A guided low-back exercise timer. Without options it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"backtimer {__version__}")
    gui = parser.add_argument_group("window")
    gui.add_argument("--routine", metavar="ID", help="open the player on this routine")
    gui.add_argument("--autostart", action="store_true",
                     help="with --routine: start at once")
    gui.add_argument("--quit-when-done", action="store_true",
                     help="quit after the session is saved")
    gui.add_argument("--time-scale", type=_positive_float, default=1.0, metavar="N",
                     help="run the clock N times faster (demos, tests)")
    gui.add_argument("--minimized", action="store_true",
                     help="start hidden, as an icon in the system tray (used at login)")
    gui.add_argument("--lang", choices=("en", "nl"),
                     help="interface language (default: settings, then system locale)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="keep all state under DIR (also $BACKTIMER_DATA_DIR)")
    tools = parser.add_argument_group("commands (no window)")
    tools.add_argument("--list-routines", action="store_true",
                       help="print id, name and duration of every routine")
    tools.add_argument("--export-routine", nargs=2, metavar=("ID", "FILE"),
                       help="write a routine as a shareable JSON file")
    tools.add_argument("--import-routine", metavar="FILE",
                       help="validate a routine file and add it")
    tools.add_argument("--replace", action="store_true",
                       help="with --import-routine: replace your own routine with the same id")
    tools.add_argument("--export-history", metavar="FILE",
                       help="write the history as CSV ('-' = stdout) or JSON (FILE.json)")
    tools.add_argument("--import-history", metavar="FILE.json",
                       help="merge a JSON history from another computer")
    tools.add_argument("--sync", metavar="DIR",
                       help="sync the history with a folder that Syncthing, Nextcloud or "
                            "Dropbox keeps")
    tools.add_argument("--stats", action="store_true", help="print streaks and this week")
    tools.add_argument("--json", action="store_true", help="with --stats: print JSON")
    tools.add_argument("--report", metavar="FILE.pdf",
                       help="write a PDF report of the last weeks for your physiotherapist")
    tools.add_argument("--weeks", type=_report_weeks, metavar="N",
                       help="with --report: how many weeks, 1 to 520 (default 6)")
    tools.add_argument("--install-desktop-entry", action="store_true",
                       help="add backtimer to the app menu (with its icon) for this user")
    tools.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove what --install-desktop-entry added")
    # The voice's own process (ui/player/speech_engine.py), started by the window.
    parser.add_argument("--speech-engine", action="store_true", help=argparse.SUPPRESS)
    return parser


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not 0 < value <= 10_000:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 10000")
    return value


def _report_weeks(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of weeks") from None
    if not 1 <= value <= 520:
        raise argparse.ArgumentTypeError("must be from 1 to 520 weeks")
    return value


@dataclass(frozen=True)
class Context:
    args: argparse.Namespace
    paths: Paths
    lang: str

    def library(self) -> RoutineLibrary:
        return RoutineLibrary(self.paths.routines_dir, catalog.BUILTIN_ROUTINES,
                              catalog.EXERCISES)




def one_line(text: str) -> str:
    """Text as one printable line: a line break, NUL or other control character, or a lone
    surrogate, is shown as its escape (a list promises one line per routine)."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Cs") else char
        for char in text)


def list_routines(ctx: Context) -> int:
    library = ctx.library()
    rows = [(r.id, one_line(localized(r.name, ctx.lang)), format_duration(r.duration_s))
            for r in library.routines()]
    id_width = max(len(row[0]) for row in rows)
    name_width = max(len(row[1]) for row in rows)
    for routine_id, name, duration in rows:
        print(f"{routine_id:<{id_width}}  {name:<{name_width}}  {duration:>6}")
    for path, problems in library.problems.items():
        print(f"backtimer: skipped {one_line(str(path))}: {one_line(str(problems[0]))}",
              file=sys.stderr)
    return EXIT_OK


def export_routine(ctx: Context) -> int:
    routine_id, target = ctx.args.export_routine
    try:
        ctx.library().export_file(routine_id, Path(target))
    except KeyError:
        raise UsageError(f"no routine with id '{routine_id}' (see --list-routines)") from None
    except OSError as error:
        raise UsageError(f"cannot write {target}: {error.strerror}") from None
    print(f"Wrote routine '{routine_id}' to {target}")
    return EXIT_OK


def import_routine(ctx: Context) -> int:
    source = Path(ctx.args.import_routine)
    try:
        routine = ctx.library().import_file(source, replace_own=ctx.args.replace)
    except RoutineError as error:
        print(f"backtimer: {one_line(str(source))} is not a valid routine:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {one_line(str(problem))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RoutineExistsError as error:
        raise UsageError(
            f"you already have a routine '{error.routine.id}'; nothing was changed. To replace "
            f"it with this file, run again with --replace; to keep both, give the routine in "
            f"the file another id") from None
    except OSError as error:
        raise UsageError(f"cannot store the routine: {error.strerror}") from None
    print(f"Added routine '{routine.id}' ({localized(routine.name, ctx.lang)})")
    return EXIT_OK


def run_command(ctx: Context) -> int | None:
    """Run a no-window command if one was asked for; None means: open the window."""
    args = ctx.args
    if args.list_routines:
        return list_routines(ctx)
    if args.export_routine:
        return export_routine(ctx)
    if args.import_routine:
        return import_routine(ctx)
    if args.report:
        from backtimer.ui.report.command import write_report

        return write_report(ctx.paths, args.report, weeks=args.weeks or 6, lang=ctx.lang)
    if args.sync:
        from backtimer.commands.sync import run_sync

        return run_sync(ctx.paths, args.sync)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from backtimer.commands import desktop_entry

        if args.install_desktop_entry:
            from backtimer.ui.assets import asset_bytes

            try:
                icon = asset_bytes("icons/backtimer.svg")
            except OSError as error:
                print(f"backtimer: the menu entry could not be written: {error}", file=sys.stderr)
                return 1
            return desktop_entry.install(icon)
        return desktop_entry.uninstall()
    if args.export_history or args.import_history or args.stats:
        from backtimer.commands import history as history_commands

        if args.export_history:
            return history_commands.export_history(ctx.paths, args.export_history)
        if args.import_history:
            return history_commands.import_history(ctx.paths, args.import_history)
        return history_commands.print_stats(ctx.paths, as_json=args.json, lang=ctx.lang)
    return None


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.autostart and not args.routine:
        parser.error("--autostart needs --routine ID")
    if args.json and not args.stats:
        parser.error("--json goes with --stats")
    if args.replace and not args.import_routine:
        parser.error("--replace goes with --import-routine FILE")
    if args.weeks is not None and not args.report:
        parser.error("--weeks goes with --report FILE.pdf")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.speech_engine:
        from backtimer.ui.player.speech_engine import serve

        return serve()
    ctx = Context(args, resolve_paths(args.data_dir), terminal_language(args.lang))
    try:
        result = run_command(ctx)
        if result is not None:
            return result
        if args.routine and ctx.library().get(args.routine) is None:
            raise UsageError(f"no routine with id '{args.routine}' (see --list-routines)")
    except UsageError as error:
        print(f"backtimer: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    from backtimer.app import run_app

    return run_app(args, ctx.paths)
