"""Screenshots of every settings page, English and Dutch, at two sizes: shots/settings-*.png.

Run: QT_QPA_PLATFORM=offscreen python tools/screenshot_settings.py [OUTDIR]
The Dutch texts come from assets/i18n/nl_*.tsv (the translation pass turns them into .ts).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES",
                      "qt.multimedia.symbolsresolver=false;qt.multimedia.ffmpeg=false")

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from backtimer.core import catalog
from backtimer.core.routine import Step
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"1280x800": (1000, 680), "800x600": (760, 540)}


def dutch_translator(folder: Path, work: Path) -> QTranslator:
    """A real .qm made from the TSV files with pyside6-lrelease, as the app will load."""
    root = ET.Element("TS", version="2.1", language="nl_NL")
    contexts: dict[str, ET.Element] = {}
    for path in sorted(folder.glob("nl_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) != 3:
                continue
            context, source, dutch = parts
            if context not in contexts:
                contexts[context] = ET.SubElement(root, "context")
                ET.SubElement(contexts[context], "name").text = context
            message = ET.SubElement(contexts[context], "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = dutch
    ts, qm = work / "nl.ts", work / "nl.qm"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise SystemExit(f"cannot load {qm}")
    return translator


def shoot(app: QApplication, lang: str, outdir: Path) -> list[Path]:
    from backtimer.ui.settings_dialog import SettingsDialog

    written = []
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
        dialog = SettingsDialog(Settings(data / "settings.json"), library, lang,
                                tts_engine="mock")
        page = dialog.routines_page
        for label, size in SIZES.items():
            dialog.resize(*size)
            dialog.show()
            for tab in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(tab)
                page.focus("quick-5", 1)
                QTest.qWait(50)
                path = outdir / f"settings-{lang}-{label}-{tab}.png"
                dialog.grab().save(str(path))
                written.append(path)
        # A routine of one's own with a mistake in it, to see the messages beside the fields.
        dialog.tabs.setCurrentIndex(0)
        page.routine_view.setCurrentIndex(page.routine_model.index(2))
        page.duplicate_button.click()
        page.step_view.setCurrentIndex(page.step_model.index(2))
        page.fields["hold_s"].lineEdit().selectAll()
        QTest.keyClicks(page.fields["hold_s"].lineEdit(), "900")
        page.name_edit.selectAll()
        QTest.keyClick(page.name_edit, Qt.Key.Key_Backspace)  # the name is now empty
        routine = page.current_routine()
        assert routine is not None and isinstance(routine.steps[0], Step)
        for label, size in SIZES.items():
            dialog.resize(*size)
            QTest.qWait(50)
            path = outdir / f"settings-{lang}-{label}-invalid.png"
            dialog.grab().save(str(path))
            written.append(path)
        dialog.close()
    return written


def main() -> int:
    outdir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "shots"
    outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written = shoot(app, "en", outdir)
    with tempfile.TemporaryDirectory() as work:
        translator = dutch_translator(ROOT / "assets" / "i18n", Path(work))
        app.installTranslator(translator)
        written += shoot(app, "nl", outdir)
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
