"""Checks on files that come from outside (imports, returned workbooks) before any parser sees them."""
