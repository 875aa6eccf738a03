"""Scenarios side by side: budget by channel, reach, GMV against cost, and ROI, one bar per scenario.

Four small plots share the scenario axis (horizontal bars, so scenario names never collide). Bars are
kept and updated with setOpts; the plots are rebuilt only when the number of scenarios changes.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from market_entry_planner.gui.charts.lazy import BuiltWhenFirstDrawn
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import METRIC_COLOURS, CompactAxis, channel_colour, legend_for, outline
from market_entry_planner.gui.i18n import channel_text

BAR = 0.6


class ScenarioChart(BuiltWhenFirstDrawn, ChartPanel):
    def __init__(self, document, comparison, parent=None):
        super().__init__(document, self.tr("Scenarios compared"), parent)
        self.comparison = comparison  # refreshed through ChartPanel's resultsChanged, like every chart
        self.hint.setText(self.tr("Every scenario on the same market and assumptions. New, rename and delete "
                                  "scenarios on the Scenarios tab."))
        self._names: list[str] = []
        self._stale = True  # made and drawn when first shown

    def build(self):
        self.budget_plot = self._plot(0, 0, self.tr("Budget by channel"), money=True)
        self.reach_plot = self._plot(0, 1, self.tr("Reach (dark: effective)"), money=False, names=False)
        self.money_plot = self._plot(2, 0, self.tr("GMV and total cost"), money=True)
        self.roi_plot = self._plot(2, 1, self.tr("Profit ROI"), money=False, percent=True, names=False)
        self.channel_bars: dict[str, pg.BarGraphItem] = {}
        self.budget_legend = None
        self.reach_bar = self._bar(self.reach_plot, METRIC_COLOURS["reach"])
        self.effective_bar = self._bar(self.reach_plot, METRIC_COLOURS["effective_reach"])
        self.gmv_bar = self._bar(self.money_plot, METRIC_COLOURS["gmv"])
        self.cost_bar = self._bar(self.money_plot, METRIC_COLOURS["cost"])
        self.roi_bar = self._bar(self.roi_plot, METRIC_COLOURS["roi"])
        legend = legend_for(self.graphics, [(self.gmv_bar, self.tr("GMV")), (self.cost_bar, self.tr("Total cost"))],
                            columns=2)
        self.graphics.addItem(legend, row=3, col=0, colspan=2)

    def make_graphics(self):
        return pg.GraphicsLayoutWidget()

    def plots(self):
        return [self.budget_plot, self.reach_plot, self.money_plot, self.roi_plot] if self._built else []

    def _plot(self, row, col, title, money: bool, percent: bool = False, names: bool = True):
        """A small plot; the right-hand column shares the left one's scenario names, so it hides its own."""
        axis = CompactAxis("bottom", money=money)
        plot = self.graphics.addPlot(row=row, col=col, axisItems={"bottom": axis})
        if not names:
            plot.getAxis("left").setStyle(showValues=False)
            plot.getAxis("left").setWidth(6)
        plot.setTitle(title)
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.invertY(True)
        if percent:
            axis.tickStrings = lambda values, scale, spacing: [f"{v * 100:.0f}%" for v in values]
        return plot

    @staticmethod
    def _bar(plot, colour):
        bar = pg.BarGraphItem(x0=[], y=[], width=[], height=BAR, brush=colour, pen=pg.mkPen(outline(colour)))
        plot.addItem(bar)
        return bar

    def _ensure_channel_bars(self, channels):
        if list(self.channel_bars) == list(channels):
            return
        for bar in self.channel_bars.values():
            self.budget_plot.removeItem(bar)
        if self.budget_legend is not None:
            self.graphics.removeItem(self.budget_legend)
            self.graphics.legends.remove(self.budget_legend)
        self.channel_bars = {c: self._bar(self.budget_plot, channel_colour(c, i)) for i, c in enumerate(channels)}
        self.budget_legend = legend_for(self.graphics, [(b, channel_text(c)) for c, b in self.channel_bars.items()],
                                        columns=4)
        self.graphics.addItem(self.budget_legend, row=1, col=0, colspan=2)

    def refresh(self):
        self.ensure_built()
        summaries = self.comparison.summaries()
        names = [("● " if s.active else "") + s.name for s in summaries]
        y = np.arange(len(summaries), dtype=float)
        if names != self._names:
            ticks = [[(i, name) for i, name in enumerate(names)]]
            for plot in self.plots():
                plot.getAxis("left").setTicks(ticks)
                plot.setYRange(-0.6, len(names) - 0.4, padding=0)
            self._names = names
        channels: dict[str, None] = {}
        for channel in self.document.plan.channels:
            if any(channel in s.channel_budget for s in summaries):
                channels[channel] = None
        for s in summaries:
            for channel in s.channel_budget:
                channels.setdefault(channel, None)
        self._ensure_channel_bars(list(channels))
        left = np.zeros(len(summaries))
        for channel, bar in self.channel_bars.items():
            widths = np.array([s.channel_budget.get(channel, 0.0) for s in summaries])
            bar.setOpts(x0=left.copy(), y=y, width=widths, height=BAR)
            left += widths
        self.budget_plot.setXRange(0, max(left.max(initial=0), 1) * 1.05, padding=0)

        def total(key):
            return np.array([s.totals[key] if s.totals else 0.0 for s in summaries])

        reach, effective = total("reach"), total("effective_reach")
        self.reach_bar.setOpts(x0=np.zeros_like(y), y=y, width=reach, height=BAR)
        self.effective_bar.setOpts(x0=np.zeros_like(y), y=y, width=effective, height=BAR)
        self.reach_plot.setXRange(0, max(reach.max(initial=0), 1) * 1.05, padding=0)
        gmv, cost = total("gmv"), total("cost")
        self.gmv_bar.setOpts(x0=np.zeros_like(y), y=y - BAR / 4, width=gmv, height=BAR / 2)
        self.cost_bar.setOpts(x0=np.zeros_like(y), y=y + BAR / 4, width=cost, height=BAR / 2)
        self.money_plot.setXRange(0, max(gmv.max(initial=0), cost.max(initial=0), 1) * 1.05, padding=0)
        roi = np.nan_to_num(total("roi"))
        self.roi_bar.setOpts(x0=np.minimum(roi, 0), y=y, width=np.abs(roi), height=BAR)
        low, high = min(roi.min(initial=0), 0), max(roi.max(initial=0), 0)
        span = max(high - low, 0.1)
        self.roi_plot.setXRange(low - 0.05 * span, high + 0.05 * span, padding=0)
