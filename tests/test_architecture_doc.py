"""ARCHITECTURE.md names every module of the package, and no module that is gone.

The rule: a module is named when its path relative to ``backtimer/`` appears in ARCHITECTURE.md
as a code span, e.g. `ui/player/figure.py` or `app.py` (the module tables list each one that
way). Package ``__init__.py`` files and the generated ``ui/resources_rc.py`` need not be named.
The other way round, every code span that reads as a module path of the package (it starts with
one of the package's folders, or is a top-level module, and ends in ``.py``) must name a file
that exists, so a moved or deleted module cannot linger in the document.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "backtimer"
DOC = ROOT / "ARCHITECTURE.md"
EXEMPT = {"__init__.py", "resources_rc.py"}


def code_spans(text: str) -> set[str]:
    return set(re.findall(r"`([^`\n]+)`", text))


def modules() -> list[str]:
    return sorted(path.relative_to(PACKAGE).as_posix() for path in PACKAGE.rglob("*.py")
                  if path.name not in EXEMPT and "__pycache__" not in path.parts)


def package_paths(spans: set[str]) -> set[str]:
    """The spans that read as a module path of the package."""
    folders = {path.name for path in PACKAGE.iterdir() if path.is_dir()} - {"__pycache__"}
    tops = {path.name for path in PACKAGE.glob("*.py")}
    return {span for span in spans if span.endswith(".py") and " " not in span
            and (span.split("/", 1)[0] in folders or span in tops)}


def test_every_module_is_named_in_the_architecture_doc():
    spans = code_spans(DOC.read_text(encoding="utf-8"))
    missing = [module for module in modules() if module not in spans]
    assert not missing, (f"ARCHITECTURE.md does not name {missing}: add each, with its one job, "
                         "to the table of its folder")


def test_the_architecture_doc_names_no_module_that_is_gone():
    spans = code_spans(DOC.read_text(encoding="utf-8"))
    gone = sorted(span for span in package_paths(spans) if not (PACKAGE / span).is_file())
    assert not gone, f"ARCHITECTURE.md names modules that do not exist: {gone}"


def test_the_rule_sees_modules_in_subfolders_and_at_the_top():
    found = modules()
    assert "app.py" in found and "ui/player/runner.py" in found
    assert "ui/resources_rc.py" not in found and "core/__init__.py" not in found
    assert package_paths({"ui/x.py", "tests/ui/x.py", "app.py", "ui/", "core"}) == {"ui/x.py",
                                                                                     "app.py"}
