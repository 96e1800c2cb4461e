"""The Appearance setting: a chosen dark or light scheme is used from the start, where the
platform cannot switch too; the colours the app names itself read on either background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from backtimer.storage.paths import resolve_paths
from backtimer.storage.settings_store import Settings
from backtimer.ui.shell.theme import ERROR, NOTICE, apply_theme, dark_palette, is_dark, pick

Role = QPalette.ColorRole


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app_palette(qapp):
    """The application's palette and scheme as they were, back after the test."""
    yield qapp
    qapp.styleHints().unsetColorScheme()
    qapp.setPalette(QPalette())


def test_a_chosen_scheme_is_used_where_the_platform_cannot_switch(app_palette):
    assert not is_dark(app_palette.palette())  # offscreen: light, and it cannot switch
    apply_theme(app_palette, "dark")
    assert is_dark(app_palette.palette())
    apply_theme(app_palette, "light")
    assert not is_dark(app_palette.palette())
    before = app_palette.palette().color(Role.Window)
    apply_theme(app_palette, "system")  # the desktop's: nothing is changed
    assert app_palette.palette().color(Role.Window) == before


def test_once_the_platform_has_switched_its_own_palette_is_used(app_palette):
    # GNOME's platform theme switches once the event loop runs: the stand-in palette gives way.
    from PySide6.QtCore import Qt

    apply_theme(app_palette, "dark")
    assert is_dark(app_palette.palette())
    hints = app_palette.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # not what was asked: ours stays
    assert is_dark(app_palette.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app_palette.palette().resolveMask() == 0  # the platform's (light here, offscreen)


@pytest.mark.parametrize(("text", "background", "least"), [
    (Role.Text, Role.Base, 7.0),
    (Role.WindowText, Role.Window, 7.0),
    (Role.ButtonText, Role.Button, 7.0),
    (Role.HighlightedText, Role.Highlight, 4.5),
    (Role.Link, Role.Base, 4.5),
    (Role.PlaceholderText, Role.Window, 3.0),  # the dimmed side remarks of the settings
])
def test_the_dark_palette_is_readable(text, background, least):
    palette = dark_palette()
    assert contrast(palette.color(text), palette.color(background)) >= least


def test_disabled_text_is_dimmer_than_enabled_but_still_there():
    palette = dark_palette()
    window = palette.color(Role.Window)
    enabled = contrast(palette.color(Role.WindowText), window)
    disabled = contrast(palette.color(QPalette.ColorGroup.Disabled, Role.WindowText), window)
    assert 2.0 <= disabled < enabled


@pytest.mark.parametrize("pair", [ERROR, NOTICE])
def test_the_apps_own_colours_read_on_light_and_on_dark(qapp, pair):
    for palette in (qapp.style().standardPalette(), dark_palette()):
        color = QColor(pick(pair, palette))
        assert contrast(color, palette.color(Role.Window)) >= 4.5, (pair, color.name())


def test_a_start_with_the_dark_setting_paints_its_first_frame_dark(tmp_path, first_frame):
    data = tmp_path / "data"
    Settings(resolve_paths(data).settings_file).update({"safety_notice_seen": True,
                                                        "theme": "dark"})
    printed = first_frame(data, """
        from PySide6.QtGui import QPalette
        window_colour = window.palette().color(QPalette.ColorRole.Window)
        list_colour = window.home.list_view.palette().color(QPalette.ColorRole.Base)
        print("lightness", window_colour.lightness(), list_colour.lightness())
    """)
    window, field = (int(n) for n in printed.split("lightness")[1].split())
    assert window < 128 and field < 128, printed  # offscreen alone is light


def test_the_players_notice_colour_follows_a_live_palette_change(start_app):
    # A desktop that goes dark at dusk while the player is open: its notes stay readable.
    from backtimer.core.clock import FakeClock

    window = start_app(clock=FakeClock(), show=False)
    player = window.player
    assert NOTICE[0] in player.styleSheet()
    player.setPalette(dark_palette())
    assert NOTICE[1] in player.styleSheet() and NOTICE[0] not in player.styleSheet()
