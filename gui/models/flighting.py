"""The plan over time for the app: core's weekly flighting, computed once per plan for every view that shows it,
the monthly cash-out table, and the shipped festivals' names in the user's language.

The flighting takes a few milliseconds on a 100-line plan, so it runs on the UI thread, but only when a view that
shows it is on screen and asks (the Calendar and Spend-by-month charts): an edit elsewhere costs nothing.
"""
from __future__ import annotations

import math

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont

from market_entry_planner.gui.document import PlanDocument
from market_entry_planner.gui.format import Formatter

# the shipped calendar's festival names (resources/calendar/festivals.csv), for lupdate; a festival the user adds
# keeps the name they gave it
FESTIVAL_NAMES = (
    QT_TRANSLATE_NOOP("Festival", "Chinese New Year"),
    QT_TRANSLATE_NOOP("Festival", "520"),
    QT_TRANSLATE_NOOP("Festival", "618"),
    QT_TRANSLATE_NOOP("Festival", "Kuaishou 616"),
    QT_TRANSLATE_NOOP("Festival", "Douyin 818"),
    QT_TRANSLATE_NOOP("Festival", "Double 11"),
    QT_TRANSLATE_NOOP("Festival", "12.12"),
)


def festival_text(label: str) -> str:
    """A festival's name in the user's language (the shipped ones are translated)."""
    return QCoreApplication.translate("Festival", label) if label else label


def month_text(month, year: bool = True, locale: QLocale | None = None) -> str:
    """'Jan 2027' (or 'gen 2027', '2027年1月') for a pandas Timestamp or date; 'Jan' without the year."""
    locale = locale or QLocale()
    chinese = locale.language() == QLocale.Chinese
    form = ("yyyy年M月" if year else "M月") if chinese else ("MMM yyyy" if year else "MMM")
    return locale.toString(QDate(month.year, month.month, 1), form)


def day_text(day, locale: QLocale | None = None) -> str:
    """'14 Jun 2027' in the user's language."""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.ShortFormat)


class FlightingSource(QObject):
    """Core's `flighting` for the document's current plan, computed when first asked for after an edit."""

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self._plan = None
        self._flighting = None

    def flighting(self):
        """The current plan's Flighting, or None when the plan cannot be estimated."""
        document = self.document
        if document.plan is not self._plan:
            self._plan = document.plan
            self._flighting = None
            if document.compiled is not None and document.results is not None:
                from market_entry_planner.core.analysis.flighting import (
                    flighting,  # pandas loads on first use, not at start-up
                )

                self._flighting = flighting(document.plan, compiled=document.compiled, budgets=document.budgets)
        return self._flighting


# cash-out columns of core.flighting.MONTH_COLUMNS shown in the table, in order
MONTH_TABLE = ("media", "kol_fees", "agency_fee", "annual_fee", "store_setup", "kol_commission", "platform_fee",
               "fulfilment", "return_costs", "cost", "deposit_paid", "deposit_refunded", "cash_out", "cumulative_cash_out", "gmv")


class MonthsModel(QAbstractTableModel):
    """Cash out per month, money in the display currency; the last row is the total. Read-only."""

    def __init__(self, source: FlightingSource, parent=None):
        super().__init__(parent)
        self.source = source
        self.formatter = Formatter()
        self.headers = {
            "media": self.tr("Media"), "kol_fees": self.tr("KOL fees"), "agency_fee": self.tr("Agency fee"),
            "annual_fee": self.tr("Annual fees"), "store_setup": self.tr("Store set-up"),
            "kol_commission": self.tr("KOL commission"), "platform_fee": self.tr("Platform fees"),
            "fulfilment": self.tr("Fulfilment"), "return_costs": self.tr("Returns handling"),
            "cost": self.tr("Total cost"),
            "deposit_paid": self.tr("Deposits paid"), "deposit_refunded": self.tr("Deposits refunded"),
            "cash_out": self.tr("Cash out"), "cumulative_cash_out": self.tr("Cash out to date"),
            "gmv": self.tr("GMV"),
        }
        self.tips = {
            "agency_fee": self.tr("A share of the budget, in the month that budget is spent"),
            "annual_fee": self.tr("A channel's annual fee, in the month its first line starts"),
            "store_setup": self.tr("A channel's store set-up, in the month its first line starts"),
            "cost": self.tr("Everything the plan costs in the month; deposits are refundable and not a cost"),
            "deposit_paid": self.tr("Refundable deposits, paid in the month a channel's first line starts"),
            "deposit_refunded": self.tr("Deposits come back only when the brand leaves the platform"),
            "cash_out": self.tr("Cost plus deposits paid, less deposits refunded"),
        }
        self._months = None  # the frame shown; None until the view asks

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def refresh(self):
        """Show the current plan's months (the table is reset: the number of months can change)."""
        flighting = self.source.flighting()
        self.beginResetModel()
        self._months = flighting.months if flighting is not None else None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() or self._months is None:
            return 0
        return len(self._months) + 1

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(MONTH_TABLE) + 1

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or not 0 <= section <= len(MONTH_TABLE):
            return None
        if role == Qt.DisplayRole:
            return self.tr("Month") if section == 0 else self.headers[MONTH_TABLE[section - 1]]
        if role == Qt.ToolTipRole and section:
            return self.tips.get(MONTH_TABLE[section - 1])
        return None

    def value(self, row: int, key: str) -> float:
        """The number in a cell, in CNY (the total row sums the months; cash out to date is the last month's)."""
        months = self._months
        if row < len(months):
            return float(months[key].iloc[row])
        if key == "cumulative_cash_out":
            return float(months[key].iloc[-1]) if len(months) else 0.0
        return float(months[key].sum())

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self._months is None:
            return None
        row, column = index.row(), index.column()
        total = row == len(self._months)
        if role == Qt.DisplayRole:
            if column == 0:
                return self.tr("Total") if total else month_text(self._months["month"].iloc[row])
            value = self.value(row, MONTH_TABLE[column - 1])
            return self.formatter.money(value, compact=False) if math.isfinite(value) else "–"
        if role == Qt.TextAlignmentRole and column:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and (total or (column and MONTH_TABLE[column - 1] == "cash_out")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ToolTipRole and column:
            return self.formatter.money_exact(self.value(row, MONTH_TABLE[column - 1]))
        return None
