"""Alembic migrations, packaged inside upr_desktop and run when a workspace is opened."""
