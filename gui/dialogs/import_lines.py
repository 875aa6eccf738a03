"""Import lines from a sheet: add them to the plan's lines, or replace them (the user chooses)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

ADD, REPLACE = "add", "replace"


class ImportLinesQuestion(QMessageBox):
    """Add the sheet's lines after the plan's, or replace the plan's lines with them?"""

    def __init__(self, new: int, existing: int, parent=None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Question)
        self.setWindowTitle(self.tr("Import lines"))
        self.setText(self.tr("The sheet has %n line(s).", "", new))
        self.setInformativeText(self.tr("Add them after the plan's %n line(s), or replace those?", "", existing))
        self.add = self.addButton(self.tr("Add"), QMessageBox.AcceptRole)
        self.replace = self.addButton(self.tr("Replace"), QMessageBox.DestructiveRole)
        self.addButton(QMessageBox.Cancel)
        self.setDefaultButton(self.add)

    def answer(self) -> str | None:
        clicked = self.clickedButton()
        return ADD if clicked is self.add else REPLACE if clicked is self.replace else None


def ask_add_or_replace(parent, new: int, existing: int) -> str | None:
    """ADD, REPLACE, or None (cancelled). A plan without lines takes the imported ones without asking."""
    if existing == 0:
        return REPLACE
    question = ImportLinesQuestion(new, existing, parent)
    question.exec()
    return question.answer()
