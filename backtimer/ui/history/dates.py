"""Dates as Qt shows them in the history: the locale of the app's language, a QDate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def qlocale(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if lang == "nl" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
