"""The Member groups page: each group with its load; add, edit and remove (saying what removal orphans)."""
