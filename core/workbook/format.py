"""The workbook's format, shared by the writer, the reader and the streamed rows: sheet and format names,
number formats, fills and fonts, safe cell values and the one way a table is written."""
from __future__ import annotations

import math
import re
from copy import copy
from datetime import date, datetime
from typing import NamedTuple

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from market_entry_planner.core.parameters import MONEY, SHARE

FORMAT_NAME = "market-entry-planner"
FORMAT_VERSION = 1
ALL = "All"  # how "*" (every channel / every tactic) reads on the sheets
LISTS_CHANNEL_KEY = "Channel key"
META_EMPTY_SCENARIO = "empty_scenario"  # _meta rows: a scenario without lines has no row on the Plan sheet

FMT_MONEY = '"¥"#,##0'
FMT_MONEY_CENTS = '"¥"#,##0.00'
FMT_SHARE = "0.00%"
FMT_COUNT = "#,##0"
FMT_RATIO = "#,##0.00"
FMT_DATE = "yyyy-mm-dd"

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
INPUT_FILL = PatternFill("solid", fgColor="FFF8DC")      # pale yellow: cells you type in
COMPUTED_FILL = PatternFill("solid", fgColor="EEF1F5")   # pale grey: written by the app
WEAK_FILL = PatternFill("solid", fgColor="FCE4D6")       # orange: weak, assumed benchmark
COMPUTED_FONT = Font(color="44546A", italic=True)
TITLE_FONT = Font(bold=True, size=14, color="1F3A5F")
WARNING_FONT = Font(bold=True, color="C00000")

FORMULA_START = ("=", "+", "-", "@")
INFINITY = "∞"  # an NBD shape k of infinity (Poisson exposure): XML numbers cannot say it


class StreamedTable(NamedTuple):
    """The data rows of a table that streaming.save writes as XML text (see streaming.py)."""
    ws: object
    first_row: int
    rows: list
    styles: list


_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text XML can hold: control characters (a pasted vertical tab, a NUL) dropped, and a lone surrogate (a file
    name's undecodable byte, as Python hands it over) replaced by �, which would otherwise corrupt the file."""
    return _SURROGATES.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("", text))


def safe(cell, value):
    """Set a value; text that a spreadsheet would run as a formula, or read as an error value, is kept as text.

    Text XML cannot hold is cleaned (clean_text) rather than failing the save, and an infinite number is written
    as the text ∞ (openpyxl would write an empty cell).
    """
    if isinstance(value, str):
        value = clean_text(value)
    elif isinstance(value, float) and not math.isfinite(value):
        value = None if math.isnan(value) else (INFINITY if value > 0 else "-" + INFINITY)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    elif cell.data_type == "e":  # the text "#N/A" typed in a note is text, not an error value
        cell.data_type = "s"
    return cell


def format_for(kind: str) -> str:
    return {"money": FMT_MONEY, MONEY: FMT_MONEY, "share": FMT_SHARE, SHARE: FMT_SHARE, "count": FMT_COUNT,
            "ratio": FMT_RATIO, "date": FMT_DATE}.get(kind, "General")


def write_table(ws, name: str, headers: list[str], rows: list[list], formats: list[str | None],
                 computed: set[int] = frozenset(), top: int = 1, widths: dict[int, float] | None = None,
                 streamed: list | None = None):
    """A styled Excel Table: header row, banded rows, number formats, input vs computed cells.

    With `streamed` (a list), the data rows are not made into openpyxl cells: a StreamedTable is appended
    to it, for streaming.save to write (the header, table, widths and panes are on the sheet as usual).
    """
    for col, text in enumerate(headers, start=1):
        cell = safe(ws.cell(row=top, column=col), text)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    # Setting fill/font/format hashes the style objects every time (most of an export's time at 10,000 lines):
    # style one cell per column and copy its style array to the others, as openpyxl's own sheet copier does.
    styles = []
    for col in range(len(headers)):
        template = Cell(ws, row=top + 1, column=col + 1)  # not on the sheet: only its style is used
        if formats[col]:
            template.number_format = formats[col]
        if col in computed:
            template.fill, template.font = COMPUTED_FILL, COMPUTED_FONT
        else:
            template.fill = INPUT_FILL
        styles.append(template._style)
    data = rows or [[None] * len(headers)]  # a table without rows still shows one styled, empty row
    if streamed is not None:
        streamed.append(StreamedTable(ws, top + 1, data, styles))
    else:
        for r, row in enumerate(data, start=top + 1):
            for col, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col)
                cell._style = copy(styles[col - 1])
                safe(cell, value)
    last_row = top + max(len(rows), 1)
    ref = f"A{top}:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=False)
    # the column names openpyxl would take from the header cells when saving (it reads them through
    # ws[table.ref], which would create a cell for every empty position of a streamed table)
    table._initialise_columns()
    for column, col in zip(table.tableColumns, range(1, len(headers) + 1)):
        column.name = str(ws.cell(row=top, column=col).value)
    ws.add_table(table)
    ws.freeze_panes = f"A{top + 1}"
    fit_widths(ws, headers, rows, widths or {})
    return ref


def fit_widths(ws, headers, rows, fixed: dict[int, float]):
    sample = rows[:200]
    for col, head in enumerate(headers, start=1):
        if col in fixed:
            ws.column_dimensions[get_column_letter(col)].width = fixed[col]
            continue
        longest = len(str(head))
        for row in sample:
            value = row[col - 1] if col - 1 < len(row) else None
            if isinstance(value, float):
                text = f"{value:,.2f}"
            elif isinstance(value, (date, datetime)):
                text = "2027-01-01"
            else:
                text = "" if value is None else str(value)
            longest = max(longest, len(text) + (2 if isinstance(value, (int, float)) else 0))
        ws.column_dimensions[get_column_letter(col)].width = min(max(longest + 2, 8), 60)

