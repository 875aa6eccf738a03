"""The Plan tab: the plan's lines in a table, filtered by channel, and the line edits (add, duplicate, delete)
that act on its selection."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.i18n import channel_text
from market_entry_planner.gui.models.tables import SORT_ROLE, PlanTableModel


class ChannelFilter(QSortFilterProxyModel):
    """Sort by raw values and show one channel's lines, or all."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.channel: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_channel(self, channel: str | None):
        self.beginFilterChange()
        self.channel = channel
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):
        if self.channel is None:
            return True
        model = self.sourceModel()
        plan = model.document.plan
        return row < len(plan.lines) and plan.lines[row].channel == self.channel


class PlanTab(QWidget):
    """The plan lines table with a channel filter."""

    def __init__(self, document: PlanDocument, model: PlanTableModel, delegate, parent=None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        self.filter = QComboBox()
        self.filter.setToolTip(self.tr("Show the lines of one channel"))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        self.summary = QLabel("")
        bar.addWidget(self.summary)
        layout.addLayout(bar)
        self.proxy = ChannelFilter(self)
        self.proxy.setSourceModel(model)
        self.view = self._make_view(delegate)
        layout.addWidget(self.view, 1)
        self.filter.currentIndexChanged.connect(lambda _: self.proxy.set_channel(self.filter.currentData()))
        document.changed.connect(self._sync_filter)
        self._sync_filter()
        self.view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            self.view.setColumnWidth(column, min(max(self.view.columnWidth(column), 64), 190))

    def _make_view(self, delegate) -> QTableView:
        view = QTableView()
        view.setTextElideMode(Qt.ElideMiddle)  # a long name keeps its end: "Qianchuan alw…on · 2027-07"
        view.setModel(self.proxy)
        view.setItemDelegate(delegate)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.AscendingOrder)  # plan order until the user sorts
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        view.verticalHeader().setDefaultSectionSize(24)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        return view

    def _sync_filter(self, change: Change | None = None):
        if change is not None and change.kind == "budgets":  # budgets never add or drop a channel
            return
        channels = sorted({line.channel for line in self.document.plan.lines}, key=channel_text)
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All channels"), None)
        for channel in channels:
            self.filter.addItem(channel_text(channel), channel)
        self.filter.setCurrentIndex(max(self.filter.findData(current), 0))
        self.filter.blockSignals(False)
        self.proxy.set_channel(self.filter.currentData())

    # -- the selection
    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return sorted(r for r in rows if r >= 0)

    def select_row(self, row: int):
        index = self.proxy.mapFromSource(self.proxy.sourceModel().index(row, 0))
        if index.isValid():
            self.view.selectRow(index.row())
            self.view.scrollTo(index)

    # -- editing lines: each one undoable step
    def add_line(self):
        plan = self.document.plan
        rows = self.selected_rows()
        like = plan.lines[rows[-1]] if rows else None
        row = (rows[-1] + 1) if rows else len(plan.lines)
        new = edits.insert_lines(plan, row, [edits.new_line(plan, like)])
        self.document.edit(self.tr("Add line"), new, Change("insert", (row,)))
        self.select_row(row)

    def duplicate_lines(self):
        plan = self.document.plan
        rows = self.selected_rows()
        if not rows:
            return
        copies = [plan.lines[r] for r in rows]
        at = rows[-1] + 1
        new = edits.insert_lines(plan, at, copies)
        self.document.edit(self.tr("Duplicate %n line(s)", "", len(rows)), new,
                           Change("insert", tuple(range(at, at + len(copies)))))
        self.select_row(at)

    def delete_lines(self):
        rows = self.selected_rows()
        if not rows:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Delete %n line(s)", "", len(rows)))
        for row in reversed(rows):  # one contiguous removal at a time, so views get exact row signals
            self.document.edit(self.tr("Delete line"), edits.remove_lines(self.document.plan, [row]),
                               Change("remove", (row,)))
        stack.endMacro()
