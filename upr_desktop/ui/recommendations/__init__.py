"""The Recommendations page: lazy table, search and filters, bulk actions, detail pane."""
