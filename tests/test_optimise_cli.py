"""`market-entry-planner optimise`: through the launcher as a user runs it, and in-process for the details."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from market_entry_planner.core import cli
from market_entry_planner.core.workbook import read_plan

REQUIRED = {"budget", "impressions", "reach", "frequency", "clicks", "orders", "gmv", "cost", "roas", "roi"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("optimise-cli") / "sample.xlsx"
    assert cli.main(["template", str(path)]) == 0
    return path


def launch(*args):
    return subprocess.run([sys.executable, "-m", "market_entry_planner.gui.launch", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


def test_the_launcher_reaches_optimise_and_json_has_the_fields(template):
    done = launch("optimise", template, "--objective", "reach", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["objective"] == "reach" and out["after"] >= out["before"] > 0
    assert REQUIRED <= set(out["totals"]) and REQUIRED <= set(out["totals_before"])
    assert out["totals"]["budget"] == pytest.approx(5_000_000)
    assert out["lines"] and all({"channel", "tactic", "name", "budget_before", "budget_after", "binding"} | REQUIRED
                                <= set(line) for line in out["lines"])
    assert sum(line["budget_after"] for line in out["lines"]) == pytest.approx(5_000_000)
    assert out["totals"]["reach"] == pytest.approx(out["after"])
    assert out["channels"] and all({"channel", "budget_before"} | REQUIRED <= set(c) for c in out["channels"])


@pytest.mark.parametrize("objective, key", [("reach3", "effective_reach"), ("gmv", "gmv"), ("contribution", None)])
def test_each_objective_improves_its_own_total(template, capsys, objective, key):
    assert cli.main(["optimise", str(template), "--objective", objective, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["after"] >= out["before"]
    totals = out["totals"]
    expected = totals[key] if key else totals["contribution"] - totals["marketing_cost"]
    assert out["after"] == pytest.approx(expected)


def test_budget_in_words_and_at_most(template, capsys):
    assert cli.main(["optimise", str(template), "--objective", "contribution", "--budget", "¥8m", "--at-most",
                     "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["budget"] == 8_000_000 and out["at_most"] is True
    assert out["totals"]["budget"] <= 8_000_000 + 1e-6
    assert cli.main(["optimise", str(template), "--budget", "600万", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["totals"]["budget"] == pytest.approx(6_000_000)


def test_table_shows_lines_before_and_after(template, capsys):
    assert cli.main(["optimise", str(template), "--objective", "gmv"]) == 0
    text = capsys.readouterr().out
    assert "Before" in text and "After" in text and "Qianchuan always-on" in text
    assert "GMV" in text and "Total" in text


def test_output_workbook_holds_the_optimised_plan_and_the_input_is_never_overwritten(template, tmp_path, capsys):
    out = tmp_path / "optimised.xlsx"
    assert cli.main(["optimise", str(template), "--json", "-o", str(out)]) == 0
    budgets = [line["budget_after"] for line in json.loads(capsys.readouterr().out)["lines"]]
    written = read_plan(out).plan
    assert np.allclose([line.budget for line in written.lines], budgets, atol=0.005)
    before = template.read_bytes()
    assert cli.main(["optimise", str(template), "-o", str(template)]) == 2
    assert "overwrite" in capsys.readouterr().err and template.read_bytes() == before


def test_bad_budget_exits_2_with_one_message(template, capsys):
    assert cli.main(["optimise", str(template), "--budget", "lots"]) == 2
    err = capsys.readouterr().err
    assert "--budget" in err and "lots" in err and "Traceback" not in err


def test_limits_that_cannot_be_met_exit_2_saying_why(sample_plan, tmp_path, capsys):
    from dataclasses import replace

    from market_entry_planner.core.workbook import write_plan

    lines = list(sample_plan.lines)
    lines[0] = replace(lines[0], locked=True)  # ¥1m locked cannot fit in ¥100
    path = tmp_path / "locked.xlsx"
    write_plan(sample_plan.with_lines(lines), path)
    assert cli.main(["optimise", str(path), "--budget", "100"]) == 2
    err = capsys.readouterr().err
    assert "locked.xlsx" in err and "locked at ¥1m and total = ¥100 cannot both hold" in err and "Traceback" not in err


def test_bad_file_exits_2(tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"this is not a zip")
    done = launch("optimise", junk, "--json")
    assert done.returncode == 2 and "junk.xlsx" in done.stderr and done.stdout == ""
    assert "Traceback" not in done.stderr
    missing = launch("optimize", tmp_path / "nope.xlsx")
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_min_channel_holds_a_channel_at_its_minimum(template, capsys):
    assert cli.main(["optimise", str(template), "--budget", "5m", "--min-channel", "Tmall=2.5m",
                     "--min-channel", "京东=¥1,000,000", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["channel_minimums"] == {"taobao": 2_500_000, "jd": 1_000_000}
    spent = {}
    for line in out["lines"]:
        spent[line["channel"]] = spent.get(line["channel"], 0.0) + line["budget_after"]
    assert spent["taobao"] >= 2_500_000 - 0.01 and spent["jd"] >= 1_000_000 - 0.01
    assert sum(spent.values()) == pytest.approx(5_000_000, abs=0.01)


@pytest.mark.parametrize("argument, message", [("Weibo=1m", "expected CHANNEL=AMOUNT"),
                                               ("Tmall", "expected CHANNEL=AMOUNT"),
                                               ("Tmall=lots", "expected an amount"),
                                               ("Tmall=9m", "Taobao/Tmall ≥ ¥9m and total = ¥5m cannot both hold")])
def test_bad_min_channel_exits_2_with_one_message(template, capsys, argument, message):
    assert cli.main(["optimise", str(template), "--min-channel", argument]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_channel_shares_maximums_floors_and_step_from_the_command_line(template, capsys):
    assert cli.main(["optimise", str(template), "--objective", "gmv", "--channel-share", "douyin=30%..50%",
                     "--max-channel", "JD=800k", "--floor", "roi=-80%", "--step", "10k", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    spent = sum(line["budget_after"] for line in out["lines"])
    douyin = sum(line["budget_after"] for line in out["lines"] if line["channel"] == "douyin")
    jd = sum(line["budget_after"] for line in out["lines"] if line["channel"] == "jd")
    assert 0.3 * spent - 1 <= douyin <= 0.5 * spent + 1 and jd <= 800_000 + 1
    assert out["constraints"]["channel_shares"] == {"douyin": [0.3, 0.5]}
    assert out["constraints"]["channel_maximums"] == {"jd": 800_000} and out["constraints"]["floors"] == {"roi": -0.8}
    assert out["totals"]["roi"] >= -0.8 - 1e-9 and out["step"] == 10_000
    units = {line["tactic"] for line in out["lines"]}
    assert units
    for line in out["lines"]:
        if line["tactic"] in ("feed_ads", "search_ads"):  # lines that take any amount: on the step
            assert line["budget_after"] % 10_000 == pytest.approx(0, abs=1e-6) or \
                line["budget_after"] % 10_000 == pytest.approx(10_000, abs=1e-6)
    assert {"kind", "words"} <= set(out["binding"][0])


def test_target_finds_the_least_budget_and_says_it(template, capsys):
    assert cli.main(["optimise", str(template), "--target", "reach=60%", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    goal = out["goal"]
    assert goal["kpi"] == "reach_pct" and goal["reached"] and goal["target"] == pytest.approx(0.6)
    assert out["totals"]["reach_pct"] >= 0.6 - 1e-9
    assert out["totals"]["budget"] <= goal["budget"] + 1e-6
    assert cli.main(["optimise", str(template), "--target", "gmv=20m"]) == 0
    assert "least budget that reaches GMV" in capsys.readouterr().out


def test_conflicting_limits_exit_2_naming_the_conflict(template, capsys):
    assert cli.main(["optimise", str(template), "--min-channel", "jd=2m", "--budget", "1.5m"]) == 2
    assert "JD.com ≥ ¥2m and total = ¥1.5m cannot both hold" in capsys.readouterr().err
    assert cli.main(["optimise", str(template), "--channel-share", "douyin=30%..x"]) == 2
    assert "--channel-share" in capsys.readouterr().err
    assert cli.main(["optimise", str(template), "--target", "ctr=3"]) == 2
    assert "--target" in capsys.readouterr().err


def test_risk_p10_reports_both_plans_bands(template, capsys):
    assert cli.main(["optimise", str(template), "--objective", "gmv", "--risk", "p10", "--json"]) == 0
    risk = json.loads(capsys.readouterr().out)["risk"]
    assert risk["cautious"]["p10"] >= risk["central"]["p10"] - 1e-6
    assert risk["central"]["p10"] <= risk["central"]["p50"] <= risk["central"]["p90"]
