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


# -- 3. the first window on a 1366×768 screen
@pytest.mark.parametrize("available", [QRect(0, 0, 1366, 728), QRect(0, 0, 1440, 860), None])
def test_the_first_window_fits_the_screen(qtbot, qt_settings, monkeypatch, available):
    """None: the test screen's own available geometry; the others: a 1366×768 laptop with a 40 px task bar, and a
    1440×900 one."""
    from market_entry_planner.core.sample import sample_plan
    from market_entry_planner.gui.document import PlanDocument
    from market_entry_planner.gui.settings import Settings
    from market_entry_planner.gui.window import main_window
    from tests.gui_helpers import close_without_prompt

    if available is not None:
        monkeypatch.setattr(main_window, "available_geometry", lambda widget: QRect(available), raising=False)
    apply_scheme(QApplication.instance(), "light")
    window = main_window.MainWindow(PlanDocument(sample_plan()), Settings())
    screen = available or QApplication.primaryScreen().availableGeometry()
    try:
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        title_bar = 32
        if available is None:  # the test screen (800×800 offscreen) is smaller than the window can be
            smallest = window.minimumSizeHint()
            assert window.width() <= max(screen.width(), smallest.width())
            assert window.height() + title_bar <= max(screen.height(), smallest.height() + title_bar)
            return
        assert window.width() <= screen.width() and window.height() + title_bar <= screen.height(), window.size()
        assert window.minimumSizeHint().width() <= window.width()
        assert window.minimumSizeHint().height() <= window.height()
        inside = window.rect()
        for widget in (window.headline.tiles["roi"], window.reach_chart.export_button, window.scenario_box):
            corner = widget.mapTo(window, widget.rect().bottomRight())
            assert inside.contains(corner), f"{widget} ends at {corner}, outside {inside}"
    finally:
        close_without_prompt(window)


# -- 6. the toolbar's scenario box
def test_the_scenario_box_shows_whole_names(window):
    from market_entry_planner.core import edits
    from market_entry_planner.gui.document import Change

    plan = window.document.plan
    window.document.edit("copy", edits.duplicate_scenario(plan, plan.active, "Douyin push"), Change("reset"))
    window.scenario_box.setCurrentIndex(1)
    QApplication.processEvents()
    box = window.scenario_box
    assert box.currentText() == "Douyin push"
    text_room = box.style().subControlRect(box.style().ComplexControl.CC_ComboBox, _combo_option(box),
                                           box.style().SubControl.SC_ComboBoxEditField, box).width()
    assert text_room >= box.fontMetrics().horizontalAdvance("Douyin push"), (text_room, box.width())


def _combo_option(box):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.currentText = box.currentText()
    return option


# -- 7. the welcome banner speaks of the sample only
@pytest.mark.parametrize("how", ["save as", "import", "new"])
def test_the_welcome_banner_is_only_for_the_sample(window, qtbot, tmp_path, monkeypatch, how):
    from market_entry_planner.gui.dialogs import import_lines

    assert not window.hint_bar.isHidden()  # the untouched sample, first start
    if how == "save as":
        assert window.save_to(tmp_path / "mine.xlsx", wait=True)
    elif how == "import":
        source = tmp_path / "lines.xlsx"
        from market_entry_planner.core.workbook import write_plan
        write_plan(window.document.plan, source)
        monkeypatch.setattr(import_lines, "ask_add_or_replace", lambda *args: import_lines.REPLACE)
        window.open_path(source, replace_lines_only=True)
        qtbot.waitUntil(lambda: window.files.job is None, timeout=20000)
    else:
        window.new_plan()
    assert window.hint_bar.isHidden(), f"the sample plan's welcome is still shown after {how}"


# -- 8. editors
def open_editor(view, index):
    view.setCurrentIndex(index)
    view.edit(index)
    QApplication.processEvents()
    editor = view.indexWidget(index) or QApplication.focusWidget()
    return editor


def test_the_budget_editor_is_wide_enough_and_shares_read_as_percentages(window):
    from PySide6.QtWidgets import QAbstractSpinBox

    view = window.plan_tab.view
    model = window.plan_model
    model.setData(model.index(0, model.column_of("budget")), 250_000_000.0)
    view.setColumnWidth(window.plan_tab.proxy.mapFromSource(model.index(0, model.column_of("budget"))).column(), 70)
    index = window.plan_tab.proxy.mapFromSource(model.index(0, model.column_of("budget")))
    editor = open_editor(view, index)
    assert isinstance(editor, QAbstractSpinBox)
    shown = editor.lineEdit().text()
    assert shown == "¥250,000,000", shown
    room = editor.lineEdit().width()
    assert room >= editor.fontMetrics().horizontalAdvance(shown), (room, shown)
    view.closePersistentEditor(index)
    window.plan_tab.view.setFocus()
    # an assumption that is a share: 80%, not 80.0000
    from market_entry_planner.gui.models.tables import AssumptionsModel

    assumptions = window.document.plan.assumptions.rows
    row = next(i for i, r in enumerate(assumptions) if r.key[2] == "on_target")
    window.inputs.setCurrentWidget(window.assumptions_tab)
    assumptions_view = window.assumptions_view
    source = window.assumptions_model.index(row, AssumptionsModel.FIELDS.index("value"))
    window.assumptions_model.setData(source, "80%")
    editor = open_editor(assumptions_view, assumptions_view.model().mapFromSource(source))
    assert editor.lineEdit().text() == "80%", editor.lineEdit().text()


# -- 9. units and formats
@pytest.fixture
def english(qapp):
    from market_entry_planner.gui import i18n

    i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp)


UNIT_TEXT = re.compile(r"^(?P<number>[\d,]+(\.\d)?) (?P<word>sessions?|hours?|videos?|clicks?|views?|"
                       r"thousand impressions)$")


def test_units_clicks_and_views_read_as_words(english, window):
    model, plan = window.plan_model, window.document.plan
    units, clicks = model.column_of("units"), model.column_of("clicks")
    seen = set()
    for row, line in enumerate(plan.lines):
        tactic = plan.tactics[line.tactic]
        for column in (units, clicks):
            text = model.index(row, column).data()
            found = UNIT_TEXT.match(text)
            assert found, f"row {row + 1} ({tactic.key}): {text!r}"
            number, word = found["number"], found["word"]
            if word != "thousand impressions":
                assert (number == "1") == (not word.endswith("s")), text
            seen.add(word.rstrip("s"))
        if tactic.buying == "unit":  # a livestream's or a video's audience are views, not clicks
            assert model.index(row, clicks).data().endswith(("view", "views"))
        else:
            assert model.index(row, clicks).data().endswith(("click", "clicks"))
    assert {"session", "thousand impression", "click", "view"} <= seen
    one_session = next(r for r, line in enumerate(plan.lines) if plan.tactics[line.tactic].unit == "session")
    window.plan_model.setData(model.index(one_session, units), 1.0)
    assert model.index(one_session, units).data() == "1 session"
    assert window.headline.tiles["cost"].detail.text() == "+ ¥298k deposits"
    assert window.files.tr(" (%n warning(s))", "", 1) == " (1 warning)"
    assert window.files.tr(" (%n warning(s))", "", 3) == " (3 warnings)"


def test_italian_groups_every_figure_alike():
    from PySide6.QtCore import QLocale

    from market_entry_planner.gui.format import Formatter

    italian = Formatter(locale=QLocale(QLocale.Italian, QLocale.Italy))
    assert italian.money(2000, compact=False) == "¥2.000"
    assert italian.money(20000, compact=False) == "¥20.000"
    assert italian.count(9920, compact=False) == "9.920"
    assert italian.ratio(1234.5, 1) == "1.234,5"
    assert italian.money(-2500, compact=False).endswith("2.500")


def test_money_axes_tick_at_round_values_of_the_display_currency(qapp):
    from market_entry_planner.gui.charts.style import CompactAxis
    from market_entry_planner.gui.format import Formatter

    axis = CompactAxis("bottom", money=True)
    axis.formatter = Formatter("EUR", 8.2)
    for low, high in ((0.0, 5_000_000.0), (0.0, 300_000.0), (100_000.0, 2_600_000.0)):
        for spacing, values in axis.tickValues(low, high, 600):
            for value in values:
                in_euros = value / 8.2
                assert abs(in_euros - round(in_euros / (spacing / 8.2)) * (spacing / 8.2)) < 1e-6 * spacing
                text = axis.tickStrings([value], 1.0, spacing)[0]
                assert re.fullmatch(r"€\d+(\.[05])?[km]?", text), text


# -- 10. the calendar
def test_calendar_festival_names_stand_beside_their_markers_and_line_names_fit(window):
    from PySide6.QtCore import QRectF

    window.resize(1366, 728)
    chart = window.flighting_chart
    window.charts.setCurrentWidget(chart)
    QApplication.processEvents()
    chart.graphics.grab()
    QApplication.processEvents()
    chart.graphics.grab()
    bars = chart.festival_bars.opts
    view = chart.festival_plot.vb
    markers = []
    for x0, width, y in zip(bars["x0"], bars["width"], bars["y"]):
        corner = view.mapViewToScene(QPointF_(x0, y - bars["height"] / 2))
        far = view.mapViewToScene(QPointF_(x0 + width, y + bars["height"] / 2))
        markers.append(QRectF(corner, far).normalized())
    names = [name for name in chart.festival_names if name.isVisible() and name.textItem.toPlainText()]
    assert len(names) >= 5
    for name in names:
        text_box = name.textItem.mapRectToScene(name.textItem.boundingRect()).adjusted(1, 1, -1, -1)
        for marker in markers:
            assert not text_box.intersects(marker), f"{name.textItem.toPlainText()!r} lies on a festival marker"
    for i, first in enumerate(names):  # and on no other name
        for second in names[i + 1:]:
            a = first.textItem.mapRectToScene(first.textItem.boundingRect()).adjusted(1, 1, -1, -1)
            b = second.textItem.mapRectToScene(second.textItem.boundingRect()).adjusted(1, 1, -1, -1)
            assert not a.intersects(b), (first.textItem.toPlainText(), second.textItem.toPlainText())
    plan = window.document.plan
    for row, label in enumerate(chart._labels):  # names up to 22 characters are shown whole
        if len(plan.lines[row].name) <= 22:
            assert label.endswith(plan.lines[row].name), label


def QPointF_(x, y):
    from PySide6.QtCore import QPointF

    return QPointF(float(x), float(y))


# -- 12. the Assumptions tab
def test_assumptions_can_be_narrowed_by_channel_tactic_and_words(window):
    tab = window.assumptions_tab
    window.inputs.setCurrentWidget(tab)
    QApplication.processEvents()
    view, model = window.assumptions_view, window.assumptions_model
    total = model.rowCount()
    assert view.model().rowCount() == total > 60
    tab.channel_box.setCurrentIndex(tab.channel_box.findData("douyin"))
    rows = [model.row_at(view.model().mapToSource(view.model().index(i, 0)).row()) for i in
            range(view.model().rowCount())]
    assert rows and all(r.channel in ("douyin", "*") for r in rows) and len(rows) < total
    assert any(r.channel == "douyin" for r in rows)
    tab.tactic_box.setCurrentIndex(tab.tactic_box.findData("kol_live"))
    rows = [model.row_at(view.model().mapToSource(view.model().index(i, 0)).row()) for i in
            range(view.model().rowCount())]
    assert rows and all(r.tactic in ("kol_live", "*") and r.channel in ("douyin", "*") for r in rows)
    tab.clear_filter()
    tab.search.setText("slot fee")
    rows = [model.row_at(view.model().mapToSource(view.model().index(i, 0)).row()) for i in
            range(view.model().rowCount())]
    assert rows and all(r.parameter == "slot_fee" for r in rows)
    tab.clear_filter()
    assert view.model().rowCount() == total


def test_the_source_header_is_on_screen_and_edited_figures_are_blue_and_yours(window):
    from PySide6.QtCore import Qt

    from market_entry_planner.gui.models.tables import AssumptionsModel

    tab = window.assumptions_tab
    window.inputs.setCurrentWidget(tab)
    QApplication.processEvents()
    view, model = window.assumptions_view, window.assumptions_model
    header = view.horizontalHeader()
    source = AssumptionsModel.FIELDS.index("source")
    header_text = model.headerData(source, Qt.Horizontal)
    # scrolled to the Source column (a pane narrower than the table), where does the header paint "Source"? It
    # must be inside the visible viewport, not in the middle of a long column, off-screen
    # (the column's first 150 pixels in sight, as after scrolling right a little)
    bar = view.horizontalScrollBar()
    view.grab()  # laid out, columns fitted
    for _ in range(2):
        bar.setValue(max(0, header.sectionPosition(source) - (header.viewport().width() - 150)))
        QApplication.processEvents()
    start = header.sectionViewportPosition(source)
    assert start <= header.viewport().width() - 150
    alignment = header.defaultAlignment()
    text_left = start if alignment & Qt.AlignLeft else start + (header.sectionSize(source) -
                                                                header.fontMetrics().horizontalAdvance(header_text)) / 2
    assert 0 <= text_left <= header.viewport().width() - header.fontMetrics().horizontalAdvance(header_text), \
        (text_left, header.viewport().width())
    # a weak (W) figure, edited: blue, and its grade says it is the user's own now
    row = next(i for i, r in enumerate(window.document.plan.assumptions.rows) if r.grade == "W")
    value = model.index(row, AssumptionsModel.FIELDS.index("value"))
    grade = model.index(row, AssumptionsModel.FIELDS.index("grade"))
    assert model.data(grade, Qt.DisplayRole) == "W"
    weak_background = model.data(value, Qt.BackgroundRole)
    model.setData(value, float(model.data(value, Qt.EditRole)) * 1.5 + 1)
    background = model.data(value, Qt.BackgroundRole)
    assert background != weak_background and background.blue() > background.red()
    foreground = model.data(value, Qt.ForegroundRole)
    assert foreground is not None and foreground.blue() > max(foreground.red(), foreground.green())
    assert model.data(grade, Qt.DisplayRole) != "W" and "W" in model.data(grade, Qt.DisplayRole)
    assert model.data(grade, Qt.BackgroundRole) == background


# -- 13. colours
def _lab(colour: QColor):
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF()))
    x, y, z = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def colour_difference(first: QColor, second: QColor) -> float:
    """CIE76 ΔE: about 2 is the least a person notices; 20 and more reads as another colour."""
    return sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second))) ** 0.5


def bar_colour(bar) -> QColor:
    return bar.opts["brush"].color() if hasattr(bar.opts["brush"], "color") else QColor(bar.opts["brush"])


def test_one_palette_for_channels_and_one_for_costs_distinct_within_each_chart(window):
    from market_entry_planner.gui.charts.style import CHANNEL_COLOURS

    for index in range(window.charts.count()):
        window.charts.setCurrentIndex(index)
        QApplication.processEvents()
    # a channel has one colour in every chart
    reach = {channel: curve.opts["pen"].color().name() for channel, curve in window.reach_chart.curves.items()}
    scenario = {channel: bar_colour(bar).name() for channel, bar in window.scenario_chart.channel_bars.items()}
    assert reach == scenario and reach == {c: CHANNEL_COLOURS[c].lower() for c in reach}
    # the Costs chart: tactics above, kinds of cost below; no colour stands for two things
    costs = window.budget_chart
    meanings = [(f"tactic {t}", bar_colour(bar)) for t, bar in costs.tactic_bars.items()]
    meanings += [(f"cost {p}", bar_colour(bar)) for p, bar in costs.cost_bars.items()]
    for i, (first, a) in enumerate(meanings):
        for second, b in meanings[i + 1:]:
            assert colour_difference(a, b) >= 20, f"{first} and {second} look alike ({a.name()}, {b.name()})"
    # the Calendar: festivals in a colour no channel has
    festival = bar_colour(window.flighting_chart.festival_bars)
    for channel in window.flighting_chart.document.results.compiled.channels:
        assert colour_difference(festival, QColor(CHANNEL_COLOURS[channel])) >= 20, channel
    # the Cash flow chart uses the Costs chart's colour for each kind of cost
    cash = window.cashflow_chart
    for segment, kind in (("media", "media"), ("kol_fees", "kol_fees"), ("agency_fee", "agency_fee"),
                          ("fixed", "fixed_costs")):
        assert bar_colour(cash.bars[segment]) == bar_colour(costs.cost_bars[kind]), segment
    # every bar stands out from the chart's background, light and dark (switched while running), by its fill or
    # its outline
    try:
        for scheme in ("light", "dark"):
            apply_scheme(QApplication.instance(), scheme)
            QApplication.processEvents()
            for chart in (costs, cash, window.scenario_chart):
                background = chart.graphics.backgroundBrush().color()
                bars = [*costs.tactic_bars.items(), *costs.cost_bars.items()] if chart is costs else \
                    list(cash.bars.items()) if chart is cash else list(window.scenario_chart.channel_bars.items())
                for name, bar in bars:
                    fill = bar_colour(bar)
                    edge = bar.opts["pen"].color() if bar.opts.get("pen") is not None else fill
                    assert max(contrast_ratio(fill, background), contrast_ratio(edge, background)) >= 2.0, \
                        (scheme, name, fill.name(), background.name())
    finally:
        apply_scheme(QApplication.instance(), "light")


# -- the keyboard path: edit a cell, add a line, optimise, save, without the mouse
def test_the_main_tasks_by_keyboard_alone(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from market_entry_planner.gui.dialogs.optimise import OptimiseDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    plan_view = window.plan_tab.view
    window.inputs.setCurrentIndex(2)  # somewhere else first
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.inputs.currentWidget() is window.plan_tab and QApplication.focusWidget() is plan_view
    # to the first line's budget, F2, type, Enter
    budget_column = window.plan_tab.proxy.mapFromSource(
        window.plan_model.index(0, window.plan_model.column_of("budget"))).column()
    qtbot.keyClick(plan_view, Qt.Key_Home, Qt.ControlModifier)
    for _ in range(budget_column):
        qtbot.keyClick(plan_view, Qt.Key_Right)
    assert plan_view.currentIndex().column() == budget_column
    row = window.plan_tab.proxy.mapToSource(plan_view.currentIndex()).row()
    qtbot.keyClick(plan_view, Qt.Key_F2)
    typing = QApplication.focusWidget()
    assert typing is not plan_view and plan_view.isAncestorOf(typing), typing  # an editor opened, keys go in it
    qtbot.keyClick(typing, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(typing, "654321")
    qtbot.keyClick(typing, Qt.Key_Return)
    QApplication.processEvents()  # the view commits a Return's edit through a queued call
    assert window.document.plan.lines[row].budget == 654_321
    # add a line
    lines = len(window.document.plan.lines)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(window.document.plan.lines) == lines + 1
    # optimise: the dialog opens from the keyboard, with its keyboard focus inside it
    opened = []
    monkeypatch.setattr(OptimiseDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_O, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(opened) == 1
    opened[0].reject()  # its frontier worker stops
    # save: Ctrl+S asks where (the sample has no file yet) and writes it
    target = tmp_path / "by keyboard.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_S, Qt.ControlModifier)
    assert target.exists() and window.document.undo_stack.isClean()
    # and the charts and the other tabs are a key away
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_2, Qt.ControlModifier)
    assert window.inputs.currentWidget() is window.assumptions_tab
    assert QApplication.focusWidget() is window.assumptions_view
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key_0, Qt.ControlModifier)
    assert window.charts.isAncestorOf(QApplication.focusWidget())
    window.uncertainty.stop()


# -- 11. dark mode: a disabled icon looks dimmer than an enabled one
def icon_contrast(icon, mode, background: QColor) -> float:
    """The strongest contrast of the icon's drawn pixels (mostly opaque) with the background behind it."""
    from PySide6.QtGui import QIcon

    image = icon.pixmap(24, mode, QIcon.Off).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [p for p in pixels if p.alpha() > 200]
    assert drawn, "the icon draws nothing"
    return max(contrast_ratio(QColor(p.red(), p.green(), p.blue()), background) for p in drawn)


@pytest.mark.parametrize("first, then", [("light", "dark"), ("dark", "light")])
def test_disabled_toolbar_icons_are_dimmer_than_enabled_ones(window, first, then):
    from PySide6.QtGui import QIcon, QPalette

    try:
        apply_scheme(QApplication.instance(), first)
        apply_scheme(QApplication.instance(), then)
        QApplication.processEvents()
        background = QApplication.instance().palette().color(QPalette.Window)
        assert not window.undo_action.isEnabled()  # nothing to undo yet
        for action in (window.undo_action, window.redo_action, window.add_action, window.save_action):
            enabled = icon_contrast(action.icon(), QIcon.Normal, background)
            disabled = icon_contrast(action.icon(), QIcon.Disabled, background)
            assert enabled >= 3.0, (action.text(), enabled)  # WCAG's minimum for graphics
            assert disabled < enabled, (action.text(), disabled, enabled)
    finally:
        apply_scheme(QApplication.instance(), "light")


def test_a_disabled_button_in_dark_mode_is_dimmer_than_an_enabled_one(window):
    from PySide6.QtGui import QPalette

    try:
        apply_scheme(QApplication.instance(), "dark")
        QApplication.processEvents()
        palette = QApplication.instance().palette()
        window_colour = palette.color(QPalette.Window)
        for role in (QPalette.Button, QPalette.Window, QPalette.Base):
            disabled = palette.color(QPalette.Disabled, role)
            assert disabled.lightness() < 128, (role, disabled.name())  # a dark surface, also when disabled
        enabled_text = contrast_ratio(palette.color(QPalette.Active, QPalette.ButtonText), window_colour)
        disabled_text = contrast_ratio(palette.color(QPalette.Disabled, QPalette.ButtonText),
                                       palette.color(QPalette.Disabled, QPalette.Button))
        assert disabled_text < enabled_text
        delete = window.scenarios_tab.findChildren(type(window.reach_chart.export_button))
        disabled_buttons = [b for b in delete if not b.isEnabled()]
        assert disabled_buttons  # the sample has one scenario: Delete is disabled
        image = disabled_buttons[0].grab().toImage()
        centre = image.pixelColor(image.width() // 5, image.height() // 2)
        assert centre.lightness() < 128, centre.name()  # not a light grey block in a dark window
    finally:
        apply_scheme(QApplication.instance(), "light")
