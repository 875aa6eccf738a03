"""Reading what people type into cells: "¥1,200", "1.200,50", "12%", "120万", "01/06/2027", "sì".

Each parser returns (value, problem): value None with a problem message when the text cannot be read,
(None, None) for an empty cell.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

_CURRENCY = {
    "¥": "CNY", "￥": "CNY", "元": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "$": "USD", "usd": "USD", "us$": "USD",
}
_SCALE = {"万": 1e4, "亿": 1e8, "k": 1e3, "m": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9, "mld": 1e9}
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f']")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)*([.,]\d*)?|[.,]\d+)$")


def _decimal_text(text: str) -> str | None:
    """Normalise thousands and decimal separators ("1.200,50", "1,200.50", "1,5") to "1200.50"."""
    if not _NUMBER.match(text):
        return None
    sign = ""
    if text[0] in "+-":
        sign, text = text[0], text[1:]
    dots, commas = text.count("."), text.count(",")
    if dots and commas:  # the last one is the decimal mark
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        text = text.replace(thousands, "").replace(decimal, ".")
    elif dots + commas > 1:  # one mark used several times: thousands
        text = text.replace(".", "").replace(",", "")
    elif dots + commas == 1:
        mark = "." if dots else ","
        whole, fraction = text.split(mark)
        # "1.200" / "1,200" are thousands; "0.125", "1,5" and "12.5" are decimals
        text = whole + fraction if len(fraction) == 3 and whole not in ("", "0") else whole + "." + fraction
    return sign + text


_INFINITE = {"∞", "+∞", "inf", "+inf", "infinity", "infinito", "无穷", "无穷大"}


def parse_number(value, *, share: bool = False,
                 infinite: bool = False) -> tuple[float | None, str | None, str | None]:
    """A number from a cell: (value, currency code or None, problem).

    share=True reads "12%" and a bare 12 as 0.12 (a share column holding 12 means 12%).
    infinite=True accepts "∞" (an NBD shape k of infinity: Poisson exposure).
    """
    if value is None:
        return None, None, None
    if isinstance(value, bool):
        return None, None, f"expected a number, found {'TRUE' if value else 'FALSE'}"
    if isinstance(value, (datetime, date)):
        return None, None, f"expected a number, found the date {value:%Y-%m-%d}"
    if isinstance(value, (int, float)):
        number = float(value)
        if infinite and number == math.inf:
            return number, None, None
        if not math.isfinite(number):
            return None, None, "expected a finite number"
        return (number / 100 if share and number > 1 else number), None, None
    text = str(value).strip()
    if not text:
        return None, None, None
    if text.startswith("#"):  # an Excel error value left in the cell, e.g. #DIV/0!
        return None, None, f"the cell holds the spreadsheet error {text}"
    if infinite and text.lower() in _INFINITE:
        return math.inf, None, None
    original = text
    negative = text.startswith("(") and text.endswith(")")
    if negative:
        text = text[1:-1]
    lowered = _SPACES.sub("", text.lower())
    currency = None
    for symbol, code in sorted(_CURRENCY.items(), key=lambda kv: -len(kv[0])):
        if symbol in lowered:
            currency = code
            lowered = lowered.replace(symbol, "")
    percent = lowered.endswith("%")
    lowered = lowered.rstrip("%")
    scale = 1.0
    for suffix, factor in sorted(_SCALE.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(suffix) and lowered[: -len(suffix)][-1:].isdigit():
            scale, lowered = factor, lowered[: -len(suffix)]
            break
    decimal = _decimal_text(lowered)
    if decimal is None:
        return None, None, f"expected a number, found '{original}'"
    number = float(decimal) * scale * (-1 if negative else 1)
    if percent:
        number /= 100
    elif share and number > 1:
        number /= 100
    return number, currency, None


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
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # an Excel serial day number
            return _EXCEL_EPOCH + timedelta(days=int(value)), None
        return None, f"expected a date, found the number {value:g}"
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
    """Header and value matching: case, spaces, punctuation and unit brackets do not matter."""
    text = parse_text(text).lower()
    text = re.sub(r"\(.*?\)|（.*?）|\[.*?\]", "", text)
    return re.sub(r"[\s_\-./:·•*¥￥€$%]+", "", text)
