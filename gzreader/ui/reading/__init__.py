"""The reading pane and what moves through it: find, navigation, the original page, key terms."""
