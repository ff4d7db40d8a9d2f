"""The importer registry: each importer says how sure it is that it can read a file; the surest one reads it.

The built-in importers are loaded the first time one is asked for; they import :class:`Importer` from
``importers/importer.py``, never this module, so the registry and its importers do not import each other.
"""

from __future__ import annotations

from upr_desktop.errors import FormatNotRecognised, UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.imported import FORMATS
from upr_desktop.importers.importer import Importer
from upr_desktop.importers.readers import SourceFile

MIN_CONFIDENCE = 0.2


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
        raise FormatNotRecognised(
            tr(
                "Cannot import {file}: it is not a recognised format (UPR Info export, OHCHR matrix, UHRI export, "
                "or a table with a column of recommendation texts). If it is a table, name its columns with "
                "--map \"Header=text,...\" and --format table.",
                file=source.path.name,
            ),
            source.path.name,
        )
    return best, confidence


def _load_builtin() -> None:
    if _IMPORTERS:
        return
    from upr_desktop.importers import ohchr_matrix, table, uhri, upr_info

    for module in (upr_info, ohchr_matrix, uhri, table):
        register(module.IMPORTER)
