"""Festival days and multipliers are assumptions a plan may change, in core and in the app's Festivals tab."""
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from market_entry_planner.core import edits
from market_entry_planner.core.benchmarks import default_calendar
from market_entry_planner.core.engine.evaluate import estimate


def _index(plan, key, year):
    return next(i for i, f in enumerate(plan.calendar) if (f.key, f.year) == (key, year))


def test_a_higher_618_cpm_multiplier_costs_the_618_lines_impressions(sample_plan):
    i = _index(sample_plan, "618", 2027)
    before = estimate(sample_plan)
    dearer = edits.set_festival_field(sample_plan, i, "cpm_multiplier", 2.5)
    after = estimate(dearer)
    assert dearer.calendar[i].cpm_multiplier == 2.5 and dearer.calendar[i].cpm_high == 2.5  # range widened
    assert after.total["impressions"] < before.total["impressions"]
    assert after.total["budget"] == before.total["budget"]
    assert edits.reset_festival(dearer, i).calendar == sample_plan.calendar


@pytest.mark.parametrize("field, value, message", [("end", date(2027, 5, 1), "before it starts"),
                                                   ("cvr_multiplier", 0.0, "above 0"),
                                                   ("cpm_multiplier", "lots", "is a number"),
                                                   ("year", 2030, "cannot be edited")])
def test_bad_festival_edits_are_refused_with_a_reason(sample_plan, field, value, message):
    with pytest.raises(edits.EditError, match=message):
        edits.set_festival_field(sample_plan, _index(sample_plan, "618", 2027), field, value)


def test_editing_a_multiplier_in_the_festivals_tab_moves_the_headline_and_undoes(window):
    model, doc = window.festivals_model, window.document
    row = _index(doc.plan, "double11", 2027)
    before = dict(doc.results.total)
    assert model.setData(model.index(row, model.FIELDS.index("cvr_multiplier")), 2.0, Qt.EditRole)
    assert doc.plan.calendar[row].cvr_multiplier == 2.0
    assert doc.results.total["gmv"] == pytest.approx(estimate(doc.plan).total["gmv"], rel=1e-12)
    assert doc.results.total["gmv"] > before["gmv"]
    assert model.data(model.index(row, model.FIELDS.index("cvr_multiplier")), Qt.DisplayRole) == "×2.00"
    assert model.data(model.index(row, 0), Qt.FontRole).bold()  # changed in this plan
    doc.undo_stack.undo()
    assert doc.plan.calendar == default_calendar() and doc.results.total == before


def test_dates_edit_and_a_bad_date_is_rejected_with_a_message(window):
    model, doc = window.festivals_model, window.document
    row = _index(doc.plan, "618", 2027)
    messages = []
    model.editRejected.connect(messages.append)
    assert not model.setData(model.index(row, model.FIELDS.index("end")), QDate(2027, 5, 1), Qt.EditRole)
    assert messages and "before it starts" in messages[0] and doc.undo_stack.count() == 0
    assert model.setData(model.index(row, model.FIELDS.index("start")), QDate(2027, 5, 25), Qt.EditRole)
    assert doc.plan.calendar[row].start == date(2027, 5, 25)


def test_reset_to_default_puts_the_shipped_festival_back(window):
    model, doc = window.festivals_model, window.document
    row = _index(doc.plan, "618", 2027)
    model.setData(model.index(row, model.FIELDS.index("cpm_multiplier")), 1.9, Qt.EditRole)
    view = window.festivals_view
    view.selectRow(view.model().mapFromSource(model.index(row, 0)).row())
    window.reset_festival_action.trigger()
    assert doc.plan.calendar == default_calendar()
    assert doc.undo_stack.count() == 2


def test_festivals_model_passes_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.festivals_model)
