"""How a report writes numbers, when no one hands it the app's formatter: English, as the app shows them.

The report builder takes any object with these methods. The app passes its own formatter (gui/format.py, in the
chosen language's locale, with month names from Qt); without Qt, `EnglishNumbers` writes the same text the app
writes in English (a test in tests/test_report_pdf.py holds the two together).
"""
from __future__ import annotations

import calendar
import math
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from market_entry_planner.core.numbers import NumberText

SUFFIXES = ((1e9, "bn"), (1e6, "m"), (1e3, "k"))


class EnglishNumbers(NumberText):
    """en-US numbers: ¥1.23m, 12.3%, 1/31/2027, Jan 2027."""

    suffixes = SUFFIXES

    def _number(self, value: float, decimals: int) -> str:
        # halves away from zero, as Qt's QLocale does (Python's format rounds them to even: ¥12 for 12.5)
        exact = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        return f"{exact:,.{decimals}f}"

    def compact(self, value: float, decimals: int = 2, trim: bool = False) -> str:
        if value is None or not math.isfinite(value):
            return "–"
        for limit, suffix in self.suffixes:
            if abs(value) >= limit:
                text = self._number(value / limit, decimals)
                if trim and decimals and "." in text:
                    text = text.rstrip("0").removesuffix(".")
                return text + suffix
        return self._number(value, 0)

    def date(self, value: date) -> str:
        return f"{value.month}/{value.day}/{value.year}"

    def long_date(self, value: date) -> str:
        return f"{calendar.month_name[value.month]} {value.day}, {value.year}"

    def month(self, value: date, year: bool = True) -> str:
        name = calendar.month_abbr[value.month]
        return f"{name} {value.year}" if year else name


def significant(value: float, digits: int = 4, most: int = 6) -> int:
    """How many decimals show `value` to `digits` significant digits without trailing zeros (0.0035 → 4,
    1.5 → 1, 40 → 0): the app's assumption table shows figures this way."""
    if not math.isfinite(value) or value == 0:
        return 0
    places = max(0, min(most, digits - 1 - math.floor(math.log10(abs(value)))))
    rounded = round(value, places)
    while places and round(rounded, places - 1) == rounded:
        places -= 1
    return places


def axis_scale(largest: float, suffixes=SUFFIXES) -> tuple[float, str]:
    """The unit an axis reads in, from the language's suffixes: (1e6, "m") for values up to millions,
    (1e4, "万") in Chinese, (1, "") for small ones."""
    for limit, suffix in suffixes:
        if abs(largest) >= limit:
            return limit, suffix  # with the language's own spacing: "2 mln" in Italian (a no-break space)
    return 1.0, ""
