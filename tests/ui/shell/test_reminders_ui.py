"""Reminders in the app: the scheduler on a fake wall clock, the tray, the page, login entry."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import shutil
import subprocess

import pytest
from helpers.stubs import FakeNow
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QTimeEdit

from backtimer.cli import parse
from backtimer.core import catalog
from backtimer.core.clock import FakeClock
from backtimer.storage import autostart
from backtimer.storage.history import HistoryStore, StepRecord
from backtimer.storage.routine_library import RoutineLibrary
from backtimer.storage.settings_store import Settings
from backtimer.ui.player.runner import SessionRunner
from backtimer.ui.settings.pages.reminders import RemindersPage
from backtimer.ui.shell.main_window import MainWindow
from backtimer.ui.shell.reminder_scheduler import LATE_GRACE, MAX_WAIT_MS, ReminderScheduler
from backtimer.ui.shell.tray import TRAY_POLL_MS, TRAY_WAIT_MS, Tray, TrayController
from backtimer.workout.workout import Workout

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
WED = dt.date(2026, 11, 25)
# The offscreen platform has no tray; showing an icon there makes Qt say so. Only the tests
# that pretend a tray exists (to test what happens with one) see this line.
NO_TRAY_WINDOW = "QObject::connect: No such signal QPlatformNativeInterface::systemTrayWindow"


def at(day: dt.date, hh: int, mm: int = 0, ss: float = 0.0, tz=CET) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz) + dt.timedelta(
        seconds=ss)


@pytest.fixture
def now():
    return FakeNow(at(WED, 6))


@pytest.fixture
def settings(tmp_path):
    settings = Settings(tmp_path / "config" / "settings.json")
    settings.update({"reminder_enabled": True, "reminder_time": "07:30",
                     "safety_notice_seen": True})
    return settings


@pytest.fixture
def store(tmp_path, now):
    store = HistoryStore(tmp_path / "history.sqlite3", None, now=now)
    yield store
    store.close()


@pytest.fixture
def library(tmp_path):
    return RoutineLibrary(tmp_path / "routines", catalog.BUILTIN_ROUTINES, catalog.EXERCISES)


@pytest.fixture
def owner(qtbot):
    parent = QObject()
    yield parent
    parent.deleteLater()


def complete(store, started: dt.datetime, routine="quick-5", state="completed") -> None:
    session = store.start_session(routine, "Quick 5", started)
    store.add_step(session, StepRecord(0, "glute-bridge", True, 300, 10, 1),
                   at=started + dt.timedelta(minutes=5))
    store.finish_session(session, state, ended_at=started + dt.timedelta(minutes=5))


@pytest.fixture
def scheduler(settings, store, now, owner):
    made = ReminderScheduler(settings, store, owner, now=now)
    fired = []
    made.reminder_fired.connect(lambda: fired.append(now()))
    made.fired = fired
    yield made
    made.stop()


# --- the scheduler ------------------------------------------------------------------------------

def test_waits_in_capped_steps_and_reminds_at_the_time(scheduler, now):
    scheduler.rearm()
    assert scheduler.due == at(WED, 7, 30)
    # 90 minutes away, but it never waits more than a few minutes without looking at the clock.
    assert scheduler.timer.isActive() and scheduler.timer.interval() == MAX_WAIT_MS + 1
    now.moment = at(WED, 7, 28)
    assert not scheduler.check()
    assert scheduler.due == at(WED, 7, 30) and scheduler.timer.interval() == 120_000 + 1
    now.moment = at(WED, 7, 30, 0.05)
    assert scheduler.check()
    assert scheduler.fired == [at(WED, 7, 30, 0.05)]
    assert scheduler.due == at(WED + dt.timedelta(1), 7, 30)  # tomorrow's


def test_a_timer_a_moment_early_reminds_once(scheduler, now):
    scheduler.rearm()
    now.moment = at(WED, 7, 29, 59.6)
    assert scheduler.check()
    assert scheduler.due == at(WED + dt.timedelta(1), 7, 30)
    assert not scheduler.check()  # the same moment again: nothing more today
    assert len(scheduler.fired) == 1


def test_a_day_with_a_completed_session_is_skipped(scheduler, store, now):
    complete(store, at(WED, 5))
    scheduler.rearm()
    assert scheduler.due == at(WED + dt.timedelta(1), 7, 30)


def test_a_session_done_after_arming_still_skips_the_reminder(scheduler, store, now):
    scheduler.rearm()
    complete(store, at(WED, 7))
    now.moment = at(WED, 7, 30)
    assert not scheduler.check()
    assert scheduler.fired == []
    assert scheduler.due == at(WED + dt.timedelta(1), 7, 30)


def test_a_stopped_session_does_not_count_as_done(scheduler, store, now):
    complete(store, at(WED, 5), state="stopped")
    scheduler.rearm()
    assert scheduler.due == at(WED, 7, 30)


def test_snooze_reminds_thirty_minutes_later_then_the_plan_goes_on(scheduler, now):
    scheduler.rearm()
    now.moment = at(WED, 7, 30)
    assert scheduler.check()
    now.moment = at(WED, 7, 31)
    scheduler.snooze()
    assert scheduler.is_snoozed and scheduler.due == at(WED, 8, 1)
    now.moment = at(WED, 7, 59)
    assert not scheduler.check()
    assert scheduler.due == at(WED, 8, 1)  # a snooze is not re-planned away
    now.moment = at(WED, 8, 1)
    assert scheduler.check()
    assert len(scheduler.fired) == 2
    assert not scheduler.is_snoozed and scheduler.due == at(WED + dt.timedelta(1), 7, 30)


def test_a_snoozed_reminder_is_dropped_once_the_workout_is_done(scheduler, store, now):
    scheduler.rearm()
    now.moment = at(WED, 7, 30)
    scheduler.check()
    scheduler.snooze()
    complete(store, at(WED, 7, 45))
    now.moment = at(WED, 8, 0)
    assert not scheduler.check()
    assert len(scheduler.fired) == 1


def test_after_sleep_a_little_late_reminds_much_too_late_does_not(scheduler, now):
    scheduler.rearm()
    now.moment = at(WED, 7, 30) + LATE_GRACE - dt.timedelta(minutes=1)  # woke at 09:29
    assert scheduler.check()
    scheduler.due = at(WED + dt.timedelta(1), 7, 30)
    now.moment = at(WED + dt.timedelta(1), 7, 30) + LATE_GRACE + dt.timedelta(minutes=1)
    assert not scheduler.check()
    assert len(scheduler.fired) == 1
    assert scheduler.due == at(WED + dt.timedelta(2), 7, 30)


def test_a_clock_change_is_followed_when_the_timer_fires_early(scheduler, now):
    scheduler.rearm()
    assert scheduler.due == at(WED, 7, 30, tz=CET)
    # The offset changes (daylight saving, or travel): 07:30 is now 07:30 of the new offset.
    now.moment = at(WED, 6, 5, tz=CEST)
    assert not scheduler.check()
    assert scheduler.due == at(WED, 7, 30, tz=CEST)
    # The clock is set back a day: the plan follows it.
    now.moment = at(WED - dt.timedelta(1), 7, 0, tz=CEST)
    scheduler.check()
    assert scheduler.due == at(WED - dt.timedelta(1), 7, 30, tz=CEST)


def test_off_or_no_weekday_means_no_timer(scheduler, settings):
    settings.update({"reminder_weekdays": 0})
    scheduler.rearm()
    assert scheduler.due is None and not scheduler.timer.isActive()
    settings.update({"reminder_weekdays": 0b1111111, "reminder_enabled": False})
    scheduler.rearm()
    assert scheduler.due is None and not scheduler.timer.isActive()
    assert not scheduler.check()


def test_a_reminder_before_the_day_starts_counts_for_the_day_before(scheduler, settings, store,
                                                                   now):
    settings.update({"reminder_time": "01:00", "day_start_hour": 3})
    complete(store, at(WED, 23))  # Wednesday's workout, late in the evening
    now.moment = at(WED, 23, 30)
    scheduler.rearm()
    # Thursday 01:00 is still Wednesday for the statistics: done, so Friday 01:00.
    assert scheduler.due == at(WED + dt.timedelta(2), 1)


# --- the tray menu ------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, settings, library, store, owner, now):
    # Wired by hand, not by the composition root: these tests build their own tray controller
    # (with or without a tray), which the composition root would build a second time.
    runner = SessionRunner(FakeClock(), owner, now=now)
    workout = Workout(runner, settings, owner, now=now, lang="en")
    workout.attach_history(store)
    made = MainWindow(runner=runner, workout=workout, library=library, settings=settings,
                      store=store, lang="en", now=now)
    qtbot.addWidget(made)
    yield made
    runner.stop()


def test_the_tray_menu_offers_routines_the_streak_later_show_and_quit(qtbot, window, settings,
                                                                       library, store, now,
                                                                       owner):
    complete(store, at(WED - dt.timedelta(1), 7))
    complete(store, at(WED, 5))
    from backtimer.storage.history import weekly_summary

    tray = Tray(library.routines, "en", lambda: weekly_summary(store, settings, now()), window,
                owner)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator() and a.isVisible()]
    assert texts == ["Start a routine", "Streak: 2\u00a0days", "This week: 2 of 3\u00a0sessions",
                     "Show window", "Quit"]
    assert not tray.streak_action.isEnabled()  # information, not a command
    routines = tray.routines_menu.actions()
    assert [a.text() for a in routines] == [r.name["en"] for r in catalog.BUILTIN_ROUTINES]
    with qtbot.waitSignal(tray.routine_chosen) as chosen:
        routines[1].trigger()
    assert chosen.args[0].id == catalog.BUILTIN_ROUTINES[1].id

    tray.show_reminder()
    assert tray.snooze_action.isVisible()
    assert tray.snooze_action.text() == "Remind me in 30\u00a0minutes"
    with qtbot.waitSignal(tray.snooze_chosen):
        tray.snooze_action.trigger()
    with qtbot.waitSignal(tray.quit_chosen):
        tray.quit_action.trigger()
    with qtbot.waitSignal(tray.message_clicked):
        tray.icon.messageClicked.emit()
    with qtbot.waitSignal(tray.window_requested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert not tray.icon.icon().isNull()  # the app icon, from the compiled resources

    # A new day with no workout yet: the streak still stands (yesterday counted).
    now.moment = at(WED + dt.timedelta(1), 9)
    tray.refresh()
    assert tray.streak_action.text() == "Streak: 2\u00a0days"
    now.moment = at(WED + dt.timedelta(3), 9)
    tray.refresh()
    assert tray.streak_action.text() == "No streak yet"


def test_the_tray_says_when_the_next_reminder_comes(window, library, owner):
    tray = Tray(library.routines, "en", lambda: None, window, owner)
    assert tray.streak_action.text() == "The history is not available"
    tray.show_next(at(WED, 7, 30), WED)
    assert tray.icon.toolTip() == "backtimer: next reminder 07:30"
    tray.show_next(at(WED + dt.timedelta(1), 7, 30), WED)
    assert tray.icon.toolTip() == "backtimer: next reminder Thu 07:30"
    tray.show_next(None, WED)
    assert tray.icon.toolTip() == "backtimer"


# --- the controller: no tray here (offscreen), for real -----------------------------------------

@pytest.fixture
def make_controller(window, settings, library, store, now, owner, tmp_path):
    quits = []

    def make(**kwargs):
        kwargs.setdefault("environ", {"XDG_CONFIG_HOME": str(tmp_path / "xdg"),
                                      "HOME": str(tmp_path / "home")})
        controller = TrayController(window, settings, library, store, "en", owner, now=now,
                                    command=["/opt/backtimer/bin/backtimer"],
                                    quit_app=lambda: quits.append(True), **kwargs)
        window.settings_saved.connect(controller.apply_settings)
        controller.quits = quits
        return controller

    return make


def test_offscreen_has_no_tray_so_the_no_tray_path_is_real(make_controller):
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    controller = make_controller()
    assert not controller.available and not controller.tray.icon.isVisible()
    assert not controller.keeps_running()


def test_without_a_tray_the_reminder_comes_as_a_box_with_start_and_later(qtbot, window,
                                                                         make_controller,
                                                                         store, now):
    complete(store, at(WED - dt.timedelta(7), 7), routine="full-20")
    window.show()
    controller = make_controller()
    now.moment = at(WED, 7, 30)
    controller.scheduler.check()
    box = window.findChild(QMessageBox, "reminderBox")
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.text() == "Time for your back routine"
    later = box.findChild(object, "reminderLaterButton")
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    assert controller.scheduler.is_snoozed and controller.scheduler.due == at(WED, 8)
    qtbot.waitUntil(lambda: controller.reminder_box is None)

    now.moment = at(WED, 8)
    controller.scheduler.check()
    box = controller.reminder_box
    qtbot.mouseClick(box.findChild(object, "reminderStartButton"), Qt.MouseButton.LeftButton)
    # Start opens the player, ready, on the routine they did last.
    assert window.stack.currentWidget() is window.player
    assert window.runner.routine.id == "full-20"
    assert window.isVisible()
    assert controller.scheduler.due == at(WED + dt.timedelta(1), 7, 30)


def test_without_a_tray_or_window_a_due_reminder_shows_nothing(make_controller, window, now):
    controller = make_controller()
    now.moment = at(WED, 7, 30)
    assert controller.scheduler.check()  # it was due …
    assert controller.reminder_box is None  # … but there is nowhere to show it


def test_no_reminder_during_a_workout(make_controller, window, now, library):
    window.show()
    controller = make_controller()
    window.open_player(library.get("quick-5"))
    window.runner.start()
    now.moment = at(WED, 7, 30)
    controller.scheduler.check()
    assert controller.reminder_box is None


def test_closing_without_a_tray_quits_as_before(make_controller, window):
    window.show()
    controller = make_controller()
    assert window.close()  # accepted: the app ends as it always did
    assert not window.isVisible() and controller.quits == []


def test_minimized_without_a_tray_shows_the_window_after_waiting_for_one(make_controller,
                                                                         window):
    controller = make_controller()
    controller.start_hidden()
    assert not window.isVisible() and controller._tray_wait.isActive()
    for _ in range(TRAY_WAIT_MS // TRAY_POLL_MS - 1):
        controller._poll_tray()
    assert not window.isVisible()
    controller._poll_tray()
    assert window.isVisible() and not controller._tray_wait.isActive()


def test_the_minimized_option_parses():
    assert parse(["--minimized"]).minimized
    assert not parse([]).minimized


# --- with a tray (pretended: the icon is shown on a platform without one) ----------------------

@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_with_a_tray_closing_keeps_running_and_says_so_once(make_controller, window, settings,
                                                            library):
    window.show()
    controller = make_controller(available=True)
    assert controller.tray.icon.isVisible()
    window.open_player(library.get("quick-5"))
    window.runner.start()
    assert not window.close()  # refused: it hides instead
    assert not window.isVisible()
    assert window.runner.session.state.value == "paused"  # the workout waits for them
    assert settings["tray_notice_seen"]
    assert Settings(settings.path)["tray_notice_seen"]  # written: said once, not every time

    controller.show_window()
    assert window.isVisible()
    controller.tray.quit_action.trigger()
    assert not window.isVisible() and controller.quits == [True]
    assert not controller.tray.icon.isVisible()


@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_with_a_tray_the_windows_quit_still_quits(make_controller, window):
    from PySide6.QtGui import QAction

    window.show()
    controller = make_controller(available=True)
    window.findChild(QAction, "quitAction").trigger()
    assert not window.isVisible() and controller.quits == [True]
    assert not controller.tray.icon.isVisible()


@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_with_a_tray_the_reminder_is_a_notification_with_later_in_the_menu(make_controller,
                                                                           window, now):
    controller = make_controller(available=True)
    controller.start_hidden()
    assert not window.isVisible() and controller.tray.icon.isVisible()
    now.moment = at(WED, 7, 30)
    controller.scheduler.check()
    assert controller.reminder_box is None and controller.tray.snooze_action.isVisible()
    now.moment = at(WED, 7, 35)
    controller.tray.snooze_action.trigger()
    assert controller.scheduler.due == at(WED, 8, 5)
    assert not controller.tray.snooze_action.isVisible()
    controller.tray.icon.messageClicked.emit()  # the notification clicked: Start
    assert window.isVisible() and window.stack.currentWidget() is window.player
    assert window.runner.routine.id == catalog.BUILTIN_ROUTINES[0].id  # no history: the first


@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_reminders_off_hides_the_icon_and_closing_quits(make_controller, window, settings):
    controller = make_controller(available=True)
    settings.update({"reminder_enabled": False})
    controller.apply_settings({"reminder_enabled": False})
    assert not controller.tray.icon.isVisible()
    assert controller.scheduler.due is None
    window.show()
    assert window.close()


# --- the login entry ----------------------------------------------------------------------------

def test_the_login_entry_is_written_and_removed_with_the_setting(make_controller, settings,
                                                                 tmp_path):
    controller = make_controller(data_dir=tmp_path / "my data")
    entry = tmp_path / "xdg" / "autostart" / "io.github.backtimer.backtimer.desktop"
    settings.update({"start_minimized_at_login": True})
    controller.apply_settings({"start_minimized_at_login": True})
    text = entry.read_text()
    assert "Type=Application\n" in text
    line = next(x for x in text.splitlines() if x.startswith("Exec="))
    assert line == f'Exec=/opt/backtimer/bin/backtimer --minimized --data-dir "{tmp_path}/my data"'
    assert not list(entry.parent.glob(".*.tmp"))  # written atomically, nothing left over
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                                text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    settings.update({"start_minimized_at_login": False})
    controller.apply_settings({"start_minimized_at_login": False})
    assert not entry.exists()
    assert autostart.disable(controller.environ) is False  # already gone: fine


def test_a_login_entry_that_cannot_be_written_is_said_plainly(qtbot, make_controller, window,
                                                              settings, tmp_path):
    blocker = tmp_path / "xdg"
    blocker.write_text("a file where the folder should be")
    controller = make_controller()
    settings.update({"start_minimized_at_login": True})
    assert not controller.sync_autostart()
    box = window.findChild(QMessageBox, "autostartFailedBox")
    assert box is not None and "could not be changed" in box.text()
    box.close()


def test_the_default_login_entry_goes_to_the_users_config(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = autostart.enable(["backtimer"])
    assert path == tmp_path / "cfg" / "autostart" / "io.github.backtimer.backtimer.desktop"
    assert "Exec=backtimer --minimized\n" in path.read_text()
    assert autostart.is_enabled() and autostart.disable() and not autostart.is_enabled()
    # A relative XDG_CONFIG_HOME is ignored, as the spec says.
    assert autostart.autostart_dir({"XDG_CONFIG_HOME": "rel", "HOME": "/h"}) == \
        autostart.Path("/h/.config/autostart")


@pytest.mark.parametrize(("argument", "written"), [
    ("/usr/bin/backtimer", "/usr/bin/backtimer"),
    ("/home/an/My Data", '"/home/an/My Data"'),
    ('/x/"q"$`', '"/x/\\\\"q\\\\"\\\\$\\\\`"'),
    ("/x/back\\slash", '"/x/back\\\\\\\\slash"'),
    ("/x/100%", "/x/100%%"),
    ("", '""'),
])
def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says(argument, written):
    assert autostart.exec_line([argument]) == written


def test_the_program_prefers_an_absolute_console_script(monkeypatch, tmp_path):
    script = tmp_path / "bin" / "backtimer"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(script.parent))
    assert autostart.program() == [str(script)]
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert autostart.program()[1:] == ["-m", "backtimer"]


# --- the settings page --------------------------------------------------------------------------

def make_page(qtbot, settings, **kwargs):
    page = RemindersPage(settings, "en", None, **kwargs)
    qtbot.addWidget(page)
    page.load()
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def test_the_page_loads_and_reports_changes(qtbot, settings):
    settings.update({"reminder_weekdays": 0b0011111, "week_start": 6})
    page = make_page(qtbot, settings)
    assert page.changes() == {}
    assert page.time_edit.time() == QTime(7, 30)
    # Sunday first, as this user's week starts.
    boxes = page.days_row.findChildren(type(page.enabled_box))
    assert [b.text() for b in boxes] == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert [b.isChecked() for b in boxes] == [False, True, True, True, True, True, False]
    assert boxes[0].accessibleName() == "Sunday"

    page.time_edit.setFocus()
    for section, digits in ((QTimeEdit.Section.HourSection, "18"),
                            (QTimeEdit.Section.MinuteSection, "15")):
        page.time_edit.setSelectedSection(section)  # as a click on the hours, the minutes
        qtbot.keyClicks(page.time_edit, digits)
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    boxes[5].setFocus()
    qtbot.keyClick(boxes[5], Qt.Key.Key_Space)
    qtbot.mouseClick(page.login_box, Qt.MouseButton.LeftButton)
    assert page.changes() == {"reminder_time": "18:15", "reminder_weekdays": 0b1001111,
                              "start_minimized_at_login": True}
    assert settings["reminder_time"] == "07:30"  # nothing written by the page


def test_turning_reminders_off_greys_time_and_days_and_no_day_is_explained(qtbot, settings):
    page = make_page(qtbot, settings)
    assert page.time_edit.isEnabled() and page.days_row.isEnabled()
    for box in page.day_boxes.values():
        box.setChecked(False)
    assert page.no_day_note.isVisible()
    assert "no reminder will come" in page.no_day_note.text()
    # On the box itself: the row is wider than the check box's text.
    qtbot.mouseClick(page.enabled_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, page.enabled_box.height() // 2))
    assert not page.time_edit.isEnabled() and not page.days_row.isEnabled()
    assert not page.no_day_note.isVisible()
    assert page.changes() == {"reminder_enabled": False, "reminder_weekdays": 0}


def test_without_a_tray_the_page_explains_and_still_lets_them_set_it(qtbot, settings):
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    page = make_page(qtbot, settings)  # asks Qt: no tray offscreen
    assert page.no_tray_note is not None and page.no_tray_note.isVisible()
    assert "need backtimer running with an icon in the tray" in page.no_tray_note.text()
    assert page.enabled_box.isEnabled() and page.time_edit.isEnabled()
    with_tray = make_page(qtbot, settings, tray_available=True)
    assert with_tray.findChild(object, "noTrayNote") is None


def test_where_autostart_is_not_a_thing_the_login_option_is_hidden(qtbot, settings):
    page = make_page(qtbot, settings, autostart_supported=False)
    assert not page.login_box.isVisible() and not page.login_note.isVisible()
    assert not autostart.supported("win32") and not autostart.supported("darwin")
    assert autostart.supported("linux")


def test_the_page_in_dutch(qtbot, settings):
    page = RemindersPage(settings, "nl", None)
    qtbot.addWidget(page)
    assert [b.text() for b in page.day_boxes.values()][:2] == ["ma", "di"]


# --- through the settings dialog of the main window ---------------------------------------------

def test_saving_in_the_settings_dialog_reaches_the_reminder_and_the_login_entry(
        qtbot, make_controller, window, settings, now, tmp_path):
    window.show()
    controller = make_controller()
    assert controller.scheduler.due == at(WED, 7, 30)
    seen = []

    def edit_and_accept():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        tabs = dialog.tabs
        index = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Reminders")
        tabs.setCurrentIndex(index)
        page = next(p for p in dialog.option_pages if p.objectName() == "remindersPage")
        page.time_edit.setTime(QTime(6, 45))
        page.login_box.setChecked(True)
        dialog.ok_button.click()

    QTimer.singleShot(0, edit_and_accept)
    window.open_settings()
    assert seen == ["settingsDialog"]
    assert Settings(settings.path)["reminder_time"] == "06:45"
    assert controller.scheduler.due == at(WED, 6, 45)
    entry = tmp_path / "xdg" / "autostart" / "io.github.backtimer.backtimer.desktop"
    assert "--minimized" in entry.read_text()


def test_the_close_filter_ignores_other_objects_and_events(make_controller, window):
    controller = make_controller()
    assert not controller.eventFilter(window, QEvent(QEvent.Type.Show))
    assert not controller.eventFilter(controller, QCloseEvent())


def test_a_history_that_cannot_be_read_is_said_in_the_tray_menu(make_controller, store):
    """A damaged database: the tray's menu says why there is no streak, in plain words."""
    for day in range(300):
        complete(store, at(WED - dt.timedelta(days=day + 1), 7))
    controller = make_controller()
    assert controller.tray.streak_action.text().startswith("Streak")
    damage_while_open(store)
    controller.tray.menu.aboutToShow.emit()  # the menu is read again as it opens
    assert controller.tray.streak_action.text() == (
        "The history could not be read: the history database is damaged; start backtimer again "
        "to set it aside and begin a new one")
    assert not controller.tray.week_action.isVisible()


def damage_while_open(store) -> None:
    """Overwrite the open database's pages on disk (its header survives), as a failing disk does."""
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(store.path.read_bytes())
    for offset in range(2 * 4096, len(data), 4096):
        data[offset:offset + 4096] = b"\xff" * 4096
    store.path.write_bytes(bytes(data))
    store._conn.execute("PRAGMA cache_size = 0")  # read from the file, not from memory


# --- the reminder through a real notification server (dunst on a private bus) -------------------

@pytest.fixture
def dunst(session_bus, tmp_path):
    """dunst, on its own X server (Xvfb) and the test's private bus; yields dunstctl."""
    import os
    import time

    if not shutil.which("dunst") or not shutil.which("Xvfb"):
        pytest.skip("dunst or Xvfb is not installed (Debian: dunst xvfb)")
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp",
                             "-screen", "0", "800x600x24"], pass_fds=(write_end,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as display_pipe:
        display = display_pipe.readline().strip()  # Xvfb writes it once it listens
    env = {**os.environ, "DISPLAY": f":{display}",
           "DBUS_SESSION_BUS_ADDRESS": session_bus.address}
    config = tmp_path / "dunstrc"
    config.write_text("[global]\n    font = DejaVu Sans 10\n")
    server = subprocess.Popen(["dunst", "-config", str(config)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def dunstctl(*args: str) -> str:
        return subprocess.run(["dunstctl", *args], env=env, capture_output=True, text=True,
                              timeout=10, check=True).stdout

    deadline = time.monotonic() + 20
    while subprocess.run(["dunstctl", "count"], env=env, capture_output=True, timeout=10,
                         check=False).returncode:
        assert server.poll() is None and time.monotonic() < deadline, "dunst did not start"
        time.sleep(0.1)
    yield dunstctl
    server.terminate()
    server.wait(timeout=10)
    xvfb.terminate()
    xvfb.wait(timeout=10)


@contextlib.contextmanager
def watch_notify():
    """dbus-monitor on the test's bus, for the Notify calls; yields a function giving its log."""
    import os
    import time

    if not shutil.which("dbus-monitor"):
        pytest.skip("dbus-monitor is not installed (Debian: dbus)")
    monitor = subprocess.Popen(["dbus-monitor", "--session",
                                "interface='org.freedesktop.Notifications',member='Notify'"],
                               env=os.environ, stdout=subprocess.PIPE, text=True)
    time.sleep(0.5)  # its match rule in place before the call
    out: list[str] = []
    try:
        yield lambda: "".join(out)
    finally:
        time.sleep(0.3)
        monitor.terminate()
        out.append(monitor.communicate(timeout=10)[0])


def displayed(dunstctl) -> int:
    line = next(x for x in dunstctl("count").splitlines() if "Currently displayed" in x)
    return int(line.split(":")[1])


def invoke(number: int, key: str) -> None:
    """ActionInvoked as the notification server sends it, as a real signal on the bus."""
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as connection:
        connection.send(new_signal(DBusAddress("/org/freedesktop/Notifications",
                                               interface="org.freedesktop.Notifications"),
                                   "ActionInvoked", "us", (number, key)))


@pytest.mark.slow
@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_the_reminder_notification_offers_start_and_later_and_they_work(qtbot, make_controller,
                                                                        window, now, dunst):
    controller = make_controller(available=True)
    controller.start_hidden()
    now.moment = at(WED, 7, 30)
    with watch_notify() as sent:
        controller.scheduler.check()
        notifications = controller.tray._notifications
        assert notifications.available, notifications.problem
        qtbot.waitUntil(lambda: displayed(dunst) == 1, timeout=10000)
    # What dunst was sent, with the interface's types: the actions, each key with its label.
    assert re.search(r'member=Notify\s+string "backtimer"\s+uint32 0\s', sent()), sent()
    assert re.search(r'string "default"\s+string "Open"\s+string "start"\s+string "Start"'
                     r'\s+string "later"\s+string "Later"\s', sent()), sent()
    (number,) = notifications._ours
    invoke(number, "later")  # the Later button
    qtbot.waitUntil(lambda: controller.scheduler.due == at(WED, 8, 0), timeout=10000)
    assert not window.isVisible()
    # A click on the notification itself, done by dunst: its default action opens the player.
    dunst("action", "0")
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10000)
    assert window.stack.currentWidget() is window.player
    assert window.runner.routine.id == catalog.BUILTIN_ROUTINES[0].id


@pytest.mark.slow
@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_the_start_button_of_the_notification_opens_the_player(qtbot, make_controller, window,
                                                               now, dunst):
    controller = make_controller(available=True)
    controller.start_hidden()
    now.moment = at(WED, 7, 30)
    controller.scheduler.check()
    qtbot.waitUntil(lambda: displayed(dunst) == 1, timeout=10000)
    (number,) = controller.tray._notifications._ours
    invoke(number + 1, "start")  # someone else's notification: not ours
    invoke(number, "start")
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10000)
    assert window.stack.currentWidget() is window.player


@pytest.mark.qt_log_ignore(NO_TRAY_WINDOW)
def test_without_a_notification_server_the_tray_message_remains(make_controller, window, now,
                                                                session_bus):
    controller = make_controller(available=True)
    controller.start_hidden()
    now.moment = at(WED, 7, 30)
    controller.scheduler.check()
    notifications = controller.tray._notifications
    assert not notifications.available and "no notification server" in notifications.problem
    assert controller.tray.snooze_action.isVisible()  # Later, in the menu, as before
