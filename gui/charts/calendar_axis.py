"""A date axis that names months in the user's language ('Jun', 'giu', '6月'), with ticks on month starts.

pyqtgraph's DateAxisItem formats with strftime, which speaks the C locale's English whatever the app's language,
and guesses the local time zone; plans have dates, not times, so this axis takes seconds since 1970-01-01 UTC
and labels whole months, quarters or years, as many as fit. The year shows where it turns; a chart names the
period's years in the axis's label (`years_text`).
"""
from __future__ import annotations

from datetime import date, datetime, timezone

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics

from market_entry_planner.gui.models.flighting import month_text

DAY = 86_400.0
_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)  # months between ticks


def seconds(day) -> float:
    """A date (or pandas Timestamp) as seconds since 1970-01-01, the axis's unit."""
    return (date(day.year, day.month, day.day) - date(1970, 1, 1)).days * DAY


def to_date(value: float) -> date:
    return datetime.fromtimestamp(value, timezone.utc).date()


class CalendarAxis(pg.AxisItem):
    def __init__(self, orientation="bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.locale = QLocale()

    def _label_width(self) -> float:
        sample = month_text(date(2027, 9, 1), year=False, locale=self.locale)
        return QFontMetrics(self.style.get("tickFont") or self.font()).horizontalAdvance(sample) + 16

    def tickValues(self, minVal, maxVal, size):
        if not size or maxVal <= minVal:
            return []
        month_px = 30.44 * DAY * size / (maxVal - minVal)
        step = next((s for s in _STEPS if s * month_px >= self._label_width()), _STEPS[-1])
        first, last = to_date(minVal), to_date(maxVal)
        index = first.year * 12 + first.month - 1
        index += (-index) % step  # the first month start on the step, at or after the range's first month
        ticks = []
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > last:
                break
            if seconds(day) >= minVal:
                ticks.append(seconds(day))
            index += step
        self._step = step
        return [(step * 30.44 * DAY, ticks)]

    def tickStrings(self, values, scale, spacing):
        step = getattr(self, "_step", 1)
        out = []
        years = {to_date(value).year for value in values}
        for i, value in enumerate(values):
            day = to_date(value)
            if step >= 12:
                out.append(str(day.year))
            else:  # the year where it turns (the axis's label gives the first), and room for only a month
                out.append(month_text(day, year=i > 0 and day.month <= step and len(years) > 1, locale=self.locale))
        return out


def years_text(first, last) -> str:
    """'2027' or '2027–2028': the label of an axis whose ticks name months."""
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
