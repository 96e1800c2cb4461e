"""The project's promises about itself: the README's commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands(text: str) -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)


def test_ci_runs_the_readme_test_command_word_for_word():
    readme_test = _commands((ROOT / "README.md").read_text())[1]
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert ci_lines[-1] == readme_test


def test_the_readme_gives_a_run_command_and_a_test_command():
    run, test = _commands((ROOT / "README.md").read_text())[:2]
    assert run.endswith("backtimer") and "pip install" in run
    assert "pytest" in test and "lint-imports" in test and "ruff check" in test
