"""The main window: its assembly, menus and actions, file handling and the plan tab."""
