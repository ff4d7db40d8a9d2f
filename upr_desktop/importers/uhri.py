"""UHRI (Universal Human Rights Index) exports: xlsx, csv and json, "- A - B" multi-values, "reccomending" headers."""

from __future__ import annotations

from typing import ClassVar

from upr_desktop.importers.columns import IGNORE, ColumnMapping, header_key
from upr_desktop.importers.readers import Table
from upr_desktop.importers.tabular import TabularImporter

SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("Recommendation", "Text", "Recommendation text", "Annotation", "Full text"),
    "state_under_review": ("Countries concerned", "Country concerned", "Countries", "State under review"),
    "recommending_states": ("UPR recommending States", "UPR reccomending States", "Recommending States",
                            "Reccomending States", "UPR recommending State", "UPR reccomending State"),
    "response": ("UPR position", "Position", "UPR response"),
    "session": ("UPR session", "Session"),
    "cycle": ("Cycle", "UPR cycle"),
    "themes": ("Themes", "Theme", "Human rights themes"),
    "sdgs": ("SDGs", "SDG", "Sustainable development goals"),
    "affected_groups": ("Affected persons", "Affected groups", "Groups of persons", "Persons affected"),
    "source_document": ("Document symbol", "Symbol", "Document"),
    "ref": ("Paragraph", "Paragraph number", "Para"),
    IGNORE: ("Recommending body", "Reccomending body", "Body", "Publication date", "Regions", "Region",
             "Mechanism", "Type", "Annotation id", "Id"),
}
_MARKERS = {"reccomending", "countries concerned", "upr position", "document symbol", "upr recommending states", "affected persons"}


class UhriImporter(TabularImporter):
    name = "uhri"
    label = "UHRI export (Universal Human Rights Index)"
    synonyms: ClassVar[dict[str, tuple[str, ...]]] = SYNONYMS

    def score(self, table: Table, mapping: ColumnMapping) -> float:
        columns = mapping.columns()
        if "text" not in columns:
            return 0.0
        keys = [header_key(h) for h in mapping.headers]
        hits = sum(1 for k in keys if any(m in k for m in _MARKERS))
        if hits >= 2:
            return 0.93
        if hits == 1:
            return 0.6
        return 0.15 if {"sdgs", "affected_groups"} & set(columns) else 0.05


IMPORTER = UhriImporter()
