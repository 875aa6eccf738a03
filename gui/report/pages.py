"""The report's slides painted page by page with QPainter: on a PDF (QPdfWriter), a printer (QPrinter) or an
image (the README's preview). Same layout as the PowerPoint deck (core/report/pptx_writer.py): title, blocks
stacked or side by side, paragraphs after a chart at the foot of the page, footer with the page number.

A table's columns come from core/report/layout.py (as in the deck); its rows are measured with the real font,
and a table that would not fit its room is set in a smaller size rather than cut.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF

from market_entry_planner.core.report import layout
from market_entry_planner.core.report.builder import PARAGRAPH_SIZES
from market_entry_planner.core.report.content import (
    ACCENT,
    BODY_BOTTOM,
    BODY_TOP,
    FOOTER_TOP,
    HEADER,
    INK,
    MARGIN,
    MUTED,
    RULE,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    TITLE_TOP,
    TOTAL,
    WEAK,
    Chart,
    Paragraph,
    Report,
    Slide,
    Table,
    Tiles,
)
from market_entry_planner.gui.report.canvas import Canvas
from market_entry_planner.gui.report.charts import ChartPainter

GAP = 10.0
TILE_HEIGHT = 64.0
FILLS = {"header": HEADER, "total": TOTAL, "group": "#f7f8fa", "weak": WEAK}


def fit_page(painter, page: QRectF, margin: float = 0.0):
    """Map the slide's points onto `page` (device coordinates), centred, keeping its shape."""
    scale = min((page.width() - 2 * margin) / SLIDE_WIDTH, (page.height() - 2 * margin) / SLIDE_HEIGHT)
    painter.translate(page.left() + (page.width() - SLIDE_WIDTH * scale) / 2,
                      page.top() + (page.height() - SLIDE_HEIGHT * scale) / 2)
    painter.scale(scale, scale)


class PagePainter:
    """Paints one slide at a time on a canvas already mapped to slide points."""

    def __init__(self, canvas: Canvas, report: Report):
        self.canvas, self.report = canvas, report

    def paint(self, slide: Slide, number: int):
        canvas = self.canvas
        canvas.rect(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT, "#ffffff")
        width = SLIDE_WIDTH - 2 * MARGIN
        if slide.layout == "title":
            self.title_page(slide)
        else:
            size = 24.0
            while size > 16 and canvas.height(slide.title, width, size, True) > 36:
                size -= 1
            canvas.text(slide.title, MARGIN, TITLE_TOP, width, 36, size, ACCENT, bold=True)
            if slide.subtitle:
                canvas.text(slide.subtitle, MARGIN, TITLE_TOP + 36, width, 16, 11, MUTED, wrap=False)
            self.body(slide)
        canvas.line(MARGIN, FOOTER_TOP - 4, SLIDE_WIDTH - MARGIN, FOOTER_TOP - 4, RULE, 0.5)
        page = f"{number} / {len(self.report.slides)}"
        page_w = canvas.width(page, 8) + 2
        footer = canvas.line_height(8)
        canvas.text(self.report.footer, MARGIN, FOOTER_TOP, width - page_w - 12, footer, 8, MUTED, wrap=False)
        canvas.text(page, SLIDE_WIDTH - MARGIN - page_w, FOOTER_TOP, page_w, footer, 8, MUTED, align="r",
                    wrap=False)

    def title_page(self, slide: Slide):
        canvas = self.canvas
        width = SLIDE_WIDTH - 2 * MARGIN - 60
        canvas.rect(0, 0, 14, SLIDE_HEIGHT, ACCENT)
        size = 34.0
        while size > 20 and canvas.height(slide.title, width, size, True) > 3 * canvas.line_height(size, True):
            size -= 2
        height = canvas.height(slide.title, width, size, True)
        canvas.text(slide.title, MARGIN + 30, 150, width, height, size, ACCENT, bold=True)
        y = 150 + height + 18
        for paragraph in slide.blocks:
            size = PARAGRAPH_SIZES.get(paragraph.style, 11.0) + (2 if paragraph.style == "body" else 0)
            height = canvas.height(paragraph.text, width, size)
            canvas.text(paragraph.text, MARGIN + 30, y, width, height, size,
                        MUTED if paragraph.style == "small" else INK)
            y += height + (12 if paragraph.style == "lead" else 6)

    # -- the body
    def body(self, slide: Slide):
        x, width = MARGIN, SLIDE_WIDTH - 2 * MARGIN
        top, bottom = BODY_TOP, BODY_BOTTOM
        side = [b for b in slide.blocks if isinstance(b, (Chart, Table))] if slide.layout == "columns" else []
        stack = [b for b in slide.blocks if b not in side]
        after = []
        # notes after the last chart or table stand at the foot of the page: a table that PowerPoint grows to its
        # text (taller than estimated) runs into empty room, not over them
        while stack and isinstance(stack[-1], Paragraph) and (side or any(isinstance(b, (Chart, Table))
                                                                          for b in stack)):
            after.insert(0, stack.pop())
        for paragraph in reversed(after):
            height = self.paragraph_height(paragraph, width)
            bottom -= height
            self.paragraph(paragraph, x, bottom, width, height)
            bottom -= GAP
        if side:
            column = (width - GAP * (len(side) - 1)) / len(side)
            for k, block in enumerate(side):
                self.block(block, x + k * (column + GAP), top, column, bottom - top)
            return
        # a chart takes the room the other blocks leave; a table too, set smaller if it must (never cut)
        flexible = [b for b in stack if isinstance(b, (Chart, Table))]
        fixed = sum(self.block_height(b, width) for b in stack if b not in flexible)
        room = bottom - top - fixed - GAP * (len(stack) - 1)
        tables = [b for b in flexible if isinstance(b, Table)]
        table_heights = {id(b): self.table_layout(b, width, room / max(len(flexible), 1) if len(flexible) > 1
                                                  else room)[3] for b in tables}
        charts = [b for b in flexible if isinstance(b, Chart)]
        chart_height = (room - sum(table_heights.values())) / max(len(charts), 1)
        for block in stack:
            if isinstance(block, Chart):
                height = chart_height
            elif isinstance(block, Table):
                height = table_heights[id(block)]
            else:
                height = self.block_height(block, width)
            self.block(block, x, top, width, max(min(height, bottom - top), 0.0))
            top += height + GAP
        if top - GAP > bottom + 0.5:
            self.canvas.problems.append(f"{slide.title!r}: its blocks need {top - GAP - BODY_TOP:.0f} pt, "
                                        f"the page has {bottom - BODY_TOP:.0f}")

    def paragraph_height(self, paragraph: Paragraph, width: float) -> float:
        size = PARAGRAPH_SIZES.get(paragraph.style, 11.0)
        return self.canvas.height(paragraph.text, width, size, paragraph.style == "heading")

    def block_height(self, block, width: float) -> float:
        if isinstance(block, Paragraph):
            return self.paragraph_height(block, width)
        if isinstance(block, Tiles):
            rows = -(-len(block.tiles) // block.columns)
            return rows * self.tile_height(block, width) + (rows - 1) * GAP
        if isinstance(block, Table):
            return self.table_layout(block, width, BODY_BOTTOM - BODY_TOP)[3]
        return 0.0

    def block(self, block, x, y, width, height):
        if isinstance(block, Paragraph):
            self.paragraph(block, x, y, width, height)
        elif isinstance(block, Tiles):
            self.tiles(block, x, y, width)
        elif isinstance(block, Table):
            self.table(block, x, y, width, height)
        elif isinstance(block, Chart):
            ChartPainter(self.canvas, block).draw(x, y, width, height)

    def paragraph(self, paragraph: Paragraph, x, y, width, height):
        size = PARAGRAPH_SIZES.get(paragraph.style, 11.0)
        self.canvas.text(paragraph.text, x, y, width, height, size, MUTED if paragraph.style == "small" else INK,
                         bold=paragraph.style == "heading")

    def _below(self, tile, inner: float) -> tuple[tuple[str, ...], float]:
        """The lines under a tile's value and their size: detail and band on one line at the largest size from
        8.5 to 6.5 pt that fits, else on two lines (Italian "margine di contribuzione ¥1,82 mln · P10–P90 …")."""
        parts = tuple(t for t in (tile.detail, tile.band) if t)
        if not parts:
            return (), 8.5
        canvas, size = self.canvas, 8.5
        one = " · ".join(parts)
        while size > 6.5 and canvas.width(one, size) > inner:
            size -= 0.5
        if canvas.width(one, size) <= inner or len(parts) == 1:
            return (one,), size
        size = 8.5
        while size > 6.5 and max(canvas.width(t, size) for t in parts) > inner:
            size -= 0.5
        return parts, size

    def _column(self, tiles: Tiles, width: float) -> float:
        return (width - GAP * (tiles.columns - 1)) / tiles.columns

    def tile_height(self, tiles: Tiles, width: float) -> float:
        """Label, value and detail one under the other, in the fonts' own line heights (taller in Chinese); a
        second detail line when a tile needs one."""
        canvas = self.canvas
        inner = self._column(tiles, width) - 16
        lines = max((len(self._below(tile, inner)[0]) for tile in tiles.tiles), default=1)
        return max(TILE_HEIGHT, 12 + canvas.line_height(9.5) + canvas.line_height(19, True)
                   + max(lines, 1) * canvas.line_height(8.5))

    def tiles(self, tiles: Tiles, x, y, width):
        canvas = self.canvas
        column = self._column(tiles, width)
        tile_height = self.tile_height(tiles, width)
        label_h, value_h, detail_h = canvas.line_height(9.5), canvas.line_height(19, True), canvas.line_height(8.5)
        for k, tile in enumerate(tiles.tiles):
            left = x + (k % tiles.columns) * (column + GAP)
            top = y + (k // tiles.columns) * (tile_height + GAP)
            canvas.rect(left, top, column, tile_height, "#f4f6f9", RULE)
            inner = column - 16
            canvas.text(tile.label, left + 8, top + 5, inner, label_h, 9.5, MUTED, wrap=False)
            value = 19.0
            while value > 12 and canvas.width(tile.value, value, True) > inner:
                value -= 1
            canvas.text(tile.value, left + 8, top + 5 + label_h, inner, value_h, value, INK, bold=True, wrap=False)
            lines, size = self._below(tile, inner)
            for n, line in enumerate(lines):
                canvas.text(line, left + 8, top + 5 + label_h + value_h + 1 + n * detail_h, inner, detail_h, size,
                            MUTED, wrap=False)

    # -- tables
    def table_layout(self, table: Table, width: float, room: float):
        """(font size, column widths, row heights, total height) with the real font: the table's own size, or
        smaller until it fits `room`."""
        table = layout.fitted(table, width)
        widths = layout.column_widths(table, width)
        size = table.font_size
        while True:
            heights = [self._row_height(table.headers, widths, [1] * len(widths), size, True)]
            for i, row in enumerate(table.rows):
                heights.append(self._row_height(row, widths, layout.cell_spans(table, i), size,
                                                table.mark(i) in ("group", "total")))
            total = sum(heights)
            if total <= room + 0.5 or size <= layout.SMALLEST_TABLE_FONT:
                return size, widths, heights, total
            size -= 0.5

    def _row_height(self, cells, widths, spans, size, bold) -> float:
        tallest = 0.0
        k = 0
        for text, span in zip(cells, spans):
            if span:
                w = sum(widths[k:k + span]) - 2 * layout.CELL_PAD_X
                tallest = max(tallest, self.canvas.height(str(text), w, size, bold) if str(text) else 0.0)
            k += 1
        return max(tallest, self.canvas.line_height(size, bold)) + 2 * layout.CELL_PAD_Y

    def table(self, table: Table, x, y, width, room):
        canvas = self.canvas
        size, widths, heights, total = self.table_layout(table, width, room)
        if total > room + 0.5:
            canvas.problems.append(f"table {table.key!r} needs {total:.0f} pt, has {room:.0f}")
        top = y
        for r, row in enumerate((table.headers, *table.rows)):
            mark = "header" if r == 0 else table.mark(r - 1)
            spans = [1] * len(widths) if r == 0 else layout.cell_spans(table, r - 1)
            bold = r == 0 or mark in ("total", "group")
            height = heights[r]
            canvas.rect(x, top, width, height, FILLS.get(mark, "#ffffff"))
            left = x
            for c, (text, span) in enumerate(zip(row, spans)):
                if not span:
                    continue
                w = sum(widths[c:c + span])
                if c:  # a rule between cells, not through a label that spans several
                    canvas.line(left, top, left, top + height, "#3b5a80" if r == 0 else RULE, 0.4)
                text = str(text)
                if text:
                    needed = canvas.height(text, w - 2 * layout.CELL_PAD_X, size, bold)
                    canvas.text(text, left + layout.CELL_PAD_X,
                                top + (height - needed - layout.CELL_PAD_Y if r == 0 else layout.CELL_PAD_Y),
                                w - 2 * layout.CELL_PAD_X, needed, size, "#ffffff" if r == 0 else INK, bold=bold,
                                align=table.align[c])
                left += w
            if r:
                canvas.line(x, top + height, x + width, top + height, RULE, 0.5)
            top += height
