"""`--autostart` on a first start: the clock waits for the safety notice to be read (issue 20)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox
    from backtimer.ui.shell.main_window import MainWindow
    from backtimer.ui.shell.safety_notice import SafetyNotice

    original = MainWindow._after_first_frame

    def after_first_frame(window):
        original(window)  # opens the first-run notice

        def behind_the_notice():
            notice = window.findChild(SafetyNotice)
            print("notice open:", notice is not None and notice.isVisible())
            print("running behind it:", window.runner.busy)
            ok = notice.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            QTest.mouseClick(ok, Qt.MouseButton.LeftButton)  # "I understand"
            QTimer.singleShot(300, after_reading)

        def after_reading():
            print("running after it:", window.runner.busy)
            QApplication.quit()

        QTimer.singleShot(1500, behind_the_notice)

    MainWindow._after_first_frame = after_first_frame
    from backtimer.cli import main
    sys.exit(main(["--data-dir", sys.argv[1], "--routine", "quick-5", "--autostart",
                   "--time-scale", "10"]))
""")


@pytest.mark.slow
def test_autostart_on_a_fresh_profile_starts_once_the_notice_is_accepted(tmp_path):
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "fresh")],
                            capture_output=True, text=True, timeout=90, check=False)
    assert result.stdout.splitlines() == ["notice open: True", "running behind it: False",
                                          "running after it: True"], result.stderr
