"""The main window: the routine list, opening the player, title, geometry, notice, menus."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListView

from backtimer.core import catalog
from backtimer.core import session as core
from backtimer.core.clock import FakeClock
from backtimer.core.routine import Routine, Step, dumps
from backtimer.storage.settings_store import Settings


@pytest.fixture
def make_window(start_app):
    """The window as ``backtimer`` starts it (not shown yet), on a fake clock; ``notice_seen``
    None leaves the settings file as an earlier window left it."""
    def make(notice_seen: bool | None = True):
        return start_app(clock=FakeClock(), show=False, write_settings=notice_seen is not None,
                         settings={"safety_notice_seen": bool(notice_seen)})

    return make


def test_routine_list_shows_name_duration_and_exercise_count(make_window):
    window = make_window()
    view = window.findChild(QListView, "routineList")
    model = view.model()
    assert model.rowCount() == len(catalog.BUILTIN_ROUTINES)
    row = [r.id for r in catalog.BUILTIN_ROUTINES].index("quick-5")
    index = model.index(row, 0)
    assert index.data() == "Quick 5"
    assert index.data(Qt.ItemDataRole.UserRole + 2) == "5\u00a0min · 3 exercises"
    assert "Quick 5" in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_the_home_pages_plain_values_are_qts_own():
    # The home page names these as ints, so that its first frame builds none of Qt's enums.
    from backtimer.ui.shell import home_page

    assert Qt.ItemDataRole.DisplayRole == home_page.DISPLAY_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole == home_page.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.UserRole == home_page.USER_ROLE
    flags = Qt.AlignmentFlag
    assert (flags.AlignLeft | flags.AlignVCenter).value == home_page.LEFT_MIDDLE
    assert (flags.AlignRight | flags.AlignVCenter).value == home_page.RIGHT_MIDDLE
    assert (flags.AlignTop | flags.AlignLeft).value == home_page.TOP_LEFT


def test_a_routine_text_is_cut_short_only_when_it_does_not_fit(make_window):
    from backtimer.ui.shell.home_page import _fitted

    window = make_window()
    metrics = window.home.list_view.fontMetrics()
    name = "Morning mobility for a stiff lower back"
    wide = metrics.horizontalAdvance(name)
    assert _fitted(metrics, name, wide) == name
    short = _fitted(metrics, name, wide // 2)
    assert short.endswith("…") and name.startswith(short[:-1])
    assert metrics.horizontalAdvance(short) <= wide // 2
    kept = short[:-1]
    more = len(kept) + 1
    while name[:more].rstrip() == kept:
        more += 1
    assert metrics.horizontalAdvance(name[:more].rstrip() + "…") > wide // 2  # the longest


def test_a_long_description_takes_two_lines_the_second_cut_short(make_window):
    from backtimer.ui.shell.home_page import _two_lines

    window = make_window()
    metrics = window.home.list_view.fontMetrics()
    text = "Slow stretches to ease a stiff lower back, partly at your own pace. " * 4
    width = metrics.horizontalAdvance(text) // 5
    first, second = _two_lines(metrics, text, width).split("\n")
    assert text.startswith(first + " ")
    assert second.endswith("…")
    assert text.startswith(f"{first} {second[:-1]}")
    assert max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) <= width
    assert _two_lines(metrics, "Short.", width) == "Short."


@pytest.mark.parametrize(("free", "size"), [
    ((2560, 1400), (1100, 720)),  # a big screen: the usual size
    ((1366, 738), (1100, 690)),  # a laptop under a panel: the frame still fits
    ((800, 600), (768, 552)),
])
def test_the_first_size_fits_the_screen_with_its_frame(free, size):
    from backtimer.ui.shell.main_window import first_size

    assert first_size(*free) == size


def test_the_window_takes_its_first_size_from_its_screen(make_window):
    from backtimer.ui.shell.main_window import first_size

    window = make_window()
    free = window.screen().availableGeometry()
    assert (window.width(), window.height()) == first_size(free.width(), free.height())


def test_the_toolbar_buttons_show_their_text(make_window):
    window = make_window()
    for action in (window.home_action, window.history_action, window.settings_action):
        button = window.toolbar.widgetForAction(action)
        assert button.icon().isNull()
        text = action.text().replace("&", "")
        assert button.sizeHint().width() >= button.fontMetrics().horizontalAdvance(text)


def test_user_routines_and_broken_files_on_the_home_page(make_window, data_dir):
    folder = data_dir / "routines"
    folder.mkdir(parents=True)
    mine = Routine(id="mine", name={"en": "Mine"}, steps=(Step("superman", hold_s=10),))
    (folder / "mine.json").write_text(dumps(mine), encoding="utf-8")
    (folder / "broken.json").write_text("{ nope", encoding="utf-8")
    window = make_window()
    model = window.home.model
    names = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert names[-1] == "Mine"
    assert model.index(model.rowCount() - 1, 0).data(Qt.ItemDataRole.UserRole + 2) == \
        "1\u00a0min · 1 exercise"
    assert window.home.problems_label.isVisibleTo(window.home)
    assert "broken.json" in window.home.problems_label.text()


def test_double_click_and_start_open_the_player(make_window, qtbot):
    window = make_window()
    window.show()
    view = window.home.list_view
    row = window.home.model.row_of("quick-5")
    rect = view.visualRect(window.home.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.player
    assert window.runner.routine.id == "quick-5"
    assert window.windowTitle().endswith("left · Quick 5")
    window.runner.load(window.runner.routine)  # idle again
    window.show_home()
    assert window.stack.currentWidget() is window.home
    row = window.home.model.row_of("full-20")
    window.home.list_view.setCurrentIndex(window.home.model.index(row, 0))
    qtbot.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    assert window.runner.routine.id == "full-20"


def test_home_is_not_reachable_while_a_workout_runs(make_window):
    window = make_window()
    window.open_player(catalog.builtin_routine("quick-5"))
    window.runner.start()
    window.show_home()
    assert window.stack.currentWidget() is window.player
    window.open_player(catalog.builtin_routine("full-20"))
    assert window.runner.routine.id == "quick-5"


def test_closing_mid_workout_ends_it_as_stopped(make_window):
    window = make_window()
    finished = []
    window.runner.session_finished.connect(finished.append)
    window.open_player(catalog.builtin_routine("quick-5"))
    window.runner.start()
    window.close()
    assert finished and not finished[0].completed
    assert window.runner.session.state is core.State.ABANDONED


def test_window_geometry_is_remembered(make_window, data_dir, qtbot):
    window = make_window()
    window.show()
    window.resize(700, 520)  # the offscreen screen is 800×600
    qtbot.wait(1)
    window.close()
    assert Settings(data_dir / "settings.json")["window_geometry"]
    again = make_window()
    assert (again.width(), again.height()) == (700, 520)


def test_safety_notice_shows_once(make_window, data_dir, qtbot):
    from backtimer.ui.shell.safety_notice import SafetyNotice

    window = make_window(notice_seen=False)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(SafetyNotice) is not None)
    notice = window.findChild(SafetyNotice)
    text = notice.full_text()
    for words in ("not medical advice", "Stop at once", "legs", "bladder", "fever",
                  "losing weight"):
        assert words in text
    notice.accept()
    assert Settings(data_dir / "settings.json")["safety_notice_seen"] is True
    window.close()
    second = make_window(notice_seen=None)  # reads the same settings file: seen
    second.show()
    qtbot.wait(5)
    assert second.findChild(SafetyNotice) is None or not second.findChild(SafetyNotice).isVisible()


def test_history_view_is_shown_as_a_page(make_window, monkeypatch):
    import types

    from PySide6.QtWidgets import QLabel

    made = []

    class HistoryView(QLabel):
        workout_requested = Signal()
        history_changed = Signal()

        def __init__(self, store, settings, lang, parent, **_kwargs):
            super().__init__("history", parent)
            self.setObjectName("historyView")
            made.append((store, lang))

    module = types.ModuleType("backtimer.ui.history.view")
    module.HistoryView = HistoryView
    monkeypatch.setitem(sys.modules, "backtimer.ui.history.view", module)
    window = make_window()
    window.history_action.trigger()
    assert made == [(window.store, "en")] and window.store is not None
    assert window.stack.currentWidget().findChild(QLabel, "historyView") is not None
    window.open_history()
    assert len(made) == 1  # made once, shown again


def test_settings_dialog_opens_with_its_collaborators(make_window, monkeypatch):
    import types

    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QDialog

    seen = []

    class SettingsDialog(QDialog):
        settings_saved = Signal(dict)  # the window forwards it (to the tray and reminder)
        routines_saved = Signal()
        preview_requested = Signal(object, float)

        def __init__(self, settings, library, lang, parent, **_kwargs):
            super().__init__(parent)
            self.setObjectName("settingsDialog")
            seen.append((settings, library, lang))

        def exec(self):
            return 0

    module = types.ModuleType("backtimer.ui.settings.dialog")
    module.SettingsDialog = SettingsDialog
    monkeypatch.setitem(sys.modules, "backtimer.ui.settings.dialog", module)
    window = make_window()
    window.settings_action.trigger()
    assert seen == [(window.settings, window.library, "en")]
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_another_start_brings_the_window_forward_as_it_was(make_window, qtbot):
    window = make_window()
    window.show()
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.hide()  # in the tray
    window.bring_forward()
    assert window.isVisible() and window.isMaximized()  # not turned into a normal window
    window.showMinimized()
    window.bring_forward()
    assert not window.isMinimized() and window.isMaximized()


def test_another_start_lends_its_activation_token_for_one_activation(make_window,
                                                                      monkeypatch):
    # On Wayland only the desktop's token for the start that asked lets the window take the
    # focus; Qt's Wayland plugin reads it from the environment when the window is activated.
    window = make_window()
    window.show()
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)
    seen: list[str | None] = []
    monkeypatch.setattr(window, "activateWindow",
                        lambda: seen.append(os.environ.get("XDG_ACTIVATION_TOKEN")))
    window.bring_forward(activation_token="kwin-1234-abcd")
    window.bring_forward()  # from the tray: no token, and none left over
    assert seen == ["kwin-1234-abcd", None]
    assert "XDG_ACTIVATION_TOKEN" not in os.environ


def test_another_start_opens_its_routine_but_never_drops_a_running_workout(make_window):
    window = make_window()
    window.bring_forward(catalog.builtin_routine("quick-5"))
    assert window.stack.currentWidget() is window.player
    assert window.runner.routine.id == "quick-5"
    window.runner.start()
    window.bring_forward(catalog.builtin_routine("full-30"))
    assert window.runner.routine.id == "quick-5" and window.runner.busy


def test_the_set_up_after_the_first_frame_comes_first_when_a_click_needs_it(start_app):
    # A click can beat the deferred set-up: the pages that need the history or sounds ask
    # for it before they do anything.
    window = start_app(clock=FakeClock(), show=False, set_up=False)
    assert window.workout.store is None  # not yet: it waits for the first frame
    stores = []
    window.workout.opened.connect(lambda _plan: stores.append(window.workout.store))
    window.open_player(catalog.builtin_routine("quick-5"))
    assert len(stores) == 1 and stores[0] is not None  # the history came first


def test_cues_attached_after_the_player_was_built_still_reach_it(start_app):
    class Cues(QObject):
        flash_needed = Signal(str)
        sound_unavailable = Signal(str)
        voice_stopped = Signal(str)

        def announce_problems(self):
            self.sound_unavailable.emit("no audio output device")

    window = start_app(clock=FakeClock(), show=False, set_up=False)
    player = window.player  # built before the set-up attached anything
    cues = Cues()
    window.attach(store=None, cues=cues)
    assert "Sound is not available" in player.notice_label.text()
