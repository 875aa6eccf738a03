"""Reach curves: each channel's reach as its budget grows, with the plan's point on it.

Drag a channel's point sideways and its lines' budgets scale together (one line: that line's budget);
drag the selected line's point (dashed) and only that line moves. Each step is an edit; the steps of one
drag merge into one undoable command, so the table and headline follow the mouse and Undo restores.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from market_entry_planner.core import edits
from market_entry_planner.core.engine.curves import response_curves
from market_entry_planner.gui.charts.panel import ChartPanel
from market_entry_planner.gui.charts.style import CompactAxis, apply_theme, channel_colour, palette_colours
from market_entry_planner.gui.document import Change, new_drag_id
from market_entry_planner.gui.i18n import channel_text

SAMPLES = 120
X_HEADROOM = 2.0  # the axis runs to twice the largest channel budget


def _sticky(current: float, wanted: float) -> float:
    """Keep an axis still unless the data outgrows it or shrinks to well inside it: redrawing axes costs
    more than the whole estimate, and a steady axis is easier to read while dragging."""
    return wanted if not (0.55 * current <= wanted <= current) else current


class ReachCurvesChart(ChartPanel):
    def __init__(self, document, parent=None):
        super().__init__(document, self.tr("Reach curves"), parent)
        self.plot = self.graphics.getPlotItem()
        self.plot.setLabel("bottom", self.tr("Budget"))
        self.plot.setLabel("left", self.tr("Reach (people)"))
        self.plot.setMenuEnabled(False)
        self.legend = self.plot.addLegend(offset=(10, 10), labelTextColor=palette_colours()[1])
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.points: dict[str, pg.TargetItem] = {}
        self.line_row: int | None = None
        self.line_curve = pg.PlotDataItem(pen=pg.mkPen(width=2, style=Qt.DashLine))
        self.line_point = pg.TargetItem(size=13, symbol="d", movable=True)
        self.line_point.setZValue(20)
        self.plot.addItem(self.line_curve)
        self.plot.addItem(self.line_point)
        self.line_point.sigPositionChanged.connect(lambda item: self._dragged(item, None))
        self.line_point.sigPositionChangeFinished.connect(self._drag_finished)
        self.hover = pg.TextItem(anchor=(0, 1), fill=pg.mkBrush(0, 0, 0, 170), color="w")
        self.hover.setZValue(30)
        self.hover.hide()
        self.plot.addItem(self.hover, ignoreBounds=True)
        self.mouse_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        self._refreshing = False
        self._drag_id: int | None = None
        self._x_max = 1.0
        self._y_max = 1.0
        self.hint.setText(self.tr("Drag a point sideways to change that channel's budget (its lines scale "
                                  "together); the dashed curve is the selected line. Undo restores."))
        apply_theme(self.graphics, [self.plot])
        self.refresh()

    def make_graphics(self):
        return pg.PlotWidget(axisItems={"bottom": CompactAxis("bottom", money=True), "left": CompactAxis("left")})

    # -- the curves
    def _ensure_items(self, channels):
        if list(self.curves) == list(channels):
            return
        for channel in list(self.curves):
            self.plot.removeItem(self.curves.pop(channel))
            self.plot.removeItem(self.points.pop(channel))
        self.legend.clear()
        for i, channel in enumerate(channels):
            colour = channel_colour(channel, i)
            curve = pg.PlotDataItem(pen=pg.mkPen(colour, width=2.5), name=channel_text(channel))
            point = pg.TargetItem(size=14, symbol="o", movable=True, pen=pg.mkPen(colour, width=2),
                                  brush=pg.mkBrush(colour), hoverBrush=pg.mkBrush("w"))
            point.setZValue(10)
            point.setToolTip(self.tr("Drag to change the {0} budget").format(channel_text(channel)))
            point.sigPositionChanged.connect(lambda item, ch=channel: self._dragged(item, ch))
            point.sigPositionChangeFinished.connect(self._drag_finished)
            self.plot.addItem(curve)
            self.plot.addItem(point)
            self.curves[channel], self.points[channel] = curve, point

    def set_selected_line(self, row: int | None):
        self.line_row = row
        self.refresh()

    def refresh(self):
        results = self.document.results
        if results is None:
            for item in (*self.curves.values(), self.line_curve):
                item.setData([], [])
            return
        c = results.compiled
        budgets = results.line["budget"]
        self._refreshing = True
        try:
            self._ensure_items(c.channels)
            channel_budgets = results.channel["budget"]
            if not self._drag_id:  # keep the axis still while the mouse drags
                self._x_max = _sticky(self._x_max, max(float(channel_budgets.max(initial=0)) * X_HEADROOM, 1.0))
            xs = np.linspace(0.0, self._x_max, SAMPLES)
            y_max = 1.0
            row = self.line_row if self.line_row is not None and 0 <= self.line_row < c.size else None
            channel_xy, line_xy = response_curves(c, budgets, xs, row)
            for j, channel in enumerate(c.channels):
                current = float(channel_budgets[j])
                if channel_xy[j] is not None:
                    x, y = channel_xy[j]
                    self.curves[channel].setData(x, y)
                    y_max = max(y_max, float(y[-1]))
                    self.points[channel].setPos(current, float(results.channel["reach"][j]))
                    self.points[channel].show()
                else:
                    self.curves[channel].setData([], [])
                    self.points[channel].hide()
            if row is not None:
                channel = c.channel_code[row]
                x, y = line_xy
                y_max = max(y_max, float(y[-1]))
                colour = channel_colour(c.channels[channel], int(channel))
                self.line_curve.setData(x, y, pen=pg.mkPen(colour, width=2, style=Qt.DashLine))
                self.line_point.setPen(pg.mkPen(colour, width=2))
                self.line_point.setPos(float(budgets[row]), float(results.channel["reach"][channel]))
                self.line_point.show()
                self.line_point.setToolTip(self.tr("Drag to change the budget of line {0}").format(row + 1))
            else:
                self.line_curve.setData([], [])
                self.line_point.hide()
            self._y_max = _sticky(self._y_max, y_max * 1.05)
            self.plot.setRange(xRange=(0, self._x_max), yRange=(0, self._y_max), padding=0.02)
        finally:
            self._refreshing = False

    # -- dragging
    def _dragged(self, item: pg.TargetItem, channel: str | None):
        if self._refreshing:
            return
        results = self.document.results
        if results is None:
            return
        if self._drag_id is None:
            self._drag_id = new_drag_id()
        budget = max(0.0, float(item.pos().x()))
        plan = self.document.plan
        c = results.compiled
        if channel is None:
            rows = [self.line_row]
            new_budgets = {self.line_row: budget}
            text = self.tr("Drag budget of line {0}").format(self.line_row + 1)
        else:
            j = c.channels.index(channel)
            rows = [int(i) for i in np.flatnonzero(c.channel_code == j)]
            current = float(results.channel["budget"][j])
            scale = budget / current if current > 0 else 0.0
            new_budgets = {i: plan.lines[i].budget * scale for i in rows}
            text = self.tr("Drag {0} budget").format(channel_text(channel))
        self.document.edit(text, edits.set_budgets(plan, new_budgets), Change("budgets", tuple(rows)),
                           merge_key=("drag", self._drag_id))

    def _drag_finished(self, _item):
        self._drag_id = None
        self.refresh()

    # -- hover: exact values at the mouse's budget
    def _mouse_moved(self, event):
        position = event[0]
        if not self.plot.sceneBoundingRect().contains(position) or not self.curves:
            self.hover.hide()
            return
        point = self.plot.vb.mapSceneToView(position)
        budget = point.x()
        if budget < 0 or budget > self._x_max:
            self.hover.hide()
            return
        lines = [self.tr("at {0}").format(self.formatter.money(budget))]
        for channel, curve in self.curves.items():
            x, y = curve.getData()
            if x is not None and len(x):
                lines.append(f"{channel_text(channel)}: {self.formatter.count(float(np.interp(budget, x, y)))}")
        self.hover.setText("\n".join(lines))
        self.hover.setPos(point)
        self.hover.show()
