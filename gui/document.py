"""The open plan: its current value, its undo stack, its file, and its estimate.

Every edit goes through one path: `PlanDocument.edit(text, new_plan, change)` pushes a PlanCommand on the
QUndoStack; the command swaps the plan in and out. Views listen to `aboutToChange` / `changed` (with a
Change saying exactly which rows moved, so table models emit exact signals) and to `resultsChanged`.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.evaluate import Results, evaluate
from market_entry_planner.core.model import Plan
from market_entry_planner.core.problems import PlanError, Problem


@dataclass(frozen=True)
class Change:
    """What an edit touched. kind: "budgets" (only budget values), "lines" (fields of some rows), "insert",
    "remove" (rows), "assumptions", "market", "actuals" (imported report rows only), "reset" (anything: a new plan,
    an import, a scenario switch)."""

    kind: str
    rows: tuple[int, ...] = ()

    def inverse(self) -> "Change":
        return {"insert": Change("remove", self.rows), "remove": Change("insert", self.rows)}.get(self.kind, self)

    @property
    def structural(self) -> bool:
        return self.kind != "budgets"


_drag_ids = itertools.count(1)


def new_drag_id() -> int:
    """One id per mouse drag: its steps merge into one undoable edit."""
    return next(_drag_ids)


class PlanCommand(QUndoCommand):
    MERGE_ID = 1001

    def __init__(self, document: "PlanDocument", text: str, before: Plan, after: Plan, change: Change,
                 merge_key=None, before_totals: dict | None = None):
        super().__init__(text)
        self.document, self.before, self.after, self.change, self.merge_key = document, before, after, change, merge_key
        # the estimate before this edit (before the whole drag, for a drag's steps) and after it: the headline's
        # "change since the last edit" is the difference of the two, whichever way the edit is (un)done
        self.before_totals = before_totals
        self.after_totals: dict | None = None

    def redo(self):
        self.document._apply(self.after, self.change, self.before_totals)
        self.after_totals = self.document.totals()

    def undo(self):
        self.document._apply(self.before, self.change.inverse(), self.after_totals)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, PlanCommand) or other.merge_key != self.merge_key or self.merge_key is None:
            return False
        self.after, self.after_totals = other.after, other.after_totals
        if self.change != other.change:
            self.change = Change("lines", tuple(sorted(set(self.change.rows) | set(other.change.rows))))
        return True


class PlanDocument(QObject):
    aboutToChange = Signal(object)   # Change, before the plan is swapped (models begin row changes)
    changed = Signal(object)         # Change, after
    resultsChanged = Signal()
    pathChanged = Signal()

    def __init__(self, plan: Plan, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._plan = plan
        self.path = Path(path) if path else None
        self.compiled: CompiledPlan | None = None
        self.results: Results | None = None
        self.previous_totals: dict[str, float] | None = None  # before the last edit: for the headline's deltas
        self.problems: tuple[Problem, ...] = ()
        self.missing_market: tuple[str, ...] = ()  # brand figures not set yet ("aov", "gross_margin")
        self._recompute(structural=True)

    # -- reading
    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def budgets(self) -> np.ndarray:
        return np.fromiter((line.budget for line in self._plan.lines), dtype=float, count=len(self._plan.lines))

    @property
    def title(self) -> str:
        return self.path.name if self.path else self._plan.title or self.tr("Untitled plan")

    # -- editing
    def edit(self, text: str, plan: Plan, change: Change, merge_key=None):
        """Make an edit undoable: the only way views change the plan."""
        if plan is self._plan:
            return
        before_totals = self.totals()
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if merge_key is not None and isinstance(top, PlanCommand) and top.merge_key == merge_key:
            before_totals = top.before_totals  # a step of a drag: the change is the whole drag's
        self.undo_stack.push(PlanCommand(self, text, self._plan, plan, change, merge_key, before_totals))

    def totals(self) -> dict[str, float] | None:
        """The plan's estimated totals now (None if it cannot be estimated)."""
        return dict(self.results.total) if self.results is not None else None

    def replace(self, plan: Plan, path: Path | None):
        """Open another file: a new history, nothing to undo."""
        self.undo_stack.clear()
        self.path = Path(path) if path else None
        self._apply(plan, Change("reset"), None)  # another plan: nothing to compare it with
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def mark_saved(self, path: Path, plan: Plan | None = None):
        """The file at path now holds `plan` (by default the plan shown): the document is that file's, and clean
        unless the plan was edited while it was being written."""
        self.path = Path(path)
        if plan is None or plan is self._plan:
            self.undo_stack.setClean()
        self.pathChanged.emit()

    # -- internals
    def _apply(self, plan: Plan, change: Change, previous_totals: dict | None):
        self.aboutToChange.emit(change)
        self.previous_totals = previous_totals
        self._plan = plan
        self._recompute(structural=change.structural)
        self.changed.emit(change)
        self.resultsChanged.emit()

    def _recompute(self, structural: bool):
        """A budget-only edit reuses the compiled arrays: a fraction of a millisecond for 100 lines."""
        try:
            if structural or self.compiled is None or self.compiled.size != len(self._plan.lines):
                # reach needs no price: without the brand's order value or margin the plan is still estimated,
                # its sales and profit figures missing (NaN, shown as "–"), never guessed
                self.compiled = compile_plan(self._plan, require_market=False)
                market = self._plan.market
                self.missing_market = tuple(name for name, value in (("aov", market.aov),
                                                                     ("gross_margin", market.gross_margin))
                                            if value is None)
            self.results = evaluate(self.compiled, self.budgets)
            self.problems = ()
        except PlanError as error:
            self.compiled, self.results, self.problems = None, None, error.problems
