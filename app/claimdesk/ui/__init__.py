"""PySide6 widgets: thin views that show state and call the service through workers."""
