"""The installable app: desktop entry, AppStream metainfo, icons, pip install and the bundle."""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import backtimer

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.backtimer.backtimer"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A whole 5-minute routine, 200 times faster: 1.5 s of session plus start-up.
SCALED_RUN = ["--routine", "quick-5", "--autostart", "--time-scale", "200", "--quit-when-done"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               BACKTIMER_DATA_DIR=str(tmp_path / "data"),
               QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")
    env.pop("PYTHONPATH", None)  # the installed copy must stand on its own
    return env


def _run(command: list[str], cwd: Path, env: dict[str, str],
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired as error:  # say what it printed before it hung
        pytest.fail(f"{command[0]} {' '.join(command[1:])} still ran after {timeout} s;\n"
                    f"stdout: {error.stdout!r}\nstderr: {error.stderr!r}")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package})")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


# --- the desktop entry and the AppStream metainfo ---


def test_desktop_entry_passes_desktop_file_validate():
    validator = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True,
                            check=False)
    # It exits 0 on warnings too; a warning is a defect in a file this small.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate():
    validator = _tool("appstreamcli", "appstream")
    result = subprocess.run([validator, "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[nl]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_id_the_window_announces():
    entry = _desktop_entry()
    app_source = (ROOT / "backtimer" / "app.py").read_text()
    assert f'setDesktopFileName("{APP_ID}")' in app_source
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "backtimer"
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[nl]"), f"{key} has no Dutch translation"


def test_desktop_actions_start_routines_that_exist():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP, encoding="utf-8")
    from backtimer.core.catalog import builtin_routine

    for action in filter(None, parser["Desktop Entry"]["Actions"].split(";")):
        exec_line = parser[f"Desktop Action {action}"]["Exec"].split()
        routine_id = exec_line[exec_line.index("--routine") + 1]
        assert builtin_routine(routine_id).id == routine_id
        assert parser[f"Desktop Action {action}"].get("Name[nl]")


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_metainfo_matches_the_desktop_entry_and_the_package():
    root = _metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating").get("type") == "oars-1.1"
    newest = root.find("releases/release")
    assert newest.get("version") == backtimer.__version__, "add a <release> for this version"
    assert root.findtext("provides/binary") == "backtimer"


def test_metainfo_says_it_is_not_medical_advice_in_both_languages():
    paragraphs = _metainfo().findall("description/p")
    english = " ".join(p.text or "" for p in paragraphs if p.get(XML_LANG) is None)
    dutch = " ".join(p.text or "" for p in paragraphs if p.get(XML_LANG) == "nl")
    assert "not medical advice" in english
    assert "geen medisch advies" in dutch


def test_metainfo_screenshots_are_the_repository_screenshots():
    images = [image.text.strip() for image in _metainfo().findall("screenshots/screenshot/image")]
    assert len(images) >= 2
    paths = [re.sub(r"^https://raw\.githubusercontent\.com/[^/]+/[^/]+/[^/]+/", "", url)
             for url in images]
    assert all(path.startswith("docs/screenshots/") and path.endswith(".png") for path in paths)
    if not (ROOT / "docs" / "screenshots").is_dir():
        pytest.skip("docs/screenshots/ is not made yet (the screenshot script writes it)")
    missing = [path for path in paths if not (ROOT / path).is_file()]
    assert not missing, f"metainfo refers to screenshots that do not exist: {missing}"


# --- icons ---


def test_every_icon_size_is_there_with_its_size():
    for size in ICON_SIZES:
        png = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.is_file(), f"{png} missing: run tools/make_icons.py"
        assert _png_size(png) == (size, size)


def test_the_scalable_icon_is_the_current_source_svg():
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    source = ROOT / "assets" / "icons" / "backtimer.svg"
    assert scalable.read_bytes() == source.read_bytes(), "run tools/make_icons.py again"


def test_make_icons_renders_every_size_from_the_svg(tmp_path):
    result = _run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--out",
                   str(tmp_path / "icons")], cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    for size in ICON_SIZES:
        image = QImage(str(tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                           / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        # The rounded square fills the middle and leaves the corner see-through.
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0


def test_make_icons_refuses_a_broken_svg(tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    result = _run([sys.executable, str(ROOT / "tools" / "make_icons.py"), "--source",
                   str(broken), "--out", str(tmp_path / "icons")], cwd=tmp_path,
                  env=_env(tmp_path))
    assert result.returncode != 0
    assert "not a valid SVG" in result.stderr
    assert not (tmp_path / "icons").exists()


# --- pip install . into a clean venv ---


def _copy_source(target: Path) -> Path:
    """The project as a clean clone has it, so building cannot write into the checkout."""
    ignore = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info",
                                    "__pycache__", ".pytest_cache", ".ruff_cache",
                                    ".hypothesis", "shots")
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


@pytest.mark.slow
def test_pip_install_gives_a_working_app_outside_the_checkout(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    # PySide6 is ~400 MiB: borrow this interpreter's installed dependencies rather than
    # downloading them again (a .pth line adds a directory without running its .pth files,
    # so this environment's editable backtimer stays invisible to the new one).
    ask = "import sysconfig; print(sysconfig.get_path('purelib'))"
    purelib = Path(subprocess.run([str(venv / "bin" / "python"), "-c", ask],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "borrowed_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    source = _copy_source(tmp_path / "src")
    env = _env(tmp_path)
    install = _run([str(venv / "bin" / "pip"), "install", "-q", "--no-deps", str(source)],
                   cwd=tmp_path, env=env, timeout=300)
    assert install.returncode == 0, install.stdout + install.stderr
    shutil.rmtree(source)  # nothing may still point into the source tree

    where = _run([str(venv / "bin" / "python"), "-c",
                  "import backtimer; print(backtimer.__file__)"], cwd=tmp_path, env=env)
    assert Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr

    listed = _run([str(venv / "bin" / "backtimer"), "--list-routines"], cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^quick-5\s+Quick 5\s+5:00$", listed.stdout, flags=re.M), listed.stdout

    # The pictures and sounds must come with the package (compiled resources), not the checkout.
    probe = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
             "from backtimer.ui.assets import asset_path; "
             "paths = [asset_path(n) for n in sys.argv[1:]]; print(paths); "
             "sys.exit(0 if all(paths) else 1)")
    wanted = ["sounds/go.wav", "illustrations/superman-start.svg", "icons/backtimer.svg"]
    if (ROOT / "assets" / "i18n" / "backtimer_nl.ts").exists():
        wanted.append("i18n/backtimer_nl.qm")  # the compiled translation rides along too
    assets = _run([str(venv / "bin" / "python"), "-c", probe, *wanted], cwd=tmp_path, env=env)
    assert assets.returncode == 0, f"assets not installed: {assets.stdout}{assets.stderr}"

    _assert_a_whole_routine_runs_and_is_saved([str(venv / "bin" / "backtimer")], tmp_path)


def _assert_a_whole_routine_runs_and_is_saved(app: list[str], tmp_path: Path) -> None:
    env = _env(tmp_path)
    data = str(tmp_path / "run-data")
    full = _run([*app, *SCALED_RUN, "--data-dir", data], cwd=tmp_path, env=env)
    assert full.returncode == 0, full.stdout + full.stderr
    assert "Traceback" not in full.stderr, full.stderr
    stats = _run([*app, "--stats", "--json", "--data-dir", data], cwd=tmp_path, env=env)
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["total"]["sessions"] == 1, stats.stdout


# --- the PyInstaller bundle ---


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed "
                        "(pip install '.[package]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(PACKAGING / "backtimer.spec")],
        cwd=work, capture_output=True, text=True, timeout=900, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    executable = work / "dist" / "backtimer" / "backtimer"
    assert executable.is_file()
    return executable


@pytest.mark.slow
def test_the_bundle_lists_the_routines(bundle, tmp_path):
    result = _run([str(bundle), "--list-routines"], cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert re.search(r"^quick-5\s+Quick 5\s+5:00$", result.stdout, flags=re.M), result.stdout


@pytest.mark.slow
def test_the_bundle_runs_a_whole_routine_offscreen(bundle, tmp_path):
    _assert_a_whole_routine_runs_and_is_saved([str(bundle)], tmp_path)
