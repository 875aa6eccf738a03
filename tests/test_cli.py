"""The command line as DESIGN.md fixes it, run as a user runs it: a subprocess."""
import json
import subprocess
import sys
import zipfile

import pytest

REQUIRED = {"budget", "impressions", "reach", "frequency", "clicks", "orders", "gmv", "cost", "roas", "roi"}


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "market_entry_planner.gui.launch", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "sample.xlsx"
    done = run("template", path)
    assert done.returncode == 0, done.stderr
    return path


def test_template_then_estimate_json_has_the_design_fields(template):
    done = run("estimate", template, "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert REQUIRED <= set(out["totals"])
    assert out["channels"] and all(REQUIRED | {"channel"} <= set(c) for c in out["channels"])
    assert out["lines"] and all(REQUIRED | {"channel", "tactic"} <= set(line) for line in out["lines"])
    assert out["totals"]["budget"] == pytest.approx(5_000_000)
    assert {c["channel"] for c in out["channels"]} == {"douyin", "kuaishou", "taobao", "jd"}
    assert out["totals"]["reach"] <= out["totals"]["population"]


def test_estimate_prints_a_table_with_a_deduplicated_total(template):
    done = run("estimate", template)
    assert done.returncode == 0, done.stderr
    assert "Total (deduplicated)" in done.stdout
    for channel in ("Douyin", "Kuaishou", "Taobao/Tmall", "JD.com"):
        assert channel in done.stdout


def test_estimate_with_output_writes_a_workbook_and_refuses_to_overwrite_its_input(template, tmp_path):
    out = tmp_path / "out.xlsx"
    assert run("estimate", template, "-o", out).returncode == 0
    assert zipfile.is_zipfile(out)
    before = template.read_bytes()
    done = run("estimate", template, "-o", template)
    assert done.returncode == 2 and "overwrite" in done.stderr
    assert template.read_bytes() == before


@pytest.mark.parametrize("name, content, expected", [
    ("plan.csv", b"Channel,Budget\ndouyin,100\n", "not a workbook"),
    ("empty.xlsx", b"", "empty"),
    ("junk.xlsx", b"this is not a zip", "not an Excel workbook"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
])
def test_bad_files_exit_2_with_one_clear_message(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    done = run("estimate", path)
    assert done.returncode == 2
    assert expected in done.stderr and name in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_missing_file_exits_2(tmp_path):
    done = run("estimate", tmp_path / "nope.xlsx")
    assert done.returncode == 2 and "does not exist" in done.stderr


def test_bad_cell_is_named_by_sheet_row_and_column(tmp_path, template):
    import openpyxl
    wb = openpyxl.load_workbook(template)
    ws = wb["Plan"]
    ws["E3"] = "a lot"
    ws["E5"] = -100
    path = tmp_path / "bad-cells.xlsx"
    wb.save(path)
    done = run("estimate", path)
    assert done.returncode == 2
    assert "sheet 'Plan', row 3, column E" in done.stderr and "a lot" in done.stderr
    assert "sheet 'Plan', row 5, column E" in done.stderr and "negative" in done.stderr


def test_missing_aov_names_the_market_sheet(tmp_path, template):
    import openpyxl
    wb = openpyxl.load_workbook(template)
    ws = wb["Market"]
    for row in ws.iter_rows():
        if row[0].value == "Average order value":
            row[1].value = None
    path = tmp_path / "no-aov.xlsx"
    wb.save(path)
    done = run("estimate", path)
    assert done.returncode == 2
    assert "Market" in done.stderr and "Average order value is missing" in done.stderr


def test_the_launcher_runs_every_command_the_parser_knows():
    """A command the launcher does not route opens the window on its arguments (`actuals` did): walk the parser."""
    import argparse

    from market_entry_planner.core.cli import build_parser
    from market_entry_planner.gui.launch import HEADLESS_COMMANDS
    from market_entry_planner.gui.report.command import add_command

    parser = build_parser((add_command,))
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) <= HEADLESS_COMMANDS


def test_actuals_through_the_launcher_with_the_sample_reports(template):
    from market_entry_planner.core.paths import resource

    reports = [resource("sample", name) for name in ("sample-qianchuan-report.csv", "sample-jd-report.xlsx")]
    done = run("actuals", template, *reports, "--json", "--draws", "100")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["lines"] and any(line["actual"]["spend"] > 0 for line in out["lines"])


def test_actuals_table_reads_rates_as_percentages_and_prices_in_yuan(template):
    from market_entry_planner.core.paths import resource

    reports = [resource("sample", name) for name in ("sample-qianchuan-report.csv", "sample-jd-report.xlsx")]
    done = run("actuals", template, *reports, "--draws", "100")
    assert done.returncode == 0, done.stderr
    rows = {line.split("  ")[0]: line for line in done.stdout.splitlines() if " · " in line}
    ctr, cpm = rows["Douyin · Feed ads · CTR"], rows["Douyin · Feed ads · CPM"]
    assert "1.50%" in ctr and "0.015" not in ctr  # the sample's Douyin feed CTR is 1.5%
    assert "¥40.00" in cpm
