"""The safety notice: not medical advice, when to stop, and the red flags that need a doctor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


def notice_html() -> str:
    items = [
        QCoreApplication.translate(
            "SafetyNotice", "Trauma: a fall, an accident or a blow to the back"),
        QCoreApplication.translate(
            "SafetyNotice", "Numbness, tingling or weakness in one or both legs"),
        QCoreApplication.translate(
            "SafetyNotice",
            "Loss of control over your bladder or bowel, or numbness around the groin"),
        QCoreApplication.translate(
            "SafetyNotice", "Fever, or feeling unwell alongside the back pain"),
        QCoreApplication.translate("SafetyNotice", "Weight loss you cannot explain"),
    ]
    heading = QCoreApplication.translate("SafetyNotice", "Before you start")
    not_advice = QCoreApplication.translate(
        "SafetyNotice", "backtimer guides you through exercises; it is not medical advice and "
                        "does not replace a doctor or physiotherapist.")
    stop = QCoreApplication.translate(
        "SafetyNotice", "Move within what feels comfortable. <b>Stop at once</b> if you feel "
                        "sharp pain, or pain that spreads into your buttock or leg.")
    doctor = QCoreApplication.translate(
        "SafetyNotice", "<b>See a doctor first</b> if your back pain comes with any of these:")
    return (f"<h2>{heading}</h2><p>{not_advice}</p><p>{stop}</p><p>{doctor}</p><ul>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul>")


class SafetyNotice(QDialog):
    """Shown once at the first start, and again from Help whenever asked for."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.setWindowTitle(self.tr("Safety notice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        self.text = QLabel(notice_html(), self)
        self.text.setObjectName("safetyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setMinimumWidth(440)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I understand"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


def show_first_run_notice(settings, parent: QWidget,
                          on_error: Callable[[str], None] | None = None) -> SafetyNotice | None:
    """Open the notice (without blocking) if it was never shown; remember that it was."""
    if settings["safety_notice_seen"]:
        return None
    dialog = SafetyNotice(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def seen() -> None:
        try:
            settings.update({"safety_notice_seen": True})
        except OSError as error:
            # An unwritable data dir: the notice will simply show again next time.
            if on_error is not None:
                on_error(str(error))

    dialog.accepted.connect(seen)
    dialog.open()
    return dialog
