"""The routine editor as a user works it: clicks and keys in the settings dialog, then disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QFileDialog, QMessageBox

from backtimer.core import catalog
from backtimer.core.routine import BOUNDS, Routine, Step, Tempo, dumps
from backtimer.storage.paths import resolve_paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.bounded_spin_boxes import BoundedDoubleSpinBox, BoundedSpinBox
from backtimer.ui.settings.dialog import SettingsDialog
from backtimer.ui.settings.step_list_model import StepListModel, diff_steps

MINE = Routine(id="mine", name={"en": "Mine"}, lead_in_s=5, steps=(
    Step("pelvic-tilt", mode="reps", reps=10, tempo=None, rest_after_s=10),
    Step("glute-bridge", mode="reps", reps=12, tempo=Tempo(1, 2, 2), sets=3),
    Step("childs-pose", mode="hold", hold_s=45),
))


def new_library(paths) -> RoutineLibrary:
    return RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)


@pytest.fixture
def paths(data_dir):
    return resolve_paths(data_dir)


@pytest.fixture
def open_dialog(qtbot, paths):
    def make(lang="en"):
        dialog = SettingsDialog(Settings(paths.settings_file), new_library(paths), lang,
                                tts_engine="mock")
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):  # so focus and shortcuts behave as on a desktop
            dialog.show()
            dialog.activateWindow()
        return dialog
    return make


def snapshot(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- acting like a user ----------------------------------------------------------------------


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_routine(qtbot, page, routine_id: str) -> None:
    click_row(qtbot, page.routine_view, page.routine_model.row_of(routine_id))
    assert page.current_routine().id == routine_id


def click(qtbot, widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot, widget, text: str) -> None:
    """Select everything in a field and type over it, as a person would."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box with the arrow keys, as a keyboard user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"no item starting with {text!r}")


def shown_box(dialog, name: str) -> QMessageBox:
    boxes = [b for b in dialog.findChildren(QMessageBox, name) if b.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def step_names(page) -> list[str]:
    return [s.exercise for s in page.current_routine().steps]


def error_of(page, key: str) -> str:
    label = page.findChild(object, f"error_{key}")
    return label.text() if label.isVisible() else ""


# --- the whole story -------------------------------------------------------------------------


def test_edit_a_routine_like_a_user_then_find_it_after_a_restart(qtbot, open_dialog, paths):
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "quick-5")
    assert page.builtin_banner.isVisible() and not page.name_edit.isEnabled()

    click(qtbot, page.duplicate_to_edit)
    assert page.current_routine().id == "my-quick-5"
    assert not page.builtin_banner.isVisible()

    retype(qtbot, page.name_edit, "Morning back")
    assert page.current_routine().name == {"en": "Morning back"}

    # Add a superman after the first step (the selected one).
    click_row(qtbot, page.step_view, 0)
    choose(qtbot, page.add_combo, "Superman")
    click(qtbot, page.add_button)
    assert step_names(page) == ["pelvic-tilt", "superman", "glute-bridge", "childs-pose"]
    assert page.current_step_row() == 1
    assert page.step_form.illustration.pixmap() is not None

    # Reorder with the buttons, and with the keyboard.
    click(qtbot, page.down_button)
    assert step_names(page) == ["pelvic-tilt", "glute-bridge", "superman", "childs-pose"]
    page.step_view.setFocus()
    qtbot.keyClick(page.step_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.step_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert step_names(page) == ["superman", "pelvic-tilt", "glute-bridge", "childs-pose"]
    assert page.current_step_row() == 0

    # Change the superman: 6 reps, both... and slower tempo.
    retype(qtbot, page.step_form.fields["reps"], "6")
    retype(qtbot, page.step_form.fields["tempo.hold_s"], "5")
    superman = page.current_routine().steps[0]
    assert (superman.reps, superman.tempo.hold_s) == (6, 5.0)
    total_before_undo = page.total_label.text()

    # Undo the tempo and the reps (typing in one field is one step back), then redo one.
    click(qtbot, dialog.findChild(object, "undoButton"))
    assert page.current_routine().steps[0].tempo.hold_s == 4.0
    assert page.step_form.fields["tempo.hold_s"].value() == 4.0
    click(qtbot, dialog.findChild(object, "undoButton"))
    assert page.current_routine().steps[0].reps == 8
    assert page.step_form.fields["reps"].value() == 8
    click(qtbot, dialog.findChild(object, "redoButton"))
    assert page.current_routine().steps[0].reps == 6
    assert page.total_label.text() != total_before_undo  # live total follows the edits

    # A value out of bounds is refused with the message beside the field, OK disabled.
    high = int(BOUNDS["rest_after_s"][1])
    retype(qtbot, page.step_form.fields["rest_after_s"], str(high + 100))
    assert error_of(page, "rest_after_s") == f"must be between 0 and {high}"
    assert page.step_form.fields["rest_after_s"].property("invalid") is True
    assert not dialog.ok_button.isEnabled() and not dialog.apply_button.isEnabled()
    assert "fix them" in dialog.status.text()
    # An invalid routine is not saved, whatever is pressed.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert not paths.routines_dir.exists()

    retype(qtbot, page.step_form.fields["rest_after_s"], "20")
    assert error_of(page, "rest_after_s") == ""
    assert dialog.ok_button.isEnabled()

    click(qtbot, dialog.ok_button)
    assert dialog.result() == dialog.DialogCode.Accepted

    # A new library on the same data dir (as a new window would make) finds it.
    saved = new_library(paths).get("my-quick-5")
    assert saved is not None and saved.name == {"en": "Morning back"}
    assert [s.exercise for s in saved.steps] == ["superman", "pelvic-tilt", "glute-bridge",
                                                 "childs-pose"]
    assert (saved.steps[0].reps, saved.steps[0].tempo.hold_s, saved.steps[0].rest_after_s) == (
        6, 4.0, 20)

    # And so does a new process.
    env = {k: v for k, v in os.environ.items() if k != "BACKTIMER_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "backtimer", "--data-dir", str(paths.data_dir),
         "--list-routines"], capture_output=True, text=True, env=env, timeout=60, check=True)
    mine = [line for line in result.stdout.splitlines() if line.startswith("my-quick-5")]
    assert mine and "Morning back" in mine[0], result.stdout


def test_cancel_writes_nothing(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    Settings(paths.settings_file).update({"volume": 60})
    before = snapshot(paths.data_dir)

    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")
    retype(qtbot, page.name_edit, "Renamed")
    click_row(qtbot, page.step_view, 1)
    click(qtbot, page.remove_button)
    click(qtbot, page.new_button)
    sound = dialog.option_pages[0]
    sound.volume.setFocus()
    qtbot.keyClick(sound.volume, Qt.Key.Key_PageUp)
    assert sound.volume.value() == 70
    dialog.confirm_discard = lambda: True  # "Throw away the changes?" Discard
    click(qtbot, dialog.cancel_button)

    assert dialog.result() == dialog.DialogCode.Rejected
    assert snapshot(paths.data_dir) == before


def test_escape_writes_nothing_either(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    before = snapshot(paths.data_dir)
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")
    retype(qtbot, page.step_form.fields["rest_after_s"], "3")
    dialog.confirm_discard = lambda: True  # "Throw away the changes?" Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert snapshot(paths.data_dir) == before


def test_an_empty_name_is_refused_with_a_message(qtbot, open_dialog):
    dialog = open_dialog()
    page = dialog.routines_page
    click(qtbot, page.new_button)
    # "New" puts you in the name field, its text selected to type over.
    assert QApplication.focusWidget() is page.name_edit
    assert page.name_edit.selectedText() == "New routine"
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Backspace)
    assert error_of(page, "name") == "must not be empty"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(page.name_edit, "Evening")
    assert error_of(page, "name") == "" and dialog.ok_button.isEnabled()


def test_removing_every_step_is_refused(qtbot, open_dialog):
    dialog = open_dialog()
    page = dialog.routines_page
    click(qtbot, page.new_button)
    assert len(page.current_routine().steps) == 1
    page.step_view.setFocus()
    qtbot.keyClick(page.step_view, Qt.Key.Key_Delete)
    assert page.current_routine().steps == ()
    assert error_of(page, "steps") == "must have at least one step"
    assert not dialog.ok_button.isEnabled()
    assert not page.preview_button.isEnabled()
    qtbot.keyClick(page.step_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(page.current_routine().steps) == 1 and dialog.ok_button.isEnabled()
    qtbot.keyClick(page.step_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.current_routine().steps == ()


def test_a_problem_in_another_step_is_pointed_at(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")
    click_row(qtbot, page.step_view, 2)
    retype(qtbot, page.step_form.fields["hold_s"], "0")
    assert error_of(page, "hold_s") == "must be between 1 and 600"
    click_row(qtbot, page.step_view, 0)
    assert error_of(page, "hold_s") == ""
    assert "step 3" in error_of(page, "steps")
    index = page.step_model.index(2)
    assert [str(p) for p in page.step_model.data(index, StepListModel.ProblemsRole)] == [
        "steps[2].hold_s: must be between 1 and 600"]
    # Arrows stop at the bounds: they never make a value invalid.
    click_row(qtbot, page.step_view, 2)
    page.step_form.fields["hold_s"].setFocus()
    qtbot.keyClick(page.step_form.fields["hold_s"], Qt.Key.Key_Up)
    assert page.current_routine().steps[2].hold_s == 1
    assert dialog.ok_button.isEnabled()


def test_self_paced_and_modes_switch_the_fields_that_apply(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")
    click_row(qtbot, page.step_view, 0)  # self-paced reps
    assert page.step_form.fields["self_paced"].isChecked()
    assert not page.step_form.fields["tempo.up_s"].isEnabled()
    assert not page.step_form.fields["hold_s"].isEnabled()
    click(qtbot, page.step_form.fields["self_paced"])
    assert page.current_routine().steps[0].tempo == Tempo()
    assert page.step_form.fields["tempo.up_s"].isEnabled()
    choose(qtbot, page.step_form.fields["mode"], "Hold")
    assert page.current_routine().steps[0].mode == "hold"
    assert page.step_form.fields["hold_s"].isEnabled()
    assert not page.step_form.fields["reps"].isEnabled()
    choose(qtbot, page.step_form.fields["sides"], "Left")
    assert page.current_routine().steps[0].sides == "both"
    assert page.step_form.fields["switch_s"].isEnabled()
    # A tempo of zero seconds is refused by the core's rule, shown at the tempo.
    choose(qtbot, page.step_form.fields["mode"], "Rep")
    for key in ("tempo.up_s", "tempo.hold_s", "tempo.down_s"):
        retype(qtbot, page.step_form.fields[key], "0")
    assert error_of(page, "tempo") == "one rep must take at least 0.5\u00a0seconds"
    assert not dialog.ok_button.isEnabled()


def test_builtins_are_read_only(qtbot, open_dialog):
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "full-20")
    for widget in (page.name_edit, page.add_button, page.remove_button, page.up_button,
                   page.delete_button, page.rename_button, page.step_form.fields["hold_s"]):
        assert not widget.isEnabled(), widget.objectName()
    assert page.preview_button.isEnabled() and page.export_button.isEnabled()
    assert not page.step_model.flags(page.step_model.index(1)) & Qt.ItemFlag.ItemIsDragEnabled
    assert not page.step_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    page.step_view.setFocus()
    qtbot.keyClick(page.step_view, Qt.Key.Key_Delete)
    assert len(page.current_routine().steps) == len(catalog.builtin_routine("full-20").steps)
    assert page.undo_stack.count() == 0


def test_drag_to_reorder_goes_through_the_model_and_can_be_undone(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")
    model = page.step_model
    moves = []
    model.rowsMoved.connect(lambda *args: moves.append((args[1], args[4])))
    # What QListView does for an internal move: moveRow(source, before-this-row).
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert step_names(page) == ["glute-bridge", "childs-pose", "pelvic-tilt"]
    assert moves == [(0, 3)]  # a real move: the view keeps its selection
    # And the mime path, as a drop from the same list arrives.
    mime = model.mimeData([model.index(2)])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert step_names(page) == ["pelvic-tilt", "glute-bridge", "childs-pose"]
    click(qtbot, page.findChild(object, "undoButton"))
    assert step_names(page) == ["glute-bridge", "childs-pose", "pelvic-tilt"]
    # A drop from another routine is refused.
    click_routine(qtbot, page, "quick-5")
    foreign = model.mimeData([model.index(0)])
    click_routine(qtbot, page, "mine")
    assert model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert step_names(page) == ["glute-bridge", "childs-pose", "pelvic-tilt"]


def test_diff_steps_finds_the_single_change():
    a, b, c, d = (Step(x) for x in ("superman", "walking", "pelvic-tilt", "glute-bridge"))
    assert diff_steps([a, b, c], [a, b, c]) == ("same",)
    assert diff_steps([a, b, c], [a, d, b, c]) == ("insert", 1)
    assert diff_steps([a, b, c], [a, c]) == ("remove", 1)
    assert diff_steps([a, b, c], [b, c, a]) == ("move", 0, 2)
    assert diff_steps([a, b, c], [c, a, b]) == ("move", 2, 0)
    assert diff_steps([a, b, c], [a, d, c]) == ("change",)
    assert diff_steps([a, b, c], [d]) == ("reset",)


def test_delete_asks_first_and_happens_on_apply(qtbot, open_dialog, paths):
    new_library(paths).save(MINE)
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "mine")

    click(qtbot, page.delete_button)
    box = shown_box(dialog, "confirmDeleteBox")
    assert "Mine" in box.text()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    assert page.routine_model.row_of("mine") >= 0

    click(qtbot, page.delete_button)
    box = shown_box(dialog, "confirmDeleteBox")
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert page.routine_model.row_of("mine") < 0
    assert paths.routines_dir.joinpath("mine.json").is_file()  # not before Apply

    click(qtbot, page.findChild(object, "undoButton"))
    assert page.current_routine().id == "mine"
    click(qtbot, page.findChild(object, "redoButton"))
    assert page.routine_model.row_of("mine") < 0
    click(qtbot, dialog.apply_button)
    assert not paths.routines_dir.joinpath("mine.json").exists()
    assert new_library(paths).get("mine") is None


def test_import_a_bad_file_lists_the_problems_and_adds_nothing(qtbot, open_dialog, paths,
                                                               tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    doc = json.loads(dumps(MINE))
    doc["steps"][2]["hold_s"] = 9000
    doc["steps"][0]["exercise"] = "handstand"
    bad.write_text(json.dumps(doc))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    dialog = open_dialog()
    page = dialog.routines_page
    count = page.routine_model.rowCount()
    click(qtbot, page.import_button)
    box = shown_box(dialog, "importProblemsBox")
    assert "bad.json" in box.text()
    assert "steps[2].hold_s: must be between 1 and 600" in box.informativeText()
    assert "steps[0].exercise: unknown exercise 'handstand'" in box.informativeText()
    assert page.routine_model.rowCount() == count and page.undo_stack.count() == 0
    box.close()


def test_import_a_good_file_under_a_free_id_then_export_it(qtbot, open_dialog, paths,
                                                           tmp_path, monkeypatch):
    new_library(paths).save(MINE)
    shared = tmp_path / "shared.json"
    shared.write_text(dumps(MINE))  # the same id as one already there
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(shared), "")))
    dialog = open_dialog()
    page = dialog.routines_page
    click(qtbot, page.import_button)
    assert page.current_routine().id == "mine-2"
    assert page.current_routine().steps == MINE.steps

    out = tmp_path / "out" / "exported.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(out), "")))
    click(qtbot, page.export_button)
    assert json.loads(out.read_text())["id"] == "mine-2"

    click(qtbot, dialog.ok_button)
    library = new_library(paths)
    assert library.get("mine-2").steps == MINE.steps and library.get("mine") == MINE


def test_preview_asks_for_the_routine_at_the_chosen_speed(qtbot, open_dialog):
    dialog = open_dialog()
    page = dialog.routines_page
    click_routine(qtbot, page, "quick-5")
    choose(qtbot, page.speed_combo, "10")
    with qtbot.waitSignal(dialog.preview_requested, timeout=1000) as signal:
        click(qtbot, page.preview_button)
    routine, speed = signal.args
    assert routine.id == "quick-5" and speed == 10.0


def test_the_dialog_speaks_dutch_for_names(qtbot, open_dialog):
    dialog = open_dialog("nl")
    page = dialog.routines_page
    click_routine(qtbot, page, "quick-5")
    assert "Kort · 5 min" in page.routine_model.data(page.routine_model.index(2))
    assert page.step_model.data(page.step_model.index(1)).startswith("2. Bruggetje")
    click(qtbot, page.duplicate_to_edit)
    assert page.current_routine().name == {"nl": "Copy of Kort · 5 min"}  # untranslated in tests


def test_the_step_shows_the_whole_explanation_with_its_cautions(qtbot, open_dialog):
    dialog = open_dialog("nl")
    page = dialog.routines_page
    click_routine(qtbot, page, "full-20")
    rows = [page.step_model.data(page.step_model.index(row))
            for row in range(page.step_model.rowCount())]
    click_row(qtbot, page.step_view, next(i for i, text in enumerate(rows) if "Foamroller" in text))
    details = page.step_form.details.text()
    assert "naast je wervelkolom" in details and "osteoporose" in details
    assert page.step_form.how_to.text().startswith("Rol rustig over de spieren")


def test_a_routine_file_that_does_not_load_is_left_alone(qtbot, open_dialog, paths):
    paths.routines_dir.mkdir(parents=True)
    broken = paths.routines_dir / "my-routine.json"
    broken.write_bytes(b"{half a rout")
    dialog = open_dialog()
    page = dialog.routines_page
    click(qtbot, page.new_button)
    assert page.current_routine().id == "my-routine-2"  # never takes the broken file's name
    qtbot.keyClicks(page.name_edit, "Fresh")
    click(qtbot, dialog.ok_button)
    assert broken.read_bytes() == b"{half a rout"
    assert new_library(paths).get("my-routine-2").name == {"en": "Fresh"}


def test_a_failed_save_says_so_and_keeps_the_edits(qtbot, open_dialog, paths):
    paths.data_dir.mkdir(parents=True)
    paths.routines_dir.write_text("a file where the folder should be")
    dialog = open_dialog()
    page = dialog.routines_page
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.name_edit, "Kept")
    click(qtbot, dialog.ok_button)
    box = shown_box(dialog, "saveFailedBox")
    assert "could not be saved" in box.text()
    assert dialog.isVisible() and page.current_routine().name == {"en": "Kept"}
    box.close()


@pytest.mark.parametrize("box_class, bound, top", [
    (BoundedSpinBox, "hold_s", 600), (BoundedDoubleSpinBox, "tempo.hold_s", 60.0)])
def test_the_arrows_of_both_number_boxes_stop_at_the_bounds(qtbot, box_class, bound, top):
    box = box_class(bound)
    qtbot.addWidget(box)
    box.setValue(top)
    assert not box.stepEnabled() & QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
    box.stepBy(3)
    assert box.value() == top
    box.setValue(top + 50)  # typed past the top: taken as typed, for the validator to refuse
    assert box.value() == top + 50
    box.stepBy(-1)  # the first arrow brings it back within the bounds
    assert box.value() == top


@pytest.fixture
def dutch(qapp):
    """The interface in Dutch, as ``--lang nl`` sets it up (the app's own translators)."""
    from PySide6.QtCore import QTranslator

    from backtimer.ui.translations import install_translators

    before = set(qapp.findChildren(QTranslator))
    install_translators(qapp, "nl")
    yield
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    install_translators(qapp, "en")


def test_a_bad_value_is_refused_in_dutch_beside_its_field(qtbot, open_dialog, paths, dutch):
    new_library(paths).save(MINE)
    dialog = open_dialog("nl")
    page = dialog.routines_page
    # The page's parts (its layout, the step form) are all in Dutch.
    assert page.new_button.text() == "Nieuw" and page.preview_button.text() == "Voorvertoning"
    assert page.step_form.fields["hold_s"].accessibleName() == "Houdtijd"
    click_routine(qtbot, page, "mine")
    click_row(qtbot, page.step_view, 2)  # the child's pose, a hold
    retype(qtbot, page.step_form.fields["hold_s"], "0")
    assert error_of(page, "hold_s") == "moet tussen 1 en 600 liggen"
    assert page.step_form.fields["hold_s"].property("invalid") is True
    # Only that field: its neighbours and the routine's own fields stay clean.
    for key in ("reps", "sets", "rest_after_s", "tempo", "exercise"):
        assert error_of(page, key) == "", key
    assert error_of(page, "name") == "" and error_of(page, "steps") == ""
    assert not dialog.ok_button.isEnabled()
    # The list marks the step, its tooltip in Dutch too (the path stays the file's).
    tooltip = page.step_model.data(page.step_model.index(2), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "steps[2].hold_s: moet tussen 1 en 600 liggen"
    # From another step the message points at step 3.
    click_row(qtbot, page.step_view, 1)
    assert error_of(page, "hold_s") == ""
    assert error_of(page, "steps") == "Kijk ook naar stap 3 (gemarkeerd in de lijst)."
    # A tempo too short: at the tempo, its number written the Dutch way.
    for key in ("tempo.up_s", "tempo.hold_s", "tempo.down_s"):
        retype(qtbot, page.step_form.fields[key], "0")
    assert error_of(page, "tempo") == "één herhaling moet minstens 0,5\u00a0seconden duren"
    # An empty name: under the name.
    retype(qtbot, page.name_edit, "")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Backspace)
    assert error_of(page, "name") == "mag niet leeg zijn"


@pytest.mark.parametrize("kind", ["/dev/zero", "fifo"])
def test_import_of_a_device_or_a_fifo_is_refused_at_once(qtbot, open_dialog, tmp_path,
                                                        monkeypatch, kind):
    """Issue 15 item 24: the file's kind is checked before a single byte is read."""
    import os

    source = kind
    if kind == "fifo":
        source = str(tmp_path / "pipe.json")
        os.mkfifo(source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (source, "")))
    dialog = open_dialog()
    page = dialog.routines_page
    count = page.routine_model.rowCount()
    click(qtbot, page.import_button)
    box = shown_box(dialog, "importProblemsBox")
    assert "it is not a regular file" in box.text()
    assert page.routine_model.rowCount() == count
    box.close()
