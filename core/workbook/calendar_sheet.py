"""The Calendar sheet: the plan's shopping festivals, their days, channels and (assumed) multipliers.

Written with every workbook; read back exactly (export then import gives the same calendar). A hand-made
workbook without it, or with a sheet called Calendar that holds something else, keeps the shipped calendar.
"""
from __future__ import annotations

import re
from functools import cache

from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter

from market_entry_planner.core.amounts import AmountError, check_limit, read_amount
from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.core.calendar import Festival, festival_problems
from market_entry_planner.core.model import CHANNEL_LABELS, channel_label
from market_entry_planner.core.parameters import COUNT, SHAPE, SHARE
from market_entry_planner.core.problems import Problem
from market_entry_planner.core.workbook.cells import normalise, parse_date, parse_text
from market_entry_planner.core.workbook.format import FMT_DATE, WEAK_FILL, write_table
from market_entry_planner.core.workbook.vocabulary import (
    ANY_NAMES,
    CALENDAR_COLUMNS,
    CHANNEL_VALUES,
    festival_names,
    lookup,
    words,
)

CALENDAR_SHEET = "Calendar"
_HEADERS = lookup(CALENDAR_COLUMNS)
_FIELDS = tuple(CALENDAR_COLUMNS)
_ALL_WORDS = words(("", *ANY_NAMES))
_SPLIT = re.compile(r"[,;，；、\n]+")
_TIMES = re.compile(r"^\s*[×xX*]\s*|\s*[×xX]\s*$")
FMT_MULTIPLIER = '0.00"×"'
HEADER_SEARCH_ROWS = 30


def _channels_text(channels: tuple[str, ...]) -> str:
    # shipped channels by their label; any other by its key, so that it reads back as the same key
    return ", ".join(channel_label(c) if c in CHANNEL_LABELS else c for c in channels) or "All"


def write_calendar_sheet(wb, plan) -> None:
    ws = wb.create_sheet(CALENDAR_SHEET)
    headers = [CALENDAR_COLUMNS[f][0] for f in _FIELDS]
    rows = [[f.key, f.label, f.year, f.start, f.end, _channels_text(f.channels), f.cpm_multiplier, f.cpm_low,
             f.cpm_high, f.cvr_multiplier, f.cvr_low, f.cvr_high, f.grade, f.source] for f in plan.calendar]
    formats = [None, None, "0", FMT_DATE, FMT_DATE, None] + [FMT_MULTIPLIER] * 6 + [None, None]
    write_table(ws, "Festivals", headers, rows, formats, widths={14: 90})
    multiplier_columns = range(_FIELDS.index("cpm_multiplier") + 1, _FIELDS.index("cvr_high") + 2)
    for r, festival in enumerate(plan.calendar, start=2):
        if festival.weak:
            for col in (*multiplier_columns, _FIELDS.index("grade") + 1):
                ws.cell(row=r, column=col).fill = WEAK_FILL
    ws.cell(row=1, column=_FIELDS.index("cpm_multiplier") + 1).comment = Comment(
        "On a festival day, ads bought by auction (CPM, CPC) cost this many times their usual price, and every "
        "tactic converts at the CVR multiplier times its usual rate. No source quantifies either: the shipped "
        "figures are assumptions (grade W). Low and high feed the uncertainty view.", "Market Entry Planner")
    ws.cell(row=1, column=_FIELDS.index("channels") + 1).comment = Comment(
        "All, or the channels the festival runs on, separated by commas.", "Market Entry Planner")


def _number(value, kind: str = SHAPE, maximum: float | None = None) -> tuple[float | None, str | None]:
    """A multiplier ("×1.6", "1.5x", "170%") or a year from a cell, by the one amount parser: (value, problem).
    Negative and zero multipliers come back as read: the caller says they must be above 0."""
    if isinstance(value, str):
        value = _TIMES.sub("", value)
    try:
        try:
            amount = read_amount(value, kind)
            number = None if amount is None else amount.value
        except AmountError as problem:
            if problem.code != "percent_not_allowed" or kind != SHAPE:
                raise
            number = read_amount(value, SHARE).value / 100  # a multiplier of 170% is ×1.7
        if number is not None:
            check_limit(kind, abs(number), str(value), maximum=maximum)
        return number, None
    except AmountError as problem:
        return None, str(problem)


@cache
def _festival_keys() -> dict[str, str]:
    """A shipped festival by its key, its label in any of the app's languages (双十一, Capodanno cinese) or a synonym."""
    return lookup(festival_names())


def _channel_lookup(known) -> dict[str, str]:
    table = dict(CHANNEL_VALUES)
    for key in known:
        table[normalise(key)] = key
        table[normalise(channel_label(key))] = key
    return table


def read_calendar_sheet(sheet, base: tuple[Festival, ...], native: bool, problems: list[Problem],
                        warnings: list[Problem], known_channels=()) -> tuple[Festival, ...]:
    """The festivals on a Calendar sheet (an object with `title` and `rows`, lists of cell values), or `base`.

    Problems are appended to `problems` (errors) and `warnings`, each with sheet, row and column.
    """
    if sheet is None:
        return base
    title = sheet.title

    def error(row, column, message):
        problems.append(Problem(message, sheet=title, row=row, column=column))

    def warn(row, column, message):
        warnings.append(Problem(message, sheet=title, row=row, column=column, severity="warning"))

    top, columns = None, {}
    for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS], start=1):
        found = {}
        for c, value in enumerate(row, start=1):
            field = _HEADERS.get(normalise(value)) if isinstance(value, str) else None
            if field is not None and field not in found:
                found[field] = c
        if {"key", "start", "end"} <= set(found):
            top, columns = r, found
            break
    if top is None:
        if native:
            error(1, None, "no header row with Festival, Start and End found")
        else:
            warn(1, None, "no festival table (Festival, Start and End columns) found: the shipped festival "
                          "calendar is used")
        return base

    channels_of = _channel_lookup(known_channels)
    festivals: list[Festival] = []
    seen: dict[tuple[str, int], int] = {}
    errors_before = len(problems)
    for r in range(top + 1, len(sheet.rows) + 1):
        raw = sheet.rows[r - 1]
        values = {f: (raw[c - 1] if c - 1 < len(raw) else None) for f, c in columns.items()}
        if all(v is None or parse_text(v) == "" for v in values.values()):
            continue

        def col(field):
            return get_column_letter(columns[field]) if field in columns else CALENDAR_COLUMNS[field][0]

        unreadable = [f for f, v in values.items() if hasattr(v, "message") and hasattr(v, "kind")]
        for f in list(unreadable):  # an error value or a formula without a saved result (sheets.Unreadable)
            if f in ("label", "source") and values[f].kind == "error":  # free text: the error reads as its text
                warn(r, col(f), f"{values[f].message}; read as the text {values[f].text}")
                values[f] = values[f].text
                unreadable.remove(f)
            else:
                error(r, col(f), values[f].message)
        if unreadable:
            continue
        values = {f: (None if v == "" else v) for f, v in values.items()}
        ok = True
        key = parse_text(values.get("key"))
        shipped = None if native else _festival_keys().get(normalise(key))
        if shipped is not None:  # a hand-made sheet names a shipped festival as the app shows it: its key
            key = shipped
        if not key:
            error(r, col("key"), "the festival has no name")
            ok = False
        dates = {}
        for name in ("start", "end"):
            dates[name], problem = parse_date(values.get(name))
            if problem or dates[name] is None:
                error(r, col(name), problem or f"the festival has no {name} date")
                ok = False
        year, problem = _number(values.get("year"), COUNT, maximum=9999)
        if problem or (year is not None and not float(year).is_integer()):
            error(r, col("year"), problem or f"the year is a whole number, not {year:g}")
            ok = False
        multipliers = {}
        for kind in ("cpm", "cvr"):
            value, problem = _number(values.get(f"{kind}_multiplier"))
            if problem or value is None:
                error(r, col(f"{kind}_multiplier"),
                      problem or f"the {kind.upper()} multiplier is empty (write 1 for no change)")
                ok = False
                continue
            low, low_problem = _number(values.get(f"{kind}_low"))
            high, high_problem = _number(values.get(f"{kind}_high"))
            for name, bad in ((f"{kind}_low", low_problem), (f"{kind}_high", high_problem)):
                if bad:
                    error(r, col(name), bad)
                    ok = False
            low = value if low is None else low
            high = value if high is None else high
            if min(low, value, high) <= 0:
                error(r, col(f"{kind}_multiplier"), f"the {kind.upper()} multiplier and its range must be above 0 "
                                                    f"(1 means no change)")
                ok = False
            elif low > value or high < value:
                warn(r, col(f"{kind}_low"), f"the range {low:g}–{high:g} does not contain the multiplier {value:g}; "
                                            "it was widened to contain it")
                low, high = min(low, value), max(high, value)
            multipliers.update({f"{kind}_multiplier": value, f"{kind}_low": low, f"{kind}_high": high})
        if not ok:
            continue
        channel_text = parse_text(values.get("channels"))
        channels = () if normalise(channel_text) in _ALL_WORDS else tuple(
            channels_of.get(normalise(part), part.strip()) for part in _SPLIT.split(channel_text) if part.strip())
        grade = parse_text(values.get("grade")).upper() or "W"
        if grade not in GRADES:
            warn(r, col("grade"), f"unknown grade '{grade}', read as W (weak)")
            grade = "W"
        label = parse_text(values.get("label")) or (festival_names()[key][0] if shipped is not None else key)
        festival = Festival(key=key, label=label,
                            year=int(year) if year is not None else dates["start"].year, start=dates["start"],
                            end=dates["end"], channels=channels, **multipliers, grade=grade,
                            source=parse_text(values.get("source")))
        wrong = festival_problems(festival)
        for field, message in wrong:
            error(r, col(field if field in CALENDAR_COLUMNS else "key"), message)
        if wrong:
            continue
        if (key, festival.year) in seen:
            first = seen[(key, festival.year)]
            error(r, col("key"), f"a second row for {key} {festival.year} (the first is row {first})")
            continue
        seen[(key, festival.year)] = r
        festivals.append(festival)
    return base if len(problems) > errors_before else tuple(festivals)
