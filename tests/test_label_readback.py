"""Every label the app or the workbook shows, in every language, reads back when a sheet using it is imported.

A marketer who types a media plan with the headers and names the app shows them (Chinese 投放项, 购买量, 达人种草视频;
Italian "Annunci nel feed", "Compenso d'agenzia") must get the plan they typed, not "unknown column" or "unknown
tactic". The reader's vocabulary takes the app's translations from scripts/translations/<language>.json (through the
generated core/workbook/translated_names.py); these tests read the JSON themselves, the real .qm translations through
the window, and write and read real .xlsx files.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import openpyxl
import pytest

from market_entry_planner.core.model import ANY
from market_entry_planner.core.parameters import PARAMETERS
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook import read_plan
from market_entry_planner.core.workbook.calendar_sheet import _HEADERS as CALENDAR_HEADERS
from market_entry_planner.core.workbook.cells import normalise
from market_entry_planner.core.workbook.vocabulary import (
    APP_NAMES,
    ASSUMPTION_COLUMNS,
    ASSUMPTION_HEADERS,
    CALENDAR_COLUMNS,
    CATEGORY_NAMES,
    CATEGORY_VALUES,
    CHANNEL_NAMES,
    CHANNEL_VALUES,
    MARKET_FIELDS,
    MARKET_KEYS,
    PARAMETER_HEADERS,
    PARAMETER_NAMES,
    PLAN_COLUMNS,
    PLAN_HEADERS,
    SHEET_NAMES,
    TACTIC_COLUMNS,
    TACTIC_HEADERS,
    TACTIC_NAMES,
    TACTIC_VALUES,
    halo_key,
    lookup,
    sheet_names,
)

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "scripts" / "translations"
LANGUAGES = ("it", "zh_CN")

# each table of names the reader knows, and the lookup it matches with
VOCABULARY = {
    "plan columns": (PLAN_COLUMNS, PLAN_HEADERS),
    "assumption columns": (ASSUMPTION_COLUMNS, ASSUMPTION_HEADERS),
    "market fields": (MARKET_FIELDS, MARKET_KEYS),
    "tactic columns": (TACTIC_COLUMNS, TACTIC_HEADERS),
    "calendar columns": (CALENDAR_COLUMNS, CALENDAR_HEADERS),
    "parameters": (PARAMETER_NAMES, PARAMETER_HEADERS),
    "channels": (CHANNEL_NAMES, CHANNEL_VALUES),
    "tactics": (TACTIC_NAMES, TACTIC_VALUES),
    "categories": (CATEGORY_NAMES, CATEGORY_VALUES),
    "sheets": (SHEET_NAMES, {normalise(n): kind for kind in SHEET_NAMES for n in sheet_names(kind)}),
}


def _json(language: str) -> dict:
    return json.loads((TABLES / f"{language}.json").read_text(encoding="utf-8"))


def wordings(language: str, english: str, former: bool = True) -> list[str]:
    """What the translation table calls an English name: in "messages", in any context, and (earlier versions'
    wordings) under "former"."""
    raw = _json(language)
    found = [raw["messages"].get(english)] + [c.get(english) for c in raw.get("contexts", {}).values()]
    if former:
        found += raw.get("former", {}).get(english, [])
    return [t for t in dict.fromkeys(found) if isinstance(t, str) and t]


def shown_names(aliases: tuple[str, ...]) -> list[str]:
    """The English names of an entry the app or the workbook shows: the first, and any the app shows elsewhere."""
    return [aliases[0]] + [a for a in aliases[1:] if a in APP_NAMES]


# -- the vocabulary against the translation tables ----------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("table", list(VOCABULARY))
def test_every_translated_name_maps_back_to_its_key(table, language):
    names, matched = VOCABULARY[table]
    wrong, untranslated = [], []
    for key, aliases in names.items():
        for english in shown_names(aliases):
            texts = wordings(language, english)
            if not texts and english == aliases[0]:
                untranslated.append(english)
            for text in texts:
                if matched.get(normalise(text)) != key:
                    wrong.append(f"{english!r} → {text!r} reads as {matched.get(normalise(text))!r}, not {key!r}")
    assert not untranslated, f"{table}: no {language} translation for {untranslated}"
    assert not wrong, f"{table} in {language}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_parameter_label_and_halo_reads_back(language):
    table = lookup(PARAMETER_NAMES)
    for key, info in PARAMETERS.items():
        if key.startswith("halo"):
            continue
        for text in wordings(language, info.label):
            assert table.get(normalise(text)) == key, (info.label, text)
    channels = dict(CHANNEL_VALUES)
    for key, info in PARAMETERS.items():  # no other name reads as a halo
        if not key.startswith("halo"):
            for text in [info.label, *wordings(language, info.label)]:
                assert halo_key(text, channels) is None, text
    for template in wordings(language, "Search halo from {0}"):
        for channel, names in CHANNEL_NAMES.items():
            for shown in [names[0], *wordings(language, names[0])]:
                assert halo_key(template.format(shown), channels) == f"halo_{channel}", (template, shown)


def test_the_generated_names_module_is_current():
    """translated_names.py is what scripts/update_translations.py writes from the JSON tables today."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.NAMES_MODULE.read_text(encoding="utf-8") == script.names_module(), \
        "run scripts/update_translations.py and commit core/workbook/translated_names.py"


def test_the_generator_takes_messages_contexts_and_former_wordings(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    (tmp_path / "it.json").write_text(json.dumps({
        "messages": {"Line": "Voce", "Units": ["%n unità", "%n unità"], "Not a name": "Non un nome"},
        "contexts": {"OptimiseLinesModel": {"Line": "Voce del piano"}},
        "former": {"Line": ["Riga"]}}), encoding="utf-8")
    (tmp_path / "zh_CN.json").write_text(json.dumps({"messages": {"Line": "投放项"}}), encoding="utf-8")
    monkeypatch.setattr(script, "TABLES", tmp_path)
    names = script.translated_names()
    assert names["Line"] == ("Voce", "Voce del piano", "Riga", "投放项")
    assert "Units" not in names and "Not a name" not in names  # plural forms are no names; only the vocabulary's


def test_no_name_means_two_things_in_one_table():
    """Within one table a name (and its translations) reads as one key: else a column would silently be another."""
    for table, (names, matched) in VOCABULARY.items():
        claims: dict[str, set] = {}
        for key, aliases in names.items():
            for english in aliases:
                for text in [english] + (wordings("it", english) + wordings("zh_CN", english)
                                         if english in shown_names(aliases) else []):
                    claims.setdefault(normalise(text), set()).add(key)
        both = {n: keys for n, keys in claims.items() if len(keys) > 1}
        assert not both, f"{table}: {both}"


# -- real workbooks: the issue's examples -------------------------------------------------------------------------

def _write(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _read(path: Path):
    try:
        return read_plan(path)
    except PlanError as error:  # the message names sheet, row and column: show it
        raise AssertionError("\n".join(str(p) for p in error.problems)) from None


ISSUE_PLANS = {
    "zh_CN": (["渠道", "投放方式", "投放项", "预算", "购买量", "场均观看人数", "单条视频播放量", "最低", "最高"],
              [["抖音", "达人种草视频", "春季种草", 120_000, None, None, 80_000, 50_000, 200_000],
               ["快手", "达人直播", "快手专场", 250_000, None, 30_000, None, None, None]]),
    "it": (["Canale", "Tattica", "Voce", "Budget", "Quantità", "Costo dello slot", "Compenso per video",
            "Spettatori all'ora", "Spettatori per sessione"],
           [["Douyin", "Annunci nel feed", "Qianchuan", 1_000_000, None, None, None, None, None],
            ["Taobao/Tmall", "Annunci di ricerca", "Zhitongche", 80_000, None, None, None, None, None],
            ["JD.com", "Video seeding KOL", "Seeding", 120_000, None, None, 6_000, None, None],
            ["Kuaishou", "Diretta KOL", "Diretta", 250_000, None, 40_000, None, None, 30_000],
            ["Douyin", "Diretta del brand", "Live negozio", 90_000, None, None, None, 1_200, None]]),
}
SCENARIO_HEADER = {"zh_CN": "方案", "it": "Scenario"}
ISSUE_MARKETS = {
    "zh_CN": [["目标人群", "25-35岁一线城市女性"], ["目标人群规模", 12_000_000], ["客单价", 480], ["毛利率", 0.6],
              ["代理服务费", 0.08], ["欧元汇率", 7.9], ["USD 汇率", 7.2], ["当前方案", "基础方案"]],
    "it": [["Pubblico target", "Donne 25-35"], ["Popolazione target", 12_000_000], ["Valore medio dell'ordine", 480],
           ["Margine lordo", 0.6], ["Compenso d’agenzia", 0.08], ["Tasso di cambio EUR", 7.9], ["1 USD =", 7.2],
           ["Scenario attivo", "Base"]],  # Word's apostrophe
}
ISSUE_ASSUMPTIONS = {
    "zh_CN": [["渠道", "投放方式", "参数", "数值", "下限", "上限"], ["抖音", "全部", "保证金", 50_000, 40_000, 60_000]],
    "it": [["Canale", "Tattica", "Parametro", "Valore", "Minimo", "Massimo"],
           ["Douyin", "Tutti", "Deposito cauzionale", 50_000, 40_000, 60_000]],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_labels_the_issue_found_refused_read_back(language, tmp_path):
    headers, rows = ISSUE_PLANS[language]
    active = ISSUE_MARKETS[language][-1][1]
    # a scenario column (方案, Scenario) and another scenario first: the active one is found by its name
    sheet = [[SCENARIO_HEADER[language], *headers], ["Altro / 其他", *rows[0]], *([active, *row] for row in rows)]
    path = _write(tmp_path / f"{language}.xlsx", {"Plan": sheet, "Market": ISSUE_MARKETS[language],
                                                  "Assumptions": ISSUE_ASSUMPTIONS[language]})
    result = _read(path)
    assert [s.name for s in result.plan.scenarios] == ["Altro / 其他", active] and result.plan.active == 1
    assert result.unknown_columns == []
    lines = result.plan.scenario.lines
    assert [line.budget for line in lines] == [row[3] for row in rows]
    assert all(line.name == row[2] for line, row in zip(lines, rows))
    if language == "zh_CN":
        assert [(line.channel, line.tactic) for line in lines] == [("douyin", "kol_video"), ("kuaishou", "kol_live")]
        assert lines[0].overrides == {"views_per_video": 80_000} and lines[1].overrides == {"viewers_per_session": 30_000}
        assert (lines[0].min_budget, lines[0].max_budget) == (50_000, 200_000)
    else:
        assert [(line.channel, line.tactic) for line in lines] == [
            ("douyin", "feed_ads"), ("taobao", "search_ads"), ("jd", "kol_video"), ("kuaishou", "kol_live"),
            ("douyin", "brand_live")]
        assert lines[2].overrides == {"fee_per_video": 6_000}
        assert lines[3].overrides == {"slot_fee": 40_000, "viewers_per_session": 30_000}
        assert lines[4].overrides == {"viewers_per_hour": 1_200}
    market = result.plan.market
    assert (market.aov, market.gross_margin, market.agency_fee, market.target_population) == (480, 0.6, 0.08,
                                                                                              12_000_000)
    assert market.exchange_rates == {"EUR": 7.9, "USD": 7.2}
    deposit = result.plan.assumptions.find("douyin", ANY, "deposit")
    assert deposit is not None and (deposit.low, deposit.value, deposit.high) == (40_000, 50_000, 60_000)


# -- real workbooks: everything the window shows, in every language -----------------------------------------------

def _shown_workbook(window, path: Path) -> Path:
    """A workbook typed with the words the window shows in its language: the tabs' titles as sheet names, the
    tables' headers, the channel, tactic, parameter and category names as the app writes them in its cells.
    Figures are the plan's own numbers (how a number is typed is another test's business)."""
    from PySide6.QtCore import QCoreApplication, Qt

    from market_entry_planner.gui.i18n import parameter_text

    plan = window.document.plan
    tabs = window.inputs
    tab = {name: tabs.tabText(tabs.indexOf(widget)) for name, widget in (
        ("plan", window.plan_tab), ("assumptions", window.assumptions_view), ("festivals", window.festivals_view),
        ("market", window.market_panel))}

    model = window.plan_model
    fields = ["channel", "tactic", "name", "budget", "start", "end"]
    columns = [model.column_of(f) for f in fields]
    headers = [model.headerData(c, Qt.Horizontal) for c in columns]
    # the optimiser's columns of a line
    headers += [QCoreApplication.translate("OptimiseLinesModel", text) for text in ("Lock", "Min", "Max")]
    overrides = [k for k in PARAMETERS if not k.startswith("halo")] + [f"halo_{c}" for c in plan.channels]
    headers += [parameter_text(k) for k in overrides]
    rows = []
    for r, line in enumerate(plan.lines):
        shown = [model.data(model.index(r, c), Qt.DisplayRole) for c in columns[:3]]
        rows.append(shown + [line.budget, line.start, line.end, "yes" if line.locked else "no", line.min_budget,
                             line.max_budget] + [None] * len(overrides))

    assumptions = window.assumptions_model
    a_rows = [assumptions.headers[:3] + assumptions.headers[3:]]
    for r, row in enumerate(plan.assumptions.rows):
        shown = [assumptions.data(assumptions.index(r, c), Qt.DisplayRole) for c in range(3)]
        unit = assumptions.data(assumptions.index(r, assumptions.FIELDS.index("unit")), Qt.DisplayRole)
        a_rows.append(shown + [row.value, row.low, row.high, row.grade, row.year, row.source, unit])

    panel = window.market_panel
    labels = panel.field_labels
    m = plan.market
    market = [[labels["title"], plan.title], [labels["target"], m.target],
              [labels["category"], panel.category.currentText()],
              [labels["target_population"], m.target_population], [labels["aov"], m.aov],
              [labels["gross_margin"], m.gross_margin], [labels["agency_fee"], m.agency_fee],
              [labels["effective_frequency"], m.effective_frequency], [labels["currency"], m.currency]]
    # the exchange rates as the Market tab labels them ("1 EUR =")
    market += [[QCoreApplication.translate("MarketPanel", "1 {0} =").format(code), rate]
               for code, rate in m.exchange_rates.items()]

    festivals = window.festivals_model
    wanted = ("year", "start", "end", "channels", "cpm_multiplier", "cvr_multiplier", "grade", "source")
    f_columns = [festivals.FIELDS.index(f) for f in wanted]
    f_rows = [[festivals.headers[0]] + [festivals.headers[c] for c in f_columns]]
    for r, festival in enumerate(plan.calendar):
        # the festival's name and its channels as the tab shows them (双十一, Capodanno cinese; 全部渠道)
        name, channels = (festivals.data(festivals.index(r, festivals.FIELDS.index(f)), Qt.DisplayRole)
                          for f in ("label", "channels"))
        f_rows.append([name, festival.year, festival.start, festival.end, channels, festival.cpm_multiplier,
                       festival.cvr_multiplier, festival.grade, festival.source])
    return _write(path, {tab["plan"]: [headers, *rows], tab["assumptions"]: a_rows, tab["market"]: market,
                         tab["festivals"]: f_rows})


@pytest.mark.parametrize("language", ["en", "it", "zh_CN"])
def test_a_sheet_typed_with_what_the_window_shows_reads_back(qtbot, qt_settings, tmp_path, language):
    from PySide6.QtWidgets import QApplication

    from market_entry_planner.gui import i18n
    from tests.gui_helpers import close_without_prompt, make_window

    assert i18n.install(QApplication.instance(), language) == language
    window = make_window(qtbot)
    try:
        plan = window.document.plan
        path = _shown_workbook(window, tmp_path / f"shown-{language}.xlsx")
    finally:
        close_without_prompt(window)
        i18n.uninstall(QApplication.instance())
    result = _read(path)
    read = result.plan
    assert result.unknown_columns == []
    assert [(x.channel, x.tactic, x.name, x.budget, x.start, x.end, x.locked, x.min_budget, x.max_budget, x.overrides)
            for x in read.lines] == [(x.channel, x.tactic, x.name, x.budget, x.start, x.end, x.locked, x.min_budget,
                                      x.max_budget, {}) for x in plan.lines]
    assert {r.key: (r.value, r.low, r.high, r.grade) for r in read.assumptions} == \
        {r.key: (r.value, r.low, r.high, r.grade) for r in plan.assumptions}
    assert read.market == plan.market and read.title == plan.title
    # the sheet has no Label column: a festival named as the app shows it gets its shipped label back
    festival = lambda f: (f.key, f.label, f.year, f.start, f.end, f.channels, f.cpm_multiplier,  # noqa: E731
                          f.cvr_multiplier, f.grade, f.source)
    assert [festival(f) for f in read.calendar] == [festival(f) for f in plan.calendar]


@pytest.mark.parametrize("language", ["it", "zh_CN"])
def test_the_sample_plan_exported_from_the_app_in_each_language_reads_back(qtbot, qt_settings, tmp_path, language):
    """The workbook is written in English whatever the app's language (its headers are the vocabulary's first
    names); exported from an Italian or Chinese window it reads back to the same plan."""
    from PySide6.QtWidgets import QApplication

    from market_entry_planner.gui import i18n
    from tests.gui_helpers import close_without_prompt, make_window

    assert i18n.install(QApplication.instance(), language) == language
    window = make_window(qtbot)
    try:
        path = tmp_path / f"exported-{language}.xlsx"
        assert window.files.export_to(path, wait=True)
        plan = window.document.plan
    finally:
        close_without_prompt(window)
        i18n.uninstall(QApplication.instance())
    result = _read(path)
    assert result.plan == plan and result.unknown_columns == [] and not result.warnings


# -- old wordings: a renamed label still reads ---------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_every_former_wording_is_kept_apart_from_the_current_one(language):
    """"former" holds what earlier versions called a name; the current translation replaced it."""
    raw = _json(language)
    for english, old in raw.get("former", {}).items():
        current = wordings(language, english, former=False)
        assert current, f"{english!r} has former wordings but no translation"
        assert not set(old) & set(current), f"{english!r}: a former wording is still the current one"
        assert english in translated_names_module().TRANSLATED, english
        assert set(old) <= set(translated_names_module().TRANSLATED[english])


def translated_names_module():
    from market_entry_planner.core.workbook import translated_names
    return translated_names


def test_sheets_typed_with_the_wordings_of_earlier_versions_still_read(tmp_path):
    """Labels renamed since (Italian Evasione per ordine and Feste/Festività, Chinese 情景 and 当前情景) read as
    before, and as their new wording does."""
    plan = sample_plan()
    festival = plan.calendar[0]
    old = _write(tmp_path / "old.xlsx", {
        "Piano": [["Scenario", "Canale", "Tattica", "Voce", "Budget", "Evasione per ordine"],
                  ["Base", "Douyin", "Annunci nel feed", "Qianchuan", 100_000, 9.5]],
        "Feste": [["Festività", "Anno", "Inizio", "Fine", "Canali", "Moltiplicatore CPM", "Moltiplicatore CVR"],
                  [festival.key, festival.year, festival.start, festival.end, "Tutti i canali", 1.5, 1.2]],
    })
    new = _write(tmp_path / "new.xlsx", {
        "Piano": [["Scenario", "Canale", "Tattica", "Voce", "Budget", "Costo logistico per ordine"],
                  ["Base", "Douyin", "Annunci nel feed", "Qianchuan", 100_000, 9.5]],
        "Eventi promozionali": [["Evento promozionale", "Anno", "Inizio", "Fine", "Canali", "Moltiplicatore CPM",
                                 "Moltiplicatore CVR"],
                                [festival.key, festival.year, festival.start, festival.end, "Tutti i canali", 1.5,
                                 1.2]],
    })
    for path in (old, new):
        result = _read(path)
        assert result.unknown_columns == []
        assert result.plan.lines[0].overrides == {"fulfilment_per_order": 9.5}
        assert [(f.key, f.cpm_multiplier, f.cvr_multiplier, f.channels) for f in result.plan.calendar] == [
            (festival.key, 1.5, 1.2, ())]
    chinese = _write(tmp_path / "old-zh.xlsx", {
        "计划": [["情景", "渠道", "投放方式", "投放项", "预算"], ["其他", "抖音", "信息流广告", "千川", 50_000],
                 ["主推", "京东", "搜索广告", "京东快车", 80_000]],
        "市场": [["当前情景", "主推"], ["客单价", 300], ["毛利率", 0.55]],
    })
    result = _read(chinese)
    assert [s.name for s in result.plan.scenarios] == ["其他", "主推"] and result.plan.active == 1
    assert [(x.channel, x.tactic, x.budget) for x in result.plan.lines] == [("jd", "search_ads", 80_000)]


def test_the_vocabulary_types_no_translation_the_app_already_has():
    """One source of truth: what the app calls a name in Italian or Chinese comes from the translation tables, not
    from a second, hand-typed copy in vocabulary.py (which would drift when a translation is renamed)."""
    twice = []
    for table, (names, _) in VOCABULARY.items():
        for key, aliases in names.items():
            ours = {normalise(t) for english in shown_names(aliases) for language in LANGUAGES
                    for t in wordings(language, english)}
            twice += [f"{table}: {key}: {a!r}" for a in aliases[1:] if a not in APP_NAMES and normalise(a) in ours]
    assert not twice, "typed in vocabulary.py and translated in scripts/translations:\n" + "\n".join(twice)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_metric_name_reads_as_its_english_name_does(language):
    """The Results columns (Budget, Reach, Platform fees…) translated: on a Plan sheet each reads as its English
    name does (Budget is the budget; Reach is a column kept but not used), never as another column."""
    from market_entry_planner.core.metrics import METRIC_INFO

    def meaning(text):
        name = normalise(text)
        return PLAN_HEADERS.get(name) or PARAMETER_HEADERS.get(name)

    wrong = []
    for key, info in METRIC_INFO.items():
        for text in wordings(language, info.label):
            if meaning(text) != meaning(info.label):
                wrong.append(f"{info.label!r} reads as {meaning(info.label)!r}, {text!r} as {meaning(text)!r}")
    assert not wrong, "\n".join(wrong)


def test_a_lookup_accepts_its_names_and_the_translations_of_what_the_app_shows_only():
    """Nothing else: a synonym's translation could mean another thing ("Spend" is a plan's budget; the Tactics
    sheet's Spend, 支出类型, says which kind of spend)."""
    for table, (names, matched) in VOCABULARY.items():
        expected = {normalise(key) for key in names}
        for aliases in names.values():
            expected |= {normalise(a) for a in aliases}
            expected |= {normalise(t) for english in shown_names(aliases) for language in LANGUAGES
                         for t in wordings(language, english)}
        assert set(matched) == expected, f"{table}: {set(matched) ^ expected}"
