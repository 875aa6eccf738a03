"""A workbook that prints: every sheet A4 landscape, one page wide, its header rows repeated on each page, one
sans-serif font, budgets in whole yuan (the cells keep their cents); LibreOffice prints the sample's Plan sheet on
one page and the whole workbook in at most 12 (it printed 58 portrait pages before)."""
from __future__ import annotations

import re
from dataclasses import replace

import openpyxl
import pytest

from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, write_plan
from market_entry_planner.core.workbook.format import FMT_MONEY, FMT_MONEY_CENTS
from tests.workbook_helpers import convert, converted, require_libreoffice, rich_plan

# the row (1-based) of each sheet's header: printed again at the top of every page
TITLE_ROWS = {"Plan": 1, "Assumptions": 1, "Market": 2, "Tactics": 1, "Calendar": 1, "Results": 1, "Channels": 1}
ONE_PAGE = {"Charts"}


@pytest.fixture(scope="module")
def sample_workbook(tmp_path_factory):
    path = write_plan(sample_plan(), tmp_path_factory.mktemp("print") / "sample.xlsx")
    return path, openpyxl.load_workbook(path)


def test_every_visible_sheet_prints_landscape_one_page_wide(sample_workbook):
    _, wb = sample_workbook
    visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert [ws.title for ws in visible] == ["Plan", "Assumptions", "Market", "Tactics", "Calendar", "Results",
                                            "Channels", "Charts", "About"]
    for ws in visible:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert str(setup.paperSize) == str(ws.PAPERSIZE_A4), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert int(setup.fitToWidth) == 1, ws.title
        assert int(setup.fitToHeight) == (1 if ws.title in ONE_PAGE else 0), ws.title  # 0: as tall as it takes
        if ws.title in TITLE_ROWS:
            assert ws.print_title_rows == f"$1:${TITLE_ROWS[ws.title]}", ws.title
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text


def test_print_titles_follow_a_header_moved_down_by_notes(tmp_path, monkeypatch):
    """Results puts a note above its table when a scenario cannot be estimated: the header row moves, and the
    rows repeated on each page move with it."""
    import market_entry_planner.core.workbook.writer as writer

    plan = sample_plan()
    plan = replace(plan, scenarios=(plan.scenarios[0], replace(plan.scenarios[0], name="Broken")))
    real = writer.estimate

    def estimate(p):
        if p.scenario.name == "Broken":
            raise RuntimeError("engine bug")
        return real(p)

    monkeypatch.setattr(writer, "estimate", estimate)
    ws = openpyxl.load_workbook(write_plan(plan, tmp_path / "plan.xlsx"))["Results"]
    assert ws["A3"].value == "Scenario" and ws.print_title_rows == "$1:$3"


def test_one_sans_serif_font_in_every_cell(sample_workbook):
    """A font without a name prints in the spreadsheet's default, a serif one in LibreOffice: every font we set
    names the one family."""
    _, wb = sample_workbook
    names = {(cell.font.name, cell.font.family) for ws in wb.worksheets for row in ws.iter_rows() for cell in row
             if cell.value is not None}
    assert names == {("Calibri", 2.0)}


def test_budgets_show_whole_yuan_and_keep_their_cents(tmp_path):
    plan = sample_plan()
    plan = plan.with_line(0, plan.lines[0].with_budget(630_667.62))
    path = write_plan(plan, tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)["Plan"]
    header = {cell.value: cell.column_letter for cell in ws[1]}
    budget = ws[f"{header['Budget (¥)']}2"]
    assert budget.value == 630_667.62 and budget.number_format == FMT_MONEY
    assert read_plan(path).plan.lines[0].budget == 630_667.62  # only the display rounds
    # a price keeps its cents where they mean something: the CPC override of ¥2.50, not the ¥450,000 slot fee
    assert ws[f"{header['CPC']}9"].value == 2.5 and ws[f"{header['CPC']}9"].number_format == FMT_MONEY_CENTS
    assert ws[f"{header['Slot fee']}3"].number_format == FMT_MONEY


def test_a_fee_in_cents_shows_whole_yuan(tmp_path):
    plan = sample_plan()
    line = plan.lines[1]
    plan = plan.with_line(1, replace(line, overrides={**line.overrides, "slot_fee": 450_000.5}))
    path = write_plan(plan, tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(path)["Plan"]
    header = {cell.value: cell.column_letter for cell in ws[1]}
    fee = ws[f"{header['Slot fee']}3"]
    assert fee.value == 450_000.5 and fee.number_format == FMT_MONEY
    assert read_plan(path).plan.lines[1].overrides["slot_fee"] == 450_000.5


def test_assumption_prices_keep_cents_only_where_they_have_them(sample_workbook):
    _, wb = sample_workbook
    ws = wb["Assumptions"]
    formats = {}
    for row in ws.iter_rows(min_row=2):
        if row[3].number_format.startswith('"¥"'):
            formats[row[3].number_format] = formats.get(row[3].number_format, 0) + 1
            fractional = any(c.value != round(c.value) and c.value < 1000 for c in row[3:6])
            assert row[3].number_format == (FMT_MONEY_CENTS if fractional else FMT_MONEY), [c.value for c in row]
    assert set(formats) == {FMT_MONEY, FMT_MONEY_CENTS}  # the sample has both kinds


def test_wrapped_notes_get_rows_tall_enough(tmp_path):
    """A spreadsheet does not grow a row for wrapped text when it opens a file: the writer sets the height."""
    ws = openpyxl.load_workbook(write_plan(rich_plan(), tmp_path / "rich.xlsx"))["Plan"]
    header = {cell.value: cell.column_letter for cell in ws[1]}
    notes = ws[f"{header['Notes']}2"]
    assert notes.value == "+39 02 1234\nseconda riga" and notes.alignment.wrap_text
    assert ws.row_dimensions[2].height >= 30  # two lines
    long_note = sample_plan().lines[7].notes  # 112 characters in a column 48 wide: three lines
    assert len(long_note) > 100 and "\n" not in long_note
    sample = openpyxl.load_workbook(write_plan(sample_plan(), tmp_path / "sample.xlsx"))["Plan"]
    assert sample[f"{header['Notes']}9"].value == long_note and sample.row_dimensions[9].height >= 30
    assert ws.row_dimensions[1].height is None or ws.row_dimensions[1].height >= 15
    short = [r for r in range(3, ws.max_row + 1) if not ws[f"{header['Notes']}{r}"].value]
    assert short and all(ws.row_dimensions[r].height is None for r in short)


_FOOTER = re.compile(r"(\w[\w ]*?) – (\d+) / (\d+)")


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_prints_the_sample_in_at_most_twelve_pages(sample_workbook, tmp_path):
    require_libreoffice()
    from pypdf import PdfReader

    path, wb = sample_workbook
    pdf = converted(convert([path], "pdf", tmp_path), [path], tmp_path, ".pdf")[0]
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    assert len(pages) <= 12
    sheets = []
    for text in pages:
        found = _FOOTER.search(text)
        assert found, text[:200]
        sheets.append(found.group(1))
    assert sheets.count("Plan") == 1  # the 13 lines and all their columns on one page
    assert sheets.count("Charts") == 1
    assert set(sheets) == {ws.title for ws in wb.worksheets if ws.sheet_state == "visible"}
    for text, sheet in zip(pages, sheets):  # every page of a table starts with its header row
        if sheet in TITLE_ROWS and sheet != "Market":
            first_header = wb[sheet].cell(row=TITLE_ROWS[sheet], column=1).value
            assert first_header in text, sheet
    plan_page = pages[sheets.index("Plan")]
    assert "¥1,000,000" in plan_page and "¥1,000,000.00" not in plan_page
    for line in sample_plan().lines:
        assert line.name in plan_page
