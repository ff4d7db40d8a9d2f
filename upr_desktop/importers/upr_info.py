"""UPR Info database exports: legacy BIFF .xls, the Excel-for-Mac CSV of it, and current xlsx/csv exports."""

from __future__ import annotations

from typing import Any, ClassVar

from upr_desktop.importers.columns import IGNORE, ColumnMapping, header_key
from upr_desktop.importers.readers import Table, cell_text
from upr_desktop.importers.tabular import TabularImporter
from upr_desktop.importers.values import Normaliser

LEGACY_SHEET = "UPR Info database export"

SYNONYMS: dict[str, tuple[str, ...]] = {
    "text": ("Recommendation", "Text", "Recommendation text", "Recommendations"),
    "state_under_review": ("SuR", "To", "State under Review", "State under Review (SuR)", "SUR name", "Country under review"),
    "recommending_states": ("RS", "From", "Recommending State", "Recommending State (RS)", "RS name", "Recommending States"),
    "response": ("Response", "Response to recommendation", "Position"),
    "action_category": ("Action", "Action category", "Action Category (1-5)", "Category of action"),
    "themes": ("Issue", "Issues", "Themes"),
    "session": ("Session", "UPR session", "Session number"),
    "cycle": ("Cycle", "UPR cycle"),
    "ref": ("Recommendation ID", "Reco ID", "ID"),
    "source_document": ("Document", "Source document"),
    IGNORE: ("Rgrp", "Org", "To-Rgrp", "To-Org", "From-Rgrp", "From-Org", "SuR Rgrp", "SuR Org", "RS Rgrp", "RS Org",
             "Regional group of SuR", "Regional group of RS", "Organisations of SuR", "Organisations of RS",
             "SuR regional group", "RS regional group", "SuR organisations", "RS organisations", "Date", "Year"),
}
_SIGNATURES = ({"sur", "rs"}, {"to", "from"})


class UprInfoImporter(TabularImporter):
    name = "upr-info"
    label = "UPR Info database export"
    synonyms: ClassVar[dict[str, tuple[str, ...]]] = SYNONYMS
    # UPR Info's "ID" is their database's; it identifies the recommendation across exports.
    ref_is_identity = True

    def score(self, table: Table, mapping: ColumnMapping) -> float:
        columns = mapping.columns()
        if "text" not in columns:
            return 0.0
        keys = {header_key(h) for h in mapping.headers}
        if table.name == LEGACY_SHEET and "response" in columns:
            return 0.98
        if any(sig <= keys for sig in _SIGNATURES) and "response" in columns:
            return 0.92
        wanted = {"state_under_review", "recommending_states", "response", "themes", "action_category", "session"}
        found = len(wanted & set(columns))
        if found >= 5 and "action_category" in columns:
            return 0.8
        return 0.1 * found

    def split_states(self, cell: Any) -> list[str]:
        # One recommending State per row in UPR Info data.
        text = cell_text(cell)
        return [text] if text else []

    def themes(self, cell: Any, norm: Normaliser) -> list[tuple[str, str | None]]:
        return norm.issues(cell)


IMPORTER = UprInfoImporter()
