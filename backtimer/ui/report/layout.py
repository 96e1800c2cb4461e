"""Text, tables and charts flowed down printed pages with QPainter: the report's page layout.

One ``Flow`` serves a PDF file, a printer and the print preview alike (any
``QPagedPaintDevice``). It runs twice: once to count the pages ("page 1 of 2"), once to draw.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
TEXT = QColor("#1a1a1a")
MUTED = QColor("#555555")
RULE = QColor("#b0b0b0")


class Flow:
    """A cursor going down the page; a block that does not fit starts a new page.

    ``painter`` None measures only (the counting pass)."""

    def __init__(self, device: QPagedPaintDevice, painter: QPainter | None,
                 footer: Callable[[Flow, int], float], family: str = ""):
        self.device = device
        self.painter = painter
        self.footer = footer  # draws page n's footer (when painting); returns its height
        self.mm = device.logicalDpiY() / 25.4
        self.width = float(device.width())
        self.page = 1
        self.y = 0.0
        self.family = family
        self.bottom = device.height() - footer(self, 0) - 4 * self.mm

    # --- fonts and measures -------------------------------------------------------------------

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        # No "fi" ligatures: a search for "figure" in the PDF must find it.
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def text_height(self, text: str, font: QFont, width: float | None = None,
                    flags=LEFT) -> float:
        metrics = QFontMetricsF(font, self.device)
        return metrics.boundingRect(QRectF(0, 0, width or self.width, 1e6), flags, text).height()

    # --- pages --------------------------------------------------------------------------------

    def finish_page(self) -> None:
        self.footer(self, self.page)

    def new_page(self) -> None:
        self.finish_page()
        if self.painter is not None:
            self.device.newPage()
        self.page += 1
        self.y = 0.0

    def ensure(self, height: float) -> None:
        """Room for ``height`` more, or a new page (unless the page is still empty)."""
        if self.y + height > self.bottom and self.y > 0:
            self.new_page()

    def space(self, mm: float) -> None:
        self.y += mm * self.mm

    # --- blocks -------------------------------------------------------------------------------

    def draw_text(self, rect: QRectF, text: str, font: QFont, color: QColor = TEXT,
                  flags=LEFT) -> None:
        if self.painter is not None:
            self.painter.setFont(font)
            self.painter.setPen(color)
            self.painter.drawText(rect, flags, text)

    def paragraph(self, text: str, font: QFont, color: QColor = TEXT, *, indent: float = 0.0,
                  after: float = 1.2, keep: float = 0.0) -> None:
        """Wrapped text; ``keep`` (device units) more must fit below it, or both move on."""
        width = self.width - indent
        height = self.text_height(text, font, width)
        self.ensure(height + keep)
        self.draw_text(QRectF(indent, self.y, width, height), text, font, color)
        self.y += height + after * self.mm

    def heading(self, text: str, keep: float = 0.0) -> None:
        """A section title; ``keep`` more must fit below it (at least three lines of text)."""
        font = self.font(12.5, bold=True)
        self.space(2.5)
        keep = max(keep, 3 * self.text_height("Xg", self.font(9.5)))
        self.paragraph(text, font, keep=min(keep, 0.8 * self.bottom), after=0.8)
        if self.painter is not None:
            self.painter.setPen(QPen(RULE, 0.25 * self.mm))
            self.painter.drawLine(QRectF(0, self.y, self.width, 0).topLeft(),
                                  QRectF(0, self.y, self.width, 0).topRight())
        self.space(1.8)

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], right: Sequence[bool], font: QFont,
              header_font: QFont, *, measure: bool = False) -> float:
        """Rows of wrapped cells; the header is repeated at the top of a new page.

        With ``measure`` nothing is drawn: it returns the table's whole height."""
        pad = 1.2 * self.mm
        columns = self._columns(headers, rows, widths, font, header_font, pad)
        def row_height(cells: Sequence[str], cell_font: QFont) -> float:
            return max(self.text_height(c, cell_font, w - 2 * pad,
                                        RIGHT if r else LEFT)
                       for c, w, r in zip(cells, columns, right, strict=True)) + pad

        def draw_row(cells: Sequence[str], cell_font: QFont, height: float) -> None:
            x = 0.0
            for cell, width, align_right in zip(cells, columns, right, strict=True):
                self.draw_text(QRectF(x + pad, self.y + pad / 2, width - 2 * pad, height),
                               cell, cell_font, flags=RIGHT if align_right else LEFT)
                x += width
            if self.painter is not None:
                self.painter.setPen(QPen(RULE, 0.15 * self.mm))
                self.painter.drawLine(QRectF(0, self.y + height, self.width, 0).topLeft(),
                                      QRectF(0, self.y + height, self.width, 0).topRight())
            self.y += height

        if measure:
            return sum(row_height(cells, f) for cells, f in
                       [(headers, header_font), *[(r, font) for r in rows]])
        head = row_height(headers, header_font)
        first = row_height(rows[0], font) if rows else 0.0
        self.ensure(head + first)
        draw_row(headers, header_font, head)
        for cells in rows:
            height = row_height(cells, font)
            if self.y + height > self.bottom:
                self.new_page()
                draw_row(headers, header_font, head)
            draw_row(cells, font, height)
        self.space(1.5)
        return 0.0

    def _columns(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 weights: Sequence[float], font: QFont, header_font: QFont,
                 pad: float) -> list[float]:
        """Column widths: each at least its longest word (a word is never cut, in any
        language), the width left shared out by ``weights``."""
        body = QFontMetricsF(font, self.device)
        head = QFontMetricsF(header_font, self.device)
        least = []
        for index in range(len(headers)):
            words = [(head, w) for w in headers[index].split()]
            words += [(body, w) for row in rows for w in row[index].split()]
            least.append(max((m.horizontalAdvance(w) for m, w in words), default=0.0)
                         + 2 * pad + 1)
        spare = max(0.0, self.width - sum(least))
        total = sum(weights)
        return [low + spare * weight / total for low, weight in zip(least, weights, strict=True)]

    def block(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        """A chart: a drawing of ``height`` across the page."""
        self.ensure(height)
        if self.painter is not None:
            self.painter.save()
            draw(self.painter, QRectF(0, self.y, self.width, height))
            self.painter.restore()
        self.y += height + 1.5 * self.mm
