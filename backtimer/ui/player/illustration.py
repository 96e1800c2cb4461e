"""The exercise picture: an SVG pose (start or end), mirrored for the other side."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from backtimer.ui.assets import asset_path

POSES = ("start", "end")


class IllustrationView(QWidget):
    """Shows ``<exercise>-<pose>.svg`` scaled to fit, keeping its aspect ratio.

    Renderers are cached per exercise and pose, so switching poses in time with a rep
    costs one repaint and no file access.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("illustrationView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)
        self.exercise_id: str | None = None
        self.pose = "start"
        self.mirrored = False
        self._renderers: dict[tuple[str, str], QSvgRenderer | None] = {}

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def show_pose(self, exercise_id: str | None, pose: str = "start",
                  mirrored: bool = False) -> None:
        if (exercise_id, pose, mirrored) == (self.exercise_id, self.pose, self.mirrored):
            return
        self.exercise_id, self.pose, self.mirrored = exercise_id, pose, mirrored
        self.update()

    def has_picture(self) -> bool:
        return self._renderer() is not None

    def _renderer(self) -> QSvgRenderer | None:
        if self.exercise_id is None:
            return None
        key = (self.exercise_id, self.pose)
        if key not in self._renderers:
            renderer = None
            # An exercise drawn in one pose only shows that pose for both.
            for pose in (self.pose, *POSES):
                path = asset_path(f"illustrations/{self.exercise_id}-{pose}.svg")
                if path is not None:
                    candidate = QSvgRenderer(path, self)
                    if candidate.isValid():
                        renderer = candidate
                        break
                    candidate.deleteLater()
            self._renderers[key] = renderer
        return self._renderers[key]

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = self._renderer()
        if renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = renderer.defaultSize()
        if size.isEmpty():
            size = QSize(400, 250)
        bounds = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        scale = min(bounds.width() / size.width(), bounds.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        target = QRectF(bounds.center().x() - width / 2, bounds.center().y() - height / 2,
                        width, height)
        if self.mirrored:
            # Flip around the vertical centre line: the same figure working the other side.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
            target.moveLeft(self.width() - target.right())
        renderer.render(painter, target)
        painter.end()
