"""The festival calendar as an editable table: each festival's days and its CPM and conversion multipliers are
assumptions (graded, sourced, weak ones orange), changed per plan and reset to the shipped figures."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from market_entry_planner.core import edits
from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import channel_text, grade_text
from market_entry_planner.gui.models.flighting import festival_text
from market_entry_planner.gui.models.tables import (
    CHOICES_ROLE,
    KIND_ROLE,
    MODIFIED_BACKGROUND,
    SORT_ROLE,
    WEAK_BACKGROUND,
)


class FestivalsModel(QAbstractTableModel):
    editRejected = Signal(str)
    FIELDS = ("label", "year", "start", "end", "channels", "cpm_multiplier", "cpm_range", "cvr_multiplier",
              "cvr_range", "grade", "source")
    KINDS = {"start": "date", "end": "date", "cpm_multiplier": "number", "cvr_multiplier": "number",
             "grade": "choice", "source": "text"}

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = Formatter()
        self.headers = [self.tr("Festival"), self.tr("Year"), self.tr("Start"), self.tr("End"), self.tr("Channels"),
                        self.tr("CPM ×"), self.tr("CPM range"), self.tr("Conversion ×"), self.tr("Conversion range"),
                        self.tr("Grade"), self.tr("Source")]
        document.aboutToChange.connect(self._about_to_change)
        document.changed.connect(self._changed)

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        self._all_changed()

    @property
    def calendar(self):
        return self.document.plan.calendar

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.calendar)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.FIELDS):
            if role == Qt.DisplayRole:
                return self.headers[section]
            if role == Qt.ToolTipRole and self.FIELDS[section] == "cpm_multiplier":
                return self.tr("On a festival day, ads bought by CPM or CPC cost this many times their usual price")
            if role == Qt.ToolTipRole and self.FIELDS[section] == "cvr_multiplier":
                return self.tr("On a festival day, every tactic converts at this many times its usual rate")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return flags | Qt.ItemIsEditable if self.FIELDS[index.column()] in self.KINDS else flags

    def _modified(self, row: int) -> bool:
        default = edits.shipped_festival(self.document.plan, row)
        return default is None or default != self.calendar[row]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.calendar):
            return None
        festival = self.calendar[index.row()]
        field = self.FIELDS[index.column()]
        f = self.formatter
        if role in (Qt.DisplayRole, SORT_ROLE):
            if field == "label":
                return festival_text(festival.label or festival.key)
            if field == "year":
                return festival.year if role == SORT_ROLE else str(festival.year)
            if field in ("start", "end"):
                day = getattr(festival, field)
                return day.isoformat() if role == SORT_ROLE else f.date(day)
            if field == "channels":
                return ", ".join(channel_text(c) for c in festival.channels) or self.tr("All channels")
            if field in ("cpm_multiplier", "cvr_multiplier"):
                value = getattr(festival, field)
                return value if role == SORT_ROLE else "×" + f.ratio(value, 2)
            if field in ("cpm_range", "cvr_range"):
                low, _, high = festival.multiplier(field.split("_")[0])
                return low if role == SORT_ROLE else f"×{f.ratio(low, 2)} – ×{f.ratio(high, 2)}"
            return getattr(festival, field)
        if role == Qt.EditRole:
            value = getattr(festival, field, None)
            if field in ("start", "end"):
                return QDate(value.year, value.month, value.day)
            return value
        if role == KIND_ROLE:
            return self.KINDS.get(field)
        if role == CHOICES_ROLE and field == "grade":
            return [(g, f"{g} — {grade_text(g)}") for g in GRADES]
        if role == Qt.TextAlignmentRole and field not in ("label", "channels", "source", "grade"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            if field in ("cpm_multiplier", "cvr_multiplier") and self._modified(index.row()):
                return MODIFIED_BACKGROUND
            if field in ("cpm_multiplier", "cvr_multiplier", "grade") and festival.weak:
                return WEAK_BACKGROUND
        if role == Qt.FontRole and self._modified(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole:
            return f"{grade_text(festival.grade)}: {festival.source}"
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid():
            return False
        field = self.FIELDS[index.column()]
        if isinstance(value, QDate):
            value = value.toPython()
        try:
            new = edits.set_festival_field(self.document.plan, index.row(), field, value)
        except edits.EditError as error:
            self.editRejected.emit(str(error))
            return False
        if new == self.document.plan:
            return False
        festival = self.calendar[index.row()]
        self.document.edit(self.tr("Edit {0} of {1} {2}").format(self.headers[index.column()],
                                                                 festival_text(festival.label), festival.year),
                           new, Change("calendar"))
        return True

    def reset(self, rows) -> bool:
        """Put the festivals at these rows back to the shipped calendar, as one edit."""
        plan = self.document.plan
        new = plan
        for row in rows:
            if edits.shipped_festival(new, row) is not None:
                new = edits.reset_festival(new, row)
        if new == plan:
            return False
        self.document.edit(self.tr("Reset %n festival(s) to default", "", len(rows)), new, Change("calendar"))
        return True

    # a reset (another plan) or a calendar edit: the calendar's rows never move otherwise
    def _about_to_change(self, change: Change):
        if change.kind == "reset":
            self.beginResetModel()

    def _changed(self, change: Change):
        if change.kind == "reset":
            self.endResetModel()
        elif change.kind == "calendar":
            self._all_changed()

    def _all_changed(self):
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.FIELDS) - 1))
