"""fill(): Qt's numbered placeholders in a translated text."""

from backtimer.core.placeholders import fill


def test_numbers_fill_their_places_in_any_order():
    assert fill("Set %1 of %2", 2, 3) == "Set 2 of 3"
    assert fill("%2 — %1", "a", "b") == "b — a"


def test_ten_is_not_one_followed_by_zero():
    values = [str(n) for n in range(1, 11)]
    assert fill("%1 %10", *values) == "1 10"


def test_a_value_holding_a_placeholder_is_left_as_it_is():
    assert fill("%1 and %2", "%2", "x") == "%2 and x"
