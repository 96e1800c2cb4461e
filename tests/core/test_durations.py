"""One way to write a length of time, for the command line and the screens alike."""

from __future__ import annotations

import pytest

from backtimer.core.durations import format_duration


@pytest.mark.parametrize("seconds, text", [
    (0, "0:00"), (5, "0:05"), (59.6, "1:00"), (245, "4:05"), (1199.4, "19:59"),
    (3599.4, "59:59"),
    # Past an hour the hours are apart ("61:40" on the command line before there was one).
    (3700, "1:01:40"), (36000, "10:00:00"),
    (-3, "0:00"),
])
def test_minutes_and_seconds_then_hours(seconds, text):
    assert format_duration(seconds) == text
