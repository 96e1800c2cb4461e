"""A routine problem (``core.problems.Problem``) in the interface language, by its code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backtimer.core.problems import Problem
from backtimer.ui.player.text import fill, number


def _messages() -> dict[str, tuple[str, tuple[str, ...]]]:
    """code → (translated text with %1, %2…, the names of the values that fill them)."""
    translate = QCoreApplication.translate  # the name (and a literal context) lupdate wants
    return {
        "not_whole_number": (translate("RoutineProblems", "must be a whole number"), ()),
        "not_number": (translate("RoutineProblems", "must be a number"), ()),
        "out_of_range": (translate("RoutineProblems", "must be between %1 and %2"),
                         ("low", "high")),
        "not_one_of": (translate("RoutineProblems", "must be one of %1"), ("options",)),
        "not_text_or_languages": (
            translate("RoutineProblems", "must be text or an object with 'en' and/or 'nl'"), ()),
        "unknown_language": (
            translate("RoutineProblems", "unknown language (use 'en' or 'nl')"), ()),
        "not_text": (translate("RoutineProblems", "must be text"), ()),
        "too_long": (translate("RoutineProblems", "must be at most %1 characters"), ("limit",)),
        "control_character": (
            translate("RoutineProblems", "must not contain line breaks or other control "
                      "characters"), ()),
        "not_unicode": (
            translate("RoutineProblems", "contains characters that are not valid text (lone "
                      "surrogates)"), ()),
        "required": (translate("RoutineProblems", "must not be empty"), ()),
        "unknown_field": (translate("RoutineProblems", "unknown field"), ()),
        "not_object": (translate("RoutineProblems", "must be an object"), ()),
        "not_tempo": (translate("RoutineProblems", "must be an object with up_s, hold_s, "
                                "down_s, or null for self-paced"), ()),
        "too_short": (translate("RoutineProblems", "one rep must take at least %1\u00a0seconds"),
                      ("minimum",)),
        "bad_id": (translate("RoutineProblems", "must be 1-63 characters of a-z, 0-9 and '-', "
                             "starting with a letter or digit"), ()),
        "not_exercise_id": (translate("RoutineProblems", "must be an exercise id"), ()),
        "unknown_exercise": (translate("RoutineProblems", "unknown exercise '%1'"),
                             ("exercise",)),
        "not_a_list": (translate("RoutineProblems", "must be a list of steps"), ()),
        "no_steps": (translate("RoutineProblems", "must have at least one step"), ()),
        "too_many_steps": (translate("RoutineProblems", "must have at most %1 steps"),
                           ("limit",)),
        "not_json_object": (translate("RoutineProblems", "must contain a JSON object"), ()),
        "wrong_format": (
            translate("RoutineProblems", "must be '%1' (this is not a backtimer routine)"),
            ("expected",)),
        "bad_version": (translate("RoutineProblems", "must be a whole number from 1"), ()),
        "version_too_new": (
            translate("RoutineProblems", "this routine file is version %1, newer than this app "
                      "reads (%2); update backtimer to open it"), ("version", "supported")),
        "too_large": (translate("RoutineProblems", "larger than %1\u00a0kB, not a routine"),
                      ("kilobytes",)),
        "not_utf8": (translate("RoutineProblems", "not UTF-8 text (is it a binary file?)"), ()),
        "empty_file": (translate("RoutineProblems", "is empty"), ()),
        "too_deep": (translate("RoutineProblems", "nested too deeply to be a routine"), ()),
        "not_json": (translate("RoutineProblems", "not valid JSON (%1)"), ("detail",)),
        "unreadable": (translate("RoutineProblems", "cannot be read (%1)"), ("reason",)),
        "id_mismatch": (
            translate("RoutineProblems", "'%1' does not match the file name or is a built-in "
                      "routine's"), ("id",)),
        "builtin_read_only": (
            translate("RoutineProblems", "'%1' is a built-in routine; duplicate it to make your "
                      "own"), ("id",)),
        "builtin_undeletable": (
            translate("RoutineProblems", "'%1' is a built-in routine and cannot be deleted"),
            ("id",)),
    }


def _value_text(value: object) -> str:
    """Numbers as the interface language writes them ("0,5" in Dutch); the rest as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(float(value))
    return str(value)


def problem_text(problem: Problem) -> str:
    """The problem's message in the interface language, without its path."""
    text, names = _messages()[problem.code]
    return fill(text, *(_value_text(problem.values[name]) for name in names))


def problem_line(problem: Problem) -> str:
    """ "steps[2].hold_s: must be …", the message in the interface language (the path is the
    file's own wording, the same in every language)."""
    where = problem.where
    return f"{where}: {problem_text(problem)}" if where else problem_text(problem)
