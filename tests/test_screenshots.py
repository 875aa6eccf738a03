"""Screenshots of the main window (light and dark) and of each chart, for people to look at.

Written to tests/output/screenshots/. The assertions check that real pixels were painted; looking at
the pictures is the point.
"""
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from market_entry_planner.gui.theme import apply_scheme
from tests.gui_helpers import close_without_prompt, make_window

SHOTS = Path(__file__).resolve().parent / "output" / "screenshots"


def distinct_colours(image, step=7) -> int:
    colours = set()
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(qtbot, qt_settings, scheme):
    SHOTS.mkdir(parents=True, exist_ok=True)
    window = make_window(qtbot)
    apply_scheme(QApplication.instance(), scheme)
    window.plan_tab.select_row(1)
    QApplication.processEvents()
    try:
        image = window.grab().toImage()
        assert image.width() >= 1200 and distinct_colours(image) > 40
        assert image.save(str(SHOTS / f"main-window-{scheme}.png"))
        for index in range(window.charts.count()):
            window.charts.setCurrentIndex(index)
            QApplication.processEvents()
            chart = window.charts.currentWidget()
            picture = chart.grab().toImage()
            assert distinct_colours(picture, step=5) > 8
            name = type(chart).__name__.replace("Chart", "").lower()
            assert picture.save(str(SHOTS / f"chart-{name}-{scheme}.png"))
        for index in range(window.inputs.count()):
            window.inputs.setCurrentIndex(index)
            QApplication.processEvents()
            tab = window.inputs.widget(index)
            assert tab.grab().save(str(SHOTS / f"tab-{window.inputs.tabText(index).lower()}-{scheme}.png"))
    finally:
        apply_scheme(QApplication.instance(), "light")
        close_without_prompt(window)
