"""write_plan streams the Plan and Results rows as XML text (core/workbook/streaming.py): the file must be the
one openpyxl writes from build_workbook, cell for cell. And a scenario the engine cannot estimate never stops
a save.

openpyxl serialises through lxml when lxml is installed (python-pptx brings it) and through the standard library
otherwise, and the bytes differ (`<c/>` or `<c></c>`, attribute order). So parts are compared in canonical XML
(C14N 2.0), never byte for byte, and the comparison runs under both backends."""
from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from xml.etree.ElementTree import ParseError, canonicalize

import numpy as np
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings

import market_entry_planner.core.workbook.writer as writer
from market_entry_planner.core.model import Scenario
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import build_workbook, read_plan, write_plan
from tests.workbook_helpers import canonical, plans, rich_plan

STAMPED = ("About", "_meta")  # the time of writing: compared without those cells
STAMPS = {("About", "A2"), ("_meta", "B4")}


def odd_plan():
    """Values on the edge of each rule of the fast path: XML escapes, outer spaces, empty and cut text,
    formula and error look-alikes, control characters, dates, booleans, infinities, numpy and big numbers."""
    plan = sample_plan()
    texts = [" leading", "trailing ", "a & <b> \"c\" 'd'", "", "=", "#DIV/0!", "#N/A", "x" * 40_000, "\u3000全角 ",
             "tab\tand\nnewline", "bell\x07 nul\x00", "-", "@", "+39", "=1+1", "   "]
    extras = [True, False, date(2027, 6, 18), datetime(2027, 6, 18, 9, 30), 10**17, -0.0, 1e-300, math.nan,
              math.inf, -math.inf, np.float64(2.5), np.int64(7), "=HYPERLINK(\"x\")", 0, 12.345678901234567, None]
    lines = []
    for i, line in enumerate(plan.lines * 2):
        lines.append(replace(line, name=texts[i % len(texts)], notes=texts[(i + 3) % len(texts)],
                             budget=np.float64(line.budget) if i == 1 else line.budget + 0.125 * i,
                             extra={"Odd": extras[i % len(extras)], " spaced header ": texts[(i + 5) % len(texts)]}))
    plan = plan.with_lines(lines)
    return replace(plan, scenarios=plan.scenarios + (Scenario("=Empty"),))


_SPACES_ONLY = re.compile(r'<t xml:space="preserve">(\s*)</t>')


def _parts(path) -> dict[str, str]:
    """Every XML part in canonical form (C14N 2.0: the same document gives the same text whichever library wrote
    it), with style indices blanked: the two writers register styles in another order. A text of spaces only is
    marked xml:space="preserve" by openpyxl's lxml writer and by ours, not by openpyxl's standard-library writer:
    the mark is dropped there (test_spaces_are_kept checks ours keeps it)."""
    with zipfile.ZipFile(path) as archive:
        return {name: _SPACES_ONLY.sub(r"<t>\1</t>", re.sub(r' s="\d+"', ' s=""', _canonical_xml(archive.read(name))))
                for name in archive.namelist() if name.endswith((".xml", ".rels", ".vml"))}


def _canonical_xml(data: bytes) -> str:
    try:
        return canonicalize(data.decode("utf-8"))
    except ParseError:  # the VML drawings are not well-formed XML: compared as they are
        return data.decode("utf-8")


def _cells(path) -> dict:
    """Every cell openpyxl reads, with its value, type and resolved style, and each sheet's structure."""
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        found[ws.title] = (ws.dimensions, ws.freeze_panes, ws.sheet_state,
                           {k: d.width for k, d in ws.column_dimensions.items()},
                           {t.name: (t.ref, t.column_names) for t in ws.tables.values()},
                           [(str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation])
        for row in ws.iter_rows():
            for cell in row:
                if (ws.title, cell.coordinate) in STAMPS:
                    continue
                styles = (cell.font, cell.fill, cell.border, cell.alignment, cell.protection)  # proxies: by repr
                found[(ws.title, cell.coordinate)] = (
                    cell.value, cell.data_type, cell.number_format, *map(repr, styles), cell.quotePrefix,
                    cell.comment and cell.comment.text)
    return found


def assert_same_as_openpyxl(plan, folder):
    ours = write_plan(plan, folder / "streamed.xlsx")
    theirs = folder / "openpyxl.xlsx"
    build_workbook(plan).save(theirs)
    parts, expected = _parts(ours), _parts(theirs)
    assert sorted(parts) == sorted(expected)
    skip = {"xl/styles.xml", "docProps/core.xml"}  # style order; the time of writing
    names = openpyxl.load_workbook(theirs, read_only=True).sheetnames
    skip |= {f"xl/worksheets/sheet{i}.xml" for i, name in enumerate(names, 1) if name in STAMPED}
    for name in sorted(set(parts) - skip):
        assert parts[name] == expected[name], name
    assert _cells(ours) == _cells(theirs)


@pytest.mark.parametrize("make", [sample_plan, rich_plan, odd_plan])
def test_streamed_rows_are_the_cells_openpyxl_writes(make, tmp_path):
    assert_same_as_openpyxl(make(), tmp_path)


def test_spaces_are_kept(tmp_path):
    """Text with outer spaces, or of spaces only, is written with xml:space="preserve", so a reader keeps them."""
    path = write_plan(odd_plan(), tmp_path / "odd.xlsx")
    with zipfile.ZipFile(path) as archive:
        plan_sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    for text in (" leading", "trailing ", "   ", "\u3000全角 "):
        assert f'<t xml:space="preserve">{text}</t>' in plan_sheet, text
    assert "<t>Base</t>" in plan_sheet


def test_lxml_is_what_openpyxl_uses_here():
    """python-pptx needs lxml, so the in-process tests above run openpyxl's lxml writer; the next test runs the
    standard library's."""
    from openpyxl.xml import LXML

    assert LXML


_WITHOUT_LXML = """
import sys
from pathlib import Path
from openpyxl.xml import LXML
assert not LXML, "OPENPYXL_LXML=False did not switch openpyxl to the standard library"
from tests.test_workbook_streaming import assert_same_as_openpyxl, odd_plan
from tests.workbook_helpers import rich_plan
folder = Path(sys.argv[1])
for make in (odd_plan, rich_plan):
    (folder / make.__name__).mkdir()
    assert_same_as_openpyxl(make(), folder / make.__name__)
"""


def test_streamed_rows_are_the_cells_openpyxl_writes_without_lxml(tmp_path):
    """The same comparison with openpyxl writing through the standard library (a machine without lxml)."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", _WITHOUT_LXML, str(tmp_path)], cwd=root, capture_output=True,
                          text=True, env={**os.environ, "OPENPYXL_LXML": "False"}, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_streamed_file_is_the_same_document_under_both_xml_backends(tmp_path):
    """Our own export, written once with lxml and once without, holds the same XML (bar the time of writing)."""
    root = Path(__file__).resolve().parent.parent
    script = ("import sys; from tests.test_workbook_streaming import odd_plan; "
              "from market_entry_planner.core.workbook import write_plan; write_plan(odd_plan(), sys.argv[1])")
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "etree.xlsx")], cwd=root, check=True, timeout=300,
                   env={**os.environ, "OPENPYXL_LXML": "False"})
    write_plan(odd_plan(), tmp_path / "lxml.xlsx")
    with_etree, with_lxml = _parts(tmp_path / "etree.xlsx"), _parts(tmp_path / "lxml.xlsx")
    assert sorted(with_etree) == sorted(with_lxml)
    names = openpyxl.load_workbook(tmp_path / "lxml.xlsx", read_only=True).sheetnames
    stamped = {"docProps/core.xml"} | {f"xl/worksheets/sheet{i}.xml" for i, name in enumerate(names, 1)
                                       if name in STAMPED}
    for name in sorted(set(with_lxml) - stamped):
        assert with_etree[name] == with_lxml[name], name
    assert _cells(tmp_path / "etree.xlsx") == _cells(tmp_path / "lxml.xlsx")


def test_the_odd_plan_reads_back(tmp_path):
    path = write_plan(odd_plan(), tmp_path / "odd.xlsx")
    back = read_plan(path)
    assert back.native and len(back.plan.lines) == len(odd_plan().lines)
    assert back.plan.lines[2].name == "a & <b> \"c\" 'd'" and back.plan.lines[10].name == "bell nul"
    sheet = openpyxl.load_workbook(path)["Plan"]
    assert sheet["D2"].value == " leading" and sheet["D10"].value == "\u3000全角 "  # the reader trims; cells do not
    assert sheet["D9"].value == "x" * 32767  # cut where openpyxl and Excel cut
    quoted = [c for c in sheet["D"][1:] if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert quoted and all(c.data_type == "s" and c.quotePrefix for c in quoted)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan=plans())
def test_any_plan_streams_the_cells_openpyxl_writes(plan, tmp_path_factory):
    assert_same_as_openpyxl(plan, tmp_path_factory.mktemp("stream"))


# -- a save survives the engine ----------------------------------------------------------------------------------

def _failing_estimate(fail: set[str], error: Exception):
    real = writer.estimate

    def estimate(plan):
        if plan.scenario.name in fail:
            raise error
        return real(plan)
    return estimate


def _two_scenarios():
    plan = sample_plan()
    return replace(plan, scenarios=(plan.scenarios[0], Scenario("Stretch", plan.scenarios[0].lines[:3])), active=0)


@pytest.mark.parametrize("error", [ZeroDivisionError("division by zero"), KeyError("cpm"),
                                   PlanError([Problem("no audience for the channel")])])
def test_a_scenario_that_cannot_be_estimated_is_saved_with_a_note(error, tmp_path, monkeypatch):
    plan = _two_scenarios()
    monkeypatch.setattr(writer, "estimate", _failing_estimate({"Stretch"}, error))
    path = write_plan(plan, tmp_path / "plan.xlsx")
    back = read_plan(path)
    assert back.native and canonical(back.plan) == canonical(plan)  # every input is there
    wb = openpyxl.load_workbook(path)
    results = wb["Results"]
    assert "could not be computed" in results["A1"].value and "'Stretch'" in results["A1"].value
    assert results["A3"].value == "Scenario" and results.freeze_panes == "A4"
    assert results.tables["Results"].ref.startswith("A3:")
    shown = {row[0] for row in results.iter_rows(min_row=4, values_only=True)}
    assert shown == {"Base"}  # the scenario that could be estimated keeps its results
    assert wb["Channels"]["A2"].value is not None  # the active one was estimated
    assert_same_as_openpyxl(plan, tmp_path)


def test_a_save_with_no_results_at_all_keeps_the_inputs(tmp_path, monkeypatch):
    plan = _two_scenarios()
    monkeypatch.setattr(writer, "estimate", _failing_estimate({"Base", "Stretch"}, RuntimeError("engine bug")))
    path = write_plan(plan, tmp_path / "plan.xlsx")
    assert canonical(read_plan(path).plan) == canonical(plan)
    wb = openpyxl.load_workbook(path)
    notes = [wb["Results"].cell(row=r, column=1).value for r in (1, 2)]
    assert all("could not be computed" in n and "RuntimeError: engine bug" in n for n in notes)
    assert [c.value for c in wb["Results"][5]] == [None] * wb["Results"].max_column  # an empty table
    assert "could not be estimated" in wb["Channels"]["A1"].value
    assert wb["Charts"]._charts == []
    assert_same_as_openpyxl(plan, tmp_path)


def test_interrupting_a_save_is_not_swallowed(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "estimate", _failing_estimate({"Base"}, KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_plan(sample_plan(), tmp_path / "plan.xlsx")
    assert list(tmp_path.iterdir()) == []  # and no temporary file is left behind
