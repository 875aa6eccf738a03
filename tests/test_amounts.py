"""The one amount parser (core/amounts.py): what people write in en/it/zh, with every currency and scale, reads back
to the figure it says; what is malformed or ambiguous never reads as a number."""
from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from market_entry_planner.core.amounts import (
    CURRENCY_WORDS,
    NO_UNIT,
    AmountError,
    Unit,
    check_limit,
    parse_money,
    read_amount,
    share_points,
    to_cny,
    unit_of_header,
)
from market_entry_planner.core.parameters import COUNT, MONEY, SHAPE, SHARE

# -- formatting as the three languages of the app write numbers ----------------------------------------------------
SEPARATORS = {"en": (",", "."), "it": (".", ","), "zh": (",", "."), "fr": (" ", ","), "ch": ("'", ".")}


def grouped(whole: int, mark: str) -> str:
    text = f"{whole:,}"
    return text.replace(",", mark)


def written(cents: int, style: str, decimals: bool) -> str:
    group, point = SEPARATORS[style]
    whole, rest = divmod(cents, 100)
    text = grouped(whole, group)
    return text + (f"{point}{rest:02d}" if decimals else "")


# every way a currency is written, with the code it means
CURRENCY_FORMS = sorted(CURRENCY_WORDS.items())
PLACEMENTS = ("{c}{n}", "{c} {n}", "{n} {c}", "{n}{c}")


@given(cents=st.integers(0, 10**13), style=st.sampled_from(sorted(SEPARATORS)), decimals=st.booleans(),
       currency=st.sampled_from(CURRENCY_FORMS), placement=st.sampled_from(PLACEMENTS))
def test_a_formatted_amount_reads_back_to_its_figure_and_currency(cents, style, decimals, currency, placement):
    word, code = currency
    if not decimals:
        cents -= cents % 100
    text = placement.format(c=word.upper() if word.isascii() and word.isalpha() else word,
                            n=written(cents, style, decimals))
    amount = read_amount(text, MONEY)
    assert amount.currency == code
    assert amount.value == pytest.approx(cents / 100, rel=1e-15, abs=1e-9)


SCALES = {"en": [("k", 1e3), ("m", 1e6), ("bn", 1e9)], "it": [("k", 1e3), (" mln", 1e6), (" mld", 1e9)],
          "zh": [("千", 1e3), ("万", 1e4), ("亿", 1e8), ("万元", 1e4)]}


@given(whole=st.integers(1, 999), tenths=st.integers(0, 99), language=st.sampled_from(sorted(SCALES)),
       data=st.data())
def test_a_scaled_amount_reads_back(whole, tenths, language, data):
    suffix, factor = data.draw(st.sampled_from(SCALES[language]))
    point = "," if language == "it" else "."
    text = f"{whole}{point}{tenths:02d}{suffix}" if tenths else f"{whole}{suffix}"
    amount = read_amount(text, MONEY)
    assert amount.value == pytest.approx((whole + tenths / 100) * factor, rel=1e-12)
    assert amount.currency == ("CNY" if suffix.endswith("元") else None)


@given(points=st.integers(0, 10_000), style=st.sampled_from(["en", "it"]))
def test_a_percentage_reads_back_as_a_share(points, style):
    text = f"{points // 100}{SEPARATORS[style][1]}{points % 100:02d}%"
    amount = read_amount(text, SHARE)
    assert amount.percent and amount.value == pytest.approx(points / 100)


# -- malformed text never reads --------------------------------------------------------------------------------------
digits = st.text("0123456789", min_size=1, max_size=4)


@st.composite
def bad_grouping(draw):
    """One mark used twice or more with a group that is not three digits: 1.2.3, 1,5,0, 12,34,567, 18.06.2027."""
    mark = draw(st.sampled_from([".", ",", " "]))
    groups = draw(st.lists(digits, min_size=3, max_size=5))
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        groups[-1] = groups[-1] + "0"  # break the grouping
    return mark.join(groups)


@st.composite
def two_decimal_marks(draw):
    """1.234,56,78 or 1,234.5.6: a decimal mark written twice."""
    decimal = draw(st.sampled_from([".", ","]))
    other = "," if decimal == "." else "."
    return f"{draw(digits)}{other}{draw(digits)}{decimal}{draw(digits)}{decimal}{draw(digits)}"


@st.composite
def letters_inside(draw):
    letter = draw(st.sampled_from(list("abcdfghijxyz")))  # not e: 1e6 is a number
    return f"{draw(digits)}{letter}{draw(digits)}"


@st.composite
def dates(draw):
    d, m, y = draw(st.integers(1, 28)), draw(st.integers(1, 12)), draw(st.integers(2000, 2040))
    return draw(st.sampled_from([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y}", f"{y}年{m}月{d}日"]))


@given(text=st.one_of(bad_grouping(), two_decimal_marks(), letters_inside(), dates()),
       kind=st.sampled_from([MONEY, COUNT, SHARE, SHAPE]), currency=st.sampled_from(["", "€", "¥", "USD "]))
def test_malformed_text_never_reads_as_a_number(text, kind, currency):
    with pytest.raises(AmountError):
        read_amount(currency + text if kind == MONEY else text, kind)


@given(figure=st.integers(1, 10**6), kind=st.sampled_from([MONEY, COUNT, SHAPE]))
def test_a_percentage_is_never_money_or_a_count(figure, kind):
    with pytest.raises(AmountError) as raised:
        read_amount(f"{figure}%", kind)
    assert raised.value.code == "percent_not_allowed"


@given(text=st.text(max_size=12))
def test_any_text_reads_as_a_finite_figure_or_as_a_problem(text):
    try:
        amount = read_amount(text, MONEY)
    except AmountError as problem:
        assert str(problem)
        return
    assert amount is None or math.isfinite(amount.value)


# -- the cases of the issue, one by one ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, currency", [
    ("1.234.567,89", 1234567.89, None), ("1,234,567.89", 1234567.89, None), ("1 234 567", 1234567, None),
    ("1.2m", 1.2e6, None), ("500k", 5e5, None), ("8m", 8e6, None), ("30万", 3e5, None), ("1.2亿", 1.2e8, None),
    ("5千", 5e3, None), ("€120k", 1.2e5, "EUR"), ("¥5,000,000", 5e6, "CNY"), ("500万元", 5e6, "CNY"),
    ("1,2 mln", 1.2e6, None), ("1,2 mln €", 1.2e6, "EUR"), ("RMB 3m", 3e6, "CNY"), ("US$1.5m", 1.5e6, "USD"),
    ("１２０万", 1.2e6, None), ("(1,200)", -1200, None), ("−500", -500, None), ("€1.000", 1000, "EUR"),
    ("1.200", 1200, None), ("0,5", 0.5, None), ("120 k€", 1.2e5, "EUR"), ("2 mld", 2e9, None),
    ("1234.567", 1234.567, None), ("2500,125", 2500.125, None), ("0.125", 0.125, None),
])
def test_every_form_the_design_lists(text, value, currency):
    amount = read_amount(text, MONEY)
    assert (amount.value, amount.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize("text, code", [
    ("1.2.3", "malformed"), ("1,5,0", "malformed"), ("18.06.2027", "date"), ("10%", "percent_not_allowed"),
    ("1,250 mln", "ambiguous"), ("1" * 400, "too_many_digits"), ("1e400", "not_finite"), ("€¥5", "malformed"),
    ("#DIV/0!", "error_value"), ("TRUE", "malformed"), ("--5", "malformed"),
])
def test_plausible_garbage_is_a_problem(text, code):
    with pytest.raises(AmountError) as raised:
        read_amount(text, MONEY)
    assert raised.value.code == code and text[:20] in str(raised.value)


def test_a_shares_group_is_read_one_way():
    fractions = [read_amount(v, SHARE) for v in (0.012, 0.04)]
    assert share_points(fractions) == (False, [])
    points = [read_amount(v, SHARE) for v in (1.5, 2, 0.8)]
    assert share_points(points) == (True, [2])  # 0.8 beside 1.5 is 0.8% or 80%: ambiguous
    assert share_points([read_amount("1.5%", SHARE), read_amount(0.8, SHARE)]) == (False, [])
    assert share_points([read_amount(1.0, SHARE), read_amount(0.5, SHARE)]) == (False, [])  # 100% and 50%


@pytest.mark.parametrize("header, unit", [
    ("Budget (€)", Unit("EUR")), ("预算（万元）", Unit("CNY", 1e4)), ("Spend (k€)", Unit("EUR", 1e3)),
    ("Budget ('000 EUR)", Unit("EUR", 1e3)), ("Budget EUR", Unit("EUR")), ("CTR (%)", Unit(percent=True)),
    ("Budget in euro", Unit("EUR")), ("Budget/万元", Unit("CNY", 1e4)), ("Budget", NO_UNIT), ("投放单元", NO_UNIT),
    ("Importo (mln €)", Unit("EUR", 1e6)), ("AOV (¥)", Unit("CNY")),
])
def test_a_header_says_its_columns_unit(header, unit):
    assert unit_of_header(header) == unit


def test_a_header_with_two_currencies_is_a_problem():
    with pytest.raises(AmountError, match="two currencies"):
        unit_of_header("Budget (€ / $)")


def test_the_header_applies_to_bare_figures_and_the_cell_wins():
    wan = unit_of_header("预算（万元）")
    assert read_amount(120, MONEY, wan).value == 1_200_000
    assert read_amount("120", MONEY, wan).value == 1_200_000
    euro = unit_of_header("Budget (€)")
    assert read_amount("¥100", MONEY, euro) == read_amount("¥100", MONEY)
    assert read_amount("30万", MONEY, euro).value == 300_000 and read_amount("30万", MONEY, euro).currency == "EUR"


def test_foreign_money_converts_at_the_plans_rate_or_is_refused():
    assert to_cny(read_amount("€120k"), {"EUR": 7.8}) == pytest.approx(936_000)
    with pytest.raises(AmountError) as raised:
        to_cny(read_amount("€120k"), {})
    assert raised.value.code == "no_rate" and raised.value.details["currency"] == "EUR"
    assert parse_money("120k", currency="EUR", rates={"EUR": 7.8}) == pytest.approx(936_000)
    assert parse_money("¥30万", currency="EUR", rates={"EUR": 7.8}) == 300_000


@pytest.mark.parametrize("kind, value", [(MONEY, 1e308), (MONEY, 2e12), (COUNT, 1e13), (SHARE, 1.5), (MONEY, -1)])
def test_limits_keep_every_figure_finite_and_sane(kind, value):
    with pytest.raises(AmountError):
        check_limit(kind, value)
    assert check_limit(SHAPE, math.inf) == math.inf
