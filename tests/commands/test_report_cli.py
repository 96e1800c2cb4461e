"""``backtimer --report FILE.pdf [--weeks N]`` as a real process, read back with poppler
(pdftotext, pdfinfo, pdffonts): what it says in English and Dutch, its fonts, its pages and
paper, and bad input that exits 2 leaving no file."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from backtimer.core.report import period

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from history_data import physio_sample

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdffonts")),
                       reason="poppler's pdftotext/pdfinfo/pdffonts (Debian poppler-utils) "
                              "are not installed"),
]

ZONE = "Europe/Amsterdam"


def backtimer(data: Path, *args: str, locale: str = "C.UTF-8") -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG=locale, LC_ALL="", LC_MESSAGES="", TZ=ZONE)
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no display, and chooses for itself
    return subprocess.run([sys.executable, "-m", "backtimer", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def poppler(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def text_of(pdf: Path) -> str:
    # One space between words: the table columns are padded by pdftotext -layout.
    return re.sub(r"[ \t]+", " ", poppler("pdftotext", "-layout", str(pdf), "-"))


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """A data folder holding the sample history (its figures: history_data.physio_sample)."""
    data = tmp_path_factory.mktemp("sample") / "data"
    today = datetime.now(ZoneInfo(ZONE)).date()
    source = data.parent / "history.json"
    source.write_text(json.dumps(physio_sample(today, ZoneInfo(ZONE))))
    result = backtimer(data, "--import-history", str(source))
    assert result.returncode == 0, result.stderr
    return data


def day(d) -> str:
    return f"{d.day} {d:%b} {d.year}"


def test_the_report_states_the_historys_figures(sample, tmp_path):
    target = tmp_path / "report.pdf"
    result = backtimer(sample, "--report", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote a 2-page report of 6 weeks (15 sessions)")
    text = text_of(target)
    span = period(datetime.now(ZoneInfo(ZONE)).date(), 6)
    for line in (
        "Home exercise report",
        f"Period: {day(span.first)} – {day(span.today)} (6 weeks)",
        "Name:",
        "Lower-back strength — 15 sessions, 13 completed",
        "Weekly goal: 3 sessions",
        "Sessions completed: 13 (stopped early: 1, interrupted: 1)",
        "Weeks that met the goal: 3 of 5 (60 %)",
        "Exercise minutes: 136 in all, 23 a week on average",
        "Average before a session: 4.5 (14 ratings)",
        "Average after a session: 3.0 (13 ratings)",
        "Change within a session: −1.3 on average (13 sessions rated before and after)",
        "Trend, first 2 weeks against the last 2: before 5.8 → 3.0, after 4.0 → 1.0",
        "Effort (self-rated, 1–10): 5.0 on average over 3 sessions, from 5 to 5",
        "Pelvic tilt 15 0 300 21 –",
        "Glute bridge 13 2 498 44 –",
        "it is not medical advice",
        "entered by the person themselves",
        "Page 1 of 2",
        "Page 2 of 2",
    ):
        assert line in text, f"{line!r} not in the report:\n{text}"
    marked = span.first + timedelta(weeks=2)  # the Monday of the third week
    assert f"Superman 13 0 312 33 {marked.day} {marked:%b}" in text
    # Progression: on from the first week; superman stepped back after the week it hurt.
    assert f"Superman 0 of 3 1 of 3 {marked.day} {marked:%b} (marked “this hurt”)" in text
    info = poppler("pdfinfo", str(target))
    assert re.search(r"Pages:\s+2\n", info)
    assert "595 x 842 pts (A4)" in info
    fonts = poppler("pdffonts", str(target)).splitlines()[2:]
    assert fonts, "no fonts: the text was not drawn as text"
    assert all(line.split()[-5] == "yes" for line in fonts), fonts  # the "emb" column


def test_the_report_in_dutch(sample, tmp_path):
    target = tmp_path / "verslag.pdf"
    result = backtimer(sample, "--report", str(target), "--lang", "nl")
    assert result.returncode == 0, result.stderr
    text = text_of(target)
    for line in (
        "Verslag van de thuisoefeningen",
        "(6 weken)",
        "Naam:",
        "Sessies voltooid: 13 (eerder gestopt: 1, onderbroken: 1)",
        "Weken waarin het doel gehaald is: 3 van 5 (60 %)",
        "Oefenminuten: 136 in totaal, gemiddeld 23 per week",
        "Gemiddeld voor een sessie: 4,5 (14 beoordelingen)",
        "Gemiddeld na een sessie: 3,0 (13 beoordelingen)",
        "Verschil binnen een sessie: gemiddeld −1,3 (13 sessies voor en na beoordeeld)",
        "Verloop, eerste 2 weken tegenover de laatste 2: vooraf 5,8 → 3,0, achteraf 4,0 → 1,0",
        "Bekkenkanteling 15 0 300 21 –",
        "het is geen medisch",
        "Pagina 1 van 2",
    ):
        assert line in text, f"{line!r} not in the report:\n{text}"
    assert "Sessions" not in text and "weeks" not in text


def test_ten_years_fit_on_two_pages(sample, tmp_path):
    target = tmp_path / "long.pdf"
    result = backtimer(sample, "--report", str(target), "--weeks", "520")
    assert result.returncode == 0, result.stderr
    assert "(520 weeks)" in text_of(target)
    assert re.search(r"Pages:\s+2\n", poppler("pdfinfo", str(target)))


def test_letter_paper_where_the_locale_uses_it(sample, tmp_path):
    target = tmp_path / "letter.pdf"
    result = backtimer(sample, "--report", str(target), locale="en_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "612 x 792 pts (letter)" in poppler("pdfinfo", str(target))


def test_an_empty_history_makes_a_report_that_says_so_and_creates_no_history(tmp_path):
    data = tmp_path / "data"
    target = tmp_path / "empty.pdf"
    result = backtimer(data, "--report", str(target), "--weeks", "1")
    assert result.returncode == 0, result.stderr
    text = text_of(target)
    assert "Nothing recorded yet" in text
    assert "No exercise sessions were recorded in this period." in text
    assert "(1 week)" in text
    assert re.search(r"Pages:\s+1\n", poppler("pdfinfo", str(target)))
    assert not (data / "history.sqlite3").exists()


@pytest.mark.parametrize("weeks", ["0", "-3", "abc", "100000", "2.5", "521"])
def test_a_bad_number_of_weeks_exits_2_and_writes_nothing(tmp_path, weeks):
    target = tmp_path / "report.pdf"
    result = backtimer(tmp_path / "data", "--report", str(target), "--weeks", weeks)
    assert result.returncode == 2
    assert "--weeks" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_weeks_without_a_report_is_refused(tmp_path):
    result = backtimer(tmp_path / "data", "--weeks", "4")
    assert result.returncode == 2
    assert "--weeks goes with --report" in result.stderr


@pytest.mark.parametrize("where", ["missing folder", "a folder", "read-only folder"])
def test_an_unwritable_target_exits_2_and_leaves_no_file(tmp_path, where):
    if where == "read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    folder = tmp_path / "out"
    folder.mkdir()
    target = {"missing folder": folder / "nope" / "report.pdf", "a folder": folder,
              "read-only folder": folder / "report.pdf"}[where]
    if where == "read-only folder":
        folder.chmod(0o500)
    try:
        result = backtimer(tmp_path / "data", "--report", str(target))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2, result.stderr
    assert "cannot write" in result.stderr
    assert list(folder.iterdir()) == []


def test_a_failed_write_keeps_the_report_that_was_there(sample, tmp_path):
    """The PDF is drawn into a temporary file and moved into place only when whole."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF- an older report")
    folder_mode = tmp_path.stat().st_mode
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    tmp_path.chmod(0o500)
    try:
        result = backtimer(sample, "--report", str(target))
    finally:
        tmp_path.chmod(folder_mode)
    assert result.returncode == 2
    assert target.read_bytes() == b"%PDF- an older report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
