"""The preference pages of the settings dialog: load, change by keyboard and mouse, save."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from backtimer.core import catalog
from backtimer.core.preferences import OPTIONS, defaults
from backtimer.storage.paths import resolve_paths
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import FORMAT, Settings
from backtimer.ui.settings.dialog import SettingsDialog

# The preferences the issue puts in the dialog (others, like window geometry, are not).
IN_DIALOG = {"sounds_enabled", "volume", "voice_enabled", "voice_name", "say_movements",
             "count_reps_aloud", "cue_latency_ms",
             "lead_in_s", "weekly_goal", "week_start", "day_start_hour", "pain_checkins",
             "keep_screen_on", "theme", "countdown_scale", "language", "reminder_enabled",
             "reminder_time", "reminder_weekdays", "start_minimized_at_login",
             "sync_folder"}


@pytest.fixture
def paths(data_dir):
    return resolve_paths(data_dir)


@pytest.fixture
def open_dialog(qtbot, paths):
    def make(lang="en"):
        library = RoutineLibrary(paths.routines_dir, catalog.BUILTIN_ROUTINES, catalog.EXERCISES)
        dialog = SettingsDialog(Settings(paths.settings_file), library, lang,
                                tts_engine="mock")
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog
    return make


def page_named(dialog, name):
    return next(p for p in dialog.option_pages if p.objectName() == name)


def show_tab(qtbot, dialog, title):
    bar = dialog.tabs.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def retype(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_every_option_has_a_widget_showing_its_stored_value(open_dialog, paths):
    dialog = open_dialog()
    shown = {}
    for page in dialog.option_pages:
        shown.update(page.values())
    assert set(shown) == IN_DIALOG
    assert shown == {k: v for k, v in defaults().items() if k in shown}
    assert {o.key for o in OPTIONS} >= IN_DIALOG


def test_pages_change_by_keyboard_and_mouse_and_apply_writes_once(qtbot, open_dialog, paths):
    dialog = open_dialog()
    show_tab(qtbot, dialog, "Workout")
    workout = page_named(dialog, "workoutPage")
    retype(qtbot, workout.findChild(object, "option_weekly_goal"), "5")
    week_start = workout.findChild(object, "option_week_start")
    week_start.setFocus()
    qtbot.keyClick(week_start, Qt.Key.Key_End)
    assert week_start.currentText() == "Sunday"
    check = workout.findChild(object, "option_pain_checkins")
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert not check.isChecked()

    show_tab(qtbot, dialog, "Sound and voice")
    sound = page_named(dialog, "soundPage")
    sound.volume.setFocus()
    qtbot.keyClick(sound.volume, Qt.Key.Key_PageDown)
    retype(qtbot, sound.latency, "120")

    show_tab(qtbot, dialog, "Appearance and language")
    appearance = page_named(dialog, "appearancePage")
    language = appearance.findChild(object, "option_language")
    language.setFocus()
    qtbot.keyClick(language, Qt.Key.Key_End)
    assert language.currentText() == "Nederlands"
    assert "next time you start" in appearance.findChild(object, "restartNote").text()

    assert not paths.settings_file.exists()  # nothing yet
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    expected = {"weekly_goal": 5, "week_start": 6, "pain_checkins": False, "volume": 70,
                "cue_latency_ms": 120, "language": "nl"}
    assert saved.args == [expected]
    stored = Settings(paths.settings_file)
    assert {k: stored[k] for k in expected} == expected
    assert stored.problems == []
    # Applying again with nothing changed writes nothing.
    before = paths.settings_file.read_bytes()
    with qtbot.assertNotEmitted(dialog.settings_saved):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert paths.settings_file.read_bytes() == before


def test_a_corrupt_settings_file_opens_with_defaults_and_saves_a_good_one(
        qtbot, open_dialog, paths):
    paths.data_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(b'{"volume": 40, "weekly_goal": ')
    dialog = open_dialog()
    assert dialog.settings.problems and "damaged" in dialog.settings.problems[0]
    sound = page_named(dialog, "soundPage")
    assert sound.volume.value() == 80
    show_tab(qtbot, dialog, "Sound and voice")
    sound.volume.setFocus()
    qtbot.keyClick(sound.volume, Qt.Key.Key_PageDown)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert json.loads(paths.settings_file.read_text())["volume"] == 70
    assert paths.settings_file.with_name("settings.json.bak").read_bytes() == (
        b'{"volume": 40, "weekly_goal": ')


def test_a_newer_settings_file_keeps_its_keys_through_the_dialog(qtbot, open_dialog, paths):
    paths.data_dir.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({
        "format": FORMAT, "version": 9, "weekly_goal": 4, "cloud_sync": {"on": True}}))
    dialog = open_dialog()
    assert dialog.settings.problems == []
    workout = page_named(dialog, "workoutPage")
    assert workout.findChild(object, "option_weekly_goal").value() == 4
    retype(qtbot, workout.findChild(object, "option_lead_in_s"), "12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    stored = json.loads(paths.settings_file.read_text())
    assert stored["cloud_sync"] == {"on": True} and stored["version"] == 9
    assert stored["lead_in_s"] == 12 and stored["weekly_goal"] == 4


def test_voices_come_from_the_speech_engine(qtbot, open_dialog):
    dialog = open_dialog()
    show_tab(qtbot, dialog, "Sound and voice")
    sound = page_named(dialog, "soundPage")
    # The engine answers from its own process; the page is usable meanwhile.
    qtbot.waitUntil(lambda: sound.voice.count() > 1, timeout=15000)
    names = [sound.voice.itemText(i) for i in range(sound.voice.count())]
    assert names[0] == "System default"
    assert {"Bob", "Anne"} <= set(names), names
    sound.voice.setFocus()
    qtbot.keyClick(sound.voice, Qt.Key.Key_End)
    chosen = sound.voice.currentText()
    assert sound.changes() == {"voice_name": chosen}


def test_a_saved_voice_that_is_gone_stays_chosen(qtbot, paths, open_dialog):
    Settings(paths.settings_file).update({"voice_name": "Karen (old laptop)"})
    dialog = open_dialog()
    show_tab(qtbot, dialog, "Sound and voice")
    sound = page_named(dialog, "soundPage")
    assert sound.voice.currentText() == "Karen (old laptop)"
    assert sound.changes() == {}


# Qt's PulseAudio backend logs this on a machine without a sound server (like CI); the page
# itself says so in words, which is what the test checks.
@pytest.mark.qt_log_ignore("PulseAudioService")
def test_test_sound_and_calibration_never_crash_without_audio(qtbot, open_dialog):
    dialog = open_dialog()
    show_tab(qtbot, dialog, "Sound and voice")
    sound = page_named(dialog, "soundPage")
    qtbot.mouseClick(sound.test_button, Qt.MouseButton.LeftButton)
    # This machine may or may not have a sound output; either way it says so or plays.
    status = sound.findChild(object, "soundStatus").text()
    assert status in ("", "No sound output was found on this computer.")
    retype(qtbot, sound.latency, "0")
    qtbot.mouseClick(sound.calibrate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: sound.flash.property("lit") is True, timeout=1000)
    qtbot.waitUntil(lambda: sound.flash.property("lit") is False, timeout=1000)


def test_first_day_of_week_in_dutch(open_dialog):
    dialog = open_dialog("nl")
    workout = page_named(dialog, "workoutPage")
    combo = workout.findChild(object, "option_week_start")
    assert [combo.itemText(i) for i in (0, 6)] == ["Maandag", "Zondag"]


def test_ok_is_the_only_way_in_and_cancel_changes_nothing(qtbot, open_dialog, paths):
    Settings(paths.settings_file).update({"weekly_goal": 2})
    before = paths.settings_file.read_bytes()
    dialog = open_dialog()
    workout = page_named(dialog, "workoutPage")
    retype(qtbot, workout.findChild(object, "option_weekly_goal"), "7")
    dialog.confirm_discard = lambda: True  # "Throw away the changes?" Discard
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert paths.settings_file.read_bytes() == before
    assert dialog.settings["weekly_goal"] == 2
