"""The Assumptions tab: every figure the model uses, narrowed by channel, tactic and a search of names, units and
sources (the table has some eighty rows)."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from market_entry_planner.core.model import ANY
from market_entry_planner.gui.i18n import channel_text, data_text
from market_entry_planner.gui.models.tables import SORT_ROLE, AssumptionsModel


class AssumptionFilter(QSortFilterProxyModel):
    """Rows of one channel and one tactic (with the rows for all channels or all tactics, which apply to them
    too), whose words contain the search text; sorted by raw values."""

    SEARCHED = ("channel", "tactic", "parameter", "unit", "source", "grade")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.channel: str | None = None
        self.tactic: str | None = None
        self.words: str = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, channel: str | None, tactic: str | None, words: str):
        self.beginFilterChange()
        self.channel, self.tactic, self.words = channel, tactic, words.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row, parent):
        model: AssumptionsModel = self.sourceModel()
        if row >= model.rowCount():
            return False
        assumption = model.row_at(row)
        if self.channel is not None and assumption.channel not in (self.channel, ANY):
            return False
        if self.tactic is not None and assumption.tactic not in (self.tactic, ANY):
            return False
        if not self.words:
            return True
        text = " ".join(str(model.index(row, AssumptionsModel.FIELDS.index(field)).data() or "")
                        for field in self.SEARCHED)
        return self.words in text.casefold() or self.words in " ".join(assumption.key).casefold()


class AssumptionsTab(QWidget):
    def __init__(self, model: AssumptionsModel, view: QTableView, parent=None):
        super().__init__(parent)
        self.model, self.view = model, view
        self.proxy = view.model()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Channel")))
        self.channel_box = QComboBox()
        self.channel_box.setToolTip(self.tr("Show the figures that apply to one channel"))
        bar.addWidget(self.channel_box)
        bar.addWidget(QLabel(self.tr("Tactic")))
        self.tactic_box = QComboBox()
        self.tactic_box.setToolTip(self.tr("Show the figures that apply to one tactic"))
        bar.addWidget(self.tactic_box)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search figures and sources…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Show the rows whose parameter, unit, grade or source contains these words"))
        bar.addWidget(self.search, 1)
        self.count = QLabel("")
        bar.addWidget(self.count)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        # the long Source column: its header reads from its left edge, where the column starts on screen
        view.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self._scroll_by_pixel()
        self.channel_box.currentIndexChanged.connect(self._apply)
        self.tactic_box.currentIndexChanged.connect(self._apply)
        self.search.textChanged.connect(self._apply)
        model.modelReset.connect(self.fill_choices)
        self.fill_choices()

    def _scroll_by_pixel(self):
        """A column at a time would jump past the long Source column. (A new style, as a theme switch sets,
        puts the style's scroll mode back: set again when shown.)"""
        self.view.setHorizontalScrollMode(QTableView.ScrollPerPixel)

    def showEvent(self, event):
        self._scroll_by_pixel()
        super().showEvent(event)

    def fill_choices(self):
        """The channels and tactics of the plan's assumptions; the choice made is kept where it still exists."""
        plan = self.model.document.plan
        channels = sorted({row.channel for row in plan.assumptions.rows} - {ANY},
                          key=lambda c: (c not in plan.channels, plan.channels.index(c) if c in plan.channels else 0))
        tactics = [t for t in plan.tactics if any(row.tactic == t for row in plan.assumptions.rows)]
        for box, keys, label in ((self.channel_box, channels, channel_text),
                                 (self.tactic_box, tactics,
                                  lambda t: data_text(plan.tactics[t].label) if t in plan.tactics else t)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for key in keys:
                box.addItem(label(key), key)
            box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
            box.blockSignals(False)
        self._apply()

    def _apply(self, *_):
        self.proxy.set_filter(self.channel_box.currentData(), self.tactic_box.currentData(), self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{0} of {1}").format(shown, total) if shown != total else "")

    def clear_filter(self):
        for box in (self.channel_box, self.tactic_box):
            box.setCurrentIndex(0)
        self.search.clear()
