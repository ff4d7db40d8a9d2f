"""Where a workspace lives: the file, its connections (SQLite, SQLCipher), migrations and backups."""
