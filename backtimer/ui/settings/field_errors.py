"""A field's problem shown right under it, and the field marked, in the routine editor."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListView, QSizePolicy, QWidget

from backtimer.ui.shell.theme import ERROR, pick


def error_label(key: str, parent: QWidget) -> QLabel:
    """A hidden label for the problems of field ``key`` (``error_<key>``, tests find it)."""
    label = QLabel(parent)
    label.setObjectName(f"error_{key}")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {pick(ERROR, label.palette())}")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.hide()
    return label


def show_error(label: QLabel, widget: QWidget | None, messages: list[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))
    if widget is not None:
        # A dynamic property, so a style sheet (and tests) can find the invalid fields.
        widget.setProperty("invalid", bool(messages))
        red = pick(ERROR, widget.palette())
        widget.setStyleSheet(f"border: 2px solid {red}" if messages
                             and not isinstance(widget, QListView) else "")
