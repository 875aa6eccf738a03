"""Pacing: cumulative spend to date against the plan's, day by day (the plan spread evenly over each line's days,
as the engine spreads it); a channel can be chosen. From core (core/actuals/reforecast.daily_spend); the two curves
are made once and updated with setData."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from market_entry_planner.core.actuals.reforecast import daily_spend
from market_entry_planner.gui.charts.calendar_axis import DAY, CalendarAxis
from market_entry_planner.gui.charts.lazy import BuiltWhenFirstDrawn
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import CompactAxis, legend_for
from market_entry_planner.gui.i18n import channel_text

_EPOCH = 719_163  # date(1970, 1, 1).toordinal(): the calendar axis counts seconds from it
PLANNED, ACTUAL = "#8c8c8c", "#e15759"


class PacingChart(BuiltWhenFirstDrawn, ChartPanel):
    def __init__(self, document, parent=None):
        super().__init__(document, self.tr("Pacing: spend to date against the plan"), parent)
        self.channel_box = QComboBox()
        self.channel_box.setToolTip(self.tr("All channels, or one"))
        self.channel_box.currentIndexChanged.connect(lambda _i: self.refresh() if self._built else None)
        self.controls.insertWidget(self.controls.count() - 1, self.channel_box)
        self.hint.setText(self.tr("The lines the reports cover: the plan spends each one's budget evenly over its "
                                  "days; the red line is what the reports say was spent. File › Import actuals… adds "
                                  "reports."))
        self._stale = True

    def build(self):
        self.plot = self.graphics.getPlotItem()
        self.plot.setAxisItems({"bottom": CalendarAxis(), "left": CompactAxis("left", money=True)})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setLabel("left", self.tr("Spend to date"))
        self.planned = pg.PlotDataItem(pen=pg.mkPen(PLANNED, width=2, style=Qt.DashLine))
        self.actual = pg.PlotDataItem(pen=pg.mkPen(ACTUAL, width=2.5))
        self.plot.addItem(self.planned)
        self.plot.addItem(self.actual)
        legend = legend_for(self.graphics, [(self.planned, self.tr("Planned")), (self.actual, self.tr("Actual"))])
        legend.setParentItem(self.plot.vb)
        legend.anchor((0, 0), (0, 0), offset=(8, 8))

    def _fill_channels(self):
        plan = self.document.plan
        channels = sorted({line.channel for line in plan.lines} | {row.channel for row in plan.actuals})
        wanted = [None, *channels]
        current = self.channel_box.currentData()
        if [self.channel_box.itemData(i) for i in range(self.channel_box.count())] == wanted:
            return
        self.channel_box.blockSignals(True)
        self.channel_box.clear()
        self.channel_box.addItem(self.tr("All channels"), None)
        for channel in channels:
            self.channel_box.addItem(channel_text(channel), channel)
        index = self.channel_box.findData(current)
        self.channel_box.setCurrentIndex(max(index, 0))
        self.channel_box.blockSignals(False)

    def refresh(self):
        self.ensure_built()
        self._fill_channels()
        days, planned, actual = daily_spend(self.document.plan, self.channel_box.currentData())
        x = (days - _EPOCH) * DAY
        self.planned.setData(x, planned)
        shown = ~np.isnan(actual) if len(actual) else np.zeros(0, bool)
        self.actual.setData(x[shown], actual[shown])
