"""Where the keyboard is can be seen (WCAG 2.4.7): a list or chart with the focus looks
different from one without, by a ring of many pixels, not one unit of the selection colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from backtimer.ui.shell.theme import FOCUS


def changed_pixels(before: QImage, after: QImage) -> int:
    width, height = min(before.width(), after.width()), min(before.height(), after.height())
    return sum(1 for x in range(0, width, 2) for y in range(0, height, 2)
               if before.pixel(x, y) != after.pixel(x, y))


def ring_shows(widget, qtbot) -> int:
    """How many (sampled) pixels change when ``widget`` takes the keyboard."""
    others = [b for b in widget.window().findChildren(QPushButton) if b.isVisible()]
    others[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not widget.hasFocus())
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    QApplication.processEvents()
    return changed_pixels(before, widget.grab().toImage())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_routine_list_shows_the_focus(start_app, qtbot, theme):
    window = start_app(settings={"theme": theme})
    window.activateWindow()
    listed = window.home.list_view
    assert ring_shows(listed, qtbot) > 200
    ring = listed.grab().toImage().pixelColor(0, listed.height() // 2)
    dark = window.palette().color(window.palette().ColorRole.Window).lightness() < 128
    assert ring == QColor(FOCUS[1] if dark else FOCUS[0])
