"""The Dutch translation is complete, keeps its placeholders, and the app carries its newest .qm."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "assets" / "i18n" / "backtimer_nl.ts"
QM = ROOT / "assets" / "i18n" / "backtimer_nl.qm"
HINT = "translate it in assets/i18n/backtimer_nl.ts, then run python tools/update_translations.py"
# Qt's %1, %L1, %n and str.format's {name}.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_0-9]*\}")


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def _messages(tree: ET.ElementTree):
    """(context, source, translation element or None, numerus) of each live message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source") or "", translation, (
                message.get("numerus") == "yes")


def _forms(translation: ET.Element, numerus: bool) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def untranslated(tree: ET.ElementTree) -> list[str]:
    found = []
    for context, source, translation, numerus in _messages(tree):
        if (translation is None or translation.get("type") == "unfinished"
                or not all(form.strip() for form in _forms(translation, numerus))):
            found.append(f"{context}: {source!r}")
    return found


def placeholder_mismatches(tree: ET.ElementTree) -> list[str]:
    found = []
    for context, source, translation, numerus in _messages(tree):
        if translation is None or translation.get("type") == "unfinished":
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in filter(None, _forms(translation, numerus)):  # empty: untranslated
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                found.append(f"{context}: {source!r} -> {form!r}")
    return found


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory) -> ET.ElementTree:
    """The .ts as lupdate makes it from today's code: a new string in the code is unfinished."""
    folder = tmp_path_factory.mktemp("i18n")
    ts = folder / TS.name
    shutil.copy(TS, ts)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "backtimer").rglob("*.py")
                     if not p.name.endswith("_rc.py"))
    result = subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations",
                             "none", "-target-language", "nl_NL", "-ts", str(ts)],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return ET.parse(ts)


def test_every_string_in_the_code_has_a_finished_dutch_translation(current_ts):
    missing = untranslated(current_ts)
    assert not missing, f"{len(missing)} without Dutch ({HINT}):\n" + "\n".join(missing)


def test_the_ts_holds_no_string_the_code_no_longer_has(current_ts):
    def keys(tree):
        return {(context, source) for context, source, _t, _n in _messages(tree)}

    gone = keys(ET.parse(TS)) - keys(current_ts)
    assert not gone, f"run python tools/update_translations.py to drop: {sorted(gone)}"


def test_no_code_comment_reaches_the_translators(current_ts):
    # lupdate hands a "#:" comment to the translators as a note on the next string; the code's
    # own notes (constants, attributes) would mislead them, so code comments use "#".
    notes = [(message.findtext("source"), message.findtext("extracomment"))
             for message in current_ts.getroot().iter("message")
             if message.find("extracomment") is not None]
    assert not notes, f"turn these '#:' comments into '#': {notes}"


def test_translations_keep_every_placeholder():
    wrong = placeholder_mismatches(ET.parse(TS))
    assert not wrong, "a translation lost or invented a placeholder:\n" + "\n".join(wrong)


def test_the_checks_catch_a_broken_translation(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="nl_NL"><context>'
        "<name>X</name>"
        "<message><source>Set %1 of %2</source><translation>Set %1</translation></message>"
        "<message><source>Rest</source><translation type=\"unfinished\"/></message>"
        '<message numerus="yes"><source>%n days</source><translation>'
        "<numerusform>%n dag</numerusform><numerusform></numerusform></translation></message>"
        "<message><source>{name} done</source><translation>{naam} klaar</translation></message>"
        "</context></TS>", encoding="utf-8")
    tree = ET.parse(broken)
    assert untranslated(tree) == ["X: 'Rest'", "X: '%n days'"]
    assert placeholder_mismatches(tree) == ["X: 'Set %1 of %2' -> 'Set %1'",
                                            "X: '{name} done' -> '{naam} klaar'"]


def test_the_compiled_translation_is_built_from_the_ts_as_it_is(tmp_path):
    fresh = tmp_path / QM.name
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    assert QM.read_bytes() == fresh.read_bytes(), (
        f"{QM.relative_to(ROOT)} is older than the .ts: run python tools/update_translations.py")


def test_the_app_resources_translate_every_message_as_the_ts_says(qapp):
    """Loads the .qm from the compiled resources, as the app does, and asks it each message."""
    from PySide6.QtCore import QTranslator

    from backtimer.ui.assets import asset_path

    path = asset_path("i18n/backtimer_nl.qm")
    assert path == ":/i18n/backtimer_nl.qm", "no .qm in the resources: run tools/build_resources.py"
    translator = QTranslator()
    assert translator.load(path)
    wrong = []
    for context, source, translation, numerus in _messages(ET.parse(TS)):
        if numerus:
            # Dutch has two forms: one, and everything else.
            got = [translator.translate(context, source, None, n) for n in (1, 2)]
            want = _forms(translation, numerus)
        else:
            got, want = translator.translate(context, source), translation.text or ""
        if got != want:
            wrong.append(f"{context}: {source!r}: {got!r} != {want!r}")
    assert not wrong, ("the .qm inside backtimer/ui/resources_rc.py is stale "
                       "(run python tools/update_translations.py):\n" + "\n".join(wrong[:20]))


# A number's unit, in either language: "5 s", "12 min", "3 weken" must not break apart.
UNITS = ("s|ms|min|minutes|minuten|seconds|seconden|days|dagen|weeks|weken|sessions|sessies|"
         "reps|herhalingen|times|keer|hours|uur")
BREAKABLE = re.compile(rf"(%L?\d+|%n) (?=({UNITS})\b)")


def test_a_number_and_its_unit_are_joined_by_a_no_break_space(current_ts):
    """In the code's strings (English) and in the Dutch: a wrapped line never starts with "s"."""
    loose = []
    for context, source, translation, numerus in _messages(current_ts):
        texts = [source] + (_forms(translation, numerus) if translation is not None else [])
        loose += [f"{context}: {text!r}" for text in texts if BREAKABLE.search(text)]
    assert not loose, 'write "%1\\u00a0min" (code) or "%1&#xa0;min" (.ts):\n' + "\n".join(loose)


# --- core texts that reach the screen -------------------------------------------------------

def _core_problems() -> list:
    """One of each message core.routine can give, from inputs that break each rule."""
    from backtimer.core import catalog, routine

    def problems(make) -> list:
        with pytest.raises(routine.RoutineError) as caught:
            make()
        return caught.value.problems

    header = {"format": routine.FORMAT, "version": routine.VERSION, "id": "mine"}

    def parse(**fields):
        return lambda: routine.routine_from_dict({**header, **fields}, catalog.EXERCISES)

    found = []
    for raw in (b"\xff\xfe\x00", b"  ", "[" * 100_000, "{", b" " * (routine.MAX_FILE_BYTES + 1)):
        found += problems(lambda raw=raw: routine.loads(raw))
    for data in ([], {"format": "x"}, {**header, "version": 0}, {**header, "version": 99}):
        found += problems(lambda data=data: routine.routine_from_dict(data))
    good = {"exercise": "superman"}
    cases = [
        {"id": "Bad id!", "name": 5, "steps": "x"},
        {"name": {"fr": "x", "en": 5}, "steps": [], "extra": 1},
        {"name": {"en": "x" * 1000}, "lead_in_s": "a", "steps": [good] * 61},
        {"name": "", "lead_in_s": 99_999, "steps": [5, {"exercise": 5}, {"exercise": "nope"}]},
        {"name": "n", "steps": [{**good, "mode": "fly", "reps": 1.5, "tempo": 5}]},
        {"name": "n", "steps": [{**good, "tempo": {"up_s": 0, "hold_s": 0, "down_s": 0}}]},
        {"name": "n", "steps": [{**good, "tempo": {"up_s": "a"}}]},
        {"name": {"en": "two\nlines", "nl": "x\ud800"}, "steps": [good]},
    ]
    for fields in cases:
        found += problems(parse(**fields))
    return found


def test_every_core_routine_message_has_dutch(qapp):
    """The editor and the import box show core.routine's problems through problem_text, by
    code: every code the validator gives is reached here, and every code has Dutch."""
    from PySide6.QtCore import QLocale, QTranslator

    from backtimer.core import routine
    from backtimer.core.problems import MESSAGES, Problem
    from backtimer.ui.assets import asset_path
    from backtimer.ui.settings.problem_text import problem_text

    found = _core_problems()
    # Every code core.routine words must have been reached above.
    source = Path(routine.__file__).read_text(encoding="utf-8")
    in_source = {code for code in MESSAGES if f'"{code}"' in source}
    assert in_source - {p.code for p in found} == set(), (
        "a problem of core.routine is not reached here: add a case to _core_problems")
    # One of each code there is (the routine library's too), with values of the right kinds.
    samples = {p.code: p for p in found}
    for code, english in MESSAGES.items():
        if code not in samples:
            names = re.findall(r"\{(\w+)", english)
            samples[code] = Problem(("id",), code, {name: "x" for name in names})
    translator = QTranslator()
    assert translator.load(asset_path("i18n/backtimer_nl.qm"))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        english = sorted(code for code, p in samples.items() if problem_text(p) == p.message)
        assert not english, f"problem_text has no Dutch for: {english}"
        assert problem_text(Problem(("steps", 0, "tempo"), "too_short", {"minimum": 0.5})) == \
            "één herhaling moet minstens 0,5\u00a0seconden duren"
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_session_list_names_built_in_routines_in_todays_language(qapp, tmp_path):
    """A session run in English shows "Kort · 5 min" after switching to Dutch; one's own routine
    keeps the name it had."""
    from datetime import datetime, timezone

    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QWidget

    from backtimer.core import catalog
    from backtimer.storage.history import HistoryStore
    from backtimer.storage.routine_library import RoutineLibrary
    from backtimer.ui.history.view import SessionTableModel

    started = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    store = HistoryStore(tmp_path / "history.sqlite3", None, now=lambda: started)
    try:
        store.start_session("quick-5", "Quick 5", started)
        store.start_session("my-routine", "My routine", started)
        library = RoutineLibrary(tmp_path / "routines", catalog.BUILTIN_ROUTINES,
                                 catalog.EXERCISES)
        owner = QWidget()
        model = SessionTableModel(store, "nl", owner, library)
        model.reload()
        names = {model.index(row, 1, QModelIndex()).data() for row in range(model.rowCount())}
        assert names == {"Kort · 5 min", "My routine"}
        owner.deleteLater()
    finally:
        store.close()


# --- the voice ----------------------------------------------------------------------------

def test_the_voice_speaks_the_interface_language_or_not_at_all(qtbot):
    """Qt's mock engine has English (and Nordic) voices but no Dutch one."""
    from PySide6.QtCore import QObject

    from backtimer.ui.player.speech import Speech

    owner = QObject()
    english = Speech("en", owner, engine="mock")
    with qtbot.waitSignal(english.opened, timeout=15000):
        pass
    assert english.locale.startswith("en_")
    # Dutch sentences in an English voice would be noise: no voice, the beeps remain.
    dutch = Speech("nl", owner, engine="mock")
    with qtbot.waitSignal(dutch.unavailable, timeout=15000) as told:
        pass
    assert told.args == ["no-language"] and not dutch.available
    owner.deleteLater()
