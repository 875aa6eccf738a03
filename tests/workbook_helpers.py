"""Plans for workbook tests: hypothesis strategies for whole plans, a canonical form to compare plans,
and LibreOffice helpers (one private profile per call, several files per soffice run)."""
from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
import uuid
import zipfile
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from market_entry_planner.core.assumptions import GRADES, Assumption, Assumptions
from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics
from market_entry_planner.core.model import ANY, LineItem, Market, Plan, Scenario, Tactic, channel_label
from market_entry_planner.core.parameters import PARAMETERS, RATE, SHAPE, SHARE, parameter
from market_entry_planner.core.sample import sample_plan
from market_entry_planner.core.workbook.cells import normalise
from market_entry_planner.core.workbook.vocabulary import PARAMETER_HEADERS, PLAN_HEADERS

# -- canonical form: what "the same plan" means ------------------------------------------------------------------
# openpyxl writes numbers with 16 significant digits ("%.16g"; a double needs 17 to be exact, Excel shows 15).
# The canonical form applies the same rounding, so it is exact and idempotent: a budget with cents keeps every
# cent up to 1e13 yuan, and any other figure may differ only in a 17th digit.


def _canonical(value):
    if isinstance(value, bool) or value is None or isinstance(value, (str, date)):
        return value
    if isinstance(value, (int, float)):
        value = float(value)
        if not math.isfinite(value):
            return repr(value)
        return float(f"{value:.16g}")
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def canonical(plan: Plan) -> dict:
    """The plan as plain data: every field a user can set, numbers to 16 significant digits."""
    return _canonical({
        "title": plan.title, "notes": plan.notes, "active": plan.active,
        "market": {**asdict(plan.market), "exchange_rates": dict(plan.market.exchange_rates)},
        "assumptions": [list(asdict(row).values()) for row in plan.assumptions],
        "tactics": [list(asdict(t).values()) for t in plan.tactics.values()],
        "scenarios": [[s.name, [_line(x) for x in s.lines]] for s in plan.scenarios],
    })


def _line(line: LineItem) -> dict:
    d = asdict(line)
    d["overrides"], d["extra"] = dict(line.overrides), dict(line.extra)
    return d


def cents(value: float) -> int:
    return round(value * 100)


# -- text ---------------------------------------------------------------------------------------------------------
# What a marketer types: any printable text, Chinese and Italian, formula-looking starts. Outer spaces are
# trimmed by the app when a cell is edited (core.edits), so stored text never has them. XML cannot hold most
# control characters (tested separately); "\r" is normalised to "\n" by every XML parser.
_ALPHABET = st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"), blacklist_characters="\r") | \
    st.sampled_from("\n\t")
_WORDS = ["Qianchuan always-on", "Diretta più lunga", "达人直播 双十一", "种草视频，春季", "Città", "perché sì",
          "=1+1", "=SUM(A1:A3)", "+39 02 1234", "-5%", "@mention", "=HYPERLINK(\"http://x\")", "¥1,200",
          "1.200,50", "12%", "2027-06-18", "TRUE", "#DIV/0!", "'quoted", "100", "0012"]


def _trimmed(text: str) -> str:
    return text.strip()


free_text = st.one_of(st.sampled_from(_WORDS), st.text(_ALPHABET, max_size=40)).map(_trimmed)
some_text = free_text.filter(bool)


# -- identifiers ---------------------------------------------------------------------------------------------------
_RESERVED = {normalise(w) for w in ("*", "All", "any", "all channels", "all tactics", "tutti", "tutte", "全部",
                                    "所有", "total", "totals", "grand total", "sum", "totale", "somma", "合计",
                                    "总计", "小计", "subtotal")}
_KEY_LETTERS = "abcdefghijklmnopqrstuvwxyzàèéìòùç小红书微信视频号拼多多"
user_channel_keys = st.one_of(
    st.sampled_from(["xiaohongshu", "wechat_channels", "小红书", "pinduoduo", "città_mercato", "bilibili", "tmall",
                     "jd_live", "taobao_live", "douyin_mall", "weibo", "vip_com", "dewu", "straße", "ßtadt"]),
    st.from_regex(r"\A[a-zàèéìòùç]{2,10}(_[a-z0-9]{1,6}){0,2}\Z"),
    st.text(st.sampled_from(_KEY_LETTERS), min_size=2, max_size=8),
)
_TACTIC_WORDS = ["RED notes", "Xiaohongshu notes", "Note RED", "小红书笔记", "Mini-program push", "Diretta breve",
                 "Banner", "Pop-up store", "=Live", "Affiliate", "Sampling", "直播切片"]
_PARAMETER_WORDS = ["fee_per_note", "reads_per_note", "price_per_post", "views_per_post", "cost", "returns",
                    "units", "note", "cost_per_sample", "samples_reach", "fee", "views"]


def _label_ok(label: str) -> bool:
    key = normalise(label)
    return bool(key) and key not in _RESERVED


@st.composite
def user_tactics(draw, taken: set[str]) -> list[Tactic]:
    """Tactics a user added on the Tactics sheet, with names that do not clash with each other or ours."""
    tactics = []
    for _ in range(draw(st.integers(0, 3))):
        key = draw(st.one_of(st.from_regex(r"\A[a-z]{3,8}(_[a-z]{2,6})?\Z"), st.sampled_from(
            ["red_notes", "sampling", "小红书", "pop_up", "=odd"])))
        label = draw(st.one_of(st.sampled_from(_TACTIC_WORDS), some_text))
        names = {normalise(key), normalise(label)}
        if not all(_label_ok(n) for n in (key, label)) or names & taken:
            continue
        taken |= names
        buying = draw(st.sampled_from(["cpm", "cpc", "unit"]))
        price = draw(st.sampled_from({"cpm": ["cpm"], "cpc": ["cpc"]}.get(buying, []) + _PARAMETER_WORDS))
        audience = draw(st.sampled_from(_PARAMETER_WORDS)) if buying == "unit" else ""
        if buying == "unit" and audience == price:
            continue
        tactics.append(Tactic(key=key, label=label, buying=buying, unit=draw(st.sampled_from(
            ["post", "note", "1,000 impressions", "click", "uscita", "条"])), price_parameter=price,
            audience_parameter=audience, spend_kind=draw(st.sampled_from(["media", "kol"])),
            whole_units=draw(st.booleans()), description=draw(free_text)))
    return tactics


# -- numbers -------------------------------------------------------------------------------------------------------
money = st.integers(0, 10**11).map(lambda c: c / 100)  # yuan with cents, up to a billion
shares = st.one_of(st.sampled_from([0.0, 1.0, 0.5, 0.12, 0.0035]), st.floats(0, 1))
positive = st.one_of(st.integers(0, 10**9).map(float), st.floats(0, 1e9), st.integers(0, 10**8).map(lambda c: c / 100))


def parameter_values(key: str):
    definition = parameter(key)
    if definition.limits is not None:  # views per viewer 1–1,000, an elasticity 0–5…
        low, high = definition.limits
        return st.floats(low, high)
    kind = definition.kind
    if kind == SHARE:
        return shares
    if kind == SHAPE:
        return st.one_of(st.floats(0.01, 100), st.just(math.inf))
    if kind == RATE:
        return st.floats(0, 1e6)
    return positive


@st.composite
def assumption_rows(draw, channels: list[str], tactics: dict[str, Tactic]) -> Assumptions:
    """The shipped rows, some edited or dropped (never a channel's penetration), plus the user's own rows."""
    rows = []
    for row in default_assumptions():
        action = draw(st.sampled_from(["keep"] * 6 + ["edit", "drop"]))
        if action == "drop" and row.parameter != "penetration":
            continue
        if action == "edit":
            row = draw(_edited(row))
        rows.append(row)
    seen = {row.key for row in rows}
    user_parameters = sorted({p for t in tactics.values() for p in (t.price_parameter, t.audience_parameter) if p})
    for channel in channels:
        if channel not in {r.channel for r in rows}:
            rows.append(draw(_row(channel, ANY, "penetration")))
            seen.add(rows[-1].key)
    for _ in range(draw(st.integers(0, 8))):
        channel = draw(st.sampled_from([ANY, *channels]))
        tactic = draw(st.sampled_from([ANY, *tactics]))
        name = draw(st.sampled_from(sorted(PARAMETERS) + user_parameters))
        if (channel, tactic, name) not in seen:
            rows.append(draw(_row(channel, tactic, name)))
            seen.add(rows[-1].key)
    return Assumptions(rows)


@st.composite
def _row(draw, channel, tactic, name):
    values = sorted([draw(parameter_values(name)) for _ in range(3)])
    return Assumption(channel, tactic, name, values[1], values[0], values[2], draw(st.sampled_from(sorted(GRADES))),
                      draw(st.none() | st.integers(1990, 2100)), draw(free_text))


@st.composite
def _edited(draw, row: Assumption):
    new = draw(_row(row.channel, row.tactic, row.parameter))
    return new if draw(st.booleans()) else replace(row, value=min(max(new.value, row.low), row.high))


@st.composite
def lines(draw, channels, tactics: dict[str, Tactic], extra_names: list[str]) -> LineItem:
    parameters = sorted(PARAMETERS) + sorted({p for t in tactics.values()
                                               for p in (t.price_parameter, t.audience_parameter) if p})
    overrides = {}
    for name in draw(st.lists(st.sampled_from(parameters), max_size=4, unique=True)):
        overrides[name] = draw(parameter_values(name))
    start = draw(st.none() | st.dates(date(1990, 1, 1), date(2100, 12, 31)))
    end = draw(st.none() | st.dates(start or date(1990, 1, 1), date(2100, 12, 31)))
    bounds = sorted([draw(money), draw(money)])
    low = draw(st.none() | st.just(bounds[0]))
    high = draw(st.none() | st.just(bounds[1]))
    extra = {}
    for name in extra_names:
        if draw(st.booleans()):
            extra[name] = draw(st.one_of(some_text, st.integers(-10**9, 10**9), money,
                                         st.dates(date(2000, 1, 1), date(2099, 12, 31))))
    return LineItem(channel=draw(st.sampled_from(channels)), tactic=draw(st.sampled_from(sorted(tactics))),
                    budget=draw(money), name=draw(free_text), start=start, end=end, overrides=overrides,
                    notes=draw(free_text), locked=draw(st.booleans()), min_budget=low, max_budget=high, extra=extra)


_EXTRA_WORDS = ["Agency ref", "PO number", "Referente", "负责人", "KPI", "=odd header", "Priorità", "Owner", "备注2",
                "Cost centre"]


@st.composite
def plans(draw) -> Plan:
    tactics = dict(default_tactics())
    taken = {normalise(n) for t in tactics.values() for n in (t.key, t.label)}
    for tactic in draw(user_tactics(taken)):
        tactics[tactic.key] = tactic
    shipped = ["douyin", "kuaishou", "taobao", "jd"]
    labels = {normalise(channel_label(c)) for c in shipped}
    channels = list(shipped)
    for key in draw(st.lists(user_channel_keys, max_size=3, unique=True)):
        label = normalise(channel_label(key))
        if _label_ok(key) and _label_ok(channel_label(key)) and label not in labels:
            labels.add(label)
            channels.append(key)
    assumptions = draw(assumption_rows(channels, tactics))
    known = set(PLAN_HEADERS) | set(PARAMETER_HEADERS) | {normalise(p) for t in tactics.values()
                                                          for p in (t.price_parameter, t.audience_parameter) if p}
    known |= {normalise(parameter(p).label) for t in tactics.values() for p in (t.price_parameter,
                                                                                 t.audience_parameter) if p}
    extra_names = []
    for name in draw(st.lists(st.one_of(st.sampled_from(_EXTRA_WORDS), some_text), max_size=3)):
        if normalise(name) and normalise(name) not in known and name not in extra_names:
            known.add(normalise(name))
            extra_names.append(name)
    names = draw(st.lists(some_text, min_size=1, max_size=3, unique=True))
    scenarios = tuple(Scenario(name, tuple(draw(st.lists(lines(channels, tactics, extra_names), max_size=6))))
                      for name in names)
    codes = draw(st.lists(st.sampled_from(["EUR", "USD", "GBP", "HKD", "JPY"]), max_size=3, unique=True))
    market = Market(
        target=draw(free_text), target_population=draw(positive), aov=draw(st.none() | money),
        gross_margin=draw(st.none() | shares), agency_fee=draw(shares), effective_frequency=draw(st.integers(1, 20)),
        currency=draw(st.sampled_from(["CNY", "EUR", "USD"])),
        exchange_rates={code: draw(st.floats(0.001, 1000)) for code in codes})
    return Plan(market=market, assumptions=assumptions, tactics=tactics, scenarios=scenarios,
                active=draw(st.integers(0, len(scenarios) - 1)), title=draw(some_text), notes=draw(free_text),
                calendar=default_calendar())


# -- a fixed plan with every kind of content -------------------------------------------------------------------

def rich_plan() -> Plan:
    """The sample with everything a round trip can lose: a user channel and tactic, Chinese and Italian text,
    formula-looking text, ∞, extras, bounds, a locked line, an empty scenario and a non-first active one."""
    plan = sample_plan()
    tactics = dict(plan.tactics)
    tactics["red_notes"] = Tactic("red_notes", "小红书笔记 (RED notes)", "unit", "note", "fee_per_note", "reads_per_note",
                                  "kol", True, "Seeding notes on Xiaohongshu — più autentiche")
    rows = list(plan.assumptions)
    rows += [Assumption("xiaohongshu", "*", "penetration", 0.35, 0.25, 0.45, "W", 2026, "assumed: entered by the user"),
             Assumption("xiaohongshu", "*", "platform_fee", 0.05, 0.05, 0.05, "C", None, ""),
             Assumption("*", "red_notes", "fee_per_note", 3500.5, 2000, 6000, "W", 2026, "=agency quote"),
             Assumption("*", "red_notes", "reads_per_note", 20000, 5000, 80000, "W", 2026, "assumed"),
             Assumption("straße", "*", "penetration", 0.01, 0.0, 0.02, "W", 2027, "Città di prova")]
    lines = list(plan.lines)
    lines[0] = replace(lines[0], name="=SUM(A1:A3)", notes="+39 02 1234\nseconda riga", locked=True,
                       min_budget=500000.25, max_budget=1200000.75, overrides={"k": math.inf, "cpm": 41.37},
                       extra={"Referente": "Giulia Rossi", "PO number": 4711, "Consegna": date(2027, 6, 18)})
    lines.append(replace(lines[1], channel="xiaohongshu", tactic="red_notes", name="小红书 种草 双十一", budget=123456.78,
                         overrides={"fee_per_note": 4200.0}, extra={"负责人": "王芳"}))
    lines.append(replace(lines[2], channel="straße", name="-5% test", budget=0.01, start=None, end=None))
    plan = replace(plan, tactics=tactics, assumptions=Assumptions(rows),
                   title="Sartoria Aurelia — 中国 2027", notes="@team: rivedere")
    plan = plan.with_lines(lines)
    return replace(plan, scenarios=plan.scenarios + (Scenario("Vuoto"), Scenario("Stretch", tuple(lines[:3]))),
                   active=2)


# -- a minimal third-party writer ------------------------------------------------------------------------------
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
def raw_xlsx(path: Path, title: str, rows: list[list]) -> Path:
    """The least a program can write and call .xlsx: one sheet, shared strings, no styles (as small
    libraries and export scripts do). Fast, so it can hold 100,000 rows in a test."""
    strings = {}
    out = []
    width = max(len(r) for r in rows)
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row, start=1):
            ref = f"{get_column_letter(c)}{r}"
            if v is None: continue
            if isinstance(v, str):
                cells.append(f'<c r="{ref}" t="s"><v>{strings.setdefault(v, len(strings))}</v></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><dimension ref="A1:{get_column_letter(width)}{len(rows)}"/>'
             f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    sst = (f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:  # noqa: E501
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS} xmlns:r="{rels}"><sheets><sheet name="{escape(title)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rels}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)
    return path


# -- LibreOffice ---------------------------------------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(files: list[Path], to: str, outdir: Path, infilter: str | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
    """One headless soffice run converting every file; a private profile so parallel runs never clash."""
    profile = Path(tempfile.gettempdir()) / f"mep-lo-profile-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    options = [f"--infilter={infilter}"] if infilter else []
    try:
        return subprocess.run(
            [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
             *options, "--convert-to", to, "--outdir", str(outdir), *map(str, files)],
            capture_output=True, text=True, timeout=timeout)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def require_libreoffice():
    """Skip without soffice, unless MEP_REQUIRE_LIBREOFFICE=1 (CI), where a missing LibreOffice is a failure."""
    import pytest

    if soffice() is None:
        if os.environ.get("MEP_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail("MEP_REQUIRE_LIBREOFFICE=1 but soffice is not on PATH (Debian: libreoffice-calc-nogui)")
        pytest.skip("LibreOffice (soffice) is not installed")


def converted(result: subprocess.CompletedProcess, files: list[Path], outdir: Path, suffix: str) -> list[Path]:
    """The files soffice wrote, failing with its own output when one is missing or it reported an error."""
    made = [outdir / (f.stem + suffix) for f in files]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Error" not in output, output
    missing = [p.name for p in made if not p.exists()]
    assert not missing, f"soffice did not write {missing}: {output}"
    return made
