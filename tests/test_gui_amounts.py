"""Amounts typed in the app as a marketer types them (1.2m, 30万, €120k) give the figure they say; what is not an
amount (1.2.3, a date) is refused with a message; a hand-made sheet asks for the brand figures it lacks, and an
import of lines asks whether to add or replace."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox

from market_entry_planner.core.market_defaults import category_defaults
from market_entry_planner.gui.amount_edit import AmountSpinBox
from market_entry_planner.gui.dialogs import import_lines
from market_entry_planner.gui.dialogs.market_needs import MarketNeedsDialog
from market_entry_planner.gui.dialogs.problems import ProblemsDialog

pytestmark = pytest.mark.usefixtures("qt_settings")


def open_editor(window, view, index) -> AmountSpinBox:
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editors = [e for e in view.viewport().findChildren(QDoubleSpinBox) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def type_into(qtbot, editor: AmountSpinBox, text: str):
    """Select the box's text and type: one key event per character, carrying it as text, as a keyboard or an input
    method delivers 万 (QTest's key clicks know only ASCII)."""
    line = editor.lineEdit()
    line.selectAll()
    for character in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(line, QKeyEvent(kind, 0, Qt.NoModifier, character))
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


def type_budget(window, qtbot, row: int, text: str):
    model = window.plan_model
    index = window.plan_tab.proxy.mapFromSource(model.index(row, model.column_of("budget")))
    type_into(qtbot, open_editor(window, window.plan_tab.view, index), text)


@pytest.mark.parametrize("text, budget", [("1.2m", 1_200_000), ("30万", 300_000), ("500k", 500_000),
                                          ("1.234.567,50", 1_234_567.5), ("1,2 mln", 1_200_000)])
def test_typing_an_amount_in_a_budget_cell_sets_that_budget(window, qtbot, text, budget):
    type_budget(window, qtbot, 0, text)
    assert window.document.plan.lines[0].budget == pytest.approx(budget)
    assert window.document.undo_stack.count() == 1


def test_typing_euros_in_a_budget_cell_converts_at_the_plans_rate(window, qtbot):
    rate = window.document.plan.market.exchange_rates["EUR"]
    type_budget(window, qtbot, 1, "€120k")
    assert window.document.plan.lines[1].budget == pytest.approx(120_000 * rate)


def test_in_euros_a_bare_amount_is_euros_and_yuan_stay_yuan(window, qtbot):
    window.market_panel.commit("currency", "EUR")
    rate = window.document.plan.market.exchange_rates["EUR"]
    type_budget(window, qtbot, 0, "1.2m")
    assert window.document.plan.lines[0].budget == pytest.approx(1_200_000 * rate)
    type_budget(window, qtbot, 0, "¥30万")
    assert window.document.plan.lines[0].budget == pytest.approx(300_000)


@pytest.mark.parametrize("text", ["1.2.3", "18.06.2027", "10%", "1,5,0"])
def test_text_that_is_not_an_amount_is_refused_with_a_message(window, qtbot, text):
    before = window.document.plan
    type_budget(window, qtbot, 0, text)
    assert window.document.plan == before and window.document.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert text in message, message


def test_an_unchanged_cell_stays_exactly_as_it_was(window, qtbot):
    """Opening the editor and pressing Enter must not round a budget shown in euros."""
    window.market_panel.commit("currency", "EUR")
    before = window.document.plan.lines[2].budget
    model = window.plan_model
    index = window.plan_tab.proxy.mapFromSource(model.index(2, model.column_of("budget")))
    editor = open_editor(window, window.plan_tab.view, index)
    qtbot.keyClick(editor, Qt.Key_Return)
    assert window.document.plan.lines[2].budget == before


def test_an_assumption_typed_in_euros_or_as_a_percentage(window, qtbot):
    model, view = window.assumptions_model, window.assumptions_view
    rows = window.document.plan.assumptions.rows
    cpc = next(i for i, r in enumerate(rows) if r.parameter == "cpc")
    ctr = next(i for i, r in enumerate(rows) if r.parameter == "ctr")
    rate = window.document.plan.market.exchange_rates["EUR"]
    value = model.FIELDS.index("value")
    window.inputs.setCurrentWidget(window.assumptions_tab)
    for row, text in ((cpc, "€0,50"), (ctr, "1,5")):
        index = view.model().mapFromSource(model.index(row, value))
        type_into(qtbot, open_editor(window, view, index), text)
    after = window.document.plan.assumptions.rows
    assert after[cpc].value == pytest.approx(0.5 * rate) and after[ctr].value == pytest.approx(0.015)


def test_the_market_panel_reads_typed_amounts(window, qtbot):
    panel = window.market_panel
    window.inputs.setCurrentWidget(panel)
    rate = window.document.plan.market.exchange_rates["EUR"]
    for box, text in ((panel.population, "46m"), (panel.aov, "€100"), (panel.margin, "62%")):
        box.setFocus()
        type_into(qtbot, box, text)
    market = window.document.plan.market
    assert (market.target_population, market.aov, market.gross_margin) == (
        46_000_000, pytest.approx(100 * rate), pytest.approx(0.62))
    rejected = []
    panel.editRejected.connect(rejected.append)
    type_into(qtbot, panel.aov, "1.2.3")
    assert rejected and "1.2.3" in rejected[-1] and window.document.plan.market.aov == pytest.approx(100 * rate)


@pytest.fixture
def optimise_dialog(window):
    dialog = window.make_optimise_dialog()
    yield dialog
    dialog.reject()


def test_the_optimisers_at_least_and_total_boxes_read_500k(window, optimise_dialog, qtbot):
    box = optimise_dialog.channel_boxes["taobao"]
    type_into(qtbot, box, "500k")
    QApplication.processEvents()
    assert optimise_dialog.channel_minimums == {"taobao": pytest.approx(500_000)}
    type_into(qtbot, optimise_dialog.total_box, "4.5m")
    assert optimise_dialog.total == pytest.approx(4_500_000)
    type_into(qtbot, box, "1.2.3")
    assert "1.2.3" in optimise_dialog.notes.text()
    assert optimise_dialog.channel_minimums == {"taobao": pytest.approx(500_000)}


def test_the_optimisers_max_cell_reads_a_typed_amount(window, optimise_dialog, qtbot):
    model, view = optimise_dialog.model, optimise_dialog.view
    optimise_dialog.show()
    qtbot.waitExposed(optimise_dialog)
    type_into(qtbot, open_editor(window, view, model.index(8, model.MAX)), "300k")
    assert optimise_dialog.plan.lines[8].max_budget == pytest.approx(300_000)


# -- a hand-made sheet asks for what it lacks -------------------------------------------------------------------
def hand_made(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Piano media"
    ws.append(["Canale", "Tattica", "Descrizione", "Spesa"])
    ws.append(["Douyin", "Annunci feed", "Qianchuan", "50.000"])
    ws.append(["Tmall", "Ricerca", "Zhitongche", "1.200.000"])
    wb.save(path)
    return path


def test_opening_a_hand_made_sheet_never_borrows_the_samples_market(window, qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: 0)
    monkeypatch.setattr(MarketNeedsDialog, "exec", lambda self: asked.append(self) or 0)  # "Later"
    sample_market = window.document.plan.market
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_path(hand_made(tmp_path / "piano.xlsx"))
    market = window.document.plan.market
    assert market.aov is None and market.gross_margin is None and market.target_population == 0
    assert market.target != sample_market.target
    dialog = asked[0]
    assert dialog.missing == ["target_population", "aov", "gross_margin"]
    defaults = category_defaults()
    assert dialog.values() == {"target_population": defaults.target_population, "aov": defaults.aov,
                               "gross_margin": pytest.approx(defaults.gross_margin)}
    assert all(mark.text() == "category default" for mark in dialog.marks.values())
    assert window.document.results is None  # no GMV or ROI from figures nobody gave
    assert window.market_panel.missing_bar.isVisibleTo(window.market_panel)


def test_confirming_the_brand_figures_sets_them_in_one_undoable_edit(window, qtbot, tmp_path, monkeypatch):
    def confirm(dialog):
        dialog.category.setCurrentIndex(dialog.category.findData("luxury_leather"))
        dialog.boxes["aov"].lineEdit().setText("¥6.500")
        dialog.boxes["aov"].lineEdit().textEdited.emit("¥6.500")
        return MarketNeedsDialog.Accepted
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: 0)
    monkeypatch.setattr(MarketNeedsDialog, "exec", confirm)
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_path(hand_made(tmp_path / "piano.xlsx"))
    market = window.document.plan.market
    luxury = category_defaults(key="luxury_leather")
    assert (market.target_population, market.aov, market.gross_margin) == (
        luxury.target_population, 6500, pytest.approx(luxury.gross_margin))
    assert window.document.results is not None and not window.market_panel.missing_bar.isVisibleTo(
        window.market_panel)
    window.undo_action.trigger()
    assert window.document.plan.market.aov is None


@pytest.mark.parametrize("answer, expected", [(import_lines.ADD, 13 + 2), (import_lines.REPLACE, 2), (None, 13)])
def test_import_lines_offers_add_or_replace(window, qtbot, tmp_path, monkeypatch, answer, expected):
    shown = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: shown.append(self.problem_texts()) or 0)
    monkeypatch.setattr(import_lines, "ask_add_or_replace", lambda parent, new, existing: answer)
    market = window.document.plan.market
    window.open_path(hand_made(tmp_path / "piano.xlsx"), replace_lines_only=True)
    qtbot.waitUntil(lambda: window.files.job is None, timeout=20000)
    assert len(window.document.plan.lines) == expected
    assert window.document.plan.market == market  # an import never touches the market
    if answer:
        assert any("2 amounts without a currency read as yuan" in text for text in shown[0])
