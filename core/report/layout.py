"""How much room text takes on a slide, estimated without a font engine, so that both writers give a table the same
columns and a long table is split over as many slides as it needs before either draws it.

The estimate is on the wide side: character widths are those of DejaVu Sans, the widest of the sans-serif fonts a
deck may be shown in (LibreOffice puts it in for Calibri on Linux; Calibri itself is a fifth narrower). The PDF
painter measures the real text and shrinks a table that would still not fit; PowerPoint grows a row to its text.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache

from market_entry_planner.core.report.content import BODY_BOTTOM, BODY_TOP, MARGIN, SLIDE_WIDTH, Table

LINE = 1.25         # line height, in font sizes (a Latin sans-serif's)
LINE_FACTORS = {"zh_CN": 1.45}  # Chinese fonts (Noto Sans CJK, Microsoft YaHei) set taller lines


def line_factor(language: str) -> float:
    return LINE_FACTORS.get(language, LINE)
CELL_PAD_X, CELL_PAD_Y = 5.0, 3.0
BODY_WIDTH = SLIDE_WIDTH - 2 * MARGIN
BODY_HEIGHT = BODY_BOTTOM - BODY_TOP
SMALLEST_TABLE_FONT = 6.5
# a little more than DejaVu Sans's own widths (kerning, the renderer's rounding): much for a word that must never
# break (a number, a column's longest word), little for how many lines a text wraps onto
WORD_SLACK, WRAP_SLACK = 1.08, 1.02

# DejaVu Sans advance widths of ' ' to '~' in em, regular and bold (measured with Qt at 1000 px)
_ASCII = "".join(chr(c) for c in range(32, 127))
_REGULAR = (
    0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337, 0.636,
    0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531, 1.0,
    0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603,
    0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613,
    0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635,
    0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838)
_BOLD = (
    0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38, 0.365,
    0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838, 0.58, 1.0,
    0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733,
    0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675,
    0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716,
    0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838)
_WIDTHS = (dict(zip(_ASCII, _REGULAR)), dict(zip(_ASCII, _BOLD)))
_OTHER = {"\u00a0": 0.32, "–": 0.5, "—": 1.0, "·": 0.32, "¥": 0.64, "€": 0.64, "−": 0.84, "×": 0.84, "…": 1.0,
          "●": 0.88, "‘": 0.32, "’": 0.32, "“": 0.52, "”": 0.52, "≈": 0.84, "→": 0.84, "%": 0.95}


def _char_em(ch: str, bold: bool) -> float:
    known = _WIDTHS[bold].get(ch)
    if known is not None:
        return known
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch in _OTHER:
        return _OTHER[ch] * (1.1 if bold else 1.0)
    base = unicodedata.normalize("NFD", ch)[:1]  # à, é, ß…: as their letter
    return _WIDTHS[bold].get(base, 0.7 if not bold else 0.77)


@lru_cache(maxsize=65536)
def text_em(text: str, bold: bool = False) -> float:
    """The width of `text` in em (font sizes), as DejaVu Sans sets it."""
    return sum(_char_em(ch, bold) for ch in text)


# full-width punctuation a line never starts with (closing) or ends with (opening), as Qt breaks lines (UAX #14):
# "投产比（ROAS）" breaks only before "（", so "（ROAS）" is one piece
_CLOSING = set("）」』】》〉，。、；：！？")
_OPENING = set("（「『【《〈")


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    """Pieces a line may break after: Latin words with their space or dash, every Chinese character on its own
    (not at "/": Taobao/Tmall stays whole, as it does in Qt), full-width brackets kept with what they enclose."""
    tokens, word = [], ""
    for k, ch in enumerate(text):
        if ch in _CLOSING:
            if word:
                word += ch
            elif tokens:
                tokens[-1] += ch
            else:
                word = ch
        elif ch in _OPENING:
            if word and not word.endswith(tuple(_OPENING)):
                tokens.append(word)
                word = ""
            word += ch
        elif unicodedata.east_asian_width(ch) in "WF":
            if word and not word.endswith(tuple(_OPENING)):
                tokens.append(word)
                word = ""
            if word:
                word += ch
            else:
                tokens.append(ch)
        elif ch in " –-" and text[k + 1:k + 2] != "\u00a0":  # a no-break space after a dash glues it on
            tokens.append(word + ch)
            word = ""
        else:
            word += ch
    if word:
        tokens.append(word)
    return tuple(tokens)


def longest_token_em(text: str, bold: bool = False) -> float:
    return max((text_em(t.rstrip(), bold) for t in _tokens(text)), default=0.0) * WORD_SLACK


@lru_cache(maxsize=65536)
def lines_needed(text: str, width: float, size: float, bold: bool = False) -> int:
    """Lines `text` wraps onto in a box `width` points wide at `size` points (a word longer than a line is
    broken, as PowerPoint and Qt do)."""
    room = max(width / size / WRAP_SLACK, 1.0)  # in em
    total = 0
    for paragraph in (text or "").split("\n"):
        lines, used = 1, 0.0
        for token in _tokens(paragraph):
            size_em = text_em(token.rstrip(), bold)
            if used and used + size_em > room:
                lines, used = lines + 1, 0.0
            while size_em > room:  # a word wider than the line: broken over lines
                lines, size_em = lines + 1, size_em - room
            used += text_em(token, bold)
        total += lines
    return total


def text_height(text: str, width: float, size: float, line: float = LINE) -> float:
    return lines_needed(text, width, size) * size * line


def cell_spans(table: Table, index: int) -> list[int]:
    """Columns each cell of data row `index` covers (0 for a cell covered by the one before)."""
    row = table.rows[index]
    result = [1] * len(row)
    if table.mark(index) in ("group", "total"):
        k = 1
        while k < len(row) and row[k] == "" and table.align[k] == "l":
            result[0] += 1
            result[k] = 0
            k += 1
    return result


@lru_cache(maxsize=256)
def _fit(table: Table, width: float) -> tuple[float, tuple[float, ...]]:
    """(font size, column widths) for a table `width` points wide: every column at least as wide as its longest
    word (a number never wraps), the rest of the width shared out by how much text each column has. A part of a
    split table keeps the whole table's columns."""
    if table.fixed_widths:
        scale = width / sum(table.fixed_widths)
        return table.font_size, tuple(w * scale for w in table.fixed_widths)
    size = table.font_size
    while True:
        least, wanted = [], []
        for c in range(len(table.headers)):
            head = table.headers[c]
            cells = [(str(row[c]), table.mark(i) in ("group", "total"))
                     for i, row in enumerate(table.rows) if cell_spans(table, i)[c] == 1]
            whole = table.align[c] == "r" or c in table.nowrap  # numbers and nowrap columns: on one line
            unbreakable = [text_em(v, bold) * WORD_SLACK if whole else longest_token_em(v, bold) for v, bold in cells]
            least_em = max([longest_token_em(head, True), *unbreakable, 1.0])
            whole_em = max([text_em(head, True) / 2, *(text_em(v, bold) * WRAP_SLACK for v, bold in cells), least_em])
            least.append(least_em * size + 2 * CELL_PAD_X)
            wanted.append(min(whole_em, 60.0) * size + 2 * CELL_PAD_X)
        if sum(least) <= width or size <= SMALLEST_TABLE_FONT:
            break
        size -= 0.5
    if sum(wanted) <= width:
        spare = width - sum(wanted)
        total = sum(wanted)
        return size, tuple(w + spare * w / total for w in wanted)
    return size, tuple(m + g for m, g in zip(least, _share_out(width - sum(least),
                                                                [max(w - m, 0.0) for w, m in zip(wanted, least)])))


def _share_out(extra: float, needs: list[float]) -> list[float]:
    """Split `extra` so that every column gets what it needs up to one common level: short columns (dates, a
    channel's name) are set whole on one line, and only the long ones (names, sources) wrap."""
    extra = max(extra, 0.0)
    order = sorted(range(len(needs)), key=lambda k: needs[k])
    given, left = [0.0] * len(needs), extra
    for position, k in enumerate(order):
        level = left / (len(order) - position)
        given[k] = min(needs[k], level)
        left -= given[k]
    return given


def fitted(table: Table, width: float = BODY_WIDTH) -> Table:
    """The table at the font size its columns need to fit `width` (smaller only when a word would not fit)."""
    size, _ = _fit(table, width)
    return table if size == table.font_size else replace(table, font_size=size)


def column_widths(table: Table, width: float = BODY_WIDTH) -> list[float]:
    return list(_fit(table, width)[1])


def _span_widths(widths, spans_of_row) -> list[float]:
    out, k = [], 0
    for span in spans_of_row:
        out.append(sum(widths[k:k + span]) if span else 0.0)
        k += 1
    return out


def row_height(cells, widths, size: float, bold: bool = False, spans_of_row=None, line: float = LINE) -> float:
    if spans_of_row is not None:
        widths = _span_widths(widths, spans_of_row)
    lines = max((lines_needed(str(text), round(w - 2 * CELL_PAD_X, 3), size, bold)
                 for text, w in zip(cells, widths) if w), default=1)
    return lines * size * line + 2 * CELL_PAD_Y


def header_height(table: Table, widths) -> float:
    return row_height(table.headers, widths, table.font_size, True, line=table.line)


def data_row_height(table: Table, index: int, widths) -> float:
    bold = table.mark(index) in ("group", "total")
    return row_height(table.rows[index], widths, table.font_size, bold, cell_spans(table, index), table.line)


def table_height(table: Table, width: float = BODY_WIDTH) -> float:
    table = fitted(table, width)
    widths = column_widths(table, width)
    return header_height(table, widths) + sum(data_row_height(table, i, widths) for i in range(len(table.rows)))


def split_table(table: Table, height: float, width: float = BODY_WIDTH, first_height: float | None = None
                ) -> list[Table]:
    """The table in parts that each fit `height` (the first part `first_height`, when something stands above it on
    its slide), its header repeated in each. Every part keeps the whole table's columns and font size."""
    table = fitted(table, width)
    widths = column_widths(table, width)
    head = header_height(table, widths)
    parts, rows, marks, used = [], [], [], head
    room = height if first_height is None else first_height
    for i, row in enumerate(table.rows):
        h = data_row_height(table, i, widths)
        if rows and used + h > room:
            parts.append(replace(table, rows=tuple(rows), marks=tuple(marks), fixed_widths=tuple(widths)))
            rows, marks, used, room = [], [], head, height
        rows.append(row)
        marks.append(table.mark(i))
        used += h
    parts.append(replace(table, rows=tuple(rows), marks=tuple(marks), fixed_widths=tuple(widths)))
    move = 3 - len(parts[-1].rows)
    if len(parts) > 1 and move > 0 and len(parts[-2].rows) - move >= 3:
        # no page with a lone total: the last rows of the part before move over (the last page has room)
        before, last = parts[-2], parts[-1]
        parts[-2] = replace(before, rows=before.rows[:-move], marks=before.marks[:-move])
        parts[-1] = replace(last, rows=before.rows[-move:] + last.rows, marks=before.marks[-move:] + last.marks)
    return parts
