"""The moving figure: paints the exercise's pose at the session's moment, mirrored per side.

The pose is a function of the session's elapsed time (``core.figure.moment``); the frame timer
only decides when to look again. It runs at the screen's rate while the body moves and not at
all during a hold, a rest or a pause, so a still figure costs no repaints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.figure import frame, picture
from backtimer.core.figure.moment import Moment
from backtimer.ui.player.figure_paint import paint_marks

DEFAULT_FRAME_MS = 16  # a 60 Hz screen, when the screen does not say


class FigureView(QWidget):
    """Shows the figure of whatever ``source()`` says is the moment now (None: nothing).

    Signals:
        painted(object): a frame was painted, with the Moment it shows.
    """

    painted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("illustrationView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)
        self._source: Callable[[], Moment | None] = lambda: None
        self.moment: Moment | None = None  # what the last look at the source found
        self.shown: Moment | None = None  # what the last paint drew
        self._frames = QTimer(self)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def follow(self, source: Callable[[], Moment | None]) -> None:
        """Take the moment from ``source`` from now on (the player passes the session's)."""
        self._source = source
        self.refresh()

    # The two-frame view's names, which the player and its tests still speak.
    @property
    def exercise_id(self) -> str | None:
        return self.moment.exercise_id if self.moment else None

    @property
    def pose(self) -> str | None:
        return self.moment.phase if self.moment else None

    @property
    def mirrored(self) -> bool:
        return bool(self.moment and self.moment.mirrored)

    def has_picture(self) -> bool:
        return self.moment is not None

    @property
    def animating(self) -> bool:
        """Whether frames are being painted at the screen's rate (only while the body moves)."""
        return self._frames.isActive()

    def refresh(self) -> None:
        """Look at the moment now: repaint if the figure changed; run frames while it moves."""
        moment = self._source()
        if moment != self.moment:
            self.moment = moment
            self.update()
        moving = moment is not None and moment.moving and self.isVisible()
        if moving and not self._frames.isActive():
            self._frames.start(self._frame_ms())
        elif not moving and self._frames.isActive():
            self._frames.stop()

    def _frame_ms(self) -> int:
        screen = self.screen()
        rate = screen.refreshRate() if screen is not None else 0.0
        return max(8, round(1000 / rate)) if rate > 1 else DEFAULT_FRAME_MS

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._frames.stop()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Paint the moment as it is now, not as it was when the repaint was asked for.
        moment = self._source() if self.moment is not None else None
        if moment is None:
            return
        self.moment = moment
        painter = QPainter(self)
        target = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        paint_marks(painter, picture(moment.exercise_id, moment.phase, moment.fraction,
                                     moment.side),
                    frame(moment.exercise_id).box, target, mirrored=moment.mirrored)
        painter.end()
        self.shown = moment
        self.painted.emit(moment)
