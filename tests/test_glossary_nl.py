"""Every Dutch text of the app keeps to the glossary (tests/data/glossary_nl.json): one Dutch word
for each main thing, "je" and never "u", and one quote style (‘…’).

The texts are the .ts (the interface) and the catalog (exercises and built-in routines). The
checkers are run on a small broken sample first, so a checker that can no longer fail is seen.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

import pytest

from backtimer.core.catalog import BUILTIN_ROUTINES, EXERCISES

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "backtimer_nl.ts"
GLOSSARY = json.loads((Path(__file__).parent / "data" / "glossary_nl.json").read_text("utf-8"))

# (where, English, Dutch)
Pair = tuple[str, str, str]
TAG = re.compile(r"<[^>]*>")
U_FORM = re.compile(r"\b(?:u|uw|uzelf)\b", re.IGNORECASE)
JE_FORM = re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
OTHER_QUOTES = re.compile("[\"'„“”‚«»‹›]")


def ts_pairs(path: Path = TS) -> list[Pair]:
    pairs = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = ([form.text or "" for form in translation.iter("numerusform")]
                     or [translation.text or ""])
            pairs += [(name, message.findtext("source") or "", form) for form in forms]
    return pairs


def catalog_pairs() -> list[Pair]:
    pairs = []
    for item in EXERCISES.values():
        for field in ("name", "instruction", "how_to"):
            text = getattr(item, field)
            pairs.append((f"{item.id}.{field}", text["en"], text["nl"]))
        for key, text in item.phases.items():
            pairs.append((f"{item.id}.phases.{key}", text["en"], text["nl"]))
    for routine in BUILTIN_ROUTINES:
        for field in ("name", "description"):
            text = getattr(routine, field)
            pairs.append((f"{routine.id}.{field}", text["en"], text["nl"]))
    return pairs


def _plain(text: str) -> str:
    """The words a reader sees: HTML tags (and their attributes' quotes) left out."""
    return TAG.sub(" ", text)


def term_problems(pairs: Iterable[Pair], glossary: dict = GLOSSARY) -> list[str]:
    """A text whose English names a glossary thing but whose Dutch uses another word."""
    found = []
    for where, english, dutch in pairs:
        seen = _plain(dutch)
        for term in glossary["terms"]:
            if not re.search(term["en"], _plain(english), re.IGNORECASE):
                continue
            if not re.search(term["accept"], seen, re.IGNORECASE):
                found.append(f"{where}: {english!r} -> {dutch!r}: say {term['nl']!r} "
                             f"for {term['term']!r}")
            forbid = term.get("forbid")
            if forbid and re.search(forbid, seen, re.IGNORECASE):
                found.append(f"{where}: {dutch!r}: not {forbid!r} for {term['term']!r}")
    return found


def avoided_words(pairs: Iterable[Pair], glossary: dict = GLOSSARY) -> list[str]:
    found = []
    for where, _english, dutch in pairs:
        for pattern, instead in glossary["avoid"].items():
            if re.search(pattern, _plain(dutch), re.IGNORECASE):
                found.append(f"{where}: {dutch!r}: {pattern!r}, say {instead!r}")
    return found


def address_problems(pairs: Iterable[Pair]) -> list[str]:
    """The app says "je"; a "u" in any text mixes the two forms of address."""
    found = []
    for where, _english, dutch in pairs:
        if U_FORM.search(_plain(dutch)):
            both = " (with je in the same text)" if JE_FORM.search(_plain(dutch)) else ""
            found.append(f"{where}: {dutch!r}: says u{both}; the app says je")
    return found


def quote_problems(pairs: Iterable[Pair], glossary: dict = GLOSSARY) -> list[str]:
    """Quotes are ‘…’ only, each opened one closed; an apostrophe is ’ (’s nachts)."""
    opening, closing = glossary["quotes"]
    found = []
    for where, _english, dutch in pairs:
        seen = _plain(dutch)
        others = sorted(set(OTHER_QUOTES.findall(seen)))
        if others:
            found.append(f"{where}: {dutch!r}: quote marks {''.join(others)}, "
                         f"use {opening}…{closing}")
        depth = 0
        for char in seen:
            depth += char == opening
            if char == closing and depth:
                depth -= 1
        if depth:
            found.append(f"{where}: {dutch!r}: {opening} without its {closing}")
    return found


def all_problems(pairs: list[Pair]) -> list[str]:
    return (term_problems(pairs) + avoided_words(pairs) + address_problems(pairs)
            + quote_problems(pairs))


# --- the checkers can fail ------------------------------------------------------------------------

BROKEN = [
    ("PlayerView", "▶ Resume", "▶ Verder"),
    ("Player", "Hold %1 s", "Houding %1 s"),
    ("SessionTableModel", "stopped early", "vroeg gestopt"),
    ("Player", "%1 reps at your own pace", "%1 herhalingen op je eigen tempo"),
    ("Tray", "Press Space to go on", "Drukt u op spatie als je klaar bent"),
    ("Progression", "You marked “this hurt”", "Je markeerde „dit deed pijn”"),
    ("Progression", "Mixed", "Eerst ‘dit’ en dan \"dat\""),
    ("Progression", "Unclosed", "Een ‘open aanhalingsteken"),
    ("StepForm", "Sides", "Zijden"),
]
GOOD = [
    ("PlayerView", "▶ Resume", "▶ Hervatten"),
    ("Player", "Hold %1 s", "%1 s vasthouden"),
    ("SessionTableModel", "stopped early", "eerder gestopt"),
    ("Player", "%1 reps at your own pace", "%1 herhalingen in je eigen tempo"),
    ("Tray", "Press Space to go on", "Druk op spatie als je klaar bent"),
    ("Progression", "You marked “this hurt”", "Je markeerde ‘dit deed pijn’"),
    ("SafetyNotice", "at night", "’s nachts"),
    ("MainWindow", "<a href=\"x\">Help</a>", "<a href=\"x\">Hulp</a>"),
    ("StepForm", "Set it aside", "Zet het opzij"),
    ("PlayerView", "S skips this exercise", "S slaat deze oefening over"),
    ("PlayerView", "Skip this exercise (S)", "Sla deze oefening over (S)"),
]


def test_every_checker_fails_on_a_broken_sample():
    assert len(term_problems(BROKEN[:2])) == 3  # Verder for Resume; Houding for a hold
    assert any("vroeg gestopt" in p for p in avoided_words(BROKEN[2:3]))
    assert any("op (?:je|mijn) eigen tempo" in p for p in avoided_words(BROKEN[3:4]))
    assert term_problems(BROKEN[3:4])  # no "in je eigen tempo"
    assert address_problems(BROKEN[4:5]) == [
        "Tray: 'Drukt u op spatie als je klaar bent': says u (with je in the same text); "
        "the app says je"]
    assert quote_problems(BROKEN[5:6]) and quote_problems(BROKEN[6:7])
    assert quote_problems(BROKEN[7:8]) == [
        "Progression: 'Een ‘open aanhalingsteken': ‘ without its ’"]
    assert term_problems(BROKEN[8:])  # "Zijden" is not "kant"
    for index in range(len(BROKEN)):
        assert all_problems([BROKEN[index]]), BROKEN[index]


def test_the_checkers_pass_good_dutch():
    assert all_problems(GOOD) == []


def test_a_broken_ts_file_fails(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl_NL">'
        "<context><name>PlayerView</name>"
        "<message><source>Skip ▶▶</source><translation>Verder ▶▶</translation></message>"
        "<message><source>Paused</source><translation>Gepauzeerd, klikt u “hier”</translation>"
        "</message></context></TS>", encoding="utf-8")
    problems = all_problems(ts_pairs(broken))
    assert len(problems) == 4, problems  # skip, avoided "Verder ▶▶", u, quotes


# --- the app's own texts --------------------------------------------------------------------------

@pytest.mark.parametrize("texts", ["ts", "catalog"])
def test_the_dutch_keeps_to_the_glossary(texts):
    pairs = ts_pairs() if texts == "ts" else catalog_pairs()
    assert len(pairs) > 50
    problems = all_problems(pairs)
    assert problems == [], "\n".join(problems)
