"""Read a platform's ad report as its users download it: a CSV or an .xlsx from Qianchuan (巨量千川), Magnetic
Engine (磁力金牛), Wanxiangtai (万相台) or JD's Jingzhuntong (京准通), with Chinese or English headers.

- The .xlsx passes the same safety gate and calamine reading as a plan workbook (core/workbook/safety.py,
  sheets.py); a CSV is decoded as UTF-8 (with or without a byte-order mark) or, as Chinese Excel saves it, GB18030.
- The header row is found in the first 30 rows (exports put a title and a date range above it); which platform the
  report is comes from a platform column, the title rows above the header, or the file name.
- A row covers one day ("2027-03-01") or a range ("2027-03-01 ~ 2027-03-07", "2027/03/01至2027/03/07": a week).
- Every figure is read by core.amounts (the one parser of money and counts); a header's unit applies ("消耗(万元)",
  "Spend (€)"), foreign money is converted at the plan's exchange rates.
- Totals rows (合计, 总计, Total) are skipped and said so; a header the vocabulary does not know is reported, never
  guessed; every problem names the file, row and column, and one bad cell never stops the other rows.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Mapping, NamedTuple

from market_entry_planner.core.actuals.vocabulary import (
    HEADERS,
    PASSED_OVER_HEADERS,
    PLATFORMS,
    TOTAL_WORDS,
    platform_in,
)
from market_entry_planner.core.amounts import (
    LIMITS,
    NO_UNIT,
    AmountError,
    Unit,
    check_limit,
    read_amount,
    to_cny,
    unit_of_header,
)
from market_entry_planner.core.parameters import COUNT, MONEY
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.core.reported import FIGURES
from market_entry_planner.core.workbook.cells import normalise, parse_date, parse_text
from market_entry_planner.core.workbook.safety import UnsafeFile, check_xlsx
from market_entry_planner.core.workbook.sheets import Unreadable, UnreadableSheet, Workbook, column_letters

HEADER_SEARCH_ROWS = 30
MAX_CSV = 200 * 1024 * 1024  # as the workbook gate's MAX_FILE: a year of daily rows for 100 lines is ~4 MB
MONEY_FIGURES = ("spend", "gmv", "refunds")
_RANGE = re.compile(r"^\s*(.+?)\s*(?:~|～|至|到|—|–|\bto\b|\s-\s)\s*(.+?)\s*$")
_PLAIN = re.compile(r"^[0-9]+(?:\.[0-9]{1,2})?$")  # read the same by float() and read_amount: no grouping to guess


class ReportRow(NamedTuple):  # a tuple: a report has tens of thousands, made in one pass
    row: int                       # 1-based row in the file
    campaign: str
    day: date
    days: int
    figures: Mapping[str, float]   # of FIGURES, only those the report has
    channel: str = ""              # from a platform column, when the report has one
    tactic: str = ""


@dataclass
class Report:
    path: str
    source: str                    # a key of vocabulary.PLATFORMS
    channel: str
    rows: list[ReportRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)   # field -> header as written
    unknown_columns: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)   # kept rows aside: totals skipped, cells left out
    sheet: str | None = None

    @property
    def first_day(self) -> date | None:
        return min((r.day for r in self.rows), default=None)

    @property
    def last_day(self) -> date | None:
        return max((r.day + timedelta(days=r.days - 1) for r in self.rows), default=None)


def read_report(path: str | Path, rates: Mapping[str, float] | None = None, source: str | None = None) -> Report:
    """The rows of one report. `rates`: CNY per unit of other currencies (the plan's). `source`: the report's
    platform key when the caller knows it. Raises PlanError (every problem, with row and column) when the file or
    a row cannot be read."""
    path = Path(path)
    grid, sheet = _grid(path)
    return _Reader(path, grid, sheet, rates or {}, source).read()


# -- the cells ------------------------------------------------------------------------------------------------------

def _grid(path: Path) -> tuple[list[list], str | None]:
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return _csv_rows(path), None
    try:
        package = check_xlsx(path)
        workbook = Workbook(package)
    except (UnsafeFile, UnreadableSheet) as error:
        raise PlanError([Problem(str(error))], source=str(path)) from None
    try:
        visible = [s.title for s in workbook.sheets if s.visible and s.kind == "worksheet"] or workbook.sheetnames
        problems = []
        for title in visible:  # the first sheet holding a table; exports have one
            try:
                sheet = workbook.sheet(title)
            except UnreadableSheet as error:
                problems.append(Problem(str(error), sheet=title))
                continue
            if _header_row(sheet.rows) is not None:
                return sheet.rows, title
        if problems:
            raise PlanError(problems, source=str(path))
        return (workbook.sheet(visible[0]).rows if visible else []), (visible[0] if visible else None)
    finally:
        workbook.close()


def _csv_rows(path: Path) -> list[list]:
    if not path.exists() or path.is_dir():
        raise PlanError([Problem("the file does not exist." if not path.exists() else "is a folder, not a report.")],
                        source=str(path))
    if path.stat().st_size > MAX_CSV:
        raise PlanError([Problem(f"refused: the file is {path.stat().st_size / 2**20:,.0f} MB, more than the "
                                 f"{MAX_CSV / 2**20:,.0f} MB a report can need.")], source=str(path))
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise PlanError([Problem("is a spreadsheet saved with a .csv name: rename it to .xlsx (or save it as CSV).")],
                        source=str(path))
    for encoding in ("utf-8-sig", "gb18030"):  # Chinese Excel saves CSV in GB18030 (GBK)
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes every byte sequence
        raise PlanError([Problem("the file is neither UTF-8 nor GB18030 text.")], source=str(path))
    if "\x00" in text:
        raise PlanError([Problem("is not a text (CSV) file.")], source=str(path))
    header_zone = text[:4096]  # the separator a spreadsheet program wrote: the most frequent of the usual four
    delimiter = max((",", ";", "\t", "；"), key=header_zone.count)
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _header_row(rows: list[list]) -> int | None:
    """1-based row of the header: a date column and at least one figure among the first 30 rows."""
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        fields = {HEADERS.get(normalise(v)) for v in row if isinstance(v, str) and v.strip()}
        if "date" in fields and fields & set(FIGURES):
            return r
    return None


# -- the rows -------------------------------------------------------------------------------------------------------

class _Reader:
    def __init__(self, path: Path, grid: list[list], sheet: str | None, rates: Mapping[str, float],
                 source: str | None):
        self.path, self.grid, self.sheet, self.rates, self.source = path, grid, sheet, rates, source
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, row, column, message):
        self.problems.append(Problem(message, sheet=self.sheet, row=row, column=column))

    def warn(self, row, column, message):
        self.warnings.append(Problem(message, sheet=self.sheet, row=row, column=column, severity="warning"))

    def read(self) -> Report:
        top = _header_row(self.grid)
        if top is None:
            raise PlanError([Problem("no report table found: no header row with a date column (日期, Date) and a "
                                     "figure (消耗/花费, 展示次数, 点击次数, 成交订单数, 成交金额, Spend, Impressions…) "
                                     "in its first 30 rows.", sheet=self.sheet)], source=str(self.path))
        header = self.grid[top - 1]
        columns: dict[str, int] = {}
        unknown = []
        units: dict[str, Unit] = {}
        for c, value in enumerate(header):
            name = parse_text(value)
            if not name:
                continue
            key = normalise(name)
            field_name = HEADERS.get(key)
            if field_name is None:
                if key not in PASSED_OVER_HEADERS:
                    unknown.append(name)
                continue
            if field_name in columns:
                self.error(top, column_letters(c + 1), f"a second '{field_name}' column ('{name}'; the first is "
                                                       f"'{parse_text(header[columns[field_name]])}'): which one "
                                                       "counts cannot be guessed")
                continue
            columns[field_name] = c
            if field_name in FIGURES:
                try:
                    units[field_name] = unit_of_header(name)
                except AmountError as problem:
                    self.error(top, column_letters(c + 1), str(problem))
        source = self._source(top, columns)
        for name in unknown:
            self.warn(top, name, f"unknown column '{name}' left out (it is not a figure the planner reads)")
        report = Report(path=str(self.path), source=source or "", channel=PLATFORMS[source][0] if source else "",
                        columns={f: parse_text(header[c]) for f, c in columns.items()}, unknown_columns=unknown,
                        sheet=self.sheet)
        if source is None and "channel" not in columns:
            self.error(None, None, "which platform this report comes from cannot be told: name it in the file "
                                   "name (e.g. qianchuan-march.csv), a title row, or a Platform column")
        if "spend" not in columns:
            self.error(top, None, "the report has no spend column (消耗, 花费, Spend)")
        if self.problems:
            raise PlanError(self.problems, source=str(self.path))
        report.rows = self._rows(top, columns, units)
        if self.problems:
            raise PlanError(self.problems + self.warnings, source=str(self.path))
        report.warnings = self.warnings
        return report

    def _source(self, top: int, columns: dict[str, int]) -> str | None:
        if self.source:
            return self.source
        for row in self.grid[: top - 1]:  # a title row: "巨量千川 数据报表 2027-03-01 至 2027-03-14"
            for value in row:
                found = platform_in(parse_text(value))
                if found:
                    return found
        return platform_in(self.path.name) if "channel" not in columns else None

    def _rows(self, top: int, columns: dict[str, int], units: dict[str, Unit]) -> list[ReportRow]:
        date_col, campaign_col = columns["date"], columns.get("campaign")
        date_letter = column_letters(date_col + 1)
        channel_col, tactic_col = columns.get("channel"), columns.get("tactic")
        days_of: dict[object, tuple[date | None, int]] = {}  # a report repeats each day once per campaign
        kept: list[tuple[int, list, date, int]] = []
        for r in range(top + 1, len(self.grid) + 1):
            raw = self.grid[r - 1]
            cell = raw[date_col] if date_col < len(raw) else None
            campaign = raw[campaign_col] if campaign_col is not None and campaign_col < len(raw) else None
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                first = next((parse_text(v) for v in raw if v is not None and parse_text(v)), "")
                if not first:
                    continue  # an empty row
                if normalise(first) in TOTAL_WORDS:
                    self.warn(r, None, f"totals row ('{first}') skipped: the planner adds the rows up itself")
                    continue
            elif (isinstance(cell, str) and normalise(cell) in TOTAL_WORDS) or (
                    isinstance(campaign, str) and normalise(campaign) in TOTAL_WORDS):
                label = cell if normalise(cell) in TOTAL_WORDS else campaign
                self.warn(r, None, f"totals row ('{label.strip()}') skipped: the planner adds the rows up itself")
                continue
            try:
                day, days = days_of[cell]
            except (KeyError, TypeError):  # TypeError: an unhashable cell never repeats
                day, days = self._days(r, date_letter, cell)
                if day is not None and not isinstance(cell, Unreadable):
                    days_of[cell] = (day, days)
            kept.append((r, raw, day, days))
        # the figures column by column: one loop per column with the common cells read inline
        figures = {f: self._column(kept, columns[f], MONEY if f in MONEY_FIGURES else COUNT, units.get(f, NO_UNIT))
                   for f in FIGURES if f in columns}
        rows = []
        for i, (r, raw, day, days) in enumerate(kept):
            if day is None:
                continue
            values = {f: column[i] for f, column in figures.items() if column[i] is not None}
            campaign = parse_text(raw[campaign_col]) if campaign_col is not None and campaign_col < len(raw) else ""
            channel = ""
            if channel_col is not None and channel_col < len(raw):
                text = parse_text(raw[channel_col])
                found = platform_in(text)
                channel = PLATFORMS[found][0] if found else normalise(text)
            tactic = parse_text(raw[tactic_col]) if tactic_col is not None and tactic_col < len(raw) else ""
            rows.append(ReportRow(r, campaign, day, days, values, channel, tactic))
        return rows

    def _column(self, kept, c: int, kind: str, unit: Unit) -> list[float | None]:
        """One figure column's values. Number cells within bounds and plain decimal texts ("1234", "56.78") are read
        inline — what read_amount and check_limit give for them (tests check it) at a tenth of the time; every
        other cell goes through _figure, the one amount parser."""
        letter = column_letters(c + 1)
        limit = LIMITS[kind]
        plain = unit.scale == 1.0 and unit.currency in (None, "CNY")
        match = _PLAIN.match
        out: list[float | None] = []
        for r, raw, _day, _days in kept:
            value = raw[c] if c < len(raw) else None
            kind_of = type(value)
            if value is None or value == "":
                out.append(None)
            elif plain and (kind_of is float or kind_of is int) and 0 <= value <= limit:
                out.append(float(value))
            elif plain and kind_of is str and match(value) and float(value) <= limit:
                out.append(float(value))
            else:
                out.append(self._figure(r, letter, value, kind, unit))
        return out

    def _days(self, r: int, column: str, value) -> tuple[date | None, int]:
        if isinstance(value, Unreadable):
            self.error(r, column, value.message)
            return None, 1
        day, problem = parse_date(value)
        if day is not None:
            return day, 1
        text = parse_text(value)
        found = _RANGE.match(text) if text else None
        if found:
            start, first_problem = parse_date(found.group(1))
            end, second_problem = parse_date(found.group(2))
            if start and end and end >= start and (end - start).days < 366:
                return start, (end - start).days + 1
            if start and end:
                self.error(r, column, f"the period '{text}' ends before it starts, or spans more than a year")
                return None, 1
        self.error(r, column, problem or "the row has no date")
        return None, 1

    def _figure(self, r: int, column: str, value, kind: str, unit: Unit) -> float | None:
        if value is None or value == "":
            return None
        if isinstance(value, Unreadable):
            self.error(r, column, value.message)
            return None
        if isinstance(value, str):
            text = value.strip()
            if text in ("", "-", "--", "—"):  # exports write a dash for "none"
                return None
            value = text
        try:
            amount = read_amount(value, kind, unit)
            if amount is None:
                return None
            figure = to_cny(amount, self.rates) if kind == MONEY else amount.value
            return check_limit(kind, figure, amount.text)
        except AmountError as problem:
            self.error(r, column, str(problem))
            return None
