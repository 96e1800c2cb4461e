"""The settings dialog in the running app: it opens on the routine chosen on the home screen,
and Cancel asks before it throws edits away."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox

from backtimer.core.clock import FakeClock


def _click_home_row(qtbot, window, routine_id: str) -> None:
    view = window.home.list_view
    rect = view.visualRect(window.home.model.index(window.home.model.row_of(routine_id), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_settings_open_on_the_routine_chosen_on_the_home_screen(start_app, quiet, qtbot):
    window = start_app(clock=FakeClock())
    _click_home_row(qtbot, window, "full-20")
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.routines_page.current_routine().id)
        dialog.reject()  # nothing edited: no question

    QTimer.singleShot(0, look)
    window.settings_action.trigger()
    assert seen == ["full-20"]


def test_cancel_asks_before_throwing_edits_away(start_app, quiet, qtbot, data_dir):
    window = start_app(clock=FakeClock())
    settings_file = data_dir / "settings.json"
    before = settings_file.read_bytes()
    seen = []

    def answer(button_text: str):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "discardChangesBox"
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text() == button_text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def edit_then_cancel():
        dialog = QApplication.activeModalWidget()
        goal = dialog.findChild(QSpinBox, "option_weekly_goal")
        goal.setValue(goal.value() + 2)
        QTimer.singleShot(0, lambda: answer("Keep editing"))
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        seen.append(("still open", dialog.isVisible(), goal.value()))
        QTimer.singleShot(0, lambda: answer("Discard"))
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        seen.append(("closed", not dialog.isVisible()))

    QTimer.singleShot(0, edit_then_cancel)
    window.settings_action.trigger()
    goal = window.settings["weekly_goal"]
    assert seen == ["Throw away the changes you made?", ("still open", True, goal + 2),
                    "Throw away the changes you made?", ("closed", True)]
    assert settings_file.read_bytes() == before
