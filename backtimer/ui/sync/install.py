"""Connects the sync to the rest of the window: when it runs, and who hears that it ran."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from backtimer.ui.sync.service import SyncService


def install(app, window, settings, paths, recorder, reminders) -> SyncService:
    """Sync at start, after each saved session, when another computer's files arrive and when
    the folder is chosen; then redraw what shows the history."""
    # The window's: nothing is left to tell once it is gone.
    service = SyncService(settings, paths.data_dir, paths.history_db, window)
    recorder.session_saved.connect(service.request)
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

    service.sync_finished.connect(synced)
    app.aboutToQuit.connect(service.stop)
    service.request()
    return service
