"""The Calendar: a Gantt of the plan's lines over its period, the festivals shaded behind them, and the people
reached so far, week by week, below.

Three plots share the date axis (x-linked): a festival strip on top (one lane per overlapping festival, its name
beside its days), the lines (one row each, coloured by channel, pale when a line has no dates and so runs all
period), and the cumulative deduplicated reach from core's weekly flighting (its last point is the headline
reach). Items are made once and updated with setData/setOpts; festival items are pooled and reused.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics

from market_entry_planner.gui.charts.calendar_axis import DAY, CalendarAxis, seconds, years_text
from market_entry_planner.gui.charts.hover import HoverLabel
from market_entry_planner.gui.charts.lazy import BuiltWhenFirstDrawn
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import (
    OKABE_ITO,
    CompactAxis,
    channel_colour,
    legend_for,
    outline,
    palette_colours,
)
from market_entry_planner.gui.i18n import channel_text, data_text
from market_entry_planner.gui.models.flighting import FlightingSource, day_text, festival_text

BAR = 0.64
FESTIVAL = OKABE_ITO["yellow"]  # no channel's colour: Kuaishou's orange beside a festival's would read alike
REACH, EFFECTIVE = "#4e79a7", "#1f9e89"
LANE_PX = 18         # height of one lane of festival names
LABEL_WIDTH = 140    # pixels of a line's name on the left axis on a narrow chart; more on a wide one
LABEL_SHARE = 0.34   # up to this share of the chart's width, when names are longer
LABEL_MAX = 260
ROW_PX = 13          # a line's name is shown when its row has at least this many pixels (else every k-th)


def _seconds(frame_column) -> np.ndarray:
    """A pandas datetime column as seconds since 1970 (the axis's unit)."""
    return frame_column.to_numpy(dtype="datetime64[s]").astype(np.int64).astype(float)


def _lanes(starts: np.ndarray, label_ends: np.ndarray) -> np.ndarray:
    """The lane of each festival (sorted by start): the first lane whose last name ends before it starts."""
    ends: list[float] = []
    lanes = np.zeros(len(starts), dtype=int)
    for i in np.argsort(starts, kind="stable"):
        lane = next((k for k, end in enumerate(ends) if end <= starts[i]), len(ends))
        if lane == len(ends):
            ends.append(0.0)
        ends[lane] = label_ends[i]
        lanes[i] = lane
    return lanes


class FlightingChart(BuiltWhenFirstDrawn, ChartPanel):
    def __init__(self, document, source: FlightingSource, parent=None):
        super().__init__(document, self.tr("Calendar: lines, festivals and reach week by week"), parent)
        self.source = source
        self.selected_row: int | None = None
        self.bar_height = BAR
        self._shown = None   # the Flighting drawn
        self._starts = self._ends = np.zeros(0)
        self._week_starts = np.zeros(0)
        self._festivals = None
        self._labels: list[str] = []
        self.hint.setText(self.tr("Lines from start to end (pale: no dates, so the whole period), festivals shaded; "
                                  "below, people reached so far, each counted once. Hover for a week's numbers."))
        self._stale = True  # made and drawn when first shown: the flighting (and pandas) load on demand

    def build(self):
        g = self.graphics
        self.festival_plot = g.addPlot(row=0, col=0, axisItems={"bottom": CalendarAxis("bottom")})
        self.gantt_plot = g.addPlot(row=1, col=0, axisItems={"bottom": CalendarAxis("bottom")})
        self.reach_plot = g.addPlot(row=2, col=0, axisItems={"bottom": CalendarAxis("bottom"),
                                                             "left": CompactAxis("left")})
        for plot in self.plots():
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
        self.festival_plot.hideAxis("bottom")
        self.festival_plot.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.festival_plot.invertY(True)
        self.gantt_plot.hideAxis("bottom")
        self.gantt_plot.invertY(True)  # line 1 on top, as in the table
        self.gantt_plot.setXLink(self.reach_plot)
        self.festival_plot.setXLink(self.reach_plot)
        self.reach_plot.setLabel("left", self.tr("People reached"))
        layout = g.ci.layout
        layout.setRowStretchFactor(1, 5)
        layout.setRowStretchFactor(2, 2)
        layout.setVerticalSpacing(2)

        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR)
        self.selected_bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR + 0.16, brush=None)
        self.selected_bar.setZValue(5)
        self.gantt_plot.addItem(self.bars)
        self.gantt_plot.addItem(self.selected_bar)
        self.festival_bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.8,
                                             brush=FESTIVAL, pen=pg.mkPen(outline(FESTIVAL)))
        self.festival_plot.addItem(self.festival_bars)
        self.festival_names: list[pg.TextItem] = []
        self.shading: list[tuple[pg.LinearRegionItem, pg.LinearRegionItem]] = []
        self.reach_curve = pg.PlotDataItem(pen=pg.mkPen(REACH, width=2.5))
        self.effective_curve = pg.PlotDataItem(pen=pg.mkPen(EFFECTIVE, width=2, style=Qt.DashLine))
        self.reach_end = pg.TextItem(anchor=(1, 1))
        self.reach_plot.addItem(self.reach_curve)
        self.reach_plot.addItem(self.effective_curve)
        self.reach_plot.addItem(self.reach_end, ignoreBounds=True)
        self.cursors = [pg.InfiniteLine(angle=90, movable=False) for _ in range(2)]
        for plot, cursor in zip((self.gantt_plot, self.reach_plot), self.cursors):
            cursor.setZValue(20)
            cursor.hide()
            plot.addItem(cursor, ignoreBounds=True)
        self.hover = HoverLabel(g)
        self.legend = None
        self._legend_key = None
        self.mouse_proxy = pg.SignalProxy(g.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        self.gantt_plot.vb.sigResized.connect(self._resized)
        self._recolour()

    def make_graphics(self):
        return pg.GraphicsLayoutWidget()

    def plots(self):
        return [p for p in (getattr(self, n, None) for n in ("festival_plot", "gantt_plot", "reach_plot"))
                if p is not None]

    # -- drawing
    def refresh(self):
        self.ensure_built()
        flighting = self.source.flighting()
        self._shown = flighting
        if flighting is None:
            # pyqtgraph cannot take empty lists of pens: back to one pen and brush
            self.bars.setOpts(x0=[], y=[], width=[], pens=None, brushes=None, pen=None, brush=None)
            self.selected_bar.setOpts(x0=[], y=[], width=[])
            for curve in (self.reach_curve, self.effective_curve):
                curve.setData([], [])
            self.reach_end.setText("")
            self._show_festivals(None)
            return
        spans = flighting.spans
        n = len(spans)
        self._starts = _seconds(spans["start"])
        self._ends = _seconds(spans["end"]) + DAY  # a line runs to the end of its last day
        channels = self.document.results.compiled.channels
        brushes, pens = [], []
        for channel, dated, budget in zip(spans["channel"], spans["dated"], spans["budget"]):
            colour = QColor(channel_colour(channel, channels.index(channel) if channel in channels else 0))
            if not dated or budget <= 0:
                colour.setAlpha(80)
            brushes.append(pg.mkBrush(colour))
            pens.append(pg.mkPen(colour.darker(130), width=1, style=Qt.SolidLine if dated else Qt.DashLine))
        rows = np.arange(n, dtype=float)
        if not n:
            brushes = pens = None
        # rows a few pixels thin: no outlines (they would hide the colours), bars filling their rows
        dense = n and self.gantt_plot.vb.height() * BAR / n < 6
        if dense:
            pens = [pg.mkPen(None)] * n
        self.bar_height = 0.92 if dense else BAR
        self.bars.setOpts(x0=self._starts, y=rows, width=self._ends - self._starts, height=self.bar_height,
                          brushes=brushes, pens=pens)
        first, last = seconds(flighting.period[0]), seconds(flighting.period[1]) + DAY
        margin = max((last - first) * 0.04, DAY)  # room for the first month's name
        self.reach_plot.setXRange(first - margin, last + margin, padding=0)
        self.reach_plot.setLabel("bottom", years_text(*flighting.period))
        self.gantt_plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        self._row_labels(spans)
        self._ensure_legend(channels)

        weeks = flighting.weeks
        self._week_starts = _seconds(weeks["start"])
        x = np.append(self._week_starts[:1], _seconds(weeks["end"]) + DAY)
        reach = np.append(0.0, weeks["reach"].to_numpy())
        self.reach_curve.setData(x, reach)
        self.effective_curve.setData(x, np.append(0.0, weeks["effective_reach"].to_numpy()))
        top = float(reach.max(initial=0.0))
        self.reach_plot.setYRange(0, max(top, 1.0) * 1.3, padding=0)  # room for the last week's number above
        if len(weeks):
            self.reach_end.setText(self.formatter.count(float(reach[-1])))
            self.reach_end.setPos(float(x[-1]), float(reach[-1]))
        self._show_festivals(flighting.festivals)
        self._show_selection()

    def _label_room(self) -> int:
        """Pixels for a line's name: a third of the chart's width, at least LABEL_WIDTH, at most LABEL_MAX."""
        return int(min(LABEL_MAX, max(LABEL_WIDTH, self.graphics.width() * LABEL_SHARE)))

    def _row_labels(self, spans):
        """Line names on the left axis, shortened to fit, every k-th when the rows are too thin to hold them all."""
        self._spans_labelled, room = spans, self._label_room()
        self._labelled_room = room
        metrics = QFontMetrics(self.gantt_plot.getAxis("left").font() if hasattr(
            self.gantt_plot.getAxis("left"), "font") else self.font())
        tactics = self.document.plan.tactics
        labels = []
        for row, (name, channel, tactic) in enumerate(zip(spans["name"], spans["channel"], spans["tactic"])):
            if not name:
                name = f"{channel_text(channel)} · {data_text(tactics[tactic].label) if tactic in tactics else tactic}"
            labels.append(metrics.elidedText(f"{row + 1}  {name}", Qt.ElideMiddle, room))  # keeps "· 2027-07"
        self._labels = labels
        self._label_width = min(max((metrics.horizontalAdvance(t) for t in labels), default=40) + 14, room + 14)
        for plot in self.plots():
            plot.getAxis("left").setWidth(self._label_width)
        self._place_row_labels()

    def _place_row_labels(self):
        labels = self._labels
        height = max(self.gantt_plot.vb.height(), 1.0)
        every = max(1, math.ceil(len(labels) * ROW_PX / height))
        self.gantt_plot.getAxis("left").setTicks([[(i, t) for i, t in enumerate(labels) if i % every == 0], []])

    def _show_festivals(self, festivals):
        """Shade each festival in the period behind the lines and the reach, and name it in the strip above."""
        count = 0 if festivals is None else len(festivals)
        while len(self.shading) < count:
            pair = []
            for plot in (self.gantt_plot, self.reach_plot):
                region = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(QColor(FESTIVAL).red(),
                                                                            QColor(FESTIVAL).green(),
                                                                            QColor(FESTIVAL).blue(), 38),
                                             pen=pg.mkPen(None))
                region.setZValue(-10)
                plot.addItem(region, ignoreBounds=True)
                pair.append(region)
            self.shading.append(tuple(pair))
            name = pg.TextItem(anchor=(0, 0.5), color=palette_colours()[1])
            font = name.textItem.font()
            font.setPointSizeF(8.0)
            name.setFont(font)
            name.textItem.document().setDocumentMargin(1)
            name.setZValue(2)
            self.festival_plot.addItem(name, ignoreBounds=True)
            self.festival_names.append(name)
        for i, (pair, name) in enumerate(zip(self.shading, self.festival_names)):
            visible = i < count
            for region in pair:
                region.setVisible(visible)
            name.setVisible(visible)
            if not visible:
                name.setText("")
        if not count:
            self.festival_bars.setOpts(x0=[], y=[], width=[])
            self._festivals = None
            return
        starts = _seconds(festivals["start"])
        ends = _seconds(festivals["end"]) + DAY
        for i in range(count):
            for region in self.shading[i]:
                region.setRegion((starts[i], ends[i]))
            self.festival_names[i].setText(festival_text(festivals["label"].iloc[i]))
            tip = self.tr("{0} {1}: {2} – {3}").format(
                festival_text(festivals["label"].iloc[i]), festivals["year"].iloc[i],
                day_text(festivals["start"].iloc[i]), day_text(festivals["end"].iloc[i]))
            self.festival_names[i].setToolTip(tip)
        self._festivals = (festivals, starts, ends)
        self._place_festival_names()

    def _place_festival_names(self):
        """Lanes so that no two names overlap at the chart's current width; the strip is as tall as its lanes."""
        if self._festivals is None:
            return
        festivals, starts, ends = self._festivals
        view = self.gantt_plot.vb  # x-linked to the reach plot, and the one whose resizing calls here
        per_px = view.viewPixelSize()[0] or DAY
        right = view.viewRange()[0][1]
        widths = np.array([self.festival_names[i].boundingRect().width() + 8 for i in range(len(starts))]) * per_px
        # a name stands right of its marker, never on it; one that would run off the right edge stands left of it
        gap = 3 * per_px
        names_at = np.where(ends + gap + widths <= right, ends + gap, starts - gap - widths)
        lanes = _lanes(np.minimum(names_at, starts), np.maximum(ends, names_at + widths))
        self.festival_bars.setOpts(x0=starts, y=lanes.astype(float), width=ends - starts, height=0.6)
        for i, lane in enumerate(lanes):
            self.festival_names[i].setPos(float(names_at[i]) + 2 * per_px, float(lane))
        count = int(lanes.max(initial=0)) + 1
        self.festival_plot.setYRange(-0.5, count - 0.5, padding=0)
        # the lanes get LANE_PX each: the plot's axes and margins come on top
        extra = max(0.0, self.festival_plot.height() - self.festival_plot.vb.height())
        height = count * LANE_PX + 4 + extra
        if abs(self.festival_plot.height() - height) > 0.5:
            self.festival_plot.setFixedHeight(height)

    def _resized(self):
        spans = getattr(self, "_spans_labelled", None)
        if spans is not None and self._label_room() != self._labelled_room:
            self._row_labels(spans)  # wider or narrower: names shortened to the new room
        self._place_row_labels()
        self._place_festival_names()

    def _ensure_legend(self, channels):
        n = self.document.plan.market.effective_frequency
        key = (tuple(channels), n)
        if key == self._legend_key:
            return
        if self.legend is not None:
            self.graphics.removeItem(self.legend)
            self.graphics.legends.remove(self.legend)
        items = [(pg.BarGraphItem(x0=[], y=[], width=[], height=1, brush=channel_colour(c, i)), channel_text(c))
                 for i, c in enumerate(channels)]
        items.append((pg.BarGraphItem(x0=[], y=[], width=[], height=1,
                                      brush=FESTIVAL, pen=pg.mkPen(outline(FESTIVAL))),
                       self.tr("Festival")))
        items += [(self.reach_curve, self.tr("Reach to date")),
                  (self.effective_curve, self.tr("Reach {0}+ to date").format(n))]
        self._legend_items = items  # the swatches are not in any plot: keep them alive
        self.legend = legend_for(self.graphics, items, columns=4)
        self.graphics.addItem(self.legend, row=3, col=0)
        self._legend_key = key

    # -- selection (the plan table's current line)
    def set_selected_line(self, row: int | None):
        self.selected_row = row
        if self._built and self._shown is not None:
            self._show_selection()

    def _show_selection(self):
        row = self.selected_row
        if row is None or not 0 <= row < len(self._starts):
            self.selected_bar.setOpts(x0=[], y=[], width=[])
            return
        self.selected_bar.setOpts(x0=[self._starts[row]], y=[float(row)], width=[self._ends[row] - self._starts[row]],
                                  height=self.bar_height + 0.16)

    def _recolour(self):
        _, foreground = palette_colours()
        self.selected_bar.setOpts(pen=pg.mkPen(foreground, width=2.5), brush=pg.mkBrush(None))
        faint = QColor(foreground)
        faint.setAlpha(140)
        for cursor in self.cursors:
            cursor.setPen(pg.mkPen(faint, width=1, style=Qt.DashLine))
        for name in self.festival_names:
            name.setColor(foreground)
        self.reach_end.setColor(QColor(REACH) if foreground.lightness() < 128 else QColor(REACH).lighter(150))

    def changeEvent(self, event):
        super().changeEvent(event)
        if self._built:
            self._recolour()
            self._place_festival_names()

    # -- hover: the week under the mouse, and the line under it on the Gantt
    def week_at(self, x: float) -> int | None:
        shown = self._shown
        if shown is None or not len(self._week_starts):
            return None
        week = int(np.searchsorted(self._week_starts, x, side="right")) - 1
        return week if 0 <= week < len(shown.weeks) else None

    def line_at(self, x: float, y: float) -> int | None:
        row = int(round(y))
        if 0 <= row < len(self._starts) and abs(y - row) <= self.bar_height / 2 and self._starts[row] <= x < self._ends[row]:
            return row
        return None

    def hover_text(self, x: float, y: float | None = None) -> str:
        """What the hover says at date x (and, over the Gantt, row y)."""
        week = self.week_at(x)
        if week is None:
            return ""
        shown, f = self._shown, self.formatter
        weeks = shown.weeks
        text = []
        row = self.line_at(x, y) if y is not None else None
        if row is not None:
            spans = shown.spans
            tactics = self.document.plan.tactics
            tactic = spans["tactic"].iloc[row]
            text.append(f"{row + 1}. {spans['name'].iloc[row] or ''}".rstrip())
            text.append(f"{channel_text(spans['channel'].iloc[row])} · "
                        f"{data_text(tactics[tactic].label) if tactic in tactics else tactic}")
            dates = self.tr("{0} – {1}").format(day_text(spans["start"].iloc[row]), day_text(spans["end"].iloc[row]))
            if not spans["dated"].iloc[row]:
                dates = self.tr("no dates: the whole period")
            text.append(self.tr("{0}, budget {1}").format(dates, f.money(float(spans["budget"].iloc[row]))))
            spend = float(shown.lines["spend"].iloc[row * len(weeks) + week])
            text.append(self.tr("This week: {0}").format(f.money(spend)))
            text.append("")
        this = weeks.iloc[week]
        text.append(self.tr("Week of {0}").format(day_text(this["start"])))
        text.append(self.tr("Spend {0} · GMV {1}").format(f.money(float(this["spend"])), f.money(float(this["gmv"]))))
        text.append(self.tr("Reach to date {0} ({1} of target), {2} new").format(
            f.count(float(this["reach"])), f.share(float(this["reach_pct"])), f.count(float(this["new_reach"]))))
        festivals = shown.festivals
        if len(festivals):
            start, end = self._week_starts[week], self._week_starts[week] + 7 * DAY
            inside = (_seconds(festivals["start"]) < end) & (_seconds(festivals["end"]) + DAY > start)
            names = [festival_text(label) for label in festivals["label"][inside]]
            if names:
                text.append(self.tr("Festivals: {0}").format(", ".join(dict.fromkeys(names))))
        return "\n".join(text)

    def _mouse_moved(self, event):
        position = event[0]
        for plot in (self.gantt_plot, self.reach_plot, self.festival_plot):
            if not plot.sceneBoundingRect().contains(position):
                continue
            point = plot.vb.mapSceneToView(position)
            text = self.hover_text(point.x(), point.y() if plot is self.gantt_plot else None)
            if not text:
                break
            self.hover.show_at(position, text)
            for cursor in self.cursors:
                cursor.setPos(point.x())
                cursor.show()
            return
        self.hover.hide()
        for cursor in self.cursors:
            cursor.hide()
