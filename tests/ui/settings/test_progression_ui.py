"""Progressive loading through the UI: weeks of history, the player's announcement, "this hurt",
effort, the level chart and the settings panel — on a fake clock with a real store."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from backtimer.core import catalog
from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.core.progression import Plan, WeekSummary, plan
from backtimer.ui.progression_text import announcement, change_text, level_text
from backtimer.ui.settings.progression_panel import ProgressionPanel

CET = timezone(timedelta(hours=1))
MONDAY = date(2026, 9, 7)
ROUTINE_ID = "lower-back-strength"  # pelvic tilt, bridge, superman (holds 4 s), rotation, child
SUPERMAN = 2


def week(n: int, day: int = 0, hour: int = 9) -> datetime:
    moment = MONDAY + timedelta(weeks=n, days=day)
    return datetime(moment.year, moment.month, moment.day, hour, 0, tzinfo=CET)


class Rig:
    """The app started by its composition root, on a fake clock and a settable date."""

    def __init__(self, start_app):
        self.now = week(0)
        self.clock = FakeClock()
        self.window = start_app(clock=self.clock, now=lambda: self.now,
                                settings={"weekly_goal": 3})
        self.runner = self.window.runner
        self.settings = self.window.settings
        self.library = self.window.library
        self.workout = self.window.workout
        self.store = self.workout.store
        self.recorder = self.workout.recorder
        self.player = self.window.player

    def record_week(self, n: int, sessions: int, pain_after: int | None = None,
                    hurt: tuple[int, ...] = ()) -> None:
        """Sessions of the routine on Monday, Wednesday, Friday… of week ``n``."""
        for k in range(sessions):
            started = week(n, day=2 * k, hour=7)
            row = self.store.start_session(ROUTINE_ID, "Lower-back strength", started)
            steps = catalog.builtin_routine(ROUTINE_ID).steps
            for index in hurt if k == 0 else ():
                self.store.mark_hurt(row, index, steps[index].exercise)
            self.store.finish_session(row, "completed", ended_at=started + timedelta(minutes=12),
                                      work_s=600)
            if pain_after is not None:
                self.store.set_pain(row, after=pain_after)

    def open_routine(self) -> None:
        self.window.show_home()
        self.window.open_player(self.library.get(ROUTINE_ID))

    def run_for(self, seconds: float, step: float = 0.25) -> None:
        self.clock.run(seconds, self.runner.update, step)



@pytest.fixture
def rig(start_app):
    return Rig(start_app)


def superman_hold(rig: Rig) -> float:
    return rig.runner.routine.steps[SUPERMAN].tempo.hold_s


def test_week_by_week_the_player_announces_each_new_level(rig, qtbot):
    rig.store.set_progression(ROUTINE_ID, enabled=True, since=MONDAY)

    # Week 1: nothing decided yet; the routine runs as written and the rule is said.
    rig.open_routine()
    panel = rig.player.progression_panel
    assert panel.isVisible()
    assert "3\u00a0times this week" in rig.player.progression_label.text()
    assert superman_hold(rig) == 4

    # Three sessions without more pain: week 2 announces the step up.
    rig.record_week(0, 3, pain_after=2)
    rig.now = week(1, day=1)
    rig.open_routine()
    text = rig.player.progression_label.text()
    assert text.startswith("This week: ")
    assert "Superman holds 5\u00a0s (up from 4\u00a0s)" in text
    assert "Child's pose 50\u00a0s (up from 45\u00a0s)" in text
    assert superman_hold(rig) == 5
    assert not rig.player.ease_off_label.isVisible()

    # Only two sessions in week 2: nothing changes, and it says why.
    rig.record_week(1, 2, pain_after=2)
    rig.now = week(2, day=3)
    rig.open_routine()
    assert rig.player.progression_label.text() == (
        "Same as last week: you did this routine 2 of the 3\u00a0times needed to step up.")
    assert superman_hold(rig) == 5

    # Week 3 met the goal but pain went up by 3: one level back, and a calm word.
    rig.record_week(2, 3, pain_after=5)
    rig.now = week(3)
    rig.open_routine()
    assert "Superman holds 4\u00a0s (down from 5\u00a0s)" in rig.player.progression_label.text()
    assert superman_hold(rig) == 4
    assert rig.player.ease_off_label.isVisible()
    assert rig.player.ease_off_label.text().startswith("Pain went up last week")
    qtbot.mouseClick(rig.player.safety_button, Qt.MouseButton.LeftButton)
    notice = rig.window.findChild(QDialog, "safetyNotice")
    assert notice is not None and notice.isVisible()
    notice.close()

    # Starting hides the announcement; the workout is the one the plan set up.
    qtbot.keyClick(rig.player, Qt.Key.Key_Space)
    assert rig.runner.session.state is not core.State.IDLE
    assert not panel.isVisible()

    # The history view draws the levels week by week, and says where they are now.
    rig.runner.stop()
    rig.window.open_history()
    view = rig.window.findChild(QObject, "historyView")
    assert view.levels_routine_box.count() == 1
    assert view.levels_routine_box.currentData() == ROUTINE_ID
    assert view.levels_pages.currentWidget() is view.levels_content
    _edges, superman_levels = view.level_chart.series["Superman"]
    assert list(superman_levels) == [0, 1, 1, 0]
    assert "Superman — level 0 of 3: 3 × 8\u00a0reps, holding 4\u00a0s" in view.levels_now.text()


def test_this_hurt_and_effort_are_recorded_with_the_levels_run(rig, qtbot):
    rig.store.set_progression(ROUTINE_ID, enabled=True, since=MONDAY)
    rig.record_week(0, 3, pain_after=1)
    rig.record_week(1, 3, pain_after=1)
    rig.now = week(2)
    rig.open_routine()
    # Holds first (4 → 5 s, the superman's ceiling for them), then one more rep.
    assert "Superman 9\u00a0reps (up from 8)" in rig.player.progression_label.text()
    expected_levels = rig.workout.progression_plan(rig.library.get(ROUTINE_ID)).levels
    assert expected_levels[SUPERMAN] == 2

    assert not rig.player.hurt_button.isVisible()
    qtbot.keyClick(rig.player, Qt.Key.Key_H)  # before the start it means nothing
    assert rig.recorder.session_id is None

    qtbot.keyClick(rig.player, Qt.Key.Key_Space)
    session_id = rig.recorder.session_id
    rig.run_for(rig.runner.session.timeline.segments[1].start_s + 1)
    assert rig.runner.session.segment.step_index == 0
    assert rig.player.hurt_button.isVisible()
    state_before = rig.runner.session.state
    qtbot.keyClick(rig.player, Qt.Key.Key_H)
    assert state_before is not core.State.PAUSED
    assert rig.runner.session.state is core.State.PAUSED  # it waits for an answer
    assert rig.player.hurt_confirmation.isVisible()
    assert rig.player.hurt_confirmation.text() == (
        "Noted: Pelvic tilt hurt. It goes one level back next week. Paused: S skips this "
        "exercise, Esc stops the workout, Space goes on.")
    assert rig.store.session(session_id).hurt_steps == {0}
    # The mark is kept with the exercise of the step run (at its level), not only its place.
    assert rig.store._conn.execute("SELECT exercise_id FROM session_hurts WHERE session_id = ?",
                                   (session_id,)).fetchall() == [("pelvic-tilt",)]

    rig.runner.stop()
    assert rig.player.showing_finish
    assert rig.player.effort.isVisible()
    qtbot.mouseClick(rig.player.effort.buttons[6], Qt.MouseButton.LeftButton)  # "7"
    assert rig.player.effort.buttons[6].isChecked()
    record = rig.store.session(session_id)
    assert record.rpe == 7
    assert record.levels == expected_levels
    assert record.hurt_steps == {0}

    # "Again" runs the same levels, and they are kept with that session too.
    qtbot.mouseClick(rig.player.again_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(rig.player, Qt.Key.Key_Space)
    assert rig.store.session(rig.recorder.session_id).levels == expected_levels


def test_a_routine_without_progression_runs_as_written_and_says_nothing(rig, qtbot):
    rig.record_week(0, 3, pain_after=1)
    rig.now = week(1)
    rig.open_routine()
    assert not rig.player.progression_panel.isVisible()
    assert rig.runner.routine == rig.library.get(ROUTINE_ID)
    qtbot.keyClick(rig.player, Qt.Key.Key_Space)
    assert rig.store.session(rig.recorder.session_id).levels is None
    rig.runner.stop()
    rig.window.open_history()
    view = rig.window.findChild(QObject, "historyView")
    assert view.levels_pages.currentWidget() is view.levels_empty
    assert "off for every routine" in view.levels_empty.text()


# --- the settings panel -----------------------------------------------------------------------

@pytest.fixture
def panel(rig, qtbot):
    made = ProgressionPanel(rig.store, rig.settings, "en", exercises=catalog.EXERCISES,
                            now=lambda: rig.now)
    qtbot.addWidget(made)
    made.load()
    return made


def test_the_panel_writes_nothing_until_saved(rig, panel):
    routine = rig.library.get(ROUTINE_ID)
    rig.now = week(4, day=2)
    panel.show_routine(routine)
    assert not panel.enabled_box.isChecked()
    assert "runs as written" in panel.state_label.text()
    assert "at least 3\u00a0times" in panel.rules_label.text()
    panel.enabled_box.setChecked(True)
    assert rig.store.progression_settings() == {}  # not yet
    assert panel.has_changes()
    panel.save()
    setting = rig.store.progression_setting(ROUTINE_ID)
    assert setting.enabled and setting.since == MONDAY + timedelta(weeks=4)
    assert not panel.has_changes()


def test_the_panel_shows_levels_and_resets_them_on_confirmation(rig, panel, monkeypatch):
    routine = rig.library.get(ROUTINE_ID)
    rig.store.set_progression(ROUTINE_ID, enabled=True, since=MONDAY)
    rig.record_week(0, 3, pain_after=1)
    rig.record_week(1, 3, pain_after=1)
    rig.now = week(2)
    panel.load()
    panel.show_routine(routine)
    assert "Superman — level 2 of 3: 3 × 9\u00a0reps, holding 5\u00a0s" in panel.levels_label.text()
    assert panel.reset_button.isEnabled()

    monkeypatch.setattr(panel, "confirm_reset", lambda name: False)
    panel.reset_button.click()
    assert not panel.has_changes()
    monkeypatch.setattr(panel, "confirm_reset", lambda name: name == "Lower-back strength")
    panel.reset_button.click()
    assert "Superman — level 0 of 3" in panel.levels_label.text()
    assert rig.store.progression_setting(ROUTINE_ID).since == MONDAY  # unsaved still
    panel.save()
    assert rig.store.progression_setting(ROUTINE_ID).since == MONDAY + timedelta(weeks=2)
    # Off and on again keeps the weeks already counted.
    panel.enabled_box.setChecked(False)
    panel.enabled_box.setChecked(True)
    assert not panel.has_changes()


def test_the_settings_dialog_saves_progression_on_ok_only(rig, qtbot):
    from backtimer.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(rig.settings, rig.library, "en", rig.window, store=rig.store,
                            now=lambda: rig.now)
    qtbot.addWidget(dialog)
    page = dialog.routines_page
    page.focus(ROUTINE_ID, 0)
    progression = page.progression
    assert progression.routine.id == ROUTINE_ID
    progression.enabled_box.setChecked(True)
    dialog.confirm_discard = lambda: True  # "Throw away the changes?" Discard
    dialog.reject()
    assert rig.store.progression_settings() == {}

    dialog = SettingsDialog(rig.settings, rig.library, "en", rig.window, store=rig.store,
                            now=lambda: rig.now)
    qtbot.addWidget(dialog)
    dialog.routines_page.focus(ROUTINE_ID, 0)
    dialog.routines_page.progression.enabled_box.setChecked(True)
    dialog.accept()
    assert rig.store.progression_setting(ROUTINE_ID).enabled


def test_progression_the_history_cannot_save_is_said_and_the_dialog_stays(rig, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from backtimer.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(rig.settings, rig.library, "en", rig.window, store=rig.store,
                            now=lambda: rig.now)
    qtbot.addWidget(dialog)
    dialog.routines_page.focus(ROUTINE_ID, 0)
    dialog.routines_page.progression.enabled_box.setChecked(True)
    rig.store._conn.execute("PRAGMA query_only = ON")  # SQLite refuses the write: read-only
    dialog.accept()
    box = dialog.findChild(QMessageBox, "saveFailedBox")
    assert box is not None and box.text() == (
        "The changes could not be saved: progressive loading could not be saved "
        "(the data folder cannot be written)")
    assert not dialog.result()  # still open, the edit kept
    assert dialog.routines_page.progression.enabled_box.isChecked()
    rig.store._conn.execute("PRAGMA query_only = OFF")
    assert rig.store.progression_settings() == {}


# --- the words --------------------------------------------------------------------------------

def _plan(rows, goal=3) -> Plan:
    routine = catalog.builtin_routine(ROUTINE_ID)
    weeks = [WeekSummary(MONDAY + timedelta(weeks=i), n, pain, frozenset(hurt))
             for i, (n, pain, hurt) in enumerate(rows)]
    return plan(routine, weeks, goal, MONDAY + timedelta(weeks=len(rows)))


def test_a_hurt_step_is_announced_as_one_level_easier():
    said = announcement(_plan([(3, 2, ()), (3, 2, {"superman"})]), catalog.EXERCISES, "en")
    assert "Superman holds 5\u00a0s (up from 4\u00a0s)" not in said.lines[0]
    assert "Superman holds 4\u00a0s (down from 5\u00a0s)" in said.lines[0]
    assert said.ease_off.startswith("You marked a step “this hurt” last week")


def test_reaching_the_top_is_said_once():
    rows = [(3, 1, ())] * 12
    mentions = [n for n in range(1, 13)
                if any("At the top level now" in line and "Child's pose" in line
                       for line in announcement(_plan(rows[:n]), catalog.EXERCISES, "en").lines)]
    assert mentions == [4]  # 45 → 50 → 55 → 60 s in three weeks; the fourth finds the top


def test_change_and_level_texts_for_each_kind_of_step():
    routine = catalog.builtin_routine(ROUTINE_ID)
    tilt, bridge, superman, rotation, child = routine.steps
    assert change_text(superman, 0, 1, catalog.EXERCISES, "en") == \
        "Superman holds 5\u00a0s (up from 4\u00a0s)"
    assert change_text(rotation, 1, 0, catalog.EXERCISES, "en") == \
        "Lumbar rotation 8\u00a0reps (down from 9)"
    assert change_text(child, 0, 1, catalog.EXERCISES, "en") == \
        "Child's pose 50\u00a0s (up from 45\u00a0s)"
    assert level_text(child, 99, catalog.EXERCISES, "en") == \
        "Child's pose — level 3 of 3: 60\u00a0s"
    assert level_text(bridge, 0, catalog.EXERCISES, "en").startswith("Glute bridge — level 0")
    del tilt
