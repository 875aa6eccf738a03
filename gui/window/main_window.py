"""The main window, assembled: headline strip, the input tabs (plan, assumptions, festivals, market, channels,
scenarios) beside the charts, a status bar; it follows the document and hands files to `files.PlanFiles`.

The pieces live beside it: `plan_tab` (the lines table and line edits), `actions` (actions, menus, toolbar),
`files` (open, save in a worker, export, recent, autosave).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.gui.charts.bars import BudgetCostChart
from market_entry_planner.gui.charts.cashflow import CashFlowChart
from market_entry_planner.gui.charts.flighting import FlightingChart
from market_entry_planner.gui.charts.funnel import FunnelChart
from market_entry_planner.gui.charts.pacing import PacingChart
from market_entry_planner.gui.charts.reach_curves import ReachCurvesChart
from market_entry_planner.gui.charts.scenarios import ScenarioChart
from market_entry_planner.gui.charts.tornado import TornadoChart
from market_entry_planner.gui.dialogs.optimise import OptimiseDialog
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.models.delegates import PlanDelegate
from market_entry_planner.gui.models.festivals import FestivalsModel
from market_entry_planner.gui.models.flighting import FlightingSource
from market_entry_planner.gui.models.tables import SORT_ROLE, AssumptionsModel, ChannelResultsModel, PlanTableModel
from market_entry_planner.gui.panels.actuals import ActualsTab
from market_entry_planner.gui.panels.assumptions import AssumptionFilter, AssumptionsTab
from market_entry_planner.gui.panels.headline import HeadlineStrip
from market_entry_planner.gui.panels.market import MarketPanel
from market_entry_planner.gui.panels.scenarios import ScenarioComparison, ScenariosTab
from market_entry_planner.gui.report import actions as report_actions
from market_entry_planner.gui.settings import Settings
from market_entry_planner.gui.uncertainty import UncertaintyProgress, UncertaintyRunner
from market_entry_planner.gui.window.actions import WindowActions, icon
from market_entry_planner.gui.window.files import PlanFiles
from market_entry_planner.gui.window.plan_tab import PlanTab

PREFERRED_SIZE = QSize(1400, 860)
FRAME_ALLOWANCE = QSize(16, 40)  # the title bar and borders the window manager adds around the window


def available_geometry(widget) -> QRect:
    """The screen area a window may use (without task bars and docks): of the widget's screen, else the primary."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def first_size(available: QRect) -> QSize:
    """The window's size on a first start: the preferred size, made smaller to fit the screen with its frame
    (a 1366×768 laptop leaves about 1366×728), so no button is off-screen."""
    return PREFERRED_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE)


class MainWindow(WindowActions, QMainWindow):
    fileLoaded = Signal(str)       # a workbook was opened or imported
    loadFailed = Signal(object)    # its problems

    def __init__(self, document: PlanDocument, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.document = document
        self.settings = settings or Settings()
        self.formatter = Formatter()
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.resize(first_size(available_geometry(self)))
        self.files = PlanFiles(self, document, self.settings)
        self.files.fileLoaded.connect(self.fileLoaded)
        self.files.loadFailed.connect(self.loadFailed)
        self._make_inputs()
        self._make_charts()
        self._make_central()
        self._make_actions()
        self._make_menus()
        report_actions.install(self)  # File › Export report…, Print… (gui/report/actions.py)
        self._connect()
        self._plan_changed(Change("reset"))
        self._results_changed()
        self.uncertainty.schedule()
        self._update_title()
        self._restore_layout()

    # -- building
    def _make_inputs(self):
        document = self.document
        self.plan_model = PlanTableModel(document, self)
        self.assumptions_model = AssumptionsModel(document, self)
        self.channels_model = ChannelResultsModel(document, self)
        self.festivals_model = FestivalsModel(document, self)
        self.delegate = PlanDelegate(lambda: self.formatter.symbol, self)
        self.headline = HeadlineStrip(document)
        self.plan_tab = PlanTab(document, self.plan_model, self.delegate)
        self.assumptions_view = self._table(self.assumptions_model, sortable=True, proxy=AssumptionFilter)
        self.assumptions_tab = AssumptionsTab(self.assumptions_model, self.assumptions_view)
        self.festivals_view = self._table(self.festivals_model, sortable=True)
        self.market_panel = MarketPanel(document)
        self.channels_view = self._table(self.channels_model, sortable=False)
        self.scenario_comparison = ScenarioComparison(document, self)
        self.scenarios_tab = ScenariosTab(document, self.scenario_comparison)
        self.actuals_tab = ActualsTab(document)
        self.inputs = QTabWidget()
        for widget, title in ((self.plan_tab, self.tr("Plan")), (self.assumptions_tab, self.tr("Assumptions")),
                              (self.festivals_view, self.tr("Festivals")), (self.market_panel, self.tr("Market")),
                              (self.channels_view, self.tr("Channels")), (self.scenarios_tab, self.tr("Scenarios")),
                              (self.actuals_tab, self.tr("Actuals"))):
            self.inputs.addTab(widget, title)
        self.inputs.currentChanged.connect(self._fit_columns)

    def _make_charts(self):
        document = self.document
        self.reach_chart = ReachCurvesChart(document)
        self.budget_chart = BudgetCostChart(document)
        self.funnel_chart = FunnelChart(document)
        self.scenario_chart = ScenarioChart(document, self.scenario_comparison)
        self.flighting_source = FlightingSource(document, self)
        self.flighting_chart = FlightingChart(document, self.flighting_source)
        self.cashflow_chart = CashFlowChart(document, self.flighting_source)
        self.tornado_chart = TornadoChart(document)
        self.pacing_chart = PacingChart(document)
        self.charts = QTabWidget()
        # short tab names: seven charts share the right-hand pane's tab bar
        for chart, title in ((self.reach_chart, self.tr("Reach")), (self.budget_chart, self.tr("Costs")),
                             (self.funnel_chart, self.tr("Funnel")), (self.scenario_chart, self.tr("Scenarios")),
                             (self.flighting_chart, self.tr("Calendar")), (self.cashflow_chart, self.tr("Cash flow")),
                             (self.tornado_chart, self.tr("Sensitivity")), (self.pacing_chart, self.tr("Pacing"))):
            self.charts.addTab(chart, title)
        self.uncertainty = UncertaintyRunner(document, self)  # P10–P90 on the headline, worked out off the UI thread
        self.uncertainty.stale.connect(self.headline.dim_bands)
        self.uncertainty.finished.connect(self.headline.show_bands)
        self.uncertainty.failed.connect(self.headline.bands_failed)

    def _make_central(self):
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens both: the charts need room as much as tables
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 0, 4, 4)
        self.hint_bar = self._first_run_hint()
        layout.addWidget(self.hint_bar)
        layout.addWidget(self.headline)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status_problems = QLabel("")
        self.statusBar().addPermanentWidget(self.status_problems)
        self.statusBar().addPermanentWidget(UncertaintyProgress(self.uncertainty))

    def _connect(self):
        self.files.marketMissing.connect(lambda name: self.market_panel.ask_for_missing(name))
        document = self.document
        for source in (self.plan_model, self.assumptions_model, self.festivals_model, self.market_panel,
                       self.scenarios_tab):
            source.editRejected.connect(lambda text: self.statusBar().showMessage(text, 6000))
        for chart in self._charts():
            chart.exported.connect(lambda path: self.statusBar().showMessage(self.tr("Chart saved to {0}").format(path),
                                                                            6000))
        self.tornado_chart.assumptionChosen.connect(self.show_assumption)
        self.actuals_tab.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        document.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        document.pathChanged.connect(self._update_title)
        # the welcome banner speaks of the sample plan: gone once the plan is a file, a new plan or an import
        document.pathChanged.connect(self.hint_bar.hide)
        self.files.fileLoaded.connect(self.hint_bar.hide)
        document.changed.connect(self._plan_changed)
        document.resultsChanged.connect(self._results_changed)
        self.plan_tab.view.selectionModel().currentRowChanged.connect(self._line_selected)

    def _restore_layout(self):
        self.settings.restore_window(self)
        splitter = self.settings.value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        else:
            # the charts get nearly half: their seven tabs fit the pane in Italian on a 1366 px screen
            width = max(self.width(), 800)
            self.splitter.setSizes([round(width * 0.52), round(width * 0.48)])

    def _charts(self) -> tuple:
        return (self.reach_chart, self.budget_chart, self.funnel_chart, self.scenario_chart, self.flighting_chart,
                self.cashflow_chart, self.tornado_chart, self.pacing_chart)

    def _first_run_hint(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("hint")
        bar.setStyleSheet("#hint { background: rgba(64, 140, 255, 40); border-radius: 4px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 4, 4, 4)
        text = QLabel(self.tr("Welcome. This is a sample plan: double-click a budget to change it, drag a point on "
                              "the reach curves, and watch reach, cost and sales move. Ctrl+Z undoes. "
                              "File › New starts your own; every assumption's source is on the Assumptions tab."))
        text.setWordWrap(True)
        row.addWidget(text, 1)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Do not show this again"))
        close.clicked.connect(self.dismiss_hint)
        row.addWidget(close)
        bar.setVisible(not self.settings.value("hints/first_run_done", False) in (True, "true")
                       and self.document.path is None)
        return bar

    def dismiss_hint(self):
        self.hint_bar.hide()
        self.settings.set_value("hints/first_run_done", True)

    def _table(self, model, sortable: bool, proxy=QSortFilterProxyModel) -> QTableView:
        view = QTableView()
        if sortable:
            proxy = proxy(view)
            proxy.setSortRole(SORT_ROLE)
            proxy.setSourceModel(model)
            view.setModel(proxy)
            view.setSortingEnabled(True)
            view.sortByColumn(-1, Qt.AscendingOrder)
        else:
            view.setModel(model)
        view.setItemDelegate(self.delegate)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectRows)
        view.verticalHeader().setDefaultSectionSize(24)
        view.horizontalHeader().setResizeContentsPrecision(40)  # widths from the first rows, not every one
        return view

    def _fit_columns(self, index: int):
        """Fit a tab's table columns the first time it is shown: measuring text for tables nobody has opened
        yet cost a third of the window's start-up."""
        view = self.inputs.widget(index)
        view = self.assumptions_view if view is self.assumptions_tab else view
        if isinstance(view, QTableView) and not view.property("fitted"):
            view.setProperty("fitted", True)
            view.resizeColumnsToContents()
            if view is self.assumptions_view:
                view.setColumnWidth(AssumptionsModel.FIELDS.index("source"), 420)

    # -- files (PlanFiles does the work; these names are the window's public ones)
    @property
    def autosave(self):
        return self.files.autosave

    @property
    def last_problems_dialog(self):
        return self.files.last_problems_dialog

    def open_path(self, path: str | Path, replace_lines_only: bool = False):
        return self.files.open_path(path, replace_lines_only)

    def new_plan(self):
        self.files.new_plan()

    def maybe_save(self) -> bool:
        return self.files.maybe_save()

    def save(self, wait: bool = False) -> bool:
        return self.files.save(wait)

    def ask_save_as(self, wait: bool = False) -> bool:
        return self.files.ask_save_as(wait)

    def save_to(self, path, wait: bool = False) -> bool:
        return self.files.save_to(path, wait)

    def autosave_now(self) -> Path | None:
        return self.files.autosave_now()

    def recover(self, path: Path) -> bool:
        return self.files.recover(path)

    # -- following the document
    def _update_title(self):
        name = self.document.title
        self.setWindowTitle(self.tr("{0}[*] — Market Entry Planner").format(name))
        self.setWindowModified(not self.document.undo_stack.isClean())

    def _plan_changed(self, change: Change):
        plan = self.document.plan
        if change.kind in ("market", "reset"):
            self._apply_formatter()
        self.scenario_box.blockSignals(True)
        self.scenario_box.clear()
        for scenario in plan.scenarios:
            self.scenario_box.addItem(scenario.name)
        self.scenario_box.setCurrentIndex(plan.active)
        self.scenario_box.blockSignals(False)
        self.delete_scenario_action.setEnabled(len(plan.scenarios) > 1)

    def _apply_formatter(self):
        market = self.document.plan.market
        rate = 1.0 if market.currency == "CNY" else market.exchange_rates.get(market.currency, 0.0)
        formatter = Formatter(market.currency, rate)
        if (formatter.currency, formatter.rate) == (self.formatter.currency, self.formatter.rate):
            return
        self.formatter = formatter
        for target in (self.plan_model, self.channels_model, self.headline, *self._charts(),
                       self.scenarios_tab.model, self.festivals_model, self.actuals_tab):
            target.set_formatter(formatter)
        for code, action in getattr(self, "currency_actions", {}).items():
            action.setChecked(code == formatter.currency)

    def _results_changed(self):
        problems = self.document.problems
        if problems:
            self.status_problems.setText(self.tr("⚠ Cannot estimate: {0}").format(problems[0].message[:90]))
            self.status_problems.setToolTip("\n".join(str(p) for p in problems))
        elif self.document.missing_market:
            self.status_problems.setText(self.tr("Reach is estimated; set the average order value and gross margin "
                                                 "on the Market tab to see sales and profit"))
            self.status_problems.setToolTip("")
        else:
            self.status_problems.setText("")
            self.status_problems.setToolTip("")

    def _line_selected(self, current, _previous):
        row = self.plan_tab.proxy.mapToSource(current).row() if current.isValid() else None
        self.reach_chart.set_selected_line(row if row is not None and row >= 0 else None)
        self.flighting_chart.set_selected_line(row if row is not None and row >= 0 else None)

    def show_assumption(self, key: str):
        """Open an assumption row ("channel|tactic|parameter") on the Assumptions tab, selected."""
        row = self.document.plan.assumptions.index_of(tuple(key.split("|")))
        if row is None:
            return
        view = self.assumptions_view
        self.assumptions_tab.clear_filter()  # the row asked for is shown, whatever was filtered before
        index = view.model().mapFromSource(self.assumptions_model.index(row, 0))
        self.inputs.setCurrentWidget(self.assumptions_tab)
        view.selectRow(index.row())
        view.scrollTo(index)

    def show_comparison(self):
        self.inputs.setCurrentWidget(self.scenarios_tab)
        self.charts.setCurrentWidget(self.scenario_chart)

    def _scenario_chosen(self, index: int):
        plan = self.document.plan
        if 0 <= index < len(plan.scenarios) and index != plan.active:
            self.document.edit(self.tr("Show scenario {0}").format(plan.scenarios[index].name),
                               plan.with_scenario(index), Change("reset"))

    # -- optimising, resetting
    def make_optimise_dialog(self) -> OptimiseDialog:
        dialog = OptimiseDialog(self.document, self.formatter, self)
        dialog.applied.connect(lambda what: self.statusBar().showMessage(
            self.tr("Optimised budgets applied (Undo restores)") if what == "plan" else
            self.tr("The optimised plan is a new scenario: compare it on the Scenarios tab"), 8000))
        return dialog

    def optimise(self):
        if self.document.results is None:
            self.statusBar().showMessage(self.tr("Fix the plan's problems first: it cannot be estimated"), 8000)
            return
        dialog = self.make_optimise_dialog()
        dialog.setAttribute(Qt.WA_DeleteOnClose)  # its plot, frontier and plan copy go when it closes
        dialog.exec()
        self.last_optimisation = dialog.result or getattr(self, "last_optimisation", None)  # advice for a report

    def reset_festivals(self):
        view = self.festivals_view
        rows = sorted({view.model().mapToSource(i).row() for i in view.selectionModel().selectedRows()})
        if not self.festivals_model.reset(rows):
            self.statusBar().showMessage(self.tr("Nothing to reset: the selection is at its defaults, or was "
                                                 "added to this plan"), 6000)

    def reset_assumptions(self):
        view = self.assumptions_view
        rows = sorted({view.model().mapToSource(i).row() for i in view.selectionModel().selectedRows()})
        plan = self.document.plan
        new = plan
        for row in rows:
            key = plan.assumptions.rows[row].key
            if edits.shipped_default(key) is not None:
                new = edits.reset_assumption(new, key)
        if new == plan:
            self.statusBar().showMessage(self.tr("Nothing to reset: the selection is at its defaults, or was "
                                                 "added to this plan"), 6000)
            return
        self.document.edit(self.tr("Reset %n assumption(s) to default", "", len(rows)), new, Change("assumptions"))

    # -- window events
    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith((".xlsx", ".xlsm")):
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = event.mimeData().urls()[0].toLocalFile()
        event.acceptProposedAction()
        if self.files.maybe_save():
            self.files.open_path(path)

    def closeEvent(self, event):
        if not self.files.maybe_save():
            event.ignore()
            return
        self.files.close()
        if self.actuals_tab.job is not None:
            self.actuals_tab.job.cancel()
        self.uncertainty.stop()
        self.settings.save_window(self)
        self.settings.set_value("window/splitter", self.splitter.saveState())
        event.accept()
