"""The workbook's format, shared by the writer, the reader and the streamed rows: sheet and format names,
number formats, fills and fonts, safe cell values and the one way a table is written."""
from __future__ import annotations

import math
import re
import unicodedata
from copy import copy
from datetime import date, datetime
from typing import NamedTuple

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableStyleInfo

from market_entry_planner.core.parameters import MONEY, SHARE

FORMAT_NAME = "market-entry-planner"
FORMAT_VERSION = 2  # 2: model v2 (category, new assumptions, conversion parameter)
ALL = "All"  # how "*" (every channel / every tactic) reads on the sheets
LISTS_CHANNEL_KEY = "Channel key"
META_EMPTY_SCENARIO = "empty_scenario"  # _meta rows: a scenario without lines has no row on the Plan sheet

FMT_MONEY = '"¥"#,##0'          # budgets and results: whole yuan (the cell keeps the exact value)
FMT_MONEY_CENTS = '"¥"#,##0.00'  # prices where cents mean something: a ¥2.50 click, a ¥0.85 fulfilment
FMT_SHARE = "0.00%"
FMT_COUNT = "#,##0"
FMT_RATIO = "#,##0.00"
FMT_DATE = "yyyy-mm-dd"

# One sans-serif font for every cell: openpyxl's default (Calibri, Excel's own), named in every font we set. A font
# without a name is drawn in the spreadsheet's default font, which LibreOffice makes a serif one: headers in Times
# beside data in Calibri. family=2 ("swiss") asks for a sans-serif substitute where Calibri is not installed.
FONT_NAME = "Calibri"


def font(**attributes) -> Font:
    """A font of the workbook's one family (size 11 unless given)."""
    return Font(name=FONT_NAME, family=2, **{"size": 11, **attributes})


HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = font(bold=True, color="FFFFFF")
INPUT_FILL = PatternFill("solid", fgColor="FFF8DC")      # pale yellow: cells you type in
COMPUTED_FILL = PatternFill("solid", fgColor="EEF1F5")   # pale grey: written by the app
WEAK_FILL = PatternFill("solid", fgColor="FCE4D6")       # orange: weak, assumed benchmark
COMPUTED_FONT = font(color="44546A", italic=True)
TITLE_FONT = font(bold=True, size=14, color="1F3A5F")
WARNING_FONT = font(bold=True, color="C00000")
BOLD_FONT = font(bold=True)
EMPHASIS_FONT = font(bold=True, color="1F3A5F")

FORMULA_START = ("=", "+", "-", "@")
INFINITY = "∞"  # an NBD shape k of infinity (Poisson exposure): XML numbers cannot say it


class StreamedTable(NamedTuple):
    """The data rows of a table that streaming.save writes as XML text (see streaming.py)."""
    ws: object
    first_row: int
    rows: list
    styles: list
    heights: dict = {}  # row number -> height in points, for rows whose wrapped text needs more than one line


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


def prepare_for_print(ws, title_rows: int = 0, one_page: bool = False):
    """A sheet that prints: A4 landscape, one page wide (as many tall as it takes), the first `title_rows` rows
    repeated on every page, the sheet's name and page number in the footer. `one_page`: the whole sheet on one
    page (the Charts sheet, so no chart is cut by a page break)."""
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    setup.fitToWidth = 1
    setup.fitToHeight = 1 if one_page else 0  # 0: as many pages tall as the rows need
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.55, bottom=0.55, header=0.25, footer=0.25)
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = f"1:{title_rows}"
    ws.oddFooter.center.text = "&A – &P / &N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 8


def format_for(kind: str) -> str:
    return {"money": FMT_MONEY, MONEY: FMT_MONEY, "share": FMT_SHARE, SHARE: FMT_SHARE, "count": FMT_COUNT,
            "ratio": FMT_RATIO, "date": FMT_DATE}.get(kind, "General")


def write_table(ws, name: str, headers: list[str], rows: list[list], formats: list[str | None],
                 computed: set[int] = frozenset(), top: int = 1, widths: dict[int, float] | None = None,
                 streamed: list | None = None, wrap: set[int] = frozenset()):
    """A styled Excel Table: header row, banded rows, number formats, input vs computed cells; the columns in
    `wrap` (0-based) wrap their text, so a long note prints whole in its row.

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
        if wrap:  # rows grow with a wrapped note: every cell of the row reads from the top
            template.alignment = Alignment(vertical="top", wrap_text=col in wrap)
        styles.append(template._style)
    data = rows or [[None] * len(headers)]  # a table without rows still shows one styled, empty row
    fit_widths(ws, headers, rows, widths or {}, formats, top)
    # a spreadsheet does not grow a row for wrapped text by itself when it opens a file (LibreOffice prints
    # the lines over the next row): rows whose wrapped text needs more than a line get their height
    heights = _wrapped_heights(ws, data, wrap, top + 1)
    if streamed is not None:
        streamed.append(StreamedTable(ws, top + 1, data, styles, heights))
    else:
        for r, row in enumerate(data, start=top + 1):
            for col, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=col)
                cell._style = copy(styles[col - 1])
                safe(cell, value)
        for r, height in heights.items():
            ws.row_dimensions[r].height = height
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
    prepare_for_print(ws, title_rows=top)
    return ref


_TEXT_OF_FORMAT = {FMT_MONEY: "¥{:,.0f}", FMT_MONEY_CENTS: "¥{:,.2f}", FMT_SHARE: "{:.2%}", FMT_COUNT: "{:,.0f}",
                   FMT_RATIO: "{:,.2f}"}
_HEADER_LINES = 3  # a header wraps onto at most this many lines (its cell wraps), so columns stay narrow
_LINE_HEIGHT = 15.0  # points per line of 11-point text


def text_width(text: str) -> int:
    """Width of a text in characters of the sheet's font: a Chinese or other wide character counts two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shown(value, number_format: str | None) -> str:
    """Roughly the text a spreadsheet shows for a value in a number format."""
    if isinstance(value, bool):
        return "FALSE"
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            return INFINITY
        return _TEXT_OF_FORMAT.get(number_format, "{:,.2f}").format(value)
    if isinstance(value, (date, datetime)):
        return "2027-01-01"
    return "" if value is None else str(value)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines a header takes when its cell wraps at `width` characters (greedy, by words)."""
    lines, used = 1, 0
    for word in text.split():
        size = text_width(word)
        if used and used + 1 + size > width:
            lines, used = lines + 1, size
        else:
            used += size + (1 if used else 0)
    return lines


def _wrapped_heights(ws, rows: list[list], wrap, first_row: int) -> dict[int, float]:
    """{row number: height} for the rows whose text in a wrapping column takes more than one line."""
    heights = {}
    if not wrap:
        return heights
    widths = {col: ws.column_dimensions[get_column_letter(col + 1)].width or 8.43 for col in wrap}
    for r, row in enumerate(rows, start=first_row):
        lines = 1
        for col in wrap:
            value = row[col] if col < len(row) else None
            if isinstance(value, str) and value:
                # by words; a column's width counts the font's digits, and prose is narrower than digits (about
                # 1.3 letters a digit in Calibri and its substitutes: 1.15 keeps a margin); a typed line break counts
                lines = max(lines, sum(_wrapped_lines(part, (widths[col] - 1) * 1.15) for part in value.split("\n")))
        if lines > 1:
            heights[r] = _LINE_HEIGHT * lines
    return heights


def fit_widths(ws, headers, rows, fixed: dict[int, float], formats: list[str | None] | None = None,
               header_row: int = 1):
    """Column widths that fit each column's values as shown in its number format, and its header wrapped onto
    at most three lines (the header row is made as tall as its longest header needs)."""
    sample = rows[:200]
    formats = formats or [None] * len(headers)
    header_lines = 1
    for col, head in enumerate(headers, start=1):
        head = "" if head is None else str(head)
        if col in fixed:
            ws.column_dimensions[get_column_letter(col)].width = fixed[col]
            header_lines = max(header_lines, _wrapped_lines(head, fixed[col] - 2))
            continue
        longest = 0
        for row in sample:
            value = row[col - 1] if col - 1 < len(row) else None
            shown = _shown(value, formats[col - 1] if col - 1 < len(formats) else None)
            longest = max(longest, text_width(shown) + (2 if isinstance(value, (int, float)) else 0))
        words = max((text_width(word) for word in head.split()), default=0)
        wanted = max(longest, words + 1, math.ceil(text_width(head) / _HEADER_LINES) + 2)  # bold: a little wider
        # a tenth more: where Calibri is missing (LibreOffice on Linux) its substitute is wider
        width = min(max(math.ceil(wanted * 1.1) + 2, 8), 60)
        ws.column_dimensions[get_column_letter(col)].width = width
        header_lines = max(header_lines, _wrapped_lines(head, width - 2))
    if header_lines > 1:
        ws.row_dimensions[header_row].height = _LINE_HEIGHT * header_lines
