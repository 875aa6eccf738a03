"""Read a plan from a workbook: our own export, or a media plan a person made by hand.

Every problem is collected in one pass and named by sheet, row and column; nothing is half-read:
either a whole Plan comes back, or a PlanError with the list.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time
from pathlib import Path
from typing import Iterable

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.utils import get_column_letter

from market_entry_planner.core.assumptions import GRADES, Assumption, Assumptions
from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics, with_category
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
from market_entry_planner.core.parameters import PARAMETERS, SHAPE, SHARE, parameter
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.core.workbook.calendar_sheet import CALENDAR_SHEETS, read_calendar_sheet
from market_entry_planner.core.workbook.cells import normalise, parse_bool, parse_date, parse_number, parse_text
from market_entry_planner.core.workbook.format import (
    ALL,
    FORMAT_NAME,
    FORMAT_VERSION,
    LISTS_CHANNEL_KEY,
    META_EMPTY_SCENARIO,
)
from market_entry_planner.core.workbook.safety import UnsafeFile, check_xlsx
from market_entry_planner.core.workbook.vocabulary import (
    ASSUMPTION_HEADERS,
    CATEGORY_NAMES,
    CATEGORY_VALUES,
    CHANNEL_VALUES,
    MARKET_KEYS,
    PARAMETER_HEADERS,
    PLAN_HEADERS,
    TACTIC_HEADERS,
    TACTIC_VALUES,
    halo_key,
)

HEADER_SEARCH_ROWS = 30
_ANY_WORDS = {normalise(w) for w in ("*", ALL, "any", "all channels", "all tactics", "tutti", "tutte", "全部", "所有")}
_TOTAL_WORDS = {normalise(w) for w in ("total", "totals", "grand total", "sum", "totale", "somma", "合计", "总计",
                                       "小计", "subtotal")}
_PLAN_SHEET_NAMES = {normalise(w) for w in ("Plan", "Media plan", "Piano", "Piano media", "计划", "媒体计划",
                                            "投放计划")}


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


class _Sheet:
    """Rows of one sheet as lists of cell values (merged cells read as their top-left value)."""

    def __init__(self, ws):
        self.title = ws.title
        try:  # read-only mode parses a sheet only now, so a damaged one fails here rather than on opening
            self.rows = [list(row) for row in ws.iter_rows(values_only=True)]
        except Exception as error:  # XML, zip and openpyxl errors of many kinds
            raise PlanError([Problem(_unreadable(error, "sheet"), sheet=ws.title)]) from None

    def cell(self, row: int, col: int):
        """1-based access, None outside the used range."""
        if row - 1 < len(self.rows) and col - 1 < len(self.rows[row - 1]):
            return self.rows[row - 1][col - 1]
        return None


def _find_header(sheet: _Sheet, table: dict[str, str], required: Iterable[str], extra: dict[str, str] = None):
    """The row (1-based) whose cells name the most known columns and all required ones, or None."""
    best, best_row = 0, None
    required = set(required)
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        fields = {table.get(normalise(v)) for v in row if v is not None}
        fields.discard(None)
        if not required <= fields:
            continue
        score = len(fields) + sum(1 for v in row if v is not None and extra and normalise(v) in extra)
        if score > best:
            best, best_row = score, r
    return best_row


class _Reader:
    def __init__(self, path: Path, base: Plan):
        self.path = path
        self.base = base
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.unknown_columns: list[str] = []
        self.channel_keys: dict[str, str] = {}  # our own export's Lists sheet: normalised label -> channel key
        self.blank_cells: dict[tuple[str, int, str], int] = {}  # (sheet, row, column letter) -> problem index

    def error(self, sheet, row, column, message, blank: bool = False):
        """blank: the cell read as empty; it may hold a formula whose result was never saved (see read)."""
        if blank and column:
            self.blank_cells[(sheet, row, column)] = len(self.problems)
        self.problems.append(Problem(message, sheet=sheet, row=row, column=column))

    def warn(self, sheet, row, column, message):
        self.warnings.append(Problem(message, sheet=sheet, row=row, column=column, severity="warning"))

    # -- tactics and assumptions first: the plan's lines are checked against them
    def read_tactics(self, sheet: _Sheet | None) -> dict[str, Tactic]:
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
            if all(v is None or parse_text(v) == "" for v in values.values()):
                continue
            key = parse_text(values.get("key"))
            where = lambda f: get_column_letter(columns[f]) if f in columns else None  # noqa: E731
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

    def read_assumptions(self, sheet: _Sheet | None, tactics: dict[str, Tactic]) -> Assumptions:
        if sheet is None:
            return self.base.assumptions
        top = _find_header(sheet, ASSUMPTION_HEADERS, ("channel", "tactic", "parameter", "value"))
        if top is None:
            self.error(sheet.title, 1, None, "no header row with Channel, Tactic, Parameter and Value found")
            return self.base.assumptions
        columns = self._columns(sheet, top, ASSUMPTION_HEADERS, report_unknown=False)
        parameters = self._parameter_lookup(tactics)
        tactic_names = self._tactic_lookup(tactics)
        channel_names = {**self._channel_lookup(()), **self.channel_keys}
        rows: list[Assumption] = []
        seen: dict[tuple, int] = {}
        for r in range(top + 1, len(sheet.rows) + 1):
            values = {f: sheet.cell(r, c) for f, c in columns.items()}
            if all(v is None or parse_text(v) == "" for v in values.values()):
                continue
            col = lambda f: get_column_letter(columns[f])  # noqa: E731
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
                continue
            share = parameter(key).kind == SHARE
            numbers = {}
            for name in ("value", "low", "high"):
                if name not in columns:
                    numbers[name] = None
                    continue
                number, _, problem = parse_number(values.get(name), share=share,
                                                  infinite=parameter(key).kind == SHAPE)
                if problem:
                    self.error(sheet.title, r, col(name), problem)
                    ok = False
                numbers[name] = number
            if not ok:
                continue
            if numbers["value"] is None:
                self.error(sheet.title, r, col("value"), f"{key} has no value", blank=True)
                continue
            value = numbers["value"]
            low = value if numbers["low"] is None else numbers["low"]
            high = value if numbers["high"] is None else numbers["high"]
            if low > value or high < value:
                self.warn(sheet.title, r, col("low"), f"the range {low:g}–{high:g} does not contain the value "
                                                      f"{value:g}; it was widened to contain it")
                low, high = min(low, value), max(high, value)
            grade = parse_text(values.get("grade")).upper() or "W"
            if grade not in GRADES:
                self.warn(sheet.title, r, col("grade") if "grade" in columns else None,
                          f"unknown grade '{grade}', read as W (weak)")
                grade = "W"
            year, _, problem = parse_number(values.get("year"))
            if problem:
                self.error(sheet.title, r, col("year"), problem)
                continue
            row = Assumption(channel, tactic, key, value, low, high, grade, int(year) if year else None,
                             parse_text(values.get("source")))
            if row.key in seen:
                self.error(sheet.title, r, col("parameter"),
                           f"a second row for {channel} × {tactic} × {key} (the first is row {seen[row.key]})")
                continue
            seen[row.key] = r
            rows.append(row)
        return Assumptions(rows)

    def read_market(self, sheet: _Sheet | None) -> tuple[Market, dict]:
        """The Market sheet's Field/Value pairs, anywhere in columns A:B."""
        if sheet is None:
            return self.base.market, {}
        market = self.base.market
        found: dict[str, object] = {}
        rates = {}
        for r, row in enumerate(sheet.rows, start=1):
            if len(row) < 2 or row[0] is None:
                continue
            label = normalise(row[0])
            value = row[1]
            if label.startswith("exchangerate") or label.startswith("tassodicambio") or label.startswith("汇率"):
                code = parse_text(row[0]).split()[-1].upper()
                rate, _, problem = parse_number(value)
                if problem or rate is None or rate <= 0:
                    self.error(sheet.title, r, "B", problem or f"the exchange rate for {code} must be above 0")
                else:
                    rates[code] = rate
                continue
            key = MARKET_KEYS.get(label)
            if key is None or key in found:
                continue
            if key in ("title", "notes", "target", "currency", "active"):
                found[key] = parse_text(value)
                continue
            if key == "category":
                text = parse_text(value)
                category = CATEGORY_VALUES.get(normalise(text)) if text else "other"
                if category is None:
                    self.error(sheet.title, r, "B", f"unknown category '{text}': expected one of "
                               + ", ".join(CATEGORY_NAMES[k][0] for k in CATEGORY_NAMES))
                    continue
                found[key] = category
                continue
            share = key in ("gross_margin", "agency_fee")
            number, _, problem = parse_number(value, share=share)
            if problem:
                self.error(sheet.title, r, "B", problem)
                continue
            if number is not None and number < 0:
                self.error(sheet.title, r, "B", f"{parse_text(row[0])} cannot be negative")
                continue
            if key == "effective_frequency" and number is not None:
                if not float(number).is_integer() or number < 1:
                    self.error(sheet.title, r, "B", "effective frequency is a whole number of exposures, 1 or more")
                    continue
                number = int(number)
            found[key] = number
        fields = {k: v for k, v in found.items() if k in ("target", "category", "target_population", "aov",
                                                         "gross_margin", "agency_fee", "effective_frequency",
                                                         "currency")}
        for key in ("agency_fee", "target_population"):
            if fields.get(key, 0) is None:
                fields[key] = 0.0
        if fields.get("effective_frequency") is None and "effective_frequency" in fields:
            fields["effective_frequency"] = 3
        market = replace(market, **fields, exchange_rates=rates or dict(market.exchange_rates))
        return market, found

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

    def _columns(self, sheet: _Sheet, top: int, table: dict[str, str], report_unknown: bool,
                 extra: dict[str, str] | None = None) -> dict[str, int]:
        columns: dict[str, int] = {}
        for c, value in enumerate(sheet.rows[top - 1], start=1):
            if value is None or parse_text(value) == "":
                continue
            name = normalise(value)
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

    def read_lines(self, sheet: _Sheet, top: int, tactics: dict[str, Tactic], assumptions: Assumptions,
                   market: Market, native: bool):
        parameters = self._parameter_lookup(tactics)
        columns = self._columns(sheet, top, PLAN_HEADERS, report_unknown=True, extra=parameters)
        letters = {(k if isinstance(k, str) else k[1]): get_column_letter(c) for k, c in columns.items()}
        extra_columns = [k[1] for k in columns if isinstance(k, tuple) and k[0] == "extra"]
        if extra_columns:
            self.unknown_columns = extra_columns
            self.warn(sheet.title, top, None, "columns kept but not used by the model: " + ", ".join(extra_columns))
        tactic_names = self._tactic_lookup(tactics)
        channel_names = self._channel_lookup(assumptions.channels)
        scenarios: dict[str, list[LineItem]] = {}
        rows_of: dict[tuple[str, int], int] = {}
        for r in range(top + 1, len(sheet.rows) + 1):
            raw = sheet.rows[r - 1]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):  # a blank row
                continue
            get = lambda f: sheet.cell(r, columns[f]) if f in columns else None  # noqa: E731
            col = lambda f: letters.get(f)  # noqa: E731
            channel_text, tactic_text = get("channel"), get("tactic")
            if (channel_text is None or tactic_text is None) and \
                    {normalise(v) for v in raw[:4] if isinstance(v, str)} & _TOTAL_WORDS:
                self.warn(sheet.title, r, None, "a total row was skipped (the app adds up the lines itself)")
                continue
            ok = True
            channel = channel_names.get(normalise(channel_text)) if channel_text is not None else None
            if channel is None:
                known = ", ".join(channel_label(c) for c in assumptions.channels)
                self.error(sheet.title, r, col("channel"),
                           "the channel is empty" if channel_text is None else
                           f"unknown channel '{parse_text(channel_text)}': expected one of {known}, or add the "
                           "channel's rows (at least its penetration) on the Assumptions sheet",
                           blank=channel_text is None)
                ok = False
            tactic = tactic_names.get(normalise(tactic_text)) if tactic_text is not None else None
            if tactic is None:
                self.error(sheet.title, r, col("tactic") or "Tactic",
                           "the tactic is empty" if tactic_text is None else
                           f"unknown tactic '{parse_text(tactic_text)}': expected one of "
                           + ", ".join(t.label for t in tactics.values()), blank=tactic_text is None)
                ok = False
            overrides: dict[str, float] = {}
            for key, c in columns.items():
                if isinstance(key, tuple) and key[0] == "override":
                    number, currency, problem = parse_number(sheet.cell(r, c),
                                                             share=parameter(key[1]).kind == SHARE,
                                                             infinite=parameter(key[1]).kind == SHAPE)
                    if problem:
                        self.error(sheet.title, r, get_column_letter(c), problem)
                        ok = False
                    elif number is not None:
                        number = self._to_cny(number, currency, market, sheet.title, r, get_column_letter(c))
                        if number is None:
                            ok = False
                        elif number < 0:
                            self.error(sheet.title, r, get_column_letter(c), "cannot be negative")
                            ok = False
                        else:
                            overrides[key[1]] = number
            budget, currency, problem = parse_number(get("budget"))
            if problem:
                self.error(sheet.title, r, col("budget") or "Budget", problem)
                ok = False
            elif budget is not None:
                budget = self._to_cny(budget, currency, market, sheet.title, r, col("budget"))
                ok = ok and budget is not None
                if budget is not None and budget < 0:
                    self.error(sheet.title, r, col("budget"), f"the budget cannot be negative ({budget:,.2f})")
                    ok = False
            if problem is None and budget is None and ok:
                units, _, unit_problem = parse_number(get("units"))
                if unit_problem:
                    self.error(sheet.title, r, col("units"), unit_problem)
                    ok = False
                elif units is None:
                    self.error(sheet.title, r, col("budget") or "Budget", "the budget is empty (and no units are given)",
                               blank=True)
                    ok = False
                elif units < 0:
                    self.error(sheet.title, r, col("units"), "units cannot be negative")
                    ok = False
                else:
                    price_key = tactics[tactic].price_parameter
                    price = overrides.get(price_key)
                    if price is None:
                        row = assumptions.find(channel, tactic, price_key)
                        price = row.value if row else None
                    if price is None:
                        self.error(sheet.title, r, col("units"), f"units given but no {price_key} to price them")
                        ok = False
                    else:
                        budget = units * price
            start, problem = parse_date(get("start"))
            if problem:
                self.error(sheet.title, r, col("start"), problem)
                ok = False
            end, problem = parse_date(get("end"))
            if problem:
                self.error(sheet.title, r, col("end"), problem)
                ok = False
            if start and end and end < start:
                self.error(sheet.title, r, col("end"), f"the line ends ({end}) before it starts ({start})")
                ok = False
            locked, problem = parse_bool(get("locked"))
            if problem:
                self.error(sheet.title, r, col("locked"), problem)
                ok = False
            bounds = {}
            for name in ("min_budget", "max_budget"):
                number, _, problem = parse_number(get(name))
                if problem or (number is not None and number < 0):
                    self.error(sheet.title, r, col(name), problem or "cannot be negative")
                    ok = False
                bounds[name] = number
            if bounds["min_budget"] is not None and bounds["max_budget"] is not None \
                    and bounds["min_budget"] > bounds["max_budget"]:
                self.error(sheet.title, r, col("max_budget"), "the maximum budget is below the minimum")
                ok = False
            if not ok:
                continue
            extra = {name: _plain(sheet.cell(r, columns[("extra", name)])) for name in extra_columns
                     if sheet.cell(r, columns[("extra", name)]) is not None}
            scenario = parse_text(get("scenario")) or "Base"
            line = LineItem(channel=channel, tactic=tactic, budget=float(budget), name=parse_text(get("name")),
                            start=start, end=end, overrides=overrides, notes=parse_text(get("notes")),
                            locked=bool(locked), min_budget=bounds["min_budget"], max_budget=bounds["max_budget"],
                            extra=extra)
            lines = scenarios.setdefault(scenario, [])
            rows_of[(scenario, len(lines))] = r
            lines.append(line)
        self.columns = {k: v for k, v in letters.items()}
        return scenarios, rows_of

    def _to_cny(self, number, currency, market: Market, sheet, row, column):
        if currency in (None, "CNY"):
            return number
        rate = market.exchange_rates.get(currency)
        if rate is None:
            self.error(sheet, row, column, f"the amount is in {currency} but the Market sheet gives no exchange rate "
                                           f"for {currency}")
            return None
        return number * rate

    def read(self) -> ReadResult:
        try:
            warnings = check_xlsx(self.path)
        except UnsafeFile as error:
            raise PlanError([Problem(str(error))], source=str(self.path)) from None
        for text in warnings:
            self.warnings.append(Problem(text, severity="warning"))
        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True, keep_links=False)
        except Exception as error:  # openpyxl raises many kinds for damaged files
            raise PlanError([Problem(_unreadable(error, "workbook"))], source=str(self.path)) from None
        try:
            return self._read_workbook(wb)
        except PlanError as error:
            if error.source is None:  # raised while a sheet was parsed
                raise PlanError(error.problems, source=str(self.path)) from None
            if self.blank_cells:
                raise PlanError(self._explain_formulas(error.problems), source=str(self.path)) from None
            raise
        finally:
            wb.close()

    def _explain_formulas(self, problems) -> list[Problem]:
        """Cells that read as empty may hold a formula without a saved result (openpyxl, pandas and other
        programs that do not calculate write them so): say that instead of "empty". Only on the error path:
        it reads the sheets a second time, formulas included."""
        problems = list(problems)
        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=False, keep_links=False)
        except Exception:
            return problems
        try:
            for title in {sheet for sheet, _, _ in self.blank_cells}:
                rows = sorted({row for sheet, row, _ in self.blank_cells if sheet == title})
                for r, cells in enumerate(wb[title].iter_rows(min_row=rows[0], max_row=rows[-1], values_only=True),
                                          start=rows[0]):
                    for c, value in enumerate(cells, start=1):
                        index = self.blank_cells.get((title, r, get_column_letter(c)))
                        if index is not None and isinstance(value, str) and value.startswith("="):
                            problems[index] = replace(problems[index], message=(
                                f"the cell holds the formula {value} but no saved result (the program that wrote "
                                "the file does not calculate): open it in Excel or LibreOffice, save, and import "
                                "it again"))
        except Exception:  # an explanation is a courtesy; the problems found stand without it
            pass
        finally:
            wb.close()
        return problems

    def read_lists(self, wb):
        """Our export's hidden Lists sheet: which channel key each label stands for."""
        if "Lists" not in wb.sheetnames:
            return
        sheet = _Sheet(wb["Lists"])
        if not sheet.rows or normalise(sheet.cell(1, 3)) != normalise(LISTS_CHANNEL_KEY):
            return
        for r in range(2, len(sheet.rows) + 1):
            label, key = parse_text(sheet.cell(r, 1)), parse_text(sheet.cell(r, 3))
            if label and key:
                self.channel_keys[normalise(label)] = key

    def _sheet(self, wb, *names) -> _Sheet | None:
        wanted = {normalise(n) for n in names}
        for title in wb.sheetnames:
            if normalise(title) in wanted:
                return _Sheet(wb[title])
        return None

    def _read_workbook(self, wb) -> ReadResult:
        native = False
        version = None
        empty_scenarios: list[tuple[int, str]] = []
        if "_meta" in wb.sheetnames:
            meta_rows = [r for r in _Sheet(wb["_meta"]).rows if r and r[0] is not None]
            meta = {parse_text(r[0]): r[1] for r in meta_rows if len(r) > 1}
            native = meta.get("format") == FORMAT_NAME
            empty_scenarios = [(r[2], parse_text(r[1])) for r in meta_rows
                               if len(r) > 2 and parse_text(r[0]) == META_EMPTY_SCENARIO
                               and isinstance(r[2], (int, float)) and parse_text(r[1])]
            version = meta.get("format_version")
            if native and isinstance(version, (int, float)) and version > FORMAT_VERSION:
                self.warn("_meta", None, None, f"written by a newer Market Entry Planner (format {version:g}); "
                                               "parts it added may be ignored")
        if native:
            self.read_lists(wb)
        tactics = self.read_tactics(self._sheet(wb, "Tactics", "Tattiche", "策略"))
        if not native:  # a hand-made sheet adds to or changes the tactics the plan has; ours is the whole list
            tactics = {**self.base.tactics, **tactics}
        assumptions = self.read_assumptions(self._sheet(wb, "Assumptions", "Ipotesi", "Assunzioni", "假设"), tactics)
        if not native and assumptions is not self.base.assumptions:
            # likewise: a hand-made Assumptions sheet with a few rows changes those rows, it does not drop the rest
            rows = {row.key: row for row in self.base.assumptions}
            rows.update((row.key, row) for row in assumptions)
            assumptions = Assumptions(rows.values())
        market, market_found = self.read_market(self._sheet(wb, "Market", "Mercato", "市场"))
        if native and not (isinstance(version, (int, float)) and version >= MODEL_V2_FORMAT):
            tactics, assumptions = self._upgrade_to_model_v2(tactics, assumptions, market)
        elif not native and "category" in market_found:
            assumptions = with_category(assumptions, market.category)  # the sheet says what the brand sells
        calendar = read_calendar_sheet(self._sheet(wb, *CALENDAR_SHEETS), self.base.calendar, native, self.problems,
                                       self.warnings, assumptions.channels)

        plan_sheet, top = None, None
        candidates = sorted(wb.sheetnames, key=lambda t: normalise(t) not in _PLAN_SHEET_NAMES)
        parameters = self._parameter_lookup(tactics)
        for title in candidates:
            if title in ("_meta", "Lists", "Results", "Channels", "Charts", "About", "Assumptions", "Tactics",
                         "Market") and native:
                continue
            if wb[title].sheet_state != "visible" and normalise(title) not in _PLAN_SHEET_NAMES:
                continue
            sheet = _Sheet(wb[title])
            row = _find_header(sheet, PLAN_HEADERS, ("channel",), extra=parameters)
            if row is not None and {PLAN_HEADERS.get(normalise(v)) for v in sheet.rows[row - 1]} & {"budget", "units"}:
                plan_sheet, top = sheet, row
                break
        if plan_sheet is None:
            names = ", ".join(f"'{t}'" for t in wb.sheetnames)
            self.problems.append(Problem(
                f"no plan table found: none of the sheets ({names}) has a header row with a Channel column and a "
                "Budget (or Units) column in its first 30 rows. Headers may be in English, Italian or Chinese, "
                "e.g. Channel / Canale / 渠道 and Budget / Spesa / 预算."))
            raise PlanError(self.problems, source=str(self.path))
        scenarios_found, rows_of = self.read_lines(plan_sheet, top, tactics, assumptions, market, native)
        if self.problems:
            raise PlanError(self.problems + self.warnings, source=str(self.path))
        names = list(scenarios_found)
        for index, name in sorted(empty_scenarios):  # scenarios without lines, where they were
            if name not in names:
                names.insert(min(int(index), len(names)), name)
        if not scenarios_found and not names:
            self.warn(plan_sheet.title, top, None, "the plan table has no lines")
        names = names or ["Base"]
        scenarios = tuple(Scenario(n, tuple(scenarios_found.get(n, ()))) for n in names)
        active_name = market_found.get("active")
        active = names.index(active_name) if active_name in names else 0
        title = market_found.get("title")
        if title is None or (not title and not native):  # our own file may have an empty title
            title = self.base.title if native else Path(self.path).stem
        plan = Plan(market=market, assumptions=assumptions, tactics=tactics, scenarios=scenarios, active=active,
                    title=title,
                    notes=market_found.get("notes", self.base.notes if not native else ""), calendar=calendar)
        line_rows = {(names.index(s), i): r for (s, i), r in rows_of.items()}
        return ReadResult(plan=plan, warnings=self.warnings, unknown_columns=self.unknown_columns, native=native,
                          plan_sheet=plan_sheet.title, line_rows=line_rows, columns=self.columns)


MODEL_V2_FORMAT = 2  # the first workbook format of model v2 (saturating sales, price, pools, search demand)


def _unreadable(error: BaseException, part: str) -> str:
    """Why openpyxl could not read a file, said plainly (its own message points at the XML)."""
    cause = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return (f"refused: the {part}'s XML declares entities or a DTD, which spreadsheet programs never write "
                    f"(a possible XML bomb)")
        cause = cause.__cause__ or cause.__context__
    return (f"the {part} cannot be read: it is damaged or not written by a spreadsheet program "
            f"({type(error).__name__}: {error})")


def _plain(value):
    """A kept cell value as the user typed it: a date-formatted cell comes back as a datetime at midnight."""
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value


def blank_plan() -> Plan:
    """What a hand-made sheet's plan starts from: shipped assumptions and tactics, no brand figures."""
    return Plan(market=Market(), assumptions=default_assumptions(), tactics=dict(default_tactics()),
                calendar=default_calendar())


def read_plan(path: str | Path, base: Plan | None = None) -> ReadResult:
    """Read a workbook. `base` supplies what a hand-made sheet lacks (market, assumptions, tactics)."""
    return _Reader(Path(path), base or blank_plan()).read()
