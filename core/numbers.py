"""Money, counts, shares and ratios as text, the same way wherever they are written: the app's formatter
(gui/format.py, in the chosen language's locale) and the report's English one (core/report/numbers.py) both build
on this. A subclass says how one number reads (`_number`) and how big numbers shorten (`compact`)."""
from __future__ import annotations

import math

SYMBOLS = {"CNY": "¥", "EUR": "€", "USD": "$"}


class NumberText:
    """Text for figures in one display currency: money is planned in CNY and shown divided by `rate`."""

    def __init__(self, currency: str = "CNY", rate: float = 1.0):
        self.currency = currency if rate > 0 else "CNY"
        self.rate = rate if rate > 0 else 1.0  # CNY per unit of the display currency
        self.symbol = SYMBOLS.get(self.currency, self.currency + " ")

    def _number(self, value: float, decimals: int) -> str:
        raise NotImplementedError

    def compact(self, value: float, decimals: int = 2, trim: bool = False) -> str:
        raise NotImplementedError

    def money(self, cny: float, compact: bool = True) -> str:
        if cny is None or not math.isfinite(cny):
            return "–"
        value = cny / self.rate
        text = self.compact(abs(value)) if compact else self._number(abs(value), 0)
        return f"{'−' if value < 0 else ''}{self.symbol}{text}"

    def money_short(self, cny: float) -> str:
        """Money in a phrase, without zero decimals: ¥298k, ¥1.5m, €36k (not ¥298.00k)."""
        if cny is None or not math.isfinite(cny):
            return "–"
        value = cny / self.rate
        return f"{'−' if value < 0 else ''}{self.symbol}{self.compact(abs(value), 2, trim=True)}"

    def money_exact(self, cny: float) -> str:
        if cny is None or not math.isfinite(cny):
            return "–"
        value = cny / self.rate
        return f"{'−' if value < 0 else ''}{self.symbol}{self._number(abs(value), 2)}"

    def count(self, value: float, compact: bool = True) -> str:
        if value is None or not math.isfinite(value):
            return "–"
        return self.compact(value) if compact else self._number(value, 0)

    def share(self, value: float, decimals: int = 1) -> str:
        if value is None or not math.isfinite(value):
            return "–"
        return self._number(value * 100, decimals) + "%"

    def ratio(self, value: float, decimals: int = 2) -> str:
        if value is None or not math.isfinite(value):
            return "–"
        return self._number(value, decimals)

    def kind(self, kind: str, value: float, compact: bool = True) -> str:
        if kind == "money":
            return self.money(value, compact)
        if kind == "count":
            return self.count(value, compact)
        if kind == "share":
            return self.share(value)
        return self.ratio(value)
