"""The report as a document model: what every writer (xlsx, PDF, the GUI preview) renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

REPORT_KINDS = ("implementation", "coverage", "consultations", "cycle")


@dataclass
class Table:
    """A titled table; ``totals`` is the last row when the columns add up. ``widths`` are in characters."""

    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    totals: list[Any] | None = None
    widths: list[int] | None = None
    percent_columns: tuple[int, ...] = ()  # columns holding shares (0-1), shown as percentages
    print_widths: list[int] | None = None  # relative column widths on paper (PDF), when they differ from the xlsx ones
    note: str | None = None  # a sentence shown under the table (how it counts)

    def column_widths(self) -> list[int]:
        if self.widths:
            return self.widths
        widths = [len(str(h)) for h in self.headers]
        for row in self.rows[:200]:
            for i, value in enumerate(row):
                widths[i] = max(widths[i], min(60, len(str(value if value is not None else ""))))
        return [max(6, w + 2) for w in widths]


@dataclass
class Chart:
    """A bar chart: one bar (or stack) per category, one segment per series."""

    title: str
    categories: list[str]
    series: list[tuple[str, list[float]]]
    stacked: bool = False
    horizontal: bool = True
    value_format: str = "count"  # count | percent
    colors: list[str] | None = None  # one "#rrggbb" per series


@dataclass
class Section:
    """One part of the report (a theme, a group, a ministry) with its own tables."""

    title: str
    intro: str | None = None
    tables: list[Table] = field(default_factory=list)


@dataclass
class ReportDocument:
    kind: str
    title: str
    coalition: str
    state_under_review: str
    generated_on: date
    as_of: date
    scope_lines: list[str]
    include_sensitive: bool
    sensitive_note: str
    is_demo: bool = False
    summary: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    data_tables: list[Table] = field(default_factory=list)  # flat tables: the xlsx data sheets (filters, frozen headers)

    def subtitle(self) -> str:
        return f"{self.coalition} — {self.state_under_review}"
