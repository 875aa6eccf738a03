"""Frequency caps and targets per line (core/optimise/frequency): the optimised plan shows each capped line at most
that often, a target frequency is met, impossible asks are named, and the command line takes them by name or row."""
from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from market_entry_planner.core import cli
from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.optimise.budget_limits import OptimiseError
from market_entry_planner.core.optimise.optimiser import optimise

QIANCHUAN, ZHITONGCHE, ZHITOU = 0, 7, 12   # rows of the sample: Douyin feed, Taobao search, JD feed


@pytest.fixture
def free(sample_plan):
    return optimise(sample_plan, "reach")


def frequencies(plan, o):
    """Each line's frequency as the estimate reports it for the optimised plan (not the optimiser's own figure)."""
    return estimate(o.apply(plan)).line["frequency"]


def test_a_cap_that_binds_holds_in_the_estimate_and_costs_reach(sample_plan, free):
    uncapped = float(free.after.line["frequency"][QIANCHUAN])
    cap = round(0.8 * uncapped, 2)
    assert cap > 1
    o = optimise(sample_plan, "reach", frequency={QIANCHUAN: (None, cap)})
    shown = frequencies(sample_plan, o)[QIANCHUAN]
    assert cap * 0.995 <= shown <= cap * (1 + 1e-9)
    assert o.value_after < free.value_after
    binding = [b for b in o.binding_constraints if b["kind"] == "frequency_cap"]
    assert binding and binding[0]["line"] == QIANCHUAN and f"frequency ≤ {cap:g}" in binding[0]["words"]
    assert "Qianchuan always-on (row 1)" in binding[0]["words"]


def test_a_cap_above_what_the_optimum_shows_changes_nothing(sample_plan, free):
    loose = float(free.after.line["frequency"][QIANCHUAN]) * 1.5
    o = optimise(sample_plan, "reach", frequency={QIANCHUAN: (None, loose)})
    assert o.value_after == pytest.approx(free.value_after, rel=1e-9)
    assert not [b for b in o.binding_constraints if b["kind"] == "frequency_cap"]


def test_a_target_frequency_is_met(sample_plan):
    o = optimise(sample_plan, "reach", frequency={ZHITOU: (2.0, None)})
    assert frequencies(sample_plan, o)[ZHITOU] >= 2.0 - 1e-6
    assert any(b["kind"] == "frequency_floor" and b["line"] == ZHITOU for b in o.binding_constraints)


@pytest.mark.parametrize("objective", ["reach", "gmv"])
def test_raising_a_cap_never_lowers_the_optimum(sample_plan, objective):
    values = [optimise(sample_plan, objective, frequency={QIANCHUAN: (None, cap)}).value_after
              for cap in (1.1, 1.2, 1.4, 1.8)]
    assert all(b >= a - 1e-6 * abs(a) for a, b in zip(values, values[1:]))


def test_impossible_asks_name_the_line(sample_plan):
    with pytest.raises(OptimiseError, match=r"Zhitongche .*row 8.*search ads"):
        optimise(sample_plan, "reach", frequency={ZHITONGCHE: (None, 3.0)})
    with pytest.raises(OptimiseError, match=r"must be a number above 1"):
        optimise(sample_plan, "reach", frequency={QIANCHUAN: (None, 1.0)})
    with pytest.raises(OptimiseError, match=r"minimum frequency 3 is above the maximum 2"):
        optimise(sample_plan, "reach", frequency={QIANCHUAN: (3.0, 2.0)})
    locked = sample_plan.with_lines([replace(line, locked=True) if i == QIANCHUAN else line
                                     for i, line in enumerate(sample_plan.lines)])
    with pytest.raises(OptimiseError, match=r"Qianchuan always-on \(row 1\) is locked"):
        optimise(locked, "reach", frequency={QIANCHUAN: (None, 1.05)})
    capped = sample_plan.with_lines([replace(line, max_budget=100_000.0) if i == ZHITOU else line
                                     for i, line in enumerate(sample_plan.lines)])
    with pytest.raises(OptimiseError, match=r"above the line's maximum"):
        optimise(capped, "reach", frequency={ZHITOU: (2.5, None)})


def test_the_command_line_takes_a_line_by_name_or_row(tmp_path, capsys):
    path = tmp_path / "s.xlsx"
    assert cli.main(["template", str(path)]) == 0
    capsys.readouterr()
    assert cli.main(["optimise", str(path), "--frequency-cap", "Qianchuan always-on=1.3", "--min-frequency", "13=2",
                     "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {(b["kind"], b.get("line")) for b in data["binding"]}
    assert ("frequency_cap", 0) in kinds and ("frequency_floor", 12) in kinds
    assert data["lines"][0]["frequency"] <= 1.3 + 1e-9 and data["lines"][12]["frequency"] >= 2 - 1e-6
    assert data["frequency"]["1"]["max"] == 1.3 and data["frequency"]["13"]["min"] == 2
    for bad, words in ((["--frequency-cap", "Nope=3"], "no line is named 'Nope'"),
                       (["--frequency-cap", "99=3"], "the plan has lines 1 to 13"),
                       (["--frequency-cap", "1=x"], "'x' is not a number"),
                       (["--frequency-cap", "1=3", "--by-month"], "cannot be combined")):
        assert cli.main(["optimise", str(path), *bad]) == 2
        assert words in capsys.readouterr().err
    assert np.isfinite(data["after"])
