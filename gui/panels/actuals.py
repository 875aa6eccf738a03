"""The Actuals tab: per line, spend to date against the plan (pacing); per assumption, what the reports observed
against the assumption and its range, the calibrated figure and a flag; and the buttons that import reports,
accept the calibration (one undoable edit) and add the re-forecast scenario.

Everything shown comes from core (core/actuals): the tab only lays it out. The numbers are worked out again when
the plan changes and the tab is on screen.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core.actuals.calibration import AOV_KEY, SOURCE_LABELS, Calibration, accept, calibrate
from market_entry_planner.core.actuals.reforecast import LineActuals, as_of, line_actuals, reforecast
from market_entry_planner.core.model import ANY
from market_entry_planner.core.parameters import parameter
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.gui import workers
from market_entry_planner.gui.dialogs.problems import ProblemsDialog
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import channel_text, data_text

FLAG_COLOURS = {"outside": QColor(240, 170, 60, 90), "conflict": QColor(220, 60, 60, 90)}
PACE_OFF = 0.2  # a pace more than 20% off the plan is highlighted


def _finite(value) -> bool:
    return value is not None and isinstance(value, (int, float)) and math.isfinite(value)


class _Table(QAbstractTableModel):
    """A flat table with fixed headers: the models below say only how many rows they have and what is in them."""

    headers: list[str] = []

    def _count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


class PacingModel(_Table):
    """A row per plan line that has a plan or a report to date."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[LineActuals] = []
        self.formatter = Formatter()
        self.headers = [self.tr("Line"), self.tr("Channel"), self.tr("Planned to date"), self.tr("Spent"),
                        self.tr("Pace"), self.tr("Impressions"), self.tr("Clicks"), self.tr("Orders"), self.tr("GMV")]

    def set_entries(self, entries: list[LineActuals]):
        self.beginResetModel()
        self.entries = [e for e in entries if e.days or e.planned_to_date]
        self.endResetModel()

    def _count(self) -> int:
        return len(self.entries)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        entry, column, f = self.entries[index.row()], index.column(), self.formatter
        if role == Qt.DisplayRole:
            if column == 0:
                return entry.line.name
            if column == 1:
                return channel_text(entry.line.channel)
            if column == 2:
                return f.money(entry.planned_to_date) if entry.planned_to_date is not None else "–"
            if column == 3:
                return f.money(entry.actual["spend"]) if entry.days else self.tr("no report")
            if column == 4:
                return f.share(entry.pacing, 0) if entry.pacing is not None else "–"
            value = entry.actual[("impressions", "clicks", "orders", "gmv")[column - 5]]
            if value is None:
                return "–"
            return f.money(value) if column == 8 else f.count(value)
        if role == Qt.TextAlignmentRole and column >= 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and column == 4 and entry.pacing is not None and abs(entry.pacing - 1) > PACE_OFF:
            return QBrush(FLAG_COLOURS["outside"])
        if role == Qt.ToolTipRole and column == 4 and entry.pacing is not None:
            return self.tr("Spent {0} of the {1} planned to the last reported day ({2} days reported)").format(
                f.money(entry.actual["spend"]), f.money(entry.planned_to_date), entry.days)
        return None


class CalibrationModel(_Table):
    """A row per figure the reports speak to: the plan's value and range, the data's, the posterior, a flag."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.calibration = Calibration(())
        self.plan = None
        self.formatter = Formatter()
        self.headers = [self.tr("Assumption"), self.tr("Plan"), self.tr("Range"), self.tr("Observed"),
                        self.tr("Calibrated"), self.tr("P10–P90"), self.tr("Check"), self.tr("Evidence")]

    def set_calibration(self, plan, calibration: Calibration):
        self.beginResetModel()
        self.plan, self.calibration = plan, calibration
        self.endResetModel()

    def _count(self) -> int:
        return len(self.calibration.with_data)

    def _label(self, key) -> str:
        channel, tactic, name = key
        if tuple(key) == AOV_KEY:
            return self.tr("Average order value (brand's own)")
        tactic_label = self.plan.tactics[tactic].label if tactic in self.plan.tactics else tactic
        channel_label = self.tr("All channels") if channel == ANY else channel_text(channel)
        return f"{channel_label} · {data_text(tactic_label)} · {data_text(parameter(name).label)}"

    def _value(self, key, value) -> str:
        if not _finite(value):
            return "–"
        kind = parameter(key[2]).kind
        if kind == "share":
            return self.formatter.share(value, 2)
        if kind == "money":
            return self.formatter.money_exact(value) if value < 1000 else self.formatter.money(value)
        return self.formatter.kind(kind, value)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        p, column = self.calibration.with_data[index.row()], index.column()
        prior = p.prior_row
        if role == Qt.DisplayRole:
            return (self._label(p.key), self._value(p.key, prior.value),
                    f"{self._value(p.key, prior.low)} – {self._value(p.key, prior.high)}",
                    self._value(p.key, p.observed), self._value(p.key, p.mean),
                    f"{self._value(p.key, p.p10)} – {self._value(p.key, p.p90)}", self.flag_text(p.flag),
                    self.evidence_text(p))[column]
        if role == Qt.BackgroundRole and column == 6 and p.flag in FLAG_COLOURS:
            return QBrush(FLAG_COLOURS[p.flag])
        if role == Qt.ToolTipRole and column == 6:
            return {"outside": self.tr("The plan's value is outside the 80% interval the data allow"),
                    "conflict": self.tr("The data cannot be explained by the assumed range: check the report, the "
                                        "line it was matched to, or the assumption"),
                    "": self.tr("The plan's value is within the 80% interval the data allow")}[p.flag]
        if role == Qt.ToolTipRole and column == 7:
            return self.evidence_text(p)
        if role == Qt.ToolTipRole and column == 0 and tuple(p.key) == AOV_KEY:
            return self.tr("Shown against the data; the brand's order value is not changed by accepting")
        return None

    def flag_text(self, flag: str) -> str:
        return {"outside": self.tr("Plan outside the data"), "conflict": self.tr("Data contradict the range"),
                "": self.tr("Agrees")}[flag]

    def evidence_text(self, p) -> str:
        """"73 days of Qianchuan, 4.6m impressions": how much the calibrated figure rests on."""
        e = p.evidence
        names = ", ".join(SOURCE_LABELS.get(s, s) for s in e.sources)
        words = {"impressions": self.tr("{0} impressions"), "clicks": self.tr("{0} clicks"),
                 "views": self.tr("{0} views"), "spend": self.tr("{0} spent"), "orders": self.tr("{0} orders"),
                 "gmv": self.tr("{0} of GMV"), "units": self.tr("{0} units")}
        kind = p.spec.exposure
        amount = self.formatter.money(e.exposure) if kind in ("spend", "gmv") else self.formatter.count(e.exposure)
        return self.tr("%n day(s) of {0}, {1}", "", e.days).format(names, words[kind].format(amount))


class LinksModel(_Table):
    """A row per report campaign: which plan line it is (editable: a choice among the channel's lines) and whether
    the user confirmed it. Each change is one undoable edit (core.actuals.matching.confirm_link)."""

    LINE, CONFIRMED = 3, 4

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.links = ()
        self.headers = [self.tr("Platform"), self.tr("Campaign"), self.tr("Channel"), self.tr("Line"),
                        self.tr("Confirmed")]

    def refresh(self):
        self.beginResetModel()
        self.links = tuple(sorted(self.document.plan.campaign_links, key=lambda k: (k.line != "", k.confirmed,
                                                                                    k.source, k.campaign)))
        self.endResetModel()

    def _count(self) -> int:
        return len(self.links)

    def flags(self, index):
        if not index.isValid():
            return Qt.NoItemFlags
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == self.LINE:
            flags |= Qt.ItemIsEditable
        if index.column() == self.CONFIRMED and self.links[index.row()].line:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        link, column = self.links[index.row()], index.column()
        if role in (Qt.DisplayRole, Qt.EditRole) and column != self.CONFIRMED:
            if column == self.LINE and not link.line:
                return self.tr("— not linked: rows kept aside —")
            return (SOURCE_LABELS.get(link.source, link.source), link.campaign, channel_text(link.channel),
                    link.line)[column]
        if role == Qt.CheckStateRole and column == self.CONFIRMED and link.line:
            return Qt.Checked if link.confirmed else Qt.Unchecked
        if role == Qt.BackgroundRole and column == self.LINE and not link.line:
            return QBrush(FLAG_COLOURS["conflict"])
        if role == Qt.ToolTipRole and column == self.LINE:
            return self.tr("Double-click to choose the plan line this campaign's rows belong to")
        return None

    def lines_for(self, row: int):
        """(index, line) of the plan's lines on the campaign's channel, the choices for its Line cell."""
        link = self.links[row]
        return [(i, line) for i, line in enumerate(self.document.plan.lines) if line.channel == link.channel]

    def link_to(self, row: int, line_index: int) -> bool:
        from market_entry_planner.core.actuals.matching import confirm_link  # the report reader: loaded when used

        link = self.links[row]
        line = self.document.plan.lines[line_index]
        new = confirm_link(self.document.plan, link.source, link.campaign, line)
        if new == self.document.plan:
            return False
        self.document.edit(self.tr("Link campaign {0} to {1}").format(link.campaign, line.name), new,
                           Change("actuals"))
        return True

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid():
            return False
        link = self.links[index.row()]
        if index.column() == self.LINE and role == Qt.EditRole and isinstance(value, int):
            return self.link_to(index.row(), value)
        if index.column() == self.CONFIRMED and role == Qt.CheckStateRole and link.line:
            line = next((i for i, x in enumerate(self.document.plan.lines)
                         if (x.channel, x.tactic, x.name) == (link.channel, link.tactic, link.line)), None)
            return line is not None and self.link_to(index.row(), line)
        return False


class LineChoice(QStyledItemDelegate):
    """The Line cell's editor: the plan's lines on the campaign's channel."""

    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for i, line in index.model().lines_for(index.row()):
            box.addItem(line.name or self.tr("(line {0})").format(i + 1), i)
        return box

    def setEditorData(self, editor, index):
        current = index.model().links[index.row()].line
        editor.setCurrentIndex(max(editor.findText(current), 0))

    def setModelData(self, editor, model, index):
        if editor.currentIndex() >= 0:
            model.setData(index, editor.currentData(), Qt.EditRole)


REPORT_FILTER = QT_TRANSLATE_NOOP("ActualsTab", "Platform reports (*.csv *.xlsx);;All files (*)")


class ActualsTab(QWidget):
    message = Signal(str)
    imported = Signal(object)      # Imported, after the edit
    importFailed = Signal(object)  # its problems

    def __init__(self, document: PlanDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.calibration = Calibration(())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.import_button = QPushButton(self.tr("Import actuals…"))
        self.import_button.setToolTip(self.tr("Read ad reports from Qianchuan, Magnetic Engine, Wanxiangtai or JD "
                                              "(CSV or Excel)"))
        self.import_button.clicked.connect(self.ask_import)
        self.accept_button = QPushButton(self.tr("Accept calibration"))
        self.accept_button.setToolTip(self.tr("Replace the assumptions the reports speak to with their calibrated "
                                              "values and ranges (one edit: Undo restores)"))
        self.accept_button.clicked.connect(self.accept_calibration)
        self.reforecast_button = QPushButton(self.tr("Re-forecast"))
        self.reforecast_button.setToolTip(self.tr("Add a scenario on the calibrated figures in which the money "
                                                  "already spent is locked; the optimiser can move only the rest"))
        self.reforecast_button.clicked.connect(self.add_reforecast)
        for button in (self.import_button, self.accept_button, self.reforecast_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.pacing_model = PacingModel(self)
        self.calibration_model = CalibrationModel(self)
        self.links_model = LinksModel(document, self)
        splitter = QSplitter(Qt.Vertical)
        self.pacing_view = self._view(self.pacing_model)
        self.calibration_view = self._view(self.calibration_model)
        self.links_view = self._view(self.links_model)
        self.links_view.setItemDelegateForColumn(LinksModel.LINE, LineChoice(self.links_view))
        self.links_view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.SelectedClicked)
        for view in (self.pacing_view, self.calibration_view, self.links_view):
            splitter.addWidget(view)
        splitter.setSizes([300, 300, 120])
        layout.addWidget(splitter, 1)
        self.notes = QLabel("")  # what the calibration decided (core's words, as the import's problems are shown)
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("font-size: 11px; color: palette(mid);")
        layout.addWidget(self.notes)
        self._stale = True
        self.job: workers.Job | None = None
        self.last_problems_dialog: ProblemsDialog | None = None
        document.changed.connect(self._changed)

    def _view(self, model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def set_formatter(self, formatter: Formatter):
        self.pacing_model.formatter = self.calibration_model.formatter = formatter
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _changed(self, _change: Change):
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event):
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self):
        self._stale = False
        plan = self.document.plan
        day = as_of(plan)
        self.calibration = calibrate(plan) if plan.actuals else Calibration(())
        aside = sum(1 for row in plan.actuals if not row.line)
        self.pacing_model.set_entries(line_actuals(plan) if plan.actuals else [])
        self.calibration_model.set_calibration(plan, self.calibration)
        self.links_model.refresh()
        self.notes.setText("\n".join(f"• {note}" for note in self.calibration.notes))
        self.notes.setVisible(bool(self.calibration.notes))
        if day is None and aside:
            self.summary.setText(self.tr("%n row(s) kept aside: link their campaign to a line below.", "", aside))
        elif day is None:
            self.summary.setText(self.tr("No actual results yet. Import the platforms' ad reports (File › Import "
                                         "actuals…) to compare spend with the plan and calibrate the assumptions."))
        else:
            flagged = sum(1 for p in self.calibration.with_data if p.flag)
            self.summary.setText(self.tr("Reports to {0}: %n row(s). {1} of the assumptions they speak to are "
                                         "outside what the data allow.", "", len(plan.actuals)).format(
                self.pacing_model.formatter.date(day), flagged)
                + (" " + self.tr("%n row(s) kept aside: link their campaign to a line below.", "", aside)
                   if aside else ""))
        has_data = bool(self.calibration.with_data)
        accepted = has_data and accept(plan, self.calibration).assumptions == plan.assumptions
        self.accept_button.setEnabled(has_data and not accepted)
        self.reforecast_button.setEnabled(day is not None)

    def accept_calibration(self):
        plan = self.document.plan
        new = accept(plan, calibrate(plan))
        if new == plan:
            return
        self.document.edit(self.tr("Accept calibrated assumptions"), new, Change("assumption_rows"))
        self.message.emit(self.tr("Calibrated assumptions accepted: the estimate, the ranges and the sensitivity now "
                                  "use them (Undo restores)"))

    def add_reforecast(self):
        try:
            forecast = reforecast(self.document.plan, draws=0)
        except (PlanError, ValueError) as error:
            self.message.emit(self.tr("Cannot re-forecast: {0}").format(str(error)))
            return
        name = forecast.plan.scenarios[forecast.scenario].name
        self.document.edit(self.tr("Add scenario {0}").format(name), forecast.plan, Change("reset"))
        self.message.emit(self.tr("Scenario {0} added: money already spent is locked; compare it on the Scenarios "
                                  "tab").format(name))

    # -- importing reports
    def ask_import(self, folder: str = ""):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import platform reports"), folder,
                                                self.tr(REPORT_FILTER))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths) -> workers.Job:
        """Read and match the reports off the UI thread; then one undoable edit adds their rows (a report imported
        again replaces its rows). A report that cannot be read changes nothing and its problems are listed."""
        # the report reader brings the workbook reader (openpyxl): loaded on first import, not at start-up
        from market_entry_planner.core.actuals.matching import import_reports
        job = workers.Job(import_reports, self.document.plan, list(map(str, paths)))
        before = self.document.plan

        def done(result):
            self.job = None
            if self.document.plan is not before:  # edited meanwhile: match again on the plan as it is now
                result = import_reports(self.document.plan, list(map(str, paths)))
            self.document.edit(self.tr("Import actuals"), result.plan, Change("actuals"))
            self.message.emit(self.tr("%n report row(s) imported", "", result.rows))
            if result.unmatched or result.proposed:
                problems = list(result.unmatched) + [Problem(
                    self.tr("campaign '{0}' was taken to be the line '{1}': check it").format(link.campaign,
                                                                                            link.line),
                    severity="warning") for link in result.proposed]
                self._show_problems(self.tr("Some campaigns need a look"),
                                    self.tr("The other rows were imported. These campaigns were left out or matched "
                                            "by guess:"), problems)
            self.imported.emit(result)

        def failed(error):
            self.job = None
            problems = error.problems if isinstance(error, PlanError) else (
                Problem(f"{type(error).__name__}: {error}"),)
            self.importFailed.emit(problems)
            self._show_problems(self.tr("Cannot import the reports"),
                                self.tr("Nothing was imported. Fix these and try again:"), problems)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        self.job = workers.start(job)
        return job

    def _show_problems(self, title, intro, problems):
        dialog = ProblemsDialog(title, intro, problems, self)
        self.last_problems_dialog = dialog
        dialog.exec()
