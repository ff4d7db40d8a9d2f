"""Every write to a workspace goes through these services; each leaves ChangeLog rows."""
