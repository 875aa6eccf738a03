"""The rough edges a new user hit in their first week (issue 16): each test drives the real window and measures
what the user would see."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel

from market_entry_planner.gui.theme import apply_scheme


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.x contrast ratio (written out here, not taken from the code under test)."""
    def luminance(colour):
        def linear(c):
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour(label: QLabel) -> QColor:
    """The colour a label draws its text in: its style sheet's colour if it sets one, else its palette's."""
    found = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", label.styleSheet())
    return QColor(found.group(1)) if found else label.palette().color(label.foregroundRole())


def background_under(image, rect: QRect) -> QColor:
    """What is really painted behind a label: the commonest colour in its box on the window's grab."""
    rect = rect.intersected(image.rect())
    pixels = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right() + 1, 2)
                     for y in range(rect.top(), rect.bottom() + 1, 2))
    return QColor.fromRgb(pixels.most_common(1)[0][0])


def labels_shown(window):
    """Every headline label with text, the welcome banner's and the chart hint's."""
    labels = [label for tile in window.headline.tiles.values()
              for label in (tile.title, tile.value, tile.detail, tile.delta, tile.band) if label.text()]
    labels += [label for label in window.hint_bar.findChildren(QLabel) if label.text()]
    labels.append(window.reach_chart.hint)
    return labels


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_every_headline_label_stays_readable_after_a_theme_switch(window, first, then):
    window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("budget")), 1_250_000.0)
    window.hint_bar.show()
    try:
        apply_scheme(QApplication.instance(), first)
        QApplication.processEvents()
        apply_scheme(QApplication.instance(), then)
        QApplication.processEvents()
        image = window.grab().toImage()
        ratio = image.width() / window.width()
        low = {}
        for label in labels_shown(window):
            corner = label.mapTo(window, QPoint(0, 0)) * ratio
            box = QRect(corner, label.size() * ratio)
            contrast = contrast_ratio(text_colour(label), background_under(image, box))
            if contrast < 4.5:
                low[label.text()] = round(contrast, 2)
        assert not low, f"after {first} → {then}, text with contrast under 4.5:1: {low}"
        # the charts' legends are drawn in the new text colour too
        background = window.reach_chart.graphics.backgroundBrush().color()
        for _sample, legend_label in window.reach_chart.legend.items:
            colour = re.search(r"color:\s*(#[0-9a-fA-F]{6})", legend_label.item.toHtml()).group(1)
            assert contrast_ratio(QColor(colour), background) >= 4.5, legend_label.text
    finally:
        apply_scheme(QApplication.instance(), "light")


# -- 2. "change since last edit"
def shown_deltas(window) -> dict[str, str]:
    return {key: tile.delta.text() for key, tile in window.headline.tiles.items()}


def expected_deltas(window, before: dict) -> dict[str, str]:
    after = window.document.results.total
    return {key: window.headline.formatter.delta(kind, after[key] - before[key])
            for key, kind, _ in window.headline.METRICS}


def test_change_since_last_edit_is_the_whole_drag_and_resets_on_another_plan(window, qtbot, tmp_path):
    from market_entry_planner.core import edits
    from market_entry_planner.gui.document import Change, new_drag_id

    document = window.document
    before = dict(document.results.total)
    drag = new_drag_id()
    budget = document.plan.lines[0].budget
    for step in range(1, 9):  # the steps of one drag, as the reach chart sends them
        plan = edits.set_budgets(document.plan, {0: budget + step * 160_000.0})
        document.edit("drag", plan, Change("budgets", (0,)), merge_key=drag)
    assert document.undo_stack.count() == 1
    assert shown_deltas(window) == expected_deltas(window, before)
    assert shown_deltas(window)["gmv"].startswith("+") and shown_deltas(window)["budget"] == \
        window.headline.formatter.delta("money", 1_280_000.0)
    # a second drag compares with the estimate before it, not with the first drag's start
    second_start = dict(document.results.total)
    drag = new_drag_id()
    for step in range(1, 5):
        plan = edits.set_budgets(document.plan, {1: document.plan.lines[1].budget + 50_000.0})
        document.edit("drag", plan, Change("budgets", (1,)), merge_key=drag)
    assert shown_deltas(window) == expected_deltas(window, second_start)
    assert shown_deltas(window)["budget"] == window.headline.formatter.delta("money", 200_000.0)
    # undo: the change the undo made
    after_second = dict(document.results.total)
    document.undo_stack.undo()
    assert shown_deltas(window) == expected_deltas(window, after_second)
    # another file, and a new plan: nothing to compare with
    path = tmp_path / "other.xlsx"
    assert window.save_to(path, wait=True)
    window.open_path(path)
    qtbot.waitUntil(lambda: window.files.job is None, timeout=20000)
    assert all(text == "" for text in shown_deltas(window).values()), shown_deltas(window)
    assert document.previous_totals is None
    plan = edits.set_budgets(document.plan, {0: document.plan.lines[0].budget + 1000.0})
    document.edit("edit", plan, Change("budgets", (0,)))
    assert shown_deltas(window)["budget"]
    document.undo_stack.setClean()  # no "save the changes?" question
    window.new_plan()
    assert document.previous_totals is None
    assert not any(text.startswith(("+", "−")) for text in shown_deltas(window).values()), shown_deltas(window)


def test_a_change_too_small_to_show_is_not_shown_as_zero():
    from market_entry_planner.gui.format import Formatter

    formatter = Formatter()
    assert formatter.delta("money", -0.4) == ""
    assert formatter.delta("money", -3.0) == "−¥3"
    assert formatter.delta("share", 0.00001) == ""


# -- 14. reach needs no price
def test_a_new_plan_shows_reach_before_the_order_value_is_set(window):
    window.new_plan()
    assert window.document.plan.market.aov is None and window.document.plan.market.gross_margin is None
    window.market_panel.commit("target_population", 40_000_000)
    window.add_action.trigger()
    window.add_action.trigger()
    results = window.document.results
    assert results is not None, window.document.problems
    reach = results.total["reach"]
    assert reach > 0
    tiles = window.headline.tiles
    assert tiles["reach"].value.text() == window.headline.formatter.count(reach)
    assert tiles["gmv"].value.text() == "–" and tiles["gmv"].detail.text()  # says what it needs
    assert "nan" not in " ".join(tile.value.text().lower() for tile in tiles.values())
    assert "Market" in window.status_problems.text()
    for index in range(window.charts.count()):  # every chart draws a plan without sales figures
        window.charts.setCurrentIndex(index)
        QApplication.processEvents()


# -- 4. the reach chart's hover box
def hover_over_reach_chart(window, qtbot):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    chart = window.reach_chart
    window.charts.setCurrentWidget(chart)
    chart.graphics.grab()  # lays the plot out
    view_box = chart.plot.vb
    scene_point = view_box.mapViewToScene(QPointF(chart._x_max * 0.4, chart._y_max * 0.5))
    point = QPointF(chart.graphics.mapFromScene(scene_point))
    viewport = chart.graphics.viewport()
    event = QMouseEvent(QEvent.MouseMove, point, viewport.mapToGlobal(point), Qt.NoButton, Qt.NoButton,
                        Qt.NoModifier)
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: chart.hover.isVisible(), timeout=3000)
    return chart


def test_the_reach_hover_box_goes_when_the_mouse_leaves_and_after_any_change(window, qtbot):
    from PySide6.QtCore import QEvent

    chart = hover_over_reach_chart(window, qtbot)
    QApplication.sendEvent(chart.graphics.viewport(), QEvent(QEvent.Leave))
    assert not chart.hover.isVisible()
    changes = {
        "edit": lambda: window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("budget")),
                                                  1_750_000.0),
        "undo": window.undo_action.trigger,
        "add line": window.add_action.trigger,
        "scenario switch": lambda: window.scenario_box.setCurrentIndex(1),
    }
    from market_entry_planner.core import edits
    from market_entry_planner.gui.document import Change

    plan = window.document.plan
    window.document.edit("copy", edits.duplicate_scenario(plan, plan.active, "Douyin push"), Change("reset"))
    window.scenario_box.setCurrentIndex(0)
    for what, change in changes.items():
        hover_over_reach_chart(window, qtbot)
        change()
        QApplication.processEvents()
        assert not chart.hover.isVisible(), f"the hover box stayed after {what}"
    qtbot.wait(50)  # the mouse proxy's rate-limit timer
