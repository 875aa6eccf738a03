"""The sheets of a checked workbook as rows of cell values: python-calamine reads the values, a look at each sheet's
XML first bounds what that costs and finds what calamine does not say.

calamine lays a sheet out as one dense block from its first value to its last, so one stray value at XFD1048576, or a
cell claiming row 99,999,999, asks for gigabytes before a single row comes back (and a failed allocation aborts the
whole process). So before calamine sees a sheet, its XML is scanned (regular expressions over the bytes):
- the block its values span: within Excel's limits and MAX_CELLS, or the sheet is refused with the far cell named;
- error values (#DIV/0!) and formulas without a saved result (openpyxl, pandas and scripts write them so), which
  calamine reads as empty: they come back as `Unreadable` cells the reader reports one by one;
- when the reader asks, the number format of a column's cells (a percentage, a currency).
Never trusted: <dimension> (calamine ignores it), the order of rows (calamine places each by its own reference).
Merged cells read as their top-left value everywhere; `_x000D_`-style escapes are decoded by calamine.
"""
from __future__ import annotations

import io
import posixpath
import re
from dataclasses import dataclass, field
from xml.sax.saxutils import unescape

import python_calamine
from defusedxml import ElementTree

from market_entry_planner.core.amounts import CURRENCY_WORDS
from market_entry_planner.core.workbook.safety import Package

MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384  # the largest sheet Excel (and the file format) allows
MAX_CELLS = 4_000_000        # the block calamine lays out: 100,000 lines × 40 columns
MAX_MERGED = 100_000         # merged ranges on one sheet
_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class UnreadableSheet(ValueError):
    """A sheet that cannot be read; the message says why, in words a marketer understands."""


class Unreadable:
    """A cell whose value the file does not hold: a spreadsheet error (#DIV/0!, kind "error"), or a formula whose
    result was never saved (kind "formula"). The reader reports it at its cell; it never reads as empty."""

    __slots__ = ("message", "text", "kind")

    def __init__(self, message: str, text: str, kind: str = "error"):
        self.message, self.text, self.kind = message, text, kind

    def __repr__(self):
        return f"Unreadable({self.text!r})"


def column_number(letters: bytes | str) -> int:
    number = 0
    for c in letters.encode() if isinstance(letters, str) else letters:
        number = number * 26 + (c - 64)
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


# -- the workbook's structure -------------------------------------------------------------------------------------

def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _attribute(element, local_name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == local_name:
            return value
    return None


def _xml(package: Package, part: str):
    data = package.read(part)
    if data is None:
        return None
    try:
        return ElementTree.fromstring(data)
    except Exception as error:  # ParseError and defusedxml's refusals: the part is damaged
        raise UnreadableSheet(f"the workbook's part {part} cannot be read ({error}): the file is damaged") from None


def _relationships(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """id -> (type's last word, target part) of a part's relationships."""
    folder, name = posixpath.split(part)
    root = _xml(package, posixpath.join(folder, "_rels", name + ".rels"))
    found = {}
    for rel in root if root is not None else ():
        target = rel.get("Target") or ""
        if rel.get("TargetMode") == "External":
            continue
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id")] = ((rel.get("Type") or "").rsplit("/", 1)[-1], path)
    return found


@dataclass(frozen=True)
class SheetInfo:
    title: str
    state: str      # "visible", "hidden" or "veryHidden"
    part: str | None
    kind: str       # "worksheet", "chartsheet", "dialogsheet", ...

    @property
    def visible(self) -> bool:
        return self.state == "visible"


# -- number formats -----------------------------------------------------------------------------------------------
_BUILTIN_PERCENT = {9, 10}
_BUILTIN_DATES = set(range(14, 23)) | {45, 46, 47}
_BUILTIN_LOCAL_CURRENCY = {5, 6, 7, 8, 42, 44}  # "$" in en-US, the local currency elsewhere: the file cannot say
_BRACKET_CURRENCY = re.compile(r"\[\$([^\]-]*)(?:-[0-9A-Fa-f]+)?\]")
_QUOTED = re.compile(r'"[^"]*"|\\.')


def format_kind(code: str | None, builtin: int | None = None) -> str | None:
    """"percent", an ISO currency code, "currency" (a currency the file does not name), "date" or None."""
    if builtin in _BUILTIN_PERCENT:
        return "percent"
    if builtin in _BUILTIN_DATES:
        return "date"
    if builtin in _BUILTIN_LOCAL_CURRENCY:
        return "currency"
    if not code:
        return None
    for symbol in _BRACKET_CURRENCY.findall(code):
        symbol = symbol.strip().lower()
        if symbol:
            return CURRENCY_WORDS.get(symbol, "currency")
    literal = " ".join(q.strip('"\\') for q in _QUOTED.findall(code))
    bare = _QUOTED.sub("", _BRACKET_CURRENCY.sub("", code))
    for text in (literal.lower(), bare.lower()):
        for sign in ("us$", "¥", "￥", "€", "$", "£", "元"):
            if sign in text:
                return CURRENCY_WORDS.get(sign.replace("￥", "¥"), "currency")
        for word in re.findall(r"[a-z]{3}", text):
            if word in CURRENCY_WORDS and len(word) == 3:
                return CURRENCY_WORDS[word]
    if "%" in bare:
        return "percent"
    return None


def _styles(package: Package, part: str | None) -> list[str | None]:
    """The kind of number format of each cell style (the s="…" index of a cell)."""
    root = _xml(package, part) if part else None
    if root is None:
        return []
    codes = {}
    kinds = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "numFmt":
            try:
                codes[int(element.get("numFmtId"))] = element.get("formatCode")
            except (TypeError, ValueError):
                continue
        elif name == "cellXfs":
            for xf in element:
                try:
                    number = int(xf.get("numFmtId") or 0)
                except ValueError:
                    number = 0
                kinds.append(format_kind(codes.get(number), None if number in codes else number))
    return kinds


# -- scanning a sheet's XML ---------------------------------------------------------------------------------------

@dataclass
class Scan:
    """What a sheet's XML holds, found without parsing it."""

    cells: int = 0                      # value cells (or, when not exact, cells with a reference)
    area: int = 0                       # the block calamine will lay out, in cells (an upper bound when not exact)
    exact: bool = True                  # the block below was measured (else only bounded from a few searches)
    top: int = 0                        # the block of value cells: rows top..bottom, columns left..right (1-based)
    bottom: int = 0
    left: int = 0
    right: int = 0
    far: str = ""                       # the value cell that sets the block's far corner
    bad_string: bool = False            # a cell refers to shared text by something not a plain index (calamine
    # reads "-1" as the first text rather than failing)
    unreadable: dict = field(default_factory=dict)  # (row, column) -> Unreadable


def _patterns(prefix: bytes):
    p = re.escape(prefix)
    return {
        "cell": re.compile(rb"<" + p + rb"c(?=[\s>/])([^>]*?)(/?)>"),
        "value_ref": re.compile(rb"<" + p + rb'c r="([A-Z]{1,3})([0-9]{1,10})"[^>]*(?<!/)>'),
        "row": re.compile(rb"<" + p + rb"row(?=[\s>/])([^>]*?)(/?)>"),
        "formula": re.compile(rb"<" + p + rb"f[\s>/]"),
        "error": re.compile(rb"""\bt\s*=\s*["']e["']"""),
        "value": re.compile(rb"<" + p + rb"v>([^<]*)</" + p + rb"v>"),
        "inline": re.compile(rb"<" + p + rb"is[\s>]"),
        "formula_text": re.compile(rb"<" + p + rb"f\b[^>]*>([^<]*)</"),
    }


def _cell_around(xml: bytes, prefix: bytes, position: int) -> tuple[bytes, bytes] | None:
    """The attributes and the body of the <c> element that holds `position` (a formula, a type attribute)."""
    tag = b"<" + prefix + b"c"
    start = xml.rfind(tag + b" ", 0, position + 1)
    if start < 0:
        return None
    head_end = xml.find(b">", start)
    if head_end < 0 or xml[head_end - 1:head_end] == b"/":
        return None
    end = xml.find(b"</" + prefix + b"c>", head_end)
    if end < 0:
        return None
    return xml[start + len(tag):head_end], xml[head_end + 1:end]


_REF = re.compile(rb"""\br\s*=\s*["']\s*([A-Za-z]{1,3})([0-9]{1,12})\s*["']""")
_ROW_NUMBER = re.compile(rb"""\br\s*=\s*["']\s*([0-9]{1,12})\s*["']""")
_TYPE = re.compile(rb"""\bt\s*=\s*["']([a-zA-Z]+)["']""")
_PREFIX = re.compile(rb"<([A-Za-z_][\w.-]*:)?sheetData[\s>/]")


def _extent_generic(xml: bytes, patterns) -> tuple[int, int, int, int, int, str]:
    """The block of value cells, placing cells without a reference as calamine does (the next column of the row,
    in the next row when the row has no number): for files whose cells are not all written <c r="A1" …>."""
    rows, cols, cells = [], [], 0
    row_at = {m.start(): m for m in patterns["row"].finditer(xml)}
    row, col = 0, 0
    positions = sorted(row_at) + [len(xml) + 1]
    index = 0
    for m in patterns["cell"].finditer(xml):
        while positions[index] < m.start():
            found = _ROW_NUMBER.search(row_at[positions[index]].group(1))
            row = int(found.group(1)) if found else row + 1
            col = 0
            index += 1
        ref = _REF.search(m.group(1))
        if ref:
            col = column_number(ref.group(1).upper())
            at_row = int(ref.group(2))
        else:
            col += 1
            at_row = max(row, 1)
        if m.group(2):  # <c …/>: no value
            continue
        cells += 1
        rows.append(at_row)
        cols.append(col)
    if not cells:
        return 0, 0, 0, 0, 0, ""
    bottom, right = max(rows), max(cols)
    return cells, min(rows), bottom, min(cols), right, f"{column_letters(right)}{bottom}"


def _quick_bound(xml: bytes, prefix: bytes, start: int, end: int) -> int | None:
    """A bound on the block calamine lays out, from one search of the sheet's data (10–20 ms for 10,000 lines, where
    measuring the block takes 100 or more), for the common sheet whose every cell is written <c r="A1" …>: the last
    cell's row number sets how many digits, and which leading digit, no reference may exceed, and no column may be
    beyond AZ. None when a cell is written otherwise or goes further: then the block is measured exactly."""
    tag = b"<" + prefix + b"c"
    last = xml.rfind(tag + b' r="', start, end)
    if last < 0:
        return None if xml.find(tag, start, end) >= 0 else 0
    found = re.match(rb'[A-Z]{1,3}([0-9]{1,10})"', xml[last + len(tag) + 4: last + len(tag) + 20])
    if not found:
        return None
    digits = found.group(1)
    size, lead = len(digits), int(digits[:1])
    rows = rb"[1-%d][0-9]{%d}" % (lead, size - 1) + (rb"|[0-9]{1,%d}" % (size - 1) if size > 1 else b"")
    unusual = re.compile(re.escape(tag) + rb'(?! r="A?[A-Z](?:' + rows + rb')")')
    if unusual.search(xml, start, end):
        return None
    return ((lead + 1) * 10 ** (size - 1) - 1) * 52


def scan_sheet(xml: bytes) -> Scan:
    found = _PREFIX.search(xml)
    prefix = found.group(1) or b"" if found else b""
    patterns = _patterns(prefix)
    tag = b"<" + prefix + b"c"
    # within <sheetData> only cells start with <c and only formulas with <f, so a few plain byte searches there say
    # what is rare (a regular expression without a literal start would take 20 times as long)
    start = max(xml.find(b"sheetData"), 0)
    end = xml.rfind(b"sheetData")
    end = len(xml) if end <= start else end
    kinds = {kind for kind, mark in (("error", b't="e"'), ("formula", b"<" + prefix + b"f"))
             if xml.find(mark, start, end) >= 0}
    scan = Scan()
    if b't="s"' in xml[start:start + 1] or xml.find(b't="s"', start, end) >= 0:
        scan.bad_string = re.search(rb't="s"[^>]*><' + re.escape(prefix) + rb"v>(?![0-9]{1,12}</)", xml) is not None
    bound = _quick_bound(xml, prefix, start, end)
    if bound is not None and bound <= MAX_CELLS:
        scan.cells, scan.area, scan.exact = (1 if bound else 0), bound, False
        return _unreadable_cells(scan, xml, prefix, patterns, kinds)
    referenced = xml.count(tag + b' r="', start, end)
    regular = xml.count(tag, start, end) == referenced
    if regular:
        refs = patterns["value_ref"].findall(xml)
        if refs:
            letters = {column_number(c) for c in {ref[0] for ref in refs}}
            numbers = {int(r) for r in {ref[1] for ref in refs}}
            scan.cells, scan.top, scan.bottom = len(refs), min(numbers), max(numbers)
            scan.left, scan.right = min(letters), max(letters)
            scan.far = f"{column_letters(scan.right)}{scan.bottom}"
    else:
        scan.cells, scan.top, scan.bottom, scan.left, scan.right, scan.far = _extent_generic(xml, patterns)
    if scan.exact and scan.cells:
        scan.area = (scan.bottom - scan.top + 1) * (scan.right - scan.left + 1)
    return _unreadable_cells(scan, xml, prefix, patterns, kinds)


def _unreadable_cells(scan: Scan, xml: bytes, prefix: bytes, patterns, kinds) -> Scan:
    """Error values and formulas without a saved result, which calamine reads as empty."""
    if "error" in kinds:
        for m in patterns["error"].finditer(xml):
            cell = _cell_around(xml, prefix, m.start())
            ref = _REF.search(cell[0]) if cell else None
            value = patterns["value"].search(cell[1]) if cell else None
            if ref and value:
                text = unescape(value.group(1).decode("utf-8", "replace")).strip()
                scan.unreadable[(int(ref.group(2)), column_number(ref.group(1).upper()))] = Unreadable(
                    f"the cell holds the spreadsheet error {text}", text)
    for m in patterns["formula"].finditer(xml) if "formula" in kinds else ():
        cell = _cell_around(xml, prefix, m.start())
        ref = _REF.search(cell[0]) if cell else None
        if not ref:
            continue
        attributes, body = cell
        value = patterns["value"].search(body)
        kind = _TYPE.search(attributes)
        if value and (value.group(1) or (kind and kind.group(1) in (b"str", b"inlineStr"))):
            continue  # a saved result (an empty text is a result, for a text formula)
        if patterns["inline"].search(body):
            continue
        formula = patterns["formula_text"].search(body)
        text = "=" + unescape(formula.group(1).decode("utf-8", "replace")) if formula and formula.group(1) \
            else "(a shared formula)"
        scan.unreadable[(int(ref.group(2)), column_number(ref.group(1).upper()))] = Unreadable(
            f"the cell holds the formula {text} but no saved result (the program that wrote the file does not "
            "calculate): open it in Excel or LibreOffice, save, and import it again", text, "formula")
    return scan


# -- sheets -------------------------------------------------------------------------------------------------------

class Sheet:
    """Rows of one sheet as lists of cell values, from A1: numbers, text, dates, booleans, None (or "") for empty,
    Unreadable for a cell whose value the file does not hold."""

    def __init__(self, title: str, rows: list[list], merged: dict, formats=None):
        self.title = title
        self.rows = rows
        self.merged = merged      # (row, column) of a covered cell -> (row, column) of its range's top-left cell
        self._formats = formats   # () -> {(row, column): kind}, computed on first use

    def cell(self, row: int, col: int):
        """1-based access, None outside the used range and for an empty cell."""
        if 0 < row <= len(self.rows):
            values = self.rows[row - 1]
            if 0 < col <= len(values):
                value = values[col - 1]
                return None if value == "" else value
        return None

    def has_formats(self) -> bool:
        """Does any cell carry a telling number format (percent, a currency)?"""
        if callable(self._formats):
            self._formats = self._formats()
        return bool(self._formats)

    def format_of(self, row: int, col: int) -> str | None:
        """The kind of number format of a cell ("percent", a currency code, "currency", "date") or None."""
        if callable(self._formats):
            self._formats = self._formats()
        return (self._formats or {}).get((row, col))


class Workbook:
    """A checked workbook's sheets: their names and visibility from the workbook part, their values from calamine."""

    def __init__(self, package: Package):
        self.package = package
        self.sheets: list[SheetInfo] = []
        self._read_structure()
        try:
            self._calamine = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(package.data))
        except BaseException as error:  # calamine's own errors (zip, XML) on a file that passed the gate, or a Rust
            if not isinstance(error, Exception) and type(error).__name__ != "PanicException":  # panic
                raise
            raise UnreadableSheet(f"the workbook cannot be read: it is damaged or not written by a spreadsheet "
                                  f"program ({type(error).__name__}: {error})") from None
        names = list(self._calamine.sheet_names)
        if names != [s.title for s in self.sheets]:
            raise UnreadableSheet("the workbook's list of sheets cannot be read consistently: the file is damaged")

    def _read_structure(self):
        package = self.package
        office = [p for kind, p in _relationships(package, "").values() if kind == "officeDocument"]
        if not office or package.read(office[0]) is None:
            raise UnreadableSheet("the workbook part is missing: the file is damaged")
        self.workbook_part = office[0]
        relations = _relationships(package, self.workbook_part)
        root = _xml(package, self.workbook_part)
        seen = set()
        for element in root.iter():
            if _local(element.tag) != "sheet":
                continue
            title = element.get("name") or ""
            if title.lower() in seen:
                raise UnreadableSheet(f"two sheets are named '{title}': the file is damaged")
            seen.add(title.lower())
            kind, part = relations.get(_attribute(element, "id"), ("", None))
            self.sheets.append(SheetInfo(title, element.get("state") or "visible", part, kind or "worksheet"))
        styles = [p for kind, p in relations.values() if kind == "styles"]
        self._style_part = styles[0] if styles else None
        self._style_kinds = _styles(package, self._style_part)  # now: a damaged styles part refuses the file

    @property
    def sheetnames(self) -> list[str]:
        return [s.title for s in self.sheets]

    def info(self, title: str) -> SheetInfo:
        return next(s for s in self.sheets if s.title == title)

    def style_kinds(self) -> list[str | None]:
        return self._style_kinds

    def sheet(self, title: str) -> Sheet:
        """The sheet's rows, or UnreadableSheet naming why not (too big, damaged)."""
        info = self.info(title)
        if info.kind != "worksheet" or info.part is None:
            return Sheet(title, [], {})
        xml = self.package.read(info.part)
        if xml is None:
            raise UnreadableSheet("the sheet's part is missing: the file is damaged")
        scan = scan_sheet(xml)
        if scan.bottom > MAX_ROWS:
            raise UnreadableSheet(f"a cell claims row {scan.bottom:,}, beyond the {MAX_ROWS:,} rows a sheet can have: "
                                  "the file is damaged")
        if scan.right > MAX_COLUMNS:
            raise UnreadableSheet(f"a cell claims column {column_letters(scan.right)}, beyond the "
                                  f"{column_letters(MAX_COLUMNS)} columns a sheet can have: the file is damaged")
        if scan.bad_string:
            raise UnreadableSheet(self._bad_string(xml))
        if scan.area > MAX_CELLS:
            raise UnreadableSheet(
                f"its values span {scan.bottom - scan.top + 1:,} rows × {scan.right - scan.left + 1:,} columns (to "
                f"{scan.far}), more than the {MAX_CELLS:,} cells a plan can need: delete the cells far from the "
                "table (or the rows below it) and import it again")
        merged_count = xml.count(b"mergeCell ") + xml.count(b"mergeCell>")
        if merged_count > MAX_MERGED:
            raise UnreadableSheet(f"it has {merged_count:,} merged ranges, more than a plan can need")
        try:
            calamine = self._calamine.get_sheet_by_name(title)
            rows = calamine.to_python(skip_empty_area=False) if scan.cells else []
            ranges = calamine.merged_cell_ranges or []
        except python_calamine.CalamineError as error:
            raise UnreadableSheet(self._explain(xml, error)) from None
        except BaseException as error:  # a Rust panic reaches Python as PanicException, a BaseException
            if type(error).__name__ != "PanicException":
                raise
            raise UnreadableSheet(f"the sheet cannot be read: it is damaged ({error})") from None
        for (r, c), cell in scan.unreadable.items():
            if r <= len(rows) and c <= len(rows[r - 1]):
                rows[r - 1][c - 1] = cell
        merged = _fill_merged(rows, ranges)
        return Sheet(title, rows, merged, lambda: self._formats(xml))

    def _formats(self, xml: bytes) -> dict:
        """(row, column) -> kind of number format, for cells whose style says percent, a currency or a date."""
        kinds = self.style_kinds()
        telling = [str(i).encode() for i, kind in enumerate(kinds) if kind and kind != "date"]
        if not telling:
            return {}
        found = _PREFIX.search(xml)
        prefix = re.escape(found.group(1) or b"" if found else b"")
        pattern = re.compile(rb"<" + prefix + rb"c\b([^>]*?\bs\s*=\s*[\"'](?:" + b"|".join(telling) + rb")[\"'][^>]*)>")
        formats = {}
        for m in pattern.finditer(xml):
            ref, style = _REF.search(m.group(1)), re.search(rb"""\bs\s*=\s*["']([0-9]+)""", m.group(1))
            if ref and style:
                formats[(int(ref.group(2)), column_number(ref.group(1).upper()))] = kinds[int(style.group(1))]
        return formats

    def _bad_string(self, xml: bytes) -> str:
        """Which cell refers to text the shared strings table does not have, said so that it can be found."""
        strings = [p for kind, p in _relationships(self.package, self.workbook_part).values()
                   if kind == "sharedStrings"]
        table = self.package.read(strings[0]) if strings else b""
        count = table.count(b"<si>") + table.count(b"<si ") + len(re.findall(rb"<\w+:si[\s>]", table))
        for m in re.finditer(rb"""<(?:\w+:)?c\b([^>]*\bt\s*=\s*["']s["'][^>]*)>\s*<(?:\w+:)?v>([^<]*)<""", xml):
            text, ref = m.group(2).strip(), _REF.search(m.group(1))
            index = int(text) if re.fullmatch(rb"-?[0-9]{1,12}", text) else None
            if ref and (index is None or not 0 <= index < count):
                shown = index if index is not None else f"'{text.decode('utf-8', 'replace')}'"
                return (f"cell {ref.group(1).decode().upper()}{ref.group(2).decode()} refers to text number {shown} "
                        f"of the workbook's shared strings, which has {count}: the file is damaged")
        return "a cell refers to text missing from the workbook's shared strings: the file is damaged"

    def _explain(self, xml: bytes, error: Exception) -> str:
        """calamine's error, said so that the damaged cell can be found."""
        if "shared strings" in str(error):
            return self._bad_string(xml)
        return f"the sheet cannot be read: it is damaged ({type(error).__name__}: {error})"

    def close(self):
        try:
            self._calamine.close()
        except Exception:  # already closed
            pass


def _fill_merged(rows: list[list], ranges) -> dict:
    """Give every cell of a merged range its top-left value (a channel merged down its lines, a title across),
    within the block of values; returns covered cell -> top-left cell (1-based)."""
    merged = {}
    budget = MAX_CELLS
    for (r0, c0), (r1, c1) in ranges:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if (r, c) != (r0, c0):
                    budget -= 1
                    if budget < 0:
                        raise UnreadableSheet("its merged ranges cover more cells than a plan can need")
                    row[c] = value
                    merged[(r + 1, c + 1)] = (r0 + 1, c0 + 1)
    return merged
