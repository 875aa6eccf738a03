"""Qt table models over the open plan: the plan lines, the assumptions, the per-channel results.

They read the document's immutable plan and results, and write only through `PlanDocument.edit` with a
core edit function, so every edit is one undoable command. Row signals follow the document's Change.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from market_entry_planner.core import edits
from market_entry_planner.core.amounts import AmountError, check_limit
from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.core.metrics import METRIC_INFO
from market_entry_planner.core.model import ANY
from market_entry_planner.core.parameters import COUNT, MONEY, SHAPE, SHARE, parameter
from market_entry_planner.gui import theme
from market_entry_planner.gui.amount_edit import amount_message, typed_value
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter, default_locale
from market_entry_planner.gui.i18n import channel_text, data_text, grade_text, parameter_text
from market_entry_planner.gui.units import units_text

KIND_ROLE = Qt.UserRole + 1      # "money", "share", "count", "ratio", "date", "text", "choice"
CHOICES_ROLE = Qt.UserRole + 2   # [(key, label)] for combo editors
SORT_ROLE = Qt.UserRole + 3      # a raw value to sort by
CONTEXT_ROLE = Qt.UserRole + 4   # (currency, exchange rates) a typed amount is read in: "1.2m" in €, "¥30万" at the rate

_DISPLAY, _ALIGNMENT, _BACKGROUND, _FONT = (int(Qt.DisplayRole), int(Qt.TextAlignmentRole), int(Qt.BackgroundRole),
                                           int(Qt.FontRole))
_OTHER_ROLES = {int(Qt.EditRole), int(Qt.ToolTipRole), int(SORT_ROLE), int(KIND_ROLE), int(CHOICES_ROLE),
                int(CONTEXT_ROLE)}
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
_LEFT = int(Qt.AlignLeft | Qt.AlignVCenter)

COMPUTED_BACKGROUND = QColor(128, 128, 128, 30)   # reads as a shade on light and dark palettes
MODIFIED_BACKGROUND = QColor(64, 140, 255, 40)
WEAK_BACKGROUND = QColor(255, 140, 0, 60)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str
    editable: bool = False
    tip: str = ""

    @property
    def computed(self) -> bool:
        return not self.editable


def _metric_column(key: str, header: str | None = None) -> Column:
    info = METRIC_INFO[key]
    return Column(key, header or data_text(info.label), info.kind, tip=data_text(info.meaning))


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


class PlanTableModel(QAbstractTableModel):
    """One row per line of the active scenario: inputs, then the line's computed results."""

    editRejected = Signal(str)

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = Formatter()
        self._display_cache: dict[int, dict[int, str]] = {}  # row -> column -> text
        self._rows = len(document.plan.lines)
        self._build_columns()
        document.aboutToChange.connect(self._about_to_change)
        document.changed.connect(self._changed)

    def _build_columns(self):
        n = self.document.plan.market.effective_frequency
        self.columns = [
            Column("channel", self.tr("Channel"), "choice", True, self.tr("The platform the line runs on")),
            Column("tactic", self.tr("Tactic"), "choice", True, self.tr("How the line is bought")),
            Column("name", self.tr("Line"), "text", True, self.tr("Your name for the line")),
            Column("budget", self.tr("Budget"), "money", True,
                   self.tr("What the line pays up front: media, KOL fees or livestream hours")),
            _metric_column("reach", self.tr("Reach")),
            _metric_column("reach_pct", self.tr("% target")),
            _metric_column("frequency", self.tr("Frequency")),
            _metric_column("effective_reach", self.tr("Reach {0}+").format(n)),
            _metric_column("gmv", self.tr("GMV")),
            _metric_column("cost", self.tr("Total cost")),
            _metric_column("roas", self.tr("ROAS")),
            _metric_column("roi", self.tr("Profit ROI")),
            _metric_column("clicks", self.tr("Clicks / views")),
            _metric_column("orders", self.tr("Orders")),
            Column("units", self.tr("Units"), "ratio", True, self.tr("What the budget buys, in the tactic's unit; "
                                                                     "typing units sets the budget")),
            Column("unit", self.tr("Unit"), "text", False, self.tr("The tactic's unit of purchase")),
            Column("start", self.tr("Start"), "date", True),
            Column("end", self.tr("End"), "date", True),
        ]
        # the results block: every line's results move when any budget moves (shared fixed costs)
        results = [i for i, c in enumerate(self.columns) if c.computed and c.key != "unit"]
        self.results_span = (results[0], results[-1])
        self._static_roles()

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        self._display_cache.clear()
        self._all_changed()

    # -- shape
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.DisplayRole:
                return column.header
            if role == Qt.ToolTipRole:
                return column.tip or None
        elif orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        return self._flags[index.column()]

    # -- values
    def _raw(self, row: int, key: str):
        plan = self.document.plan
        line = plan.lines[row]
        if key in ("channel", "tactic", "name", "budget", "start", "end"):
            return getattr(line, key)
        if key == "unit":
            tactic = plan.tactics.get(line.tactic)
            return data_text(tactic.unit) if tactic else ""
        results = self.document.results
        if results is None or key not in results.line:
            return None
        return float(results.line[key][row])

    def _display(self, row: int, col: int) -> str:
        """Display text, cached per row until a change touches the row: a view asks for each visible cell on
        every paint."""
        cached = self._display_cache.get(row)
        if cached is None:
            cached = self._display_cache[row] = {}
        text = cached.get(col)
        if text is None:
            text = cached[col] = self._format(row, self.columns[col])
        return text

    def _format(self, row: int, column: Column) -> str:
        value = self._raw(row, column.key)
        f = self.formatter
        if column.key == "channel":
            return channel_text(value)
        if column.key == "tactic":
            tactic = self.document.plan.tactics.get(value)
            return data_text(tactic.label) if tactic else value
        if column.kind == "date":  # in the language's own short form: 18/06/27 in Italian, 2027/6/18 in Chinese
            return f.date(value) if value else ""
        if column.kind in ("text", "choice"):
            return value or ""
        if column.key == "units":  # "1 session", "8,333 thousand impressions"
            tactic = self.document.plan.tactics.get(self.document.plan.lines[row].tactic)
            return units_text(f, value, tactic.unit) if tactic and _finite(value) else "–"
        if column.key == "clicks":  # a KOL livestream's or video's views are not clicks
            tactic = self.document.plan.tactics.get(self.document.plan.lines[row].tactic)
            unit = "view" if tactic is not None and tactic.buying == "unit" else "click"
            return units_text(f, value, unit) if _finite(value) else "–"
        if column.kind == "money":
            return f.money(value, compact=False)
        return f.ratio(value) if column.kind == "ratio" else f.kind(column.kind, value, compact=False)

    def _static_roles(self):
        """Per-column alignment, background and font: built once, not per call."""
        italic = QFont()
        italic.setItalic(True)
        read_only = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        self._flags = [read_only | Qt.ItemIsEditable if c.editable else read_only for c in self.columns]
        self._alignment = [_RIGHT if c.kind in ("money", "count", "share", "ratio") else _LEFT for c in self.columns]
        self._background = [COMPUTED_BACKGROUND if c.computed else None for c in self.columns]
        self._font = [italic if c.computed and c.key != "unit" else None for c in self.columns]

    def data(self, index, role=Qt.DisplayRole):
        row, col = index.row(), index.column()
        if not index.isValid() or row >= self._rows:
            return None
        if role == _DISPLAY:
            return self._display(row, col)
        if role == _ALIGNMENT:
            return self._alignment[col]
        if role == _BACKGROUND:
            return self._background[col]
        if role == _FONT:
            return self._font[col]
        if role not in _OTHER_ROLES:
            return None
        column = self.columns[col]
        value = self._raw(row, column.key)
        f = self.formatter
        if role == Qt.EditRole:
            if column.kind == "money":
                return (value or 0.0) / f.rate
            if column.kind == "date":
                return QDate(value.year, value.month, value.day) if value else None
            return value
        if role == SORT_ROLE:
            if column.kind in ("text", "choice"):
                return self._display(row, col).lower()
            if column.kind == "date":
                return value.isoformat() if value else ""
            return value if _finite(value) else -math.inf
        if role == KIND_ROLE:
            return column.kind
        if role == CONTEXT_ROLE:
            return self.formatter.currency, dict(self.document.plan.market.exchange_rates)
        if role == CHOICES_ROLE:
            plan = self.document.plan
            if column.key == "channel":
                return [(c, channel_text(c)) for c in plan.channels]
            if column.key == "tactic":
                return [(k, data_text(t.label)) for k, t in plan.tactics.items()]
            return None
        if role == Qt.ToolTipRole:
            line = self.document.plan.lines[row]
            if column.key == "name" and line.notes:
                return line.notes
            if column.kind == "money" and _finite(value):
                return f.money_exact(value)
            if column.computed and _finite(value):
                return f"{column.header}: {f.kind(column.kind, value, compact=False)} — {column.tip}"
            if column.key == "budget" and line.overrides:
                return self.tr("Overrides: {0}").format(
                    ", ".join(f"{parameter_text(k)} = {v:g}" for k, v in line.overrides.items()))
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        row = index.row()
        plan = self.document.plan
        try:
            if column.key == "units":
                if isinstance(value, str):  # typed: "2", "1.5k"
                    value = check_limit(COUNT, typed_value(value, COUNT) or 0.0, value)
                new = edits.set_line_units(plan, row, value)
                change = Change("budgets", (row,))
            elif column.kind == "money":
                if isinstance(value, str):  # typed: "1.2m", "30万", "€120k" (core.amounts), in yuan
                    cny = typed_value(value, MONEY, self.formatter.currency, plan.market.exchange_rates)
                    cny = check_limit(MONEY, cny or 0.0, value)
                else:
                    cny = float(value) * self.formatter.rate
                new = edits.set_line_field(plan, row, column.key, cny)
                change = Change("budgets", (row,))
            elif column.kind == "date":
                date = value.toPython() if isinstance(value, QDate) and value.isValid() else None
                new = edits.set_line_field(plan, row, column.key, date)
                change = Change("lines", (row,))
            else:
                new = edits.set_line_field(plan, row, column.key, value)
                change = Change("lines", (row,))
        except AmountError as error:
            self.editRejected.emit(amount_message(error))
            return False
        except edits.EditError as error:
            self.editRejected.emit(str(error))
            return False
        if new == plan:
            return False
        self.document.edit(self.tr("Edit {0} of line {1}").format(column.header, row + 1), new, change)
        return True

    # -- following the document
    def _rows_moved_by(self, change: Change) -> list[int]:
        """Rows whose numbers a budget edit can move. A line's results depend on its own budget and, through the
        channel fixed costs shared by budget, on its channel's total — never on other channels' lines — so only
        the edited channels' rows are repainted (a table repaint is most of an edit's cost)."""
        lines = self.document.plan.lines
        channels = {lines[r].channel for r in change.rows if r < len(lines)}
        return [i for i, line in enumerate(lines) if line.channel in channels]

    def _about_to_change(self, change: Change):
        if change.kind == "budgets":
            for row in self._rows_moved_by(change):
                self._display_cache.pop(row, None)
        else:
            self._display_cache.clear()
        if change.kind == "insert":
            self.beginInsertRows(QModelIndex(), change.rows[0], change.rows[-1])
        elif change.kind == "remove":
            self.beginRemoveRows(QModelIndex(), change.rows[0], change.rows[-1])
        elif change.kind == "reset":
            self.beginResetModel()

    def _changed(self, change: Change):
        if change.kind != "budgets":
            self._display_cache.clear()
        self._rows = len(self.document.plan.lines)  # rows are counted once per change, not per cell
        if change.kind == "insert":
            self.endInsertRows()
        elif change.kind == "remove":
            self.endRemoveRows()
        elif change.kind == "reset":
            self._build_columns()
            self.endResetModel()
            return
        if change.kind == "market":
            n = self.document.plan.market.effective_frequency
            self.columns[self.column_of("effective_reach")] = _metric_column(
                "effective_reach", self.tr("Reach {0}+").format(n))
            self._static_roles()
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.columns) - 1)
        rows = self.rowCount()
        if not rows:
            return
        if change.kind in ("budgets", "lines"):
            last = len(self.columns) - 1
            for row in change.rows:  # the edited rows, inputs and units
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            first, end = self.results_span
            if change.kind == "lines":  # a channel or tactic may have changed: every line's share moves
                self.dataChanged.emit(self.index(0, first), self.index(rows - 1, end))
                return
            for top, bottom in _runs(self._rows_moved_by(change)):
                self.dataChanged.emit(self.index(top, first), self.index(bottom, end))
        else:
            self._all_changed()

    def _all_changed(self):
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows: one dataChanged per run."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][1] + 1:
            runs[-1][1] = row
        else:
            runs.append([row, row])
    return [(a, b) for a, b in runs]


class AssumptionsModel(QAbstractTableModel):
    """Every figure the model uses, with its range, grade, year and source; weak and edited ones marked."""

    editRejected = Signal(str)
    FIELDS = ("channel", "tactic", "parameter", "value", "low", "high", "grade", "year", "source", "unit")
    EDITABLE = {"value", "low", "high", "grade", "year", "source"}

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.headers = [self.tr("Channel"), self.tr("Tactic"), self.tr("Parameter"), self.tr("Value"),
                        self.tr("Low"), self.tr("High"), self.tr("Grade"), self.tr("Year"), self.tr("Source"),
                        self.tr("Unit")]
        self.locale = default_locale()  # "1.200,5" in Italian: the language is chosen before any window opens
        self.grouping = Formatter(locale=self.locale)
        document.aboutToChange.connect(self._about_to_change)
        document.changed.connect(self._changed)

    def row_at(self, row: int):
        return self.document.plan.assumptions.rows[row]

    def _modified(self, row: int) -> bool:
        """Does the row differ from the shipped benchmark? Worked out once per assumptions table, not per cell
        and role: a view asks several roles of every visible cell on each paint."""
        assumptions = self.document.plan.assumptions
        if getattr(self, "_modified_of", None) is not assumptions:
            self._modified_of = assumptions
            self._modified_rows = [edits.differs_from_default(r) for r in assumptions.rows]
        return self._modified_rows[row]

    def _user_set(self, row: int) -> bool:
        """Is the figure the user's own: a value or range changed from the shipped benchmark, its grade not
        re-graded by the user?"""
        if not self._modified(row):
            return False
        default = edits.shipped_default(self.row_at(row).key)
        current = self.row_at(row)
        return default is not None and (current.value, current.low, current.high) != \
            (default.value, default.low, default.high) and current.grade == default.grade

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.document.plan.assumptions)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        if role == Qt.ToolTipRole and orientation == Qt.Horizontal and self.FIELDS[section] == "grade":
            return "\n".join(f"{g}: {grade_text(g)}" for g in GRADES)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if self.FIELDS[index.column()] in self.EDITABLE:
            flags |= Qt.ItemIsEditable
        return flags

    def _kind(self, key: str) -> str:
        kind = parameter(key).kind
        return {MONEY: "money", SHARE: "share", SHAPE: "ratio"}.get(kind, "count")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        row = self.row_at(index.row())
        field = self.FIELDS[index.column()]
        kind = self._kind(row.parameter)
        if role in (Qt.DisplayRole, SORT_ROLE):
            if field == "channel":
                return self.tr("All") if row.channel == ANY else channel_text(row.channel)
            if field == "tactic":
                tactic = self.document.plan.tactics.get(row.tactic)
                return self.tr("All") if row.tactic == ANY else (data_text(tactic.label) if tactic else row.tactic)
            if field == "parameter":
                return parameter_text(row.parameter)
            if field == "unit":
                return data_text(parameter(row.parameter).unit)
            if field in ("value", "low", "high"):
                value = getattr(row, field)
                if role == SORT_ROLE:
                    return value
                def number(figure, form, precision):  # 2.000 beside 20.000 in Italian, as everywhere
                    return self.grouping.grouped(self.locale.toString(figure, form, precision))
                if kind == "share":
                    return number(float(value) * 100, "g", 4) + "%"
                if kind == "money":
                    cents = value < 100 and not float(value).is_integer()
                    return "¥" + number(float(value), "f", 2 if cents else 0)
                return number(float(value), "g", 4) if kind == "ratio" else number(float(value), "f", 0)
            if field == "year":
                return row.year if role == SORT_ROLE else (str(row.year) if row.year else "")
            if field == "grade" and role == Qt.DisplayRole and self._user_set(index.row()):
                return self.tr("yours (was {0})").format(row.grade)
            return getattr(row, field)
        if role == Qt.EditRole:
            if field in ("value", "low", "high"):
                value = getattr(row, field)
                return value * 100 if kind == "share" else value
            return getattr(row, field)
        if role == CONTEXT_ROLE:
            return "CNY", dict(self.document.plan.market.exchange_rates)
        if role == KIND_ROLE:
            if field in ("value", "low", "high"):
                return {"share": "percent", "money": "cny"}.get(kind, "number")
            if field == "grade":
                return "choice"
            return "text" if field != "year" else "year"
        if role == CHOICES_ROLE and field == "grade":
            return [(g, f"{g} — {grade_text(g)}") for g in GRADES]
        if role == Qt.TextAlignmentRole and field in ("value", "low", "high", "year"):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole:
            # an edited figure is the user's own: blue, whatever the grade of the benchmark it replaced
            if field in ("value", "low", "high", "grade") and self._modified(index.row()):
                return MODIFIED_BACKGROUND
            if field in ("value", "grade") and row.weak:
                return WEAK_BACKGROUND
        if role == Qt.ForegroundRole and field in ("value", "low", "high", "grade") and self._modified(index.row()):
            return QColor(theme.status_colour("link"))
        if role == Qt.ToolTipRole:
            default = edits.shipped_default(row.key)
            note = data_text(parameter(row.parameter).meaning)
            if default is None:
                return self.tr("{0}. Added to this plan; not a shipped benchmark.").format(note)
            if default != row:
                return self.tr("{0}. Changed in this plan; shipped default {1:g} ({2}, {3}).").format(
                    note, default.value, default.grade, default.year or "")
            return f"{note}. {grade_text(row.grade)}: {row.source}"
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if role != Qt.EditRole or not index.isValid():
            return False
        row = self.row_at(index.row())
        field = self.FIELDS[index.column()]
        kind = self._kind(row.parameter)
        try:
            if field in ("value", "low", "high") and isinstance(value, str):  # typed: "€0.50", "12%", "1.2m"
                text = value if kind != "share" or value.endswith("%") else value + "%"
                value = typed_value(text, {"share": SHARE, "money": MONEY}.get(kind, COUNT), "CNY",
                                    self.document.plan.market.exchange_rates)
                if value is None:
                    raise AmountError("malformed", "empty", text)
            if field in ("value", "low", "high") and kind == "share":
                value = float(value) / 100
            new = edits.set_assumption_value(self.document.plan, row.key, field, value)
        except AmountError as error:
            self.editRejected.emit(amount_message(error))
            return False
        except (edits.EditError, ValueError) as error:
            self.editRejected.emit(str(error))
            return False
        if new == self.document.plan:
            return False
        label = parameter_text(row.parameter)
        self.document.edit(self.tr("Edit {0} of {1}").format(self.headers[index.column()], label), new,
                           Change("assumptions"))
        return True

    # "assumption_rows": rows were added or removed (a new channel); "assumptions": values only
    def _about_to_change(self, change: Change):
        if change.kind in ("assumption_rows", "reset"):
            self.beginResetModel()

    def _changed(self, change: Change):
        if change.kind in ("assumption_rows", "reset"):
            self.endResetModel()
        elif change.kind == "assumptions" and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.FIELDS) - 1))


class ChannelResultsModel(QAbstractTableModel):
    """Read-only results per channel and the deduplicated total."""

    KEYS = ("budget", "reach", "reach_pct", "frequency", "effective_reach", "clicks", "orders", "gmv",
            "cost", "contribution", "roas", "roi", "deposit")

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.formatter = Formatter()
        self._rows = self._row_count()
        document.resultsChanged.connect(self._refresh)

    def set_formatter(self, formatter: Formatter):
        self.formatter = formatter
        self._refresh()

    def _row_count(self) -> int:
        results = self.document.results
        return 0 if results is None else len(results.compiled.channels) + 1

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.KEYS) + 1

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if section == 0:
            return self.tr("Channel")
        info = METRIC_INFO[self.KEYS[section - 1]]
        if role == Qt.ToolTipRole:
            return data_text(info.meaning)
        if info.key == "effective_reach":
            return self.tr("Reach {0}+").format(self.document.plan.market.effective_frequency)
        return data_text(info.label)

    def data(self, index, role=Qt.DisplayRole):
        results = self.document.results
        if results is None or not index.isValid() or index.row() >= self._rows:
            return None
        channels = results.compiled.channels
        total = index.row() == len(channels)
        if index.column() == 0:
            if role == Qt.DisplayRole:
                return self.tr("Total (deduplicated)") if total else channel_text(channels[index.row()])
            if role == Qt.FontRole and total:
                font = QFont()
                font.setBold(True)
                return font
            return None
        key = self.KEYS[index.column() - 1]
        value = results.total[key] if total else float(results.channel[key][index.row()])
        if role == Qt.DisplayRole:
            return self.formatter.kind(METRIC_INFO[key].kind, value, compact=False)
        if role == SORT_ROLE:
            return value
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _refresh(self):
        rows = self._row_count()
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(self.KEYS)))
