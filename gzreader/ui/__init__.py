"""PySide6 GUI: wires views to the core, store and brief packages; holds no logic of theirs."""
