"""Qt-style numbered placeholders filled in a translated text: fill("Set %1 of %2", 2, 3)."""

from __future__ import annotations


def fill(template: str, *values: object) -> str:
    """"Set %1 of %2", 2, 3 → "Set 2 of 3"; %10 is not mistaken for %1 followed by a 0."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template
