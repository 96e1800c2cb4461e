"""resources.qrc, assets/ and the compiled resources_rc module must agree, byte for byte."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("build_resources",
                                               ROOT / "tools" / "build_resources.py")
build_resources = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("build_resources", build_resources)
_spec.loader.exec_module(build_resources)

HINT = "run: python tools/build_resources.py"


def test_qrc_lists_exactly_the_assets():
    tree = ET.parse(ROOT / "resources.qrc")
    listed = {item.get("alias"): item.text for item in tree.iter("file")}
    wanted = build_resources.asset_files()
    assert sorted(listed) == wanted, HINT
    for alias, path in listed.items():
        assert path == f"assets/{alias}"
        assert (ROOT / path).is_file(), path


def test_compiled_module_carries_the_same_bytes(qapp):
    import backtimer.ui.resources_rc  # noqa: F401 - registers the resources

    for alias in build_resources.asset_files():
        handle = QFile(f":/{alias}")
        assert handle.open(QIODevice.OpenModeFlag.ReadOnly), f":/{alias} missing; {HINT}"
        data = bytes(handle.readAll())
        handle.close()
        assert data == (ROOT / "assets" / alias).read_bytes(), f"{alias} differs; {HINT}"


def test_every_catalog_exercise_has_both_poses():
    from backtimer.core.catalog import EXERCISES

    for exercise in EXERCISES.values():
        for pose in ("start", "end"):
            assert (ROOT / "assets" / "illustrations"
                    / f"{exercise.illustration}-{pose}.svg").is_file(), (exercise.id, pose)
