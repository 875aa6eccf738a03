"""The About dialog: version, what the app is, and the licences of the libraries it bundles."""
from __future__ import annotations

import platform

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from market_entry_planner.core import __version__

# (library, licence, where its source and licence text are)
LICENCES = (
    ("Qt 6 / PySide6", "LGPL-3.0", "https://www.qt.io/licensing/ — source: https://download.qt.io/official_releases/"),
    ("pyqtgraph", "MIT", "https://github.com/pyqtgraph/pyqtgraph"),
    ("NumPy", "BSD-3-Clause", "https://numpy.org/"),
    ("pandas", "BSD-3-Clause", "https://pandas.pydata.org/"),
    ("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    ("defusedxml", "PSF-2.0", "https://github.com/tiran/defusedxml"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("Python", "PSF-2.0", "https://www.python.org/"),
)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Market Entry Planner"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        rows = "".join(f"<tr><td>{name}</td><td>{licence}</td><td><a href='{url.split(' ')[0]}'>"
                       f"{url.split(' ')[0]}</a></td></tr>" for name, licence, url in LICENCES)
        self.text.setHtml(
            "<h2>Market Entry Planner " + __version__ + "</h2>"
            + "<p>" + self.tr("Plan a brand's entry into Douyin, Kuaishou, Taobao/Tmall and JD.com: reach, frequency, "
                              "costs and sales before you spend.") + "</p>"
            + "<p>" + self.tr("Every default figure has a source, a year and a grade (A: filing or official page; "
                              "B: reputable press or research; C: blog, unverified; W: assumed). See the "
                              "Assumptions tab.") + "</p>"
            + f"<p><small>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {PYSIDE_VERSION}</small></p>"
            + "<h3>" + self.tr("Libraries and their licences") + "</h3>"
            + f"<table cellspacing='6'>{rows}</table>"
            + "<p><small>" + self.tr("Qt is used under the LGPL-3.0: its libraries are separate files in the "
                                     "installation folder, which you may replace with your own build.")
            + "</small></p>")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
