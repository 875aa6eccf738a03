"""The report as a PowerPoint deck (python-pptx): one slide per content slide, everything editable — text in text
boxes, tables as native tables, charts as native charts (their data opens in PowerPoint's sheet), the funnel and
the calendar as shapes.

Text sits in boxes sized from layout.py's estimate, which is on the generous side; PowerPoint (and LibreOffice)
grow a table row to its text, so nothing is cut. Chinese text names an East Asian font beside the Latin one.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

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

LATIN_FONT = "Calibri"            # PowerPoint's own; LibreOffice substitutes a sans-serif of the same width
EAST_ASIAN_FONT = "Microsoft YaHei"  # Windows' Chinese UI font; elsewhere a CJK sans-serif stands in
TILE_HEIGHT = 68.0  # room for Chinese text's taller lines
GAP = 10.0


def write_pptx(report: Report, path) -> Path:
    """Write the deck; atomically (a temporary file beside the target, then a rename)."""
    from pptx import Presentation
    from pptx.util import Pt

    path = Path(path)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Pt(SLIDE_WIDTH), Pt(SLIDE_HEIGHT)
    deck.core_properties.title = report.title
    deck.core_properties.subject = report.scenario
    deck.core_properties.language = report.language.replace("_", "-")
    blank = deck.slide_layouts[6]
    for number, content in enumerate(report.slides, start=1):
        _Slide(deck.slides.add_slide(blank), report, content, number).draw()
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pptx.tmp", dir=path.parent or ".")
    os.close(handle)
    try:
        deck.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _rgb(colour: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


def _font(font, size: float, colour: str = INK, bold: bool = False):
    """Size, colour, weight and both typefaces (Latin and East Asian) of a run or paragraph font."""
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    font.size = Pt(size)
    font.bold = bold
    font.color.rgb = _rgb(colour)
    font.name = LATIN_FONT
    properties = font._rPr if hasattr(font, "_rPr") else font._element
    latin = properties.find(qn("a:latin"))
    east_asian = properties.find(qn("a:ea"))
    if east_asian is None:
        east_asian = latin.makeelement(qn("a:ea"), {})
        latin.addnext(east_asian)
    east_asian.set("typeface", EAST_ASIAN_FONT)


class _Slide:
    def __init__(self, slide, report: Report, content: Slide, number: int):
        self.slide, self.report, self.content, self.number = slide, report, content, number
        self.line = layout.line_factor(report.language)

    # -- primitives
    def text(self, text: str, x: float, y: float, width: float, height: float, size: float, colour: str = INK,
             bold: bool = False, align: str = "l", wrap: bool = True):
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        box = self.slide.shapes.add_textbox(Pt(x), Pt(y), Pt(width), Pt(height))
        frame = box.text_frame
        frame.word_wrap = wrap
        frame.vertical_anchor = MSO_ANCHOR.TOP
        for side in ("left", "right", "top", "bottom"):
            setattr(frame, f"margin_{side}", 0)
        for k, line in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
            paragraph.alignment = {"l": PP_ALIGN.LEFT, "r": PP_ALIGN.RIGHT, "c": PP_ALIGN.CENTER}[align]
            run = paragraph.add_run()
            run.text = line
            _font(run.font, size, colour, bold)
        return box

    def rectangle(self, x: float, y: float, width: float, height: float, fill: str, line: str | None = None):
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        shape = self.slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(max(width, 0.1)),
                                            Pt(max(height, 0.1)))
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = _rgb(line)
            shape.line.width = Pt(0.5)
        style = shape._element.find(qn("p:style"))  # the theme's outline, shadow and text colour: ours instead
        if style is not None:
            shape._element.remove(style)
        return shape

    # -- the slide
    def draw(self):
        content = self.content
        if content.layout == "title":
            self.title_page()
        else:
            self.text(content.title, MARGIN, TITLE_TOP, SLIDE_WIDTH - 2 * MARGIN, 34, 24, ACCENT, bold=True)
            if content.subtitle:
                self.text(content.subtitle, MARGIN, TITLE_TOP + 34, SLIDE_WIDTH - 2 * MARGIN, 16, 11, MUTED)
            self.body()
        self.footer()
        if content.notes:
            self.slide.notes_slide.notes_text_frame.text = content.notes

    def footer(self):
        width = SLIDE_WIDTH - 2 * MARGIN
        self.rectangle(MARGIN, FOOTER_TOP - 4, width, 0.5, RULE)
        self.text(self.report.footer, MARGIN, FOOTER_TOP, width - 80, 14, 8, MUTED)
        self.text(f"{self.number} / {len(self.report.slides)}", SLIDE_WIDTH - MARGIN - 80, FOOTER_TOP, 80, 14, 8,
                  MUTED, align="r")

    def title_page(self):
        width = SLIDE_WIDTH - 2 * MARGIN - 60
        self.rectangle(0, 0, 14, SLIDE_HEIGHT, ACCENT)
        title_height = layout.text_height(self.content.title, width, 34, self.line) + 6
        self.text(self.content.title, MARGIN + 30, 150, width, title_height, 34, ACCENT, bold=True)
        y = 150 + title_height + 18
        for paragraph in self.content.blocks:
            size = PARAGRAPH_SIZES.get(paragraph.style, 11.0) + (2 if paragraph.style == "body" else 0)
            height = layout.text_height(paragraph.text, width, size, self.line) + 2
            self.text(paragraph.text, MARGIN + 30, y, width, height, size,
                      MUTED if paragraph.style == "small" else INK)
            y += height + (12 if paragraph.style == "lead" else 6)

    def body(self):
        content = self.content
        x, width = MARGIN, SLIDE_WIDTH - 2 * MARGIN
        top, bottom = BODY_TOP, BODY_BOTTOM
        side = [b for b in content.blocks if isinstance(b, (Chart, Table))] if content.layout == "columns" else []
        stack = [b for b in content.blocks if b not in side]
        after = []  # paragraphs after the last chart or table go to the bottom
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
        fixed = sum(self.block_height(b, width) for b in stack if not isinstance(b, Chart))
        charts = [b for b in stack if isinstance(b, Chart)]
        chart_height = (bottom - top - fixed - GAP * (len(stack) - 1)) / max(len(charts), 1)
        for block in stack:
            height = chart_height if isinstance(block, Chart) else self.block_height(block, width)
            self.block(block, x, top, width, height)
            top += height + GAP

    def paragraph_height(self, paragraph: Paragraph, width: float) -> float:
        return layout.text_height(paragraph.text, width, PARAGRAPH_SIZES.get(paragraph.style, 11.0), self.line) + 2

    def block_height(self, block, width: float) -> float:
        if isinstance(block, Paragraph):
            return self.paragraph_height(block, width)
        if isinstance(block, Tiles):
            rows = -(-len(block.tiles) // block.columns)
            return rows * TILE_HEIGHT + (rows - 1) * GAP
        if isinstance(block, Table):
            return layout.table_height(block, width)
        return 0.0

    def block(self, block, x, y, width, height):
        if isinstance(block, Paragraph):
            self.paragraph(block, x, y, width, height)
        elif isinstance(block, Tiles):
            self.tiles(block, x, y, width)
        elif isinstance(block, Table):
            self.table(block, x, y, width)
        elif isinstance(block, Chart):
            _ChartDrawer(self, block).draw(x, y, width, height)

    def paragraph(self, paragraph: Paragraph, x, y, width, height):
        size = PARAGRAPH_SIZES.get(paragraph.style, 11.0)
        self.text(paragraph.text, x, y, width, height, size, MUTED if paragraph.style == "small" else INK,
                  bold=paragraph.style == "heading")

    def tiles(self, tiles: Tiles, x, y, width):
        column = (width - GAP * (tiles.columns - 1)) / tiles.columns
        for k, tile in enumerate(tiles.tiles):
            left = x + (k % tiles.columns) * (column + GAP)
            top = y + (k // tiles.columns) * (TILE_HEIGHT + GAP)
            self.rectangle(left, top, column, TILE_HEIGHT, "#f4f6f9", RULE)
            self.text(tile.label, left + 8, top + 5, column - 16, 14, 9.5, MUTED)
            self.text(tile.value, left + 8, top + 20, column - 16, 27, 19, INK, bold=True)
            below = " · ".join(t for t in (tile.detail, tile.band) if t)
            if below:
                size = 8.5
                while size > 6.5 and layout.text_em(below) * size > column - 16:
                    size -= 0.5
                self.text(below, left + 8, top + 49, column - 16, 14, size, MUTED)

    def table(self, table: Table, x, y, width):
        """A native table. Its rows are written as XML in one go: python-pptx's cell API costs ~1 ms a cell
        (fill, margins, run, fonts), which made the appendix alone take a second."""
        from pptx.oxml import parse_xml
        from pptx.util import Pt

        table = layout.fitted(table, width)
        widths = layout.column_widths(table, width)
        heights = [layout.header_height(table, widths)]
        heights += [layout.data_row_height(table, i, widths) for i in range(len(table.rows))]
        shape = self.slide.shapes.add_table(len(table.rows) + 1, len(table.headers), Pt(x), Pt(y), Pt(width),
                                            Pt(sum(heights)))
        grid = shape.table
        grid.first_row = True
        grid.horz_banding = False
        for c, w in enumerate(widths):
            grid.columns[c].width = Pt(w)
        rows = []
        for r, row in enumerate((table.headers, *table.rows)):
            mark = "header" if r == 0 else table.mark(r - 1)
            spans = [1] * len(row) if r == 0 else layout.cell_spans(table, r - 1)
            fill = {"header": HEADER, "total": TOTAL, "group": "#f7f8fa", "weak": WEAK}.get(mark, "#ffffff")
            bold = r == 0 or mark in ("total", "group")
            cells = [_cell_xml(str(value), span, table.align[c], table.font_size, bold,
                               "#ffffff" if r == 0 else INK, fill, "b" if r == 0 else "t")
                     for c, (value, span) in enumerate(zip(row, spans))]
            rows.append(f'<a:tr {_NAMESPACE} h="{int(Pt(heights[r]))}">{"".join(cells)}</a:tr>')
        element = grid._tbl
        for old, new in zip(element.tr_lst, (parse_xml(row) for row in rows)):
            element.replace(old, new)


_NAMESPACE = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
_EMU_PER_PT = 12700


def _cell_xml(text: str, span: int, align: str, size: float, bold: bool, colour: str, fill: str,
              anchor: str) -> str:
    """One table cell as PowerPoint writes it: text run with both typefaces, margins, fill; a cell covered by the
    one before (a total's label) is marked hMerge, the one that covers others gridSpan."""
    merge = ' hMerge="1"' if span == 0 else (f' gridSpan="{span}"' if span > 1 else "")
    run = ""
    if text and span:
        run = (f'<a:r><a:rPr lang="en-US" sz="{round(size * 100)}" b="{1 if bold else 0}" dirty="0">'
               f'<a:solidFill><a:srgbClr val="{colour.lstrip("#").upper()}"/></a:solidFill>'
               f'<a:latin typeface="{LATIN_FONT}"/><a:ea typeface="{EAST_ASIAN_FONT}"/></a:rPr>'
               f"<a:t>{escape(text)}</a:t></a:r>")
    alignment = "r" if align == "r" else "l"
    pad_x, pad_y = int(layout.CELL_PAD_X * _EMU_PER_PT), int(layout.CELL_PAD_Y * _EMU_PER_PT)
    return (f"<a:tc{merge}><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr algn=\"{alignment}\"/>{run}</a:p>"
            f'</a:txBody><a:tcPr marL="{pad_x}" marR="{pad_x}" marT="{pad_y}" marB="{pad_y}" anchor="{anchor}">'
            f'<a:solidFill><a:srgbClr val="{fill.lstrip("#").upper()}"/></a:solidFill></a:tcPr></a:tc>')


class _ChartDrawer:
    """A chart block as a native chart (curves, bars, columns, tornado) or shapes (funnel, calendar)."""

    def __init__(self, page: _Slide, chart: Chart):
        self.page, self.chart = page, chart

    def draw(self, x, y, width, height):
        c = self.chart
        if c.title:
            self.page.text(c.title, x, y, width, 16, 11.5, INK, bold=True)
            y, height = y + 18, height - 18
        getattr(self, c.kind)(x, y, width, height)

    def _native(self, kind, data, x, y, width, height):
        from pptx.enum.chart import XL_LEGEND_POSITION
        from pptx.util import Pt

        frame = self.page.slide.shapes.add_chart(kind, Pt(x), Pt(y), Pt(width), Pt(height), data)
        chart = frame.chart
        chart.font.size = Pt(9)
        chart.font.name = LATIN_FONT
        chart.has_legend = self.chart.legend and len(self.chart.series) > 1
        if chart.has_legend:
            chart.legend.position = XL_LEGEND_POSITION.BOTTOM
            chart.legend.include_in_layout = False
        return chart

    def _value_axis(self, axis, spec, gridlines=True):
        from pptx.util import Pt

        axis.has_major_gridlines = gridlines
        if gridlines:
            axis.major_gridlines.format.line.color.rgb = _rgb(RULE)
        axis.tick_labels.number_format = spec.number_format()
        axis.tick_labels.number_format_is_linked = False
        axis.tick_labels.font.size = Pt(9)
        if spec.title:
            axis.has_title = True
            axis.axis_title.text_frame.text = spec.title
            _font(axis.axis_title.text_frame.paragraphs[0].runs[0].font, 9, MUTED)

    def curves(self, x, y, width, height):
        from pptx.chart.data import XyChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_MARKER_STYLE
        from pptx.util import Pt

        c = self.chart
        data = XyChartData()
        for series in c.series:
            line = data.add_series(series.name)
            for vx, vy in zip(series.xs, series.values):
                line.add_data_point(vx, vy)
        for marker in c.markers:  # the plan's point on each curve: a series of one point, marker only
            point = data.add_series(marker.label)
            point.add_data_point(marker.x, marker.y)
        chart = self._native(XL_CHART_TYPE.XY_SCATTER_LINES, data, x, y, width, height)
        plot = chart.plots[0]
        for k, series in enumerate(plot.series):
            if k < len(c.series):
                series.format.line.color.rgb = _rgb(c.series[k].colour)
                series.format.line.width = Pt(2.25)
                series.marker.style = XL_MARKER_STYLE.NONE
                series.smooth = False
            else:
                colour = c.markers[k - len(c.series)].colour
                series.format.line.fill.background()
                series.marker.style = XL_MARKER_STYLE.CIRCLE
                series.marker.size = 9
                series.marker.format.fill.solid()
                series.marker.format.fill.fore_color.rgb = _rgb(colour)
                series.marker.format.line.color.rgb = _rgb("#ffffff")
        if chart.has_legend:  # the curves name the channels; the points need no second entry
            from pptx.oxml.ns import qn

            legend = chart.legend._element
            for k in range(len(c.series), len(c.series) + len(c.markers)):
                entry = legend.makeelement(qn("c:legendEntry"), {})
                index = entry.makeelement(qn("c:idx"), {"val": str(k)})
                delete = entry.makeelement(qn("c:delete"), {"val": "1"})
                entry.extend([index, delete])
                legend.insert(1, entry)
        self._value_axis(chart.value_axis, c.y_axis)
        self._value_axis(chart.category_axis, c.x_axis, gridlines=False)
        chart.value_axis.minimum_scale = 0
        chart.category_axis.minimum_scale = 0
        chart.category_axis.maximum_scale = max(max(s.xs) for s in c.series) if c.series else 1

    def _bars(self, kind, x, y, width, height, reverse: bool):
        from pptx.chart.data import CategoryChartData

        c = self.chart
        data = CategoryChartData()
        data.categories = list(c.categories)
        for series in c.series:
            data.add_series(series.name, [float(v) for v in series.values])
        chart = self._native(kind, data, x, y, width, height)
        plot = chart.plots[0]
        plot.gap_width = 60
        for series, spec in zip(plot.series, c.series):
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _rgb(spec.colour)
            series.invert_if_negative = False
        self._value_axis(chart.value_axis, c.y_axis)
        chart.category_axis.reverse_order = reverse  # bars: the first category on top
        chart.category_axis.tick_labels.font.size = _pt(9)
        chart.category_axis.format.line.color.rgb = _rgb(RULE)
        return chart

    def hbars(self, x, y, width, height):
        from pptx.enum.chart import XL_CHART_TYPE

        self._bars(XL_CHART_TYPE.BAR_STACKED, x, y, width, height, reverse=True)

    def columns(self, x, y, width, height):
        from pptx.enum.chart import XL_CHART_TYPE

        self._bars(XL_CHART_TYPE.COLUMN_STACKED, x, y, width, height, reverse=False)

    def tornado(self, x, y, width, height):
        from pptx.enum.chart import XL_CHART_TYPE, XL_TICK_LABEL_POSITION

        chart = self._bars(XL_CHART_TYPE.BAR_CLUSTERED, x, y, width, height, reverse=True)
        chart.plots[0].overlap = 100
        chart.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # names left of the bars, not on 0

    def funnel(self, x, y, width, height):
        """One bar per stage, its length on a log scale, the stage's figures above it: shapes."""
        c = self.chart
        rows = len(c.series)
        step = height / max(rows, 1)
        label_width = 130.0
        longest = max((s.values[0] for s in c.series), default=1.0) or 1.0
        for k, (series, label) in enumerate(zip(c.series, c.labels)):
            top = y + k * step
            self.page.text(c.categories[k], x, top + step * 0.35, label_width - 10, 16, 11, INK, bold=True)
            bar = (width - label_width) * 0.9 * series.values[0] / longest
            self.page.rectangle(x + label_width, top + step * 0.4, bar, step * 0.42, series.colour)
            self.page.text(label, x + label_width, top + step * 0.4 - 16, width - label_width, 15, 10, INK)

    def gantt(self, x, y, width, height):
        """Lines as bars over the period, festivals shaded behind them, a month scale below: shapes."""
        c = self.chart
        first, last = c.period
        days = max((last - first).days + 1, 1)
        label_width = min(230.0, width * 0.3)
        left, right = x + label_width, x + width
        axis_height, band_label = 16.0, 14.0
        top = y + band_label
        rows = max((s.row for s in c.spans), default=-1) + 1
        row_height = min(22.0, (height - axis_height - band_label) / max(rows, 1))

        def at(day):
            return left + (right - left) * (min(max((day - first).days, 0), days)) / days

        for band in c.bands:
            start, end = at(band.start), at(band.end) + (right - left) / days
            self.page.rectangle(start, top, max(end - start, 1.0), rows * row_height, "#fbe3b5")
        named_until = -1.0
        for band in sorted(c.bands, key=lambda b: b.start):  # names above the shading, never on each other:
            start = at(band.start)                              # a name that would overlap the one before is left
            size = layout.text_em(band.label) * 7.5 + 4       # out (its shading stays; the appendix lists it)
            if start < named_until:
                continue
            self.page.text(band.label, start, y, size + 4, band_label, 7.5, "#9a6a00")
            named_until = start + size
        for span in c.spans:
            row_top = top + span.row * row_height
            label, size = fit_label(span.label, label_width - 8, min(8.5, row_height * 0.6))
            self.page.text(label, x, row_top + (row_height - size * self.page.line) / 2, label_width - 6,
                           size * self.page.line, size, INK)
            start, end = at(span.start), at(span.end) + (right - left) / days
            self.page.rectangle(start, row_top + row_height * 0.2, max(end - start, 1.5), row_height * 0.6,
                                span.colour)
        base = top + rows * row_height
        self.page.rectangle(left, base, right - left, 0.6, MUTED)
        for k, (day, name) in enumerate(c.months):  # a tick where each month starts, its name in the middle
            position = at(day)
            end = at(c.months[k + 1][0]) if k + 1 < len(c.months) else right
            self.page.rectangle(position, base, 0.6, 4, MUTED)
            self.page.text(name, position, base + 4, max(end - position, 1.0), axis_height, 7.5, MUTED, align="c")


def fit_label(text: str, width: float, size: float, smallest: float = 6.5) -> tuple[str, float]:
    """A label that fits `width` on one line: a smaller font first, then cut with an ellipsis."""
    while size > smallest and layout.text_em(text) * size > width:
        size -= 0.5
    if layout.text_em(text) * size <= width:
        return text, size
    while text and layout.text_em(text + "…") * size > width:
        text = text[:-1]
    return text.rstrip() + "…", size


def _pt(size: float):
    from pptx.util import Pt

    return Pt(size)
