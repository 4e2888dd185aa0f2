"""The outline panel: its model, menu and the reader's outline corrections."""
