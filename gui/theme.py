"""Light and dark palettes. The app follows the system's colour scheme (Qt 6 style hints) unless the
user picks one; Fusion gives the same look on every platform, so our palettes read the same everywhere."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SYSTEM, LIGHT, DARK = "system", "light", "dark"

# text colours that keep WCAG AA contrast (>= 4.5:1) on the window and base colours of each palette
_STATUS = {LIGHT: {"good": "#166f33", "bad": "#b42318", "neutral": "#5f6570", "link": "#1d4ed8"},
           DARK: {"good": "#4cc38a", "bad": "#ff7b72", "neutral": "#b4bac4", "link": "#8ab4ff"}}
MUTED = "muted"  # a widget property: its text is drawn in the palette's secondary colour (hints, notes)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21; 4.5 is the AA minimum for body text."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    return QApplication.instance().palette() if QApplication.instance() else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    return _palette(palette).color(QPalette.Window).lightness() < 128


def status_colour(kind: str, palette: QPalette | None = None) -> str:
    """"good", "bad", "neutral" or "link" (the user's own figures) text (a change for the better, for the worse, neither) for the palette."""
    return _STATUS[DARK if is_dark(palette) else LIGHT][kind]


def muted_colour(palette: QPalette | None = None) -> QColor:
    """Secondary text (hints, notes): between the text and the window colour, still >= 4.5:1 on the window."""
    palette = _palette(palette)
    return QColor(status_colour("neutral", palette))


def set_muted(widget, pixel_size: int = 11):
    """Draw a label's text small and in the secondary colour, following theme switches (see restyle)."""
    widget.setProperty(MUTED, pixel_size)
    widget.setStyleSheet(f"font-size: {pixel_size}px; color: {muted_colour().name()};")


def restyle(app: QApplication):
    """Widgets with a style sheet keep the palette they were polished with: setting the same sheet again
    re-polishes them with the new one, and muted labels get the new palette's secondary colour."""
    for widget in app.allWidgets():
        size = widget.property(MUTED)
        if size:
            set_muted(widget, int(size))
        elif widget.styleSheet():
            widget.setStyleSheet(widget.styleSheet())


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
    # disabled widgets keep the dark surfaces (a disabled button must not turn light grey) and dim their text
    for role in (QPalette.Window, QPalette.Button, QPalette.AlternateBase, QPalette.ToolTipBase, QPalette.Mid,
                 QPalette.Highlight, QPalette.Link):
        p.setColor(QPalette.Disabled, role, p.color(QPalette.Active, role))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText, QPalette.PlaceholderText,
                 QPalette.HighlightedText, QPalette.ToolTipText):
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
    restyle(app)
    return scheme


def follow_system(app: QApplication, current_choice=lambda: SYSTEM):
    """Re-apply when the system switches between light and dark, if the user left it on System."""
    def changed(_scheme):
        if current_choice() == SYSTEM:
            apply_scheme(app, SYSTEM)
    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
