"""Screenshots of the reminders: the settings page (with and without a tray, no day chosen),
the tray menu with its streak, and the reminder window shown where there is no tray.

Usage: python tools/screenshot_reminders.py [--out shots/reminders] [--lang en nl]
       [--size 1280x800 800x600] [--offscreen]

Files: ``<out>/<lang>-<W>x<H>-<moment>.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import shotlib

OUT = shotlib.SHOTS / "reminders"


def shoot(lang: str, size: str, out: Path) -> None:
    from backtimer.ui.settings.pages import RemindersPage
    from backtimer.ui.shell.tray import TrayController

    name = f"{lang}-{size}"
    window, _runner, store, now = shotlib.history_window(
        lang, size, days=60, per_day=0.9, settings={"reminder_enabled": True})
    width, height = shotlib.size_of(size)
    for moment, tray in (("page", True), ("page-no-tray", False)):
        page = RemindersPage(window.settings, lang, tray_available=tray, autostart_supported=True)
        page.load()
        page.resize(min(1000, width - 40), min(680, height - 60))
        page.show()
        shotlib.save(page, out, f"{name}-{moment}")
        if not tray:
            for box in page.day_boxes.values():
                box.setChecked(False)
            shotlib.save(page, out, f"{name}-page-no-day")
        page.close()

    controller = TrayController(window, window.settings, window.library, store, lang, window,
                                now=lambda: now, available=False, quit_app=lambda: None)
    controller.tray.offer_snooze(True)
    controller.tray.refresh()
    menu = controller.tray.menu
    menu.popup(window.mapToGlobal(window.rect().center()))
    shotlib.save(menu, out, f"{name}-tray-menu")
    menu.hide()
    controller.remind()
    box = controller.reminder_box
    box.adjustSize()
    shotlib.save(box, out, f"{name}-reminder-window")
    box.close()
    controller.scheduler.stop()
    window.close()
    store.close()


def main(argv: list[str] | None = None) -> int:
    return shotlib.drive(shoot, __file__, __doc__.splitlines()[0], OUT, argv)


if __name__ == "__main__":
    sys.exit(main())
