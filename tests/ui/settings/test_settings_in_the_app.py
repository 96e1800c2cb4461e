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


def test_a_narrow_routine_list_never_breaks_built_in_at_its_hyphen(start_app, quiet, qtbot):
    from PySide6.QtWidgets import QListView

    window = start_app(clock=FakeClock())
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        view = dialog.findChild(QListView, "routineEditorList")
        model = view.model()
        seen.extend(model.index(row, 0).data() for row in range(model.rowCount()))
        dialog.reject()

    QTimer.singleShot(0, look)
    window.settings_action.trigger()
    assert "Quick 5 (built\u2011in)" in seen
    assert not any("built-in" in text for text in seen)  # a hyphen a line may break at


def test_a_value_typed_after_a_pause_is_its_own_undo_step(start_app, quiet, qtbot):
    from PySide6.QtWidgets import QListView, QWidget

    window = start_app(clock=FakeClock())
    _click_home_row(qtbot, window, "quick-5")
    shown = []

    def retype(field, text: str) -> None:
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)

    def edit_and_undo():
        dialog = QApplication.activeModalWidget()
        page = dialog.routines_page
        try:
            qtbot.mouseClick(page.duplicate_to_edit, Qt.MouseButton.LeftButton)
            steps = dialog.findChild(QListView, "stepList") or page.step_view
            rect = steps.visualRect(steps.model().index(1, 0))  # the glute bridges, 10 reps
            qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            reps = page.step_form.fields["reps"]
            retype(reps, "12")
            qtbot.wait(int(1000 * 1.3))  # a pause: the 12 stands
            retype(reps, "0")
            undo = dialog.findChild(QWidget, "undoButton")
            for _ in range(2):
                qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
                shown.append(reps.value())
        finally:
            dialog.confirm_discard = lambda: True
            dialog.reject()

    QTimer.singleShot(0, edit_and_undo)
    window.settings_action.trigger()
    assert shown == [12, 10]
