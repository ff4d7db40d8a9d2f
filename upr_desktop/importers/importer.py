"""What every importer is: how sure it is that it reads a file, and how it reads it (see registry.py)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from upr_desktop.errors import UserError
from upr_desktop.importers.imported import ImportOptions, Monitor, ParsedFile
from upr_desktop.importers.readers import SourceFile


class Importer:
    """A reader of one source format. Subclasses set ``name``/``label`` and implement both methods."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()

    def sniff(self, source: SourceFile | str | Path) -> float:
        """How sure this importer is that it reads the file: 0 (not at all) to 1 (its own format)."""
        src = source if isinstance(source, SourceFile) else SourceFile.open(source)
        if self.extensions and src.kind not in self.extensions:
            return 0.0
        try:
            return self.confidence(src)
        except UserError:
            raise
        except Exception:  # noqa: BLE001 - an importer that cannot even look at a file does not want it
            return 0.0

    def confidence(self, source: SourceFile) -> float:
        raise NotImplementedError

    def parse(self, source: SourceFile, options: ImportOptions, monitor: Monitor) -> ParsedFile:
        raise NotImplementedError
