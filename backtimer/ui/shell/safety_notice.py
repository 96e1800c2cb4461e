"""The safety notice: what needs emergency care, the red flags that need a doctor before
starting, when to stop, and that this is not medical advice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backtimer.ui.shell.theme import ERROR, pick


def emergency_html() -> str:
    """Signs of cauda equina syndrome: emergency care, the same day. Read first."""
    signs = [
        QCoreApplication.translate(
            "SafetyNotice", "New trouble passing urine, or losing control of your bladder or bowel"
        ),
        QCoreApplication.translate(
            "SafetyNotice",
            "Numbness around your anus, genitals or inner thighs (where a saddle would touch)",
        ),
        QCoreApplication.translate("SafetyNotice", "A change in your sexual function"),
        QCoreApplication.translate(
            "SafetyNotice",
            "Numbness or weakness in both legs, weakness that gets worse, or trouble walking",
        ),
    ]
    heading = QCoreApplication.translate("SafetyNotice", "Get emergency help the same day")
    where = QCoreApplication.translate(
        "SafetyNotice",
        "Do not exercise. In the Netherlands call your GP (huisarts) or, outside "
        "office hours, the GP out-of-hours service (huisartsenpost) straight away; in "
        "the UK call 999 or go to A&amp;E; elsewhere, your local emergency number. Do "
        "this if your back pain comes with:",
    )
    return (
        f"<h3>{heading}</h3><p>{where}</p><ul>"
        + "".join(f"<li>{sign}</li>" for sign in signs)
        + "</ul>"
    )


def doctor_first_items() -> list[str]:
    return [
        QCoreApplication.translate(
            "SafetyNotice", "The pain started after a fall, an accident or a blow to your back"
        ),
        QCoreApplication.translate("SafetyNotice", "You have had cancer"),
        QCoreApplication.translate(
            "SafetyNotice", "The back pain is new and you are under 20 or over 50"
        ),
        QCoreApplication.translate(
            "SafetyNotice",
            "The pain is constant, or at night it does not ease with rest or a change of position",
        ),
        QCoreApplication.translate(
            "SafetyNotice", "You have osteoporosis, or have taken steroid tablets for a long time"
        ),
        QCoreApplication.translate(
            "SafetyNotice",
            "Your immune system is weakened, you had an infection recently, or you inject drugs",
        ),
        QCoreApplication.translate(
            "SafetyNotice", "You have a fever, or feel unwell alongside the back pain"
        ),
        QCoreApplication.translate("SafetyNotice", "You are losing weight without knowing why"),
        QCoreApplication.translate("SafetyNotice", "The shape of your back has visibly changed"),
        QCoreApplication.translate(
            "SafetyNotice", "The pain sits between your shoulder blades, or comes with chest pain"
        ),
        QCoreApplication.translate("SafetyNotice", "Numbness, tingling or weakness in one leg"),
    ]


def notice_html() -> str:
    """Everything after the emergency part, in the order a person needs it."""
    doctor = QCoreApplication.translate(
        "SafetyNotice", "<b>See a doctor before you start</b> if any of these is true:"
    )
    also = QCoreApplication.translate(
        "SafetyNotice",
        "Ask your doctor or physiotherapist first, too, if you are pregnant (several "
        "exercises are done lying on your front) or have had back surgery recently.",
    )
    stop = QCoreApplication.translate(
        "SafetyNotice",
        "While you exercise, move within what feels comfortable. <b>Stop at once</b> if "
        "you feel sharp pain, or pain that spreads into your buttock or leg.",
    )
    weeks = QCoreApplication.translate(
        "SafetyNotice",
        "See your doctor or physiotherapist if the pain has not improved after about "
        "4 to 6 weeks, or keeps getting worse.",
    )
    not_advice = QCoreApplication.translate(
        "SafetyNotice",
        "backtimer guides you through exercises. It is not medical advice, it "
        "does not treat anything, and it does not replace a doctor or "
        "physiotherapist.",
    )
    return (
        f"<p>{doctor}</p><ul>"
        + "".join(f"<li>{item}</li>" for item in doctor_first_items())
        + f"</ul><p>{also}</p><p>{stop}</p><p>{weeks}</p><p>{not_advice}</p>"
    )


class SafetyNotice(QDialog):
    """Shown once at the first start, and again from Help whenever asked for. The emergency
    signs come first, in a box of their own; the rest scrolls if the screen is small."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("safetyNotice")
        self.setWindowTitle(self.tr("Safety notice"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = self.tr("Before you start")
        heading = QLabel(f"<h2>{title}</h2>", self)
        layout.addWidget(heading)

        scroll = QScrollArea(self)
        scroll.setObjectName("safetyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)

        self.emergency_box = QFrame(body)
        self.emergency_box.setObjectName("emergencyBox")
        red = pick(ERROR, self.palette())
        self.emergency_box.setStyleSheet(
            f"QFrame#emergencyBox {{ border: 2px solid {red}; border-radius: 6px; }}"
        )
        box = QVBoxLayout(self.emergency_box)
        box.setContentsMargins(12, 4, 12, 4)
        self.emergency = self._label(emergency_html(), "emergencyText", self.emergency_box)
        self.emergency.setStyleSheet("border: none;")
        box.addWidget(self.emergency)
        column.addWidget(self.emergency_box)

        self.text = self._label(notice_html(), "safetyText", body)
        column.addWidget(self.text)
        column.addStretch(1)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I understand"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        # Tall enough to show the emergency part and most of the rest, never taller than the
        # screen (at 800×600 the button must stay in sight; the text scrolls instead).
        available = (parent or self).screen().availableGeometry()
        self.resize(min(640, available.width() - 40), min(660, available.height() - 60))

    @staticmethod
    def _label(html: str, name: str, parent: QWidget) -> QLabel:
        label = QLabel(html, parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        label.setMinimumWidth(440)
        return label

    def full_text(self) -> str:
        """What the notice says, emergency part first (for tests and screen readers)."""
        return self.emergency.text() + self.text.text()


def show_first_run_notice(
    settings, parent: QWidget, on_error: Callable[[str], None] | None = None
) -> SafetyNotice | None:
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
