"""The safety notice says what is an emergency first, then every red flag, in both languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from backtimer.ui.assets import asset_path
from backtimer.ui.shell.safety_notice import SafetyNotice

# Each sign in words a reader looks for, per language: (English, Dutch).
EMERGENCY = [
    ("passing urine", "plassen"),
    ("bladder or bowel", "blaas of darmen"),
    ("genitals or inner thighs", "geslachtsdelen"),
    ("sexual function", "seksueel"),
    ("both legs", "beide benen"),
    ("gets worse", "erger wordt"),
    ("trouble walking", "moeite met lopen"),
    ("999", "999"),
    ("huisartsenpost", "huisartsenpost"),
]
DOCTOR_FIRST = [
    ("a fall, an accident", "een val, een ongeluk"),
    ("cancer", "kanker"),
    ("under 20 or over 50", "jonger dan 20 of ouder dan 50"),
    ("at night", "’s nachts"),
    ("osteoporosis", "osteoporose"),
    ("steroid", "corticosteroïden"),
    ("immune system", "afweer"),
    ("infection", "infectie"),
    ("inject drugs", "spuit drugs"),
    ("fever", "koorts"),
    ("losing weight", "Je valt af"),
    ("visibly changed", "zichtbaar veranderd"),
    ("shoulder blades", "schouderbladen"),
    ("chest pain", "pijn op de borst"),
    ("one leg", "één been"),
    ("pregnant", "zwanger"),
    ("back surgery", "geopereerd"),
    ("4 to 6 weeks", "4 tot 6 weken"),
    ("sharp pain", "scherpe pijn"),
    ("not medical advice", "geen medisch advies"),
]


@pytest.fixture(params=["en", "nl"])
def notice(request, qapp, qtbot):
    translator = QTranslator()
    if request.param == "nl":
        assert translator.load(asset_path("i18n/backtimer_nl.qm"))
        qapp.installTranslator(translator)
    dialog = SafetyNotice()
    qtbot.addWidget(dialog)
    yield request.param, dialog
    qapp.removeTranslator(translator)


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&amp;", "&")


def test_every_sign_is_there_and_the_emergency_comes_first(notice):
    lang, dialog = notice
    column = 0 if lang == "en" else 1
    urgent = _plain(dialog.emergency.text())
    rest = _plain(dialog.text.text())
    whole = urgent + " " + rest
    missing = [sign[column] for sign in EMERGENCY if sign[column] not in urgent]
    assert missing == [], f"not in the emergency part ({lang}): {missing}"
    missing = [sign[column] for sign in DOCTOR_FIRST if sign[column] not in whole]
    assert missing == [], f"not in the notice ({lang}): {missing}"
    # The emergency part is read first: above everything else, in a box of its own.
    dialog.resize(640, 700)
    dialog.show()
    top_of = dialog.emergency_box.mapTo(dialog, dialog.emergency_box.rect().topLeft()).y()
    assert top_of < dialog.text.mapTo(dialog, dialog.text.rect().topLeft()).y()


def test_the_dutch_notice_is_dutch(notice):
    lang, dialog = notice
    if lang == "nl":
        assert "Zoek nog dezelfde dag spoedhulp" in dialog.emergency.text()
        assert "you" not in _plain(dialog.full_text()).split()
