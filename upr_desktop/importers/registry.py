"""The importer registry: each importer says how sure it is that it can read a file; the surest one reads it."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.readers import SourceFile
from upr_desktop.importers.imported import FORMATS, ImportOptions, Monitor, ParsedFile

MIN_CONFIDENCE = 0.2


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


_IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    _IMPORTERS[importer.name] = importer
    return importer


def importers() -> list[Importer]:
    _load_builtin()
    return list(_IMPORTERS.values())


def get(name: str) -> Importer:
    _load_builtin()
    found = _IMPORTERS.get(name)
    if found is None:
        raise UserError(tr("Unknown import format '{name}'; use one of: {formats}.", name=name, formats=", ".join(FORMATS)))
    return found


def detect(source: SourceFile) -> tuple[Importer, float]:
    """The importer surest to read the file; refuses a file no importer recognises."""
    scored = sorted(((imp.sniff(source), imp) for imp in importers()), key=lambda pair: pair[0], reverse=True)
    confidence, best = scored[0]
    if confidence < MIN_CONFIDENCE:
        raise UserError(
            tr(
                "Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, "
                "or a table with a column of recommendation texts). If it is a table, name its columns with "
                "--map \"Header=text,...\" and --format table.",
                file=source.path.name,
            )
        )
    return best, confidence


def _load_builtin() -> None:
    if _IMPORTERS:
        return
    from upr_desktop.importers import ohchr_matrix, table, uhri, upr_info

    for module in (upr_info, ohchr_matrix, uhri, table):
        register(module.IMPORTER)
