"""The one road from the command line and the app to the core.

Each module covers one area of the coalition's work. An operation is a plain function whose
first argument is the open workspace (:class:`~upr_desktop.core.storage.workspace_file.WorkspaceFile`);
it opens the sessions and transactions it needs and returns plain data (dataclasses, never ORM
objects). An operation that writes returns an :class:`~upr_desktop.operations.outcome.Outcome`:
its result and the kinds of records it changed, so the app refreshes exactly what changed (the
way Anki's core hands ``OpChanges`` to its GUI). ``commands/`` (CLI) and ``ui/`` (through its
worker thread) call only these; neither writes SQL, opens a session or touches openpyxl.
"""
