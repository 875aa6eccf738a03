"""Names people give to our columns and values, in English, Italian and Chinese.

The first name of each entry is the header we write; all are accepted on import (compared after
`cells.normalise`, so case, spaces, apostrophes and units in brackets do not matter).

The tables below hold English names and the synonyms people type (千川, "Spesa", 直通车). What the app itself calls
a name in Italian and Chinese is not typed here a second time: `lookup` adds the translations of every English name
from translated_names.py, which scripts/update_translations.py generates from scripts/translations/<language>.json
(the current wording and, under "former", the wordings of earlier versions, so that their workbooks still read).
A translation the app shows therefore always reads back (tests/test_label_readback.py).
"""
from __future__ import annotations

from functools import cache

from market_entry_planner.core.benchmarks import default_calendar
from market_entry_planner.core.parameters import HALO_PREFIX, halo_parameter
from market_entry_planner.core.workbook.cells import normalise, parse_text
from market_entry_planner.core.workbook.translated_names import TRANSLATED

# Plan sheet: field -> header names
PLAN_COLUMNS: dict[str, tuple[str, ...]] = {
    "scenario": ("Scenario", "Scenario name"),
    "channel": ("Channel", "Platform", "Piattaforma", "平台"),
    "tactic": ("Tactic", "Format", "Type", "Formato", "Tipo", "策略", "形式", "类型"),
    "name": ("Line", "Name", "Line name", "Description", "Item", "Nome", "Descrizione", "名称", "项目", "描述"),
    "budget": ("Budget", "Spend", "Cost", "Amount", "Investment", "Spesa", "Costo", "Importo", "Investimento", "费用",
               "金额", "投放金额"),
    # not "Unità": the app's Italian for Unit (the unit of purchase), not for Units (how many)
    "units": ("Units", "Quantity", "Qty", "Qtà", "数量"),
    "unit": ("Unit", "Unit of purchase", "Unità di acquisto"),
    "start": ("Start", "Start date", "From", "Data inizio", "Dal", "开始", "起始日期"),
    "end": ("End", "End date", "To", "Data fine", "Al", "结束", "截止日期"),
    "locked": ("Locked", "Lock", "Bloccato"),
    "min_budget": ("Min budget", "Minimum budget", "Min"),
    "max_budget": ("Max budget", "Maximum budget", "Max"),
    "notes": ("Notes", "Comment", "Comments", "Commenti", "说明"),
}

# Parameter overrides on plan lines and the Assumptions sheet's Parameter column
PARAMETER_NAMES: dict[str, tuple[str, ...]] = {
    "cpm": ("CPM", "千次展示成本"),
    "cpc": ("CPC", "点击单价"),
    "slot_fee": ("Slot fee", "Costo slot", "Fee slot"),
    "viewers_per_session": ("Viewers per session", "场观", "每场观看人数"),
    "cost_per_hour": ("Cost per hour", "Costo per ora"),
    "viewers_per_hour": ("Viewers per hour", "Spettatori per ora"),
    "fee_per_video": ("Fee per video", "Costo per video", "视频单价"),
    "views_per_video": ("Views per video", "单条播放量", "视频播放量"),
    "views_per_viewer": ("Views per viewer", "人次人数比"),
    "viewer_pool": ("Viewer pool", "Pubblico del KOL", "粉丝池"),
    "search_demand": ("Search demand", "Ricerche annue", "年搜索量"),
    "gmv_per_view": ("GMV per view", "单次观看GMV", "千次观看成交额"),
    "reference_aov": ("Reference order value", "Reference AOV", "Valore ordine di riferimento"),
    "price_elasticity": ("Price elasticity",),
    "frequency_response": ("Frequency response",),
    "return_cost_per_order": ("Return cost per order", "逆向物流成本"),
    "gross_margin": ("Gross margin", "Margin", "Margine"),
    "ctr": ("CTR", "Click-through rate", "Tasso di clic"),
    "cvr": ("CVR", "Conversion rate", "Tasso di conversione"),
    "on_target": ("On-target share", "On target"),
    "k": ("Exposure shape k", "k", "NBD k", "Forma esposizione k", "曝光集中度k"),
    "kol_commission": ("KOL commission", "Commission", "Commissione", "佣金", "佣金率"),
    "return_rate": ("Return rate", "Returns", "Resi"),
    "fulfilment_per_order": ("Fulfilment per order", "Fulfillment per order", "Logistica per ordine", "履约成本"),
    "aov": ("Average order value", "AOV", "Valore medio ordine", "Scontrino medio"),
    "platform_fee": ("Platform fee", "技术服务费"),
    "penetration": ("Penetration",),
    "deposit": ("Deposit", "Deposito", "Cauzione"),
    "annual_fee": ("Annual fee",),
    "store_setup": ("Store set-up", "Store setup", "店铺搭建"),
}

CHANNEL_NAMES: dict[str, tuple[str, ...]] = {
    "douyin": ("Douyin", "TikTok China", "Douyin Global", "抖音全球购", "Qianchuan", "巨量千川"),
    "kuaishou": ("Kuaishou", "Kwai", "快手进口店"),
    "taobao": ("Taobao/Tmall", "Taobao", "Tmall", "Tmall Global", "Taobao Live", "淘宝", "天猫",
               "天猫国际", "淘宝直播",
               "Alibaba"),
    "jd": ("JD.com", "JD", "Jingdong", "JD Worldwide", "JD Live", "京东国际", "京东直播"),
}

TACTIC_NAMES: dict[str, tuple[str, ...]] = {
    "feed_ads": ("Feed ads", "In-feed ads", "Feed", "Display", "Annunci feed", "Pubblicità feed", "Adv feed",
                 "信息流", "千川", "磁力金牛", "万相台", "京东直投", "Qianchuan", "Wanxiangtai"),
    "search_ads": ("Search ads", "Search", "Keyword ads", "Annunci ricerca", "Ricerca", "Parole chiave",
                   "搜索", "直通车", "京东快车", "Zhitongche", "Kuaiche"),
    "kol_live": ("KOL livestream", "KOL live", "Influencer livestream", "Live KOL",
                 "Diretta influencer", "KOL直播", "主播带货"),
    "brand_live": ("Brand livestream", "Brand live", "Store livestream", "Own livestream", "Live brand",
                   "Diretta negozio", "店播", "自播", "品牌直播"),
    "kol_video": ("KOL seeding video", "KOL video", "Seeding video", "Seeding", "Video KOL", "Video seeding",
                  "种草视频", "达人视频", "种草", "短视频种草"),
}

# Market sheet: field -> names
MARKET_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("Plan title", "Title", "Titolo", "标题"),
    "notes": ("Plan notes", "Notes", "Note", "备注"),
    "target": ("Target group", "Target", "Gruppo target", "Pubblico"),
    "target_population": ("Target population", "Population", "目标人口"),
    "category": ("Category", "Product category", "Categoria di prodotto", "类目"),
    "aov": PARAMETER_NAMES["aov"],
    "gross_margin": PARAMETER_NAMES["gross_margin"],
    "agency_fee": ("Agency fee", "Fee agenzia", "Commissione agenzia", "代理费", "代理费率"),
    "effective_frequency": ("Effective frequency",),
    "currency": ("Display currency", "Currency"),
    "active": ("Active scenario",),
}

ASSUMPTION_COLUMNS: dict[str, tuple[str, ...]] = {
    "channel": PLAN_COLUMNS["channel"],
    "tactic": PLAN_COLUMNS["tactic"],
    "parameter": ("Parameter",),
    "value": ("Value", "值"),
    "low": ("Low", "Basso", "低"),
    "high": ("High", "Alto", "高"),
    "unit": ("Unit",),
    "grade": ("Grade", "Confidence", "Grado", "等级"),
    "year": ("Year",),
    "source": ("Source",),
    "default": ("Shipped default", "Default", "Predefinito", "默认值"),
}

TACTIC_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("Tactic", "策略"),
    "label": ("Label",),
    "buying": ("Buying", "Bought by", "Acquisto"),
    "unit": ("Unit",),
    "price_parameter": ("Price parameter", "Parametro prezzo"),
    "audience_parameter": ("Audience parameter", "Parametro pubblico"),
    "conversion_parameter": ("Conversion parameter",),
    "spend_kind": ("Spend", "Spesa"),
    "whole_units": ("Whole units",),
    "description": ("Description",),
}


# Market sheet's Category: key -> names (the first is what we write)
CATEGORY_NAMES: dict[str, tuple[str, ...]] = {
    "womens_apparel": ("Women's apparel", "Womenswear", "Women's wear"),
    "beauty": ("Beauty and personal care", "Beauty", "Cosmetics", "Bellezza", "Cosmetica", "美妆"),
    "food_wine": ("Food and wine", "Food", "Wine", "Food & wine", "Alimentari", "Vino",
                  "食品", "酒水"),
    "luxury_leather": ("Luxury leather goods", "Luxury", "Leather goods", "Lusso",
                       "Pelletteria", "奢侈品", "皮具"),
    "home": ("Home and living", "Home", "Casa", "家居"),
    "other": ("Other",),
}

# the Calendar sheet: field -> header names
CALENDAR_COLUMNS: dict[str, tuple[str, ...]] = {
    "key": ("Festival", "Evento", "节日", "大促"),
    "label": ("Label", "Festival name", "Nome festività"),
    "year": ("Year",),
    "start": ("Start", "Start date", "From", "Data inizio", "开始"),
    "end": ("End", "End date", "To", "Data fine", "结束"),
    "channels": ("Channels", "Platforms", "Piattaforme", "适用渠道", "适用平台"),
    "cpm_multiplier": ("CPM multiplier", "CPM ×", "CPM倍数"),
    "cpm_low": ("CPM low", "CPM multiplier low", "CPM倍数低"),
    "cpm_high": ("CPM high", "CPM multiplier high", "CPM倍数高"),
    "cvr_multiplier": ("CVR multiplier", "CVR ×", "Conversion ×", "转化率倍数", "CVR倍数"),
    "cvr_low": ("CVR low", "CVR multiplier low", "转化率倍数低"),
    "cvr_high": ("CVR high", "CVR multiplier high", "转化率倍数高"),
    "grade": ASSUMPTION_COLUMNS["grade"],
    "source": ASSUMPTION_COLUMNS["source"],
}
CALENDAR_SHEETS = ("Calendar", "Festival calendar", "Festivals", "Calendario", "Calendario festività", "Festività",
                   "节日日历", "大促日历", "日历")
# the sheets: kind -> names; the first is what the app calls it (a tab's title), whose translations read back too.
# Not "Calendar" for the festivals: the app's Calendar tab (排期 in Chinese) shows the lines' flighting
SHEET_NAMES: dict[str, tuple[str, ...]] = {
    "plan": ("Plan", "Media plan", "Piano media", "计划", "媒体计划"),
    "market": ("Market",),
    "assumptions": ("Assumptions", "Assunzioni", "假设"),
    "tactics": ("Tactics", "策略"),
    "calendar": ("Festivals", *CALENDAR_SHEETS),
}

# a channel or tactic cell that means every one; a row that sums the others (its cells are not a line)
ANY_NAMES = ("All", "*", "any", "All channels", "all tactics", "tutti", "tutte", "全部", "所有")
TOTAL_NAMES = ("Total", "Total (deduplicated)", "totals", "grand total", "sum", "subtotal", "totale", "somma",
               "合计", "总计", "小计")

# a search tactic's demand grows with the reach of the plan's content on each channel: "Search halo from Douyin"
HALO_PREFIXES = ("Search halo from", "Halo from", "Alone di ricerca da", "Alone da", "搜索带动自", "搜索光环")
HALO_TEMPLATE = "Search halo from {0}"  # as the app shows it; its translations read back too

# names the app shows besides the first name of an entry (the optimiser's Lock, Min and Max columns of a line,
# the Market tab's Currency): their translations read back too
APP_NAMES = ("Lock", "Min", "Max", "Currency", "CPM ×", "Conversion ×")


def translations(name: str) -> tuple[str, ...]:
    """What the app's Italian and Chinese translations call an English name, now and in earlier versions."""
    return TRANSLATED.get(name, ())


def _translated(name: str) -> tuple[str, ...]:
    """The translations of a synonym that the app itself shows (APP_NAMES); a synonym's own translation could mean
    something else."""
    return translations(name) if name in APP_NAMES else ()


def lookup(names: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """normalised name -> key, for matching headers or values.

    Where two keys share a name the stronger claim wins: a key's own name, then the name we write and its
    translations (what the app shows), then the synonyms. Only the names the app shows are translated (the first
    of each entry and APP_NAMES): a synonym's translation could mean something else ("Spend" is a plan's budget,
    but the Tactics sheet's "Spend" says what kind of spend)."""
    table: dict[str, str] = {}
    for key in names:
        table.setdefault(normalise(key), key)
    for key, aliases in names.items():
        for text in aliases[:1] + translations(aliases[0]) if aliases else ():
            table.setdefault(normalise(text), key)
    for key, aliases in names.items():
        for alias in aliases[1:]:
            for text in (alias, *_translated(alias)):
                table.setdefault(normalise(text), key)
    return table


def words(names) -> frozenset[str]:
    """Names and their translations, normalised, for matching one kind of cell ("All", "Totale", "合计")."""
    return frozenset(normalise(text) for name in names for text in (name, *translations(name)))


_TABLES = (PLAN_COLUMNS, ASSUMPTION_COLUMNS, MARKET_FIELDS, TACTIC_COLUMNS, CALENDAR_COLUMNS, PARAMETER_NAMES,
           CHANNEL_NAMES, TACTIC_NAMES, CATEGORY_NAMES, SHEET_NAMES)


def written_names() -> list[str]:
    """The English names the workbook writes (the first of each entry): each needs a translation, which then reads
    back (scripts/update_translations.py lists them for translation)."""
    found = [aliases[0] for table in _TABLES for aliases in table.values()] + ["All", HALO_TEMPLATE]
    return list(dict.fromkeys(found))


# a shipped festival's names besides its label (which the app shows, translated): what people call it
FESTIVAL_SYNONYMS = {"double11": ("11.11", "Singles' Day", "Singles Day", "双11"), "1212": ("Double 12", "双12"),
                     "cny": ("Spring Festival", "Lunar New Year")}


@cache
def festival_names() -> dict[str, tuple[str, ...]]:
    """Shipped festival key -> its names: the label the app shows first, then synonyms."""
    found: dict[str, tuple[str, ...]] = {}
    for festival in default_calendar():
        found.setdefault(festival.key, (festival.label, *FESTIVAL_SYNONYMS.get(festival.key, ())))
    return found


def english_names() -> list[str]:
    """Every name whose translations the vocabulary accepts (translated_names.py is generated for these)."""
    found = written_names() + [*APP_NAMES, *ANY_NAMES, *TOTAL_NAMES]
    found += [names[0] for names in festival_names().values()]
    return list(dict.fromkeys(found))


def sheet_names(kind: str) -> tuple[str, ...]:
    """The names a sheet of this kind may have ("assumptions": Assumptions, Ipotesi, 参数假设…)."""
    names = SHEET_NAMES[kind]
    found = [*names, *translations(names[0])]
    for name in names[1:]:
        found += _translated(name)
    return tuple(dict.fromkeys(found))


def _halo_templates() -> list[tuple[str, str]]:
    """(before, after) the channel of each way to write a halo parameter: "Search halo from " + "Douyin", or, in
    Chinese, "抖音" + "内容带动的搜索"."""
    found = [(prefix, "") for prefix in HALO_PREFIXES]
    for text in translations(HALO_TEMPLATE):
        if text.count("{0}") == 1 and text.strip() != "{0}":
            before, after = text.split("{0}")
            found.append((before.strip(), after.strip()))
    return found


HALO_TEMPLATES = _halo_templates()


PLAN_HEADERS = lookup(PLAN_COLUMNS)
CATEGORY_VALUES = lookup(CATEGORY_NAMES)
PARAMETER_HEADERS = lookup(PARAMETER_NAMES)
CHANNEL_VALUES = lookup(CHANNEL_NAMES)
TACTIC_VALUES = lookup(TACTIC_NAMES)
MARKET_KEYS = lookup(MARKET_FIELDS)
ASSUMPTION_HEADERS = lookup(ASSUMPTION_COLUMNS)
TACTIC_HEADERS = lookup(TACTIC_COLUMNS)


def header(field: str, names: dict[str, tuple[str, ...]] = PLAN_COLUMNS) -> str:
    return names[field][0]


def halo_key(text, channel_names: dict[str, str]) -> str | None:
    """The halo parameter a name means ("Search halo from Douyin", "halo_douyin"), or None. A channel the lookup
    does not know keeps its own name as key, as channels do on the Assumptions sheet."""
    raw = parse_text(text)
    lowered = raw.lower()
    for before, after in HALO_TEMPLATES:
        if lowered.startswith(before.lower()) and lowered.endswith(after.lower()) and \
                len(raw) > len(before) + len(after):
            rest = raw[len(before):len(raw) - len(after)].strip(" :：")
            if not rest:
                return None
            return halo_parameter(channel_names.get(normalise(rest), rest.lower().replace(" ", "_")))
    if lowered.startswith(HALO_PREFIX) and len(lowered) > len(HALO_PREFIX):
        return lowered.replace(" ", "_")
    return None


def halo_text(key: str, channel_text) -> str:
    """How a halo parameter reads on the sheets: "Search halo from Douyin"."""
    return f"{HALO_PREFIXES[0]} {channel_text(key[len(HALO_PREFIX):])}"
