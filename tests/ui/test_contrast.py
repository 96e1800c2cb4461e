"""WCAG 2.1 contrast of every colour the app uses for text and for chart marks, on light and on
dark: text 4.5:1 (large text 3:1), the meaningful parts of charts and bars 3:1 (1.4.3, 1.4.11),
and the goal met or missed told apart by more than hue (1.4.1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from backtimer.ui.history import charts
from backtimer.ui.shell.theme import DIM, ERROR, NOTICE, SELECTION, dark_palette, pick
from backtimer.ui.widgets import segment_bar

Role = QPalette.ColorRole


def ratio(one, other) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
                + 0.0722 * channel(color.blueF()))
    light, dark = sorted((luminance(QColor(one)), luminance(QColor(other))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp) -> QPalette:
    return qapp.style().standardPalette() if request.param == "light" else dark_palette()


def test_ratio_matches_known_values():
    assert ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("text", "background"), [
    (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
    (Role.WindowText, Role.Base),  # the charts' axes and labels, on the chart's background
])
def test_the_palettes_text_reads(palette, text, background):
    assert ratio(palette.color(text), palette.color(background)) >= 4.5


@pytest.mark.parametrize("pair", [DIM, NOTICE, ERROR], ids=["dimmed", "notice", "error"])
def test_the_apps_own_text_colours_read(palette, pair):
    """Side remarks, the paused countdown, notices and errors: 4.5:1 on the window."""
    assert ratio(pick(pair, palette), palette.color(Role.Window)) >= 4.5


def test_the_selection_reads():
    assert ratio("#ffffff", SELECTION) >= 4.5


def test_the_bars_fill_stands_out(palette):
    dark = palette.color(Role.Window).lightness() < 128
    fill = segment_bar.FILL[1] if dark else segment_bar.FILL[0]
    track = segment_bar.TRACK[1] if dark else segment_bar.TRACK[0]
    assert ratio(fill, track) >= 3.0
    assert ratio(fill, palette.color(Role.Window)) >= 3.0


@pytest.mark.parametrize("mark", [charts.MET, charts.MISSED, charts.CURRENT, charts.BEFORE,
                                  charts.AFTER], ids=["met", "missed", "current", "before",
                                                      "after"])
def test_chart_marks_stand_out_from_the_chart(palette, mark):
    assert ratio(mark, palette.color(Role.Base)) >= 3.0


def test_goal_met_and_missed_differ_by_more_than_hue():
    assert charts.missed_brush().style() != Qt.BrushStyle.SolidPattern


def test_a_day_with_exercise_stands_out_from_an_empty_one(palette):
    empty = charts.empty_day(palette)
    for shade in charts.heat_colors(palette):
        assert ratio(shade, empty) >= 3.0, shade
    if palette.color(Role.Window).lightness() < 128:  # on dark the grid itself must show
        assert ratio(empty, palette.color(Role.Base)) >= 3.0
