"""The test rig's own promises: a test that leaves a QTimer running fails."""

from __future__ import annotations

from pathlib import Path

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")


def test_a_timer_left_running_fails_its_test(pytester):
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_timers="""
        from PySide6.QtCore import QObject, QTimer

        KEEP = []

        def test_leaves_one_running(qapp):
            owner = QObject()
            KEEP.append(owner)
            timer = QTimer(owner)
            timer.setObjectName("forgotten")
            timer.start(60_000)

        def test_stops_its_timer(qapp):
            timer = QTimer()
            timer.start(60_000)
            timer.stop()

        def test_hands_its_owner_to_delete_later(qapp):
            owner = QObject()
            QTimer(owner).start(60_000)
            owner.deleteLater()
    """)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, errors=1)  # the test ran; its teardown failed
    result.stdout.fnmatch_lines(["*1 QTimer(s) still running after the test: ['forgotten*"])
