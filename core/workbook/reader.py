"""Read a plan from a workbook: our own export, or a media plan a person made by hand.

The file passes one safety gate (safety.py), its values come from python-calamine (sheets.py), and every figure is
read by core.amounts, the one parser of money, counts and shares. Every problem is collected in one pass and named
by sheet, row and column; nothing is half-read: either a whole Plan comes back, or a PlanError with the list.
What the reader decided for the user (amounts converted from euros, a header's 万 applied, a hidden sheet passed
over) comes back as notes: no number enters the plan without a word.
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Iterable

from market_entry_planner.core.amounts import (
    CURRENCY_WORDS,
    LIMITS,
    MAX_EFFECTIVE_FREQUENCY,
    MAX_RATE,
    MIN_RATE,
    NO_UNIT,
    SYMBOLS,
    Amount,
    AmountError,
    Unit,
    check_header_unit,
    check_limit,
    read_amount,
    share_fraction,
    share_points,
    to_cny,
    unit_of_header,
)
from market_entry_planner.core.assumptions import GRADES, Assumption, Assumptions
from market_entry_planner.core.benchmarks import (
    OTHER,
    default_assumptions,
    default_calendar,
    default_tactics,
    with_category,
)
from market_entry_planner.core.model import (
    ANY,
    BUYING_MODELS,
    SPEND_KINDS,
    LineItem,
    Market,
    Plan,
    Scenario,
    Tactic,
    channel_label,
)
from market_entry_planner.core.parameters import COUNT, MONEY, PARAMETERS, SHAPE, SHARE, parameter
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.core.workbook.actuals_sheet import ACTUALS_SHEETS, LINKS_SHEETS, read_actuals_sheets
from market_entry_planner.core.workbook.calendar_sheet import read_calendar_sheet
from market_entry_planner.core.workbook.cells import normalise, parse_bool, parse_date, parse_text
from market_entry_planner.core.workbook.format import (
    ALL,
    FORMAT_NAME,
    FORMAT_VERSION,
    LISTS_CHANNEL_KEY,
    META_EMPTY_SCENARIO,
)
from market_entry_planner.core.workbook.safety import UnsafeFile, check_xlsx
from market_entry_planner.core.workbook.sheets import Sheet, Unreadable, UnreadableSheet, Workbook, column_letters
from market_entry_planner.core.workbook.vocabulary import (
    ANY_NAMES,
    ASSUMPTION_HEADERS,
    CATEGORY_NAMES,
    CATEGORY_VALUES,
    CHANNEL_VALUES,
    MARKET_KEYS,
    PARAMETER_HEADERS,
    PLAN_HEADERS,
    TACTIC_HEADERS,
    TACTIC_VALUES,
    TOTAL_NAMES,
    halo_key,
    sheet_names,
    words,
)

HEADER_SEARCH_ROWS = 30
_ANY_WORDS = words((ALL, *ANY_NAMES))
_TOTAL_WORDS = words(TOTAL_NAMES)
_PLAN_SHEET_NAMES = {normalise(w) for w in sheet_names("plan")}
_OUR_SHEETS = ("_meta", "Lists", "Results", "Channels", "Charts", "About", "Assumptions", "Tactics", "Market",
               "Actuals", "Campaign links")
# the brand's own figures: a plan without them cannot show GMV or ROI, and a hand-made sheet rarely has them
MARKET_NEEDS = ("target_population", "aov", "gross_margin")
MARKET_NEED_LABELS = {"target_population": "target population", "aov": "average order value",
                      "gross_margin": "gross margin"}
_BAD = object()  # a cell that could not be read: its problem is recorded where it was found
_EMPTY = ""
_YES_NO = {"yes": True, "no": False, "": False}


def _yuan(unit: Unit) -> bool:
    """A header unit that changes nothing: none, or plain yuan ("Budget (¥)", as our own export writes)."""
    return unit.currency in (None, "CNY") and unit.scale == 1.0 and not unit.percent


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass
class ReadResult:
    plan: Plan
    warnings: list[Problem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    native: bool = True
    plan_sheet: str = "Plan"
    # where each line came from: (scenario index, line index) -> sheet row; field -> column letter
    line_rows: dict[tuple[int, int], int] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)
    # what the reader decided, said once each: "5 budgets in € converted at 7.80 ¥/€"
    notes: list[Problem] = field(default_factory=list)
    # brand figures the file does not give (a hand-made sheet without a Market part): asked for before GMV or ROI
    missing_market: tuple[str, ...] = ()

    def locate(self, problem: Problem, scenario: int | None = None) -> Problem:
        """Put an engine problem (a line and a field) at its sheet, row and column."""
        scenario = self.plan.active if scenario is None else scenario
        if problem.line is not None and (scenario, problem.line) in self.line_rows:
            column = self.columns.get(problem.field or "", None)
            if column is None and problem.field:
                column = self.columns.get("channel") if problem.field == "penetration" else None
            return replace(problem, sheet=self.plan_sheet, row=self.line_rows[(scenario, problem.line)],
                           column=column or problem.field)
        if problem.field in ("aov", "gross_margin", "target_population", "agency_fee", "effective_frequency"):
            return replace(problem, sheet="Market")
        if problem.field == "penetration":
            return replace(problem, sheet="Assumptions")
        return problem


def _find_header(sheet: Sheet, table: dict[str, str], required: Iterable[str], extra: dict[str, str] = None):
    """The row (1-based) whose cells name the most known columns and all required ones, or None."""
    best, best_row = 0, None
    required = set(required)
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        names = [header_name(v) for v in row if isinstance(v, str) and v.strip()]
        fields = {table.get(n) for n in names}
        fields.discard(None)
        if not required <= fields:
            continue
        score = len(fields) + sum(1 for n in names if extra and n in extra)
        if score > best:
            best, best_row = score, r
    return best_row


def header_name(value) -> str:
    """A header as matched: case, spaces, punctuation and its unit do not matter ("Budget (€)", "Budget EUR")."""
    name = normalise(value)
    for code in ("eur", "cny", "rmb", "usd"):
        if name.endswith(code) and len(name) > len(code) + 2:
            return name[: -len(code)]
    return name


@dataclass
class _Layout:
    """The plan table's columns: field (or ("override", parameter) / ("extra", header)) -> column number, its letter,
    and the unit its header names."""

    columns: dict
    letters: dict
    units: dict
    extra: list


class _Reader:
    def __init__(self, path: Path, base: Plan):
        self.path = path
        self.base = base
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.notes: list[Problem] = []
        self.unknown_columns: list[str] = []
        self.channel_keys: dict[str, str] = {}  # our own export's Lists sheet: normalised label -> channel key
        self.native = False
        self.format_version = None
        self.rates: dict[str, float] = dict(base.market.exchange_rates)
        self.converted: dict[tuple[str, str], int] = {}  # (what, currency) -> how many amounts were converted
        self.bare_money = 0  # hand-made amounts that said no currency: read as yuan, and the summary says so

    def error(self, sheet, row, column, message):
        self.problems.append(Problem(message, sheet=sheet, row=row, column=column))

    def warn(self, sheet, row, column, message):
        self.warnings.append(Problem(message, sheet=sheet, row=row, column=column, severity="warning"))

    def note(self, message, sheet=None, row=None, column=None):
        self.notes.append(Problem(message, sheet=sheet, row=row, column=column, severity="note"))

    # -- figures: every number of every sheet goes through here
    def figure(self, where: tuple, value, kind: str, unit: Unit = NO_UNIT, *, what: str = "", infinite=False,
               maximum: float | None = None, fmt: str | None = None):
        """A cell's figure: money in CNY (converted at the plan's rates), anything else as written, within its kind's
        limits. None for an empty cell; _BAD when it cannot be read (the problem is recorded at `where`, a
        (sheet, row, column) triple)."""
        if type(value) is float and _yuan(unit) and fmt is None and kind != SHARE and value == value:
            if 0 <= value <= (LIMITS[kind] if maximum is None else maximum):  # a plain number: the common case
                if kind == MONEY and not self.native and unit.currency is None:
                    self.bare_money += 1
                return value
        if isinstance(value, Unreadable):
            self.error(*where, value.message)
            return _BAD
        try:
            if fmt and kind == MONEY and isinstance(value, (int, float)) and fmt not in ("percent", "date"):
                unit = self._formatted_unit(where, unit, fmt)
            amount = read_amount(value, kind, unit, infinite=infinite)
            if amount is None:
                return None
            if kind == SHARE:
                return amount  # a share is made a fraction with the rest of its group (see shares)
            number = amount.value
            if kind == MONEY:
                number = self._cny(amount, what)
            return check_limit(kind, number, amount.text, maximum=maximum)
        except AmountError as problem:
            self.error(*where, str(problem) if problem.code != "no_rate" else self._no_rate(problem))
            return _BAD

    def _formatted_unit(self, where, unit: Unit, fmt: str) -> Unit:
        """A number cell formatted as a currency ("[$€-410]#,##0") is in that currency."""
        if fmt == "currency":
            key = ("currency-format", where[0], where[2])
            if key not in self.converted:
                self.converted[key] = 0
                self.warn(where[0], where[1], where[2], "the column is formatted as a currency the file does not "
                                                        "name ($ or the local currency): read as yuan; write the "
                                                        "currency in its header, e.g. 'Budget (€)'")
            return unit
        if unit.currency and unit.currency != fmt:
            raise AmountError("two_currencies", f"the cell is formatted in {fmt} but its column's header says "
                                                f"{unit.currency}")
        return replace(unit, currency=fmt)

    def _cny(self, amount: Amount, what: str) -> float:
        if amount.currency is None and not self.native:
            self.bare_money += 1
        if amount.foreign:
            value = to_cny(amount, self.rates)
            key = (what or "amount", amount.currency)
            self.converted[key] = self.converted.get(key, 0) + 1
            return value
        return amount.value

    def _no_rate(self, problem: AmountError) -> str:
        code = problem.details.get("currency")
        return (f"{problem}: add a row 'Exchange rate {code}' with the yuan per 1 {code} to the Market sheet (or set "
                f"it on the app's Market tab), or write the amount in yuan")

    def shares(self, cells: list[tuple[tuple, object]], unit: Unit = NO_UNIT, fmts=None) -> list:
        """A group of share cells (a column, or an assumption's value, low and high) as fractions: (where, value)
        pairs in, fraction / None / _BAD out. Bare figures are read one way for the whole group (see
        amounts.share_points); a percent-formatted number is a fraction whatever the group."""
        if not unit and not fmts:  # plain fractions (our own files, Excel's % cells): read as they are
            values = [v for _, v in cells]
            if all(v is None or (type(v) is float and 0.0 <= v <= 1.0) for v in values):
                return values
        amounts = []
        for i, (where, value) in enumerate(cells):
            fmt = fmts[i] if fmts else None
            if fmt == "percent" and isinstance(value, (int, float)) and not isinstance(value, bool):
                amounts.append(Amount(float(value) * 100, None, True, f"{value * 100:g}%"))
                continue
            amounts.append(self.figure(where, value, SHARE, unit))
        readable = [a if isinstance(a, Amount) else None for a in amounts]
        points, ambiguous = share_points(readable)
        points = points or unit.percent
        for i in ambiguous if not unit.percent else ():
            where = cells[i][0]
            self.error(*where, f"{readable[i].text} can be read two ways ({readable[i].value:g}% or "
                               f"{readable[i].value:.0%}): other figures of the group are percentages; write "
                               f"{readable[i].value:g}% or {readable[i].value:.0%}")
            amounts[i] = _BAD
        out = []
        for (where, _), amount in zip(cells, amounts):
            if not isinstance(amount, Amount):
                out.append(amount)
                continue
            try:
                out.append(check_limit(SHARE, share_fraction(amount, points), amount.text))
            except AmountError as problem:
                self.error(*where, str(problem))
                out.append(_BAD)
        return out

    def load(self, wb: Workbook, title: str) -> Sheet:
        try:
            return wb.sheet(title)
        except UnreadableSheet as problem:
            raise PlanError([Problem(str(problem), sheet=title)], source=str(self.path)) from None

    def find_sheet(self, wb: Workbook, *names) -> Sheet | None:
        """The sheet with one of these names, a visible one before a hidden one (and the choice said)."""
        wanted = {normalise(n) for n in names}
        found = [s for s in wb.sheets if normalise(s.title) in wanted]
        found.sort(key=lambda s: not s.visible)
        if not found:
            return None
        chosen = found[0]
        for other in found[1:]:
            self.note(f"the hidden sheet '{other.title}' was passed over for the visible sheet '{chosen.title}'")
        if not chosen.visible and not self.native:
            self.note(f"read from the hidden sheet '{chosen.title}'")
        return self.load(wb, chosen.title)

    # -- tactics and assumptions first: the plan's lines are checked against them
    def read_tactics(self, sheet: Sheet | None) -> dict[str, Tactic]:
        if sheet is None:
            return dict(self.base.tactics)
        top = _find_header(sheet, TACTIC_HEADERS, ("key", "buying", "price_parameter"))
        if top is None:
            self.error(sheet.title, 1, None, "no header row with Tactic, Buying and Price parameter found")
            return dict(self.base.tactics)
        columns = self._columns(sheet, top, TACTIC_HEADERS, report_unknown=False)
        tactics: dict[str, Tactic] = {}
        for r in range(top + 1, len(sheet.rows) + 1):
            values = {f: sheet.cell(r, c) for f, c in columns.items()}
            if all(_blank(v) for v in values.values()):
                continue
            where = lambda f: column_letters(columns[f]) if f in columns else None  # noqa: E731
            for f in ("label", "unit", "description"):
                if isinstance(values.get(f), Unreadable):
                    values[f] = self.free_text((sheet.title, r, where(f)), values[f])
            unreadable = [f for f, v in values.items() if isinstance(v, Unreadable) or v is _BAD]
            for f in unreadable:
                if values[f] is not _BAD:
                    self.error(sheet.title, r, where(f), values[f].message)
            if unreadable:
                continue
            key = parse_text(values.get("key"))
            if not key:
                self.error(sheet.title, r, where("key"), "the tactic has no name")
                continue
            buying = parse_text(values.get("buying")).lower()
            if buying not in BUYING_MODELS:
                self.error(sheet.title, r, where("buying"), f"expected one of {', '.join(BUYING_MODELS)}, "
                                                            f"found '{values.get('buying')}'")
                continue
            spend = parse_text(values.get("spend_kind")).lower() or "media"
            if spend not in SPEND_KINDS:
                self.error(sheet.title, r, where("spend_kind"), f"expected media or kol, found '{spend}'")
                continue
            whole, problem = parse_bool(values.get("whole_units"))
            if problem:
                self.error(sheet.title, r, where("whole_units"), problem)
                continue
            audience = parse_text(values.get("audience_parameter"))
            if buying == "unit" and not audience:
                self.error(sheet.title, r, where("audience_parameter"),
                           "a tactic bought by unit needs an audience parameter (viewers or views per unit)")
                continue
            tactics[key] = Tactic(key=key, label=parse_text(values.get("label")) or key, buying=buying,
                                  unit=parse_text(values.get("unit")), price_parameter=parse_text(
                                      values.get("price_parameter")), audience_parameter=audience,
                                  conversion_parameter=parse_text(values.get("conversion_parameter")) or "cvr",
                                  spend_kind=spend, whole_units=bool(whole),
                                  description=parse_text(values.get("description")))
        return tactics

    def _parameter_lookup(self, tactics: dict[str, Tactic]) -> dict[str, str]:
        table = dict(PARAMETER_HEADERS)
        for tactic in tactics.values():
            for key in (tactic.price_parameter, tactic.audience_parameter):
                if key and key not in PARAMETERS:
                    # the workbook's own parameter wins over a synonym of ours ("returns", "cost")
                    table[normalise(key)] = key
                    table[normalise(parameter(key).label)] = key
        return table

    def _tactic_lookup(self, tactics: dict[str, Tactic]) -> dict[str, str]:
        table = {}
        for key, tactic in tactics.items():
            table[normalise(key)] = key
            table[normalise(tactic.label)] = key
        for name, key in TACTIC_VALUES.items():
            if key in tactics:
                table.setdefault(name, key)
        return table

    def _channel_lookup(self, channels: Iterable[str]) -> dict[str, str]:
        table = {}
        for key in channels:
            table[normalise(key)] = key
            table[normalise(channel_label(key))] = key
        for name, key in CHANNEL_VALUES.items():
            table.setdefault(name, key)
        return table

    def read_assumptions(self, sheet: Sheet | None, tactics: dict[str, Tactic]) -> Assumptions:
        if sheet is None:
            return self.base.assumptions
        top = _find_header(sheet, ASSUMPTION_HEADERS, ("channel", "tactic", "parameter", "value"))
        if top is None:
            self.error(sheet.title, 1, None, "no header row with Channel, Tactic, Parameter and Value found")
            return self.base.assumptions
        columns = self._columns(sheet, top, ASSUMPTION_HEADERS, report_unknown=False)
        units = self._header_units(sheet, top, columns, ("value", "low", "high"))
        parameters = self._parameter_lookup(tactics)
        tactic_names = self._tactic_lookup(tactics)
        channel_names = {**self._channel_lookup(()), **self.channel_keys}
        rows: list[Assumption] = []
        seen: dict[tuple, int] = {}
        for r in range(top + 1, len(sheet.rows) + 1):
            values = {f: sheet.cell(r, c) for f, c in columns.items()}
            if all(_blank(v) for v in values.values()):
                continue
            row = self._assumption(sheet, r, columns, values, units, channel_names, tactic_names, parameters,
                                   tactics)
            if row is None:
                continue
            if row.key in seen:
                self.error(sheet.title, r, column_letters(columns["parameter"]),
                           f"a second row for {row.channel} × {row.tactic} × {row.parameter} (the first is row "
                           f"{seen[row.key]})")
                continue
            seen[row.key] = r
            rows.append(row)
        return Assumptions(rows)

    def _assumption(self, sheet, r, columns, values, units, channel_names, tactic_names, parameters, tactics):
        """One row of the Assumptions sheet, or None (with its problems recorded)."""
        col = lambda f: column_letters(columns[f]) if f in columns else None  # noqa: E731
        if isinstance(values.get("source"), Unreadable):
            values["source"] = self.free_text((sheet.title, r, col("source")), values["source"])
            if values["source"] is _BAD:
                return None
        for f in ("channel", "tactic", "parameter", "grade", "unit"):
            if isinstance(values.get(f), Unreadable):
                self.error(sheet.title, r, col(f), values[f].message)
                return None
        channel_text = normalise(values.get("channel"))
        channel = ANY if channel_text in _ANY_WORDS else channel_names.get(
            channel_text, parse_text(values.get("channel")).lower().replace(" ", "_"))
        tactic_text = normalise(values.get("tactic"))
        tactic = ANY if tactic_text in _ANY_WORDS else tactic_names.get(tactic_text)
        ok = True
        if not channel:
            self.error(sheet.title, r, col("channel"), "the channel is empty (write All for every channel)")
            ok = False
        if tactic is None:
            self.error(sheet.title, r, col("tactic"),
                       f"unknown tactic '{values.get('tactic')}': expected All or one of {', '.join(tactics)}")
            ok = False
        key = parameters.get(normalise(values.get("parameter"))) or halo_key(values.get("parameter"), channel_names)
        if key is None:
            self.error(sheet.title, r, col("parameter"), f"unknown parameter '{values.get('parameter')}'")
            ok = False
        if not ok:
            return None
        kind = parameter(key).kind
        row_unit = unit_of_header(values.get("unit")) if isinstance(values.get("unit"), str) else NO_UNIT
        names = [n for n in ("value", "low", "high") if n in columns]

        def unit_for(name):  # the header's unit where it fits the parameter; a row's Unit cell first
            unit = units.get(name, NO_UNIT)
            unit = Unit(row_unit.currency or unit.currency, unit.scale, row_unit.percent or unit.percent)
            return Unit(unit.currency if kind == MONEY else None, unit.scale if kind in (MONEY, COUNT) else 1.0,
                        unit.percent and kind == SHARE)

        where = {n: (sheet.title, r, col(n)) for n in names}
        if kind == SHARE:
            shares = self.shares([(where[n], values.get(n)) for n in names], unit_for("value"))
            numbers = dict(zip(names, shares))
        else:
            numbers = {n: self.figure(where[n], values.get(n), kind, unit_for(n), what=f"{parameter(key).label} "
                                      "value", infinite=kind == SHAPE) for n in names}
        if any(v is _BAD for v in numbers.values()):
            return None
        if numbers.get("value") is None:
            self.error(sheet.title, r, col("value"), f"{key} has no value")
            return None
        value = numbers["value"]
        low = value if numbers.get("low") is None else numbers["low"]
        high = value if numbers.get("high") is None else numbers["high"]
        if low > value or high < value:
            self.warn(sheet.title, r, col("low"), f"the range {low:g}–{high:g} does not contain the value "
                                                  f"{value:g}; it was widened to contain it")
            low, high = min(low, value), max(high, value)
        grade = parse_text(values.get("grade")).upper() or "W"
        if grade not in GRADES:
            self.warn(sheet.title, r, col("grade"), f"unknown grade '{grade}', read as W (weak)")
            grade = "W"
        year = self._year((sheet.title, r, col("year")), values.get("year"))
        if year is _BAD:
            return None
        return Assumption(channel, tactic, key, value, low, high, grade, year, parse_text(values.get("source")))

    def _year(self, where, value):
        number = self.figure(where, value, COUNT, maximum=9999)
        if number is None or number is _BAD:
            return number
        if not float(number).is_integer():
            self.error(*where, f"a year is a whole number, not {number:g}")
            return _BAD
        return int(number)

    def read_market(self, sheet: Sheet | None) -> tuple[Market, dict]:
        """The Market sheet's Field/Value pairs, anywhere in columns A:B."""
        if sheet is None:
            return self.base.market, {}
        pairs = [(r, row[0], row[1]) for r, row in enumerate(sheet.rows, start=1)
                 if len(row) >= 2 and isinstance(row[0], str) and row[0].strip()]
        rates = self._exchange_rates(sheet, pairs)
        self.rates = rates or dict(self.base.market.exchange_rates)
        found: dict[str, object] = {}
        for r, label, value in pairs:
            key = MARKET_KEYS.get(normalise(label))
            if key is None or key in found or _is_rate_label(label):
                continue
            where = (sheet.title, r, "B")
            if key in ("title", "notes", "target", "active"):
                text = self.free_text(where, value)
                if text is not _BAD:
                    found[key] = text
                continue
            if isinstance(value, Unreadable):
                self.error(*where, value.message)
                continue
            if key == "currency":
                found[key] = parse_text(value)
                continue
            if key == "category":
                text = parse_text(value)
                category = CATEGORY_VALUES.get(normalise(text)) if text else OTHER
                if category is None:
                    self.error(*where, f"unknown category '{text}': expected one of "
                               + ", ".join(CATEGORY_NAMES[k][0] for k in CATEGORY_NAMES))
                    continue
                found[key] = category
                continue
            unit = unit_of_header(label)
            if key in ("gross_margin", "agency_fee"):
                number = self.shares([(where, value)], Unit(percent=unit.percent))[0]
            elif key == "effective_frequency":
                number = self.figure(where, value, COUNT)
                if number is not None and number is not _BAD and (not float(number).is_integer() or number < 1
                                                                  or number > MAX_EFFECTIVE_FREQUENCY):
                    self.error(*where, f"effective frequency is a whole number of exposures, 1 to "
                                       f"{MAX_EFFECTIVE_FREQUENCY}")
                    number = _BAD
                elif number not in (None, _BAD):
                    number = int(number)
            else:
                kind = MONEY if key == "aov" else COUNT
                number = self.figure(where, value, kind, Unit(unit.currency if kind == MONEY else None, unit.scale),
                                     what="average order value", maximum=2e9 if key == "target_population" else None)
            if number is _BAD:
                continue
            found[key] = number
        fields = {k: v for k, v in found.items() if k in ("target", "category", "target_population", "aov",
                                                         "gross_margin", "agency_fee", "effective_frequency",
                                                         "currency")}
        for key in ("agency_fee", "target_population"):
            if fields.get(key, 0) is None:
                fields[key] = 0.0
        if fields.get("effective_frequency") is None and "effective_frequency" in fields:
            fields["effective_frequency"] = 3
        if fields.get("currency") is not None:
            fields["currency"] = fields["currency"].upper() or "CNY"
        market = replace(self.base.market, **fields, exchange_rates=self.rates)
        return market, found

    def _exchange_rates(self, sheet: Sheet, pairs) -> dict[str, float]:
        rates = {}
        for r, label, value in pairs:
            if not _is_rate_label(label):
                continue
            code = _rate_code(label)
            rate = self.figure((sheet.title, r, "B"), value, COUNT, maximum=MAX_RATE)
            if rate is None or (rate is not _BAD and rate < MIN_RATE):
                self.error(sheet.title, r, "B", f"the exchange rate for {code} must be above 0")
            elif rate is not _BAD:
                rates[code] = rate
        return rates

    def _columns(self, sheet: Sheet, top: int, table: dict[str, str], report_unknown: bool,
                 extra: dict[str, str] | None = None) -> dict:
        columns: dict = {}
        for c, value in enumerate(sheet.rows[top - 1], start=1):
            if not isinstance(value, (str, int, float)) or parse_text(value) == "":
                continue
            if (top, c) in sheet.merged and sheet.merged[(top, c)][0] == top:
                continue  # the rest of a header merged across columns: part of the column on its left
            name = header_name(value)
            key = table.get(name)
            if (key is None or key in columns) and extra and name in extra:
                # a parameter whose name is also one of ours ("Cost"): ours came first, the override follows
                key = ("override", extra[name])
            if key is None or key in columns:
                if report_unknown:
                    columns[("extra", parse_text(value))] = c
                continue
            columns[key] = c
        return columns

    def _header_units(self, sheet: Sheet, top: int, columns: dict, fields) -> dict:
        units = {}
        for f in fields:
            if f in columns:
                try:
                    units[f] = unit_of_header(sheet.cell(top, columns[f]))
                except AmountError as problem:
                    self.error(sheet.title, top, column_letters(columns[f]), str(problem))
        return units

    # -- the plan's lines
    def read_lines(self, sheet: Sheet, top: int, tactics: dict[str, Tactic], assumptions: Assumptions, native: bool):
        """The lines of the plan table, by scenario, and the sheet row of each."""
        layout = self._plan_layout(sheet, top, tactics)
        rows = self._line_rows(sheet, top, layout)
        fields = self._line_fields(sheet, rows, layout, tactics, assumptions, native)
        return self._line_items(sheet, rows, layout, fields, tactics, assumptions)

    def _plan_layout(self, sheet: Sheet, top: int, tactics) -> _Layout:
        parameters = self._parameter_lookup(tactics)
        columns = self._columns(sheet, top, PLAN_HEADERS, report_unknown=True, extra=parameters)
        channel_names = {**self._channel_lookup(()), **self.channel_keys}
        for found in [k for k in columns if isinstance(k, tuple) and k[0] == "extra"]:
            # a search halo's override, as we write it ("Search halo from Douyin") or the app shows it (抖音内容带动的搜索)
            halo = halo_key(found[1], channel_names)
            if halo is not None and ("override", halo) not in columns:
                columns[("override", halo)] = columns.pop(found)
        letters = {(k if isinstance(k, str) else k[1]): column_letters(c) for k, c in columns.items()}
        extra = [k[1] for k in columns if isinstance(k, tuple) and k[0] == "extra"]
        if extra:
            self.unknown_columns = extra
            self.warn(sheet.title, top, None, "columns kept but not used by the model: " + ", ".join(extra))
        units = self._header_units(sheet, top, columns, [k for k in columns if k in ("budget", "units", "min_budget",
                                                                                   "max_budget")
                                                         or (isinstance(k, tuple) and k[0] == "override")])
        for key, unit in list(units.items()):
            kind = MONEY if key in ("budget", "min_budget", "max_budget") else (
                COUNT if key == "units" else parameter(key[1]).kind)
            try:
                check_header_unit(kind, unit, parse_text(sheet.cell(top, columns[key])))
            except AmountError as problem:
                self.error(sheet.title, top, column_letters(columns[key]), str(problem))
                units[key] = NO_UNIT
            if unit.scale != 1.0 or unit.currency not in (None, "CNY"):
                self.note(f"the figures of column {column_letters(columns[key])} "
                          f"('{parse_text(sheet.cell(top, columns[key]))}') are read "
                          + (f"in {unit.currency}" if unit.currency else "")
                          + (" and " if unit.currency and unit.scale != 1.0 else "")
                          + (f"×{unit.scale:,.0f}" if unit.scale != 1.0 else "") + ", as its header says",
                          sheet.title, top, column_letters(columns[key]))
        return _Layout(columns, letters, units, extra)

    def _line_rows(self, sheet: Sheet, top: int, layout: _Layout) -> list[int]:
        """Sheet rows that hold a line: blank rows and total rows are left out (a total row with a warning)."""
        rows = []
        data = sheet.rows
        keys = [layout.columns[k] - 1 for k in ("channel", "tactic") if k in layout.columns]
        both = len(keys) == 2
        first, second = (keys + [0, 0])[:2]
        for r in range(top + 1, len(data) + 1):
            raw = data[r - 1]
            if both and len(raw) > max(keys):  # the common case first: a channel and a tactic, as text
                channel, tactic = raw[first], raw[second]
                if type(channel) is str and type(tactic) is str and channel.strip() and tactic.strip():
                    rows.append(r)
                    continue
            for value in raw:
                if not _blank(value):
                    break
            else:
                continue  # a blank row
            named = [raw[c] for c in keys if c < len(raw)]
            if (len(named) < 2 or any(_blank(v) for v in named)) and \
                    {normalise(v) for v in raw[:4] if isinstance(v, str)} & _TOTAL_WORDS:
                self.warn(sheet.title, r, None, "a total row was skipped (the app adds up the lines itself)")
                continue
            rows.append(r)
        return rows

    def _line_fields(self, sheet: Sheet, rows: list[int], layout: _Layout, tactics, assumptions, native) -> dict:
        """Every field of every line, read column by column: field -> one value per row (None if empty, _BAD if it
        could not be read). Plain numbers, dates and text take a fast path: 10,000 lines have 200,000 cells."""
        title = sheet.title
        lines = [sheet.rows[r - 1] for r in rows]
        width = min((len(row) for row in lines), default=0)
        table = list(zip(*lines)) if lines else []  # column by column
        empty = _EMPTY
        out: dict = {}
        for key, c in layout.columns.items():
            letter = column_letters(c)
            if c <= width:  # calamine's empty cells are the one empty str, so `is` finds them fast
                values = [None if v is empty else v for v in table[c - 1]]
            else:
                values = [sheet.cell(r, c) for r in rows]
            unit = layout.units.get(key, NO_UNIT)
            money = key in ("budget", "min_budget", "max_budget") or (
                isinstance(key, tuple) and key[0] == "override" and parameter(key[1]).kind in (MONEY, SHARE))
            fmts = [sheet.format_of(r, c) for r in rows] if money and not native and sheet.has_formats() else None
            if key == "channel":
                out[key] = self._names(title, letter, rows, values, self._channel_lookup(assumptions.channels),
                                       "channel", lambda text: (
                                           f"unknown channel '{text}': expected one of "
                                           f"{', '.join(channel_label(x) for x in assumptions.channels)}, or add the "
                                           "channel's rows (at least its penetration) on the Assumptions sheet"))
            elif key == "tactic":
                out[key] = self._names(title, letter, rows, values, self._tactic_lookup(tactics), "tactic",
                                       lambda text: f"unknown tactic '{text}': expected one of "
                                                    + ", ".join(t.label for t in tactics.values()))
            elif key in ("budget", "min_budget", "max_budget"):
                what = {"budget": "budget", "min_budget": "minimum budget", "max_budget": "maximum budget"}[key]
                out[key] = self._figures(title, letter, rows, values, MONEY, unit, what=what, fmts=fmts)
            elif key == "units":
                out[key] = self._figures(title, letter, rows, values, COUNT, unit)
            elif key in ("start", "end"):
                out[key] = [v if type(v) is date else None if v is None else self._cell(title, r, letter, v, parse_date)
                            for r, v in zip(rows, values)]
            elif key == "locked":
                out[key] = [_YES_NO[v] if type(v) is str and v in _YES_NO else None if v is None else
                            self._cell(title, r, letter, v, parse_bool) for r, v in zip(rows, values)]
            elif isinstance(key, tuple) and key[0] == "override":
                out[key] = self._override_column(title, letter, rows, values, key[1], unit, fmts)
            elif isinstance(key, tuple):  # a column the model does not use: kept as the user typed it
                out[key] = [self._kept(title, r, letter, v) for r, v in zip(rows, values)]
            else:  # scenario, name, notes
                out[key] = [v.strip() if type(v) is str else None if v is None else
                            self.free_text((title, r, letter), v) for r, v in zip(rows, values)]
        return out

    def _figures(self, title, letter, rows, values, kind, unit, *, what="", maximum=None, fmts=None,
                 infinite=False) -> list:
        """A column of figures: a plain number within its limits as it is (the common case, kept fast), any other
        through figure()."""
        if not _yuan(unit) or fmts:
            return [self.figure((title, r, letter), v, kind, unit, what=what, maximum=maximum, infinite=infinite,
                                fmt=fmts[i] if fmts else None) for i, (r, v) in enumerate(zip(rows, values))]
        limit = LIMITS[kind] if maximum is None else maximum
        out = [v if type(v) is float and 0.0 <= v <= limit else None if v is None else
               self.figure((title, r, letter), v, kind, unit, what=what, maximum=maximum, infinite=infinite)
               for r, v in zip(rows, values)]
        if kind == MONEY and not self.native and unit.currency is None:
            self.bare_money += sum(1 for v in values if type(v) is float)
        return out

    def _cell(self, title, r, letter, value, parse):
        if value is None:
            return None
        if isinstance(value, Unreadable):
            self.error(title, r, letter, value.message)
            return _BAD
        parsed, problem = parse(value)
        if problem:
            self.error(title, r, letter, problem)
            return _BAD
        return parsed

    def free_text(self, where, value):
        """Text a person writes freely (a name, a note, a source): an error value left in it reads as its text, with
        a warning; a formula without a saved result is a problem (its text is unknown)."""
        if isinstance(value, Unreadable):
            if value.kind == "formula":
                self.error(*where, value.message)
                return _BAD
            self.warn(*where, f"{value.message}; read as the text {value.text}")
            return value.text
        return parse_text(value)

    def _kept(self, title, r, letter, value):
        if isinstance(value, Unreadable):
            self.warn(title, r, letter, value.message + "; the column is not used by the model, so it was kept empty")
            return None
        return _plain(value)

    def _names(self, title, letter, rows, values, table: dict, what: str, unknown) -> list:
        out = []
        known: dict[str, str] = {}  # a plan repeats a few names thousands of times
        for r, value in zip(rows, values):
            key = known.get(value) if type(value) is str else None
            if key is not None:
                out.append(key)
            elif isinstance(value, Unreadable):
                self.error(title, r, letter, value.message)
                out.append(_BAD)
            elif _blank(value):
                self.error(title, r, letter or what.capitalize(), f"the {what} is empty")
                out.append(_BAD)
            else:
                key = table.get(normalise(value))
                if key is None:
                    self.error(title, r, letter, unknown(parse_text(value)))
                    out.append(_BAD)
                else:
                    if type(value) is str:
                        known[value] = key
                    out.append(key)
        return out

    def _override_column(self, title, letter, rows, values, key, unit, fmts) -> list:
        kind = parameter(key).kind
        if kind == SHARE:
            if _yuan(unit) and not fmts and all(v is None or (type(v) is float and 0.0 <= v <= 1.0) for v in values):
                return values  # plain fractions: our own files, Excel's % cells
            return self.shares([((title, r, letter), v) for r, v in zip(rows, values)], unit, fmts)
        return self._figures(title, letter, rows, values, kind, unit, what=f"{parameter(key).label} value",
                             infinite=kind == SHAPE, fmts=fmts if kind == MONEY else None)

    def _line_items(self, sheet: Sheet, rows, layout: _Layout, fields: dict, tactics, assumptions):
        """LineItems from the fields read, by scenario, checking what involves several fields of a line."""
        title, letters = sheet.title, layout.letters
        scenarios: dict[str, list[LineItem]] = {}
        rows_of: dict[tuple[str, int], int] = {}
        for name in ("channel", "tactic"):
            if name not in fields:
                for r in rows:
                    self.error(title, r, name.capitalize(), f"the {name} is empty")
                return scenarios, rows_of
        n = len(rows)
        none = [None] * n
        names = ("scenario", "channel", "tactic", "name", "budget", "units", "start", "end", "locked", "min_budget",
                 "max_budget", "notes")
        overrides_of = [(k[1], fields[k]) for k in fields if isinstance(k, tuple) and k[0] == "override"]
        extra_of = [(k[1], fields[k]) for k in fields if isinstance(k, tuple) and k[0] == "extra"]
        bad = set()  # rows with a cell that could not be read (its problem is recorded already)
        for column in fields.values():
            if _BAD in column:
                bad.update(i for i, v in enumerate(column) if v is _BAD)
        for i, (r, *values) in enumerate(zip(rows, *(fields.get(f, none) for f in names))):
            scenario, channel, tactic, name, budget, units, start, end, locked, low, high, notes = values
            overrides = {k: column[i] for k, column in overrides_of if column[i] is not None} if overrides_of \
                else {}
            ok = i not in bad
            if start is not None and end is not None and start is not _BAD and end is not _BAD and end < start:
                self.error(title, r, letters.get("end"), f"the line ends ({end}) before it starts ({start})")
                ok = False
            if low is not None and high is not None and low is not _BAD and high is not _BAD and low > high:
                self.error(title, r, letters.get("max_budget"), "the maximum budget is below the minimum")
                ok = False
            if not ok:
                continue
            if budget is None:
                budget = self._budget_of_units(title, r, letters, channel, tactic, units, overrides, tactics,
                                               assumptions)
                if budget is None:
                    continue
            extra = {k: column[i] for k, column in extra_of if column[i] is not None} if extra_of else {}
            line = LineItem(channel=channel, tactic=tactic, budget=float(budget), name=name or "", start=start,
                            end=end, overrides=overrides, notes=notes or "", locked=bool(locked), min_budget=low,
                            max_budget=high, extra=extra)
            lines = scenarios.setdefault(scenario or "Base", [])
            rows_of[(scenario or "Base", len(lines))] = r
            lines.append(line)
        self.columns = dict(letters)
        return scenarios, rows_of

    def _budget_of_units(self, title, r, letters, channel, tactic, units, overrides, tactics,
                         assumptions) -> float | None:
        """A line without a budget: its units priced at the line's price parameter."""
        if units is None:
            self.error(title, r, letters.get("budget") or "Budget", "the budget is empty (and no units are given)")
            return None
        price_key = tactics[tactic].price_parameter
        price = overrides.get(price_key)
        if price is None:
            row = assumptions.find(channel, tactic, price_key)
            price = row.value if row else None
        if price is None:
            self.error(title, r, letters.get("units"), f"units given but no {price_key} to price them")
            return None
        try:
            return check_limit(MONEY, units * price, f"{units:g} × {price:g}")
        except AmountError as problem:
            self.error(title, r, letters.get("units"), str(problem))
            return None

    # -- the whole workbook
    def read(self) -> ReadResult:
        try:
            package = check_xlsx(self.path)
        except UnsafeFile as error:
            raise PlanError([Problem(str(error))], source=str(self.path)) from None
        for text in package.warnings:
            self.warnings.append(Problem(text, severity="warning"))
        try:
            wb = Workbook(package)
        except UnreadableSheet as error:
            raise PlanError([Problem(str(error))], source=str(self.path)) from None
        collecting = gc.isenabled()
        gc.disable()  # hundreds of thousands of small objects and no cycles: collections would only rescan the heap
        try:
            return self._read_workbook(wb)
        finally:
            if collecting:
                gc.enable()
            wb.close()

    def read_lists(self, wb: Workbook):
        """Our export's hidden Lists sheet: which channel key each label stands for."""
        if "Lists" not in wb.sheetnames:
            return
        sheet = self.load(wb, "Lists")
        if not sheet.rows or normalise(sheet.cell(1, 3)) != normalise(LISTS_CHANNEL_KEY):
            return
        for r in range(2, len(sheet.rows) + 1):
            label, key = parse_text(sheet.cell(r, 1)), parse_text(sheet.cell(r, 3))
            if label and key and not isinstance(sheet.cell(r, 3), Unreadable):
                self.channel_keys[normalise(label)] = key

    def read_meta(self, wb: Workbook) -> list[tuple[int, str]]:
        """Our export's hidden _meta sheet: is this our own file, and where its empty scenarios go."""
        if "_meta" not in wb.sheetnames:
            return []
        meta_rows = [r for r in self.load(wb, "_meta").rows if r and not _blank(r[0])]
        meta = {parse_text(r[0]): r[1] for r in meta_rows if len(r) > 1}
        self.native = meta.get("format") == FORMAT_NAME
        version = meta.get("format_version")
        self.format_version = version if isinstance(version, (int, float)) and not isinstance(version, bool) else None
        if self.native and isinstance(version, (int, float)) and version > FORMAT_VERSION:
            self.warn("_meta", None, None, f"written by a newer Market Entry Planner (format {version:g}); "
                                           "parts it added may be ignored")
        return [(int(r[2]), parse_text(r[1])) for r in meta_rows
                if len(r) > 2 and parse_text(r[0]) == META_EMPTY_SCENARIO
                and isinstance(r[2], (int, float)) and not isinstance(r[2], bool) and r[2] == r[2]
                and abs(r[2]) < 1e6 and parse_text(r[1])]

    def find_plan_table(self, wb: Workbook, tactics) -> tuple[Sheet, int]:
        """The sheet holding the plan table: a sheet named like a plan first, visible sheets before hidden ones."""
        parameters = self._parameter_lookup(tactics)
        candidates = [s for s in wb.sheets if s.kind == "worksheet"
                      and not (self.native and s.title in _OUR_SHEETS)]
        candidates.sort(key=lambda s: (not s.visible, normalise(s.title) not in _PLAN_SHEET_NAMES))
        skipped = []
        for info in candidates:
            try:
                sheet = wb.sheet(info.title)
            except UnreadableSheet as problem:
                skipped.append(Problem(str(problem), sheet=info.title))
                continue
            row = _find_header(sheet, PLAN_HEADERS, ("channel",), extra=parameters)
            if row is not None and {PLAN_HEADERS.get(header_name(v)) for v in sheet.rows[row - 1]
                                    if isinstance(v, str)} & {"budget", "units"}:
                for problem in skipped:
                    self.warn(problem.sheet, None, None, f"sheet skipped while looking for the plan: {problem.message}")
                hidden_plans = [s.title for s in candidates if not s.visible and s is not info
                                and normalise(s.title) in _PLAN_SHEET_NAMES]
                if info.visible and hidden_plans:
                    self.note(f"the plan was read from the visible sheet '{info.title}'; the hidden sheet "
                              f"'{hidden_plans[0]}' was passed over")
                elif not info.visible:
                    self.note(f"the plan was read from the hidden sheet '{info.title}' (no visible sheet holds a plan "
                              "table)", sheet=info.title)
                return sheet, row
        if skipped:
            raise PlanError(skipped, source=str(self.path))
        names = ", ".join(f"'{t}'" for t in wb.sheetnames)
        self.problems.append(Problem(
            f"no plan table found: none of the sheets ({names}) has a header row with a Channel column and a "
            "Budget (or Units) column in its first 30 rows. Headers may be in English, Italian or Chinese, "
            "e.g. Channel / Canale / 渠道 and Budget / Spesa / 预算."))
        raise PlanError(self.problems, source=str(self.path))

    def _read_workbook(self, wb: Workbook) -> ReadResult:
        empty_scenarios = self.read_meta(wb)
        native = self.native
        if native:
            self.read_lists(wb)
        tactics = self.read_tactics(self.find_sheet(wb, *sheet_names("tactics")))
        if not native:  # a hand-made sheet adds to or changes the tactics the plan has; ours is the whole list
            tactics = {**self.base.tactics, **tactics}
        market_sheet = self.find_sheet(wb, *sheet_names("market"))
        market, market_found = self.read_market(market_sheet)  # first: its exchange rates convert the other sheets
        assumptions = self.read_assumptions(self.find_sheet(wb, *sheet_names("assumptions")),
                                            tactics)
        if not native and assumptions is not self.base.assumptions:
            # likewise: a hand-made Assumptions sheet with a few rows changes those rows, it does not drop the rest
            rows = {row.key: row for row in self.base.assumptions}
            rows.update((row.key, row) for row in assumptions)
            assumptions = Assumptions(rows.values())
        if native and not (self.format_version is not None and self.format_version >= MODEL_V2_FORMAT):
            tactics, assumptions = self._upgrade_to_model_v2(tactics, assumptions, market)
        elif not native and "category" in market_found:
            assumptions = with_category(assumptions, market.category)  # the sheet says what the brand sells
        calendar = read_calendar_sheet(self.find_sheet(wb, *sheet_names("calendar")), self.base.calendar, native,
                                       self.problems, self.warnings, assumptions.channels)
        actuals, links = read_actuals_sheets(self.find_sheet(wb, *ACTUALS_SHEETS), self.find_sheet(wb, *LINKS_SHEETS),
                                             tactics, assumptions.channels, self.problems, self.warnings, native)
        plan_sheet, top = self.find_plan_table(wb, tactics)
        scenarios_found, rows_of = self.read_lines(plan_sheet, top, tactics, assumptions, native)
        if self.problems:
            raise PlanError(self.problems + self.warnings, source=str(self.path))
        names = list(scenarios_found)
        for index, name in sorted(empty_scenarios):  # scenarios without lines, where they were
            if name not in names:
                names.insert(min(max(index, 0), len(names)), name)
        if not scenarios_found and not names:
            self.warn(plan_sheet.title, top, None, "the plan table has no lines")
        names = names or ["Base"]
        scenarios = tuple(Scenario(n, tuple(scenarios_found.get(n, ()))) for n in names)
        active_name = market_found.get("active")
        active = names.index(active_name) if active_name in names else 0
        title = market_found.get("title")
        if title is None or (not title and not native):  # our own file may have an empty title
            title = self.base.title if native else _title_of(self.path)
        plan = Plan(market=market, assumptions=assumptions, tactics=tactics, scenarios=scenarios, active=active,
                    title=title,
                    notes=market_found.get("notes", self.base.notes if not native else ""), calendar=calendar,
                    actuals=actuals, campaign_links=links)
        line_rows = {(names.index(s), i): r for (s, i), r in rows_of.items()}
        self._summarise(market_sheet)
        missing = tuple(f for f in MARKET_NEEDS if not getattr(market, f))
        return ReadResult(plan=plan, warnings=self.warnings, unknown_columns=self.unknown_columns, native=native,
                          plan_sheet=plan_sheet.title, line_rows=line_rows, columns=self.columns, notes=self.notes,
                          missing_market=missing)

    def _upgrade_to_model_v2(self, tactics: dict[str, Tactic], assumptions: Assumptions, market: Market):
        """A workbook saved before model v2 has none of its new figures: they come in at their shipped values (for
        the plan's category), the shipped tactics take their v2 conversion figure, and a note says so."""
        shipped_tactics = default_tactics()
        tactics = {key: (replace(t, conversion_parameter=shipped_tactics[key].conversion_parameter)
                         if key in shipped_tactics else t) for key, t in tactics.items()}
        present = {row.key for row in assumptions}
        added = [row for row in default_assumptions(market.category) if row.key not in present]
        if added:
            assumptions = Assumptions([*assumptions, *added])
            names = sorted({parameter(row.parameter).label for row in added})
            self.warn("Assumptions", None, None,
                      f"saved before model v2: {len(added)} new figures ({', '.join(names)}) were added at their "
                      "shipped values. Sales now saturate with frequency and fall with price, so GMV and ROI differ "
                      "from what this workbook showed")
        return tactics, assumptions

    def _summarise(self, market_sheet):
        """The import summary: each conversion said once, with its rate."""
        for (what, currency), count in self.converted.items():
            if what == "currency-format" or not count:
                continue
            rate = self.rates[currency]
            sign = SYMBOLS.get(currency, currency)
            rate_text = f"{rate:,.2f}" if rate >= 1 else f"{rate:.4g}"
            plural = "s" if count != 1 else ""
            self.note(f"{count} {what}{plural} in {sign} converted at {rate_text} ¥/{sign}")
        if self.bare_money and not self.native:
            self.note(f"{self.bare_money} amount{'s' if self.bare_money != 1 else ''} without a currency read as yuan "
                      "(¥); write € or $ in a cell, or in its column's header, for another currency")


MODEL_V2_FORMAT = 2  # the first workbook format of model v2 (saturating sales, price, pools, search demand)


_RATE_WORDS = ("exchangerate", "tassodicambio", "汇率")
_SHOWN_RATE = re.compile(r"^1\s*([A-Za-z]{3})\s*=?$")  # as the Market tab shows it: "1 EUR ="
_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])")


def _rate_code(label) -> str | None:
    """The currency of an exchange-rate row ("Exchange rate EUR", "Tasso di cambio EUR", "EUR 汇率", "欧元汇率", or
    "1 EUR =" as the Market tab shows it), or None for any other row."""
    text = parse_text(label)
    shown = _SHOWN_RATE.match(text)
    if shown:
        return shown.group(1).upper()
    name = normalise(text)
    if not name.startswith(_RATE_WORDS) and not name.endswith(_RATE_WORDS):
        return None
    codes = _CODE.findall(text)
    if codes:
        return codes[-1].upper()
    for word, code in CURRENCY_WORDS.items():  # 欧元汇率
        if len(word) > 1 and not word.isascii() and word in text:
            return code
    return text.split()[-1].upper()


def _is_rate_label(label) -> bool:
    return _rate_code(label) is not None


def _title_of(path: Path) -> str:
    """A plan title from a file name; a byte the file system could not decode becomes �, never a lone surrogate
    that no XML can hold."""
    return path.stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _plain(value):
    """A kept cell value as the user typed it: a date-formatted cell comes back as a datetime at midnight, a whole
    number as an int (a file stores 4711 as "4711"; calamine hands every number over as a float)."""
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    if type(value) is float and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def blank_plan() -> Plan:
    """What a hand-made sheet's plan starts from: shipped assumptions and tactics, no brand figures."""
    return Plan(market=Market(), assumptions=default_assumptions(), tactics=dict(default_tactics()),
                calendar=default_calendar())


def read_plan(path: str | Path, base: Plan | None = None) -> ReadResult:
    """Read a workbook. `base` supplies what a hand-made sheet lacks (market, assumptions, tactics); without it,
    the shipped assumptions and no brand figures (ReadResult.missing_market says which are missing)."""
    return _Reader(Path(path), base or blank_plan()).read()
