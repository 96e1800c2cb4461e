"""The routine editor in the running app: started from the command line, the settings opened
from the window's Settings button, undo and redo used, the edit saved to disk (Preview:
test_preview_in_the_app.py)."""

from __future__ import annotations

import json

from backtimer.storage.paths import resolve_paths

# Runs inside the app at its first frame (``window`` is the main window): opens the settings
# the way the Settings button does (exec, modal), and works the dialog from a timer meanwhile.
DRIVE = """
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

def click(widget):
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)

def click_row(view, row):
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

def shown(page):
    row = page.current_step_row()
    hold = page.step_form.fields["hold_s"]
    return f"{page.current_routine().id} step {row + 1} hold {hold.value()} " \\
           f"(stored {page.current_routine().steps[row].hold_s})"

def drive():
    dialog = QApplication.activeModalWidget()
    try:
        print("dialog:", dialog.objectName(), isinstance(dialog, QDialog))
        page = dialog.routines_page
        undo = dialog.findChild(object, "undoButton")
        redo = dialog.findChild(object, "redoButton")
        click_row(page.routine_view, page.routine_model.row_of("quick-5"))
        click(page.duplicate_to_edit)
        click_row(page.step_view, 2)
        hold = page.step_form.fields["hold_s"]
        hold.setFocus()
        QTest.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(hold, "50")
        print("typed:", shown(page))
        click(undo)
        print("undone:", shown(page), "|", redo.text())
        click(redo)
        print("redone:", shown(page))
        QTest.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(hold, "900")
        print("too long:", shown(page), "| preview enabled:", page.preview_button.isEnabled(),
              "| ok enabled:", dialog.ok_button.isEnabled())
        click(undo)
        print("undone again:", shown(page), "| preview enabled:",
              page.preview_button.isEnabled())
        QTest.keyClick(hold, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(hold, "40")
        click(dialog.ok_button)
    finally:
        if dialog.isVisible():
            dialog.reject()

QTimer.singleShot(0, drive)
window.settings_action.trigger()
print("closed:", window.findChild(QDialog, "settingsDialog") is None
      or not window.findChild(QDialog, "settingsDialog").isVisible())
"""


class TestUndoAndPreviewInTheRunningApp:
    def test_undo_redo_and_preview_then_ok_saves_the_edit(self, first_frame, tmp_path):
        data = tmp_path / "data"
        printed = first_frame(data, DRIVE, "--lang", "en")
        lines = dict(line.split(": ", 1) for line in printed.splitlines() if ": " in line)
        assert lines["dialog"] == "settingsDialog True"
        assert lines["typed"] == "my-quick-5 step 3 hold 50 (stored 50)"
        # Typing 5 then 0 is one step back: the field and the routine are 45 again.
        assert lines["undone"].startswith("my-quick-5 step 3 hold 45 (stored 45)")
        assert lines["undone"].endswith("| Redo Change step")
        assert lines["redone"] == "my-quick-5 step 3 hold 50 (stored 50)"
        # An invalid value: no preview and no OK until it is undone (the 50 and the 900 were
        # typed in the same field one after the other: one step back).
        assert lines["too long"] == ("my-quick-5 step 3 hold 900 (stored 900) | preview enabled: "
                                     "False | ok enabled: False")
        assert lines["undone again"] == ("my-quick-5 step 3 hold 45 (stored 45) | preview "
                                         "enabled: True")
        assert lines["closed"] == "True"
        saved = json.loads((resolve_paths(data).routines_dir / "my-quick-5.json").read_text())
        assert saved["steps"][2]["hold_s"] == 40
