"""The Actuals and Campaign links sheets: the platform report rows a plan has imported, and which plan line each
report campaign is. Written when the plan has any; read back exactly (export then import gives the same rows and
links, to the cent). A workbook without them has no actuals.
"""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from market_entry_planner.core.amounts import AmountError, check_limit, read_amount
from market_entry_planner.core.model import CHANNEL_LABELS, channel_label
from market_entry_planner.core.parameters import COUNT, MONEY
from market_entry_planner.core.problems import Problem
from market_entry_planner.core.reported import FIGURES, ActualRow, CampaignLink
from market_entry_planner.core.workbook.cells import normalise, parse_bool, parse_date, parse_text
from market_entry_planner.core.workbook.format import FMT_COUNT, FMT_DATE, FMT_MONEY_CENTS, write_table
from market_entry_planner.core.workbook.vocabulary import CHANNEL_VALUES, TACTIC_VALUES

ACTUALS_SHEET, LINKS_SHEET = "Actuals", "Campaign links"
ACTUALS_SHEETS = (ACTUALS_SHEET, "Risultati effettivi", "实际数据", "实际投放")
LINKS_SHEETS = (LINKS_SHEET, "Collegamenti campagne", "计划映射")
ACTUAL_COLUMNS: dict[str, str] = {
    "channel": "Channel", "tactic": "Tactic", "line": "Line", "day": "Date", "days": "Days", "source": "Report",
    "campaign": "Campaign", "spend": "Spend (¥)", "impressions": "Impressions", "clicks": "Clicks",
    "orders": "Orders", "gmv": "GMV (¥)", "views": "Views", "refunds": "Refunds (¥)",
    "refund_orders": "Refunded orders", "units": "Units",
}
LINK_COLUMNS: dict[str, str] = {"source": "Report", "campaign": "Campaign", "channel": "Channel", "tactic": "Tactic",
                                "line": "Line", "confirmed": "Confirmed"}
_MONEY = {"spend", "gmv", "refunds"}


def _channel_text(channel: str) -> str:
    return channel_label(channel) if channel in CHANNEL_LABELS else channel


def _tactic_text(plan, tactic: str) -> str:
    return plan.tactics[tactic].label if tactic in plan.tactics else tactic  # "" for a campaign not yet linked


def write_actuals_sheets(wb, plan, streamed: list | None = None) -> None:
    """The Actuals sheet (a row per report row; its data rows streamed like the Plan's) and Campaign links."""
    if plan.actuals:
        ws = wb.create_sheet(ACTUALS_SHEET)
        rows = [[_channel_text(r.channel), _tactic_text(plan, r.tactic), r.line, r.day, r.days, r.source, r.campaign,
                 *(getattr(r, f) for f in FIGURES)] for r in plan.actuals]
        formats = [None, None, None, FMT_DATE, "0", None, None] + [
            FMT_MONEY_CENTS if f in _MONEY else FMT_COUNT for f in FIGURES]
        write_table(ws, "ActualRows", list(ACTUAL_COLUMNS.values()), rows, formats, streamed=streamed)
    if plan.campaign_links:
        ws = wb.create_sheet(LINKS_SHEET)
        rows = [[link.source, link.campaign, _channel_text(link.channel), _tactic_text(plan, link.tactic), link.line,
                 "yes" if link.confirmed else "no"] for link in plan.campaign_links]
        write_table(ws, "CampaignLinks", list(LINK_COLUMNS.values()), rows, [None] * len(LINK_COLUMNS))


def _lookups(tactics, channels) -> tuple[dict, dict]:
    channel_of = dict(CHANNEL_VALUES)
    for key in channels:
        channel_of[normalise(key)] = key
        channel_of[normalise(channel_label(key))] = key
    tactic_of = {name: key for name, key in TACTIC_VALUES.items() if key in tactics}
    for key, tactic in tactics.items():
        tactic_of[normalise(key)] = key
        tactic_of[normalise(tactic.label)] = key
    return channel_of, tactic_of


def _table(sheet, columns: dict[str, str], problems: list[Problem]):
    """(header row, field -> column index) of the sheet's table, or None with a problem."""
    wanted = {normalise(text): field for field, text in columns.items()}
    for r, row in enumerate(sheet.rows[:30], start=1):
        found = {wanted[normalise(v)]: c for c, v in enumerate(row) if isinstance(v, str) and normalise(v) in wanted}
        if len(found) == len(columns):
            return r, found
    missing = ", ".join(columns.values())
    problems.append(Problem(f"no header row with the columns {missing} found", sheet=sheet.title, row=1))
    return None


def read_actuals_sheets(actuals_sheet, links_sheet, tactics, channels, problems: list[Problem],
                        warnings: list[Problem] | None = None, native: bool = True):
    """(rows, links) from the two sheets (objects with `title` and `rows`); problems appended with sheet, row and
    column. A sheet that is absent gives nothing; a hand-made workbook's sheet called Actuals that holds another
    table is passed over with a warning (ours must hold the table)."""
    channel_of, tactic_of = _lookups(tactics, channels)
    rows, links = [], []
    for sheet, columns, read_one in ((actuals_sheet, ACTUAL_COLUMNS, _actual_row), (links_sheet, LINK_COLUMNS,
                                                                                     _link)):
        if sheet is None:
            continue
        found = _table(sheet, columns, problems if native or warnings is None else warnings)
        if found is None:
            if not native and warnings:
                warnings[-1] = Problem(f"{warnings[-1].message}: the sheet was passed over", sheet=sheet.title,
                                       severity="warning")
            continue
        top, where = found
        out = rows if read_one is _actual_row else links
        for r in range(top + 1, len(sheet.rows) + 1):
            raw = sheet.rows[r - 1]
            values = {f: (raw[c] if c < len(raw) else None) for f, c in where.items()}
            if all(v is None or parse_text(v) == "" for v in values.values()):
                continue
            errors: list[tuple[str, str]] = []
            item = read_one(values, channel_of, tactic_of, errors)
            for field, message in errors:
                problems.append(Problem(message, sheet=sheet.title, row=r, column=get_column_letter(where[field] + 1)))
            if item is not None and not errors:
                out.append(item)
    return tuple(rows), tuple(links)


def _key(values, field, table, errors, what):
    text = parse_text(values.get(field))
    key = table.get(normalise(text))
    if key is None:
        errors.append((field, f"unknown {what} '{text}'" if text else f"the row has no {what}"))
    return key


def _unlinked(values) -> bool:
    """A row (or link) of a campaign not yet linked to a line: no tactic and no line."""
    return not parse_text(values.get("tactic")) and not parse_text(values.get("line"))


def _actual_row(values, channel_of, tactic_of, errors) -> ActualRow | None:
    channel = _key(values, "channel", channel_of, errors, "channel")
    tactic = "" if _unlinked(values) else _key(values, "tactic", tactic_of, errors, "tactic")
    day, problem = parse_date(values.get("day"))
    if problem or day is None:
        errors.append(("day", problem or "the row has no date"))
    figures = {}
    for field in ("days", *FIGURES):
        value = values.get(field)
        if hasattr(value, "message") and hasattr(value, "kind"):  # an error value or an unsaved formula
            errors.append((field, value.message))
            continue
        try:
            amount = read_amount(value, MONEY if field in _MONEY else COUNT)
            figures[field] = None if amount is None else check_limit(COUNT, amount.value, amount.text)
        except AmountError as problem:
            errors.append((field, str(problem)))
    days = figures.pop("days", None)
    if days is None or days < 1 or days != int(days):
        errors.append(("days", "the number of days a row covers is a whole number of 1 or more"))
    if errors:
        return None
    return ActualRow(channel, tactic, parse_text(values.get("line")), day, int(days), parse_text(values.get("source")),
                     parse_text(values.get("campaign")), **{**figures, "spend": figures.get("spend") or 0.0})


def _link(values, channel_of, tactic_of, errors) -> CampaignLink | None:
    channel = _key(values, "channel", channel_of, errors, "channel")
    tactic = "" if _unlinked(values) else _key(values, "tactic", tactic_of, errors, "tactic")
    confirmed, problem = parse_bool(values.get("confirmed"))
    if problem:
        errors.append(("confirmed", problem))
    if errors:
        return None
    return CampaignLink(parse_text(values.get("source")), parse_text(values.get("campaign")), channel, tactic,
                        parse_text(values.get("line")), bool(confirmed))
