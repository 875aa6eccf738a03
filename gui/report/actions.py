"""File › Export report… and File › Print…: the report of a scenario, in a language, as a PDF or a PowerPoint deck,
or on paper.

The report is built and written in a worker (half a second for the sample; the Monte Carlo behind its P10–P90
is the longest part) while the window stays live; printing paints on the UI thread after Qt's print dialog.
The main window only calls `install(window)`: the actions go into its File menu, above Quit.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QVBoxLayout,
)

from market_entry_planner.gui import i18n, workers

FORMATS = (("pdf", "PDF"), ("pptx", "PowerPoint"))


@dataclass(frozen=True)
class ReportChoice:
    format: str      # "pdf" or "pptx"
    language: str    # "en", "it", "zh_CN"
    scenario: int
    advice: bool


class ReportDialog(QDialog):
    """What to write: the format, the language and the scenario (and the optimiser's advice, when there is one)."""

    def __init__(self, plan, language: str, advice_for: set[int], parent=None, printing: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the report") if printing else self.tr("Export the report"))
        self.advice_for = advice_for
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The plan for the meeting: the headline with its P10–P90, the plan by "
                                        "channel and tactic, the charts, the assumptions that matter most and the "
                                        "method, in the language of the meeting.")))
        layout.itemAt(0).widget().setWordWrap(True)
        form = QFormLayout()
        self.format_box = QComboBox()
        for key, name in FORMATS:
            self.format_box.addItem(self.tr("{0} (.{1})").format(name, key), key)
        if not printing:
            form.addRow(self.tr("Format"), self.format_box)
        self.language_box = QComboBox()
        for key, name in i18n.LANGUAGES.items():
            self.language_box.addItem(name, key)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        form.addRow(self.tr("Language"), self.language_box)
        self.scenario_box = QComboBox()
        for index, scenario in enumerate(plan.scenarios):
            self.scenario_box.addItem(scenario.name, index)
        self.scenario_box.setCurrentIndex(plan.active)
        form.addRow(self.tr("Scenario"), self.scenario_box)
        self.advice_box = QCheckBox(self.tr("Include the optimiser's advice"))
        self.advice_box.setToolTip(self.tr("The last optimisation of this scenario (Scenario › Optimise the "
                                           "budget…), line by line"))
        form.addRow("", self.advice_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Print…") if printing else self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.scenario_box.currentIndexChanged.connect(self._scenario_changed)
        self._scenario_changed()

    def _scenario_changed(self):
        available = self.scenario_box.currentData() in self.advice_for
        self.advice_box.setEnabled(available)
        self.advice_box.setChecked(available)

    def choice(self) -> ReportChoice:
        return ReportChoice(self.format_box.currentData(), self.language_box.currentData(),
                            self.scenario_box.currentData(), self.advice_box.isChecked())


def build(plan, choice: ReportChoice, optimisation, language):
    """The report's content (in a worker: no widget is touched)."""
    from market_entry_planner.core.report.builder import build_report

    scenario = plan.scenarios[choice.scenario].name
    return build_report(plan.with_scenario(choice.scenario), translate=language.translate,
                        numbers=language.formatter, language=choice.language, scenario=scenario,
                        optimisation=optimisation if choice.advice else None)


def write(plan, choice: ReportChoice, optimisation, language, path):
    report = build(plan, choice, optimisation, language)
    if choice.format == "pdf":
        from market_entry_planner.gui.report.pdf import write_pdf

        write_pdf(report, language, path)
    else:
        from market_entry_planner.core.report.pptx_writer import write_pptx

        write_pptx(report, path)
    return path, report


class ReportActions(QObject):
    """The two actions and what they do, for one main window."""

    written = Signal(str)      # the path of a report written
    printed = Signal(int)      # pages sent to the printer
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: workers.Job | None = None
        self.export_action = QAction(self.tr("Export &report…"), window)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(self.tr("The plan as a PDF or PowerPoint report for the meeting, in English, "
                                                "Italian or Chinese"))
        self.export_action.triggered.connect(self.ask_export)
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.setStatusTip(self.tr("Print the report"))
        self.print_action.triggered.connect(self.ask_print)

    # -- what the window knows
    def _language(self) -> str:
        return i18n.language_for(str(self.window.settings.value("view/language", i18n.SYSTEM)))

    def _advice_for(self) -> set[int]:
        """Scenarios the last optimisation is about (its lines as they were, or as it left them)."""
        from market_entry_planner.core.report.builder import advice_fits

        optimisation = getattr(self.window, "last_optimisation", None)
        plan = self.window.document.plan
        if optimisation is None:
            return set()
        return {i for i in range(len(plan.scenarios)) if advice_fits(optimisation, plan.with_scenario(i))}

    def make_dialog(self, printing: bool = False) -> ReportDialog:
        return ReportDialog(self.window.document.plan, self._language(), self._advice_for(), self.window, printing)

    def _cannot(self, plan, index: int) -> str | None:
        """Why the scenario cannot be reported (it cannot be estimated), or None."""
        from market_entry_planner.core.engine.evaluate import estimate
        from market_entry_planner.core.problems import PlanError

        try:
            estimate(plan.with_scenario(index))
        except PlanError as error:
            return str(error.problems[0]) if error.problems else str(error)
        return None

    # -- export
    def _choose(self, printing: bool, title: str):
        """The report dialog's choice, or None when it was cancelled or its scenario cannot be estimated (said)."""
        dialog = self.make_dialog(printing=printing)
        if dialog.exec() != QDialog.Accepted:
            return None
        choice = dialog.choice()
        reason = self._cannot(self.window.document.plan, choice.scenario)
        if reason:
            QMessageBox.warning(self.window, title,
                                self.tr("The scenario cannot be estimated, so there is nothing to report yet: "
                                        "{0}").format(reason))
            return None
        return choice

    def ask_export(self):
        choice = self._choose(False, self.tr("No report"))
        if choice is None:
            return None
        plan = self.window.document.plan
        scenario = plan.scenarios[choice.scenario].name
        suggested = Path(self.window.settings.last_folder()) / f"{plan.title or 'plan'} – {scenario}.{choice.format}"
        filters = self.tr("PDF document (*.pdf)") if choice.format == "pdf" else \
            self.tr("PowerPoint presentation (*.pptx)")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export the report"), str(suggested), filters)
        if not path:
            return None
        if not path.lower().endswith("." + choice.format):
            path += "." + choice.format
        return self.export(choice, path)

    def export(self, choice: ReportChoice, path) -> workers.Job:
        from market_entry_planner.gui.report.language import ReportLanguage

        plan = self.window.document.plan
        language = ReportLanguage.for_plan(choice.language, plan)
        job = workers.Job(write, plan, choice, getattr(self.window, "last_optimisation", None), language, str(path))
        self.window.statusBar().showMessage(self.tr("Writing the report…"))
        self.window.setCursor(Qt.BusyCursor)

        def done(result):
            self.window.unsetCursor()
            self.job = None
            written, report = result
            self.window.settings.set_last_folder(written)
            self.window.statusBar().showMessage(
                self.tr("Report saved to {0} (%n page(s))", "", len(report.slides)).format(written), 8000)
            self.written.emit(written)

        def failed(error):
            self.window.unsetCursor()
            self.job = None
            text = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            QMessageBox.warning(self.window, self.tr("Report not saved"),
                                self.tr("Could not write {0}: {1}").format(path, text))
            self.failed.emit(text)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        self.job = job
        return workers.start(job)

    # -- print
    def make_printer(self):
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageOrientation(QPageLayout.Landscape)
        return printer

    def print_dialog(self, printer):
        from PySide6.QtPrintSupport import QPrintDialog

        return QPrintDialog(printer, self.window)

    def ask_print(self):
        choice = self._choose(True, self.tr("Nothing to print"))
        if choice is None:
            return None
        printer = self.make_printer()
        if self.print_dialog(printer).exec() != QDialog.Accepted:
            return None
        return self.print_to(choice, printer)

    def print_to(self, choice: ReportChoice, printer) -> workers.Job:
        """Build the report in a worker, then paint it on the printer (on the UI thread)."""
        from market_entry_planner.gui.report.language import ReportLanguage
        from market_entry_planner.gui.report.pdf import print_report

        plan = self.window.document.plan
        language = ReportLanguage.for_plan(choice.language, plan)
        job = workers.Job(build, plan, choice, getattr(self.window, "last_optimisation", None), language)
        self.window.statusBar().showMessage(self.tr("Preparing the report for the printer…"))
        self.window.setCursor(Qt.BusyCursor)

        def done(report):
            self.job = None
            try:
                print_report(report, language, printer)
            except OSError as error:
                self.window.unsetCursor()
                QMessageBox.warning(self.window, self.tr("Not printed"), str(error))
                self.failed.emit(str(error))
                return
            self.window.unsetCursor()
            self.window.statusBar().showMessage(self.tr("Sent %n page(s) to the printer", "", len(report.slides)),
                                                8000)
            self.printed.emit(len(report.slides))

        def failed(error):
            self.window.unsetCursor()
            self.job = None
            QMessageBox.warning(self.window, self.tr("Not printed"), str(error))
            self.failed.emit(str(error))

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        self.job = job
        return workers.start(job)


def install(window) -> ReportActions:
    """Put Export report… and Print… into the window's File menu, above Quit."""
    actions = ReportActions(window)
    quit_action = window.quit_action
    file_menu = next(menu for menu in window.menuBar().findChildren(QMenu) if quit_action in menu.actions())
    before = file_menu.actions()
    position = before.index(quit_action)
    anchor = before[position - 1] if position and before[position - 1].isSeparator() else quit_action
    file_menu.insertActions(anchor, [actions.export_action, actions.print_action])
    window.report_actions = actions
    return actions
