"""A real spreadsheet opens our export: LibreOffice headless reads every sheet with our values, keeps formats
and charts when it saves, and what it saves imports back to the same plan.

Two soffice runs for the whole module (to .xlsx and to one .csv per sheet), each converting both workbooks.
"""
from __future__ import annotations

import csv
import math
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles.numbers import is_date_format

from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, write_plan
from market_entry_planner.core.workbook.cells import parse_date
from tests.workbook_helpers import canonical, convert, converted, require_libreoffice, rich_plan

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

# every sheet to its own file ("name-Sheet.csv"): UTF-8, raw values (token 9), all sheets (token 12 = -1)
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
PLANS = {"sample": sample_plan, "rich": rich_plan}


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    require_libreoffice()
    folder = tmp_path_factory.mktemp("libreoffice")
    ours = []
    for name, make in PLANS.items():
        ours.append(write_plan(make(), folder / f"{name}.xlsx"))
    xlsx = converted(convert(ours, "xlsx", folder / "xlsx"), ours, folder / "xlsx", ".xlsx")
    csv_run = convert(ours, CSV_ALL_SHEETS, folder / "csv")
    sheets = openpyxl.load_workbook(ours[0], read_only=True).sheetnames
    for path in ours:
        converted(csv_run, [Path(f"{path.stem}-{sheet}") for sheet in sheets], folder / "csv", ".csv")
    return {name: {"ours": o, "libreoffice": x, "csv": folder / "csv"} for name, o, x in zip(PLANS, ours, xlsx)}


def _same(ours, text: str) -> bool:
    """Does LibreOffice's CSV text show our cell's value? (Numbers it writes to 15 digits, shares as "25%".)"""
    if ours is None:
        return text == ""
    if isinstance(ours, (datetime, date)):
        day = ours.date() if isinstance(ours, datetime) else ours
        return parse_date(text) == (day, None)
    if isinstance(ours, bool):
        return text.upper() == str(ours).upper()
    if isinstance(ours, (int, float)):
        # raw values: "." decimals and no thousands marks, so plain float() (our lenient parser would read
        # "1.989" as 1,989, the way a hand-typed "1.200" is meant)
        try:
            number = float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            return False
        return math.isclose(number, ours, rel_tol=1e-13, abs_tol=1e-12)
    return text == ours


@pytest.mark.parametrize("name", PLANS)
def test_libreoffice_reads_every_cell_of_every_sheet_as_we_wrote_it(exports, name):
    ours = openpyxl.load_workbook(exports[name]["ours"])
    compared = 0
    for ws in ours.worksheets:
        path = exports[name]["csv"] / f"{name}-{ws.title}.csv"
        with open(path, newline="", encoding="utf-8") as handle:
            theirs = list(csv.reader(handle))
        mismatches = []
        for row in ws.iter_rows():
            for cell in row:
                r, c = cell.row - 1, cell.column - 1
                text = theirs[r][c] if r < len(theirs) and c < len(theirs[r]) else ""
                if not _same(cell.value, text):
                    mismatches.append((cell.coordinate, cell.value, text))
                compared += cell.value is not None
        extra = [(r + 1, c + 1, t) for r, row in enumerate(theirs) for c, t in enumerate(row)
                 if t and ws.cell(row=r + 1, column=c + 1).value is None]
        assert mismatches == [] and extra == [], ws.title
    assert compared > 1500


def test_formula_looking_text_stays_text_in_libreoffice(exports):
    with open(exports["rich"]["csv"] / "rich-Plan.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    names = [row[3] for row in rows[1:]]
    assert "=SUM(A1:A3)" in names and "-5% test" in names  # a formula would show its result instead
    assert any(row[12] == "+39 02 1234\nseconda riga" for row in rows)


@pytest.mark.parametrize("name", PLANS)
def test_a_workbook_resaved_by_libreoffice_imports_to_the_same_plan(exports, name):
    result = read_plan(exports[name]["libreoffice"])
    assert result.native
    assert canonical(result.plan) == canonical(PLANS[name]())
    assert [w for w in result.warnings if "columns kept" not in w.message] == []


def test_libreoffice_keeps_formats_tables_validation_and_charts(exports):
    path = exports["sample"]["libreoffice"]
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert len([n for n in names if n.startswith("xl/charts/chart")]) == 3
    assert len([n for n in names if n.startswith("xl/tables/")]) >= 5
    wb = openpyxl.load_workbook(path)
    plan = wb["Plan"]
    header = {cell.value: cell.column_letter for cell in plan[1]}
    budget = plan[f"{header['Budget (¥)']}2"]
    assert "¥" in budget.number_format and "#,##0" in budget.number_format  # budgets print in whole yuan
    assert ".00" not in budget.number_format
    assert is_date_format(plan[f"{header['Start']}2"].number_format)
    # LibreOffice headless drops view settings such as frozen panes when it converts (unoconv#245): ours has them
    assert openpyxl.load_workbook(exports["sample"]["ours"])["Plan"].freeze_panes == "A2"
    assert {str(v.sqref).split(":")[0] for v in plan.data_validations.dataValidation} >= {"B2", "C2"}
    shares = [row[3].number_format for row in wb["Assumptions"].iter_rows(min_row=2) if row[2].value == "CTR"]
    assert shares and all("%" in fmt for fmt in shares)
    assert plan[f"{header['Budget (¥)']}1"].fill.fgColor.rgb.endswith("1F3A5F")  # styled header
    assert wb["_meta"].sheet_state == "hidden"
