"""Screenshots of every settings page (reminders included) and of the routine editor's messages.

Usage: python tools/screenshot_settings.py [--out shots/settings] [--lang en nl]
       [--size 1280x800 800x600] [--offscreen]

The dialog opens at the size it would take on that screen; each tab is grabbed, then a copied
routine with an empty name and a 900 s hold shows the messages beside the fields. Files:
``<out>/<lang>-<W>x<H>-<tab>.png`` (tab = page number and name) and ``…-invalid.png``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import shotlib

OUT = shotlib.SHOTS / "settings"


def dialog_size(size: str) -> tuple[int, int]:
    """The dialog's size on that screen: large, but with the window behind still showing."""
    width, height = shotlib.size_of(size)
    return min(1000, width - 40), min(680, height - 60)


def shoot(lang: str, size: str, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from backtimer.core import catalog
    from backtimer.core.routine import Step
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.storage.settings_store import Settings
    from backtimer.ui.settings.dialog import SettingsDialog

    shotlib.application(lang)
    name = f"{lang}-{size}"
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        library = RoutineLibrary(data / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
        dialog = SettingsDialog(Settings(data / "settings.json"), library, lang,
                                tts_engine="mock")
        page = dialog.routines_page
        dialog.resize(*dialog_size(size))
        dialog.move(0, 0)
        dialog.show()
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            page.focus("quick-5", 1)
            label = "routines" if tab == 0 else (
                dialog.option_pages[tab - 1].objectName().removesuffix("Page"))
            shotlib.save(dialog, out, f"{name}-{tab}-{label}")
        # A step with sides, scrolled down to the exercise's whole explanation under its fields.
        dialog.tabs.setCurrentIndex(0)
        page.focus("full-20", 4)
        bar = page.step_form.verticalScrollBar()
        bar.setValue(bar.maximum())
        shotlib.save(dialog, out, f"{name}-step-details")
        # A routine of one's own with a mistake in it, to see the messages beside the fields.
        dialog.tabs.setCurrentIndex(0)
        page.routine_view.setCurrentIndex(page.routine_model.index(2))
        page.duplicate_button.click()
        page.step_view.setCurrentIndex(page.step_model.index(2))
        page.step_form.fields["hold_s"].lineEdit().selectAll()
        QTest.keyClicks(page.step_form.fields["hold_s"].lineEdit(), "900")
        page.name_edit.selectAll()
        QTest.keyClick(page.name_edit, Qt.Key.Key_Backspace)  # the name is now empty
        routine = page.current_routine()
        assert routine is not None and isinstance(routine.steps[0], Step)
        shotlib.save(dialog, out, f"{name}-invalid")
        dialog.confirm_discard = lambda: True  # a screenshot run throws its edits away unasked
        dialog.close()


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, __doc__.splitlines()[0], OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
