"""The report's charts drawn with QPainter, as vectors, from core/report's chart data: the same series the
PowerPoint deck holds as native charts. Every label is measured before it is placed: tick labels thin out rather
than touch, category names wrap rather than run into the bars, festival names that would collide are left to
the shading."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen

from market_entry_planner.core.report.content import INK, MUTED, RULE, Axis, Chart
from market_entry_planner.gui.report.canvas import Canvas

TICK_SIZE = 8.0
LABEL_SIZE = 8.5
LEGEND_SIZE = 8.5
TITLE_SIZE = 11.0
FESTIVAL_SHADE = "#fbe3b5"
FESTIVAL_TEXT = "#8a5d00"


def nice_ticks(low: float, high: float, most: int = 6) -> list[float]:
    """Round ticks covering [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low]
    raw = (high - low) / max(most, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step + 1e-9) * step
    ticks, value = [], first
    while value <= high + step * 1e-6:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high - 1e-9:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


class ChartPainter:
    def __init__(self, canvas: Canvas, chart: Chart):
        self.canvas, self.chart = canvas, chart

    def draw(self, x: float, y: float, width: float, height: float):
        c = self.chart
        if c.title:
            h = self.canvas.height(c.title, width, TITLE_SIZE, True)
            self.canvas.text(c.title, x, y, width, h, TITLE_SIZE, INK, bold=True)
            y, height = y + h + 4, height - h - 4
        getattr(self, c.kind)(x, y, width, height)

    # -- pieces
    def tick_text(self, axis: Axis, value: float, step: float) -> str:
        # as many decimals as the step needs (¥1m, ¥1.5m), the same on every tick of the axis
        decimals = 0 if step >= 1 or step == 0 else min(3, math.ceil(-math.log10(step) - 1e-9))
        if decimals and abs(step * 10 ** decimals - round(step * 10 ** decimals)) > 1e-6:
            decimals += 1  # a step of 0.25
        number = self.canvas.numbers.number(abs(value), decimals)
        return f"{'−' if value < -1e-12 else ''}{axis.prefix}{number}{axis.suffix}"

    def legend(self, x: float, y: float, width: float, entries) -> float:
        """Coloured squares and names in rows below a plot; returns the height used (0 without entries)."""
        if not entries:
            return 0.0
        line = self.canvas.line_height(LEGEND_SIZE)
        rows = self._legend_rows(width, entries)
        top = y
        for row in rows:
            total = sum(w for _, _, w in row) + 14 * (len(row) - 1)
            left = x + (width - total) / 2
            for name, colour, w in row:
                self.canvas.rect(left, top + line / 2 - 4, 8, 8, colour)
                self.canvas.text(name, left + 11, top, w - 11, line, LEGEND_SIZE, INK, wrap=False)
                left += w + 14
            top += line + 2
        return top - y

    def _legend_rows(self, width: float, entries):
        rows, row, used = [], [], 0.0
        for name, colour in entries:
            w = self.canvas.width(name, LEGEND_SIZE) + 12
            if row and used + 14 + w > width:
                rows.append(row)
                row, used = [], 0.0
            row.append((name, colour, min(w, width)))
            used += w + (14 if used else 0)
        if row:
            rows.append(row)
        return rows

    def legend_height(self, width: float, entries) -> float:
        if not entries:
            return 0.0
        return len(self._legend_rows(width, entries)) * (self.canvas.line_height(LEGEND_SIZE) + 2)

    def _series_entries(self):
        c = self.chart
        return [(s.name, s.colour) for s in c.series] if c.legend and len(c.series) > 1 else []

    def value_ticks(self, low: float, high: float, length: float, axis: Axis, horizontal: bool) -> list[float]:
        """Ticks whose labels fit the axis's length with room between them."""
        for most in (8, 6, 5, 4, 3, 2):
            ticks = nice_ticks(low, high, most)
            step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
            labels = [self.tick_text(axis, t, step) for t in ticks]
            if horizontal:
                need = max(self.canvas.width(t, TICK_SIZE) for t in labels) + 8
            else:
                need = self.canvas.line_height(TICK_SIZE) + 4
            if need * (len(ticks) - 1) <= length or most == 2:
                return ticks
        return ticks

    # -- x–y curves
    def curves(self, x, y, width, height):
        c, canvas = self.chart, self.canvas
        entries = self._series_entries()
        legend = self.legend_height(width, entries)
        line = canvas.line_height(TICK_SIZE)
        x_max = max((max(s.xs) for s in c.series if s.xs), default=1.0) or 1.0
        y_max = max([max(s.values) for s in c.series if s.values] + [m.y for m in c.markers] + [1e-9]) * 1.05
        title_h = canvas.line_height(LABEL_SIZE)
        plot_bottom = y + height - legend - (6 if legend else 0) - line - 4 - title_h - 2
        y_ticks = self.value_ticks(0.0, y_max, plot_bottom - y, c.y_axis, horizontal=False)
        y_step = y_ticks[1] - y_ticks[0] if len(y_ticks) > 1 else 1.0
        y_labels = [self.tick_text(c.y_axis, t, y_step) for t in y_ticks]
        label_w = max(canvas.width(t, TICK_SIZE) for t in y_labels) + 6
        plot_left = x + title_h + 4 + label_w
        plot_right = x + width - canvas.width(self.tick_text(c.x_axis, x_max, 1.0), TICK_SIZE) / 2 - 2
        plot_top = y + line / 2
        top_value = y_ticks[-1]

        def px(v):
            return plot_left + (plot_right - plot_left) * v / x_max

        def py(v):
            return plot_bottom - (plot_bottom - plot_top) * v / top_value

        for t, label in zip(y_ticks, y_labels):
            canvas.line(plot_left, py(t), plot_right, py(t), RULE, 0.5)
            canvas.text(label, plot_left - label_w, py(t) - line / 2, label_w - 5, line, TICK_SIZE, MUTED,
                        align="r", wrap=False)
        x_ticks = [t for t in self.value_ticks(0.0, x_max, plot_right - plot_left, c.x_axis, horizontal=True)
                   if t <= x_max + 1e-9]
        x_step = x_ticks[1] - x_ticks[0] if len(x_ticks) > 1 else 1.0
        for t in x_ticks:
            label = self.tick_text(c.x_axis, t, x_step)
            w = canvas.width(label, TICK_SIZE) + 2
            canvas.line(px(t), plot_bottom, px(t), plot_bottom + 3, MUTED, 0.5)
            if t == 0:  # the first from the axis on, clear of the value axis's lowest label
                canvas.text(label, px(t), plot_bottom + 4, w, line, TICK_SIZE, MUTED, wrap=False)
            else:
                canvas.text(label, px(t) - w / 2, plot_bottom + 4, w, line, TICK_SIZE, MUTED, align="c", wrap=False)
        canvas.line(plot_left, plot_bottom, plot_right, plot_bottom, MUTED, 0.6)
        if c.x_axis.title:
            canvas.text(c.x_axis.title, plot_left, plot_bottom + 4 + line + 2, plot_right - plot_left, title_h,
                        LABEL_SIZE, MUTED, align="c", wrap=False)
        if c.y_axis.title:
            self._vertical_title(c.y_axis.title, x, plot_top, plot_bottom - plot_top, title_h)
        painter = canvas.painter
        painter.save()
        painter.setClipRect(QRectF(plot_left, plot_top - 2, plot_right - plot_left + 2, plot_bottom - plot_top + 4))
        for s in c.series:
            path = QPainterPath()
            for k, (vx, vy) in enumerate(zip(s.xs, s.values)):
                point = QPointF(px(vx), py(vy))
                path.moveTo(point) if k == 0 else path.lineTo(point)
            pen = QPen(QColor(s.colour), 2.0)
            if s.dashed:
                pen.setStyle(Qt.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.NoBrush)
            painter.drawPath(path)
        painter.restore()
        for m in c.markers:
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(QBrush(QColor(m.colour)))
            painter.drawEllipse(QPointF(px(m.x), py(m.y)), 4.5, 4.5)
        self.legend(x, y + height - legend, width, entries)

    def _vertical_title(self, text: str, x: float, top: float, length: float, size_h: float):
        painter = self.canvas.painter
        painter.save()
        painter.translate(x, top + length)
        painter.rotate(-90)
        self.canvas.text(text, 0, 0, length, size_h, LABEL_SIZE, MUTED, align="c", wrap=False)
        painter.restore()
        self.canvas.drawn.pop()  # turned on its side: its box is not where the page's other texts are

    # -- bars: one row (hbars, tornado) or column (columns) per category, series stacked
    def _category_labels(self, width_room: float, size: float = LABEL_SIZE) -> float:
        """The width of the category names' column: the widest name, wrapped to two lines if it must."""
        widest = max((self.canvas.width(name, size) for name in self.chart.categories), default=0.0) + 6
        return min(widest, width_room)

    def hbars(self, x, y, width, height, diverging: bool = False):
        c, canvas = self.chart, self.canvas
        entries = self._series_entries()
        legend = self.legend_height(width, entries)
        line = canvas.line_height(TICK_SIZE)
        label_w = self._category_labels(width * 0.42)
        plot_left, plot_right = x + label_w + 6, x + width - 14
        axis_h = line + 6
        plot_top = y + axis_h
        plot_bottom = y + height - legend - (8 if legend else 0)
        if c.y_axis.title:
            plot_bottom -= canvas.line_height(LABEL_SIZE) + 2
        if diverging:
            lows = [min([0.0] + [s.values[i] for s in c.series]) for i in range(len(c.categories))]
            highs = [max([0.0] + [s.values[i] for s in c.series]) for i in range(len(c.categories))]
            low, high = min(lows + [0.0]), max(highs + [0.0])
        else:
            totals = [sum(max(s.values[i], 0.0) for s in c.series) for i in range(len(c.categories))]
            low, high = 0.0, max(totals + [1e-9])
        ticks = self.value_ticks(low, high, plot_right - plot_left, c.y_axis, horizontal=True)
        low, high = min(ticks[0], low), max(ticks[-1], high)
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0

        def px(v):
            return plot_left + (plot_right - plot_left) * (v - low) / ((high - low) or 1.0)

        for t in ticks:
            label = self.tick_text(c.y_axis, t, step)
            w = canvas.width(label, TICK_SIZE) + 2
            canvas.line(px(t), plot_top, px(t), plot_bottom, RULE, 0.5)
            canvas.text(label, px(t) - w / 2, y, w, line, TICK_SIZE, MUTED, align="c", wrap=False)
        rows = max(len(c.categories), 1)
        band = (plot_bottom - plot_top) / rows
        bar = min(band * 0.62, 34.0)
        for i, name in enumerate(c.categories):
            middle = plot_top + band * (i + 0.5)
            size = LABEL_SIZE
            while size > 6.5 and canvas.height(name, label_w - 6, size) > band - 2:
                size -= 0.5
            h = canvas.height(name, label_w - 6, size)
            canvas.text(name, x, middle - h / 2, label_w - 6, h, size, INK, align="r")
            if diverging:
                for s in c.series:
                    v = s.values[i]
                    left, right = sorted((px(0.0), px(v)))
                    canvas.rect(left, middle - bar / 2, right - left, bar, s.colour)
            else:
                left = 0.0
                for s in c.series:
                    v = max(s.values[i], 0.0)
                    if v > 0:
                        canvas.rect(px(left), middle - bar / 2, px(left + v) - px(left), bar, s.colour)
                    left += v
        canvas.line(px(0.0) if diverging else plot_left, plot_top, px(0.0) if diverging else plot_left, plot_bottom,
                    MUTED, 0.8)
        if c.y_axis.title:
            canvas.text(c.y_axis.title, plot_left, plot_bottom + 2, plot_right - plot_left,
                        canvas.line_height(LABEL_SIZE), LABEL_SIZE, MUTED, align="c", wrap=False)
        self.legend(x, y + height - legend, width, entries)

    def tornado(self, x, y, width, height):
        self.hbars(x, y, width, height, diverging=True)

    def columns(self, x, y, width, height):
        c, canvas = self.chart, self.canvas
        entries = self._series_entries()
        legend = self.legend_height(width, entries)
        line = canvas.line_height(TICK_SIZE)
        totals = [sum(max(s.values[i], 0.0) for s in c.series) for i in range(len(c.categories))]
        plot_top = y + line / 2
        plot_bottom = y + height - legend - (8 if legend else 0) - line - 6
        ticks = self.value_ticks(0.0, max(totals + [1e-9]), plot_bottom - plot_top, c.y_axis, horizontal=False)
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        labels = [self.tick_text(c.y_axis, t, step) for t in ticks]
        label_w = max(canvas.width(t, TICK_SIZE) for t in labels) + 6
        plot_left, plot_right = x + label_w, x + width
        top_value = ticks[-1] or 1.0

        def py(v):
            return plot_bottom - (plot_bottom - plot_top) * v / top_value

        for t, label in zip(ticks, labels):
            canvas.line(plot_left, py(t), plot_right, py(t), RULE, 0.5)
            canvas.text(label, x, py(t) - line / 2, label_w - 5, line, TICK_SIZE, MUTED, align="r", wrap=False)
        columns = max(len(c.categories), 1)
        band = (plot_right - plot_left) / columns
        bar = band * 0.62
        widest = max((canvas.width(name, TICK_SIZE) for name in c.categories), default=0.0) + 4
        every = max(1, math.ceil(widest / band))  # names that would touch: every other one (or fewer)
        for i, name in enumerate(c.categories):
            centre = plot_left + band * (i + 0.5)
            bottom = 0.0
            for s in c.series:
                v = max(s.values[i], 0.0)
                if v > 0:
                    canvas.rect(centre - bar / 2, py(bottom + v), bar, py(bottom) - py(bottom + v), s.colour)
                bottom += v
            if i % every == 0:
                w = min(band * every, widest + 4)
                canvas.text(name, centre - w / 2, plot_bottom + 4, w, line, TICK_SIZE, MUTED, align="c", wrap=False)
        canvas.line(plot_left, plot_bottom, plot_right, plot_bottom, MUTED, 0.8)
        self.legend(x, y + height - legend, width, entries)

    # -- the funnel: a bar per stage on a log scale, its figures above it
    def funnel(self, x, y, width, height):
        c, canvas = self.chart, self.canvas
        rows = max(len(c.series), 1)
        band = height / rows
        label_w = max((canvas.width(name, 11, True) for name in c.categories), default=0.0) + 14
        longest = max((s.values[0] for s in c.series), default=1.0) or 1.0
        line = canvas.line_height(10)
        for k, (series, label) in enumerate(zip(c.series, c.labels)):
            top = y + k * band
            bar_top = top + line + 4
            bar_h = min(band - line - 10, 30.0)
            h = canvas.line_height(11, True)
            canvas.text(c.categories[k], x, bar_top + bar_h / 2 - h / 2, label_w - 8, h, 11, INK, bold=True,
                        wrap=False)
            length = (width - label_w) * 0.95 * series.values[0] / longest
            canvas.rect(x + label_w, bar_top, length, bar_h, series.colour)
            canvas.text(label, x + label_w, top, width - label_w, line, 10, INK, wrap=False)

    # -- the calendar: lines as bars over the period, festivals shaded behind, months below
    def gantt(self, x, y, width, height):
        c, canvas = self.chart, self.canvas
        first, last = c.period
        days = max((last - first).days + 1, 1)
        rows = max((s.row for s in c.spans), default=-1) + 1
        festival_line = canvas.line_height(7.5)
        month_line = canvas.line_height(TICK_SIZE)
        top = y + festival_line + 3
        row_h = min(22.0, (height - festival_line - 3 - month_line - 8) / max(rows, 1))
        label_size = max(6.5, min(8.5, row_h * 0.62))
        widest = max((canvas.width(s.label, label_size) for s in c.spans), default=0.0) + 8
        label_w = min(widest, width * 0.3)
        left, right = x + label_w, x + width

        def at(day):
            return left + (right - left) * min(max((day - first).days, 0), days) / days

        day_w = (right - left) / days
        for band in c.bands:
            start = at(band.start)
            canvas.rect(start, top, max(at(band.end) + day_w - start, 1.0), rows * row_h, FESTIVAL_SHADE)
        named_until = -1.0
        for band in sorted(c.bands, key=lambda b: b.start):
            start = at(band.start)
            w = canvas.width(band.label, 7.5) + 2
            if start < named_until or start + w > right + 1:
                continue  # its name would touch the one before: the shading stays, the appendix names it
            canvas.text(band.label, start, y, w, festival_line, 7.5, FESTIVAL_TEXT, wrap=False)
            named_until = start + w + 4
        every = 1
        while row_h * every < canvas.line_height(6.5) + 1:
            every += 1  # rows too thin to name each: every k-th
        for span in c.spans:
            row_top = top + span.row * row_h
            if span.row % every == 0:
                label = self._fit(span.label, label_w - 8, label_size)
                h = canvas.line_height(label_size)
                canvas.text(label, x, row_top + (row_h * every - h) / 2 if every > 1 else row_top + (row_h - h) / 2,
                            label_w - 6, h, label_size, INK, wrap=False)
            start = at(span.start)
            canvas.rect(start, row_top + row_h * 0.2, max(at(span.end) + day_w - start, 1.5), row_h * 0.6,
                        span.colour)
        base = top + rows * row_h
        canvas.line(left, base, right, base, MUTED, 0.6)
        months = list(c.months)
        widest_month = max((canvas.width(name, TICK_SIZE) for _, name in months), default=0.0) + 4
        month_w = (right - left) / max(len(months), 1)
        step = max(1, math.ceil(widest_month / max(month_w, 1e-6)))
        for k, (day, name) in enumerate(months):
            position = at(day)
            canvas.line(position, base, position, base + 4, MUTED, 0.5)
            if k % step:
                continue
            end = at(months[k + step][0]) if k + step < len(months) else right
            canvas.text(name, position, base + 4, max(end - position, widest_month), month_line, TICK_SIZE, MUTED,
                        align="c", wrap=False)

    def _fit(self, text: str, width: float, size: float) -> str:
        """A name cut with an ellipsis where it is wider than its column (the plan table has it whole)."""
        if self.canvas.width(text, size) <= width:
            return text
        while text and self.canvas.width(text + "…", size) > width:
            text = text[:-1]
        return text.rstrip() + "…"
