"""The moving figure: paints the exercise's pose at the session's moment, mirrored per side.

The pose is a function of the session's elapsed time (``core.figure.moment``); the frame timer
only decides when to look again. It runs at the screen's rate while the body moves and not at
all during a hold, a rest or a pause, so a still figure costs no repaints.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.core.figure import frame, movement, pose_at
from backtimer.core.figure.drawing import extent
from backtimer.core.figure.drawing import marks as scene_marks
from backtimer.core.figure.library import top_speed
from backtimer.core.figure.moment import Moment
from backtimer.core.figure.movement import progress
from backtimer.ui.player.figure_paint import fit, paint_marks

DEFAULT_FRAME_MS = 16  # a 60 Hz screen, when the screen does not say
# A frame whose figure moved less than this (in pixels) since the last paint is not painted:
# nobody sees it, and the slow ends of a gentle pelvic tilt would otherwise cost full frames.
SUBPIXEL = 0.5


class FigureView(QWidget):
    """Shows the figure of whatever ``source()`` says is the moment now (None: nothing).

    Signals:
        painted(object): a frame was painted, with the Moment it shows.
    """

    painted = Signal(object)  # unwired: tests and benchmarks count the frames with it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("illustrationView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)
        # The figure fills its own background, so Qt need not paint the page under it first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._source: Callable[[], Moment | None] = lambda: None
        self.moment: Moment | None = None  # what the last look at the source found
        self.shown: Moment | None = None  # what the last paint drew
        self._scene = None  # the pose of self.moment, once computed (a frame needs it once)
        self._marks: list | None = None  # and its marks
        self._painted_rect = QRect()  # where the last paint put the figure
        self._painted_marks: list = []  # and what it painted
        self.skipped = 0  # frames not painted because the figure moved less than SUBPIXEL
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
            self.moment, self._scene, self._marks = moment, None, None
            if self._visible_change(moment):
                self._ask_repaint()
            else:
                self.skipped += 1
        moving = moment is not None and moment.moving and self.isVisible()
        if moving and not self._frames.isActive():
            self._frames.start(self._frame_ms())
        elif not moving and self._frames.isActive():
            self._frames.stop()

    def _visible_change(self, moment: Moment | None) -> bool:
        shown = self.shown
        if (moment is None or shown is None or not moment.moving
                or (moment.exercise_id, moment.phase, moment.side, moment.mirrored)
                != (shown.exercise_id, shown.phase, shown.side, shown.mirrored)):
            return True
        # A bound on how far the body went since the last paint, without posing it: this runs
        # at the screen's rate and must cost next to nothing.
        move = movement(moment.exercise_id)
        piece, weight = progress(move, moment.phase, moment.fraction)
        shown_piece, shown_weight = progress(move, shown.phase, shown.fraction)
        if piece != shown_piece:
            return True
        scale, _, _ = fit(frame(moment.exercise_id).box, self._target())
        speed = top_speed(moment.exercise_id, moment.phase, piece)
        return speed * abs(weight - shown_weight) * scale >= SUBPIXEL

    def _ask_repaint(self) -> None:
        moment, shown = self.moment, self.shown
        if (moment is None or shown is None or self._painted_rect.isEmpty()
                or moment.exercise_id != shown.exercise_id):
            self.update()
            return
        new, old = self._scene_marks(), self._painted_marks
        if len(new) == len(old) and all(a.kind == b.kind and a.colour == b.colour
                                        for a, b in zip(new, old, strict=True)):
            # Only the parts that moved, where they were and where they go: in a bridge the
            # head, arms and feet stay put, and painting less is what keeps the frames cheap.
            moved = [mark for pair in zip(new, old, strict=True) if pair[0] != pair[1]
                     for mark in pair]
            if moved:
                self.update(self._figure_rect(moved))
            return
        # Only where the figure was and where it goes: the rest of the picture stays as it is.
        self.update(self._painted_rect.united(self._figure_rect(new)))

    def _scene_marks(self) -> list:
        if self._marks is None:
            moment = self.moment
            self._marks = scene_marks(self._pose(), movement(moment.exercise_id).view)
        return self._marks

    def _figure_rect(self, marks: list) -> QRect:
        x0, y0, x1, y1 = extent(marks)
        scale, dx, dy = fit(frame(self.moment.exercise_id).box, self._target())
        left, right = dx + x0 * scale, dx + x1 * scale
        if self.moment.mirrored:
            centre = self._target().center().x()
            left, right = 2 * centre - right, 2 * centre - left
        return QRectF(left, dy - y1 * scale, right - left,
                      (y1 - y0) * scale).toAlignedRect().adjusted(-2, -2, 2, 2)

    def _pose(self):
        if self._scene is None and self.moment is not None:
            m = self.moment
            self._scene = pose_at(m.exercise_id, m.phase, m.fraction, m.side)
        return self._scene

    def _target(self) -> QRectF:
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

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
        # The moment the last look at the clock found: the frame timer asks just before this.
        moment = self.moment
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        if moment is None:
            painter.end()
            return
        figure = self._scene_marks()
        paint_marks(painter, [*frame(moment.exercise_id).floor, *figure],
                    frame(moment.exercise_id).box, self._target(), mirrored=moment.mirrored)
        painter.end()
        self.shown, self._painted_rect = moment, self._figure_rect(figure)
        self._painted_marks = figure
        self.painted.emit(moment)
