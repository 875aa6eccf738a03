"""The PDF report (gui/report), in English, Italian and Chinese: text read back from every page with pypdf holds the
plan's name, the four channels and the headline figures exactly as the app's headline strip shows them; nothing is
cut or overlapping; the Chinese font is embedded. Also the `report` command and File › Export report… / Print…."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from market_entry_planner.core.model import CHANNEL_LABELS
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.gui import i18n

pypdf = pytest.importorskip("pypdf")
ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "it", "zh_CN")
MAX_PAGES = 30


def _fold(text: str) -> str:
    """Text as a search finds it: compatibility forms folded (Qt's PDF writer names a glyph by the font's character
    map, which gives a Chinese character shared with a Kangxi radical as the radical, and an en dash as the figure
    dash that shares its glyph in Noto Sans CJK), whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u2012", "\u2013").split())


def page_texts(path) -> list[str]:
    """Each page's text, as a reader finds it."""
    return [_fold(page.extract_text()) for page in pypdf.PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def reports(qapp, tmp_path_factory):
    """The sample's PDF in each language, with what painting found."""
    from market_entry_planner.core.report.builder import build_report
    from market_entry_planner.gui.report.language import ReportLanguage
    from market_entry_planner.gui.report.pdf import write_pdf

    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for code in LANGUAGES:
        plan = sample_plan()
        language = ReportLanguage.for_plan(code, plan)
        report = build_report(plan, translate=language.translate, numbers=language.formatter, language=code)
        path, rendering = write_pdf(report, language, folder / f"report-{code}.pdf")
        made[code] = (report, path, rendering)
    return made


@pytest.fixture(scope="module")
def app_headline(qapp):
    """The headline strip's texts, per language, from the real widget with its P10–P90 bands (10,000 draws)."""
    from market_entry_planner.core.analysis.uncertainty import monte_carlo
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.format import Formatter
    from market_entry_planner.gui.panels.headline import HeadlineStrip
    from market_entry_planner.gui.uncertainty import DRAWS, METRICS, SEED

    plan = sample_plan()
    bands = monte_carlo(plan, DRAWS, SEED, metrics=METRICS)
    texts = {}
    try:
        for code in LANGUAGES:
            i18n.install(qapp, code)
            strip = HeadlineStrip(PlanDocument(plan))
            strip.set_formatter(Formatter())
            strip.show_bands(bands)
            texts[code] = {key: [label.text() for label in (tile.title, tile.value, tile.detail, tile.band)
                                 if label.text()] for key, tile in strip.tiles.items()}
            strip.deleteLater()
    finally:
        i18n.uninstall(qapp)
    return texts


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_names_the_plan_and_the_page_count_is_bounded(reports, code):
    report, path, _ = reports[code]
    pages = page_texts(path)
    assert len(pages) == len(report.slides) <= MAX_PAGES
    for number, text in enumerate(pages, start=1):
        assert _fold(sample_plan().title) in text, number
        assert f"{number} / {len(pages)}" in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_headline_page_shows_the_apps_figures_and_the_four_channels(reports, app_headline, code, qapp):
    report, path, _ = reports[code]
    pages = page_texts(path)
    keys = [s.key for s in report.slides]
    headline = pages[keys.index("headline")]
    # in Chinese a reader puts a space where the font changes (between "2,593" and "万"): compared without spaces
    squeeze = (lambda t: t.replace(" ", "")) if code == "zh_CN" else (lambda t: t)
    for key, texts in app_headline[code].items():
        for text in texts:
            assert squeeze(_fold(text)) in squeeze(headline), (key, text)
    from market_entry_planner.gui.report.language import ReportLanguage

    language = ReportLanguage(code)
    plan_pages = " ".join(p for p, k in zip(pages, keys) if k == "plan")
    for label in CHANNEL_LABELS.values():
        name = _fold(language.translate("data", label))
        assert name in headline and name in plan_pages, name
    if code == "zh_CN":
        assert _fold(language.translate("data", "Douyin")) == "抖音"  # really in the language


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_plan_pages_hold_every_line_with_the_estimates_numbers(reports, code):
    from market_entry_planner.core.engine.evaluate import estimate
    from market_entry_planner.gui.format import Formatter
    from market_entry_planner.gui.report.language import LOCALES

    report, path, _ = reports[code]
    formatter = Formatter("CNY", 1.0, QLocale(*LOCALES[code]))
    keys = [s.key for s in report.slides]
    text = " ".join(p for p, k in zip(page_texts(path), keys) if k == "plan")
    plan = sample_plan()
    results = estimate(plan)
    for i, line in enumerate(plan.lines):
        assert _fold(line.name) in text
        assert formatter.money(line.budget, compact=False) in text
        assert formatter.money(float(results.line["gmv"][i]), compact=False) in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_nothing_is_cut_or_overlapping(reports, code):
    _, _, rendering = reports[code]
    assert rendering.problems == {} and rendering.overlaps == {}


def test_the_check_finds_text_that_does_not_fit_and_text_on_text(qapp, tmp_path):
    """The record behind the test above works: a box too small and two texts on one spot are both reported."""
    from PySide6.QtGui import QImage, QPainter

    from market_entry_planner.gui.report.canvas import Canvas
    from market_entry_planner.gui.report.language import ReportLanguage

    image = QImage(960, 540, QImage.Format_RGB32)
    painter = QPainter(image)
    language = ReportLanguage("en")
    canvas = Canvas(painter, language.fonts, language.formatter)
    canvas.text("A sentence far too long for the little box it is given", 10, 10, 60, 12, 10, "#000000")
    canvas.text("one", 100, 100, 50, 14, 10, "#000000", wrap=False)
    canvas.text("two", 105, 102, 50, 14, 10, "#000000", wrap=False)
    painter.end()
    assert len(canvas.problems) == 1 and ("one", "two") in canvas.overlaps()


def test_the_chinese_pdf_embeds_its_font(reports):
    _, path, _ = reports["zh_CN"]
    fonts = {}
    for page in pypdf.PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    chinese = [name for name in fonts if "CJK" in name or "Hei" in name or "Han" in name]
    assert chinese and all(fonts[name] for name in chinese)
    assert all(fonts.values())  # every font embedded


def test_english_numbers_without_qt_read_as_the_apps(qapp):
    """core's EnglishNumbers (a report without the app) writes what the app's English formatter writes."""
    import datetime

    from market_entry_planner.core.report.numbers import EnglishNumbers
    from market_entry_planner.gui.format import Formatter

    ours, apps = EnglishNumbers(), Formatter("CNY", 1.0, QLocale(QLocale.English, QLocale.UnitedStates))
    for value in (0.0, 12.5, 999.0, 1234.5, 999_999.0, 5_000_000.0, 17_690_380.4, 2.5e9, -630_667.62):
        assert ours.money(value) == apps.money(value)
        assert ours.money(value, compact=False) == apps.money(value, compact=False)
        assert ours.count(value) == apps.count(value)
        assert ours.compact(value, 1) == apps.compact(value, 1)
        assert ours.share(value / 1e7) == apps.share(value / 1e7)
        assert ours.ratio(value) == apps.ratio(value)
    assert ours.date(datetime.date(2027, 6, 18)) == apps.date(datetime.date(2027, 6, 18))
    euro = EnglishNumbers("EUR", 8.2)
    assert euro.money(5e6) == Formatter("EUR", 8.2, QLocale(QLocale.English, QLocale.UnitedStates)).money(5e6)


def test_the_report_uses_the_apps_monte_carlo_settings():
    from market_entry_planner.core.report import figures
    from market_entry_planner.gui import uncertainty

    assert (figures.DRAWS, figures.SEED) == (uncertainty.DRAWS, uncertainty.SEED)
    assert set(uncertainty.METRICS) <= set(figures.BANDED)


# -- the command ------------------------------------------------------------------------------------------------

def _command(*args, env=None):
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "market_entry_planner.gui.launch", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=environment)


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory):
    from market_entry_planner.core.workbook import write_plan

    return write_plan(sample_plan(), tmp_path_factory.mktemp("cli") / "plan.xlsx")


@pytest.mark.slow
def test_the_command_writes_a_pdf_and_a_deck_without_a_display(sample_workbook, tmp_path):
    done = _command("report", sample_workbook, "-o", tmp_path / "plan.pdf", "--language", "zh_CN")
    assert done.returncode == 0, done.stderr
    pages = page_texts(tmp_path / "plan.pdf")
    assert "抖音" in pages[1] and "Wrote" in done.stdout and done.stderr == ""
    done = _command("report", sample_workbook, "-o", tmp_path / "plan.pptx", "--optimise", "reach")
    assert done.returncode == 0, done.stderr
    from pptx import Presentation

    titles = [" ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
              for slide in Presentation(str(tmp_path / "plan.pptx")).slides]
    assert any("Where the next yuan works hardest" in t for t in titles)


@pytest.mark.slow
@pytest.mark.parametrize("arguments, expected", [
    (["-o", "{tmp}/plan.docx"], r"plan\.docx: -o: a report is written as \.pdf or \.pptx"),
    (["-o", "{tmp}/plan.pdf", "--scenario", "Stretch"], r"plan\.xlsx: sheet 'Plan', column Scenario: .*'Stretch'"),
    (["-o", "{tmp}/plan.pdf", "--language", "fr"], r"invalid choice: 'fr'"),
])
def test_bad_input_exits_2_with_one_clear_message(sample_workbook, tmp_path, arguments, expected):
    done = _command("report", sample_workbook, *(a.format(tmp=tmp_path) for a in arguments))
    assert done.returncode == 2
    assert re.search(expected, done.stderr), done.stderr
    assert "Traceback" not in done.stderr and not list(tmp_path.glob("plan.*"))


@pytest.mark.slow
def test_a_plan_with_a_bad_line_names_sheet_row_and_column(tmp_path):
    from dataclasses import replace
    from datetime import date

    from market_entry_planner.core.workbook import write_plan

    plan = sample_plan()
    plan = plan.with_line(2, replace(plan.lines[2], start=date(2027, 7, 1), end=date(2027, 6, 1)))
    path = write_plan(plan, tmp_path / "broken.xlsx")
    done = _command("report", path, "-o", tmp_path / "out.pdf")
    assert done.returncode == 2, done.stdout
    assert re.search(r"broken\.xlsx: sheet 'Plan', row 4, column I: the line ends", done.stderr), done.stderr
    assert done.stderr.count("\n") == 1 and not (tmp_path / "out.pdf").exists()


def test_a_scenario_the_engine_cannot_estimate_is_located_in_the_workbook(qapp, tmp_path, monkeypatch, capsys):
    """An engine problem on a line of the reported scenario is put at its row of the Plan sheet."""
    from dataclasses import replace

    from market_entry_planner.core.cli import main
    from market_entry_planner.core.model import Scenario
    from market_entry_planner.core.workbook import write_plan
    from market_entry_planner.gui.report.command import add_command

    plan = sample_plan()
    broken = replace(plan.lines[1], overrides={"cvr": 0.01, "kol_commission": 0.2, "ctr": 0.02,
                                               "penetration": 0.5})  # penetration is per channel, not per line
    plan = replace(plan, scenarios=(plan.scenarios[0], Scenario("Broken", (plan.lines[0], broken))))
    path = write_plan(plan, tmp_path / "plan.xlsx")
    code = main(["report", str(path), "-o", str(tmp_path / "out.pdf"), "--scenario", "Broken"],
                extra_commands=(add_command,))
    error = capsys.readouterr().err
    assert code == 2 and re.search(r"plan\.xlsx: sheet 'Plan', row 16, column .*: 'penetration' is set per channel",
                                   error), error


# -- the app ----------------------------------------------------------------------------------------------------

def test_the_file_menu_has_export_report_and_print_above_quit(window):
    from PySide6.QtWidgets import QMenu

    menu = next(m for m in window.menuBar().findChildren(QMenu) if window.quit_action in m.actions())
    assert menu.title() == window.tr("&File")
    actions = [a for a in menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    report = window.report_actions
    assert texts.index(report.export_action.text()) == texts.index(report.print_action.text()) - 1
    assert actions[-1] is window.quit_action and actions[-2] is report.print_action


def test_export_report_writes_the_chosen_format_language_and_scenario(window, qtbot, tmp_path, monkeypatch):
    from dataclasses import replace

    from market_entry_planner.core.model import Scenario
    from market_entry_planner.gui.document import Change
    from market_entry_planner.gui.report.actions import ReportDialog

    plan = window.document.plan
    window.document.edit("two scenarios", replace(plan, scenarios=(*plan.scenarios, Scenario("Lean", plan.lines[:6]))),
                         Change("reset"))

    def choose(dialog):
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("it"))
        dialog.scenario_box.setCurrentIndex(1)
        return QDialog.Accepted

    monkeypatch.setattr(ReportDialog, "exec", choose)
    target = tmp_path / "board.pdf"
    monkeypatch.setattr("market_entry_planner.gui.report.actions.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "board"), ""))
    with qtbot.waitSignal(window.report_actions.written, timeout=60_000):
        window.report_actions.export_action.trigger()
    assert target.exists()
    pages = page_texts(target)
    assert "Il piano in cifre" in pages[1] and "Scenario Lean" in pages[1] and "6 voci" in pages[1]
    assert str(target) in window.statusBar().currentMessage()


def test_the_dialog_offers_the_optimisers_advice_for_its_scenario_only(window, qtbot, tmp_path):
    from market_entry_planner.core.optimise.optimiser import optimise
    from market_entry_planner.gui.report.actions import ReportChoice

    window.last_optimisation = optimise(window.document.plan, "reach")
    dialog = window.report_actions.make_dialog()
    assert dialog.advice_box.isEnabled() and dialog.advice_box.isChecked()
    dialog.deleteLater()
    with qtbot.waitSignal(window.report_actions.written, timeout=60_000):
        window.report_actions.export(ReportChoice("pptx", "en", 0, True), tmp_path / "advice.pptx")
    from pptx import Presentation

    text = " ".join(s.text_frame.text for slide in Presentation(str(tmp_path / "advice.pptx")).slides
                    for s in slide.shapes if s.has_text_frame)
    assert "Where the next yuan works hardest" in text


def test_print_paints_the_report_on_the_printer(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from market_entry_planner.gui.report.actions import ReportDialog

    monkeypatch.setattr(ReportDialog, "exec", lambda dialog: QDialog.Accepted)
    output = tmp_path / "printed.pdf"

    class PrintDialog:  # Qt's print dialog, answered: print to a PDF file
        def __init__(self, printer):
            self.printer = printer

        def exec(self):
            self.printer.setOutputFormat(QPrinter.PdfFormat)
            self.printer.setOutputFileName(str(output))
            return QDialog.Accepted

    monkeypatch.setattr(window.report_actions, "print_dialog", lambda printer: PrintDialog(printer))
    with qtbot.waitSignal(window.report_actions.printed, timeout=60_000) as printed:
        window.report_actions.print_action.trigger()
    pages = page_texts(output)
    assert len(pages) == printed.args[0] and sample_plan().title in pages[0]
    assert QApplication.overrideCursor() is None
