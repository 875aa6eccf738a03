"""Write the rows of the big tables (Plan, Results) as XML text instead of openpyxl cells.

Why: openpyxl spends ~25 µs of Python per cell to create, style and serialise it, which made the export of a
10,000-line plan (~490,000 cells) take 10 s. Here openpyxl still builds the whole workbook (styles, tables,
validation, charts, comments, widths) with only the header row of these tables; their data rows are rendered
here, a few string operations per cell, and spliced into the sheet's <sheetData> when the file is zipped.

The XML is what openpyxl itself writes for the same cell: an inline string (`t="inlineStr"`, as openpyxl 3.1
writes every string) or a number (`t="n"`, "%.16g"), with the style index of the column's style. Anything
else (dates, booleans, infinities, text that looks like a formula or an error code) is rendered by openpyxl's
own cell code, once per distinct value, so the security rule (formula-looking text stays quoted text) and
openpyxl's typing rules apply unchanged.

openpyxl serialises through lxml when lxml is installed and through the standard library otherwise; the two
write the same document in different bytes. The rows here are always the same text (the standard library's
cell writer, our own strings), and the tests compare this output with openpyxl's under both backends as
canonical XML and as the cells a reader sees, never byte for byte.
"""
from __future__ import annotations

import io
import re
import zipfile
from copy import copy
from xml.etree.ElementTree import tostring
from xml.sax.saxutils import escape

from openpyxl.cell._writer import etree_write_cell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.utils import get_column_letter, range_boundaries

from market_entry_planner.core.workbook.format import FORMULA_START, StreamedTable, clean_text, safe

_MAX_TEXT = 32767  # openpyxl (and Excel) cut a cell's text here
_DIMENSION = re.compile(r'<dimension ref="([^"]*)"')
_ROWS_PER_CHUNK = 500


class StreamedRows:
    """The data rows of one table: where they start, their values, and each column's style array."""

    def __init__(self, ws, first_row: int, rows: list[list], styles: list, heights: dict | None = None):
        self.ws, self.first_row, self.rows, self.styles = ws, first_row, rows, styles
        self.heights = heights or {}  # row number -> height, written as openpyxl writes a row's height
        self._width = max((len(row) for row in rows), default=0)
        self._openpyxl_cells: dict = {}

    def render(self) -> list[str]:
        """The <row> elements, in chunks of text. Registers every style they use with the workbook, so it
        must run before the workbook is saved."""
        registry = self.ws.parent._cell_styles
        style_ids = [registry.add(style) for style in self.styles]
        numbers = [f' s="{i}" t="n"><v>' for i in style_ids]
        empties = [f' s="{i}" t="n" />' for i in style_ids]
        texts: list[dict] = [{} for _ in self.styles]
        letters = [get_column_letter(c) for c in range(1, self._width + 1)]
        chunks, rows_xml = [], []
        for r, row in enumerate(self.rows, start=self.first_row):
            height = self.heights.get(r)
            cells = [f'<row r="{r}">' if height is None else f'<row r="{r}" ht="{height:.16g}" customHeight="1">']
            for col, value in enumerate(row):
                kind = type(value)
                if (kind is float or kind is int) and value - value == 0:  # a finite number
                    cells.append(f'<c r="{letters[col]}{r}"{numbers[col]}{value:.16g}</v></c>')
                elif value is None:
                    cells.append(f'<c r="{letters[col]}{r}"{empties[col]}')
                elif kind is str:
                    body = texts[col].get(value)
                    if body is None:
                        body = texts[col][value] = self._text(col, value, style_ids[col])
                    cells.append(f'<c r="{letters[col]}{r}"{body}')
                else:
                    cells.append(f'<c r="{letters[col]}{r}"{self._by_openpyxl(col, value)}')
            cells.append("</row>")
            rows_xml.append("".join(cells))
            if len(rows_xml) == _ROWS_PER_CHUNK:
                chunks.append("".join(rows_xml))
                rows_xml = []
        chunks.append("".join(rows_xml))
        return chunks

    def bounds(self) -> tuple[int, int, int, int]:
        """(min_col, min_row, max_col, max_row) of the streamed cells."""
        return 1, self.first_row, self._width, self.first_row + len(self.rows) - 1

    def _text(self, col: int, value: str, style_id: int) -> str:
        text = clean_text(value)  # as format.safe does
        if text.startswith(FORMULA_START) or text[:_MAX_TEXT] in ERROR_CODES:
            return self._by_openpyxl(col, value)  # quoted text or an error value: openpyxl decides
        text = text[:_MAX_TEXT]
        if not text:
            return f' s="{style_id}" t="inlineStr" />'
        # outer spaces are kept (xml:space), a text of spaces only too: openpyxl's lxml writer does so, its
        # standard-library writer does not, and a reader then may see an empty cell
        space = ' xml:space="preserve"' if text.strip() != text else ""
        return f' s="{style_id}" t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'

    def _by_openpyxl(self, col: int, value) -> str:
        """The cell as openpyxl writes it (attributes after r="…"), for values the fast path leaves alone."""
        cache = self._openpyxl_cells
        try:
            key = (type(value), col, value)  # the type too: 1, 1.0 and True are equal keys
            return cache[key]
        except TypeError:  # an unhashable value: render it each time
            key = None
        except KeyError:
            pass
        cell = Cell(self.ws, row=1, column=col + 1)  # not added to the sheet
        cell._style = copy(self.styles[col])
        safe(cell, value)
        sink = _Sink()
        etree_write_cell(sink, self.ws, cell, True)
        xml = tostring(sink.element, encoding="unicode")
        start = f'<c r="{get_column_letter(col + 1)}1"'
        if not xml.startswith(start):
            raise AssertionError(f"unexpected cell XML from openpyxl: {xml[:80]}")
        if key is not None:
            cache[key] = xml[len(start):]
        return xml[len(start):]


class _Sink:
    """Stands in for openpyxl's XML stream: keeps the one element written to it."""
    element = None

    def write(self, element):
        self.element = element


def save(wb, tables: list[StreamedTable], target) -> None:
    """Save `wb` to the path or file `target`, with each streamed table's rows added to its sheet."""
    streamed = [StreamedRows(*table) for table in tables]
    for table in streamed:
        if table.ws.max_row >= table.first_row:
            raise AssertionError(f"{table.ws.title}: openpyxl cells where the streamed rows go")
    rendered = [(table, table.render()) for table in streamed]  # first: registers the styles they use
    buffer = io.BytesIO()
    wb.save(buffer)  # the workbook without the streamed rows; sheet paths are known from here on
    by_path = {table.ws.path.lstrip("/"): (table, chunks) for table, chunks in rendered}
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, info.date_time)
            entry.compress_type, entry.external_attr = info.compress_type, info.external_attr
            data = source.read(info)
            if info.filename not in by_path:
                out.writestr(entry, data)
                continue
            table, chunks = by_path.pop(info.filename)
            head, tail = _split_sheet(data.decode("utf-8"), table.bounds())
            with out.open(entry, "w") as sheet:
                sheet.write(head.encode("utf-8"))
                for chunk in chunks:
                    sheet.write(chunk.encode("utf-8"))
                sheet.write(tail.encode("utf-8"))
    if by_path:
        raise AssertionError(f"sheets not found in the saved workbook: {sorted(by_path)}")


def _split_sheet(xml: str, bounds: tuple[int, int, int, int]) -> tuple[str, str]:
    """The sheet's XML before and after where the rows go (the end of <sheetData>), its dimension widened
    to the streamed cells, as openpyxl's calculate_dimension would have it."""
    found = _DIMENSION.search(xml)
    if found is None or ("</sheetData>" not in xml and "<sheetData/>" not in xml):
        raise AssertionError("openpyxl wrote the sheet without a dimension or rows")
    min_col, min_row, max_col, max_row = range_boundaries(found.group(1))
    min_col, min_row = min(min_col, bounds[0]), min(min_row, bounds[1])
    max_col, max_row = max(max_col, bounds[2]), max(max_row, bounds[3])
    ref = f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"
    xml = xml[:found.start(1)] + ref + xml[found.end(1):]
    if xml.rfind("</sheetData>") < 0:  # an empty <sheetData/> (lxml writes it so): open it
        xml = xml.replace("<sheetData/>", "<sheetData></sheetData>", 1)
    end = xml.rfind("</sheetData>")
    return xml[:end], xml[end:]
