"""The sales funnel: impressions → clicks → orders → GMV, for the whole plan or one channel.

The stages differ by four to six orders of magnitude, so bar lengths are on a log scale and each bar
carries its exact value and the rate from the stage before.
"""
from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox

from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import apply_theme, palette_colours
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import channel_text

STAGES = ("impressions", "clicks", "orders", "gmv")
COLOURS = ("#0072B2", "#3C93C8", "#7DB8E0", "#B9DCF2")  # one blue, paler at each step down the funnel
BAR_HEIGHT = 0.45


class LogAxis(pg.AxisItem):
    """Ticks at powers of ten, read as 1k, 10k, 1m… (1万, 10万… in Chinese)"""

    def __init__(self, orientation, **kwargs):
        super().__init__(orientation, **kwargs)
        self.formatter = Formatter()

    def tickValues(self, minVal, maxVal, size):
        return [(1.0, list(range(math.floor(minVal), math.ceil(maxVal) + 1)))]

    def tickStrings(self, values, scale, spacing):
        labels = [self.formatter.compact(10.0 ** int(v), 0) if 0 <= v <= 11 else f"1e{int(v)}" for v in values]
        view = self.linkedView()
        if view is not None and len(values) > 1:  # "10 mln 100 mln" would touch: label every other decade
            low, high = view.viewRange()[0]
            per_decade = self.geometry().width() / max(high - low, 1e-9)
            widest = max(QFontMetrics(self.style.get("tickFont") or self.font()).horizontalAdvance(t) for t in labels)
            if widest + 10 > per_decade:
                labels = [label if int(v) % 2 == 0 else "" for v, label in zip(values, labels)]
        return labels


class FunnelChart(ChartPanel):
    def __init__(self, document, parent=None):
        super().__init__(document, self.tr("Sales funnel"), parent)
        self.scope = QComboBox()
        self.scope.setToolTip(self.tr("The whole plan or one channel"))
        self.scope.currentIndexChanged.connect(self.refresh)
        self.controls.insertWidget(2, self.scope)
        self.plot = self.graphics.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.stage_labels = [self.tr("Impressions"), self.tr("Clicks / views"), self.tr("Orders"), self.tr("GMV")]
        self.plot.getAxis("left").setTicks([[(i, label) for i, label in enumerate(self.stage_labels)]])
        self.bars = pg.BarGraphItem(x0=[0] * 4, y=list(range(4)), height=BAR_HEIGHT, width=[0] * 4,
                                    brushes=[pg.mkBrush(c) for c in COLOURS], pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        _, foreground = palette_colours()
        self.labels = [pg.TextItem(anchor=(0, 1), color=foreground) for _ in STAGES]
        for label in self.labels:
            self.plot.addItem(label)
        self.hint.setText(self.tr("Bar lengths are on a log scale. Ads: clicks × CVR = orders; livestreams and "
                                  "videos: viewers × CVR. GMV = orders × average order value."))
        apply_theme(self.graphics, [self.plot])
        self._channels: tuple[str, ...] = ()
        self.refresh()

    def make_graphics(self):
        return pg.PlotWidget(axisItems={"bottom": LogAxis("bottom")})

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "labels"):
            self.refresh()

    def _sync_scope(self, channels):
        if channels == self._channels:
            return
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("All channels"), None)
        for channel in channels:
            self.scope.addItem(channel_text(channel), channel)
        position = self.scope.findData(current)
        self.scope.setCurrentIndex(max(position, 0))
        self.scope.blockSignals(False)
        self._channels = channels

    def values(self) -> dict[str, float] | None:
        results = self.document.results
        if results is None:
            return None
        channel = self.scope.currentData()
        if channel is None or channel not in results.compiled.channels:
            return {k: results.total[k] for k in STAGES}
        j = results.compiled.channels.index(channel)
        return {k: float(results.channel[k][j]) for k in STAGES}

    def refresh(self):
        results = self.document.results
        if results is None:
            self.bars.setOpts(width=[0] * 4)
            return
        self._sync_scope(results.compiled.channels)
        values = self.values()
        widths = [math.log10(v) if v >= 1 else 0.0 for v in (values[k] for k in STAGES)]
        self.bars.setOpts(x0=[0] * 4, y=list(range(4)), width=widths, height=BAR_HEIGHT)
        f = self.formatter
        texts = [
            self.tr("{0} impressions").format(f.count(values["impressions"])),
            self.tr("{0} clicks and views · {1} of impressions").format(
                f.count(values["clicks"]), f.share(_rate(values["clicks"], values["impressions"]), 2)),
            self.tr("{0} orders · {1} of clicks and views").format(
                f.count(values["orders"]), f.share(_rate(values["orders"], values["clicks"]), 2)),
            self.tr("{0} GMV · {1} per order").format(
                f.money(values["gmv"]), f.money(_rate(values["gmv"], values["orders"]))),
        ]
        _, foreground = palette_colours()
        for i, (label, text) in enumerate(zip(self.labels, texts)):
            label.setColor(foreground)
            label.setText(text)
            label.setPos(0.0, i - BAR_HEIGHT / 2)  # above its bar: never runs off the plot
        self.plot.setXRange(0, max(widths + [1.0]) + 0.7, padding=0)
        self.plot.setYRange(-0.6, 3.6, padding=0)


def _rate(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else float("nan")
