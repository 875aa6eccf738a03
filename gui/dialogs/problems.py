"""Dialogs: the list of problems in a file a user tried to open or import."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout


class ProblemsDialog(QDialog):
    """Every problem found, one per row with its sheet, row and column, so the user can fix them all at once."""

    def __init__(self, title: str, intro: str, problems, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        for problem in problems:
            item = QTreeWidgetItem([problem.sheet or "", "" if problem.row is None else str(problem.row),
                                    problem.column or "", problem.message])
            if problem.severity == "warning":
                item.setText(3, self.tr("(warning) {0}").format(problem.message))
            elif problem.severity == "note":
                item.setText(3, self.tr("(note) {0}").format(problem.message))
            item.setToolTip(3, problem.message)
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def problem_texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(3) for i in range(self.tree.topLevelItemCount())]
