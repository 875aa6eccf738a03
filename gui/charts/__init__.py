"""pyqtgraph charts over the open plan. Each keeps its items and updates them with setData/setOpts."""
