"""Spend by month: what leaves the bank each month (stacked by kind of cost, deposits hatched on top) and the cash
out to date as a line on its own axis; a toggle shows the same numbers as a table.

From core's weekly flighting (`Flighting.months`): media and KOL fees as the lines spend them, fixed channel
costs and deposits in the month a channel's first line starts, commissions and fees as sales come in. Bars and the
line are made once and updated with setOpts/setData.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView

from market_entry_planner.gui.charts.calendar_axis import years_text
from market_entry_planner.gui.charts.hover import HoverLabel
from market_entry_planner.gui.charts.lazy import BuiltWhenFirstDrawn
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import COST_COLOURS, CompactAxis, legend_for, outline, palette_colours
from market_entry_planner.gui.models.flighting import FlightingSource, MonthsModel, month_text

BAR = 0.7
# stacked segments: (key, months columns summed, colour)
SEGMENTS = (
    ("media", ("media",), COST_COLOURS["media"]),
    ("kol_fees", ("kol_fees",), COST_COLOURS["kol_fees"]),
    ("agency_fee", ("agency_fee",), COST_COLOURS["agency_fee"]),
    ("fixed", ("annual_fee", "store_setup"), COST_COLOURS["fixed_costs"]),
    ("sales", ("kol_commission", "platform_fee", "fulfilment", "return_costs"), COST_COLOURS["sales_costs"]),
)
DEPOSIT = COST_COLOURS["deposit"]
TICK_PX = 58  # room a month's name needs on the axis


class CashFlowChart(BuiltWhenFirstDrawn, ChartPanel):
    def __init__(self, document, source: FlightingSource, parent=None):
        super().__init__(document, self.tr("Spend and cash out by month"), parent)
        self.source = source
        self._months = None  # the frame drawn
        self.labels = {"media": self.tr("Media"), "kol_fees": self.tr("KOL fees"), "agency_fee": self.tr("Agency fee"),
                       "fixed": self.tr("Annual fees, store set-up"),
                       "sales": self.tr("Commissions, fees, fulfilment"),
                       "deposit": self.tr("Deposits (refundable)"), "cumulative": self.tr("Cash out to date")}
        self.model = MonthsModel(source, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.hide()
        self.layout().insertWidget(2, self.table, 1)
        self.table_button = QPushButton(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the months as a table (the chart's numbers, exactly)"))
        self.table_button.toggled.connect(self.show_table)
        self.controls.insertWidget(self.controls.count() - 1, self.table_button)
        self.usual_hint = self.tr("Fees and deposits fall when a channel's first line starts, commissions as sales "
                                  "come in. Deposits are refundable: cash out, not cost. Hover a month.")
        self.hint.setText(self.usual_hint)
        self._stale = True  # made and drawn when first shown

    def build(self):
        self.plot = self.graphics.addPlot(row=0, col=0, axisItems={"left": CompactAxis("left", money=True),
                                                                   "right": CompactAxis("right", money=True)})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showAxis("right")
        self.plot.setLabel("left", self.tr("Paid in the month"))
        for side in ("left", "right"):
            self.plot.getAxis(side).setStyle(maxTextLevel=0)  # round amounts only: ¥500k, ¥1m
        self.plot.setLabel("right", self.tr("Cash out to date"))
        # the cash out to date runs to the plan's whole cost: its own scale, on the right
        self.cumulative_view = pg.ViewBox(enableMouse=False)
        self.graphics.scene().addItem(self.cumulative_view)
        self.plot.getAxis("right").linkToView(self.cumulative_view)
        self.cumulative_view.setXLink(self.plot)
        self.plot.vb.sigResized.connect(self._resized)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for key, _, colour in SEGMENTS:
            self.bars[key] = pg.BarGraphItem(x=[], y0=[], height=[], width=BAR, brush=colour,
                                             pen=pg.mkPen(outline(colour)))
            self.plot.addItem(self.bars[key])
        self.deposit_bar = pg.BarGraphItem(x=[], y0=[], height=[], width=BAR,
                                           brush=QBrush(QColor(DEPOSIT), Qt.BDiagPattern), pen=pg.mkPen(DEPOSIT))
        self.plot.addItem(self.deposit_bar)
        self.cumulative = pg.PlotDataItem(symbol="o", symbolSize=5)
        self.cumulative_view.addItem(self.cumulative)
        items = [(self.bars[key], self.labels[key]) for key, _, _ in SEGMENTS]
        items += [(self.deposit_bar, self.labels["deposit"]), (self.cumulative, self.labels["cumulative"])]
        self.graphics.addItem(legend_for(self.graphics, items, columns=2), row=1, col=0)
        self.hover = HoverLabel(self.graphics)
        self.mouse_proxy = pg.SignalProxy(self.graphics.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        self._recolour()

    def make_graphics(self):
        return pg.GraphicsLayoutWidget()

    def plots(self):
        return [self.plot] if self._built else []

    def export_item(self):
        return self.graphics.scene()  # the cash out to date lives in its own view box, beside the plot's

    def formatter_changed(self):
        self.model.set_formatter(self.formatter)

    def show_table(self, shown: bool):
        self.graphics.setVisible(not shown)
        self.table.setVisible(shown)
        if shown:
            self.model.refresh()

    # -- drawing
    def refresh(self):
        self.ensure_built()
        flighting = self.source.flighting()
        if self.table.isVisible():
            self.model.refresh()
        months = flighting.months if flighting is not None else None
        self._months = months
        if months is None or not len(months):
            for bar in (*self.bars.values(), self.deposit_bar):
                bar.setOpts(x=[], y0=[], height=[])
            self.cumulative.setData([], [])
            return
        x = np.arange(len(months), dtype=float)
        bottom = np.zeros(len(months))
        # without the brand's order value the costs that follow sales (commissions, fees, fulfilment) are unknown:
        # the chart shows the rest and says so
        unknown = bool(np.isnan(months.select_dtypes("number").to_numpy(dtype=float)).any())
        self.hint.setText(self.tr("Costs that follow sales (commissions, platform fees, fulfilment) are left out "
                                  "until the average order value and gross margin are set on the Market tab.")
                          if unknown else self.usual_hint)
        months = months.fillna(0.0) if unknown else months
        for key, columns, _ in SEGMENTS:
            height = sum(months[c].to_numpy(dtype=float) for c in columns)
            self.bars[key].setOpts(x=x, y0=bottom.copy(), height=height, width=BAR)
            bottom += height
        deposits = months["deposit_paid"].to_numpy(dtype=float) - months["deposit_refunded"].to_numpy(dtype=float)
        # paid: on top of the month's costs; refunded: below zero
        self.deposit_bar.setOpts(x=x, y0=np.where(deposits >= 0, bottom, 0.0), height=np.abs(deposits), width=BAR)
        top = float(np.max(bottom + np.maximum(deposits, 0), initial=0.0))
        low = float(np.min(np.minimum(deposits, 0), initial=0.0))
        self.plot.setYRange(low * 1.08, max(top, 1.0) * 1.08, padding=0)
        cumulative = months["cumulative_cash_out"].to_numpy(dtype=float)
        self.cumulative.setData(x, cumulative)
        self.cumulative_view.setYRange(min(0.0, float(cumulative.min())), max(float(cumulative.max()), 1.0) * 1.08,
                                       padding=0)
        self.plot.setXRange(-0.6, len(months) - 0.4, padding=0)
        self.plot.setLabel("bottom", years_text(months["month"].iloc[0], months["month"].iloc[-1]))
        self._month_ticks()

    def _month_ticks(self):
        months = self._months
        if months is None:
            return
        every = max(1, math.ceil(len(months) * TICK_PX / max(self.plot.vb.width(), 1.0)))
        ticks = []
        for i, month in enumerate(months["month"]):
            if i % every == 0:
                # the axis's label names the first year; a tick names the next where it turns
                ticks.append((float(i), month_text(month, year=i > 0 and month.month <= every)))
        self.plot.getAxis("bottom").setTicks([ticks, []])

    def _resized(self):
        self.cumulative_view.setGeometry(self.plot.vb.sceneBoundingRect())
        self.cumulative_view.linkedViewChanged(self.plot.vb, self.cumulative_view.XAxis)
        self._month_ticks()

    def _recolour(self):
        _, foreground = palette_colours()
        self.cumulative.setPen(pg.mkPen(foreground, width=2))
        self.cumulative.setSymbolBrush(pg.mkBrush(foreground))
        self.cumulative.setSymbolPen(pg.mkPen(foreground))

    def changeEvent(self, event):
        super().changeEvent(event)
        if self._built:
            self._recolour()

    # -- hover: the month under the mouse
    def hover_text(self, x: float) -> str:
        months = self._months
        i = int(round(x))
        if months is None or not 0 <= i < len(months) or abs(x - i) > 0.5:
            return ""
        row = months.iloc[i]
        f = self.formatter
        text = [month_text(row["month"])]
        for key, columns, _ in SEGMENTS:
            value = float(sum(row[c] for c in columns))
            if value:
                text.append(f"{self.labels[key]}: {f.money(value)}")
        if row["deposit_paid"]:
            text.append(self.tr("Deposits paid: {0}").format(f.money(float(row["deposit_paid"]))))
        if row["deposit_refunded"]:
            text.append(self.tr("Deposits refunded: {0}").format(f.money(float(row["deposit_refunded"]))))
        text.append(self.tr("Cash out: {0} (to date {1})").format(f.money(float(row["cash_out"])),
                                                                  f.money(float(row["cumulative_cash_out"]))))
        text.append(self.tr("GMV: {0}").format(f.money(float(row["gmv"]))))
        return "\n".join(text)

    def _mouse_moved(self, event):
        position = event[0]
        if self.plot.sceneBoundingRect().contains(position):
            point = self.plot.vb.mapSceneToView(position)
            text = self.hover_text(point.x())
            if text:
                self.hover.show_at(position, text)
                return
        self.hover.hide()
