"""The workbook is the plan: write → read gives back the same plan, and our text never turns into formulas."""
from __future__ import annotations

import math
import zipfile
from dataclasses import replace
from datetime import date

import openpyxl
from hypothesis import HealthCheck, given, settings

from market_entry_planner.core.model import Scenario
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, write_plan
from tests.workbook_helpers import canonical, cents, plans


def roundtrip(plan, folder, name="plan.xlsx"):
    path = folder / name
    write_plan(plan, path)
    return read_plan(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan=plans())
def test_any_plan_written_and_read_is_the_same_plan(plan, tmp_path_factory):
    folder = tmp_path_factory.mktemp("roundtrip")
    result = roundtrip(plan, folder)
    back = result.plan
    assert result.native
    # the parts first, so a failure says where the plans differ
    assert [s.name for s in back.scenarios] == [s.name for s in plan.scenarios]
    assert back.active == plan.active
    for mine, theirs in zip(plan.scenarios, back.scenarios):
        assert [cents(x.budget) for x in theirs.lines] == [cents(x.budget) for x in mine.lines]
    assert canonical(back)["tactics"] == canonical(plan)["tactics"]
    assert canonical(back)["assumptions"] == canonical(plan)["assumptions"]
    assert canonical(back)["market"] == canonical(plan)["market"]
    assert canonical(back) == canonical(plan)
    extras = {k for s in plan.scenarios for x in s.lines for k in x.extra}
    assert set(result.unknown_columns) == extras


def test_the_sample_plan_comes_back_exactly(tmp_path):
    plan = sample_plan()
    back = roundtrip(plan, tmp_path).plan
    assert back == plan  # the dataclasses themselves, not just a canonical form
    assert back.total_budget == plan.total_budget == 5_000_000


def _cell_values(path):
    wb = openpyxl.load_workbook(path)  # not read-only: every cell, merged or not
    values = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    values[(ws.title, cell.coordinate)] = cell.value
    return wb.sheetnames, values


def test_the_sample_written_read_and_written_again_has_identical_cells(tmp_path):
    first = tmp_path / "first.xlsx"
    second = tmp_path / "second.xlsx"
    write_plan(sample_plan(), first)
    write_plan(read_plan(first).plan, second)
    names_1, cells_1 = _cell_values(first)
    names_2, cells_2 = _cell_values(second)
    assert names_1 == names_2
    assert {"Plan", "Assumptions", "Market", "Tactics", "Results", "Channels", "Charts", "_meta"} <= set(names_1)
    # the time of writing is the only thing allowed to differ
    stamps = {("_meta", "B4"), ("About", "A2")}
    assert stamps <= set(cells_1)
    for key in stamps:
        cells_1.pop(key), cells_2.pop(key)
    differing = {k: (cells_1.get(k), cells_2.get(k)) for k in set(cells_1) | set(cells_2)
                 if cells_1.get(k) != cells_2.get(k)}
    assert differing == {}
    assert len(cells_1) > 1000  # results and assumptions were written, not an empty shell


FORMULA_LOOKING = ["=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(A1:A9)", "-2+3", "@SUM(A1)",
                   "=cmd|' /C calc'!A0"]


def test_text_that_looks_like_a_formula_is_stored_as_text(tmp_path):
    plan = sample_plan()
    lines = [replace(line, name=text, notes=text) for line, text in zip(plan.lines, FORMULA_LOOKING)]
    plan = replace(plan.with_lines(lines + list(plan.lines[len(lines):])), title="=TITLE()", notes="@notes")
    path = tmp_path / "formulas.xlsx"
    write_plan(plan, path)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        assert not any("<f>" in archive.read(n).decode() or "<f " in archive.read(n).decode() for n in sheets)
    wb = openpyxl.load_workbook(path)
    found = 0
    for ws in (wb["Plan"], wb["Market"]):
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (ws.title, cell.coordinate)
                    found += 1
    assert found >= 2 * len(FORMULA_LOOKING) + 2
    back = read_plan(path).plan
    assert [x.name for x in back.lines[:len(FORMULA_LOOKING)]] == FORMULA_LOOKING
    assert [x.notes for x in back.lines[:len(FORMULA_LOOKING)]] == FORMULA_LOOKING
    assert (back.title, back.notes) == ("=TITLE()", "@notes")


def test_an_empty_scenario_and_an_empty_title_survive(tmp_path):
    plan = sample_plan()
    plan = replace(plan, scenarios=(plan.scenarios[0], Scenario("Stretch (empty)")), active=1, title="")
    back = roundtrip(plan, tmp_path).plan
    assert [s.name for s in back.scenarios] == ["Base", "Stretch (empty)"]
    assert back.active == 1 and back.scenarios[1].lines == ()
    assert back.title == ""


def test_control_characters_do_not_break_a_save(tmp_path):
    """XML cannot hold most control characters: a note pasted with one is saved without it, not refused."""
    plan = sample_plan()
    line = replace(plan.lines[0], name="vertical\x0btab", notes="bell\x07 and nul\x00")
    back = roundtrip(plan.with_line(0, line), tmp_path).plan
    assert back.lines[0].name == "verticaltab"
    assert back.lines[0].notes == "bell and nul"


def test_a_poisson_shape_round_trips(tmp_path):
    plan = sample_plan()
    line = replace(plan.lines[0], overrides={"k": math.inf})
    plan = plan.with_line(0, line)
    back = roundtrip(plan, tmp_path).plan
    assert back.lines[0].overrides == {"k": math.inf}


def test_unknown_columns_keep_their_values_and_types(tmp_path):
    plan = sample_plan()
    extra = {"Delivered": date(2027, 6, 18), "PO number": 4711, "Referente": "Giulia Rossi", "预算2": 12.5}
    plan = plan.with_line(0, replace(plan.lines[0], extra=extra))
    result = roundtrip(plan, tmp_path)
    assert dict(result.plan.lines[0].extra) == extra
    assert all(type(v) is type(extra[k]) for k, v in result.plan.lines[0].extra.items())
    assert result.unknown_columns == list(extra)
    assert any("PO number" in w.message and w.sheet == "Plan" for w in result.warnings)
