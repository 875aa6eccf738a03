"""The Optimise dialog's "Choose the months too": caps typed per month, the answer in a worker, the months chart,
Apply as one undoable edit that splits moved lines by month (and the Cash flow chart's months respect the caps)."""
from datetime import date

import numpy as np
import pytest

from market_entry_planner.core.analysis.flighting import flighting
from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.optimise.timing import retime

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def dialog(window, qtbot):
    dialog = window.make_optimise_dialog()
    yield dialog
    dialog.reject()


def choose(dialog, qtbot, objective):
    dialog.objective_box.setCurrentIndex(dialog.objective_box.findData(objective))
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.objective == objective, timeout=10_000)


def cap(dialog, month: int, text: str):
    dialog.timing_box.caps.item(0, month - 1).setText(text)


def test_choosing_the_months_applies_a_split_plan_within_the_caps(window, dialog, qtbot, tmp_path):
    doc = window.document
    before = doc.plan
    choose(dialog, qtbot, "gmv")
    untimed = dialog.result.value_after
    assert dialog.months_chart.isHidden()
    dialog.timing_box.check.setChecked(True)
    cap(dialog, 10, "600k")
    qtbot.waitUntil(lambda: dialog.timing is not None, timeout=20_000)
    t = dialog.timing
    expected = retime(before, "gmv", dialog.total, False, dialog.constraints(), {date(2027, 10, 1): 600_000})
    assert t.value_after == pytest.approx(expected.value_after, rel=1e-9)
    assert "with the months chosen" in dialog.summary.text()
    assert dialog.formatter.money(t.value_after) in dialog.summary.text()
    assert t.value_after != pytest.approx(untimed)
    assert not dialog.months_chart.isHidden()
    heights = dialog.months_chart.bars["#4e79a7"].opts["height"]
    assert heights[9] == pytest.approx(t.spend_after[9]) and heights[9] <= 600_000 + 0.01
    assert "Held at" in dialog.notes.text() and "600" in dialog.notes.text()
    dialog.months_chart.grab().save(str(tmp_path / "months.png"))
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    plan = doc.plan
    assert len(plan.lines) > len(before.lines)
    assert any(" · 2027-" in line.name for line in plan.lines)
    assert estimate(plan).total["gmv"] == pytest.approx(t.value_after, rel=1e-9)
    months = flighting(plan).months
    spend = (months.media + months.kol_fees).to_numpy()
    assert np.all(spend[months.month.dt.month.to_numpy() == 10] <= 600_000 + 0.01)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_a_cap_that_is_not_an_amount_is_named_and_nothing_runs(window, dialog, qtbot):
    dialog.timing_box.check.setChecked(True)
    qtbot.waitUntil(lambda: dialog.timing is not None, timeout=20_000)
    cap(dialog, 6, "lots")
    qtbot.wait(50)
    assert not dialog.timing_box.error.isHidden()
    assert "Jun" in dialog.timing_box.error.text() and "lots" in dialog.timing_box.error.text()
    assert not dialog.apply_button.isEnabled()
    cap(dialog, 6, "")
    qtbot.waitUntil(lambda: dialog.timing is not None, timeout=20_000)
    assert dialog.timing_box.error.isHidden() and dialog.apply_button.isEnabled()


def test_caps_that_cannot_hold_say_which_month(window, dialog, qtbot):
    for month in range(1, 13):
        cap(dialog, month, "100k")
    dialog.timing_box.check.setChecked(True)
    qtbot.waitUntil(lambda: "caps add up to" in dialog.summary.text() or "caps add up to" in dialog.notes.text(),
                    timeout=20_000)
    assert dialog.timing is None and not dialog.apply_button.isEnabled()
