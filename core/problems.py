"""Problems found in a plan or a workbook, said so that a marketer can find and fix them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    message: str
    sheet: str | None = None
    row: int | None = None        # 1-based spreadsheet row
    column: str | None = None     # column letter or header
    line: int | None = None       # 0-based plan line, for problems found by the engine
    field: str | None = None      # LineItem field or parameter the problem is about
    severity: str = "error"       # "error" stops the plan; "warning" is reported and kept

    def where(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column {self.column}")
        if not parts and self.line is not None:
            parts.append(f"line {self.line + 1}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class PlanError(ValueError):
    """A plan (or file) that cannot be estimated; carries every problem found, not just the first."""

    def __init__(self, problems, source: str | None = None):
        self.problems = tuple(problems)
        self.source = source
        super().__init__(self.summary())

    def summary(self) -> str:
        head = f"{self.source}: " if self.source else ""
        errors = [p for p in self.problems if p.severity == "error"] or list(self.problems)
        if len(errors) == 1:
            return head + str(errors[0])
        return head + f"{len(errors)} problems:\n" + "\n".join(f"  - {p}" for p in errors)
