"""The efficient frontier: the best the objective can be at each total budget, with the plan as it is and the
optimised plan on it. The vertical line is the total budget: drag it to ask "what does another ¥1m buy"."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from market_entry_planner.gui.charts.style import CompactAxis, apply_theme
from market_entry_planner.gui.format import Formatter


class FrontierPlot(pg.PlotWidget):
    totalDragged = Signal(float)   # CNY, when the budget line is let go

    def __init__(self, parent=None):
        self.bottom_axis = CompactAxis("bottom", money=True)
        self.left_axis = CompactAxis("left", money=False)
        super().__init__(parent, axisItems={"bottom": self.bottom_axis, "left": self.left_axis})
        self.formatter = Formatter()
        self.kind = "count"
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.setLabel("bottom", self.tr("Total budget"))
        self.legend = plot.addLegend(offset=(10, 10))
        self.curve = plot.plot([], [], pen=pg.mkPen("#4e79a7", width=2.5), name=self.tr("Best plan at each budget"))
        self.current = plot.plot([], [], pen=None, symbol="o", symbolSize=11, symbolBrush="#8a8f98",
                                 symbolPen=pg.mkPen("w"), name=self.tr("Your plan"))
        self.optimised = plot.plot([], [], pen=None, symbol="d", symbolSize=14, symbolBrush="#e15759",
                                   symbolPen=pg.mkPen("w"), name=self.tr("Optimised"))
        self.total_line = pg.InfiniteLine(angle=90, movable=True, pen=pg.mkPen("#e15759", width=1.5, style=Qt.DashLine),
                                          hoverPen=pg.mkPen("#e15759", width=3))
        self.total_line.setToolTip(self.tr("The total budget: drag it sideways"))
        self.total_line.sigPositionChangeFinished.connect(lambda line: self.totalDragged.emit(max(line.value(), 0.0)))
        plot.addItem(self.total_line, ignoreBounds=True)
        self.hover = pg.TextItem(anchor=(0, 1), fill=pg.mkBrush(0, 0, 0, 170), color="w")
        self.hover.setZValue(30)
        self.hover.hide()
        plot.addItem(self.hover, ignoreBounds=True)
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self.mouse_proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        apply_theme(self, [plot])

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        for axis in (self.bottom_axis, self.left_axis):
            axis.formatter = formatter
            axis.picture = None
            axis.update()

    def set_kind(self, kind: str, label: str):
        """kind: "count" (people) or "money" (GMV, profit) for the value axis."""
        self.kind = kind
        self.left_axis.money = kind == "money"
        self.left_axis.picture = None
        self.getPlotItem().setLabel("left", label)

    def set_curve(self, budgets, values):
        self._x, self._y = np.asarray(budgets, dtype=float), np.asarray(values, dtype=float)
        self.curve.setData(self._x, self._y)

    def clear_curve(self):
        self.set_curve([], [])

    def set_points(self, total: float, current: tuple[float, float], optimised: tuple[float, float] | None):
        self.total_line.blockSignals(True)
        self.total_line.setValue(total)
        self.total_line.blockSignals(False)
        self.current.setData([current[0]], [current[1]])
        self.optimised.setData(*(([optimised[0]], [optimised[1]]) if optimised else ([], [])))
        xs = [total, current[0], *(self._x[-1:] if self._x.size else [])]
        ys = [current[1], *(self._y if self._y.size else []), *([optimised[1]] if optimised else [])]
        finite = [y for y in ys if np.isfinite(y)]
        high_y = max(finite) if finite else 1.0
        low_y = min(0.0, min(finite)) if finite else 0.0
        self.getPlotItem().setXRange(0, max(max(xs), 1.0) * 1.04, padding=0)
        self.getPlotItem().setYRange(low_y, (high_y if high_y > low_y else low_y + 1.0) * 1.08, padding=0)

    def _text(self, value: float) -> str:
        return self.formatter.money(value) if self.kind == "money" else self.formatter.count(value)

    def _mouse_moved(self, event):
        position = event[0]
        plot = self.getPlotItem()
        if self._x.size < 2 or not plot.sceneBoundingRect().contains(position):
            self.hover.hide()
            return
        x = plot.vb.mapSceneToView(position).x()
        if not self._x[0] <= x <= self._x[-1]:
            self.hover.hide()
            return
        y = float(np.interp(x, self._x, self._y))
        self.hover.setText(self.tr("{0}: best {1}").format(self.formatter.money(x), self._text(y)))
        self.hover.setPos(x, y)
        self.hover.show()
