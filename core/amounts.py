"""Amounts as people write them: one reader for every cell, box and argument that takes money, a count or a share.

"1.234.567,89", "1,234,567.89", "1 234 567", "1.2m", "1,2 mln", "30万", "€120k", "¥5,000,000", "500万元", "12%".
The workbook reader, the command line and the app's editors all read amounts here, so "1.2m" means the same
everywhere. A text is read only when it can be read one way: "1.2.3", "1,5,0", "18.06.2027", "1,250 mln" (1.25 or
1,250?) and "10%" where money is expected are problems, never guesses.

Each amount keeps the currency it was written in (in the text, or in its column's header: "Budget (€)",
"预算（万元）"); `to_cny` converts it at the plan's exchange rates (`Market.exchange_rates`, CNY per unit) and
refuses a currency the plan has no rate for. `check_limit` bounds every kind of figure, so that no amount a
person can type makes the engine overflow or allocate without bound.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Mapping

from market_entry_planner.core.parameters import COUNT, MONEY, RATE, SHAPE, SHARE

# -- vocabulary ---------------------------------------------------------------------------------------------------
# How a currency is written (after NFKC and lower case: "￥" is "¥") -> ISO code. "¥" is the yuan here: the plans
# are for China. "$" is the US dollar; other dollars are written with their prefix (HK$, S$).
CURRENCY_WORDS: dict[str, str] = {
    "¥": "CNY", "元": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "人民币": "CNY", "rmb¥": "CNY",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "欧元": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "美元": "USD",
    "£": "GBP", "gbp": "GBP", "hk$": "HKD", "hkd": "HKD", "港元": "HKD", "港币": "HKD", "s$": "SGD", "sgd": "SGD",
    "chf": "CHF", "jpy": "JPY", "日元": "JPY", "krw": "KRW", "twd": "TWD", "aud": "AUD", "cad": "CAD",
}
SYMBOLS = {"CNY": "¥", "EUR": "€", "USD": "$", "GBP": "£"}
# Scale words -> factor. Chinese counts in 万 (10⁴) and 亿 (10⁸); Italian writes mln and mld.
SCALE_WORDS: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "mila": 1e3, "migliaia": 1e3, "千": 1e3,
    "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "million": 1e6, "millions": 1e6, "milione": 1e6, "milioni": 1e6,
    "百万": 1e6,
    "bn": 1e9, "billion": 1e9, "billions": 1e9, "mld": 1e9, "mrd": 1e9, "miliardo": 1e9, "miliardi": 1e9,
    "万": 1e4, "萬": 1e4, "十万": 1e5, "千万": 1e7, "亿": 1e8, "億": 1e8,
}
# what a header may say in brackets to mean "in thousands"
_THOUSANDS_MARKS = {"000", "'000", "000s", "'000s"}
INFINITE_WORDS = {"∞", "+∞", "inf", "+inf", "infinity", "infinito", "无穷", "无穷大"}

# Largest figure of each kind a plan can hold. A trillion yuan is far beyond any marketing budget; the bounds keep
# every result finite (an AOV of 10⁴⁰⁰ read as infinity gave null results) and every array small.
LIMITS: dict[str, float] = {MONEY: 1e12, COUNT: 1e12, SHARE: 1.0, SHAPE: 1e6, RATE: 1e6}
MAX_DIGITS = 18  # a double holds 15–17 significant digits: more is a typing slip, not a figure
MAX_EFFECTIVE_FREQUENCY = 100  # exposures; the engine sizes arrays by it (10⁹ once asked for 7.45 GiB)
MIN_RATE, MAX_RATE = 1e-6, 1e6  # CNY per unit of another currency


class AmountError(ValueError):
    """Why a text is not an amount. `code` names the reason for the app's translations; `text` is what was typed."""

    def __init__(self, code: str, message: str, text: str = "", **details):
        super().__init__(message)
        self.code, self.text, self.details = code, text, details


@dataclass(frozen=True)
class Unit:
    """What a column header (or an editor) says about the numbers under it: "Budget (€)", "预算（万元）", "CTR (%)"."""

    currency: str | None = None
    scale: float = 1.0
    percent: bool = False

    def __bool__(self) -> bool:
        return self.currency is not None or self.scale != 1.0 or self.percent


NO_UNIT = Unit()


@dataclass(frozen=True)
class Amount:
    """A figure as written: `value` scaled (120万 -> 1,200,000), in `currency` (None: neither cell nor header says)."""

    value: float
    currency: str | None = None
    percent: bool = False   # written with % (or under a % header): a share in percentage points
    text: str = ""          # as written, for messages

    @property
    def foreign(self) -> bool:
        return self.currency not in (None, "CNY")


# -- reading text -------------------------------------------------------------------------------------------------

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CURRENCY = _alternation(CURRENCY_WORDS)
_SCALE = _alternation(SCALE_WORDS)
_NUMBER = r"[0-9]+(?:\.[0-9]+)?e[+-]?[0-9]+|[0-9](?:[0-9.,' ]*[0-9])?|[.,][0-9]+"
_AMOUNT = re.compile(
    rf"^(?P<sign>[-+−])?\s*(?P<pre>{_CURRENCY})?\s*(?P<sign2>[-+−])?\s*(?P<number>{_NUMBER})\s*"
    rf"(?P<scale>{_SCALE})?\s*(?P<post>{_CURRENCY})?\s*(?P<percent>%)?$")
_DATE_LIKE = re.compile(r"^\s*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}年\d{1,2}月(\d{1,2}日)?)"
                        r"(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$")
_SPACES = re.compile(r"\s+")
_EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!",
                 "#GETTING_DATA")


def _clean(text: str) -> str:
    """NFKC (full-width digits and ￥ become ASCII and ¥, non-breaking and thin spaces become spaces), lower case,
    one space between words, the typographic apostrophe as ', and the minus sign as -."""
    text = unicodedata.normalize("NFKC", text).lower().replace("’", "'").replace("−", "-")
    return _SPACES.sub(" ", text).strip()


def _grouped(digits: str, mark: str) -> str | None:
    """'1.234.567' with mark '.' -> '1234567'; None unless every group after the first has exactly 3 digits."""
    groups = digits.split(mark)
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        return None
    if not all(g.isdigit() for g in groups):
        return None
    return "".join(groups)


def _number_text(number: str, original: str, scaled: bool, kind: str) -> str:
    """The digits of a written number as Python reads them ("1.234.567,89" -> "1234567.89"), or AmountError."""
    if "e" in number:
        return number
    marks = [c for c in ".,' " if c in number]

    def malformed():
        if _DATE_LIKE.match(original):
            return AmountError("date", f"'{original}' is a date, not an amount", original)
        return AmountError("malformed", f"cannot read '{original}' as a number: its separators fit neither "
                                        "1,234,567.89 nor 1.234.567,89", original)

    if not marks:
        return number
    decimal_marks = [m for m in ".," if m in number]
    spacers = [m for m in "' " if m in number]
    if len(spacers) > 1:
        raise malformed()
    if len(decimal_marks) == 2 or (decimal_marks and spacers):
        # two kinds of mark: the last one is the decimal mark, written once; the other groups thousands
        decimal = max(decimal_marks, key=number.rfind)
        if number.count(decimal) != 1:
            raise malformed()
        whole, fraction = number.split(decimal)
        grouping = spacers[0] if spacers else ("," if decimal == "." else ".")
        if any(m in whole for m in ".,' " if m != grouping) or not fraction.isdigit():
            raise malformed()
        digits = _grouped(whole, grouping) if grouping in whole else whole
        if digits is None or not digits.isdigit():
            raise malformed()
        return f"{digits}.{fraction}"
    mark = (decimal_marks or spacers)[0]
    if number.count(mark) > 1 or mark in "' ":
        digits = _grouped(number, mark)  # several: they group thousands ("1.234.567", "1 234 567")
        if digits is None:
            raise malformed()
        return digits
    whole, fraction = number.split(mark)
    if not fraction.isdigit() or (whole and not whole.isdigit()):
        raise malformed()
    if len(fraction) == 3 and whole not in ("", "0") and kind in (MONEY, COUNT):
        if scaled:  # "1,250 mln": 1.25 million in Italy, 1,250 million in English
            raise AmountError("ambiguous", f"'{original}' can be read two ways, with {whole}{mark}{fraction} as "
                                           f"{whole}.{fraction} or as {whole}{fraction}: write one of those", original)
        if len(whole) <= 3:
            return whole + fraction  # "1.200", "1,200": thousands, as a price or a count is written
    return f"{whole or '0'}.{fraction}"


_KIND_WORDS = {MONEY: "an amount", COUNT: "a count", SHARE: "a share", SHAPE: "a number"}


def read_amount(value, kind: str = MONEY, unit: Unit = NO_UNIT, *, infinite: bool = False) -> Amount | None:
    """The figure in a cell, box or argument, or None when it is empty. Raises AmountError when it cannot be read
    one way. `kind` (parameters.MONEY, COUNT, SHARE, SHAPE) says what is expected: only money takes a currency,
    only a share takes %, and a scale (k, m, 万) is for money and counts. `unit` is what the column's header says;
    a cell's own currency or scale wins over it. infinite: "∞" is accepted (an NBD shape k)."""
    if value is None:
        return None
    what = _KIND_WORDS.get(kind, "a number")
    if isinstance(value, bool):
        raise AmountError("boolean", f"expected {what}, found {'TRUE' if value else 'FALSE'}", str(value))
    if isinstance(value, (datetime, date)):
        raise AmountError("date", f"expected {what}, found the date {value:%Y-%m-%d}", value.isoformat())
    if isinstance(value, (time, timedelta)):
        raise AmountError("date", f"expected {what}, found the time {value}", str(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if infinite and number == math.inf:
            return Amount(number, None, False, "∞")
        if not math.isfinite(number):
            raise AmountError("not_finite", f"expected {what}, found {value}", str(value))
        scale = unit.scale if kind in (MONEY, COUNT) else 1.0
        return Amount(number * scale, unit.currency if kind == MONEY else None, unit.percent and kind == SHARE,
                      f"{value:g}")
    text = str(value).strip()
    if not text:
        return None
    if text.upper() in _EXCEL_ERRORS or re.match(r"^#[A-Z/0!?_]+[!?A]$", text.upper()):
        raise AmountError("error_value", f"the cell holds the spreadsheet error {text}", text)
    clean = _clean(text)
    if infinite and clean in INFINITE_WORDS:
        return Amount(math.inf, None, False, text)
    negative = clean.startswith("(") and clean.endswith(")")
    if negative:
        clean = clean[1:-1].strip()
    found = _AMOUNT.match(clean)
    if found is None:
        if _DATE_LIKE.match(clean):
            raise AmountError("date", f"'{text}' is a date, not {what}", text)
        raise AmountError("malformed", f"expected {what}, found '{text}'", text)
    signs = [s for s in (found["sign"], found["sign2"]) if s]
    if len(signs) > 1 or (negative and signs):
        raise AmountError("malformed", f"expected {what}, found '{text}'", text)
    negative = negative or (signs and signs[0] in "-−")
    pre, post = found["pre"], found["post"]
    if pre and post and CURRENCY_WORDS[pre] != CURRENCY_WORDS[post]:
        raise AmountError("two_currencies", f"'{text}' names two currencies", text)
    currency = CURRENCY_WORDS[pre or post] if (pre or post) else None
    scale_word = found["scale"]
    percent = bool(found["percent"])
    number = found["number"].strip()
    digits = sum(c.isdigit() for c in number.split("e")[0])
    if digits > MAX_DIGITS:
        raise AmountError("too_many_digits", f"'{text[:40]}{'…' if len(text) > 40 else ''}' has {digits} digits: "
                                             f"more than {MAX_DIGITS} is a typing slip, not a figure", text)
    if currency and kind != MONEY:
        raise AmountError("currency_not_allowed", f"'{text}' is money; {what} is expected here", text)
    if percent and kind != SHARE:
        raise AmountError("percent_not_allowed", f"'{text}' is a percentage; {what} is expected here", text)
    if scale_word and kind not in (MONEY, COUNT):
        raise AmountError("scale_not_allowed", f"'{text}' has a scale ({scale_word}); {what} is expected here", text)
    figure = float(_number_text(number, text, bool(scale_word), kind))
    if scale_word:
        figure *= SCALE_WORDS[scale_word]
    elif kind in (MONEY, COUNT) and (not currency or currency == unit.currency):
        figure *= unit.scale  # the header's scale applies to bare figures ("120" under 预算（万元）)
    if not math.isfinite(figure):
        raise AmountError("not_finite", f"'{text}' is too large", text)
    if currency is None and kind == MONEY:
        currency = unit.currency
    return Amount(-figure if negative else figure, currency, percent or (unit.percent and kind == SHARE), text)


def check_header_unit(kind: str, unit: Unit, header: str):
    """AmountError when a header's unit does not fit its column: a currency or a scale on a share, % on money."""
    what = _KIND_WORDS.get(kind, "a number")
    if unit.currency and kind != MONEY:
        raise AmountError("currency_not_allowed", f"the header '{header}' names a currency ({unit.currency}), but "
                                                  f"the column holds {what}", header)
    if unit.percent and kind != SHARE:
        raise AmountError("percent_not_allowed", f"the header '{header}' says %, but the column holds {what}", header)
    if unit.scale != 1.0 and kind not in (MONEY, COUNT):
        raise AmountError("scale_not_allowed", f"the header '{header}' names a scale, but the column holds {what}",
                          header)


def share_fraction(amount: Amount, points: bool) -> float:
    """A share as a fraction: written with % (or in a group of percentage points) it is divided by 100."""
    return amount.value / 100 if (amount.percent or points) else amount.value


def share_points(amounts) -> tuple[bool, list[int]]:
    """Does a group of share figures (a column, or one assumption's value, low and high) hold percentage points?

    Figures written with % (or under a % header) say so themselves. The bare ones are read one way for the group:
    all fractions (0.012 = 1.2%), or, when one is above 1 (no share is), all percentage points (1.5 = 1.5%). A group
    mixing bare figures above 1 with bare figures between 0 and 1 can be read two ways: the indexes of the latter
    come back as ambiguous (0.8 beside 1.5 is 0.8% or 80%)."""
    bare = [(i, a.value) for i, a in enumerate(amounts) if a is not None and not a.percent]
    points = any(v > 1 for _, v in bare)
    ambiguous = [i for i, v in bare if 0 < v <= 1] if points else []
    return points, ambiguous


# -- headers ------------------------------------------------------------------------------------------------------
_BRACKETS = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]|（([^（）]*)）|【([^【】]*)】")
_TOKENS = re.compile(rf"{_CURRENCY}|{_SCALE}|'?000s?|%|[a-z]+|[^\sa-z0-9]")


def unit_of_header(header) -> Unit:
    """What a header says about its column's numbers: "Budget (€)" EUR, "预算（万元）" ×10⁴ CNY, "Spend (k€)", "Budget
    ('000 EUR)", "Budget EUR", "CTR (%)". Raises AmountError when it names two currencies or two scales."""
    if header is None:
        return NO_UNIT
    text = _clean(str(header))
    # units are read in brackets, after a slash or " in ", and from currency signs and codes anywhere
    parts = [next(g for g in m.groups() if g is not None) for m in _BRACKETS.finditer(text)]
    rest = _BRACKETS.sub(" ", text)
    if "/" in rest:
        rest, _, tail = rest.rpartition("/")
        parts.append(tail)
    found = re.search(r"\b(?:in|en|em)\s+(.+)$", rest)
    if found:
        parts.append(found.group(1))
        rest = rest[:found.start()]
    currencies, scales, percent = set(), set(), "%" in text
    for part in parts:
        for token in _TOKENS.findall(part.strip()):
            if token in CURRENCY_WORDS:
                currencies.add(CURRENCY_WORDS[token])
            elif token in SCALE_WORDS:
                scales.add(SCALE_WORDS[token])
            elif token in _THOUSANDS_MARKS:
                scales.add(1e3)
    # outside brackets only signs and codes standing alone count: "Budget €", "Spend EUR", not "单元" (a unit)
    for token in re.split(r"[\s:;,.]+", rest):
        if token in CURRENCY_WORDS and (len(token) == 1 or token.isascii()):
            currencies.add(CURRENCY_WORDS[token])
        elif token and token[0] in "¥€$£" and token[1:] in SCALE_WORDS:  # "€k"
            currencies.add(CURRENCY_WORDS[token[0]])
            scales.add(SCALE_WORDS[token[1:]])
    if len(currencies) > 1:
        raise AmountError("two_currencies", f"the header '{header}' names two currencies "
                                            f"({', '.join(sorted(currencies))})", str(header))
    if len(scales) > 1:
        raise AmountError("two_scales", f"the header '{header}' names two scales", str(header))
    return Unit(next(iter(currencies), None), next(iter(scales), 1.0), percent)


# -- currencies and limits ----------------------------------------------------------------------------------------

def to_cny(amount: Amount, rates: Mapping[str, float], default: str = "CNY") -> float:
    """The amount in yuan at the plan's exchange rates (CNY per unit). `default` is the currency of an amount that
    says none (the app's editors: the display currency). Raises AmountError("no_rate") for a currency the plan has
    no rate for."""
    currency = amount.currency or default
    if currency == "CNY" or not math.isfinite(amount.value):
        return amount.value
    rate = rates.get(currency)
    if not rate or not math.isfinite(rate) or rate <= 0:
        raise AmountError("no_rate", f"'{amount.text}' is in {currency}, but the plan has no {currency} exchange rate",
                          amount.text, currency=currency)
    return amount.value * rate


def check_limit(kind: str, value: float, text: str = "", *, maximum: float | None = None) -> float:
    """The value, or AmountError when it is negative or beyond what a plan can hold."""
    shown = text or f"{value:g}"
    if value != value:
        raise AmountError("not_finite", f"{shown} is not a number", shown)
    if value < 0:
        raise AmountError("negative", f"{shown} is negative", shown)
    limit = LIMITS.get(kind, LIMITS[COUNT]) if maximum is None else maximum
    if value > limit and not (kind == SHAPE and value == math.inf):
        bound = f"{limit:,.0f}" if limit >= 1000 else f"{limit:g}"
        if kind == SHARE:
            raise AmountError("too_large", f"{shown} is more than 100%", shown)
        raise AmountError("too_large", f"{shown} is more than the {bound} a plan can hold", shown, limit=limit)
    return value


def parse_money(text, *, currency: str = "CNY", rates: Mapping[str, float] | None = None,
                kind: str = MONEY) -> float | None:
    """A typed amount in yuan: the command line's --budget and the app's money boxes. A bare figure is in
    `currency` (the display currency); "€120k" converts at `rates`. None for an empty text."""
    amount = read_amount(text, kind)
    if amount is None:
        return None
    value = to_cny(amount, rates or {}, default=currency) if kind == MONEY else amount.value
    return check_limit(kind, value, amount.text)
