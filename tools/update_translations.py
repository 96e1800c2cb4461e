"""Regenerates the Dutch translation: pyside6-lupdate, fill from the glossaries, pyside6-lrelease.

Usage: python tools/update_translations.py [--check]

1. ``pyside6-lupdate`` collects every translatable string of ``backtimer/`` into
   ``assets/i18n/backtimer_nl.ts`` (Qt Linguist's format; translators may edit it there).
2. Strings still unfinished are filled from ``assets/i18n/nl_*.tsv`` (context, English, Dutch
   per line), where the people who wrote a screen left its Dutch.
3. ``pyside6-lrelease`` compiles ``backtimer_nl.qm``; rebuild the resources afterwards
   (``python tools/build_resources.py``) so the app carries it.

With ``--check`` nothing is written; it exits 1 listing unfinished or placeholder-losing strings.
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import subprocess
import sys
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


def glossary() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for path in sorted(I18N.glob("nl_*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 3 and row[0] and not row[0].startswith("#"):
                    source = row[1].replace("\\n", "\n")
                    found[(row[0], source)] = row[2].replace("\\n", "\n")
    return found


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report; write nothing")
    args = parser.parse_args()
    if args.check:
        issues = problems(ET.parse(TS))
        print("\n".join(issues) or "backtimer_nl.ts: complete")
        return 1 if issues else 0
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations",
                    "none", "-target-language", "nl_NL", "-ts", str(TS)],
                   cwd=ROOT, check=True)
    tree = ET.parse(TS)
    words = glossary()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            dutch = words.get((name, message.findtext("source") or ""))
            if dutch is None:
                continue
            if message.get("numerus") == "yes":
                for form in translation.iter("numerusform"):
                    form.text = dutch
            else:
                translation.text = dutch
            del translation.attrib["type"]
            filled += 1
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)
    left = problems(tree)
    print(f"filled {filled} from the glossaries; {len(left)} left to translate")
    for line in left:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
