"""The app in Italian and Simplified Chinese: every string the main window shows is translated.

The main window is built twice, in English and in the language under test, and every text is read off both
(window title, menus and actions, toolbar, tabs, labels, buttons, group boxes, combo boxes, tooltips, table
headers, chart titles, axis labels, ticks and legends). A text that reads the same in both is untranslated,
unless all that is left of it after taking out numbers, the plan's own data and a short list of names and
acronyms (KEEP) is punctuation. Screenshots of both languages go to tests/output/screenshots/.

When a test here fails on a new string: run `python scripts/update_translations.py`, add the strings it lists to
scripts/translations/it.json and zh_CN.json, and run it again (see the script's docstring).
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)

from market_entry_planner.gui import i18n
from tests.gui_helpers import close_without_prompt, make_window

pytestmark = pytest.mark.usefixtures("qt_settings")

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SHOTS = ROOT / "tests" / "output" / "screenshots"

# What reads the same in every language: product, platform and library names, acronyms a marketer uses as is,
# currency codes, the language menu's own names
KEEP = ("Market Entry Planner", "Taobao/Tmall", "Douyin", "Kuaishou", "Taobao", "Tmall", "JD.com", "KOL", "KOC",
        "GMV", "ROAS", "ROI", "CPM", "CPC", "CTR", "CVR", "NBD", "CNY", "EUR", "USD", "PNG", "SVG", "Excel", "Ctrl",
        "English", "Italiano", "简体中文")
# words the language spells as English does ("CNY per video" is Italian too)
KEEP_IN = {"it": ("Budget", "File", "Scenario", "video", "per", "Funnel", "Min", "Max"), "zh_CN": ()}  # Italian says "funnel", "min", "max" too
_NUMBER = re.compile(r"[¥€$]?[−+-]?\d[\d.,\u00a0 ]*(?:\s?(?:bn|m|k|mln|mld|万|亿))?%?")
_WORD = re.compile(r"[^\W\d_]{2,}")


# -- reading every text off a window
def _key(widget: QWidget, root: QWidget) -> str:
    """A path that names the same widget in two windows built by the same code."""
    parts = []
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        siblings = parent.findChildren(type(widget), options=Qt.FindDirectChildrenOnly) if parent else [widget]
        parts.append(f"{type(widget).__name__}{siblings.index(widget) if widget in siblings else ''}")
        widget = parent
    return "/".join(reversed(parts))


def _action_texts(prefix: str, action: QAction, texts: dict):
    texts[f"{prefix}:text"] = action.text()
    texts[f"{prefix}:tip"] = action.toolTip()
    texts[f"{prefix}:status"] = action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        menu.aboutToShow.emit()  # menus filled on demand (Open Recent)
        for i, child in enumerate(menu.actions()):
            _action_texts(f"{prefix}/{i}", child, texts)


def _chart_texts(key: str, view: pg.GraphicsView, texts: dict):
    counts: dict[str, int] = {}
    for item in view.scene().items():
        kind = type(item).__name__
        counts[kind] = counts.get(kind, -1) + 1
        where = f"{key}/{kind}{counts[kind]}"
        if isinstance(item, pg.PlotItem):
            texts[f"{where}:title"] = item.titleLabel.text
        elif isinstance(item, pg.AxisItem):
            texts[f"{where}:label"] = item.labelText
            for level, ticks in enumerate(getattr(item, "_tickLevels", None) or []):
                for value, label in ticks:
                    texts[f"{where}:tick{level}/{value}"] = label
        elif isinstance(item, pg.LegendItem):
            for i, (_, label) in enumerate(item.items):
                texts[f"{where}:legend{i}"] = label.text
        elif isinstance(item, pg.TextItem):
            texts[f"{where}:text"] = item.toPlainText()


def visible_texts(window) -> dict[str, str]:
    """Every string the main window (or a dialog) shows, or shows on hover, in a menu or on another tab, by a
    stable key."""
    texts = {"window:title": window.windowTitle()}
    menus = window.menuBar().actions() if hasattr(window, "menuBar") else []
    for i, action in enumerate(menus):
        _action_texts(f"menu{i}", action, texts)
    for bar in window.findChildren(QToolBar):
        texts[f"{_key(bar, window)}:title"] = bar.windowTitle()
        for i, action in enumerate(bar.actions()):
            _action_texts(f"{_key(bar, window)}/action{i}", action, texts)
    for i, action in enumerate(window.findChildren(QAction)):  # context-menu actions too
        texts[f"action{i}:text"], texts[f"action{i}:tip"] = action.text(), action.toolTip()
    for widget in window.findChildren(QWidget):
        key = _key(widget, window)
        texts[f"{key}:tooltip"] = widget.toolTip()
        if isinstance(widget, QLabel):
            texts[f"{key}:text"] = widget.text()
        elif isinstance(widget, QAbstractButton):
            texts[f"{key}:text"] = widget.text()
        elif isinstance(widget, QGroupBox):
            texts[f"{key}:title"] = widget.title()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                texts[f"{key}:item{i}"] = widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                texts[f"{key}:tab{i}"] = widget.tabText(i)
                texts[f"{key}:tabtip{i}"] = widget.tabToolTip(i)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            model = widget.model() or QStandardItemModel()
            for column in range(model.columnCount()):
                for role, name in ((Qt.DisplayRole, "header"), (Qt.ToolTipRole, "headertip")):
                    texts[f"{key}:{name}{column}"] = model.headerData(column, Qt.Horizontal, role)
                for row in range(model.rowCount()):  # cells: channel, tactic, parameter and unit names, totals
                    texts[f"{key}:cell{row},{column}"] = model.index(row, column).data(Qt.DisplayRole)
            for row in range(model.rowCount()):  # row names (the scenario comparison lists metrics down the side)
                texts[f"{key}:row{row}"] = model.headerData(row, Qt.Vertical, Qt.DisplayRole)
        if isinstance(widget, pg.GraphicsView):
            _chart_texts(key, widget, texts)
    return {key: str(text) for key, text in texts.items() if text}


def plan_data(window) -> list[str]:
    """The plan's own words (its title, target, scenario and line names, its assumptions' and festivals'
    sources): data."""
    plan = window.document.plan
    words = [plan.title, plan.market.target, *(s.name for s in plan.scenarios)]
    words += [line.name for scenario in plan.scenarios for line in scenario.lines]
    words += [row.source for row in plan.assumptions.rows]
    words += [festival.source for festival in plan.calendar]
    return [w for w in words if w]


def untranslated(english: dict[str, str], translated: dict[str, str], keep) -> list[str]:
    """The keys whose text reads the same in both, with words left once names, numbers and data are out."""
    keep = sorted(keep, key=len, reverse=True)
    found = []
    for key, text in translated.items():
        if english.get(key) != text:
            continue
        rest = re.sub(r"<[^>]+>", " ", text).replace("&", "")
        for word in keep:  # whole words only: "per" must not hide "persone"
            rest = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " ", rest)
        rest = _NUMBER.sub(" ", rest)
        if _WORD.search(rest):
            found.append(f"{key}: {text!r}")
    return found


# -- building the windows
@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    i18n.uninstall(qapp)


_english: dict[str, str] = {}


def english_texts(qtbot) -> dict[str, str]:
    """The English window's texts: read once, then reused (the window is the same every time)."""
    if not _english:
        i18n.uninstall(QApplication.instance())
        window = make_window(qtbot)
        try:
            _english.update(visible_texts(window))
        finally:
            close_without_prompt(window)
    return _english


def translated_window(qtbot, language: str):
    assert i18n.install(QApplication.instance(), language) == language
    return make_window(qtbot)


def save_screenshots(window, language: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.plan_tab.select_row(1)
    QApplication.processEvents()
    window.grab()  # the first paint sizes the chart axes to their (wider) translated tick labels
    QApplication.processEvents()
    assert window.grab().save(str(SHOTS / f"main-window-{language}.png"))
    for tabs, name in ((window.charts, "chart"), (window.inputs, "tab")):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            assert tabs.grab().save(str(SHOTS / f"{name}{index}-{language}.png"))
        tabs.setCurrentIndex(current)


@pytest.mark.parametrize("language", ["it", "zh_CN"])
def test_every_string_of_the_main_window_is_translated(qtbot, language):
    english = english_texts(qtbot)
    window = translated_window(qtbot, language)
    try:
        translated = visible_texts(window)
        assert set(translated) == set(english), "the window is built differently in the two languages"
        problems = untranslated(english, translated, KEEP + KEEP_IN[language] + tuple(plan_data(window)))
        assert not problems, f"{len(problems)} strings still in English in {language}:\n" + "\n".join(problems)
        assert len(translated) > 300  # the walk reaches menus, tables, charts: not just a few labels
        save_screenshots(window, language)
    finally:
        close_without_prompt(window)


@pytest.mark.parametrize("language", ["it", "zh_CN"])
def test_the_optimise_dialog_is_translated(qtbot, language):
    """The dialog's labels, buttons, table and chart, and its notes built from the optimiser's answer."""
    def dialog_texts(window):
        dialog = window.make_optimise_dialog()
        try:
            dialog.objective_box.setCurrentIndex(dialog.objective_box.findData("contribution"))
            dialog.at_most.setChecked(True)
            QApplication.processEvents()
            return visible_texts(dialog)
        finally:
            dialog.reject()

    i18n.uninstall(QApplication.instance())
    english_window = make_window(qtbot)
    try:
        english = dialog_texts(english_window)
    finally:
        close_without_prompt(english_window)
    window = translated_window(qtbot, language)
    try:
        translated = dialog_texts(window)
        assert set(translated) == set(english)
        problems = untranslated(english, translated, KEEP + KEEP_IN[language] + tuple(plan_data(window)))
        assert not problems, f"{len(problems)} strings still in English in {language}:\n" + "\n".join(problems)
        assert len(translated) > 60
    finally:
        close_without_prompt(window)


def test_the_check_catches_an_untranslated_label_and_action(qtbot):
    english = english_texts(qtbot)
    window = translated_window(qtbot, "it")
    try:
        window.headline.tiles["reach"].title.setText("Reach")
        window.save_action.setText("&Save")
        window.funnel_chart.plot.getAxis("left").setTicks([[(0, "Impressions")]])
        problems = untranslated(english, visible_texts(window), KEEP + KEEP_IN["it"] + tuple(plan_data(window)))
        assert any(p.endswith(": 'Reach'") for p in problems)
        assert any(p.endswith(": '&Save'") for p in problems)
        assert any(p.endswith(": 'Impressions'") for p in problems)
    finally:
        close_without_prompt(window)


def test_a_new_plan_is_named_in_the_chosen_language(qtbot):
    window = translated_window(qtbot, "zh_CN")
    try:
        window.new_plan()  # the sample is unchanged: nothing to save, no question
        assert window.document.plan.title == "未命名计划"
        assert window.scenario_box.itemText(0) == "基础方案"
        assert window.windowTitle().startswith("未命名计划")
    finally:
        close_without_prompt(window)


def test_kept_names_and_numbers_are_not_reported():
    english = {"a": "ROAS", "b": "¥1.25m", "c": "Douyin", "d": "Sartoria Aurelia[*] — Market Entry Planner",
               "e": "Reach 3+", "f": "12.3%", "g": "Total cost"}
    translated = dict(english, e="Copertura 3+")
    problems = untranslated(english, translated, KEEP + ("Sartoria Aurelia",))
    assert problems == ["g: 'Total cost'"]


# -- the files
def _update_script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "it", "zh_CN"])
def test_each_ts_file_is_finished_and_keeps_placeholders(language):
    script = _update_script()
    problems = []
    for context, message in script.messages(TRANSLATIONS / f"mep_{language}.ts"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") is not None or not all(forms):
            problems.append(f"{context}: {source!r} is unfinished")
        for form in forms:
            problems += [f"{context}: {source!r} → {form!r}: {p}" for p in script.placeholder_problems(source, form)]
    assert not problems, "\n".join(problems)


def test_ts_files_list_every_string_in_the_code(tmp_path):
    """A tr() added without re-running scripts/update_translations.py would show in English: catch it here."""
    script = _update_script()
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))
    subprocess.run([script.tool("lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)], cwd=ROOT,
                   check=True)
    wanted = {(c, m.findtext("source")) for c, m in script.messages(fresh)}
    have = {(c, m.findtext("source")) for c, m in script.messages(TRANSLATIONS / "mep_it.ts")}
    missing = sorted(wanted - have)
    assert not missing, ("not in the translations yet, run python scripts/update_translations.py and translate:\n"
                         + "\n".join(f"{c}: {s!r}" for c, s in missing))
    assert sorted(script.data_strings()) == sorted(s for c, s in wanted if c == "data"), \
        "gui/data_strings.py is out of date: run python scripts/update_translations.py"


@pytest.mark.parametrize("language, edit", [("en", "&Edit"), ("it", "&Modifica"), ("zh_CN", "编辑(&E)")])
def test_qm_files_exist_and_load(language, edit):
    path = TRANSLATIONS / f"mep_{language}.qm"
    assert path.exists()
    translator = QTranslator()
    assert translator.load(str(path)) and not translator.isEmpty()
    assert translator.translate("WindowActions", "&Edit") == edit
    assert translator.translate("HeadlineStrip", "%n line(s)", "", 2).replace("%n", "2") in (
        "2 lines", "2 voci", "2 个投放项")


# -- choosing the language
def test_the_language_preference_is_used_at_the_next_start_and_language_overrides_it(qtbot, qapp):
    from market_entry_planner.gui.settings import Settings
    from market_entry_planner.gui.startup import make_application

    window = make_window(qtbot)
    try:
        window.language_actions["it"].trigger()
        assert Settings().value("view/language") == "it"
        assert window.language_actions["it"].isChecked() and not window.language_actions["zh_CN"].isChecked()
    finally:
        close_without_prompt(window)

    assert make_application() is qapp
    assert QCoreApplication.translate("WindowActions", "&Edit") == "&Modifica"
    assert QLocale().language() == QLocale.Italian
    window = make_window(qtbot)
    try:
        assert window.menuBar().actions()[1].text() == "&Modifica"
        assert window.inputs.tabText(0) == "Piano"
        assert "," in window.headline.tiles["frequency"].value.text()  # 2,45: Italian decimals
    finally:
        close_without_prompt(window)

    make_application(language="zh_CN")  # --language wins over the preference for one run
    assert QCoreApplication.translate("WindowActions", "&Edit") == "编辑(&E)"
    assert QCoreApplication.translate("data", "KOL livestream") == "达人直播"
    Settings().set_value("view/language", "en")
    make_application()
    assert QCoreApplication.translate("WindowActions", "&Edit") == "&Edit"
    assert QCoreApplication.translate("HeadlineStrip", "%n line(s)", "", 1) == "1 line"


def test_uninstall_gives_back_english_and_the_starting_locale(qapp):
    before = QLocale().name()
    i18n.install(qapp, "zh_CN")
    assert QCoreApplication.translate("PlanTab", "Show") == "显示"
    i18n.uninstall(qapp)
    assert QCoreApplication.translate("PlanTab", "Show") == "Show"
    assert QLocale().name() == before


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
