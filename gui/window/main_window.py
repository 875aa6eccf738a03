"""The main window: headline strip, plan / assumptions / market / channels tabs, charts, files, undo."""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from market_entry_planner.core import edits
from market_entry_planner.core.paths import resource
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.gui import i18n, recovery, theme, workers
from market_entry_planner.gui.charts.bars import BudgetCostChart
from market_entry_planner.gui.charts.cashflow import CashFlowChart
from market_entry_planner.gui.charts.flighting import FlightingChart
from market_entry_planner.gui.charts.funnel import FunnelChart
from market_entry_planner.gui.charts.reach_curves import ReachCurvesChart
from market_entry_planner.gui.charts.scenarios import ScenarioChart
from market_entry_planner.gui.charts.tornado import TornadoChart
from market_entry_planner.gui.dialogs.about import AboutDialog
from market_entry_planner.gui.dialogs.optimise import OptimiseDialog
from market_entry_planner.gui.dialogs.problems import ProblemsDialog
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.format import Formatter
from market_entry_planner.gui.i18n import channel_text
from market_entry_planner.gui.models.delegates import PlanDelegate
from market_entry_planner.gui.models.festivals import FestivalsModel
from market_entry_planner.gui.models.flighting import FlightingSource
from market_entry_planner.gui.models.tables import SORT_ROLE, AssumptionsModel, ChannelResultsModel, PlanTableModel
from market_entry_planner.gui.panels.headline import HeadlineStrip
from market_entry_planner.gui.panels.market import MarketPanel
from market_entry_planner.gui.panels.scenarios import ScenarioComparison, ScenariosTab
from market_entry_planner.gui.settings import Settings
from market_entry_planner.gui.uncertainty import UncertaintyProgress, UncertaintyRunner

# file dialog filters, translated where used: self.tr(OPEN_FILTER)
XLSX_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Excel workbook (*.xlsx)")
OPEN_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Excel workbook (*.xlsx *.xlsm);;All files (*)")


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


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
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(delegate)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.AscendingOrder)  # plan order until the user sorts
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        layout.addWidget(self.view, 1)
        self.filter.currentIndexChanged.connect(lambda _: self.proxy.set_channel(self.filter.currentData()))
        document.changed.connect(self._sync_filter)
        self._sync_filter()
        self.view.resizeColumnsToContents()
        for column in range(model.columnCount()):
            self.view.setColumnWidth(column, min(max(self.view.columnWidth(column), 64), 190))

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


class MainWindow(QMainWindow):
    fileLoaded = Signal(str)       # a workbook was opened or imported
    loadFailed = Signal(object)    # its problems

    def __init__(self, document: PlanDocument, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.document = document
        self.settings = settings or Settings()
        self.formatter = Formatter()
        self.job: workers.Job | None = None
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.resize(1400, 860)

        self.plan_model = PlanTableModel(document, self)
        self.assumptions_model = AssumptionsModel(document, self)
        self.channels_model = ChannelResultsModel(document, self)
        self.delegate = PlanDelegate(lambda: self.formatter.symbol, self)

        self.headline = HeadlineStrip(document)
        self.plan_tab = PlanTab(document, self.plan_model, self.delegate)
        self.assumptions_view = self._table(self.assumptions_model, sortable=True)
        self.festivals_model = FestivalsModel(document, self)
        self.festivals_view = self._table(self.festivals_model, sortable=True)
        self.market_panel = MarketPanel(document)
        self.channels_view = self._table(self.channels_model, sortable=False)
        self.scenario_comparison = ScenarioComparison(document, self)
        self.scenarios_tab = ScenariosTab(document, self.scenario_comparison)

        self.inputs = QTabWidget()
        self.inputs.addTab(self.plan_tab, self.tr("Plan"))
        self.inputs.addTab(self.assumptions_view, self.tr("Assumptions"))
        self.inputs.addTab(self.festivals_view, self.tr("Festivals"))
        self.inputs.addTab(self.market_panel, self.tr("Market"))
        self.inputs.addTab(self.channels_view, self.tr("Channels"))
        self.inputs.addTab(self.scenarios_tab, self.tr("Scenarios"))
        self.inputs.currentChanged.connect(self._fit_columns)

        self.reach_chart = ReachCurvesChart(document)
        self.budget_chart = BudgetCostChart(document)
        self.funnel_chart = FunnelChart(document)
        self.scenario_chart = ScenarioChart(document, self.scenario_comparison)
        self.charts = QTabWidget()
        # short tab names: seven charts share the right-hand pane's tab bar
        self.charts.addTab(self.reach_chart, self.tr("Reach"))
        self.charts.addTab(self.budget_chart, self.tr("Costs"))
        self.charts.addTab(self.funnel_chart, self.tr("Funnel"))
        self.charts.addTab(self.scenario_chart, self.tr("Scenarios"))
        self.flighting_source = FlightingSource(document, self)
        self.flighting_chart = FlightingChart(document, self.flighting_source)
        self.cashflow_chart = CashFlowChart(document, self.flighting_source)
        self.tornado_chart = TornadoChart(document)
        self.charts.addTab(self.flighting_chart, self.tr("Calendar"))
        self.charts.addTab(self.cashflow_chart, self.tr("Cash flow"))
        self.charts.addTab(self.tornado_chart, self.tr("Sensitivity"))
        self.uncertainty = UncertaintyRunner(document, self)  # P10–P90 on the headline, worked out off the UI thread
        self.uncertainty.stale.connect(self.headline.dim_bands)
        self.uncertainty.finished.connect(self.headline.show_bands)
        self.uncertainty.failed.connect(self.headline.bands_failed)

        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.addWidget(self.inputs)
        self.splitter.addWidget(self.charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
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
        self._make_actions()
        self._make_menus()

        for source in (self.plan_model, self.assumptions_model, self.festivals_model, self.market_panel,
                       self.scenarios_tab):
            source.editRejected.connect(lambda text: self.statusBar().showMessage(text, 6000))
        for chart in (self.reach_chart, self.budget_chart, self.funnel_chart, self.scenario_chart,
                      self.flighting_chart, self.cashflow_chart, self.tornado_chart):
            chart.exported.connect(lambda path: self.statusBar().showMessage(self.tr("Chart saved to {0}").format(path),
                                                                            6000))
        self.tornado_chart.assumptionChosen.connect(self.show_assumption)
        document.undo_stack.cleanChanged.connect(self._clean_changed)
        self.autosave = recovery.Autosave()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(recovery.AUTOSAVE_MINUTES * 60_000)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        document.pathChanged.connect(self._update_title)
        document.changed.connect(self._plan_changed)
        document.resultsChanged.connect(self._results_changed)
        self.plan_tab.view.selectionModel().currentRowChanged.connect(self._line_selected)
        self._plan_changed(Change("reset"))
        self._results_changed()
        self.uncertainty.schedule()
        self._update_title()
        self.settings.restore_window(self)
        splitter = self.settings.value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([820, 560])

    # -- building
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
        bar.setVisible(not self.settings.value("hints/first_run_done", False) in (True, "true"))
        return bar

    def dismiss_hint(self):
        self.hint_bar.hide()
        self.settings.set_value("hints/first_run_done", True)

    def _table(self, model, sortable: bool) -> QTableView:
        view = QTableView()
        if sortable:
            proxy = QSortFilterProxyModel(view)
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
        if isinstance(view, QTableView) and not view.property("fitted"):
            view.setProperty("fitted", True)
            view.resizeColumnsToContents()
            if view is self.assumptions_view:
                view.setColumnWidth(AssumptionsModel.FIELDS.index("source"), 560)

    def _action(self, text, slot, shortcut=None, icon_name=None, tip=None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self):
        stack = self.document.undo_stack
        self.new_action = self._action(self.tr("&New"), self.new_plan, QKeySequence.New, "new",
                                       self.tr("Start an empty plan with the shipped assumptions"))
        self.open_action = self._action(self.tr("&Open…"), self.ask_open, QKeySequence.Open, "open",
                                        self.tr("Open a plan workbook"))
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence.Save, "save",
                                        self.tr("Save the plan"))
        self.save_as_action = self._action(self.tr("Save &As…"), self.ask_save_as, QKeySequence.SaveAs)
        self.import_action = self._action(self.tr("&Import lines from a sheet…"), self.ask_import, None, "import",
                                          self.tr("Replace this scenario's lines with a plan typed in Excel; market "
                                                  "and assumptions stay"))
        self.export_action = self._action(self.tr("&Export a copy…"), self.ask_export, QKeySequence("Ctrl+E"),
                                          "export", self.tr("Write a copy of the workbook with results, elsewhere"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.Quit)
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.add_action = self._action(self.tr("&Add line"), self.add_line, QKeySequence("Ctrl+Shift+N"), "add",
                                       self.tr("Add a line to the plan"))
        self.duplicate_action = self._action(self.tr("&Duplicate line"), self.duplicate_lines,
                                             QKeySequence("Ctrl+D"), "duplicate", self.tr("Copy the selected lines"))
        self.delete_action = self._action(self.tr("De&lete lines"), self.delete_lines, QKeySequence.Delete,
                                          "delete", self.tr("Delete the selected lines"))
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.plan_tab.view.addAction(self.delete_action)
        self.reset_assumption_action = self._action(
            self.tr("Reset to &default"), self.reset_assumptions, None, None,
            self.tr("Put the selected assumptions back to the shipped benchmark"))
        self.assumptions_view.addAction(self.reset_assumption_action)
        self.reset_festival_action = self._action(
            self.tr("Reset to &default"), self.reset_festivals, None, None,
            self.tr("Put the selected festivals back to the shipped calendar"))
        self.festivals_view.addAction(self.reset_festival_action)
        self.festivals_view.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.optimise_action = self._action(self.tr("&Optimise the budget…"), self.optimise,
                                            QKeySequence("Ctrl+Shift+O"), "optimise",
                                            self.tr("Reallocate the budget for the most reach, effective reach, GMV "
                                                    "or profit, within your limits"))
        self.new_scenario_action = self._action(self.tr("&New scenario…"), self.scenarios_tab.ask_new, None, None,
                                                self.tr("A copy of the scenario shown, to change without losing it"))
        self.rename_scenario_action = self._action(self.tr("&Rename scenario…"), self.scenarios_tab.ask_rename)
        self.delete_scenario_action = self._action(self.tr("&Delete scenario"), self.scenarios_tab.delete)
        self.compare_scenarios_action = self._action(self.tr("&Compare scenarios"), self.show_comparison, None,
                                                     None, self.tr("Every scenario side by side"))
        self.assumptions_view.setContextMenuPolicy(Qt.ActionsContextMenu)

    def _make_menus(self):
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            menu.addAction(action)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.import_action, self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.add_action, self.duplicate_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.reset_assumption_action)
        menu = self.menuBar().addMenu(self.tr("&Scenario"))
        for action in (self.optimise_action, None, self.new_scenario_action, self.rename_scenario_action,
                       self.delete_scenario_action, None, self.compare_scenarios_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.currency_actions = {}
        for code in ("CNY", "EUR", "USD"):
            action = self._action(self.tr("Money in {0}").format(code),
                                  lambda checked=False, c=code: self.market_panel.commit("currency", c))
            action.setCheckable(True)
            menu.addAction(action)
            self.currency_actions[code] = action
        menu.addSeparator()
        themes = menu.addMenu(self.tr("&Theme"))
        self.theme_actions = {}
        for key, label in ((theme.SYSTEM, self.tr("Follow the system")), (theme.LIGHT, self.tr("Light")),
                           (theme.DARK, self.tr("Dark"))):
            action = self._action(label, lambda checked=False, k=key: self.set_theme(k))
            action.setCheckable(True)
            themes.addAction(action)
            self.theme_actions[key] = action
        self.theme_actions[self.theme_choice()].setChecked(True)
        languages = menu.addMenu(self.tr("&Language"))
        self.language_actions = {}
        current = str(self.settings.value("view/language", i18n.SYSTEM))
        for key, label in ((i18n.SYSTEM, self.tr("Follow the system")), *i18n.LANGUAGES.items()):
            action = self._action(label, lambda checked=False, k=key: self.set_language(k))
            action.setCheckable(True)
            action.setChecked(key == current)
            languages.addAction(action)
            self.language_actions[key] = action
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self._action(self.tr("&About Market Entry Planner"), self.about))

        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        for action in (self.new_action, self.open_action, self.save_action, None, self.undo_action,
                       self.redo_action, None, self.add_action, self.duplicate_action, self.delete_action, None,
                       self.import_action, self.export_action, None, self.optimise_action):
            bar.addSeparator() if action is None else bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Scenario ")))
        self.scenario_box = QComboBox()
        self.scenario_box.setToolTip(self.tr("The scenario shown and edited"))
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        bar.addWidget(self.scenario_box)

    # -- autosave
    def _clean_changed(self, clean: bool):
        self.setWindowModified(not clean)
        if clean:
            self.autosave.discard()

    def autosave_now(self) -> Path | None:
        if self.document.undo_stack.isClean():
            return None
        try:
            return self.autosave.write(self.document.plan, self.document.path)
        except OSError as error:  # a full disk must not interrupt the user
            self.statusBar().showMessage(self.tr("Autosave failed: {0}").format(error), 6000)
            return None

    def recover(self, path: Path) -> bool:
        """Open an autosaved plan as a new, unsaved document (Save asks where: nothing is overwritten)."""
        plan, source, saved = recovery.read_autosave(path)
        self.document.replace(plan, None)
        self.document.undo_stack.resetClean()  # recovered work is unsaved work
        self.setWindowModified(True)
        self.statusBar().showMessage(self.tr("Recovered the plan autosaved at {0}{1}").format(
            saved.replace("T", " "), self.tr(" (from {0})").format(source.name) if source else ""), 15000)
        path.unlink(missing_ok=True)
        self.autosave_now()
        return True

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
        for target in (self.plan_model, self.channels_model, self.headline, self.reach_chart, self.budget_chart,
                       self.funnel_chart, self.scenario_chart, self.scenarios_tab.model, self.flighting_chart,
                       self.cashflow_chart, self.tornado_chart, self.festivals_model):
            target.set_formatter(formatter)
        for code, action in getattr(self, "currency_actions", {}).items():
            action.setChecked(code == formatter.currency)

    def _results_changed(self):
        problems = self.document.problems
        if problems:
            self.status_problems.setText(self.tr("⚠ Cannot estimate: {0}").format(problems[0].message[:90]))
            self.status_problems.setToolTip("\n".join(str(p) for p in problems))
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
        index = view.model().mapFromSource(self.assumptions_model.index(row, 0))
        self.inputs.setCurrentWidget(view)
        view.selectRow(index.row())
        view.scrollTo(index)

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

    def show_comparison(self):
        self.inputs.setCurrentWidget(self.scenarios_tab)
        self.charts.setCurrentWidget(self.scenario_chart)

    def _scenario_chosen(self, index: int):
        plan = self.document.plan
        if 0 <= index < len(plan.scenarios) and index != plan.active:
            self.document.edit(self.tr("Show scenario {0}").format(plan.scenarios[index].name),
                               plan.with_scenario(index), Change("reset"))

    # -- editing lines
    def add_line(self):
        plan = self.document.plan
        rows = self.plan_tab.selected_rows()
        like = plan.lines[rows[-1]] if rows else None
        row = (rows[-1] + 1) if rows else len(plan.lines)
        new = edits.insert_lines(plan, row, [edits.new_line(plan, like)])
        self.document.edit(self.tr("Add line"), new, Change("insert", (row,)))
        self.plan_tab.select_row(row)

    def duplicate_lines(self):
        plan = self.document.plan
        rows = self.plan_tab.selected_rows()
        if not rows:
            return
        copies = [plan.lines[r] for r in rows]
        at = rows[-1] + 1
        new = edits.insert_lines(plan, at, copies)
        self.document.edit(self.tr("Duplicate %n line(s)", "", len(rows)), new,
                           Change("insert", tuple(range(at, at + len(copies)))))
        self.plan_tab.select_row(at)

    def delete_lines(self):
        rows = self.plan_tab.selected_rows()
        if not rows:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("Delete %n line(s)", "", len(rows)))
        for row in reversed(rows):  # one contiguous removal at a time, so views get exact row signals
            self.document.edit(self.tr("Delete line"), edits.remove_lines(self.document.plan, [row]),
                               Change("remove", (row,)))
        stack.endMacro()

    def theme_choice(self) -> str:
        choice = str(self.settings.value("view/theme", theme.SYSTEM))
        return choice if choice in (theme.SYSTEM, theme.LIGHT, theme.DARK) else theme.SYSTEM

    def set_theme(self, choice: str):
        self.settings.set_value("view/theme", choice)
        for key, action in self.theme_actions.items():
            action.setChecked(key == choice)
        theme.apply_scheme(QApplication.instance(), choice)

    def set_language(self, choice: str):
        """Takes effect at the next start: every label would otherwise need rebuilding in place."""
        self.settings.set_value("view/language", choice)
        for key, action in self.language_actions.items():
            action.setChecked(key == choice)
        self.statusBar().showMessage(self.tr("The language changes the next time Market Entry Planner starts."),
                                     10000)

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

    # -- files
    def maybe_save(self) -> bool:
        """True if it is fine to drop the current plan (saved, discarded, or nothing to save)."""
        if self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to {0} before closing it?").format(self.document.title),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_plan(self):
        if self.maybe_save():
            plan = edits.new_plan(self.document.plan)  # its title and first scenario named in the user's language
            plan = edits.rename_scenario(replace(plan, title=self.tr("Untitled plan")), 0, self.tr("Base"))
            self.document.replace(plan, None)
            self.statusBar().showMessage(self.tr("New plan: add lines, then set the average order value and "
                                                 "gross margin on the Market tab."), 8000)

    def ask_open(self):
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a plan"), self.settings.last_folder(),
                                              self.tr(OPEN_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path, replace_lines_only: bool = False) -> workers.Job:
        """Read a workbook off the UI thread; on success the plan (or, for an import, its lines) is replaced in
        one step; on failure the problems are listed and the open plan is not touched."""
        from market_entry_planner.core.workbook import read_plan  # openpyxl loads on first use, not at start-up

        path = str(path)
        self.settings.set_last_folder(path)
        base = self.document.plan
        job = workers.Job(read_plan, path, base)
        progress = QProgressDialog(self.tr("Reading {0}…").format(Path(path).name), self.tr("Cancel"), 0, 0, self)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(400)  # only shown if the file takes a while
        started = time.perf_counter()

        def done(result):
            progress.reset()
            self.job = None
            if replace_lines_only:
                new = edits.replace_lines(self.document.plan, result.plan.lines)
                self.document.edit(self.tr("Import lines from {0}").format(Path(path).name), new, Change("reset"))
            else:
                self.document.replace(result.plan, path if result.native else None)
                if result.native:
                    self.settings.add_recent(path)
            message = self.tr("Read {0}: {1} lines in {2:.1f} s").format(
                Path(path).name, len(result.plan.lines), time.perf_counter() - started)
            if not result.native and not replace_lines_only:
                message += self.tr(" — a hand-made sheet: Save will ask where, so it is never overwritten")
            if result.warnings:
                message += self.tr(" ({0} warnings)").format(len(result.warnings))
                self.show_problems(self.tr("Read with warnings"),
                                   self.tr("{0} was read. Please check:").format(Path(path).name), result.warnings)
            self.statusBar().showMessage(message, 10000)
            self.fileLoaded.emit(path)

        def failed(error):
            progress.reset()
            self.job = None
            problems = error.problems if isinstance(error, PlanError) else (
                Problem(f"{type(error).__name__}: {error}"),)
            self.loadFailed.emit(problems)
            self.show_problems(self.tr("Cannot read {0}").format(Path(path).name),
                               self.tr("Nothing was changed. Fix these in the workbook and try again:"), problems)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        progress.canceled.connect(job.cancel)
        self.job = job
        return workers.start(job)

    def ask_import(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import plan lines from a sheet"),
                                              self.settings.last_folder(), self.tr(OPEN_FILTER))
        if path:
            self.open_path(path, replace_lines_only=True)

    def show_problems(self, title, intro, problems):
        dialog = ProblemsDialog(title, intro, problems, self)
        self.last_problems_dialog = dialog
        dialog.exec()

    def save(self) -> bool:
        if self.document.path is None:
            return self.ask_save_as()
        return self.save_to(self.document.path)

    def ask_save_as(self) -> bool:
        suggested = str(Path(self.settings.last_folder()) / f"{self.document.plan.title or 'plan'}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the plan as"), suggested,
                                              self.tr(XLSX_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self.save_to(path)

    def save_to(self, path) -> bool:
        from market_entry_planner.core.workbook import write_plan

        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            write_plan(self.document.plan, path)  # atomic: a temporary file, then a rename
        except OSError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Not saved"),
                                self.tr("Could not save {0}: {1}").format(path, error.strerror or error))
            return False
        QApplication.restoreOverrideCursor()
        self.document.mark_saved(Path(path))
        self.settings.add_recent(path)
        self.settings.set_last_folder(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 6000)
        return True

    def ask_export(self):
        suggested = str(Path(self.settings.last_folder()) / f"{self.document.plan.title or 'plan'} – results.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a copy"), suggested,
                                              self.tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def export_to(self, path):
        from market_entry_planner.core.workbook import write_plan

        if self.document.path and Path(path).resolve() == Path(self.document.path).resolve():
            return self.save_to(path)
        write_plan(self.document.plan, path)
        self.statusBar().showMessage(self.tr("Exported a copy to {0}").format(path), 6000)

    def _fill_recent(self):
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self._open_recent(p))

    def _open_recent(self, path: str):
        if not Path(path).exists():
            self.settings.remove_recent(path)
            self.statusBar().showMessage(self.tr("{0} is no longer there").format(path), 6000)
            return
        if self.maybe_save():
            self.open_path(path)

    def about(self):
        dialog = AboutDialog(self)
        self.last_about_dialog = dialog
        dialog.exec()

    # -- window events
    def dragEnterEvent(self, event):
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith((".xlsx", ".xlsm")):
            event.acceptProposedAction()

    def dropEvent(self, event):
        path = event.mimeData().urls()[0].toLocalFile()
        event.acceptProposedAction()
        if self.maybe_save():
            self.open_path(path)

    def closeEvent(self, event):
        if not self.maybe_save():
            event.ignore()
            return
        if self.job is not None:
            self.job.cancel()
        self.uncertainty.stop()
        self.settings.save_window(self)
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.autosave_timer.stop()
        self.autosave.discard()  # closed normally: nothing to recover next time
        event.accept()
