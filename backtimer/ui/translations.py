"""The interface language: our Dutch and Qt's own, installed into the application."""

from __future__ import annotations

import logging

log = logging.getLogger("backtimer")


def install_translators(app, lang: str) -> None:
    """Dutch for our strings and for Qt's own (dialog buttons); English needs none."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    # By name: QLocale's Language and Country enums have hundreds of members each, which
    # PySide6 would build at start-up for this one call.
    QLocale.setDefault(QLocale("nl_NL" if lang == "nl" else "en_GB"))
    if lang != "nl":
        return
    from backtimer.ui.assets import asset_path

    ours = QTranslator(app)
    path = asset_path("i18n/backtimer_nl.qm")
    if path is None or not ours.load(path):
        log.warning("Dutch translation not found; the interface stays in English")
    else:
        app.installTranslator(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale("nl"), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
