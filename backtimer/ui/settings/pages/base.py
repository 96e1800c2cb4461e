"""A page of preferences built from their declarations in core.preferences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QSpinBox, QWidget

from backtimer.core.preferences import OPTIONS_BY_KEY, Option
from backtimer.storage.settings_store import Settings
from backtimer.ui.shell.theme import dim


def option_label(option: Option) -> str:
    return QCoreApplication.translate("Preferences", option.label)


class OptionsPage(QWidget):
    """Widgets for some options. ``load()`` shows the stored values; ``changes()`` says which
    differ; only the dialog writes them (all pages together, once)."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._editors: dict[str, tuple[Callable[[], Any], Callable[[Any], None]]] = {}

    def title(self) -> str:
        raise NotImplementedError

    # --- building ---------------------------------------------------------------------------

    def _register(self, key: str, widget: QWidget, get: Callable[[], Any],
                  put: Callable[[Any], None]) -> None:
        widget.setObjectName(f"option_{key}")
        widget.setAccessibleName(option_label(OPTIONS_BY_KEY[key]))
        self._editors[key] = (get, put)

    def add_check(self, key: str) -> QCheckBox:
        box = QCheckBox(option_label(OPTIONS_BY_KEY[key]), self)
        self._register(key, box, box.isChecked, box.setChecked)
        self.form.addRow(box)
        return box

    def add_spin(self, key: str, suffix: str = "", row: bool = True) -> QSpinBox:
        option = OPTIONS_BY_KEY[key]
        spin = QSpinBox(self)
        # Preferences have no partial states worth keeping: the box holds to the bounds.
        spin.setRange(option.low, option.high)
        spin.setSuffix(suffix)
        self._register(key, spin, spin.value, spin.setValue)
        if row:
            self.form.addRow(option_label(option), spin)
        return spin

    def add_choice(self, key: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)

        def put(value: Any) -> None:
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)

        self._register(key, combo, combo.currentData, put)
        self.form.addRow(option_label(OPTIONS_BY_KEY[key]), combo)
        return combo

    def add_note(self, text: str, name: str) -> QLabel:
        note = QLabel(text, self)
        note.setObjectName(name)
        note.setWordWrap(True)
        dim(note)  # a side remark
        self.form.addRow(note)
        return note

    # --- load and save ----------------------------------------------------------------------

    def load(self) -> None:
        for key, (_get, put) in self._editors.items():
            put(self.settings[key])

    def values(self) -> dict[str, Any]:
        return {key: get() for key, (get, _put) in self._editors.items()}

    def changes(self) -> dict[str, Any]:
        return {key: value for key, value in self.values().items()
                if value != self.settings[key] or type(value) is not type(self.settings[key])}

    def is_valid(self) -> bool:
        return True
