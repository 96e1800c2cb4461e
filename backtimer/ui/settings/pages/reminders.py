"""The Reminders page: a daily reminder (time, weekdays) and starting in the tray at login."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSystemTrayIcon, QTimeEdit, QWidget

from backtimer.core.placeholders import fill
from backtimer.core.preferences import OPTIONS_BY_KEY
from backtimer.core.reminders import SNOOZE_MINUTES
from backtimer.storage import autostart
from backtimer.storage.settings_store import Settings
from backtimer.ui.settings.pages.base import OptionsPage, option_label

TIME_FORMAT = "HH:mm"  # what the reminder_time setting holds, and what the page shows


class RemindersPage(OptionsPage):
    """``tray_available`` None asks Qt; a desktop without a tray gets a plain explanation and
    may still set everything (for when it runs where there is one)."""

    def __init__(self, settings: Settings, lang: str, parent: QWidget | None = None, *,
                 tray_available: bool | None = None, autostart_supported: bool | None = None):
        super().__init__(settings, parent)
        self.setObjectName("remindersPage")
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        if autostart_supported is None:
            autostart_supported = autostart.supported()
        self.enabled_box = self.add_check("reminder_enabled")

        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat(TIME_FORMAT)
        self.time_edit.setMinimumWidth(90)
        self._register("reminder_time", self.time_edit,
                       lambda: self.time_edit.time().toString(TIME_FORMAT), self._put_time)
        self.form.addRow(option_label(OPTIONS_BY_KEY["reminder_time"]), self.time_edit)

        self.days_row = QWidget(self)
        row = QHBoxLayout(self.days_row)
        row.setContentsMargins(0, 0, 0, 0)
        locale = QLocale(lang)
        # Shown in the order of the user's week; bit 0 = Monday as core.reminders counts.
        first = settings["week_start"]
        self.day_boxes: dict[int, QCheckBox] = {}
        for offset in range(7):
            day = (first + offset) % 7
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat),
                            self.days_row)
            box.setObjectName(f"reminderDay{day}")
            box.setAccessibleName(locale.dayName(day + 1, QLocale.FormatType.LongFormat))
            box.toggled.connect(self._update_notes)
            row.addWidget(box)
            self.day_boxes[day] = box
        self._register("reminder_weekdays", self.days_row, self.weekdays, self._put_weekdays)
        self.form.addRow(option_label(OPTIONS_BY_KEY["reminder_weekdays"]), self.days_row)
        self.no_day_note = self.add_note(
            self.tr("No day is chosen, so no reminder will come."), "noDayNote")
        self.add_note(fill(self.tr("No reminder comes on a day you have already done a workout. "
                                   "The reminder offers Start, or Later to remind you again in "
                                   "%1\u00a0minutes."), str(SNOOZE_MINUTES)),
                      "reminderNote")

        self.no_tray_note = None
        if not tray_available:
            self.no_tray_note = self.add_note(self.tr(
                "This desktop shows no system tray. Reminders need backtimer running with an "
                "icon in the tray, so here they only appear while the backtimer window is open. "
                "You can still set them for a desktop that has a tray."), "noTrayNote")
            # Not a side remark: said in the normal colour.
            self.no_tray_note.setForegroundRole(QPalette.ColorRole.WindowText)

        self.login_box = self.add_check("start_minimized_at_login")
        self.login_note = self.add_note(self.tr(
            "At login backtimer then starts without a window, as an icon in the tray, so the "
            "reminder can come."), "loginNote")
        if not autostart_supported:
            # XDG autostart is what Linux desktops read; elsewhere the option would do nothing.
            self.login_box.hide()
            self.login_note.hide()
        self.enabled_box.toggled.connect(self._update_notes)

    def title(self) -> str:
        return self.tr("Reminders")

    def weekdays(self) -> int:
        return sum(1 << day for day, box in self.day_boxes.items() if box.isChecked())

    def _put_weekdays(self, mask: int) -> None:
        for day, box in self.day_boxes.items():
            box.setChecked(bool(mask >> day & 1))

    def _put_time(self, text: str) -> None:
        time = QTime.fromString(text, TIME_FORMAT)
        if not time.isValid():  # the setting was checked on reading; this is belt and braces
            time = QTime.fromString(OPTIONS_BY_KEY["reminder_time"].default, TIME_FORMAT)
        self.time_edit.setTime(time)

    def load(self) -> None:
        super().load()
        self._update_notes()

    def _update_notes(self, *_args) -> None:
        on = self.enabled_box.isChecked()
        self.time_edit.setEnabled(on)
        self.days_row.setEnabled(on)
        self.no_day_note.setVisible(on and self.weekdays() == 0)
