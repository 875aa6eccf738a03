"""Optimise: choose what to maximise and the limits, see the plan before and after, apply it or keep it as a
new scenario.

The dialog edits a working copy of the plan (locks, minimums, maximums): nothing reaches the document until
Apply, which is one undoable edit. The optimiser takes milliseconds, so it reruns on every change of the inputs;
the frontier (30 optimisations) runs in a worker and is replaced when the inputs change again.
"""
from __future__ import annotations

import logging
import math
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.core.amounts import AmountError, check_limit
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import evaluate
from market_entry_planner.core.model import Plan
from market_entry_planner.core.optimise.constraints import Constraints
from market_entry_planner.core.optimise.frontier import frontier
from market_entry_planner.core.optimise.goal_seek import GoalSeek, goal_seek
from market_entry_planner.core.optimise.marginal import marginal_returns
from market_entry_planner.core.optimise.optimiser import OBJECTIVES, Optimisation, optimise
from market_entry_planner.core.optimise.risk import RiskChoice, cautious
from market_entry_planner.core.optimise.timing import Retiming, retime
from market_entry_planner.core.parameters import MONEY
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.gui import workers
from market_entry_planner.gui.amount_edit import AmountSpinBox, amount_message, typed_value
from market_entry_planner.gui.charts.frontier import FrontierPlot
from market_entry_planner.gui.dialogs.timing import MonthsChart, TimingBox, plan_months
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import channel_text, data_text
from market_entry_planner.gui.models.delegates import PlanDelegate
from market_entry_planner.gui.models.flighting import month_text
from market_entry_planner.gui.models.tables import CONTEXT_ROLE, KIND_ROLE

# which marginal-returns metric and which kind of number each objective is
_MARGINAL_OF = {"reach": "reach", "reach3": "effective_reach", "gmv": "gmv", "contribution": "profit"}
_KIND_OF = {"reach": "count", "reach3": "count", "gmv": "money", "contribution": "money"}
NO_MAXIMUM = -1.0  # the Max spin box's "no maximum" (its special value)
STEPS = (0.0, 1_000.0, 10_000.0, 100_000.0)  # rounding steps offered, CNY
TARGETS = ("reach_pct", "reach3_pct", "gmv", "contribution", "roas", "roi")
UP, DOWN = QColor("#2e9d57"), QColor("#d0453a")


class LimitsDelegate(PlanDelegate):
    """Money editors; the Max column's lowest value reads "no maximum"."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if index.data(KIND_ROLE) == "money" and index.column() == OptimiseLinesModel.MAX:
            editor.setMinimum(NO_MAXIMUM)
            editor.setSpecialValueText(self.tr("no maximum"))
        return editor


class OptimiseLinesModel(QAbstractTableModel):
    """The working plan's lines: limits to edit, budgets now and optimised, what the next ¥10k adds."""

    LINE, LOCK, MIN, MAX, FREQ, NOW, AFTER, CHANGE, NEXT, LIMIT = range(10)
    limitsChanged = Signal()
    editRejected = Signal(str)

    def __init__(self, dialog: "OptimiseDialog"):
        super().__init__(dialog)
        self.dialog = dialog
        self.headers = [self.tr("Line"), self.tr("Lock"), self.tr("Min"), self.tr("Max"), self.tr("Max freq."),
                        self.tr("Now"), self.tr("Optimised"), self.tr("Change"), self.tr("Next ¥10k adds"),
                        self.tr("Limit")]
        self.binding_labels = {"locked": self.tr("locked"), "min": self.tr("at minimum"),
                               "max": self.tr("at maximum"), "free": ""}

    @property
    def plan(self) -> Plan:
        return self.dialog.plan

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.plan.lines)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.headers):
            if section == self.NEXT and self.dialog.marginal_budget is not None:
                return self.tr("Next ¥10k adds\n(at {0})").format(self.dialog.formatter.money(
                    self.dialog.marginal_budget))
            return self.headers[section]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == self.FREQ:
            return self.tr("A frequency cap: at most this many exposures on average per person the line reaches "
                           "(its frequency in the estimate). Double-click to set it, e.g. 3; empty: no cap. Feed ads, "
                           "videos and livestreams only: search ads answer searches")
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == self.NEXT:
            return self.tr("What ¥10,000 more on this line alone adds to the objective, measured at the optimised "
                           "plan (its total in brackets), with every constraint as set: where the next yuan works "
                           "hardest")
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == self.LOCK:
            flags |= Qt.ItemIsUserCheckable
        elif index.column() in (self.MIN, self.MAX) and not self.plan.lines[index.row()].locked:
            flags |= Qt.ItemIsEditable
        elif index.column() == self.FREQ and self._can_cap(index.row()):
            flags |= Qt.ItemIsEditable
        return flags

    def _can_cap(self, row: int) -> bool:
        """Lines whose tactic buys impressions or views have a frequency; search ads answer searches."""
        line = self.plan.lines[row]
        tactic = self.plan.tactics.get(line.tactic)
        return not line.locked and tactic is not None and tactic.buying != "cpc"

    def _line_text(self, row: int) -> str:
        line = self.plan.lines[row]
        return f"{channel_text(line.channel)} · {line.name or self._tactic(line.tactic)}"

    def _tactic(self, key: str) -> str:
        tactic = self.plan.tactics.get(key)
        return data_text(tactic.label) if tactic else key

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.plan.lines):
            return None
        row, col = index.row(), index.column()
        line = self.plan.lines[row]
        f: Formatter = self.dialog.formatter
        result: Optimisation | None = self.dialog.result
        if role == Qt.CheckStateRole and col == self.LOCK:
            return Qt.Checked if line.locked else Qt.Unchecked
        if role == KIND_ROLE and col in (self.MIN, self.MAX):
            return "money"
        if role == CONTEXT_ROLE and col in (self.MIN, self.MAX):
            return f.currency, dict(self.plan.market.exchange_rates)
        if role == Qt.EditRole and col in (self.MIN, self.MAX):
            value = line.min_budget if col == self.MIN else line.max_budget
            if value is None:
                return 0.0 if col == self.MIN else NO_MAXIMUM
            return value / f.rate
        if role == Qt.TextAlignmentRole and col not in (self.LINE, self.LOCK, self.LIMIT):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col == self.LINE:
            return self.tr("{0} — {1}").format(self._tactic(line.tactic), line.name or "")
        if role == Qt.ForegroundRole and col == self.CHANGE and result is not None:
            change = result.budgets_after[row] - result.budgets_before[row]
            return UP if change > 0.5 else (DOWN if change < -0.5 else None)
        if role == Qt.FontRole and col == self.AFTER:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.DisplayRole:
            return None
        if col == self.LINE:
            return self._line_text(row)
        if col == self.MIN:
            return f.money(line.min_budget, compact=False) if line.min_budget else ""
        if col == self.MAX:
            return "" if line.max_budget is None else f.money(line.max_budget, compact=False)
        if col == self.FREQ:
            cap = self.dialog.frequency_caps.get(row)
            return "" if cap is None else f.ratio(cap)
        if col == self.NOW:
            return f.money(line.budget, compact=False)
        if result is None:
            return ""
        if col == self.AFTER:
            return f.money(float(result.budgets_after[row]), compact=False)
        if col == self.CHANGE:
            change = float(result.budgets_after[row] - result.budgets_before[row])
            return f.delta("money", change) if abs(change) >= 0.5 else "–"
        if col == self.NEXT:
            marginal = self.dialog.marginal
            if marginal is None:
                return ""
            value = float(marginal.next_step[_MARGINAL_OF[self.dialog.objective]][row])
            if not math.isfinite(value):
                return "–"
            kind = _KIND_OF[self.dialog.objective]
            return f.delta(kind, value) or "0"
        if col == self.LIMIT:
            if row in self.dialog.capped_rows:
                return self.tr("at frequency cap")
            return self.binding_labels[str(result.binding[row])]
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        plan = self.plan
        if col == self.FREQ and role == Qt.EditRole:
            return self._set_cap(row, value)
        try:
            if col == self.LOCK and role == Qt.CheckStateRole:
                checked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
                new = edits.set_line_field(plan, row, "locked", bool(checked))
            elif col in (self.MIN, self.MAX) and role == Qt.EditRole:
                field = "min_budget" if col == self.MIN else "max_budget"
                if isinstance(value, str):  # typed: "500k", "¥30万", "€120k" (core.amounts), in yuan
                    cny = typed_value(value, MONEY, self.dialog.formatter.currency, plan.market.exchange_rates)
                    amount = None if cny is None else check_limit(MONEY, cny, value)
                    amount = None if col == self.MIN and not amount else amount
                else:
                    number = float(value)
                    amount = None if (col == self.MAX and number < 0) or (col == self.MIN and number <= 0) \
                        else number * self.dialog.formatter.rate
                new = edits.set_line_field(plan, row, field, amount)
            else:
                return False
        except AmountError as error:
            self.editRejected.emit(amount_message(error))
            return False
        except (edits.EditError, ValueError) as error:
            self.editRejected.emit(str(error))
            return False
        self.dialog.plan = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        self.limitsChanged.emit()
        return True

    def _set_cap(self, row: int, value) -> bool:
        """A cap typed as 3, 2.5 or 2,5 (empty: none); a cap of 1 or less means nothing and is refused."""
        text = str(value).strip().replace(",", ".") if value is not None else ""
        caps = self.dialog.frequency_caps
        if not text:
            caps.pop(row, None)
        else:
            try:
                number = float(text)
            except ValueError:
                self.editRejected.emit(self.tr("'{0}' is not a frequency: type a number above 1, e.g. 3.").format(value))
                return False
            if not number > 1 or not math.isfinite(number):
                self.editRejected.emit(self.tr("A frequency cap must be above 1: everyone reached sees the ads at "
                                               "least once."))
                return False
            caps[row] = number
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        self.limitsChanged.emit()
        return True

    def refresh(self):
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.headers) - 1))
        self.headerDataChanged.emit(Qt.Horizontal, self.NEXT, self.NEXT)


class OptimiseDialog(QDialog):
    applied = Signal(str)   # "plan" or "scenario"

    def __init__(self, document: PlanDocument, formatter: Formatter, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = formatter
        self.plan: Plan = document.plan           # the working copy: limits edited here until Apply
        self.result: Optimisation | None = None
        self.goal: GoalSeek | None = None          # the answer to "What does it take?" when that is asked
        self.goal_job: workers.Job | None = None
        self.marginal = None
        self.marginal_budget: float | None = None  # the total at which "Next ¥10k adds" is measured
        self.frontier_job: workers.Job | None = None
        self.frontier_result = None
        self.optimise_job: workers.Job | None = None  # floors, shares of an "up to" total, the P10: seconds
        self.frequency_caps: dict[int, float] = {}  # per line row: at most this frequency (the Max freq. column)
        self.risk: RiskChoice | None = None         # both plans' P10–P50–P90 when the cautious plan is asked
        self.timing: Retiming | None = None         # the answer when "Choose the months too" is ticked
        self.timing_job: workers.Job | None = None
        self.setWindowTitle(self.tr("Optimise the budget — {0}").format(document.plan.scenario.name))
        self.resize(1240, 680)
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_goal_row())
        layout.addLayout(self._make_target_row())
        layout.addLayout(self._make_constraints_row())
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._make_timing(), 0)
        layout.addWidget(self._make_lines_and_frontier(), 1)
        layout.addWidget(self._small_print(self.tr(
            "Tick Lock to keep a line's budget; double-click Min or Max to bound it. KOL sessions and videos move in "
            "whole units. Drag the red line on the chart to try another total.")))
        layout.addLayout(self._make_buttons())
        self._connect()
        self._frontier_stale = True
        self.run()

    # -- building
    def _money_box(self) -> AmountSpinBox:
        """A box that reads 500k, ¥30万 or €120k (core.amounts), in the display currency."""
        box = AmountSpinBox(MONEY, lambda: self.formatter.currency, lambda: dict(self.plan.market.exchange_rates))
        box.setRange(0, 1e12)
        box.setDecimals(0)
        box.setSingleStep(100_000)
        box.setGroupSeparatorShown(True)
        box.setPrefix(self.formatter.symbol)
        box.setKeyboardTracking(False)
        return box

    @staticmethod
    def _small_print(text: str = "") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 11px; color: palette(mid);")
        return label

    def _make_goal_row(self) -> QHBoxLayout:
        """Maximise [objective] spending (exactly | up to) [total]."""
        self.objective_box = QComboBox()
        n = self.plan.market.effective_frequency
        self.objective_labels = {"reach": self.tr("Deduplicated reach"),
                                 "reach3": self.tr("Effective reach {0}+").format(n),
                                 "gmv": self.tr("GMV"),
                                 "contribution": self.tr("Profit (contribution − marketing cost)")}
        for key in OBJECTIVES:
            self.objective_box.addItem(self.objective_labels[key], key)
        self.total_box = self._money_box()
        self.total_box.setValue(self.plan.total_budget / self.formatter.rate)
        self.exactly = QRadioButton(self.tr("exactly"))
        self.at_most = QRadioButton(self.tr("up to"))
        self.exactly.setChecked(True)
        self.at_most.setToolTip(self.tr("Spend only where it pays: money that would lower the objective stays "
                                        "unspent"))
        self.risk_box = QComboBox()
        self.risk_box.addItem(self.tr("at the central figures (P50)"), "p50")
        self.risk_box.addItem(self.tr("cautiously (the highest P10)"), "p10")
        self.risk_box.setToolTip(self.tr(
            "Central: the best plan at the assumptions' central figures. Cautious: among plans that are best when the "
            "assumptions turn out badly, the one whose P10 over the Monte Carlo draws is highest; both plans' "
            "P10–P90 are shown, so the price of caution is visible"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Maximise")))
        row.addWidget(self.objective_box)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("spending")))
        for widget in (self.exactly, self.at_most, self.total_box):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.risk_box)
        row.addStretch(1)
        return row

    def _make_target_row(self) -> QHBoxLayout:
        """What does it take? [reach % ▾] of [60] — the least budget that reaches it (ROAS, ROI: the most)."""
        self.target_check = QCheckBox(self.tr("What does it take?"))
        self.target_check.setToolTip(self.tr("Find the least total budget that reaches a target, with every limit "
                                             "below; for ROAS and ROI, the most you can spend and still hold it"))
        self.target_box = QComboBox()
        labels = {"reach_pct": self.tr("Reach, % of the target group"),
                  "reach3_pct": self.tr("Effective reach {0}+, % of the target group").format(
                      self.plan.market.effective_frequency),
                  "gmv": self.tr("GMV"), "contribution": self.tr("Profit (contribution − marketing cost)"),
                  "roas": self.tr("ROAS (GMV ÷ budget)"), "roi": self.tr("Profit ROI, %")}
        for key in TARGETS:
            self.target_box.addItem(labels[key], key)
        self.target_value = QDoubleSpinBox()
        self.target_value.setRange(-1e12, 1e12)
        self.target_value.setDecimals(2)
        self.target_value.setGroupSeparatorShown(True)
        self.target_value.setValue(60.0)
        self.target_value.setKeyboardTracking(False)
        self.target_value.setMinimumWidth(140)
        row = QHBoxLayout()
        row.addWidget(self.target_check)
        row.addWidget(self.target_box)
        row.addWidget(QLabel(self.tr("of")))
        row.addWidget(self.target_value)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Round budgets to")))
        self.step_box = QComboBox()
        for step in STEPS:
            self.step_box.addItem(self.tr("the fen") if step == 0 else self.formatter.money(step, compact=False), step)
        self.step_box.setCurrentIndex(2 if self.plan.total_budget >= 1e6 else 1)
        self.step_box.setToolTip(self.tr("Every line that takes any amount gets a multiple of this; the total and "
                                         "every limit still hold (KOL sessions and videos stay in whole units)"))
        row.addWidget(self.step_box)
        self._target_enabled(False)
        return row

    def _target_enabled(self, on: bool):
        self.target_box.setEnabled(on)
        self.target_value.setEnabled(on)
        self.objective_box.setEnabled(not on)
        self.total_box.setEnabled(not on)
        self.exactly.setEnabled(not on)
        self.at_most.setEnabled(not on)

    def _make_constraints_row(self) -> QHBoxLayout:
        """Per channel: at least, at most, share of the budget; KPI floors."""
        channels = QGroupBox(self.tr("Channels"))
        grid = QGridLayout(channels)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(2)
        for column, text in enumerate((self.tr("At least"), self.tr("At most"), self.tr("Share from"),
                                       self.tr("to"))):
            grid.addWidget(QLabel(text), 0, column + 1)
        self.channel_boxes: dict[str, AmountSpinBox] = {}
        self.channel_max_boxes: dict[str, AmountSpinBox] = {}
        self.share_boxes: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        for row, channel in enumerate(dict.fromkeys(line.channel for line in self.plan.lines), start=1):
            grid.addWidget(QLabel(channel_text(channel)), row, 0)
            low = self._money_box()
            low.setSpecialValueText(self.tr("any"))
            low.setToolTip(self.tr("The least the optimised plan spends on {0} (any: no minimum)").format(
                channel_text(channel)))
            high = self._money_box()
            high.setSpecialValueText(self.tr("no maximum"))
            high.setToolTip(self.tr("The most the optimised plan spends on {0}").format(channel_text(channel)))
            share_low, share_high = self._share_box(0.0), self._share_box(100.0)
            share_low.setToolTip(self.tr("{0}'s least share of the money spent").format(channel_text(channel)))
            share_high.setToolTip(self.tr("{0}'s largest share of the money spent").format(channel_text(channel)))
            for column, widget in enumerate((low, high, share_low, share_high), start=1):
                grid.addWidget(widget, row, column)
            self.channel_boxes[channel] = low
            self.channel_max_boxes[channel] = high
            self.share_boxes[channel] = (share_low, share_high)
        floors = QGroupBox(self.tr("Keep at least"))
        form = QGridLayout(floors)
        form.setContentsMargins(6, 4, 6, 4)
        form.setVerticalSpacing(2)
        n = self.plan.market.effective_frequency
        self.floor_widgets: dict[str, tuple[QCheckBox, QDoubleSpinBox]] = {}
        for row, (key, text, suffix, value) in enumerate((
                ("roi", self.tr("Profit ROI"), " %", 0.0),
                ("roas", self.tr("ROAS"), "", 2.0),
                ("contribution", self.tr("Profit"), "", 0.0),
                ("reach3", self.tr("Effective reach {0}+").format(n), " %", 10.0))):
            check = QCheckBox(text)
            if key == "contribution":
                box = self._money_box()
                box.setRange(-1e12, 1e12)
            else:
                box = QDoubleSpinBox()
                box.setRange(-100.0 if key == "roi" else 0.0, 1e4 if key != "reach3" else 100.0)
                box.setDecimals(2 if key == "roas" else 1)
                box.setSuffix(suffix)
                box.setKeyboardTracking(False)
            box.setValue(value if key != "contribution" else 0.0)
            box.setEnabled(False)
            check.toggled.connect(box.setEnabled)
            form.addWidget(check, row, 0)
            form.addWidget(box, row, 1)
            self.floor_widgets[key] = (check, box)
        row = QHBoxLayout()
        row.addWidget(channels, 3)
        row.addWidget(floors, 1)
        return row

    def _share_box(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 100.0)
        box.setDecimals(0)
        box.setSuffix(" %")
        box.setValue(value)
        box.setKeyboardTracking(False)
        return box

    def _make_lines_and_frontier(self) -> QSplitter:
        """The lines table (limits, now, optimised, the next ¥10k) beside the frontier chart."""
        self.model = OptimiseLinesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(LimitsDelegate(lambda: self.formatter.symbol, self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)  # the Line column whole: names are never cut
        header.setStretchLastSection(True)
        self.view.setTextElideMode(Qt.ElideNone)
        self.frontier_plot = FrontierPlot()
        self.frontier_plot.set_formatter(self.formatter)
        self.frontier_status = self._small_print()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.frontier_title = QLabel(self.tr("<b>What each total budget can buy at best</b>"))
        right_layout.addWidget(self.frontier_title)
        right_layout.addWidget(self.frontier_plot, 1)
        right_layout.addWidget(self.frontier_status)
        # with "Choose the months too" the spend per month takes the frontier's place (a question of when, not
        # of how much)
        self.months_title = QLabel(self.tr("<b>Spend per month</b>"))
        self.months_title.hide()
        right_layout.addWidget(self.months_title)
        right_layout.addWidget(self.months_chart, 1)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 380])
        return splitter

    def _make_timing(self) -> QWidget:
        """Choose the months too: the switch, a row of monthly caps, and the spend per month (core/optimise/timing)."""
        self.timing_box = TimingBox(self.formatter)
        self.timing_box.set_months(plan_months(self._compiled()))
        self.months_chart = MonthsChart()   # placed beside the lines, instead of the frontier, when timing is on
        self.months_chart.set_formatter(self.formatter)
        self.months_chart.hide()
        return self.timing_box

    def _make_buttons(self) -> QHBoxLayout:
        """Notes on the result, then Keep as a new scenario, Apply, Close."""
        self.notes = self._small_print()
        self.apply_button = QPushButton(self.tr("Apply to '{0}'").format(self.plan.scenario.name))
        self.apply_button.setDefault(True)
        self.apply_button.setToolTip(self.tr("Set these budgets (and limits) in the scenario shown: one edit, "
                                             "Undo restores"))
        self.scenario_button = QPushButton(self.tr("Keep as a new scenario…"))
        self.scenario_button.setToolTip(self.tr("Add the optimised plan as a scenario beside yours, to compare"))
        self.close_button = QPushButton(self.tr("Close"))
        row = QHBoxLayout()
        row.addWidget(self.notes, 1)
        for button in (self.scenario_button, self.apply_button, self.close_button):
            row.addWidget(button)
        return row

    def _connect(self):
        self.rerun_timer = QTimer(self)
        self.rerun_timer.setSingleShot(True)
        self.rerun_timer.setInterval(0)  # coalesce several changes made in one event-loop turn
        self.rerun_timer.timeout.connect(self.run)
        self.objective_box.currentIndexChanged.connect(lambda _: self._inputs_changed(frontier=True))
        self.exactly.toggled.connect(lambda _: self._inputs_changed(frontier=True))
        self.total_box.valueChanged.connect(lambda _: self._inputs_changed(frontier=False))
        for box in (self.total_box, *self.channel_boxes.values()):
            box.rejected.connect(self.notes.setText)  # "1.2.3" is not an amount: said, not guessed
        for box in (*self.channel_boxes.values(), *self.channel_max_boxes.values()):
            box.valueChanged.connect(lambda _: self._inputs_changed(frontier=True))
            box.rejected.connect(self.notes.setText)
        for pair in self.share_boxes.values():
            for box in pair:
                box.valueChanged.connect(lambda _: self._inputs_changed(frontier=True))
        for check, box in self.floor_widgets.values():
            check.toggled.connect(lambda _: self._inputs_changed(frontier=True))
            box.valueChanged.connect(lambda _: self._inputs_changed(frontier=True))
        self.step_box.currentIndexChanged.connect(lambda _: self._inputs_changed(frontier=False))
        self.risk_box.currentIndexChanged.connect(lambda _: self._inputs_changed(frontier=False))
        self.target_check.toggled.connect(self._target_enabled)
        self.target_check.toggled.connect(lambda _: self._inputs_changed(frontier=False))
        self.target_box.currentIndexChanged.connect(self._target_kind_changed)
        self.target_value.valueChanged.connect(lambda _: self._inputs_changed(frontier=False))
        self.model.limitsChanged.connect(lambda: self._inputs_changed(frontier=True))
        self.timing_box.changed.connect(lambda: self._inputs_changed(frontier=False))
        self.model.editRejected.connect(lambda text: self.notes.setText(text))
        self.frontier_plot.totalDragged.connect(lambda cny: self.total_box.setValue(cny / self.formatter.rate))
        self.apply_button.clicked.connect(self.apply)
        self.scenario_button.clicked.connect(self.apply_as_scenario)
        self.close_button.clicked.connect(self.reject)

    # -- inputs
    @property
    def objective(self) -> str:
        return self.objective_box.currentData()

    @property
    def total(self) -> float:
        """CNY. While the box still shows the plan's own total (rounded to whole units of the display currency),
        that exact total: rounding ¥5,000,000 through euros must not change the question."""
        shown = self.total_box.value()
        plan_total = self.plan.total_budget
        if shown == round(plan_total / self.formatter.rate):
            return plan_total
        return shown * self.formatter.rate

    @property
    def channel_minimums(self) -> dict[str, float]:
        return {channel: box.value() * self.formatter.rate for channel, box in self.channel_boxes.items()
                if box.value() > 0}

    @property
    def step(self) -> float:
        return float(self.step_box.currentData() or 0.0)

    def constraints(self) -> Constraints:
        """The channel limits and KPI floors as set in the dialog (CNY, shares as fractions)."""
        maximums = {ch: box.value() * self.formatter.rate for ch, box in self.channel_max_boxes.items()
                    if box.value() > 0}
        shares = {}
        for channel, (low, high) in self.share_boxes.items():
            if low.value() > 0 or high.value() < 100:
                shares[channel] = (low.value() / 100, max(low.value(), high.value()) / 100)
        floors = {}
        population = self.plan.market.target_population or 0.0
        for key, (check, box) in self.floor_widgets.items():
            if not check.isChecked():
                continue
            value = box.value()
            if key == "roi" or key == "reach3":
                value /= 100
            if key == "reach3":
                value *= population
            if key == "contribution":
                value *= self.formatter.rate
            floors[key] = value
        return Constraints(channel_minimums=self.channel_minimums, channel_maximums=maximums, channel_shares=shares,
                           floors=floors)

    def _target_kind_changed(self, _=None):
        kind = self.target_box.currentData()
        defaults = {"reach_pct": 60.0, "reach3_pct": 25.0, "gmv": 20e6 / self.formatter.rate,
                    "contribution": 0.0, "roas": 2.0, "roi": 0.0}
        self.target_value.blockSignals(True)
        self.target_value.setSuffix(" %" if kind in ("reach_pct", "reach3_pct", "roi") else "")
        self.target_value.setPrefix(self.formatter.symbol if kind in ("gmv", "contribution") else "")
        self.target_value.setDecimals(0 if kind in ("gmv", "contribution") else 2)
        self.target_value.setValue(defaults[kind])
        self.target_value.blockSignals(False)
        self._inputs_changed(frontier=False)

    def target(self) -> tuple[str, float]:
        kind, value = self.target_box.currentData(), self.target_value.value()
        if kind in ("reach_pct", "reach3_pct", "roi"):
            value /= 100
        elif kind in ("gmv", "contribution"):
            value *= self.formatter.rate
        return kind, value

    def _inputs_changed(self, frontier: bool):
        self._frontier_stale = self._frontier_stale or frontier
        self.rerun_timer.start()

    # -- running
    def _compiled(self):
        """The working plan compiled: it depends on the plan only, not on the objective or total the user is
        trying, so it is worked out once per plan."""
        if getattr(self, "_compiled_for", None) is not self.plan:
            self._compiled_for = self.plan
            self._compiled_plan = compile_plan(self.plan)
        return self._compiled_plan

    def run(self):
        """Optimise the working plan now (milliseconds) and, if the limits or objective changed, the frontier; with
        "What does it take?", the goal-seek runs in a worker (a few seconds)."""
        self.timing = None
        timing = self.timing_box.enabled
        for widget in (self.months_title, self.months_chart):
            widget.setVisible(timing)
        for widget in (self.frontier_title, self.frontier_plot, self.frontier_status):
            widget.setVisible(not timing)
        self.step_box.setEnabled(not timing)  # months are chosen to the fen (rounding them is not built yet)
        if self.timing_box.enabled:
            self._start_timing()
            return
        if self.target_check.isChecked():
            self._start_goal()
            return
        self.goal = None
        self.risk = None
        constraints = self.constraints()
        if self.cautious or constraints.floors or (constraints.channel_shares and self.at_most.isChecked()):
            self._start_slow(constraints)  # seconds, not milliseconds: never on the UI thread
            return
        if self.optimise_job is not None:  # a slow answer still coming would be for older inputs
            self.optimise_job.cancel()
            self.optimise_job = None
        try:
            compiled = self._compiled()
            self.result = optimise(self.plan, self.objective, self.total, self.at_most.isChecked(),
                                   compiled=compiled, constraints=constraints, step=self.step,
                                   frequency=self.frequency)
            self._measure_marginal(compiled)
        except PlanError as error:  # OptimiseError too: limits that contradict each other
            self.result = None
            self.marginal = None
            self._show_problem(error)
        except Exception as error:  # a bug of ours must not close the dialog or lose the plan: say it, log it
            logging.getLogger(__name__).exception("the optimiser failed")
            self.result = None
            self.marginal = None
            self._show_problem(PlanError([Problem(self.tr("The optimiser failed: {0}").format(error))]))
        else:
            self._show_result()
        self._after_result()

    def _after_result(self):
        self.model.refresh()
        if self._frontier_stale:
            self._frontier_stale = False
            self._start_frontier()
        self._update_points()

    def _start_slow(self, constraints: Constraints):
        """KPI floors, shares of an "up to" total and the cautious P10 take seconds: they run in a worker, the
        summary says so, Apply waits, and an answer for inputs changed since is dropped."""
        if self.optimise_job is not None:
            self.optimise_job.cancel()
        self.result, self.marginal, self.marginal_budget = None, None, None
        self.model.refresh()
        self.apply_button.setEnabled(False)
        self.scenario_button.setEnabled(False)
        self.notes.setText("")
        plan, objective, total, at_most, step = self.plan, self.objective, self.total, self.at_most.isChecked(), \
            self.step
        compiled = self._compiled()
        if self.cautious:
            try:
                capped = self._capped_plan()
            except PlanError as error:
                self._show_problem(error)
                return
            self.summary.setText(self.tr("Looking for the plan with the highest P10 over the Monte Carlo draws…"))
            job = workers.Job(lambda: cautious(capped, objective, total, at_most, constraints, step,
                                               compiled=compiled))
        else:
            self.summary.setText(self.tr("Optimising within the floors and shares…"))
            frequency = self.frequency
            job = workers.Job(lambda: optimise(plan, objective, total, at_most, compiled=compiled,
                                               constraints=constraints, step=step, frequency=frequency))
        job.signals.finished.connect(lambda result, j=job: self._slow_done(j, result))
        job.signals.failed.connect(lambda error, j=job: self._slow_failed(j, error))
        self.optimise_job = workers.start(job)

    def _slow_done(self, job, found):
        if job is not self.optimise_job:
            return
        self.optimise_job = None
        if isinstance(found, RiskChoice):
            self.risk = found
            self.result = found.cautious
        else:
            self.result = found
        try:
            self._measure_marginal(self._compiled())
        except PlanError:
            self.marginal = None
        self._show_result()
        self._after_result()

    def _slow_failed(self, job, error):
        if job is not self.optimise_job:
            return
        self.optimise_job = None
        self.result = None
        self.marginal = None
        if not isinstance(error, PlanError):
            logging.getLogger(__name__).error("the optimiser failed: %r", error)
            error = PlanError([Problem(self.tr("The optimiser failed: {0}").format(error))])
        self._show_problem(error)
        self._after_result()

    def _capped_plan(self) -> Plan:
        """The working plan with each frequency cap held as its line's maximum budget, for the questions that take
        no caps of their own (what does it take?, the cautious plan); only budgets reach the document on Apply."""
        if not self.frequency_caps:
            return self.plan
        from market_entry_planner.core.optimise.frequency import frequency_limits, with_frequency_limits

        return with_frequency_limits(self.plan, frequency_limits(self.plan, self._compiled(), self.frequency))

    @property
    def capped_rows(self) -> set[int]:
        """Rows the optimised plan holds at their frequency cap (within the rounding step)."""
        if self.result is None or not self.result.frequency:
            return set()
        if getattr(self, "_capped_for", None) is not self.result:
            self._capped_for = self.result
            self._capped = {b["line"] for b in self.result.binding_constraints if b["kind"] == "frequency_cap"}
        return self._capped

    @property
    def frequency(self) -> dict | None:
        """The Max freq. column as the optimiser takes it: {row: (no minimum, cap)}."""
        return {row: (None, cap) for row, cap in self.frequency_caps.items()} or None

    @property
    def cautious(self) -> bool:
        return self.risk_box.currentData() == "p10"

    # -- timing
    def _start_timing(self):
        """Retime in a worker (a second or so): the summary says so and Apply waits for the answer."""
        if self.timing_job is not None:
            self.timing_job.cancel()
            self.timing_job = None
        caps = self.timing_box.month_caps()
        self.result, self.marginal, self.marginal_budget = None, None, None
        self.model.refresh()
        self.apply_button.setEnabled(False)
        self.scenario_button.setEnabled(False)
        if caps is None:  # a cap that is not an amount: the box says which
            self.summary.setText("")
            return
        if self.frequency_caps:
            self.summary.setText(self.tr("Frequency caps and the months cannot be chosen together yet: clear the "
                                         "Max freq. column or untick the months."))
            return
        if self.target_check.isChecked() or self.cautious:
            self.summary.setText(self.tr("“What does it take?” and the months cannot be chosen together yet: untick "
                                         "one of them.") if self.target_check.isChecked() else self.tr(
                "The cautious P10 and the months cannot be chosen together yet: choose the central figures."))
            return
        self.summary.setText(self.tr("Choosing the months…"))
        plan, objective, total, at_most = self.plan, self.objective, self.total, self.at_most.isChecked()
        constraints = self.constraints()
        job = workers.Job(lambda: retime(plan, objective, total, at_most, constraints, caps))
        job.signals.finished.connect(lambda result, j=job: self._timing_done(j, result))
        job.signals.failed.connect(lambda error, j=job: self._timing_failed(j, error))
        self.timing_job = workers.start(job)

    def _timing_done(self, job, t: Retiming):
        if job is not self.timing_job:
            return
        self.timing_job = None
        self.timing = t
        totals = t.line_months.sum(axis=1)  # per line of the plan: what the retimed months add up to
        self.result = replace(t.base, after=evaluate(self._compiled(), totals), value_after=t.value_after)
        self.months_chart.show_months(t.months, t.spend_before, t.spend_untimed, t.spend_after, t.caps)
        label = self.objective_labels[self.objective]
        certainty = self.tr("best timing found (not proven)") if t.upper_bound is None else (
            self.tr("proven best timing") if t.exact else self.tr("within {0} of the best timing").format(
                self.formatter.share(max((t.upper_bound - t.value_after) / abs(t.upper_bound), 1e-4), 2)))
        self.summary.setText(self.tr("<b>{0}</b>: {1} as planned → {2} optimised with the dates as they are → "
                                     "<b>{3}</b> with the months chosen · {4}").format(
            _html(label), self._value_text(t.value_before), self._value_text(t.value_untimed),
            self._value_text(t.value_after), certainty))
        moved = sum(1 for line in t.plan.lines if " · " in (line.name or "")) if t.retimed.any() else 0
        notes = []
        held = "; ".join([self._binding_text(t.base)] + [self.tr("{0} ≤ {1}").format(
            month_text(date.fromisoformat(b["month"] + "-01")), self.formatter.money(b["limit"]))
            for b in t.binding_caps])
        if held.strip("; "):
            notes.append(self.tr("Held at: {0}.").format(held.strip("; ")))
        if not t.retimed.any():
            notes.append(self.tr("No line can move between months: it takes dated lines, not locked, bought by the "
                                 "yuan and running over two months or more."))
        elif moved:
            notes.append(self.tr("Apply splits the lines that move into {0} lines, one per month with money.").format(
                moved))
        self.notes.setText(" ".join(notes))
        self.model.refresh()
        self.apply_button.setEnabled(True)
        self.scenario_button.setEnabled(True)
        self._update_points()

    def _timing_failed(self, job, error):
        if job is not self.timing_job:
            return
        self.timing_job = None
        self.timing = None
        self.months_chart.clear_months()
        if not isinstance(error, PlanError):
            logging.getLogger(__name__).error("the timing failed: %r", error)
            error = PlanError([Problem(self.tr("The optimiser failed: {0}").format(error))])
        self._show_problem(error)

    def _measure_marginal(self, compiled):
        """What the next ¥10k adds on each line, at the optimised plan (so it follows every constraint)."""
        if self.result is None:
            self.marginal, self.marginal_budget = None, None
            return
        budgets = self.result.budgets_after
        self.marginal = marginal_returns(compiled, budgets)
        self.marginal_budget = float(budgets.sum())

    def _start_goal(self):
        if self.goal_job is not None:
            self.goal_job.cancel()
        kind, value = self.target()
        try:
            plan = self._capped_plan()
        except PlanError as error:
            self._show_problem(error)
            return
        constraints, step = self.constraints(), self.step
        self.summary.setText(self.tr("Working out what it takes…"))
        self.result, self.marginal, self.marginal_budget = None, None, None
        self.model.refresh()
        self.apply_button.setEnabled(False)
        self.scenario_button.setEnabled(False)
        job = workers.Job(lambda: goal_seek(plan, kind, value, constraints, step=step))
        job.signals.finished.connect(lambda result, j=job: self._goal_done(j, result))
        job.signals.failed.connect(lambda error, j=job: self._goal_failed(j, error))
        self.goal_job = workers.start(job)

    def _goal_done(self, job, found: GoalSeek):
        if job is not self.goal_job:
            return
        self.goal_job = None
        self.goal = found
        self.result = found.optimisation
        try:
            if self.result is not None:
                self._measure_marginal(self._compiled())
        except PlanError:
            self.marginal = None
        self._show_goal(found)
        self.model.refresh()
        self._update_points()

    def _goal_failed(self, job, error):
        if job is not self.goal_job:
            return
        self.goal_job = None
        self.result = None
        self.goal = None
        if not isinstance(error, PlanError):
            logging.getLogger(__name__).error("the goal-seek failed: %r", error)
            error = PlanError([Problem(self.tr("The optimiser failed: {0}").format(error))])
        self._show_problem(error)
        self.model.refresh()

    def _goal_value_text(self, kind: str, value: float) -> str:
        f = self.formatter
        if kind in ("reach_pct", "reach3_pct"):
            return f.share(value)
        if kind in ("gmv", "contribution"):
            return f.money(value)
        if kind == "roi":
            return f.share(value)
        return f"{value:.2f}"

    def _show_goal(self, g: GoalSeek):
        label = self.target_box.currentText()
        f = self.formatter
        target = self._goal_value_text(g.kpi, g.target)
        if not g.reached:
            text = self.tr("<b>{0}</b> of {1} is out of reach at any budget with these lines and limits: at best "
                           "{2}.").format(_html(label), target, self._goal_value_text(g.kpi, g.best))
        elif g.most:
            text = self.tr("<b>{0}</b> stays at {1} or more up to <b>{2}</b> ({3} there); a little more and no plan "
                           "holds it.").format(_html(label), target, f.money(g.budget),
                                               self._goal_value_text(g.kpi, g.best))
        else:
            text = self.tr("<b>{0}</b> of {1} takes at least <b>{2}</b> ({3} at that budget).").format(
                _html(label), target, f.money(g.budget), self._goal_value_text(g.kpi, g.best))
        self.summary.setText(text)
        self.notes.setText(" ".join(self._notes(g.optimisation)) if g.optimisation is not None else "")
        self.apply_button.setEnabled(g.optimisation is not None and g.reached)
        self.scenario_button.setEnabled(g.optimisation is not None and g.reached)

    def _show_problem(self, error: PlanError):
        problems = [p.message for p in error.problems[:3]]
        self.summary.setText("<span style='color:#d0453a'>" + "<br>".join(_html(p) for p in problems) + "</span>")
        self.notes.setText("")
        self.apply_button.setEnabled(False)
        self.scenario_button.setEnabled(False)

    def _certainty(self, r: Optimisation) -> str:
        if r.exact:
            return self.tr("proven best")
        if r.gap is not None and r.upper_bound:
            gap = max(r.gap / abs(r.upper_bound), 1e-4)  # "within 0.00%" reads as a bug; 0.01% is what we can say
            return self.tr("within {0} of the best possible").format(self.formatter.share(gap, 2))
        return self.tr("best found (not proven: effective reach is not concave)")

    def _value_text(self, value: float) -> str:
        kind = _KIND_OF[self.objective]
        return self.formatter.money(value) if kind == "money" else self.formatter.count(value)

    def _show_result(self):
        r = self.result
        label = self.objective_labels[self.objective]
        before, after = r.value_before, r.value_after
        change = after - before
        relative = change / abs(before) if before else float("nan")
        sign = "+" if change >= 0 else "−"
        percent = f" ({sign}{self.formatter.share(abs(relative))})" if math.isfinite(relative) else ""
        budget_note = self.tr("budget {0} → {1}").format(self.formatter.money(float(r.budgets_before.sum())),
                                                        self.formatter.money(float(r.budgets_after.sum())))
        self.summary.setText(self.tr("<b>{0}</b>: {1} → <b>{2}</b>{3} · {4} · {5}").format(
            _html(label), self._value_text(before), self._value_text(after), percent, budget_note,
            self._certainty(r)))
        if self.risk is not None:
            self.summary.setText(self.summary.text() + "<br>" + self._risk_text(self.risk))
        notes = self._notes(r)
        self.notes.setText(" ".join(notes))
        self.notes.setToolTip("")
        changes = bool(r.budget_changes) or self.plan is not self.document.plan
        self.apply_button.setEnabled(changes)
        self.scenario_button.setEnabled(True)

    def _risk_text(self, choice: RiskChoice) -> str:
        """Both plans' P10 · P50 · P90 over the same draws: what caution costs and what it protects."""
        def band(values):
            return " · ".join(self._value_text(v) for v in values)

        same = choice.cautious is choice.central
        text = self.tr("Over {0} Monte Carlo draws, P10 · P50 · P90 — central plan: {1}; cautious plan: <b>{2}</b>").format(
            choice.draws, band(choice.central_band), band(choice.cautious_band))
        if same:
            text += self.tr(" (the same plan: none of {0} candidates had a higher P10)").format(choice.candidates)
        return text

    def _notes(self, r: Optimisation) -> list[str]:
        """What the optimiser's answer means, from its fields (core's own notes are English, for the CLI)."""
        f, notes = self.formatter, []
        held = self._binding_text(r)
        if held:
            notes.append(self.tr("Held at: {0}.").format(held))
        if r.kept_input:
            notes.append(self.tr("The plan as it stands is already the best found: nothing to change."))
        unspent = r.unspent
        if unspent > r.limits.tolerance:
            if r.limits.at_most:
                notes.append(self.tr("{0} left unspent: on these lines it would cost more than it brings back (or "
                                     "they are at their maximums).").format(f.money(unspent)))
            else:
                notes.append(self.tr("{0} cannot be spent in whole units within the lines' maximums.").format(
                    f.money(unspent)))
        return notes

    def _binding_text(self, r: Optimisation) -> str:
        """The constraints the plan is held at, in the user's words and language."""
        f, parts = self.formatter, []
        for b in r.binding_constraints:
            kind = b["kind"]
            channel = channel_text(b["channel"]) if "channel" in b else ""
            if kind == "channel_minimum":
                parts.append(self.tr("{0} ≥ {1}").format(channel, f.money(b["limit"])))
            elif kind == "channel_maximum":
                parts.append(self.tr("{0} ≤ {1}").format(channel, f.money(b["limit"])))
            elif kind == "channel_share_low":
                parts.append(self.tr("{0} ≥ {1} of the budget").format(channel, f.share(b["limit"])))
            elif kind == "channel_share_high":
                parts.append(self.tr("{0} ≤ {1} of the budget").format(channel, f.share(b["limit"])))
            elif kind == "floor":
                check, _ = self.floor_widgets.get(b["kpi"], (None, None))
                parts.append(self.tr("{0} floor").format(check.text() if check is not None else b["kpi"]))
        return "; ".join(parts)

    def _start_frontier(self):
        if self.frontier_job is not None:
            self.frontier_job.cancel()  # a cancelled job says nothing more: it is not ours to wait for
            self.frontier_job = None
        self.frontier_plot.clear_curve()
        self.frontier_result = None
        try:
            compiled = self._compiled()
        except PlanError:
            self.frontier_status.setText("")
            return
        top = max(2.0 * self.plan.total_budget, 1.25 * self.total)
        if self.constraints().floors:  # each point would be a floor search of seconds: minutes for the curve
            self.frontier_status.setText(self.tr("No frontier with KPI floors: each of its points would take "
                                                 "seconds. Untick the floors to see it."))
            return
        self.frontier_status.setText(self.tr("Working out the frontier…"))
        job = workers.Job(lambda: None)
        plan, objective, at_most, floors = self.plan, self.objective, self.at_most.isChecked(), self.channel_minimums
        constraints = self.constraints()  # the curve holds every limit the answer holds
        job.function = lambda: frontier(plan, objective, top=top, at_most=at_most, compiled=compiled,
                                        cancelled=lambda: job.cancelled, channel_minimums=floors,
                                        constraints=constraints)
        job.signals.finished.connect(lambda result, j=job: self._frontier_done(j, result))
        job.signals.failed.connect(lambda error, j=job: self._frontier_failed(j, error))
        self.frontier_job = workers.start(job)

    def _frontier_done(self, job, result):
        if job is not self.frontier_job:
            return
        self.frontier_job = None
        self.frontier_result = result
        self.frontier_plot.set_curve(result.budgets, result.values)
        self.frontier_status.setText(self.tr("{0} budget levels; each point is the best plan for that total within "
                                             "your limits.").format(len(result.budgets)))
        self._update_points()

    def _frontier_failed(self, job, error):
        if job is not self.frontier_job:
            return
        self.frontier_job = None
        if not isinstance(error, PlanError):
            logging.getLogger(__name__).error("the frontier failed: %r", error)
        self.frontier_status.setText(self.tr("No frontier for these limits: {0}").format(
            error.problems[0].message if isinstance(error, PlanError) and error.problems else error))

    def _update_points(self):
        kind = _KIND_OF[self.objective]
        self.frontier_plot.set_kind(kind, self.objective_labels[self.objective])
        if self.result is None:
            return
        r = self.result
        self.frontier_plot.set_points(self.total, (float(r.budgets_before.sum()), r.value_before),
                                      (float(r.budgets_after.sum()), r.value_after))

    # -- applying
    def optimised_plan(self) -> Plan:
        if self.timing is not None:  # the retimed lines, split by month, with the working copy's limits
            return self.plan.with_lines(self.timing.plan.lines)
        return self.result.apply(self.plan)

    def apply(self):
        if self.result is None:
            return
        new = self.optimised_plan()
        rows = tuple(range(len(new.lines)))
        # lines split by month change the rows themselves: every view starts again
        change = Change("lines", rows) if len(new.lines) == len(self.document.plan.lines) else Change("reset")
        self.document.edit(self.tr("Optimise for {0}").format(self.objective_labels[self.objective]), new, change)
        self.applied.emit("plan")
        self.accept()

    def ask_scenario_name(self, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(self, self.tr("Keep as a new scenario"), self.tr("Name of the scenario:"),
                                        text=suggested)
        return name if ok else None

    def apply_as_scenario(self):
        if self.result is None:
            return
        plan = self.document.plan
        suggested = edits.unique_scenario_name(plan, self.tr("{0} — best {1}").format(
            plan.scenario.name, self.objective_labels[self.objective].lower()))
        name = self.ask_scenario_name(suggested)
        if name is None:
            return
        try:
            new = edits.add_scenario(plan, name, self.optimised_plan().lines)
        except edits.EditError as error:
            self.notes.setText(str(error))
            return
        self.document.edit(self.tr("New scenario {0}").format(name.strip()), new, Change("reset"))
        self.applied.emit("scenario")
        self.accept()

    def done(self, result):
        if self.frontier_job is not None:  # its answer would arrive after the dialog is gone
            self.frontier_job.cancel()
            self.frontier_job = None
        if self.goal_job is not None:
            self.goal_job.cancel()
            self.goal_job = None
        if self.timing_job is not None:
            self.timing_job.cancel()
            self.timing_job = None
        if self.optimise_job is not None:
            self.optimise_job.cancel()
            self.optimise_job = None
        super().done(result)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
