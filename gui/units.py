"""Counts with their unit words, in the language's singular or plural: "1 session", "240,000 clicks",
"8,333 thousand impressions", "800,000 views". The number is the formatter's (locale grouping); the word follows
Qt's plural rules through the translations (English forms in scripts/translations/en.json)."""
from __future__ import annotations

import math

from PySide6.QtCore import QObject

from market_entry_planner.gui.format import Formatter


def _plural_n(value: float) -> int:
    """The n that picks the word's form: the count itself when whole, else "many" (1.5 hours, 0.5 sessions)."""
    rounded = round(value)
    return int(rounded) if math.isclose(value, rounded, abs_tol=1e-9) and rounded < 2**31 else 2


class UnitWords(QObject):
    """The words, as plural messages ("%n session(s)"): Qt picks the form for n and writes n in; units_text then
    puts the locale-formatted number in n's place."""

    def template(self, unit: str, n: int) -> str | None:
        if unit == "session":
            return self.tr("%n session(s)", "", n)
        if unit == "hour":
            return self.tr("%n hour(s)", "", n)
        if unit == "video":
            return self.tr("%n video(s)", "", n)
        if unit == "click":
            return self.tr("%n click(s)", "", n)
        if unit == "view":
            return self.tr("%n view(s)", "", n)
        if unit == "1,000 impressions":
            return self.tr("%n thousand impressions", "", n)
        return None


_WORDS: UnitWords | None = None


def count_decimals(value: float) -> int:
    """Whole numbers from 100 up and for whole counts; one decimal below (1.5 hours, 12.5 videos)."""
    return 0 if abs(value) >= 100 or math.isclose(value, round(value), abs_tol=1e-6) else 1


def units_text(formatter: Formatter, value: float, unit: str) -> str:
    """A count in a unit: the number in the locale's grouping, the word in its singular or plural."""
    if value is None or not math.isfinite(value):
        return "–"
    decimals = count_decimals(value)
    shown = round(value, decimals)
    number = formatter.ratio(shown, decimals)
    global _WORDS
    if _WORDS is None:
        _WORDS = UnitWords()
    n = _plural_n(shown)
    text = _WORDS.template(unit, n)
    return text.replace(str(n), number, 1) if text and str(n) in text else f"{number} {unit}"
