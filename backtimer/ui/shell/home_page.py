"""The home page: the routines to choose from, with their length and number of exercises.

It is the first frame a user waits for, so it is drawn without naming PySide6's `Qt` namespace:
the first use of any of it builds all 93 of its enum classes, about 11 ms on these machines.
The few values it needs are plain ints below, checked against Qt's own in the tests.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from backtimer.core.routine import Routine, localized
from backtimer.ui.shell.theme import readable_selection, show_focus

DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
RoutineRole = USER_ROLE + 1
DetailRole = USER_ROLE + 2
DescriptionRole = USER_ROLE + 3
LEFT_MIDDLE = 0x0081  # Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = 0x0082  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = 0x0021  # Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft

_Index = QModelIndex | QPersistentModelIndex


class LibraryRoutinesModel(QAbstractListModel):
    """The routines of the library, one row each: name, then duration and exercise count."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self._routines: list[Routine] = []
        self._details: list[str] = []

    def set_routines(self, routines: list[Routine]) -> None:
        self.beginResetModel()
        self._routines = list(routines)
        self._details = [self._detail(r) for r in self._routines]
        self.endResetModel()

    def _detail(self, routine: Routine) -> str:
        minutes = str(max(1, round(routine.duration_s / 60)))
        exercises = len({step.exercise for step in routine.steps})
        if exercises == 1:
            text = self.tr("%1\u00a0min · 1 exercise")
        else:
            text = self.tr("%1\u00a0min · %2 exercises").replace("%2", str(exercises))
        return text.replace("%1", minutes)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._routines)

    def data(self, index: _Index, role: int = DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._routines):
            return None
        routine = self._routines[index.row()]
        if role == DISPLAY_ROLE:
            return localized(routine.name, self.lang)
        if role == ACCESSIBLE_TEXT_ROLE:
            return f"{localized(routine.name, self.lang)}, {self._details[index.row()]}"
        if role == DetailRole:
            return self._details[index.row()]
        if role == DescriptionRole:
            return localized(routine.description, self.lang) if routine.description else ""
        if role == RoutineRole:
            return routine
        return None

    def routine_at(self, row: int) -> Routine | None:
        return self._routines[row] if 0 <= row < len(self._routines) else None

    def row_of(self, routine_id: str) -> int:
        return next((i for i, r in enumerate(self._routines) if r.id == routine_id), -1)


class RoutineDelegate(QStyledItemDelegate):
    """Paints a routine as a big name, its duration and size, and its description.

    The style paints the row's background, selection and focus; this paints the three texts.
    It never reads ``option.state``: PySide6 would build all of QStyle's enums for it, a few
    milliseconds of the start-up, so whether the row is selected is asked of the view.
    """

    PADDING = 12

    def __init__(self, view: QListView):
        super().__init__(view)
        self._view = view
        self._fonts_for: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, QFont,
                                                            QFontMetrics]:
        """The name's font and the small font, with their metrics: made once per view font."""
        key = option.font.key()
        if key not in self._fonts_for:
            name_font = QFont(option.font)
            name_font.setPointSizeF(option.font.pointSizeF() * 1.35)
            name_font.setBold(True)
            small = QFont(option.font)
            self._fonts_for[key] = (name_font, QFontMetrics(name_font), small,
                                    QFontMetrics(small))
        return self._fonts_for[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        _name_font, name_metrics, _small, small_metrics = self._fonts(option)
        height = name_metrics.height() + 2 * small_metrics.height() + 2 * self.PADDING + 6
        return QSize(300, height)

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the style draws the row; paint() adds the texts in their own fonts

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, option, index)
        selected = self._view.selectionModel().isSelected(index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        name_font, name_metrics, small, small_metrics = self._fonts(option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        # The style draws each text in the palette's colour for the role (QPainter.setPen
        # would match its overloads against Qt's pen enums).
        style = self._view.style()
        palette = option.palette
        painter.save()
        painter.setFont(name_font)
        name_rect = QRect(rect.left(), rect.top(), rect.width(), name_metrics.height())
        detail = index.data(DetailRole) or ""
        detail_w = small_metrics.horizontalAdvance(detail) + 8
        name = _fitted(name_metrics, index.data() or "", max(40, rect.width() - detail_w))
        style.drawItemText(painter, name_rect, LEFT_MIDDLE, palette, True, name, role)
        painter.setFont(small)
        style.drawItemText(painter, name_rect, RIGHT_MIDDLE, palette, True, detail, role)
        desc_rect = QRect(rect.left(), name_rect.bottom() + 6, rect.width(),
                          2 * small_metrics.height())
        description = _two_lines(small_metrics, index.data(DescriptionRole) or "", rect.width())
        style.drawItemText(painter, desc_rect, TOP_LEFT, palette, True, description, role)
        painter.restore()


def _fitted(metrics: QFontMetrics, text: str, width: int) -> str:
    """The text, cut short with "…" when it is wider than ``width``.

    By hand, not QFontMetrics.elidedText: that one takes a `Qt` enum (see the module's doc), and
    a user's long routine name would bring those 11 ms back into the first frame.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    fits, too_long = 0, len(text)  # the longest prefix that fits with "…" after it
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if metrics.horizontalAdvance(text[:middle].rstrip() + "…") <= width:
            fits = middle
        else:
            too_long = middle
    return text[:fits].rstrip() + "…"


def _two_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """The text broken at a space into at most two lines, the second cut short with "…"."""
    text = " ".join(text.split())  # line breaks and runs of spaces in a routine file: one space
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    first = words[0]
    for at in range(1, len(words)):
        longer = f"{first} {words[at]}"
        if metrics.horizontalAdvance(longer) > width:
            rest = " ".join(words[at:])
            return f"{_fitted(metrics, first, width)}\n{_fitted(metrics, rest, width)}"
        first = longer
    return _fitted(metrics, text, width)  # one word, too long for a line


class HomePage(QWidget):
    """Choose a routine: double-click it, press Enter, or use Start.

    Signals:
        routine_chosen(object): the Routine to open in the player.
    """

    routine_chosen = Signal(object)

    def __init__(self, library, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("homePage")
        self.library = library
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Choose a routine"), self)
        heading.setObjectName("homeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("libraryProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()
        layout.addWidget(self.problems_label)

        self.model = LibraryRoutinesModel(lang, self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("routineList")
        self.list_view.setAccessibleName(self.tr("Routines"))
        readable_selection(self.list_view)
        show_focus(self.list_view)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(RoutineDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSpacing(2)
        self.list_view.doubleClicked.connect(self._open_index)
        self.list_view.activated.connect(self._open_index)
        layout.addWidget(self.list_view, 1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = QPushButton(self.tr("▶ Start routine"), self)
        self.start_button.setObjectName("homeStartButton")
        self.start_button.setAccessibleName(self.tr("Start routine"))
        self.start_button.setMinimumSize(220, 52)
        self.start_button.setDefault(True)
        # Fusion's focus mark on a default button is a hair; from the keyboard it must show.
        self.start_button.setStyleSheet("#homeStartButton:focus { border: 3px solid "
                                        "palette(highlight); border-radius: 6px; }")
        self.start_button.clicked.connect(self.open_selected)
        row.addWidget(self.start_button)
        layout.addLayout(row)
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or (self.selected().id if self.selected() else None)
        self.model.set_routines(self.library.routines())
        problems = getattr(self.library, "problems", {}) or {}
        if problems:
            names = ", ".join(path.name for path in problems)
            self.problems_label.setText(self.tr("Some routine files could not be read and are "
                                                "left untouched: %1").replace("%1", names))
        self.problems_label.setVisible(bool(problems))
        row = self.model.row_of(current) if current else -1
        self.list_view.setCurrentIndex(self.model.index(max(row, 0), 0))

    def selected(self) -> Routine | None:
        index = self.list_view.currentIndex()
        return self.model.routine_at(index.row()) if index.isValid() else None

    def open_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.routine_chosen.emit(routine)

    def _open_index(self, index: QModelIndex) -> None:
        routine = self.model.routine_at(index.row())
        if routine is not None:
            self.routine_chosen.emit(routine)
