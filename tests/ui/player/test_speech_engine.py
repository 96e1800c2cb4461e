"""Which of the engine's voices speaks: the same one every run, the system's region first."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from backtimer.ui.player.speech_engine import choose_locale, speechd_socket

# As espeak-ng lists them, in its own (changing) order.
ENGINE = [QLocale(name) for name in ("es_ES", "en_029", "en_US", "nl_BE", "en_GB", "nl_NL",
                                     "en_IN")]


def names(locale: QLocale | None) -> str | None:
    return None if locale is None else locale.name()


def test_the_systems_region_comes_first():
    assert names(choose_locale(ENGINE, "en", QLocale("en_IN"))) == "en_IN"
    assert names(choose_locale(ENGINE, "nl", QLocale("nl_BE"))) == "nl_BE"


def test_otherwise_british_then_american_english_whatever_the_engines_order():
    for order in (ENGINE, list(reversed(ENGINE))):
        assert names(choose_locale(order, "en", QLocale("de_DE"))) == "en_GB"
    without_gb = [lc for lc in ENGINE if lc.name() != "en_GB"]
    assert names(choose_locale(without_gb, "en", QLocale("fr_FR"))) == "en_US"
    assert names(choose_locale(ENGINE, "nl", QLocale("en_GB"))) == "nl_NL"


def test_no_voice_for_the_language_is_none():
    assert choose_locale([QLocale("en_GB")], "nl", QLocale("nl_NL")) is None


def test_the_daemons_socket_is_where_libspeechd_looks():
    assert speechd_socket({"XDG_RUNTIME_DIR": "/run/user/7"}).as_posix() == \
        "/run/user/7/speech-dispatcher/speechd.sock"
    assert speechd_socket({"SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"}).as_posix() == \
        "/tmp/s.sock"
    assert speechd_socket({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"}) is None
