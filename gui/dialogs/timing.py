"""The Optimise dialog's timing: "Choose the months too", the monthly spend caps, and a chart of the spend per
month as planned, optimised with the dates as they are, and retimed (core/optimise/timing)."""
from __future__ import annotations

from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core.amounts import AmountError, parse_money
from market_entry_planner.core.analysis.flighting import DEFAULT_PERIOD, month_spend_shares
from market_entry_planner.core.engine.festivals import day_date
from market_entry_planner.gui.charts.style import CompactAxis, apply_theme
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.models.flighting import month_text

PLANNED, UNTIMED, RETIMED, CAP = "#8a8f98", "#76b7b2", "#4e79a7", "#e15759"


def plan_months(compiled) -> tuple[date, ...]:
    """The first day of each month of the plan's period (as the Cash flow chart and the timing count them)."""
    bounds, _ = month_spend_shares(compiled, DEFAULT_PERIOD)
    return tuple(day_date(b) for b in bounds[:-1])


class TimingBox(QWidget):
    """The switch and one row of caps, a column per month (empty: no cap)."""

    changed = Signal()

    def __init__(self, formatter: Formatter, parent=None):
        super().__init__(parent)
        self.formatter = formatter
        self.months: tuple[date, ...] = ()
        self.check = QCheckBox(self.tr("Choose the months too"))
        self.check.setToolTip(self.tr(
            "Let the optimiser move each line's budget between the months of its own dates, into or out of the "
            "festivals (their CPM and conversion multipliers: Calendar tab). A line that moves is split into one "
            "line per month. KOL sessions, videos and store hours keep their dates."))
        self.caps = QTableWidget(1, 0)
        self.caps.setVerticalHeaderLabels([self.tr("Cap")])
        self.caps.setToolTip(self.tr("The most the plan may spend in a month (line budgets, as the Cash flow chart "
                                     "books media and KOL fees): 500k, ¥1m, 100万. Empty: no cap."))
        self.caps.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.caps.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.caps.verticalHeader().setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        self.caps.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.caps.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.caps.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # a header and one row; the header's own height is known only once shown, so from the font
        self.caps.setFixedHeight(2 * (self.fontMetrics().height() + 10) + 2 * self.caps.frameWidth())
        self.caps.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.check)
        top.addWidget(QLabel(self.tr("Monthly spend caps:")))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.caps)
        layout.addWidget(self.error)
        self.check.toggled.connect(self.caps.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        # every edit reruns, a bad one too: the dialog then withdraws the answer it showed for the old caps
        self.caps.itemChanged.connect(lambda _: self.changed.emit())

    def set_months(self, months: tuple[date, ...]):
        """The plan's months as columns; caps already typed for a month still in the plan are kept."""
        if months == self.months:
            return
        kept = {m: self.caps.item(0, k).text() for k, m in enumerate(self.months)
                if self.caps.item(0, k) is not None}
        self.months = months
        self.caps.blockSignals(True)
        self.caps.setColumnCount(len(months))
        self.caps.setHorizontalHeaderLabels([month_text(m, year=len({m.year for m in months}) > 1) for m in months])
        for k, m in enumerate(months):
            item = QTableWidgetItem(kept.get(m, ""))
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.caps.setItem(0, k, item)
        self.caps.blockSignals(False)

    @property
    def enabled(self) -> bool:
        return self.check.isChecked()

    def month_caps(self) -> dict[date, float] | None:
        """{month: cap} as typed; None (and the cell's problem shown) if a cell is not an amount."""
        caps = {}
        for k, m in enumerate(self.months):
            item = self.caps.item(0, k)
            text = item.text().strip() if item is not None else ""
            if not text:
                continue
            try:
                value = parse_money(text)
            except AmountError as problem:
                value, message = None, str(problem)
            else:
                message = self.tr("a cap is an amount of 0 or more")
            if value is None or value < 0:
                self.error.setText(self.tr("Cap for {0}: '{1}': {2}.").format(month_text(m), text, message))
                self.error.show()
                return None
            caps[m] = value
        self.error.hide()
        return caps


class MonthsChart(pg.PlotWidget):
    """Spend per month: as planned, optimised with the dates as they are, and retimed; each cap as a red tick."""

    def __init__(self, parent=None):
        self.left_axis = CompactAxis("left", money=True)
        super().__init__(parent, axisItems={"left": self.left_axis})
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        self.left_axis.setWidth(self.fontMetrics().horizontalAdvance("¥1.5m") + 14)  # "¥1.5m" whole
        self.legend = plot.addLegend(offset=(-5, 2), colCount=2)
        width = 0.27
        self.bars = {}
        for key, colour, shift, name in ((PLANNED, PLANNED, -width, self.tr("As planned")),
                                         (UNTIMED, UNTIMED, 0.0, self.tr("Optimised, dates as they are")),
                                         (RETIMED, RETIMED, width, self.tr("Retimed"))):
            bar = pg.BarGraphItem(x=[], height=[], width=width, brush=colour, pen=pg.mkPen(None), name=name)
            bar.shift = shift
            plot.addItem(bar)  # named: the legend lists it
            self.bars[key] = bar
        self.caps = plot.plot([], [], pen=None, symbol="_", symbolSize=26, symbolPen=pg.mkPen(CAP, width=3), symbolBrush=CAP,
                              name=self.tr("Cap"))
        apply_theme(self, [plot])

    def set_formatter(self, formatter: Formatter):
        self.left_axis.formatter = formatter
        self.left_axis.picture = None
        self.left_axis.update()

    def show_months(self, months, planned, untimed, retimed, caps):
        x = np.arange(len(months), dtype=float)
        for key, values in ((PLANNED, planned), (UNTIMED, untimed), (RETIMED, retimed)):
            bar = self.bars[key]
            bar.setOpts(x=x + bar.shift, height=np.asarray(values, dtype=float))
        caps = np.asarray(caps, dtype=float)
        finite = np.isfinite(caps)
        self.caps.setData(x[finite] + self.bars[RETIMED].shift, caps[finite])
        years = len({m.year for m in months}) > 1
        self.getPlotItem().getAxis("bottom").setTicks([[(k, month_text(m, year=years)) for k, m in enumerate(months)]])
        top = max([float(np.max(v)) for v in (planned, untimed, retimed) if len(v)] +
                  [float(caps[finite].max()) if finite.any() else 0.0, 1.0])
        self.setYRange(0, top * 1.5, padding=0)  # room for the legend above the bars
        self.setXRange(-0.6, len(months) - 0.4, padding=0)

    def clear_months(self):
        for bar in self.bars.values():
            bar.setOpts(x=[], height=[])
        self.caps.setData([], [])
