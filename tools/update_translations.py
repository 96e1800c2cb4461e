"""Regenerates the Dutch translation: pyside6-lupdate, pyside6-lrelease, then the resources.

Usage: python tools/update_translations.py [--check]

``assets/i18n/backtimer_nl.ts`` (Qt Linguist's format) is the one source of the Dutch texts.

1. ``pyside6-lupdate`` collects every translatable string of ``backtimer/`` into it, keeping
   the translations already there; a new or changed string is marked unfinished. Translate
   those in the .ts (``pyside6-linguist assets/i18n/backtimer_nl.ts``, or any text editor:
   fill ``<translation>`` and drop ``type="unfinished"``), then run this again.
2. ``pyside6-lrelease`` compiles ``backtimer_nl.qm``.
3. ``tools/build_resources.py`` puts the .qm into the compiled resources the app loads.

With ``--check`` nothing is written: lupdate runs into a temporary copy, and it exits 1 listing
unfinished strings, translations that lost or invented a placeholder, and a stale .qm.
``tests/test_translations.py`` checks the same.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
TS = I18N / "backtimer_nl.ts"
QM = I18N / "backtimer_nl.qm"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_0-9]*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files = sorted(p for p in (ROOT / "backtimer").rglob("*.py") if not p.name.endswith("_rc.py"))
    return [str(p.relative_to(ROOT)) for p in files]


def lupdate(ts: Path) -> None:
    """Merges the strings of the code into ``ts`` (dropping ones no longer in the code)."""
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", "nl_NL", "-ts", str(ts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def problems(tree: ET.ElementTree) -> list[str]:
    """Unfinished messages, and translations that lost or invented a placeholder."""
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = [t.text or "" for t in translation.iter("numerusform")] or [
                translation.text or ""]
            if kind == "unfinished" or not all(forms):
                found.append(f"{name}: untranslated: {source!r}")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for form in forms:
                if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                    found.append(f"{name}: placeholders differ: {source!r} → {form!r}")
    return found


def check() -> list[str]:
    """What is wrong, without writing anything into the repository."""
    with tempfile.TemporaryDirectory() as folder:
        ts, qm = Path(folder) / TS.name, Path(folder) / QM.name
        shutil.copy(TS, ts)
        lupdate(ts)
        found = problems(ET.parse(ts))
        lrelease(TS, qm)
        if not QM.is_file() or qm.read_bytes() != QM.read_bytes():
            found.append(f"{QM.relative_to(ROOT)} is older than the .ts: run this tool")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; write nothing")
    args = parser.parse_args()
    if args.check:
        found = check()
        print("\n".join(found) or f"{TS.name}: complete; {QM.name} up to date")
        return 1 if found else 0
    lupdate(TS)
    lrelease(TS, QM)
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_resources.py")], check=True)
    left = problems(ET.parse(TS))
    print(f"{len(left)} strings left to translate in {TS.relative_to(ROOT)}")
    for line in left:
        print("  " + line)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
