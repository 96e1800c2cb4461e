"""Every Qt signal the app declares is listened to somewhere in the app itself (a test that
listens does not count: nobody runs the tests), or says on its line why not
(``# unwired: why``). A signal nobody hears is a button that does nothing."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "backtimer"


def _signals_and_connects() -> tuple[dict[str, list[str]], Counter]:
    declared: dict[str, list[str]] = {}
    connects: Counter = Counter()
    for path in sorted(PACKAGE.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        tree = ast.parse(source, filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (isinstance(item, ast.Assign) and isinstance(item.value, ast.Call)
                            and getattr(item.value.func, "id",
                                        getattr(item.value.func, "attr", "")) == "Signal"
                            and "# unwired:" not in lines[item.lineno - 1]):
                        for target in item.targets:
                            if isinstance(target, ast.Name):
                                declared.setdefault(target.id, []).append(
                                    f"{path.relative_to(PACKAGE.parent)}:{item.lineno}")
            # signal.connect(…): an attribute ``connect`` of an attribute named like a signal
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                  and node.func.attr == "connect" and isinstance(node.func.value, ast.Attribute)):
                connects[node.func.value.attr] += 1
    return declared, connects


def test_every_signal_the_app_declares_is_connected_in_the_app():
    declared, connects = _signals_and_connects()
    assert declared, "no signals found: the scan is broken"
    unheard = {name: places for name, places in declared.items()
               if connects[name] < len(places)}
    assert unheard == {}, ("declared but never connected in backtimer/ (connect it, delete it, "
                           "or say why on its line with '# unwired: why'): "
                           + "; ".join(f"{name} at {', '.join(places)}"
                                       for name, places in sorted(unheard.items())))
