"""The read side: lists, search, table orders, figures and snapshots, computed in SQL."""
