"""A corpus of bad and foreign workbooks, each built here: every one either imports or is refused with problems
that name sheet, row and column — never a traceback, never a half-read plan.

Each case is a builder (path -> path) and an expectation:
  Refused(text)      the file as a whole is refused: one problem, saying `text`
  Problems({...})    cell problems, exactly these (sheet, row, column) with a word of the message each
  Reads(check)       it imports; check(result) looks at what came back
"""
from __future__ import annotations

import io
import math
import time
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import openpyxl
import pytest
import xlsxwriter

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
