"""Preview in the routine editor, in the running app: the dialog steps aside, the player plays
the routine as edited at the chosen speed, nothing goes into the history, and the editor comes
back with its edits when the preview is over."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QListView, QPushButton

from backtimer.core import session as core
from backtimer.core.clock import FakeClock


def _click_row(qtbot, view: QListView, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_preview_plays_the_routine_fast_and_keeps_it_out_of_the_history(start_app, quiet,
                                                                       qtbot):
    clock = FakeClock()
    window = start_app(clock=clock)
    asked = []

    def preview_quick_5():
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.objectName())
        routines = dialog.findChild(QListView, "routineEditorList")
        _click_row(qtbot, routines, dialog.routines_page.routine_model.row_of("quick-5"))
        speed = dialog.findChild(QComboBox, "previewSpeedCombo")
        speed.setCurrentIndex(speed.findData(10.0))
        qtbot.mouseClick(dialog.findChild(QPushButton, "previewButton"),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, preview_quick_5)
    window.settings_action.trigger()  # returns when the dialog steps aside
    assert asked == ["settingsDialog"]
    dialog = window.findChild(QDialog, "settingsDialog")
    assert dialog is not None and not dialog.isVisible()
    player = window.player
    assert window.stack.currentWidget() is player
    assert player.routine_label.text() == "Preview: Quick 5"
    assert not player.pain_before.isVisible()  # a check of the routine asks no rating
    assert player.time_left_label.text() == "5:00 left"
    qtbot.mouseClick(player.start_button, Qt.MouseButton.LeftButton)
    clock.run(2, window.runner.update, 0.25)  # two seconds on the wall…
    assert player.time_left_label.text() == "4:40 left"  # …are 20 s of the routine
    while window.runner.session.state is not core.State.FINISHED:
        if window.runner.session.segment.self_paced:
            qtbot.mouseClick(player.done_button, Qt.MouseButton.LeftButton)
        clock.run(1, window.runner.update, 0.25)
    assert player.showing_finish
    assert player.finish_saved.text() == "A preview: it is not kept in your history."
    assert window.workout.store.sessions() == []
    # Done: the editor comes back, on the routine and speed chosen.
    back = []

    def editor_is_back():
        shown = QApplication.activeModalWidget()
        back.append((shown is dialog,
                     dialog.routines_page.current_routine().id,
                     dialog.findChild(QComboBox, "previewSpeedCombo").currentData()))
        shown.reject()

    QTimer.singleShot(50, editor_is_back)
    qtbot.mouseClick(player.finish_done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(back))
    assert back == [(True, "quick-5", 10.0)]
    assert window.stack.currentWidget() is window.home
