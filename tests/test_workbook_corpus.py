"""A corpus of bad and foreign workbooks, each built here: every one either imports or is refused with problems
that name sheet, row and column — never a traceback, never a half-read plan.

Each case is a builder (path -> path) and an expectation:
  Refused(text)      the file as a whole is refused: one problem, saying `text`
  Problems({...})    cell problems, exactly these (sheet, row, column) with a word of the message each
  Reads(check)       it imports; check(result) looks at what came back
"""
from __future__ import annotations

import importlib.util
import io
import json
import math
import os
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable
from xml.sax.saxutils import escape

import openpyxl
import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from market_entry_planner.core import cli
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, safety, write_plan
from tests.workbook_helpers import canonical, raw_xlsx

# -- expectations -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Refused:
    text: str


@dataclass(frozen=True)
class Problems:
    where: frozenset  # {(sheet, row, column, word in the message)}

    def __init__(self, *where):
        object.__setattr__(self, "where", frozenset(where))


@dataclass(frozen=True)
class Reads:
    check: Callable


# -- builders -----------------------------------------------------------------------------------------------------


def book(path: Path, sheets: dict, merges: dict | None = None, hidden=()) -> Path:
    """A workbook as a person makes it with openpyxl: sheets of rows (lists), optional merged ranges."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for ref in (merges or {}).get(title, ()):
            ws.merge_cells(ref)
        if title in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def plan_sheet(*lines, header=("Channel", "Tactic", "Budget")):
    return {"Plan": [list(header), *map(list, lines)]}


def ok_file(path: Path) -> Path:
    return book(path, plan_sheet(["Douyin", "Feed ads", 1000]))


def rezip(source: Path, path: Path, change: dict[str, Callable[[bytes], bytes]] = None,
          add: dict[str, bytes] = None) -> Path:
    """A copy of a workbook with some parts rewritten or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if change and info.filename in change:
                data = change[info.filename](data)
            dst.writestr(info.filename, data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    path.write_bytes(out.getvalue())
    return path


def _laughs(root: str) -> str:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    return f'<?xml version="1.0"?><!DOCTYPE {root} [{entities}]>'


def entity_bomb_in_sheet(path):
    def bomb(data: bytes) -> bytes:
        text = data.decode()
        body = text[text.index("<worksheet"):].replace("<v>1000</v>", "<v>&lol9;</v>")
        return (_laughs("worksheet") + body).encode()
    return rezip(ok_file(path.with_name("ok-" + path.name)), path, {"xl/worksheets/sheet1.xml": bomb})


def entity_bomb_in_shared_strings(path):
    """A billion laughs where a spreadsheet keeps its text: the shared strings table."""
    source = path.with_name("x-" + path.name)
    wb = xlsxwriter.Workbook(source)
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget"])
    ws.write_row(1, 0, ["Douyin", "Feed ads", 1000])
    wb.close()

    def bomb(data: bytes) -> bytes:
        text = data.decode()
        return (_laughs("sst") + text[text.index("<sst"):].replace(">Douyin<", ">&lol9;<")).encode()
    return rezip(source, path, {"xl/sharedStrings.xml": bomb})


def zip_bomb(path):
    """A sheet padded with 40 MB of spaces: valid XML, a 1,000:1 ratio."""
    def pad(data: bytes) -> bytes:
        return data.replace(b"<sheetData>", b"<sheetData>" + b" " * (40 * 2**20), 1)
    return rezip(ok_file(path.with_name("ok-" + path.name)), path, {"xl/worksheets/sheet1.xml": pad})


def broken_zip(path):
    data = ok_file(path.with_name("ok-" + path.name)).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_deflate(path):
    data = bytearray(ok_file(path.with_name("ok-" + path.name)).read_bytes())
    start = data.index(b"xl/worksheets/sheet1.xml") + 40  # inside the part's compressed bytes
    for i in range(start, start + 30):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def damaged_sheet_xml(path):
    return rezip(ok_file(path.with_name("ok-" + path.name)), path,
                 {"xl/worksheets/sheet1.xml": lambda data: data[: len(data) // 2]})


def encrypted_parts(path):
    """Zip entries flagged as encrypted (a zip password, not Excel's)."""
    data = bytearray(ok_file(path.with_name("ok-" + path.name)).read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + 8] |= 0x01  # general purpose flag, bit 0: encrypted
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_xls(path):
    path.write_bytes(OLE + b"\0" * 504 + "Workbook".encode("utf-16-le") + b"\0" * 2000)
    return path


def password_protected(path):
    """What Excel writes for a workbook with a password: an OLE file holding EncryptionInfo and EncryptedPackage."""
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + b"\0" * 64
                       for name in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(OLE + b"\0" * 504 + entries + b"\x5a" * 4096)
    return path


def csv_renamed(path):
    path.write_bytes("Channel,Tactic,Budget\nDouyin,Feed ads,1000\n".encode())
    return path


def ods(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return path


def docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path


def empty(path):
    path.write_bytes(b"")
    return path


def xlsm_with_macros(path):
    source = ok_file(path.with_name("ok-" + path.stem + ".xlsx"))
    return rezip(source, path, add={"xl/vbaProject.bin": OLE + b"\0" * 1024})


def formulas_with_cached_values(path):
    """XlsxWriter stores a formula's result beside it, as Excel does."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget", "CTR"])
    ws.write_row(1, 0, ["Douyin", "Feed ads"])
    ws.write_formula(1, 2, "=1000*2.5", None, 2500)
    ws.write_formula(1, 3, "=1.2/100", None, 0.012)
    ws.write_row(2, 0, ["Kuaishou", "Feed ads", 300])
    ws.write_formula(3, 0, '="Tm"&"all"', None, "Tmall")
    ws.write_row(3, 1, ["Search ads", 700])
    wb.close()
    return path


def formulas_without_results(path):
    """openpyxl (and pandas) write formulas with no saved result: the cell reads as empty."""
    return book(path, plan_sheet(["Douyin", "Feed ads", "=1000*2"], ["Douyin", "Feed ads", 100]))


def error_values(path):
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget", "CVR"])
    ws.write_row(1, 0, ["Douyin", "Feed ads"])
    ws.write_formula(1, 2, "=1/0", None, "#DIV/0!")
    ws.write_row(2, 0, ["Douyin", "Feed ads", 100])
    ws.write_formula(2, 3, "=NA()", None, "#N/A")
    ws.write_row(3, 0, ["Douyin", "Feed ads", "#REF!"])
    wb.close()
    return path


def italian_hand_made(path):
    """A media plan typed in Italy: title rows, merged title, Italian headers, text money and dates, a blank row,
    a total row."""
    rows = [["Piano media Cina 2027 — Sartoria"], ["preparato da Giulia, versione 3"], [],
            ["Canale", "Tattica", "Voce", "Spesa", "Inizio", "Fine", "Note", "Referente"],
            ["Douyin", "Annunci feed", "Qianchuan", "¥1,200", "01/06/2027", date(2027, 6, 30), "618", "Giulia"],
            ["Kuaishou", "Diretta KOL", "Diretta con KOL", "1.200,50", date(2027, 11, 1), "11/11/2027", None, None],
            [],
            ["Tmall", "Ricerca", None, 5000, None, None, "Zhitongche", "Marco"],
            ["JD", "Video KOL", "Seeding", "€1.000", None, None, None, None],
            ["Totale", None, None, 7400.5]]
    return book(path, {"Piano media": rows, "Mercato": [["Tasso di cambio EUR", 8.0]]},
                merges={"Piano media": ["A1:H1"]})


def chinese_hand_made(path):
    rows = [["抖音投放计划"], ["平台", "投放方式", "名称", "预算", "开始日期", "结束日期", "点击率", "备注"],
            ["抖音", "信息流", "千川", "120万", "2027年06月01日", "2027-06-18", "1.5%", "618"],
            ["淘宝", "直通车", "搜索", "￥80,000", None, None, 0.04, None],
            ["京东", "达人直播", "京东直播", 30000, None, None, None, "坑位费"]]
    return book(path, {"计划": rows}, merges={"计划": ["A1:H1"]})


def table_not_at_a1(path):
    rows = [[], [None, None, "Media plan"], [], [],
            [None, None, "Platform", "Format", "Spend", "Start"],
            [None, None, "Douyin", "Feed", 1000, "2027-03-01"],
            [None, None, "Kuaishou", "Search", 2000.75, None]]
    return book(path, {"Foglio1": rows})


def merged_header_cells(path):
    """A two-row header: 'Budget' merged over two columns, a group title merged above."""
    rows = [["Line", None, "Money", None], ["Channel", "Tactic", "Budget", None], ["Douyin", "Feed ads", 100, None],
            ["JD", "Search ads", 200, None]]
    return book(path, {"Plan": rows}, merges={"Plan": ["A1:B1", "C1:D1", "C2:D2"]})


def percent_and_share_forms(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", 100, "12%", 0.12, 12],
                                 header=("Channel", "Tactic", "Budget", "CTR", "CVR", "On-target share")))


def dates_every_way(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", 1, date(2027, 6, 1), datetime(2027, 6, 18)],
                                 ["Douyin", "Feed ads", 1, "01/06/2027", "2027-06-18"],
                                 ["Douyin", "Feed ads", 1, "2027/06/01", "18.06.2027"],
                                 ["Douyin", "Feed ads", 1, 46539, "June 18, 2027"],
                                 header=("Channel", "Tactic", "Budget", "Start", "End")))


def wrong_sheet_names(path):
    return book(path, {"Sheet1": [["notes about the brand"]], "Foglio2": [["Channel", "Tactic", "Budget"],
                                                                         ["Douyin", "Feed ads", 1000]]})


def no_plan_table(path):
    return book(path, {"Budget 2027": [["Month", "Amount"], ["June", 1000]], "Notes": [["hello"]]})


def empty_workbook(path):
    return book(path, {"Sheet": []})


def header_only(path):
    return book(path, plan_sheet())


def text_in_number_cells(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", "a lot", "high", "soon"],
                                 ["Douyin", "Feed ads", True, "10"],
                                 header=("Channel", "Tactic", "Budget", "CTR", "Start")))


def negative_budgets(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", -500], ["JD", "Search ads", "(1,200)"],
                                 ["JD", "Search ads", 100, -1], header=("Channel", "Tactic", "Budget", "CPC")))


def unknown_channel_and_tactic(path):
    return book(path, plan_sheet(["Myspace", "Feed ads", 100], ["Douyin", "Billboard", 100], [None, "Feed ads", 100],
                                 ["Douyin", None, 100]))


def many_problems_on_many_sheets(path):
    """One pass reports them all: plan, assumptions and market."""
    plan = [["Channel", "Tactic", "Budget", "Start", "End", "Min budget", "Max budget", "Locked"],
            ["Douyin", "Feed ads", "lots", "2027-06-18", "2027-06-01", None, None, "maybe"],
            ["Nowhere", "Feed ads", 100, None, None, 500, 100, None],
            ["Douyin", "Feed ads", "€100", None, None, None, None, None]]
    assumptions = [["Channel", "Tactic", "Parameter", "Value", "Low", "High"],
                   ["Douyin", "Feed ads", "Magic", 1, 1, 1],
                   ["Douyin", "Feed ads", "CPM", "cheap", None, None],
                   ["Douyin", "Hologram", "CPM", 10, None, None],
                   ["Douyin", "Feed ads", "CPC", None, None, None]]
    market = [["Target population", -5], ["Gross margin", "half"], ["Effective frequency", 2.5]]
    return book(path, {"Plan": plan, "Assumptions": assumptions, "Market": market})


def hundred_thousand_rows(path):
    channels = ("Douyin", "Kuaishou", "Tmall", "JD")
    rows = [["Channel", "Tactic", "Budget"], *([channels[i % 4], "Feed ads", 100 + i % 997] for i in range(100_000)),
            ["Douyin", "Feed ads", "oops"]]
    return raw_xlsx(path, "Plan", rows)


def units_instead_of_budget(path):
    return book(path, plan_sheet(["Douyin", "KOL livestream", None, 2], ["Douyin", "KOL video", None, 10],
                                 header=("Channel", "Tactic", "Budget", "Units")))


def duplicate_and_odd_columns(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", 100, 200, "x", 3],
                                 header=("Channel", "Tactic", "Budget", "Budget", "Agenzia", "+39 phone")))


# -- checks for files that import ---------------------------------------------------------------------------------


def _budgets(result):
    return [(x.channel, x.tactic, x.budget) for x in result.plan.lines]


def check_italian(result):
    assert result.plan_sheet == "Piano media"
    assert _budgets(result) == [("douyin", "feed_ads", 1200.0), ("kuaishou", "kol_live", 1200.5),
                                ("taobao", "search_ads", 5000.0), ("jd", "kol_video", 8000.0)]
    first, second = result.plan.lines[:2]
    assert (first.start, first.end) == (date(2027, 6, 1), date(2027, 6, 30))
    assert (second.start, second.end) == (date(2027, 11, 1), date(2027, 11, 11))
    assert first.notes == "618" and first.name == "Qianchuan" and dict(first.extra) == {"Referente": "Giulia"}
    assert result.unknown_columns == ["Referente"]
    assert result.line_rows[(0, 2)] == 8  # the blank row is skipped, rows still count as the sheet does
    total = [w for w in result.warnings if "total row" in w.message]
    assert [(w.sheet, w.row) for w in total] == [("Piano media", 10)]


def check_chinese(result):
    assert _budgets(result) == [("douyin", "feed_ads", 1_200_000.0), ("taobao", "search_ads", 80_000.0),
                                ("jd", "kol_live", 30_000.0)]
    first = result.plan.lines[0]
    assert (first.start, first.end, first.name, first.notes) == (date(2027, 6, 1), date(2027, 6, 18), "千川", "618")
    assert dict(first.overrides) == {"ctr": pytest.approx(0.015)}
    assert dict(result.plan.lines[1].overrides) == {"ctr": 0.04}


def check_not_at_a1(result):
    assert _budgets(result) == [("douyin", "feed_ads", 1000.0), ("kuaishou", "search_ads", 2000.75)]
    assert result.columns["channel"] == "C" and result.line_rows[(0, 0)] == 6
    assert result.plan.lines[0].start == date(2027, 3, 1)


def check_merged(result):
    assert _budgets(result) == [("douyin", "feed_ads", 100.0), ("jd", "search_ads", 200.0)]


def check_cached_formulas(result):
    assert _budgets(result) == [("douyin", "feed_ads", 2500.0), ("kuaishou", "feed_ads", 300.0),
                                ("taobao", "search_ads", 700.0)]
    assert dict(result.plan.lines[0].overrides) == {"ctr": pytest.approx(0.012)}


def check_shares(result):
    assert dict(result.plan.lines[0].overrides) == pytest.approx({"ctr": 0.12, "cvr": 0.12, "on_target": 0.12})


def check_dates(result):
    days = {(x.start, x.end) for x in result.plan.lines}
    assert days == {(date(2027, 6, 1), date(2027, 6, 18))}


def check_wrong_sheet_names(result):
    assert result.plan_sheet == "Foglio2" and _budgets(result) == [("douyin", "feed_ads", 1000.0)]


def check_header_only(result):
    assert result.plan.lines == ()
    assert any("no lines" in w.message and w.sheet == "Plan" for w in result.warnings)


def check_macros(result):
    assert any("macros" in w.message for w in result.warnings)
    assert _budgets(result) == [("douyin", "feed_ads", 1000.0)]


def check_units(result):
    slot_fee = result.plan.assumptions.find("douyin", "kol_live", "slot_fee").value
    video_fee = result.plan.assumptions.find("douyin", "kol_video", "fee_per_video").value
    assert [x.budget for x in result.plan.lines] == [2 * slot_fee, 10 * video_fee]


def check_duplicates(result):
    assert result.plan.lines[0].budget == 100.0
    assert result.unknown_columns == ["Budget", "Agenzia", "+39 phone"]
    assert dict(result.plan.lines[0].extra) == {"Budget": 200, "Agenzia": "x", "+39 phone": 3}


# -- the corpus ---------------------------------------------------------------------------------------------------

CORPUS = {
    # files that are not a readable workbook at all
    "empty.xlsx": (empty, Refused("empty (0 bytes)")),
    "broken-zip.xlsx": (broken_zip, Refused("damaged")),
    "corrupt-deflate.xlsx": (corrupt_deflate, Refused("damaged")),
    "damaged-sheet-xml.xlsx": (damaged_sheet_xml, Refused("cannot be read")),
    "zip-bomb.xlsx": (zip_bomb, Refused("zip bomb")),
    "entity-bomb-sheet.xlsx": (entity_bomb_in_sheet, Refused("XML bomb")),
    "entity-bomb-strings.xlsx": (entity_bomb_in_shared_strings, Refused("XML bomb")),
    "old-excel.xls": (ole_xls, Refused("Excel 97–2003 (.xls)")),
    "old-excel-renamed.xlsx": (ole_xls, Refused("Excel 97–2003 (.xls)")),
    "password.xlsx": (password_protected, Refused("password-protected")),
    "encrypted-parts.xlsx": (encrypted_parts, Refused("encrypted")),
    "plan.csv": (csv_renamed, Refused("text (.csv) file")),
    "csv-renamed.xlsx": (csv_renamed, Refused("not an Excel workbook")),
    "calc.ods": (ods, Refused("OpenDocument spreadsheet (.ods)")),
    "letter.xlsx": (docx, Refused("a zip archive")),
    "no-plan-table.xlsx": (no_plan_table, Refused("'Budget 2027', 'Notes'")),
    "empty-workbook.xlsx": (empty_workbook, Refused("no plan table found")),
    # files with cell problems: every one named by sheet, row and column
    "text-in-numbers.xlsx": (text_in_number_cells, Problems(
        ("Plan", 2, "C", "a lot"), ("Plan", 2, "D", "high"), ("Plan", 2, "E", "soon"), ("Plan", 3, "C", "TRUE"))),
    "negative.xlsx": (negative_budgets, Problems(
        ("Plan", 2, "C", "negative"), ("Plan", 3, "C", "negative"), ("Plan", 4, "D", "negative"))),
    "unknown-names.xlsx": (unknown_channel_and_tactic, Problems(
        ("Plan", 2, "A", "Myspace"), ("Plan", 3, "B", "Billboard"), ("Plan", 4, "A", "empty"),
        ("Plan", 5, "B", "empty"))),
    "error-values.xlsx": (error_values, Problems(
        ("Plan", 2, "C", "#DIV/0!"), ("Plan", 3, "D", "#N/A"), ("Plan", 4, "C", "#REF!"))),
    "formulas-no-results.xlsx": (formulas_without_results, Problems(("Plan", 2, "C", "=1000*2"))),
    "many-problems.xlsx": (many_problems_on_many_sheets, Problems(
        ("Plan", 2, "C", "lots"), ("Plan", 2, "E", "before it starts"), ("Plan", 2, "H", "maybe"),
        ("Plan", 3, "A", "Nowhere"), ("Plan", 3, "G", "below the minimum"), ("Plan", 4, "C", "EUR"),
        ("Assumptions", 2, "C", "Magic"), ("Assumptions", 3, "D", "cheap"), ("Assumptions", 4, "B", "Hologram"),
        ("Assumptions", 5, "D", "no value"), ("Market", 1, "B", "negative"), ("Market", 2, "B", "half"),
        ("Market", 3, "B", "whole number"))),
    # foreign and hand-made files that import
    "italian.xlsx": (italian_hand_made, Reads(check_italian)),
    "chinese.xlsx": (chinese_hand_made, Reads(check_chinese)),
    "not-at-a1.xlsx": (table_not_at_a1, Reads(check_not_at_a1)),
    "merged-headers.xlsx": (merged_header_cells, Reads(check_merged)),
    "cached-formulas.xlsx": (formulas_with_cached_values, Reads(check_cached_formulas)),
    "shares.xlsx": (percent_and_share_forms, Reads(check_shares)),
    "dates.xlsx": (dates_every_way, Reads(check_dates)),
    "wrong-sheet-names.xlsx": (wrong_sheet_names, Reads(check_wrong_sheet_names)),
    "header-only.xlsx": (header_only, Reads(check_header_only)),
    "macros.xlsm": (xlsm_with_macros, Reads(check_macros)),
    "units.xlsx": (units_instead_of_budget, Reads(check_units)),
    "duplicate-columns.xlsx": (duplicate_and_odd_columns, Reads(check_duplicates)),
}


# -- the hostile corpus of issue 14: inputs read wrong, or silently, before ---------------------------------------
# Each builds the file as the program that writes it would (openpyxl, XlsxWriter, a streaming writer, a hand-edited
# zip), so the reader meets the bytes a user's file has.

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def raw_book(path: Path, sheets: list[tuple[str, str]], strings=(), *, dimension: dict | None = None,
             states: dict | None = None, main: str = MAIN, rels: str = RELS, styles: str | None = None,
             prefix: str = "") -> Path:
    """A workbook written part by part: sheets as (title, the XML inside <sheetData>), shared strings, a <dimension>
    per sheet, sheet states ("hidden", "veryHidden"), the namespaces (Strict Open XML has its own), a prefix for the
    elements (as .NET's Open XML SDK writes <x:c>)."""
    p = f"{prefix}:" if prefix else ""
    xmlns = f'xmlns{":" + prefix if prefix else ""}="{main}"'
    kinds = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    overrides = [("/xl/workbook.xml", "sheet.main"), ("/xl/sharedStrings.xml", "sharedStrings")]
    overrides += [(f"/xl/worksheets/sheet{i + 1}.xml", "worksheet") for i in range(len(sheets))]
    overrides += [("/xl/styles.xml", "styles")] if styles else []
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             + "".join(f'<Override PartName="{name}" ContentType="{kinds}.{kind}+xml"/>' for name, kind in overrides)
             + "</Types>")
    book = (f'<?xml version="1.0" encoding="UTF-8"?><{p}workbook {xmlns} xmlns:r="{rels}"><{p}sheets>'
            + "".join(f'<{p}sheet name="{escape(t)}" sheetId="{i + 1}" r:id="rId{i + 1}"'
                      + (f' state="{states[t]}"' if states and t in states else "") + "/>"
                      for i, (t, _) in enumerate(sheets)) + f"</{p}sheets></{p}workbook>")
    links = "".join(f'<Relationship Id="rId{i + 1}" Type="{rels}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                    for i in range(len(sheets)))
    links += f'<Relationship Id="rIdS" Type="{rels}/sharedStrings" Target="sharedStrings.xml"/>'
    if styles:
        links += f'<Relationship Id="rIdT" Type="{rels}/styles" Target="styles.xml"/>'
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><{p}sst {xmlns} count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' + "".join(f"<{p}si><{p}t>{escape(s)}</{p}t></{p}si>" for s in strings)
           + f"</{p}sst>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
                                  f'<Relationship Id="rId1" Type="{rels}/officeDocument" Target="xl/workbook.xml"/>'
                                  "</Relationships>")
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships '
                                                 f'xmlns="{PACKAGE_RELS}">{links}</Relationships>')
        for i, (title, data) in enumerate(sheets):
            ref = (dimension or {}).get(title)
            dim = f'<{p}dimension ref="{ref}"/>' if ref else ""
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet '
                                                          f'{xmlns}>{dim}<{p}sheetData>{data}</{p}sheetData>'
                                                          f'</{p}worksheet>')
        z.writestr("xl/sharedStrings.xml", sst)
        if styles:
            z.writestr("xl/styles.xml", styles)
    return path


PLAN_STRINGS = ["Channel", "Tactic", "Budget", "Douyin", "Feed ads", "Kuaishou", "Search ads"]


def srow(r: int, *cells: str, prefix: str = "") -> str:
    p = f"{prefix}:" if prefix else ""
    return f'<{p}row r="{r}">' + "".join(cells) + f"</{p}row>"


def sc(ref: str, index: int, prefix: str = "") -> str:  # a shared-string cell
    p = f"{prefix}:" if prefix else ""
    return f'<{p}c r="{ref}" t="s"><{p}v>{index}</{p}v></{p}c>'


def nc(ref: str, value, prefix: str = "") -> str:  # a number cell
    p = f"{prefix}:" if prefix else ""
    return f'<{p}c r="{ref}"><{p}v>{value}</{p}v></{p}c>'


def header_row(prefix: str = "") -> str:
    return srow(1, sc("A1", 0, prefix), sc("B1", 1, prefix), sc("C1", 2, prefix), prefix=prefix)


def line_row(r: int, budget, channel: int = 3, tactic: int = 4, prefix: str = "") -> str:
    return srow(r, sc(f"A{r}", channel, prefix), sc(f"B{r}", tactic, prefix), nc(f"C{r}", budget, prefix),
                prefix=prefix)


def euro_header(path):
    """An Italian plan with its money in euros, said in the header; the rate on the Mercato sheet."""
    return book(path, {"Piano": [["Canale", "Tattica", "Budget (€)"], ["Douyin", "Annunci feed", 330_000],
                                 ["Tmall", "Ricerca", "120.000"]],
                       "Mercato": [["Tasso di cambio EUR", 7.8]]})


def euro_header_without_rate(path):
    return book(path, {"Piano": [["Canale", "Tattica", "Budget (€)"], ["Douyin", "Annunci feed", 330_000],
                                 ["Tmall", "Ricerca", "120.000"]]})


def wan_header(path):
    """A Chinese plan in 万元 (tens of thousands of yuan), as budgets are often kept in China."""
    return book(path, {"计划": [["平台", "投放方式", "预算（万元）"], ["抖音", "信息流", 120], ["淘宝", "直通车", "35.5"]]})


def foreign_money_everywhere(path):
    """Euros on every sheet: the AOV on Market, a CPC on Assumptions, minimum and maximum budgets on the plan."""
    plan = [["Channel", "Tactic", "Budget", "Min budget", "Max budget"],
            ["Tmall", "Search ads", "€2.000", "€1.000", "€3.000"]]
    assumptions = [["Channel", "Tactic", "Parameter", "Value"], ["Taobao/Tmall", "Search ads", "CPC", "€0.50"]]
    market = [["Average order value", "€100"], ["Gross margin", "60%"], ["Target population", "46m"],
              ["Exchange rate EUR", 8]]
    return book(path, {"Plan": plan, "Assumptions": assumptions, "Market": market})


def garbage_amounts(path):
    """Amounts that look like numbers and are not: each was read as something before."""
    return book(path, plan_sheet(["Douyin", "Feed ads", "10%"], ["Douyin", "Feed ads", "1.2.3"],
                                 ["Douyin", "Feed ads", "1,5,0"], ["Douyin", "Feed ads", "18.06.2027"],
                                 ["Douyin", "Feed ads", "1,250 mln"], ["Douyin", "Feed ads", "12,34,567"]))


def ctr_percent_header(path):
    """"CTR (%)": every figure is a percentage; 0.8 is 0.8%, not 80%."""
    return book(path, plan_sheet(["Douyin", "Feed ads", 100, 1.5], ["Douyin", "Feed ads", 100, 0.8],
                                 header=("Channel", "Tactic", "Budget", "CTR (%)")))


def ctr_mixed(path):
    """No % in the header: 1.5 must be 1.5%, so 0.8 beside it can be read two ways."""
    return book(path, plan_sheet(["Douyin", "Feed ads", 100, 1.5], ["Douyin", "Feed ads", 100, 0.8],
                                 header=("Channel", "Tactic", "Budget", "CTR")))


def huge_figures(path):
    """Figures that overflowed the engine (null results, numpy warnings) or allocated gigabytes."""
    return book(path, {"Plan": [["Channel", "Tactic", "Budget"], ["Douyin", "Feed ads", 1e308]],
                       "Market": [["Average order value", "1" + "0" * 400], ["Effective frequency", 1e9],
                                  ["Gross margin", 0.5], ["Target population", 1e6]]})


def stale_dimension(path):
    """<dimension ref="A1:L5"> while the sheet holds 100 lines of ¥50,000: ¥5m, not the ¥1.97m of five rows."""
    body = header_row() + "".join(line_row(r, 50_000) for r in range(2, 102))
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, dimension={"Plan": "A1:L5"})


def dimension_a1(path):
    """<dimension ref="A1"/>, as streaming writers emit before they know the size."""
    body = header_row() + "".join(line_row(r, 1000) for r in range(2, 12))
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, dimension={"Plan": "A1"})


def rows_out_of_order(path):
    """Rows written 5, 1, 3, 2, 4: every one is a line, in the sheet's order."""
    body = line_row(5, 500) + header_row() + line_row(3, 300) + line_row(2, 200) + line_row(4, 400)
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


def duplicate_entries(path):
    """Two zip entries named xl/worksheets/sheet1.xml: one program reads the first, another the last."""
    source = ok_file(path.with_name("ok-" + path.name))
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
        with pytest.warns(UserWarning):
            dst.writestr("xl/worksheets/sheet1.xml", src.read("xl/worksheets/sheet1.xml").replace(
                b"<v>1000</v>", b"<v>9999999</v>"))
    return path


def negative_shared_string(path):
    body = header_row() + srow(2, sc("A2", -1), sc("B2", 4), nc("C2", 100))
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


def hidden_plan_sheet(path, state="hidden"):
    """A hidden sheet called Plan (an old version, kept out of sight) beside the visible plan table."""
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Plan"
    for row in (["Channel", "Tactic", "Budget"], ["Douyin", "Feed ads", 999_999]):
        old.append(row)
    old.sheet_state = state
    visible = wb.create_sheet("Foglio1")
    for row in (["Canale", "Tattica", "Spesa"], ["Kuaishou", "Ricerca", 2000]):
        visible.append(row)
    wb.active = 1
    wb.save(path)
    return path


def very_hidden_plan_sheet(path):
    return hidden_plan_sheet(path, "veryHidden")


def x000d_header(path):
    """XlsxWriter writes a carriage return in a header as _x000D_ (the Excel escape)."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget\r"])
    ws.write_row(1, 0, ["Douyin", "Feed ads\r", 1200])
    wb.close()
    return path


def strict_ooxml(path):
    """Strict Open XML (ISO 29500 strict), as Excel's 'Strict Open XML Spreadsheet' saves: other namespaces."""
    body = header_row() + line_row(2, 1500) + line_row(3, 2500, 5, 6)
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, main="http://purl.oclc.org/ooxml/spreadsheetml/main",
                    rels="http://purl.oclc.org/ooxml/officeDocument/relationships")


def merged_channel_cells(path):
    """平台 merged down each channel's lines, as Chinese media plans are laid out."""
    rows = [["平台", "投放方式", "预算"], ["抖音", "信息流", 100], [None, "达人直播", 200], ["淘宝", "直通车", 300],
            [None, "信息流", 400]]
    return book(path, {"计划": rows}, merges={"计划": ["A2:A3", "A4:A5"]})


def formula_names(path):
    """openpyxl writes formulas without a result: the line names were read as empty, without a word."""
    return book(path, plan_sheet(["Douyin", "Feed ads", "=\"Line \"&1", 100], ["Douyin", "Feed ads", "Second", 200],
                                 header=("Channel", "Tactic", "Line", "Budget")))


def row_99999999(path):
    """A few hundred bytes that claim a cell at row 99,999,999: 4 GB for a dense reader."""
    body = header_row() + line_row(2, 100) + srow(99_999_999, nc("A99999999", 1))
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, dimension={"Plan": "A1:C99999999"})


def formatted_xfd(path):
    """One formatted, empty cell at XFD1048576 (the last cell a sheet has)."""
    body = header_row() + line_row(2, 100) + '<row r="1048576"><c r="XFD1048576" s="0"/></row>'
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


def value_at_xfd(path):
    body = header_row() + line_row(2, 100) + srow(1_048_576, nc("XFD1048576", 1))
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


def stray_sheet_before_the_plan(path):
    """A notes sheet with a stray value at XFD1048576 comes first; the plan is on the next sheet."""
    notes = srow(1, nc("A1", 1)) + srow(1_048_576, nc("XFD1048576", 1))
    body = header_row() + line_row(2, 700)
    return raw_book(path, [("Note", notes), ("Foglio2", body)], PLAN_STRINGS)


def _doctype(root: str) -> bytes:
    return (f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').encode()


def xxe_in(part: str, root: str):
    def build(path):
        def with_doctype(data: bytes) -> bytes:
            text = data.decode()
            body = text[text.index("<" + root):]
            return _doctype(root) + body.replace("</", "&xxe;</", 1).encode() if part.endswith("styles.xml") \
                else _doctype(root) + body.encode()
        return rezip(ok_file(path.with_name("ok-" + path.name)), path, {part: with_doctype})
    return build


def utf16_doctype(path):
    """The same external entity, in a part written in UTF-16 (a byte search for <!DOCTYPE would miss it)."""
    def encoded(data: bytes) -> bytes:
        text = data.decode()
        body = text[text.index("<styleSheet"):]
        return ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE styleSheet [<!ENTITY x SYSTEM '
                '"file:///etc/passwd">]>' + body).encode("utf-16")
    return rezip(ok_file(path.with_name("ok-" + path.name)), path, {"xl/styles.xml": encoded})


def utf7_part(path):
    """A part in UTF-7, where "<!DOCTYPE" is "+ADw-!DOCTYPE": a byte search misses it, some parsers decode it."""
    def encoded(data: bytes) -> bytes:
        text = data.decode()
        return ('<?xml version="1.0" encoding="UTF-7"?>' + text[text.index("<workbook"):]).encode()
    return rezip(ok_file(path.with_name("ok-" + path.name)), path, {"xl/workbook.xml": encoded})


def local_header_lies(path):
    """The local header of a part says another size than the zip's directory: readers would disagree."""
    data = bytearray(ok_file(path.with_name("ok-" + path.name)).read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    at = info.header_offset
    size = int.from_bytes(data[at + 22: at + 26], "little")
    data[at + 22: at + 26] = (size + 1000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def cells_without_references(path):
    """Cells without r="…" (allowed: each is the next cell of its row), as small writers emit them."""
    body = ('<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
            '<row><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c><v>750</v></c></row>')
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


def prefixed_elements(path):
    """<x:c r="A1"> with a namespace prefix, as .NET's Open XML SDK writes."""
    body = header_row("x") + line_row(2, 321, prefix="x")
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, prefix="x")


def two_sheets_one_name(path):
    body = header_row() + line_row(2, 100)
    return raw_book(path, [("Plan", body), ("PLAN", body)], PLAN_STRINGS)


def euro_formatted_cells(path):
    """Budgets typed as numbers in cells formatted as euros ([$€-410]), as an Italian Excel does: no € in the text."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Piano")
    euro = wb.add_format({"num_format": "[$€-410] #,##0"})
    ws.write_row(0, 0, ["Canale", "Tattica", "Spesa"])
    ws.write_row(1, 0, ["Douyin", "Annunci feed"])
    ws.write_number(1, 2, 10_000, euro)
    ws.write_row(2, 0, ["JD", "Ricerca"])
    ws.write_number(2, 2, 5_000, euro)
    market = wb.add_worksheet("Mercato")
    market.write_row(0, 0, ["Tasso di cambio EUR", 7.5])
    wb.close()
    return path


def percent_cells_under_percent_header(path):
    """"CTR (%)" over cells formatted as percentages: Excel stores 1.5% as 0.015, which is the share itself."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Plan")
    share = wb.add_format({"num_format": "0.0%"})
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget", "CTR (%)"])
    ws.write_row(1, 0, ["Douyin", "Feed ads", 100])
    ws.write_number(1, 3, 0.015, share)
    wb.close()
    return path


def yen_without_rate(path):
    return book(path, {"Plan": [["Channel", "Tactic", "Budget"], ["Douyin", "Feed ads", "JPY 100000"]],
                       "Market": [["Exchange rate EUR", 7.8]]})


def error_in_a_kept_column(path):
    """An error value in a column the model does not use: kept empty, with a warning, the plan reads."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Plan")
    ws.write_row(0, 0, ["Channel", "Tactic", "Budget", "PO number"])
    ws.write_row(1, 0, ["Douyin", "Feed ads", 100])
    ws.write_formula(1, 3, "=VLOOKUP(1,A1:A2,2,0)", None, "#N/A")
    wb.close()
    return path


def header_two_currencies(path):
    return book(path, plan_sheet(["Douyin", "Feed ads", 100], header=("Channel", "Tactic", "Budget (€/$)")))


def thousand_euro_header(path):
    return book(path, {"Piano": [["Canale", "Tattica", "Spesa (k€)"], ["Douyin", "Annunci feed", 120],
                                 ["JD", "Ricerca", "1,5"]],
                       "Mercato": [["Tasso di cambio EUR", 8]]})


def zero_rate(path):
    return book(path, {"Plan": [["Channel", "Tactic", "Budget"], ["Douyin", "Feed ads", "€100"]],
                       "Market": [["Exchange rate EUR", 0]]})


def check_euro_header(result):
    assert _budgets(result) == [("douyin", "feed_ads", pytest.approx(330_000 * 7.8)),
                                ("taobao", "search_ads", pytest.approx(120_000 * 7.8))]
    assert any("2 budgets in € converted at 7.80 ¥/€" in n.message for n in result.notes), result.notes


def check_wan_header(result):
    assert _budgets(result) == [("douyin", "feed_ads", 1_200_000.0), ("taobao", "search_ads", 355_000.0)]
    assert any("×10,000" in n.message for n in result.notes), result.notes


def check_foreign_money(result):
    line = result.plan.lines[0]
    assert (line.budget, line.min_budget, line.max_budget) == (16_000.0, 8_000.0, 24_000.0)
    assert result.plan.market.aov == 800.0 and result.plan.market.gross_margin == 0.6
    assert result.plan.market.target_population == 46e6
    assert result.plan.assumptions.exact("taobao", "search_ads", "cpc").value == 4.0
    notes = " ".join(n.message for n in result.notes)
    assert "1 budget in €" in notes and "1 minimum budget in €" in notes and "1 CPC value in €" in notes
    assert result.missing_market == ()


def check_ctr_points(result):
    assert [dict(x.overrides) for x in result.plan.lines] == [{"ctr": pytest.approx(0.015)},
                                                              {"ctr": pytest.approx(0.008)}]


def check_stale_dimension(result):
    assert len(result.plan.lines) == 100 and result.plan.total_budget == 5_000_000


def check_dimension_a1(result):
    assert len(result.plan.lines) == 10


def check_rows_out_of_order(result):
    assert [x.budget for x in result.plan.lines] == [200, 300, 400, 500]
    assert [result.line_rows[(0, i)] for i in range(4)] == [2, 3, 4, 5]


def check_hidden_plan(result):
    assert result.plan_sheet == "Foglio1" and _budgets(result) == [("kuaishou", "search_ads", 2000.0)]
    assert any("hidden sheet 'Plan' was passed over" in n.message for n in result.notes), result.notes


def check_x000d(result):
    assert _budgets(result) == [("douyin", "feed_ads", 1200.0)]


def check_strict(result):
    assert _budgets(result) == [("douyin", "feed_ads", 1500.0), ("kuaishou", "search_ads", 2500.0)]


def check_merged_channels(result):
    assert _budgets(result) == [("douyin", "feed_ads", 100.0), ("douyin", "kol_live", 200.0),
                                ("taobao", "search_ads", 300.0), ("taobao", "feed_ads", 400.0)]


def check_formatted_xfd(result):
    assert _budgets(result) == [("douyin", "feed_ads", 100.0)]


def check_stray_sheet(result):
    assert result.plan_sheet == "Foglio2" and _budgets(result) == [("douyin", "feed_ads", 700.0)]
    assert any(w.sheet == "Note" and "XFD1048576" in w.message for w in result.warnings), result.warnings


def check_no_references(result):
    assert _budgets(result) == [("douyin", "feed_ads", 750.0)]


def check_prefixed(result):
    assert _budgets(result) == [("douyin", "feed_ads", 321.0)]


def check_euro_formatted(result):
    assert _budgets(result) == [("douyin", "feed_ads", 75_000.0), ("jd", "search_ads", 37_500.0)]
    assert any("2 budgets in € converted at 7.50 ¥/€" in n.message for n in result.notes), result.notes


def check_percent_cells(result):
    assert dict(result.plan.lines[0].overrides) == {"ctr": pytest.approx(0.015)}


def check_kept_error(result):
    assert dict(result.plan.lines[0].extra) == {}
    assert any((w.row, w.column) == (2, "D") and "#N/A" in w.message for w in result.warnings)


def check_thousand_euro(result):
    assert _budgets(result) == [("douyin", "feed_ads", 960_000.0), ("jd", "search_ads", 12_000.0)]


HOSTILE = {
    # currencies: the header, the cells and their formats say which; foreign money converts at the plan's rate
    "euro-header.xlsx": (euro_header, Reads(check_euro_header)),
    "euro-header-without-rate.xlsx": (euro_header_without_rate, Problems(
        ("Piano", 2, "C", "no EUR exchange rate"), ("Piano", 3, "C", "no EUR exchange rate"))),
    "wan-header.xlsx": (wan_header, Reads(check_wan_header)),
    "foreign-money-everywhere.xlsx": (foreign_money_everywhere, Reads(check_foreign_money)),
    "euro-formatted-cells.xlsx": (euro_formatted_cells, Reads(check_euro_formatted)),
    "thousand-euro-header.xlsx": (thousand_euro_header, Reads(check_thousand_euro)),
    "yen-without-rate.xlsx": (yen_without_rate, Problems(("Plan", 2, "C", "no JPY exchange rate"))),
    "zero-rate.xlsx": (zero_rate, Problems(("Market", 1, "B", "above 0"), ("Plan", 2, "C", "no EUR"))),
    "header-two-currencies.xlsx": (header_two_currencies, Problems(("Plan", 1, "C", "two currencies"))),
    # plausible garbage: a problem at its cell, never a guess
    "garbage-amounts.xlsx": (garbage_amounts, Problems(
        ("Plan", 2, "C", "percentage"), ("Plan", 3, "C", "1.2.3"), ("Plan", 4, "C", "1,5,0"),
        ("Plan", 5, "C", "is a date"), ("Plan", 6, "C", "two ways"), ("Plan", 7, "C", "12,34,567"))),
    "ctr-percent-header.xlsx": (ctr_percent_header, Reads(check_ctr_points)),
    "ctr-mixed.xlsx": (ctr_mixed, Problems(("Plan", 3, "D", "two ways"))),
    "percent-cells-under-percent-header.xlsx": (percent_cells_under_percent_header, Reads(check_percent_cells)),
    "huge-figures.xlsx": (huge_figures, Problems(
        ("Plan", 2, "C", "more than"), ("Market", 1, "B", "401 digits"), ("Market", 2, "B", "1 to 100"))),
    # structure: read what is there, not what the file claims
    "stale-dimension.xlsx": (stale_dimension, Reads(check_stale_dimension)),
    "dimension-a1.xlsx": (dimension_a1, Reads(check_dimension_a1)),
    "rows-out-of-order.xlsx": (rows_out_of_order, Reads(check_rows_out_of_order)),
    "duplicate-entries.xlsx": (duplicate_entries, Refused("two parts named xl/worksheets/sheet1.xml")),
    "negative-shared-string.xlsx": (negative_shared_string, Refused("cell A2 refers to text number -1")),
    "hidden-plan-sheet.xlsx": (hidden_plan_sheet, Reads(check_hidden_plan)),
    "very-hidden-plan-sheet.xlsx": (very_hidden_plan_sheet, Reads(check_hidden_plan)),
    "x000d-header.xlsx": (x000d_header, Reads(check_x000d)),
    "strict-ooxml.xlsx": (strict_ooxml, Reads(check_strict)),
    "merged-channel-cells.xlsx": (merged_channel_cells, Reads(check_merged_channels)),
    "formula-names.xlsx": (formula_names, Problems(("Plan", 2, "C", '="Line "&1'))),
    "row-99999999.xlsx": (row_99999999, Refused("row 99,999,999, beyond")),
    "formatted-xfd.xlsx": (formatted_xfd, Reads(check_formatted_xfd)),
    "value-at-xfd.xlsx": (value_at_xfd, Refused("to XFD1048576")),
    "stray-sheet-before-the-plan.xlsx": (stray_sheet_before_the_plan, Reads(check_stray_sheet)),
    "cells-without-references.xlsx": (cells_without_references, Reads(check_no_references)),
    "prefixed-elements.xlsx": (prefixed_elements, Reads(check_prefixed)),
    "two-sheets-one-name.xlsx": (two_sheets_one_name, Refused("two sheets are named")),
    "error-in-a-kept-column.xlsx": (error_in_a_kept_column, Reads(check_kept_error)),
    # safety: one gate for every part, whatever parser is installed
    "xxe-content-types.xlsx": (xxe_in("[Content_Types].xml", "Types"), Refused("declares a DTD or XML entities")),
    "xxe-package-rels.xlsx": (xxe_in("_rels/.rels", "Relationships"), Refused("declares a DTD or XML entities")),
    "xxe-styles.xlsx": (xxe_in("xl/styles.xml", "styleSheet"), Refused("declares a DTD or XML entities")),
    "utf16-doctype.xlsx": (utf16_doctype, Refused("declares a DTD or XML entities")),
    "utf7-part.xlsx": (utf7_part, Refused("text encoding utf-7")),
    "local-header-lies.xlsx": (local_header_lies, Refused("two different sizes")),
}
CORPUS.update(HOSTILE)


def outcome(path):
    """read_plan's answer, failing the test on anything but a result or a PlanError."""
    try:
        return read_plan(path)
    except PlanError as error:
        return error


@pytest.mark.parametrize("name", CORPUS)
def test_corpus(name, tmp_path):
    build, expected = CORPUS[name]
    path = build(tmp_path / name)
    before = path.read_bytes()
    got = outcome(path)
    assert path.read_bytes() == before  # reading never writes
    if isinstance(expected, Reads):
        assert not isinstance(got, PlanError), got.summary()
        expected.check(got)
        return
    assert isinstance(got, PlanError), f"{name} was read: {got.plan.lines}"
    assert got.source == str(path)
    errors = [p for p in got.problems if p.severity == "error"]
    if isinstance(expected, Refused):
        assert len(errors) == 1 and expected.text in errors[0].message, got.summary()
        assert "Traceback" not in errors[0].message
        return
    located = {(p.sheet, p.row, p.column) for p in errors}
    assert located == {w[:3] for w in expected.where}, got.summary()
    for sheet, row, column, word in expected.where:
        messages = [p.message for p in errors if (p.sheet, p.row, p.column) == (sheet, row, column)]
        assert any(word in m for m in messages), (sheet, row, column, word, messages)
        assert all(f"row {row}" in str(p) and f"column {column}" in str(p) for p in errors
                   if (p.sheet, p.row, p.column) == (sheet, row, column))


def test_the_corpus_is_big_enough():
    assert len(CORPUS) >= 25
    assert sum(isinstance(e, Reads) for _, e in CORPUS.values()) >= 8
    assert sum(isinstance(e, Problems) for _, e in CORPUS.values()) >= 5


def test_defusedxml_is_in_force_and_an_entity_bomb_is_refused_fast(tmp_path):
    assert openpyxl.DEFUSEDXML  # openpyxl parses with defusedxml because it is installed
    for build in (entity_bomb_in_sheet, entity_bomb_in_shared_strings):
        path = build(tmp_path / f"{build.__name__}.xlsx")
        started = time.perf_counter()
        got = outcome(path)
        assert time.perf_counter() - started < 2.0  # a billion laughs expanded would take minutes and gigabytes
        assert isinstance(got, PlanError) and "XML bomb" in got.problems[0].message


def test_a_workbook_too_big_once_unpacked_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(safety, "MAX_UNCOMPRESSED", 100_000)  # the real limit is 400 MB
    rows = [["Channel", "Tactic", "Budget", "Line"], *(["Douyin", "Feed ads", i, f"line {i}"] for i in range(3000))]
    path = raw_xlsx(tmp_path / "big.xlsx", "Plan", rows)
    got = outcome(path)
    assert isinstance(got, PlanError) and "would expand to" in got.problems[0].message


def test_macros_are_not_carried_into_our_save(tmp_path):
    result = read_plan(xlsm_with_macros(tmp_path / "macros.xlsm"))
    out = write_plan(result.plan, tmp_path / "saved.xlsx")
    with zipfile.ZipFile(out) as archive:
        assert not any("vba" in n.lower() for n in archive.namelist())


@pytest.mark.slow
def test_a_hundred_thousand_rows_are_read_and_the_last_bad_one_is_found(tmp_path):
    """Every row is parsed (one problem, at the very end, and none before it); a few seconds, not minutes."""
    path = hundred_thousand_rows(tmp_path / "big.xlsx")
    started = time.perf_counter()
    got = outcome(path)
    assert isinstance(got, PlanError)
    assert [(p.sheet, p.row, p.column) for p in got.problems if p.severity == "error"] == [("Plan", 100_002, "C")]
    assert time.perf_counter() - started < 60


def test_a_failed_import_leaves_the_open_plan_alone(tmp_path):
    open_plan = sample_plan()
    before = canonical(open_plan)
    path = write_plan(open_plan, tmp_path / "plan.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Plan"]["E2"] = "lots"
    wb["Market"]["B6"] = -1
    wb.save(path)
    with pytest.raises(PlanError) as raised:
        read_plan(path, base=open_plan)
    assert {(p.sheet, p.row, p.column) for p in raised.value.problems if p.severity == "error"} == \
        {("Plan", 2, "E"), ("Market", 6, "B")}
    assert canonical(open_plan) == before
    # a good file read with the open plan as its base does not change the base either
    read_plan(ok_file(tmp_path / "ok.xlsx"), base=open_plan)
    assert canonical(open_plan) == before


@pytest.mark.parametrize("name, expected", [
    ("many-problems.xlsx", ["sheet 'Plan', row 2, column C", "sheet 'Assumptions', row 2, column C",
                            "sheet 'Market', row 1, column B", "13 problems"]),
    ("entity-bomb-sheet.xlsx", ["XML bomb"]),
    ("zip-bomb.xlsx", ["zip bomb"]),
    ("password.xlsx", ["password-protected"]),
    ("error-values.xlsx", ["sheet 'Plan', row 2, column C", "#DIV/0!"]),
])
def test_the_command_line_exits_2_with_the_problems(name, expected, tmp_path, capsys):
    path = CORPUS[name][0](tmp_path / name)
    assert cli.main(["estimate", str(path)]) == cli.EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("error: ") and str(path) in err and "Traceback" not in err
    for text in expected:
        assert text in err


def test_dates_and_money_from_every_kind_of_cell_are_exact(tmp_path):
    """The hand-made Italian file's figures, checked to the cent against what was typed."""
    result = read_plan(italian_hand_made(tmp_path / "it.xlsx"))
    assert sum(x.budget for x in result.plan.lines) == 1200 + 1200.5 + 5000 + 8000
    assert not math.isnan(result.plan.total_budget)


# -- one gate, whatever XML parser is installed ---------------------------------------------------------------------
_WITHOUT_LXML = """
import sys
class _NoLxml:  # as on a machine without lxml: openpyxl then parses with the standard library
    def find_spec(self, name, path=None, target=None):
        if name == "lxml" or name.startswith("lxml."):
            raise ImportError("lxml is blocked for this test")
sys.meta_path.insert(0, _NoLxml())
"""
_PROBE = """
import json, sys
import openpyxl  # decides when imported whether it parses with lxml
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.workbook import read_plan
found = {}
for path in sys.argv[1:]:
    try:
        read_plan(path)
        found[path] = "read"
    except PlanError as error:
        found[path] = error.problems[0].message
print(json.dumps({"lxml": bool(openpyxl.LXML), "found": found}))
"""
_SAFETY_CASES = ("xxe-content-types.xlsx", "xxe-package-rels.xlsx", "xxe-styles.xlsx", "utf16-doctype.xlsx",
                 "utf7-part.xlsx", "entity-bomb-sheet.xlsx", "entity-bomb-strings.xlsx", "euro-header.xlsx")


def _probe(paths, with_lxml: bool) -> dict:
    code = ("" if with_lxml else _WITHOUT_LXML) + _PROBE
    done = subprocess.run([sys.executable, "-c", code, *map(str, paths)], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def safety_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("safety")
    return [CORPUS[name][0](folder / name) for name in _SAFETY_CASES]


@pytest.mark.parametrize("with_lxml", [False, True], ids=["without-lxml", "with-lxml"])
def test_the_safety_gate_answers_the_same_with_and_without_lxml(safety_files, with_lxml):
    """openpyxl parses with lxml whenever it is installed (python-pptx brings it): the gate runs before any parser,
    so the answer for every file is the same either way."""
    if with_lxml and importlib.util.find_spec("lxml") is None:
        if os.environ.get("MEP_REQUIRE_LXML") == "1":
            pytest.fail("MEP_REQUIRE_LXML=1 but lxml is not installed")
        pytest.skip("lxml is not installed here: only the without-lxml half runs")
    found = _probe(safety_files, with_lxml)
    assert found["lxml"] is with_lxml  # the probe really ran in the mode it claims
    outcome = {Path(p).name: text for p, text in found["found"].items()}
    for name in _SAFETY_CASES[:-1]:
        assert "refused" in outcome[name] and ("DTD or XML entities" in outcome[name] or "encoding" in
                                               outcome[name]), (name, outcome[name])
    assert outcome["euro-header.xlsx"] == "read"
    if with_lxml:  # and the same answers as without
        assert outcome == {Path(p).name: t for p, t in _probe(safety_files, False)["found"].items()}


# -- memory and time are bounded by what is there, not by what the file claims --------------------------------------
_MEASURE = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))  # a reader that tries 4 GB fails here, not the machine
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.workbook import read_plan
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    result = read_plan(sys.argv[1])
    outcome = f"read {len(result.plan.lines)} lines"
except PlanError as error:
    outcome = error.problems[0].message
except MemoryError:
    outcome = "MemoryError"
seconds = time.perf_counter() - started
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(json.dumps({"seconds": seconds, "grown_mb": grown, "outcome": outcome}))
"""


def declares_a_hundred_million_rows(path):
    """A few hundred bytes: <dimension ref="A1:C100000000"> over a two-line plan."""
    body = header_row() + line_row(2, 100) + line_row(3, 200)
    return raw_book(path, [("Plan", body)], PLAN_STRINGS, dimension={"Plan": "A1:C100000000"})


def far_value_first(path):
    """The stray value at XFD1048576 written first, the table after it: the last cell of the sheet looks harmless."""
    body = srow(1_048_576, nc("XFD1048576", 1)) + header_row() + line_row(2, 100) + line_row(3, 200)
    return raw_book(path, [("Plan", body)], PLAN_STRINGS)


@pytest.mark.parametrize("build, expected", [
    (declares_a_hundred_million_rows, "read 2 lines"),
    (far_value_first, "to XFD1048576"),
    (row_99999999, "row 99,999,999, beyond"),
    (formatted_xfd, "read 1 lines"),
    (value_at_xfd, "to XFD1048576"),
])
def test_a_file_declaring_a_hundred_million_rows_reads_in_a_second_and_little_memory(build, expected, tmp_path):
    path = build(tmp_path / f"{build.__name__}.xlsx")
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    measured = json.loads(done.stdout)
    assert expected in measured["outcome"], measured
    assert measured["seconds"] < 1.0 and measured["grown_mb"] < 200, measured


# -- no damage makes the reader fail in another way than a PlanError -----------------------------------------------
@pytest.fixture(scope="module")
def parts_of_a_plan(tmp_path_factory):
    """The parts of a small hand-made plan (merged cells, dates, a share column, shared strings), to be damaged."""
    path = tmp_path_factory.mktemp("damage") / "plan.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Channel", "Tactic", "Budget", "CTR", "Start"])
    for i in range(12):
        ws.append(["Douyin" if i % 2 else "Tmall", "Feed ads", 1000 + i, 0.01, date(2027, 6, 1)])
    ws.merge_cells("E2:E4")
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


_DAMAGE = st.lists(st.tuples(st.integers(0, 10**9), st.sampled_from(list(b'<>"/=0123456789ABCXZ-. \x00\xff'))),
                   min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(part=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml",
                             "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]),
       damage=_DAMAGE)
def test_any_damage_to_a_part_gives_a_plan_or_problems_never_a_crash(parts_of_a_plan, tmp_path, part, damage):
    """Bytes of one part changed (the zip rebuilt with right checksums, so the damage reaches the parsers): the
    reader answers with a plan or a PlanError, never another exception, whatever the parsers meet."""
    parts = dict(parts_of_a_plan)
    data = bytearray(parts.get(part, b""))
    for position, byte in damage:
        if data:
            data[position % len(data)] = byte
    parts[part] = bytes(data)
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    try:
        read_plan(path)
    except PlanError as error:
        assert error.problems and all(p.message for p in error.problems)
