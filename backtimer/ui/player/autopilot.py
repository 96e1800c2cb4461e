"""For unattended runs (--autostart --quit-when-done): ends self-paced sets at their estimate."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from backtimer.core import session as core
from backtimer.core.clock import NS


class SelfPacedAutopilot(QObject):
    """Presses "done" for the absent person once a self-paced set has run its estimated time.

    Only the composition root installs it, and only when nobody can press a key: without it
    such a run would wait for ever on the first self-paced set.
    """

    def __init__(self, runner: QObject, parent: QObject):
        super().__init__(parent)
        self.runner = runner
        self.presses = 0
        runner.ticked.connect(self._check)

    def _check(self) -> None:
        session = self.runner.session
        if session is None or session.state is not core.State.RUNNING:
            return
        segment = session.segment
        if not segment.self_paced:
            return
        if session.elapsed_in_segment_ns() >= segment.nominal_s * NS:
            # Not from inside the runner's own signal: let it finish its dispatch first.
            QTimer.singleShot(0, self, self._press)

    def _press(self) -> None:
        session = self.runner.session
        if session is not None and session.state is core.State.RUNNING and \
                session.segment.self_paced:
            self.presses += 1
            self.runner.done()
