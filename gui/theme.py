"""Light and dark palettes. The app follows the system's colour scheme (Qt 6 style hints) unless the
user picks one; Fusion gives the same look on every platform, so our palettes read the same everywhere."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SYSTEM, LIGHT, DARK = "system", "light", "dark"


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 40, 46), QColor(28, 30, 35), QColor(226, 229, 234)
    for group in (QPalette.Active, QPalette.Inactive):
        p.setColor(group, QPalette.Window, window)
        p.setColor(group, QPalette.WindowText, text)
        p.setColor(group, QPalette.Base, base)
        p.setColor(group, QPalette.AlternateBase, QColor(44, 47, 54))
        p.setColor(group, QPalette.ToolTipBase, QColor(50, 54, 62))
        p.setColor(group, QPalette.ToolTipText, text)
        p.setColor(group, QPalette.Text, text)
        p.setColor(group, QPalette.Button, QColor(48, 52, 60))
        p.setColor(group, QPalette.ButtonText, text)
        p.setColor(group, QPalette.BrightText, QColor(255, 90, 90))
        p.setColor(group, QPalette.Link, QColor(110, 170, 255))
        p.setColor(group, QPalette.Highlight, QColor(61, 120, 200))
        p.setColor(group, QPalette.HighlightedText, QColor(255, 255, 255))
        p.setColor(group, QPalette.PlaceholderText, QColor(140, 146, 156))
        p.setColor(group, QPalette.Mid, QColor(90, 96, 106))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(120, 125, 133))
    p.setColor(QPalette.Disabled, QPalette.Base, window)
    return p


def system_scheme() -> str:
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def apply_scheme(app: QApplication, choice: str = SYSTEM) -> str:
    """Set Fusion with the light or dark palette; returns the scheme applied."""
    scheme = system_scheme() if choice == SYSTEM else choice
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if scheme == DARK else app.style().standardPalette())
    return scheme


def follow_system(app: QApplication, current_choice=lambda: SYSTEM):
    """Re-apply when the system switches between light and dark, if the user left it on System."""
    def changed(_scheme):
        if current_choice() == SYSTEM:
            apply_scheme(app, SYSTEM)
    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
