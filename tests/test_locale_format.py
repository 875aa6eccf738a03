"""Numbers and dates read the way the chosen language writes them."""
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt

from market_entry_planner.gui.format import Formatter


@pytest.mark.parametrize("language, country, expected", [
    (QLocale.English, QLocale.UnitedStates, "6/18/2027"),
    (QLocale.Italian, QLocale.Italy, "18/06/2027"),
    (QLocale.Chinese, QLocale.China, "2027/6/18"),
])
def test_dates_follow_the_locale_with_a_four_digit_year(language, country, expected):
    assert Formatter(locale=QLocale(language, country)).date(date(2027, 6, 18)) == expected


def test_plan_table_dates_use_the_formatter(qtbot, qt_settings):
    from tests.gui_helpers import close_without_prompt, make_window

    window = make_window(qtbot)
    try:
        italian = Formatter(locale=QLocale(QLocale.Italian, QLocale.Italy))
        window.plan_model.set_formatter(italian)
        model = window.plan_model
        start = window.document.plan.lines[0].start
        assert model.data(model.index(0, model.column_of("start")), Qt.DisplayRole) == italian.date(start)
        assert model.data(model.index(0, model.column_of("start")), Qt.DisplayRole) == start.strftime("%d/%m/%Y")
    finally:
        close_without_prompt(window)
