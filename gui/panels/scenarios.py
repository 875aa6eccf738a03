"""Scenarios side by side: a table with one column per scenario, and the buttons that manage them.

Other scenarios are estimated only while the comparison is on screen (an edit re-estimates the active one
anyway): a plan with a few scenarios costs a millisecond or two per refresh.
"""
from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.core.analysis.scenarios import COMPARED, ScenarioSummary, summarise
from market_entry_planner.core.metrics import METRIC_INFO
from market_entry_planner.gui import theme
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import data_text


class ScenarioComparison(QObject):
    """Summaries of every scenario, recomputed lazily: only when someone asks after the plan changed."""

    changed = Signal()

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self._plan = None
        self._summaries: list[ScenarioSummary] = []
        self._kept: dict[int, tuple] = {}  # id(scenario) -> (scenario, shared inputs, summary); a few at most
        document.resultsChanged.connect(self.changed)

    def summaries(self) -> list[ScenarioSummary]:
        plan = self.document.plan
        if plan is not self._plan:
            self._summaries = [self._summary(plan, i) for i in range(len(plan.scenarios))]
            self._plan = plan
            self._kept = {k: v for k, v in self._kept.items() if any(v[0] is s for s in plan.scenarios)}
        return self._summaries

    def _summary(self, plan, index: int) -> ScenarioSummary:
        """The active scenario from the document's results; the others from the last time, when neither their
        lines nor what all scenarios share changed (an edit of the shown scenario leaves them alone)."""
        if index == plan.active:
            return summarise(plan, index, self.document.results)
        scenario = plan.scenarios[index]
        shared = (plan.market, plan.assumptions, plan.tactics, plan.calendar)
        kept = self._kept.get(id(scenario))
        if kept is not None and kept[0] is scenario and all(a is b for a, b in zip(kept[1], shared)):
            return replace(kept[2], active=False)
        summary = summarise(plan, index)
        self._kept[id(scenario)] = (scenario, shared, summary)
        return summary


class ScenarioCompareModel(QAbstractTableModel):
    """Rows: the compared totals; columns: the scenarios. Read-only."""

    def __init__(self, comparison: ScenarioComparison, parent=None):
        super().__init__(parent)
        self.comparison = comparison
        self.formatter = Formatter()
        self._columns = 0
        self.visible = True  # the tab refreshes the model when it is shown

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        self.refresh()

    def summaries(self) -> list[ScenarioSummary]:
        return self.comparison.summaries()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COMPARED)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._columns

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Vertical and 0 <= section < len(COMPARED):
            key = COMPARED[section]
            if role == Qt.DisplayRole:
                if key.startswith("effective_reach"):
                    n = self.comparison.document.plan.market.effective_frequency
                    label = self.tr("Reach {0}+").format(n)
                    return label + (" %" if key.endswith("pct") else "")
                return data_text(METRIC_INFO[key].label)
            if role == Qt.ToolTipRole:
                return data_text(METRIC_INFO[key].meaning)
        if orientation == Qt.Horizontal and 0 <= section < self._columns:
            summary = self.summaries()[section]
            if role == Qt.DisplayRole:
                return ("● " if summary.active else "") + summary.name
            if role == Qt.ToolTipRole:
                return self.tr("{0}: {1} line(s). Double-click to show and edit it.").format(summary.name,
                                                                                          summary.lines)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.column() >= self._columns:
            return None
        summaries = self.summaries()
        summary = summaries[index.column()]
        key = COMPARED[index.row()]
        kind = METRIC_INFO[key].kind
        if role == Qt.DisplayRole:
            if summary.totals is None:
                return self.tr("cannot be estimated") if index.row() == 0 else ""
            return self.formatter.kind(kind, summary.totals[key], compact=False)
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and summary.active:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            if summary.totals is None:
                return "\n".join(str(p) for p in summary.problems[:8])
            base = summaries[0]
            if index.column() == 0 or base.totals is None:
                return None
            change = summary.totals[key] - base.totals[key]
            if not math.isfinite(change):
                return None
            return self.tr("{0} compared with {1}").format(self.formatter.delta(kind, change) or "±0", base.name)
        return None

    def refresh(self):
        columns = len(self.summaries())
        if columns != self._columns:
            self.beginResetModel()
            self._columns = columns
            self.endResetModel()
        elif columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(COMPARED) - 1, columns - 1))
            self.headerDataChanged.emit(Qt.Horizontal, 0, columns - 1)
            self.headerDataChanged.emit(Qt.Vertical, 0, len(COMPARED) - 1)


class ScenariosTab(QWidget):
    """The comparison table and the scenario buttons: new (a copy of the shown one), rename, delete."""

    editRejected = Signal(str)

    def __init__(self, document: PlanDocument, comparison: ScenarioComparison, parent=None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New scenario…"))
        self.new_button.setToolTip(self.tr("A copy of the scenario shown, to change without losing the original"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the scenario shown (Undo brings it back)"))
        for button in (self.new_button, self.rename_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = ScenarioCompareModel(comparison, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.NoSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(120)
        self.view.horizontalHeader().sectionDoubleClicked.connect(self.show_scenario)
        layout.addWidget(self.view, 1)
        note = QLabel(self.tr("Every scenario uses the same market and assumptions; only the lines differ. "
                              "The bold column (●) is the one shown and edited. Hover a figure for its change "
                              "against the first scenario."))
        note.setWordWrap(True)
        theme.set_muted(note)
        layout.addWidget(note)
        self.new_button.clicked.connect(self.ask_new)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.delete)
        comparison.changed.connect(self._changed)
        document.changed.connect(lambda change: self.delete_button.setEnabled(len(document.plan.scenarios) > 1))
        self.delete_button.setEnabled(len(document.plan.scenarios) > 1)
        self._stale = True

    def _changed(self):
        if self.isVisible():
            self.model.refresh()
        else:
            self._stale = True

    def showEvent(self, event):
        if self._stale:
            self._stale = False
            self.model.refresh()
        super().showEvent(event)

    def _edit(self, text: str, make):
        try:
            new = make(self.document.plan)
        except edits.EditError as error:
            self.editRejected.emit(str(error))
            return False
        self.document.edit(text, new, Change("reset"))
        return True

    def ask_name(self, title: str, label: str, suggested: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, label, text=suggested)
        return name if ok else None

    def ask_new(self):
        plan = self.document.plan
        suggested = edits.unique_scenario_name(plan, self.tr("{0} copy").format(plan.scenario.name))
        name = self.ask_name(self.tr("New scenario"), self.tr("Name of the copy of '{0}':").format(
            plan.scenario.name), suggested)
        if name is not None:
            self._edit(self.tr("New scenario {0}").format(name.strip()),
                       lambda p: edits.duplicate_scenario(p, p.active, name))

    def ask_rename(self):
        plan = self.document.plan
        name = self.ask_name(self.tr("Rename scenario"), self.tr("New name for '{0}':").format(plan.scenario.name),
                             plan.scenario.name)
        if name is not None and name.strip() != plan.scenario.name:
            self._edit(self.tr("Rename scenario to {0}").format(name.strip()),
                       lambda p: edits.rename_scenario(p, p.active, name))

    def delete(self):
        name = self.document.plan.scenario.name
        self._edit(self.tr("Delete scenario {0}").format(name), lambda p: edits.remove_scenario(p, p.active))

    def show_scenario(self, index: int):
        plan = self.document.plan
        if 0 <= index < len(plan.scenarios) and index != plan.active:
            self._edit(self.tr("Show scenario {0}").format(plan.scenarios[index].name),
                       lambda p: p.with_scenario(index))
