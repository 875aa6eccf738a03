"""Import lines from a sheet: add them to the plan's lines, or replace them (the user chooses)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

ADD, REPLACE = "add", "replace"


def ask_add_or_replace(parent, new: int, existing: int) -> str | None:
    """ADD, REPLACE, or None (cancelled). A plan without lines takes the imported ones without asking."""
    if existing == 0:
        return REPLACE

    def tr(source: str, count: int = -1) -> str:
        return QCoreApplication.translate("ImportLines", source, "", count)

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Question)
    box.setWindowTitle(tr("Import lines"))
    box.setText(tr("The sheet has %n line(s).", new))
    box.setInformativeText(tr("Add them after the plan's %n line(s), or replace those?", existing))
    add = box.addButton(tr("Add"), QMessageBox.AcceptRole)
    replace = box.addButton(tr("Replace"), QMessageBox.DestructiveRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(add)
    box.exec()
    clicked = box.clickedButton()
    return ADD if clicked is add else REPLACE if clicked is replace else None
