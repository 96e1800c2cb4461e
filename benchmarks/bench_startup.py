"""Cold start to the first painted home screen, and peak memory, against a bare QMainWindow.

Each figure is the median of fresh processes (11, or 21 with --long), run interleaved with the
baseline so that a noisy neighbour hits both alike. A run is benchmarks/startup_probe.py: it
starts the window, quits as soon as the first frame is painted (the whole frame, children
included) and reports the monotonic clock at that moment and its own peak RSS (VmHWM). The
figure is the time from spawning the process to that frame; the wall time of the whole process
(which also holds the set-up the app does right after its first frame, and the exit) goes into
the note.
The app is a fresh ``pip install .`` (see _install_copy), run with cwd outside the checkout
and a data dir whose safety notice was already seen (a returning user's start). When
PyInstaller is installed, the same probe is bundled with packaging/backtimer.spec and measured.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.harness import Result

HERE = Path(__file__).resolve().parent
PROBE = HERE / "startup_probe.py"
TARGET_RATIO = 1.5


@dataclass
class Runs:
    """What fresh processes of one command measured."""

    label: str
    command: list[str]
    walls: list[float] = field(default_factory=list)
    peaks_mib: list[float] = field(default_factory=list)
    first_paints: list[float] = field(default_factory=list)

    def measure(self, cwd: Path, env: dict[str, str]) -> None:
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            start = time.clock_gettime(time.CLOCK_MONOTONIC)  # the probe reads the same clock
            process = subprocess.Popen(self.command, cwd=cwd, env=env, stdout=out, stderr=err)
            # wait(timeout=…) polls with sleeps growing to 50 ms, which rounds every wall time
            # up to the next poll; a plain wait() returns the moment the child exits.
            watchdog = threading.Timer(120, process.kill)
            watchdog.start()
            try:
                process.wait()
            finally:
                watchdog.cancel()
            wall = time.clock_gettime(time.CLOCK_MONOTONIC) - start
            out.seek(0)
            err.seek(0)
            printed, complaints = out.read(), err.read()
        if process.returncode != 0 or "first_paint_monotonic_s=" not in printed:
            raise RuntimeError(f"{self.label}: {' '.join(self.command)} exited "
                               f"{process.returncode}: {complaints.strip()[-800:]}")
        figures = dict(word.split("=", 1) for word in printed.split() if "=" in word)
        self.walls.append(wall)
        self.first_paints.append(float(figures["first_paint_monotonic_s"]) - start)
        self.peaks_mib.append(int(figures["peak_rss_kib"]) / 1024)

    @property
    def wall(self) -> float:
        return statistics.median(self.walls)

    @property
    def peak(self) -> float:
        return statistics.median(self.peaks_mib)

    @property
    def first_paint(self) -> float:
        return statistics.median(self.first_paints)


def _seed_data_dir(folder: Path) -> None:
    """A returning user: the first-run safety notice was seen (it would open over the home)."""
    from backtimer.storage.paths import resolve_paths
    from backtimer.storage.settings_store import Settings

    Settings(resolve_paths(folder).settings_file).update({"safety_notice_seen": True})


def _install_copy(work: Path) -> tuple[str, str]:
    """``pip install .`` of a copy of the project into a fresh venv: (its python, a note).

    A developer's editable install pays for its import hook on every start (about 35 ms here),
    which no user's install does. The venv borrows this interpreter's installed dependencies
    (PySide6 is ~400 MiB) through a .pth line. Falls back to this interpreter when pip fails.
    """
    root = HERE.parent
    venv = work / "venv"
    source = work / "source"
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                       capture_output=True, timeout=120)
        python = venv / "bin" / "python"
        ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
        purelib = Path(subprocess.run([str(python), "-c", ask], capture_output=True, text=True,
                                      check=True).stdout.strip())
        (purelib / "borrowed_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
        shutil.copytree(root, source, ignore=shutil.ignore_patterns(
            ".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__", "shots"))
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(source)],
                       check=True, capture_output=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as error:
        return sys.executable, f"pip install failed ({error}); measured {sys.prefix}"
    return str(python), "pip install . into a fresh venv"


def _build_bundle(work: Path) -> tuple[Path | None, str]:
    """The probe bundled like the shipped app; (None, why) when it cannot be built here."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return None, "PyInstaller not installed (pip install '.[package]')"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(HERE / "startup_probe.spec")],
        cwd=work, capture_output=True, text=True, timeout=900, check=False)
    if result.returncode != 0:
        return None, f"PyInstaller failed: {result.stderr.strip()[-300:]}"
    executable = work / "dist" / "backtimer-probe" / "backtimer-probe"
    size = sum(f.lstat().st_size for f in executable.parent.rglob("*")
               if f.is_file() and not f.is_symlink())
    return executable, (f"bundle built in {time.perf_counter() - started:.0f} s, "
                        f"{size / 2**20:.0f} MiB on disk")


def _rows(name: str, runs: Runs, bare: Runs, note: str) -> list[Result]:
    paint_ratio, peak_ratio = runs.first_paint / bare.first_paint, runs.peak / bare.peak
    return [
        Result(f"startup: {name}, process start → first painted home screen",
               runs.first_paint, "s", f"<= {TARGET_RATIO}× bare", "bare QMainWindow, same probe",
               bare.first_paint, paint_ratio <= TARGET_RATIO,
               note=(f"median of {len(runs.first_paints)}; the whole process (first frame, "
                     f"the set-up after it, exit): {runs.wall:.3f} s vs bare {bare.wall:.3f} s "
                     f"({runs.wall / bare.wall:.2f}×); {note}")),
        Result(f"startup: {name}, peak RSS", runs.peak, "MiB", f"<= {TARGET_RATIO}× bare",
               "bare QMainWindow, same probe", bare.peak, peak_ratio <= TARGET_RATIO,
               note=f"median of {len(runs.peaks_mib)}"),
    ]


def run(long: bool = False) -> list[Result]:
    repeat = 21 if long else 11
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES",
                   "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as temp:
        work = Path(temp)
        data = work / "data"
        _seed_data_dir(data)
        installed, installed_note = _install_copy(work)
        # The bare window runs on the installed app's interpreter, with the same site set-up.
        bare = Runs("bare", [installed, str(PROBE), "bare"])
        app = Runs("app", [installed, str(PROBE), "app", "--data-dir", str(data)])
        candidates = [bare, app]
        bundle_path, bundle_note = _build_bundle(work)
        bundle = bundle_bare = None
        if bundle_path is not None:
            bundle = Runs("bundle", [str(bundle_path), "app", "--data-dir", str(data)])
            # The bare window bundled the same way: what PyInstaller itself adds to any start.
            bundle_bare = Runs("bundle-bare", [str(bundle_path), "bare"])
            candidates += [bundle, bundle_bare]
        for runs in candidates:  # warm-up: page cache, __pycache__, the history database
            runs.measure(work, env)
            runs.walls.clear(), runs.peaks_mib.clear(), runs.first_paints.clear()
        for _ in range(repeat):
            for runs in candidates:
                runs.measure(work, env)
    rows = [Result("startup: bare PySide6 QMainWindow, process start → first paint (the baseline)",
                   bare.first_paint, "s", "",
                   note=f"peak RSS {bare.peak:.0f} MiB; median of {len(bare.first_paints)}")]
    rows += _rows("installed app", app, bare, installed_note)
    if bundle is not None and bundle_bare is not None:
        rows += _rows("PyInstaller bundle", bundle, bare, bundle_note)
        rows.append(Result(
            "startup: bare QMainWindow in the same PyInstaller bundle, process start → first "
            "paint", bundle_bare.first_paint, "s", "", "bare QMainWindow, plain Python",
            bare.first_paint,
            note=(f"what bundling adds to any start (the bootloader starts itself twice on "
                  f"Linux; runtime hooks); the bundled app against it: "
                  f"{bundle.first_paint / bundle_bare.first_paint:.2f}×; median of "
                  f"{len(bundle_bare.first_paints)}")))
    else:
        rows.append(Result("startup: PyInstaller bundle", float("nan"), "s",
                           f"<= {TARGET_RATIO}× bare", note=f"not measured: {bundle_note}"))
    return rows
