"""Output that never breaks (issue 14, item 4): the command line on any console encoding, errors that name the file
the user asked for, temporary files never left behind, the usual permissions, read-only files refused, file names
that never corrupt a workbook; and the command line's amounts read like every other amount."""
from __future__ import annotations

import errno
import json
import os
import stat
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
import python_calamine

from market_entry_planner.core import cli
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan, streaming, write_plan, writer


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "market_entry_planner.gui.launch", *map(str, args)],
                          capture_output=True, timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def chinese_plan(tmp_path_factory):
    """The sample plan with Chinese line names and a Chinese title: what a cp1252 console cannot show."""
    plan = sample_plan()
    plan = plan.with_lines([replace(line, name=f"抖音 {i} — 达人直播") for i, line in enumerate(plan.lines)])
    path = tmp_path_factory.mktemp("cli") / "plan.xlsx"
    return write_plan(replace(plan, title="品牌计划 − 2027"), path)


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_estimate_on_a_console_that_cannot_show_yuan_or_chinese(chinese_plan, encoding):
    done = run("estimate", chinese_plan, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    table = done.stdout.decode(encoding)  # every byte is the console's own encoding
    assert "Total (deduplicated)" in table and "Traceback" not in done.stderr.decode(encoding, "replace")
    assert "-" in table and "?" in table  # "−" falls back to "-", Chinese to "?"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_json_on_such_a_console_is_the_same_json_in_escapes(chinese_plan, encoding):
    done = run("estimate", chinese_plan, "--json", env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    shown = json.loads(done.stdout.decode(encoding))
    unicode = json.loads(run("estimate", chinese_plan, "--json", env={"PYTHONIOENCODING": "utf-8"}).stdout)
    assert shown == unicode and shown["plan"] == "品牌计划 − 2027"
    assert shown["lines"][0]["name"] == "抖音 0 — 达人直播"


def test_a_failed_save_names_the_file_asked_for_not_its_temporary_file(tmp_path, monkeypatch, capsys):
    source = write_plan(sample_plan(), tmp_path / "plan.xlsx")

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")  # as a full disk says it: no file name
    monkeypatch.setattr(streaming, "save", disk_full)
    out = tmp_path / "results.xlsx"
    assert cli.main(["estimate", str(source), "-o", str(out)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert err.strip() == f"error: {out}: No space left on device"
    assert not list(tmp_path.glob(".*tmp"))  # and the temporary file is gone


def test_an_error_of_the_rename_names_the_file_asked_for(tmp_path, monkeypatch):
    def refused(source, target):
        raise PermissionError(errno.EACCES, "Permission denied", source, None, target)
    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(PermissionError) as raised:
        write_plan(sample_plan(), tmp_path / "plan.xlsx")
    assert raised.value.filename == str(tmp_path / "plan.xlsx") and ".tmp" not in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_a_save_cleans_up_what_a_killed_save_left_behind(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f".plan-{dead.pid}-k1ll3d.xlsx.tmp"   # its process is gone
    old = tmp_path / ".plan-1-0ld.xlsx.tmp"                  # hours old, whoever wrote it
    busy = tmp_path / f".plan-{os.getpid()}-busy.xlsx.tmp"  # a save of this process in progress
    other = tmp_path / f".other-{dead.pid}-x.xlsx.tmp"       # another workbook's: not ours to touch
    for path in (left, old, busy, other):
        path.write_bytes(b"half a workbook")
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    write_plan(sample_plan(), tmp_path / "plan.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["plan.xlsx", busy.name, other.name])


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_permissions_the_umask_gives(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        path = write_plan(sample_plan(), tmp_path / "plan.xlsx")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_file_keeps_its_permissions(tmp_path):
    path = write_plan(sample_plan(), tmp_path / "plan.xlsx")
    path.chmod(0o640)
    write_plan(sample_plan(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_read_only_file_is_refused_not_replaced(tmp_path, capsys):
    path = write_plan(sample_plan(), tmp_path / "plan.xlsx")
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(PermissionError) as raised:
        write_plan(sample_plan(), path)
    assert raised.value.filename == str(path) and "read-only" in str(raised.value)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["plan.xlsx"]
    source = write_plan(sample_plan(), tmp_path / "source.xlsx")
    assert cli.main(["estimate", str(source), "-o", str(path)]) == cli.EXIT_BAD_INPUT
    assert f"error: {path}: the file is read-only" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Windows and macOS file names are Unicode")
def test_a_file_name_with_an_undecodable_byte_never_corrupts_a_workbook(tmp_path):
    folder = os.fsencode(tmp_path)
    name = os.fsdecode(folder + b"/piano\xff media.xlsx")  # as Python hands such a name over: a lone surrogate
    wb = openpyxl.Workbook()
    wb.active.append(["Channel", "Tactic", "Budget"])
    wb.active.append(["Douyin", "Feed ads", 1000])
    wb.save(name)
    result = read_plan(name)
    assert result.plan.title == "piano\ufffd media"
    out = write_plan(result.plan, tmp_path / "out.xlsx")
    assert openpyxl.load_workbook(out)["Market"]["B3"].value == "piano\ufffd media"  # well-formed XML
    assert python_calamine.CalamineWorkbook.from_path(str(out)).sheet_names[0] == "Plan"
    assert read_plan(out).plan.title == "piano\ufffd media"
    direct = replace(result.plan, title="piano\udcff")
    assert read_plan(write_plan(direct, tmp_path / "direct.xlsx")).plan.title == "piano\ufffd"


# -- amounts on the command line: the same reader as the workbook's ------------------------------------------------
@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    return write_plan(sample_plan(), tmp_path_factory.mktemp("optimise") / "sample.xlsx")


@pytest.mark.parametrize("argument", ["1.2.3", "10%", "18.06.2027", "1,5,0", "1e308", "1,250 mln"])
def test_a_malformed_budget_argument_exits_2_naming_it(sample_file, capsys, argument):
    assert cli.main(["optimise", str(sample_file), f"--budget={argument}"]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert f"--budget '{argument}'" in err and "Traceback" not in err


def test_a_budget_in_euros_needs_the_plans_rate(sample_file, tmp_path, capsys):
    plan = sample_plan()
    rate = plan.market.exchange_rates["EUR"]
    assert cli.main(["optimise", str(sample_file), "--budget", "€600k", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["budget"] == pytest.approx(600_000 * rate)
    bare = replace(plan, market=replace(plan.market, exchange_rates={}))
    path = write_plan(bare, tmp_path / "no-rates.xlsx")
    assert cli.main(["optimise", str(path), "--budget", "€600k"]) == cli.EXIT_BAD_INPUT
    assert "no EUR exchange rate" in capsys.readouterr().err


def test_a_hand_made_sheet_without_a_market_says_which_figures_are_missing(tmp_path, capsys):
    path = tmp_path / "hand.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Channel", "Tactic", "Budget"])
    wb.active.append(["Douyin", "Feed ads", 1000])
    wb.save(path)
    assert cli.main(["estimate", str(path)]) == cli.EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "target population, average order value and gross margin" in err
    assert "'Average order value'" in err and "sample" in err


def test_writer_helpers_never_leave_a_temporary_file_on_any_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(writer, "_build", lambda *a: (_ for _ in ()).throw(MemoryError()))
    with pytest.raises(MemoryError):
        write_plan(sample_plan(), tmp_path / "plan.xlsx")
    assert list(Path(tmp_path).iterdir()) == []
