"""Reading what people type into cells: dates ("01/06/2027", "2027年06月01日"), yes/no ("sì", "是"), text, and
the normalised names headers and values are matched by. Amounts ("¥1,200", "1.200,50", "12%", "120万") are read by
core.amounts, the one parser of money and counts.

Each parser returns (value, problem): value None with a problem message when the text cannot be read,
(None, None) for an empty cell.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache

_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y",
                 "%Y年%m月%d日", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(value) -> tuple[date | None, str | None]:
    if value is None:
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, (time, timedelta)):
        return None, f"expected a date, found the time {value}"
    if isinstance(value, bool):
        return None, f"expected a date, found {'TRUE' if value else 'FALSE'}"
    if isinstance(value, (int, float)):
        if 1 <= value < 2958466:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=int(value)), None
        return None, f"expected a date, found the number {value:g}"  # also NaN and infinities
    text = str(value).strip()
    if not text:
        return None, None
    for fmt in _DATE_FORMATS:  # day first: our users write 01/06/2027 for 1 June
        try:
            return datetime.strptime(text, fmt).date(), None
        except ValueError:
            continue
    return None, f"expected a date like 2027-06-18 or 18/06/2027, found '{text}'"


_TRUE = {"yes", "y", "true", "1", "x", "sì", "si", "vero", "是", "✓", "locked", "bloccato", "锁定"}
_FALSE = {"no", "n", "false", "0", "", "falso", "否", "unlocked"}


def parse_bool(value) -> tuple[bool | None, str | None]:
    if value is None:
        return False, None
    if isinstance(value, bool):
        return value, None
    if isinstance(value, (int, float)):
        return bool(value), None
    text = str(value).strip().lower()
    if text in _TRUE:
        return True, None
    if text in _FALSE:
        return False, None
    return None, f"expected yes or no, found '{value}'"


def parse_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


@lru_cache(maxsize=4096, typed=True)  # a plan repeats a few channel and tactic names thousands of times
def normalise(text) -> str:
    """Header and value matching: case, spaces, punctuation (the apostrophe typed or typographic: "dell'ordine",
    "dell’ordine") and unit brackets do not matter."""
    text = parse_text(text).lower()
    text = re.sub(r"\(.*?\)|（.*?）|\[.*?\]", "", text)
    return re.sub(r"[\s_\-./:·•*¥￥€$%'’‘`]+", "", text)
