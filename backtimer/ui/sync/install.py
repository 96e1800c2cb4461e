"""Connects the sync to the rest of the window: when it runs, and who hears that it ran."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from backtimer.ui.sync.service import SyncService


def install(app, window, settings, paths, workout, reminders, lang: str) -> SyncService:
    """Sync at start, after each saved session, when another computer's files arrive and when
    the folder is chosen; then redraw what shows the history."""
    # The window's: nothing is left to tell once it is gone.
    service = SyncService(settings, paths.data_dir, paths.history_db, window)
    workout.saved.connect(service.request)
    window.settings_saved.connect(service.apply_settings)

    def synced(ok: bool, _message: str) -> None:
        view = window.findChild(QWidget, "historyView")  # built when first opened
        if view is not None:
            view.reload_if_changed()
        status = service.status()
        if ok and status is not None and status.taken:
            reminders.history_changed()
            if window.stack.currentWidget() is window.home:
                window.home.reload()  # routines may have come
        if ok and status is not None and status.conflict_copies:
            tell_conflicts(window, status.conflict_copies, lang)

    service.sync_finished.connect(synced)
    app.aboutToQuit.connect(service.stop)
    service.request()
    return service


def tell_conflicts(window, copy_ids, lang: str) -> None:
    """Two computers changed the same routines at once: say which, and that both are kept."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    from backtimer.core.routine import localized

    names = [localized(routine.name, lang) for routine_id in copy_ids
             if (routine := window.library.get(routine_id)) is not None]
    if not names:
        return
    text = QCoreApplication.translate(
        "Sync", "A routine was changed on this computer and on another one at the same time. "
        "Both versions are kept, so nothing is lost; the second one is called:\n\n%1\n\n"
        "Keep the one you want and delete the other under Settings → Routines.").replace(
        "%1", "\n".join(f"• {name}" for name in names))
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("Sync", "Routine kept in two versions"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("syncConflictBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): the sync never holds up the window
