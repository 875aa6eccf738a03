"""Market Entry Planner's desktop app: PySide6 and pyqtgraph, thin over core/."""
