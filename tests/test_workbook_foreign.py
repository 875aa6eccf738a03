"""Files written by other programs read correctly: one media plan, typed in Italy, written by XlsxWriter (as Excel
writes: styles, number formats, merged title, a total formula with its result), by LibreOffice (from a CSV),
by openpyxl (as a script does) and by a minimal writer (shared strings, no styles), imports to the same plan."""
from __future__ import annotations

import csv
from datetime import date, datetime

import openpyxl
import pytest
import xlsxwriter

from market_entry_planner.core.model import LineItem
from market_entry_planner.core.workbook import read_plan
from tests.workbook_helpers import convert, converted, raw_xlsx, require_libreoffice

TITLE = "Piano media Cina 2027 — Sartoria"
HEADER = ["Canale", "Tattica", "Voce", "Spesa", "Inizio", "Fine", "CTR", "Note"]
ROWS = [
    ["Douyin", "Annunci feed", "Qianchuan, sempre attivo", 1_000_000.5, date(2027, 1, 1), date(2027, 12, 31), 0.012,
     "618 e Doppio 11"],
    ["Kuaishou", "Diretta KOL", "Diretta con 快手 KOL", 250_000, date(2027, 6, 1), date(2027, 6, 18), None,
     "=non una formula"],
    ["Tmall", "Ricerca", "直通车", 80_000.25, None, None, 0.04, None],
    ["JD", "Video KOL", "Seeding primavera", 120_000, date(2027, 3, 1), date(2027, 5, 31), None, "più video"],
]
TOTAL = sum(row[3] for row in ROWS)

EXPECTED = (
    LineItem("douyin", "feed_ads", 1_000_000.5, "Qianchuan, sempre attivo", date(2027, 1, 1), date(2027, 12, 31),
             {"ctr": 0.012}, "618 e Doppio 11"),
    LineItem("kuaishou", "kol_live", 250_000.0, "Diretta con 快手 KOL", date(2027, 6, 1), date(2027, 6, 18), {},
             "=non una formula"),
    LineItem("taobao", "search_ads", 80_000.25, "直通车", None, None, {"ctr": 0.04}, ""),
    LineItem("jd", "kol_video", 120_000.0, "Seeding primavera", date(2027, 3, 1), date(2027, 5, 31), {}, "più video"),
)


def by_xlsxwriter(path):
    """As Excel would save it: a merged, styled title; money, date and percent formats; the total as a formula
    with its cached result; text that starts with '=' written as a string."""
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Piano media")
    title = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#1F3A5F", "font_color": "#FFFFFF"})
    money = wb.add_format({"num_format": '"¥"#,##0.00'})
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    share = wb.add_format({"num_format": "0.0%"})
    ws.merge_range("A1:H1", TITLE, title)
    ws.write_row(2, 0, HEADER, head)
    for r, row in enumerate(ROWS, start=3):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, date):
                ws.write_datetime(r, c, datetime.combine(value, datetime.min.time()), day)
            elif isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write_number(r, c, value, money if c == 3 else share)
    last = 3 + len(ROWS)
    ws.write_string(last, 0, "Totale")
    ws.write_formula(last, 3, f"=SUM(D4:D{last})", money, TOTAL)
    wb.close()
    return path


def by_openpyxl(path):
    """As a script does it: plain values, dates as dates, a total row typed in."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Piano"
    ws.append([TITLE])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
        for cell in ws[ws.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # openpyxl would store it as a formula otherwise (STYLE.md)
    ws.append(["Totale", None, None, TOTAL])
    wb.save(path)
    return path


def by_minimal_writer(path):
    """Dates as ISO text and shares as "1.2%": how a small library or an export script writes them."""
    def text(value):
        if isinstance(value, date):
            return value.isoformat()
        return value
    rows = [[TITLE], [], HEADER]
    for row in ROWS:
        rows.append([text(v) for v in row[:6]] + [None if row[6] is None else f"{row[6] * 100:g}%", row[7]])
    return raw_xlsx(path, "Foglio1", rows)


def csv_for_libreoffice(path):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        out.writerow([TITLE])
        out.writerow([])
        out.writerow(HEADER)
        for row in ROWS:
            values = ["" if v is None else (v.isoformat() if isinstance(v, date) else v) for v in row]
            values[6] = "" if row[6] is None else f"{row[6] * 100:g}%"
            out.writerow(values)
    # text that starts with "=" is quoted, so that LibreOffice keeps it as text ("quoted field as text")
    text = path.read_text(encoding="utf-8").replace(",=non una formula", ',"=non una formula"')
    path.write_text(text, encoding="utf-8")
    return path


# CSV import: comma, quote, UTF-8, from line 1, columns 5 and 6 as Y-M-D dates, English (US), quoted fields as text,
# detect special numbers (percentages)
CSV_IMPORT = "Text - txt - csv (StarCalc):44,34,76,1,5/5/6/5,1033,true,true"


def read_lines(path):
    result = read_plan(path)
    assert not result.native
    assert [w for w in result.warnings if "total row" not in w.message] == []
    return result.plan.lines


@pytest.mark.parametrize("write", [by_xlsxwriter, by_openpyxl, by_minimal_writer])
def test_a_plan_written_by_another_program_imports(write, tmp_path):
    assert read_lines(write(tmp_path / "piano.xlsx")) == EXPECTED


def test_the_xlsxwriter_file_has_what_excel_writes(tmp_path):
    """The XlsxWriter file really holds styled dates, a merged title and a cached formula, so the test above
    reads those and not plain text."""
    path = by_xlsxwriter(tmp_path / "piano.xlsx")
    ws = openpyxl.load_workbook(path)["Piano media"]
    assert "A1:H1" in {str(r) for r in ws.merged_cells.ranges}
    assert isinstance(ws["E4"].value, datetime) and ws["E4"].number_format == "dd/mm/yyyy"
    assert ws["D8"].data_type == "f"
    cached = openpyxl.load_workbook(path, data_only=True)["Piano media"]["D8"].value
    assert cached == pytest.approx(TOTAL)


@pytest.mark.libreoffice
@pytest.mark.slow
def test_a_plan_made_in_libreoffice_imports_to_the_same_plan_as_xlsxwriters(tmp_path):
    require_libreoffice()
    source = csv_for_libreoffice(tmp_path / "piano.csv")
    done = convert([source], "xlsx", tmp_path / "lo", infilter=CSV_IMPORT)
    (made,) = converted(done, [source], tmp_path / "lo", ".xlsx")
    ws = openpyxl.load_workbook(made).active  # LibreOffice made real dates and percentages of the text
    assert isinstance(ws["E4"].value, datetime) and ws["G4"].value == pytest.approx(0.012)
    assert ws["H5"].value == "=non una formula" and ws["H5"].data_type == "s"
    from_libreoffice = read_lines(made)
    assert from_libreoffice == EXPECTED
    assert from_libreoffice == read_lines(by_xlsxwriter(tmp_path / "piano.xlsx"))
