"""Budget by channel and tactic, and total cost by channel and kind of cost: stacked horizontal bars.

Horizontal, so channel names never collide; legends sit below each plot, never over the bars. One
BarGraphItem per segment type, kept across edits and updated with setOpts.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import (
    COST_COLOURS,
    CompactAxis,
    apply_theme,
    legend_for,
    outline,
    tactic_colour,
)
from market_entry_planner.gui.i18n import channel_text, data_text

COST_PARTS = ("media", "kol_fees", "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee")
BAR_WIDTH = 0.6


class BudgetCostChart(ChartPanel):
    def __init__(self, document, parent=None):
        super().__init__(document, self.tr("Budget and cost by channel"), parent)
        self.budget_plot = self.graphics.addPlot(row=0, col=0, axisItems={"bottom": CompactAxis("bottom", money=True)})
        self.cost_plot = self.graphics.addPlot(row=2, col=0, axisItems={"bottom": CompactAxis("bottom", money=True)})
        self.budget_plot.setTitle(self.tr("Budget by tactic"))
        self.cost_plot.setTitle(self.tr("Total cost by kind"))
        for plot in (self.budget_plot, self.cost_plot):
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.invertY(True)  # the first channel on top
        self.cost_labels = {
            "media": self.tr("Media"), "kol_fees": self.tr("KOL fees"), "kol_commission": self.tr("KOL commission"),
            "platform_fee": self.tr("Platform fees"), "fulfilment": self.tr("Fulfilment"),
            "fixed_costs": self.tr("Channel fixed costs"), "agency_fee": self.tr("Agency fee"),
        }
        self.tactic_bars: dict[str, pg.BarGraphItem] = {}
        self.cost_bars: dict[str, pg.BarGraphItem] = {}
        for part in COST_PARTS:
            bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_WIDTH, brush=COST_COLOURS[part],
                                  pen=pg.mkPen(outline(COST_COLOURS[part])))
            self.cost_plot.addItem(bar)
            self.cost_bars[part] = bar
        self.budget_legend = None
        self.cost_legend = legend_for(self.graphics, [(self.cost_bars[p], self.cost_labels[p]) for p in COST_PARTS],
                                      columns=3)
        self.graphics.addItem(self.cost_legend, row=3, col=0)
        self.segments: dict[int, list[tuple[str, str, float]]] = {}  # plot id -> hover data
        self.hover = pg.TextItem(anchor=(0, 1), fill=pg.mkBrush(0, 0, 0, 170), color="w")
        self.hover.setZValue(30)
        self.hover_plot = None
        self.mouse_proxy = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        self.hint.setText(self.tr("Hover a bar for exact values. Deposits are refundable and not shown as cost."))
        apply_theme(self.graphics, self.plots())
        self.refresh()

    def make_graphics(self):
        return pg.GraphicsLayoutWidget()

    def plots(self):
        return [self.budget_plot, self.cost_plot] if hasattr(self, "cost_plot") else []

    def _ensure_tactic_bars(self, tactics):
        if list(self.tactic_bars) == list(tactics):
            return
        for bar in self.tactic_bars.values():
            self.budget_plot.removeItem(bar)
        if self.budget_legend is not None:
            self.graphics.removeItem(self.budget_legend)
            self.graphics.legends.remove(self.budget_legend)
        self.tactic_bars = {}
        plan_tactics = self.document.plan.tactics
        names = []
        for i, tactic in enumerate(tactics):
            label = data_text(plan_tactics[tactic].label) if tactic in plan_tactics else tactic
            colour = tactic_colour(tactic, i)
            bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR_WIDTH, brush=colour, pen=pg.mkPen(outline(colour)))
            self.budget_plot.addItem(bar)
            self.tactic_bars[tactic] = bar
            names.append((bar, label))
        self.budget_legend = legend_for(self.graphics, names, columns=3)
        self.graphics.addItem(self.budget_legend, row=1, col=0)

    def refresh(self):
        results = self.document.results
        if results is None:
            for bar in (*self.tactic_bars.values(), *self.cost_bars.values()):
                bar.setOpts(x=[], height=[], y0=[])
            return
        c = results.compiled
        channels = c.channels
        y = np.arange(len(channels), dtype=float)
        ticks = [[(i, channel_text(ch)) for i, ch in enumerate(channels)]]
        for plot in (self.budget_plot, self.cost_plot):
            plot.getAxis("left").setTicks(ticks)
            plot.setYRange(-0.6, len(channels) - 0.4, padding=0)
        tactics = [t for t in self.document.plan.tactics if t in set(c.line_tactic)]
        self._ensure_tactic_bars(tactics)
        budget = results.line["budget"]
        tactic_code = np.array([tactics.index(t) for t in c.line_tactic], dtype=np.intp)
        by_pair = np.zeros((len(tactics), len(channels)))
        np.add.at(by_pair, (tactic_code, c.channel_code), budget)
        self.segments = {id(self.budget_plot): [], id(self.cost_plot): []}
        stacks = [(self.budget_plot, [(self.tactic_bars[t], self.tactic_bars[t].opts.get("name") or
                                       self._tactic_label(t), by_pair[i]) for i, t in enumerate(tactics)]),
                  (self.cost_plot, [(self.cost_bars[p], self.cost_labels[p], results.channel[p])
                                    for p in COST_PARTS])]
        for plot, parts in stacks:
            left = np.zeros(len(channels))
            for bar, label, widths in parts:
                bar.setOpts(x0=left.copy(), y=y, width=widths, height=BAR_WIDTH)
                for j in np.flatnonzero(widths > 0):
                    self.segments[id(plot)].append((int(j), left[j], left[j] + widths[j], label, widths[j]))
                left += widths
            plot.setXRange(0, max(left.max(initial=0), 1) * 1.05, padding=0)

    def _tactic_label(self, tactic: str) -> str:
        known = self.document.plan.tactics.get(tactic)
        return data_text(known.label) if known else tactic

    def _mouse_moved(self, event):
        position = event[0]
        for plot in self.plots():
            if plot.sceneBoundingRect().contains(position):
                point = plot.vb.mapSceneToView(position)
                for j, low, high, label, value in self.segments.get(id(plot), []):
                    if abs(point.y() - j) <= BAR_WIDTH / 2 and low <= point.x() <= high:
                        if self.hover_plot is not plot:
                            if self.hover_plot is not None:
                                self.hover_plot.removeItem(self.hover)
                            plot.addItem(self.hover, ignoreBounds=True)
                            self.hover_plot = plot
                        channel = channel_text(self.document.results.compiled.channels[j])
                        self.hover.setText(f"{channel} — {label}\n{self.formatter.money_exact(value)}")
                        self.hover.setPos(point)
                        self.hover.show()
                        return
        self.hover.hide()
