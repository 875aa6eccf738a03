"""How numbers read in the app: money in the display currency, k/m/bn (mln/mld in Italian, 万/亿 in Chinese),
percentages, all in the chosen language's locale.

Everything in the plan is CNY; the display currency converts with the market's exchange rates.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from market_entry_planner.core.numbers import NumberText

_SUFFIXES = ((1e9, "bn"), (1e6, "m"), (1e3, "k"))
# how each language shortens big numbers; Chinese counts in 万 (10⁴) and 亿 (10⁸), not thousands
_LOCAL_SUFFIXES = {QLocale.Italian: ((1e9, "\u00a0mld"), (1e6, "\u00a0mln"), (1e3, "k")),
                   QLocale.Chinese: ((1e8, "亿"), (1e4, "万"))}


def default_locale() -> QLocale:
    """The user's locale; the bare C locale (no thousands separators) reads as English."""
    locale = QLocale()
    if locale.language() == QLocale.C:
        locale = QLocale(QLocale.English, QLocale.UnitedStates)
    return locale


class Formatter(NumberText):
    """Formats for one display currency and locale; the app makes a new one when either changes."""

    def __init__(self, currency: str = "CNY", rate: float = 1.0, locale: QLocale | None = None):
        super().__init__(currency, rate)
        self.locale = locale or default_locale()
        self.suffixes = _LOCAL_SUFFIXES.get(self.locale.language(), _SUFFIXES)

    def _number(self, value: float, decimals: int) -> str:
        text = self.locale.toString(float(value), "f", decimals)
        return self.grouped(text) if abs(value) >= 1000 else text

    def grouped(self, text: str) -> str:
        """Italian leaves four-digit numbers ungrouped (2000 beside 20.000): group every number the same way, so
        columns of figures read alike."""
        separator, point = self.locale.groupSeparator(), self.locale.decimalPoint()
        if not separator or separator in text:
            return text
        sign = text[0] if text[:1] in "-−+" else ""
        body = text[len(sign):]
        whole, _, fraction = body.partition(point)
        if len(whole) < 4 or not whole.isdigit():
            return text
        groups = []
        while whole:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        return sign + separator.join(groups) + (point + fraction if fraction else "")

    def compact(self, value: float, decimals: int = 2, trim: bool = False) -> str:
        """1.23m (or 1,23 mln, 123.0万); trim drops zero decimals (axis ticks: 1.5m, 2m)."""
        if value is None or not math.isfinite(value):
            return "–"
        for limit, suffix in self.suffixes:
            if abs(value) >= limit:
                scaled = value / limit
                if limit == 1e4 or limit == 1e8:  # up to 9,999万: four significant digits are plenty
                    decimals = min(decimals, max(0, 3 - int(math.floor(math.log10(abs(scaled))))))
                text = self._number(scaled, decimals)
                if trim and decimals:
                    point = self.locale.decimalPoint()
                    text = text.rstrip("0").removesuffix(point) if point in text else text
                return text + suffix
        return self._number(value, 0)

    def date(self, value) -> str:
        """A date in the locale's short format, with a four-digit year (18/06/2027, 2027/6/18, 6/18/2027)."""
        text_format = self.locale.dateFormat(QLocale.ShortFormat)
        if "yyyy" not in text_format:
            text_format = text_format.replace("yy", "yyyy")
        return self.locale.toString(QDate(value.year, value.month, value.day), text_format)

    def delta(self, kind: str, change: float) -> str:
        """A change since the last edit, signed: +¥120k, −0.4 pt."""
        if change is None or not math.isfinite(change) or abs(change) < 1e-9:
            return ""
        sign = "+" if change > 0 else "−"
        if kind == "share":
            number = self._number(abs(change) * 100, 1)
            text = QCoreApplication.translate("Formatter", "{0} pt", "percentage points").format(number)
        elif kind == "money":
            number = self.compact(abs(change) / self.rate)
            text = f"{self.symbol}{number}"
        elif kind == "count":
            number = text = self.compact(abs(change))
        else:
            number = text = self._number(abs(change), 2)
        if not any(digit in number for digit in "123456789"):
            return ""  # a change too small to show would read "−¥0": say nothing
        return sign + text
