"""Languages: English, Italian and Simplified Chinese, with Qt Linguist translations.

The UI's own strings go through `tr()`. Labels that come from data (channel, tactic, parameter and metric
names) go through `data_text`, in the "data" context; `gui/data_strings.py` lists them for lupdate
(`python scripts/update_translations.py` regenerates it, the .ts files and the .qm files).
Numbers and dates follow the chosen language's locale.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.core.model import channel_label
from market_entry_planner.core.parameters import HALO_PREFIX, parameter
from market_entry_planner.core.paths import resource

SYSTEM = "system"
LANGUAGES = {"en": "English", "it": "Italiano", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []
_started_with: QLocale | None = None  # the default locale before the first install


def language_for(choice: str | None) -> str:
    """The language code to use for a preference ("system" follows the system's UI language)."""
    if choice in LANGUAGES:
        return choice
    for name in QLocale.system().uiLanguages():
        name = name.replace("-", "_")
        if name.startswith("zh"):
            return "zh_CN"
        if name.startswith("it"):
            return "it"
    return "en"


def install(app, choice: str | None = SYSTEM) -> str:
    """Load our translation and Qt's own (standard dialogs, buttons) for the chosen language."""
    global _started_with
    if _started_with is None:
        _started_with = QLocale()
    _remove_translators(app)
    language = language_for(choice)
    locale = {"en": QLocale(QLocale.English, QLocale.UnitedStates), "it": QLocale(QLocale.Italian, QLocale.Italy),
              "zh_CN": QLocale(QLocale.Chinese, QLocale.China)}[language]
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"mep_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_folder = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if language != "en" and translator.load(f"{name}_{language}", qt_folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def uninstall(app):
    """Back to the source language (English) and the locale the process started with (tests use this)."""
    _remove_translators(app)
    if _started_with is not None:
        QLocale.setDefault(_started_with)


def _remove_translators(app):
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def data_text(text: str) -> str:
    """A label that comes from data, translated if the chosen language has it."""
    return QCoreApplication.translate("data", text) if text else text


def channel_text(channel: str) -> str:
    return data_text(channel_label(channel))


def grade_text(grade: str) -> str:
    return data_text(GRADES.get(grade, ""))


def parameter_text(key: str) -> str:
    """A parameter's label in the chosen language; a search halo names its source channel."""
    if key.startswith(HALO_PREFIX) and len(key) > len(HALO_PREFIX):
        return QCoreApplication.translate("data", "Search halo from {0}").format(channel_text(key[len(HALO_PREFIX):]))
    return data_text(parameter(key).label)
