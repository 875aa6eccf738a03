"""The main window's actions, menus and toolbar, and the View menu's preferences (theme, language).

A mixin of MainWindow: the actions are the window's attributes (`window.save_action`, `window.optimise_action`),
so a test or another module triggers exactly what a menu does. It expects the window to have built its parts
first: `document`, `settings`, `files`, `plan_tab`, `assumptions_view`, `festivals_view`, `scenarios_tab`,
`market_panel`, and the slots it connects (`optimise`, `show_comparison`, `reset_assumptions`, ...).
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from market_entry_planner.core.paths import resource
from market_entry_planner.gui import i18n, theme
from market_entry_planner.gui.dialogs.about import AboutDialog

ICON_STROKE = "#5d7290"  # the colour the toolbar icons are drawn in; themed_icon swaps it for the palette's
ICON_SIZES = (16, 24, 32)


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))


def _render(svg: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode())).render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def themed_icon(name: str, palette: QPalette) -> QIcon:
    """A toolbar icon drawn for the palette: strokes in a colour that stands out from the window when enabled,
    and in the palette's disabled text colour when disabled, so a greyed-out action always looks dimmer (the
    style's generated disabled icon is brighter than our blue-grey strokes on a dark window)."""
    svg = resource("icons", f"{name}.svg").read_text(encoding="utf-8")
    dark = palette.color(QPalette.Window).lightness() < 128
    enabled = "#a9bfdf" if dark else ICON_STROKE
    disabled = palette.color(QPalette.Disabled, QPalette.WindowText)
    disabled = disabled.darker(125) if dark else disabled.lighter(110)
    result = QIcon()
    ratio = max(1.0, QApplication.instance().devicePixelRatio()) if QApplication.instance() else 1.0
    for mode, colour in ((QIcon.Normal, enabled), (QIcon.Disabled, disabled.name())):
        drawn = svg.replace(ICON_STROKE, colour)
        for size in ICON_SIZES:
            result.addPixmap(_render(drawn, size, ratio), mode)
    return result


class WindowActions:
    def _action(self, text, slot, shortcut=None, icon_name=None, tip=None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
            action.setProperty("icon_name", icon_name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self):
        self._make_file_actions()
        self._make_edit_actions()
        self.optimise_action = self._action(self.tr("&Optimise the budget…"), self.optimise,
                                            QKeySequence("Ctrl+Shift+O"), "optimise",
                                            self.tr("Reallocate the budget for the most reach, effective reach, GMV "
                                                    "or profit, within your limits"))
        self.new_scenario_action = self._action(self.tr("&New scenario…"), self.scenarios_tab.ask_new, None, None,
                                                self.tr("A copy of the scenario shown, to change without losing it"))
        self.rename_scenario_action = self._action(self.tr("&Rename scenario…"), self.scenarios_tab.ask_rename)
        self.delete_scenario_action = self._action(self.tr("&Delete scenario"), self.scenarios_tab.delete)
        self.compare_scenarios_action = self._action(self.tr("&Compare scenarios"), self.show_comparison, None,
                                                     None, self.tr("Every scenario side by side"))

    def _make_file_actions(self):
        files = self.files
        self.new_action = self._action(self.tr("&New"), files.new_plan, QKeySequence.New, "new",
                                       self.tr("Start an empty plan with the shipped assumptions"))
        self.open_action = self._action(self.tr("&Open…"), files.ask_open, QKeySequence.Open, "open",
                                        self.tr("Open a plan workbook"))
        self.save_action = self._action(self.tr("&Save"), lambda: files.save(), QKeySequence.Save, "save",
                                        self.tr("Save the plan"))
        self.save_as_action = self._action(self.tr("Save &As…"), lambda: files.ask_save_as(), QKeySequence.SaveAs)
        self.import_action = self._action(self.tr("&Import lines from a sheet…"), files.ask_import, None, "import",
                                          self.tr("Replace this scenario's lines with a plan typed in Excel; market "
                                                  "and assumptions stay"))
        self.import_actuals_action = self._action(
            self.tr("Import &actuals…"), lambda: self.actuals_tab.ask_import(self.settings.last_folder()), None, None,
            self.tr("Read the platforms' ad reports: spend to date against the plan, and the assumptions calibrated"))
        self.export_action = self._action(self.tr("&Export a copy…"), files.ask_export, QKeySequence("Ctrl+E"),
                                          "export", self.tr("Write a copy of the workbook with results, elsewhere"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.Quit)

    def _make_edit_actions(self):
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setProperty("icon_name", "undo")
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence.Redo, QKeySequence("Ctrl+Y")])
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setProperty("icon_name", "redo")
        plan_tab = self.plan_tab
        self.add_action = self._action(self.tr("&Add line"), plan_tab.add_line, QKeySequence("Ctrl+Shift+N"), "add",
                                       self.tr("Add a line to the plan"))
        self.duplicate_action = self._action(self.tr("&Duplicate line"), plan_tab.duplicate_lines,
                                             QKeySequence("Ctrl+D"), "duplicate", self.tr("Copy the selected lines"))
        self.delete_action = self._action(self.tr("De&lete lines"), plan_tab.delete_lines, QKeySequence.Delete,
                                          "delete", self.tr("Delete the selected lines"))
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        plan_tab.view.addAction(self.delete_action)
        self.reset_assumption_action = self._action(
            self.tr("Reset to &default"), self.reset_assumptions, None, None,
            self.tr("Put the selected assumptions back to the shipped benchmark"))
        self.assumptions_view.addAction(self.reset_assumption_action)
        self.assumptions_view.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.reset_festival_action = self._action(
            self.tr("Reset to &default"), self.reset_festivals, None, None,
            self.tr("Put the selected festivals back to the shipped calendar"))
        self.festivals_view.addAction(self.reset_festival_action)
        self.festivals_view.setContextMenuPolicy(Qt.ActionsContextMenu)

    def _make_menus(self):
        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            menu.addAction(action)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        menu.addSeparator()
        for action in (self.save_action, self.save_as_action, self.import_action, self.import_actuals_action,
                       self.export_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.add_action, self.duplicate_action,
                       self.delete_action, None, self.reset_assumption_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Scenario"))
        for action in (self.optimise_action, None, self.new_scenario_action, self.rename_scenario_action,
                       self.delete_scenario_action, None, self.compare_scenarios_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        self._make_view_menu(self.menuBar().addMenu(self.tr("&View")))
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self._action(self.tr("&About Market Entry Planner"), self.about))
        self._make_toolbar()
        self.recolour_icons()

    def _make_view_menu(self, menu):
        # the keyboard path: Ctrl+1…7 open an input tab with the keyboard in its table or first field, so editing,
        # adding a line (Ctrl+Shift+N), optimising (Ctrl+Shift+O) and saving (Ctrl+S) need no mouse
        self.go_to_actions = []
        go_to = menu.addMenu(self.tr("&Go to"))
        for number in range(self.inputs.count()):
            action = self._action(self.inputs.tabText(number), lambda checked=False, n=number: self.go_to_tab(n),
                                  QKeySequence(f"Ctrl+{number + 1}"))
            go_to.addAction(action)
            self.go_to_actions.append(action)
        action = self._action(self.tr("Charts"), self.go_to_charts, QKeySequence("Ctrl+0"))
        go_to.addAction(action)
        self.go_to_actions.append(action)
        menu.addSeparator()
        self.currency_actions = {}
        for code in ("CNY", "EUR", "USD"):
            action = self._action(self.tr("Money in {0}").format(code),
                                  lambda checked=False, c=code: self.market_panel.commit("currency", c))
            action.setCheckable(True)
            menu.addAction(action)
            self.currency_actions[code] = action
        menu.addSeparator()
        themes = menu.addMenu(self.tr("&Theme"))
        self.theme_actions = {}
        for key, label in ((theme.SYSTEM, self.tr("Follow the system")), (theme.LIGHT, self.tr("Light")),
                           (theme.DARK, self.tr("Dark"))):
            action = self._action(label, lambda checked=False, k=key: self.set_theme(k))
            action.setCheckable(True)
            themes.addAction(action)
            self.theme_actions[key] = action
        self.theme_actions[self.theme_choice()].setChecked(True)
        languages = menu.addMenu(self.tr("&Language"))
        self.language_actions = {}
        current = str(self.settings.value("view/language", i18n.SYSTEM))
        for key, label in ((i18n.SYSTEM, self.tr("Follow the system")), *i18n.LANGUAGES.items()):
            action = self._action(label, lambda checked=False, k=key: self.set_language(k))
            action.setCheckable(True)
            action.setChecked(key == current)
            languages.addAction(action)
            self.language_actions[key] = action

    def _make_toolbar(self):
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        for action in (self.new_action, self.open_action, self.save_action, None, self.undo_action,
                       self.redo_action, None, self.add_action, self.duplicate_action, self.delete_action, None,
                       self.import_action, self.export_action, None, self.optimise_action):
            bar.addSeparator() if action is None else bar.addAction(action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Scenario ")))
        self.scenario_box = QComboBox()
        # as wide as the longest scenario name (at least 12 characters): "Douyin push", not "Douy"
        self.scenario_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.scenario_box.setMinimumContentsLength(12)
        self.scenario_box.setToolTip(self.tr("The scenario shown and edited"))
        self.scenario_box.currentIndexChanged.connect(self._scenario_chosen)
        bar.addWidget(self.scenario_box)

    def recolour_icons(self):
        """Draw the actions' icons for the palette in use (called at start and on every theme change)."""
        palette = QApplication.instance().palette()
        key = (palette.color(QPalette.Window).rgb(), palette.color(QPalette.Disabled, QPalette.WindowText).rgb())
        if getattr(self, "_icons_for", None) == key:
            return
        self._icons_for = key
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(themed_icon(name, palette))

    def changeEvent(self, event):
        if event.type() in (QEvent.ApplicationPaletteChange, QEvent.PaletteChange) and hasattr(self, "undo_action"):
            self.recolour_icons()
        super().changeEvent(event)

    # -- the View and Help menus
    def go_to_tab(self, number: int):
        """Show an input tab and put the keyboard in it: its table (on the current row, or the first), or its first
        field."""
        from PySide6.QtWidgets import QAbstractItemView

        self.inputs.setCurrentIndex(number)
        page = self.inputs.widget(number)
        views = [page] if isinstance(page, QAbstractItemView) else page.findChildren(QAbstractItemView)
        target = next((v for v in views if v.isVisible()), None)
        if target is not None:
            target.setFocus(Qt.ShortcutFocusReason)
            if not target.currentIndex().isValid() and target.model() is not None and target.model().rowCount():
                target.setCurrentIndex(target.model().index(0, 0))
        else:
            page.focusNextChild()

    def go_to_charts(self):
        self.charts.currentWidget().setFocus(Qt.ShortcutFocusReason)
        self.charts.tabBar().setFocus(Qt.ShortcutFocusReason)  # arrow keys then switch charts

    def theme_choice(self) -> str:
        choice = str(self.settings.value("view/theme", theme.SYSTEM))
        return choice if choice in (theme.SYSTEM, theme.LIGHT, theme.DARK) else theme.SYSTEM

    def set_theme(self, choice: str):
        self.settings.set_value("view/theme", choice)
        for key, action in self.theme_actions.items():
            action.setChecked(key == choice)
        theme.apply_scheme(QApplication.instance(), choice)

    def set_language(self, choice: str):
        """Takes effect at the next start: every label would otherwise need rebuilding in place."""
        self.settings.set_value("view/language", choice)
        for key, action in self.language_actions.items():
            action.setChecked(key == choice)
        self.statusBar().showMessage(self.tr("The language changes the next time Market Entry Planner starts."),
                                     10000)

    def about(self):
        dialog = AboutDialog(self)
        self.last_about_dialog = dialog
        dialog.exec()
