"""Regenerates resources.qrc from assets/ and compiles it with pyside6-rcc.

Usage: python tools/build_resources.py [--check]

Lists every illustration, icon, sound and compiled translation under ``assets/`` in
``resources.qrc`` (aliases without the ``assets/`` prefix, so the app opens ``:/sounds/go.wav``)
and compiles it into ``backtimer/ui/resources_rc.py``, which is committed so an installed app
needs no build step. With ``--check`` nothing is written; it exits 1 when either file is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
QRC = ROOT / "resources.qrc"
MODULE = ROOT / "backtimer" / "ui" / "resources_rc.py"
#: What ships inside the app; sources (.ts, README, generators' notes) stay out.
PATTERNS = ("illustrations/*.svg", "icons/*.svg", "icons/*.png", "sounds/*.wav", "i18n/*.qm")


def asset_files() -> list[str]:
    """Paths relative to assets/, sorted, of every file that belongs in the resources."""
    found = {p.relative_to(ASSETS).as_posix() for pattern in PATTERNS for p in ASSETS.glob(pattern)}
    return sorted(found)


def qrc_text(files: list[str]) -> str:
    lines = ['<!DOCTYPE RCC>', '<RCC version="1.0">', '  <qresource prefix="/">']
    lines += [f'    <file alias="{name}">assets/{name}</file>' for name in files]
    lines += ["  </qresource>", "</RCC>", ""]
    return "\n".join(lines)


def _rcc() -> str:
    beside = Path(sys.executable).with_name("pyside6-rcc")
    return str(beside) if beside.exists() else (shutil.which("pyside6-rcc") or "pyside6-rcc")


def compile_module(qrc: Path) -> str:
    """The Python module pyside6-rcc makes of ``qrc`` (its paths are relative to the repo)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "resources_rc.py"
        # No compression (same bytes with any zlib) and format 1 (no file times, so a fresh
        # checkout compiles to the same module).
        subprocess.run([_rcc(), "-g", "python", "--no-compress", "--format-version", "1",
                        str(qrc), "-o", str(out)], check=True, cwd=ROOT)
        text = out.read_text(encoding="utf-8")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether it is stale")
    args = parser.parse_args(argv)
    text = qrc_text(asset_files())
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            probe = ROOT / f".resources-check-{Path(folder).name}.qrc"
            probe.write_text(text, encoding="utf-8")
            try:
                module = compile_module(probe)
            finally:
                probe.unlink()
        stale = [str(p.relative_to(ROOT)) for p, want in ((QRC, text), (MODULE, module))
                 if not p.exists() or p.read_text(encoding="utf-8") != want]
        for path in stale:
            print(f"{path} is out of date: run python tools/build_resources.py")
        return 1 if stale else 0
    QRC.write_text(text, encoding="utf-8")
    MODULE.write_text(compile_module(QRC), encoding="utf-8")
    print(f"{QRC.name}: {len(asset_files())} files; compiled into {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
