"""What opening the history found and did on its own, said in the window once: a damaged
database moved aside, sessions cut short when backtimer last ended (the log has it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from backtimer.ui.history.dates import qdate, qlocale


def notice_text(store, lang: str) -> str:
    """The notice for what the store's opening found; "" when there is nothing to say."""
    locale = qlocale(lang)
    parts = []
    if store.damaged_moved_to is not None:
        text = QCoreApplication.translate(
            "HistoryNotice", "The history database was damaged, so a new, empty history was "
            "started. The damaged file is kept as %1.").replace("%1", str(store.damaged_moved_to))
        if store.backups_dir is not None:
            text += " " + QCoreApplication.translate(
                "HistoryNotice", "Daily backups of the history are in %1.").replace(
                "%1", str(store.backups_dir))
        parts.append(text)
    for record in store.interrupted:
        started = record.started_at
        when = (locale.toString(qdate(started.date()), QLocale.FormatType.LongFormat)
                + f" {started:%H:%M}")
        parts.append(QCoreApplication.translate(
            "HistoryNotice", "Your workout %1 of %2 was cut short (backtimer or the computer "
            "stopped). Its %3 finished steps are kept in your history.")
            .replace("%1", record.routine_name or record.routine_id)
            .replace("%2", when).replace("%3", str(len(record.steps))))
    return "\n\n".join(parts)


def show_history_notice(store, lang: str, parent: QWidget) -> QMessageBox | None:
    """Say what opening the history found, in a box that does not block the window."""
    text = notice_text(store, lang) if store is not None else ""
    if not text:
        return None
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("HistoryNotice", "Your history"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("historyNoticeBox")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
