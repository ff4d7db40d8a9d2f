"""Any other table of recommendations (a coalition's own matrix): headers matched by name and synonym (EN/FR/ES)."""

from __future__ import annotations

from typing import ClassVar

from upr_desktop.importers.columns import GENERIC_SYNONYMS, ColumnMapping
from upr_desktop.importers.readers import Table
from upr_desktop.importers.tabular import TabularImporter


class TableImporter(TabularImporter):
    name = "table"
    label = "Table with a header row"
    synonyms: ClassVar[dict[str, tuple[str, ...]]] = GENERIC_SYNONYMS
    extensions = ("xlsx", "xls", "ods", "csv", "json", "docx")

    def score(self, table: Table, mapping: ColumnMapping) -> float:
        columns = mapping.columns()
        if "text" not in columns:
            return 0.0
        return min(0.6, 0.25 + 0.05 * len(columns))


IMPORTER = TableImporter()
