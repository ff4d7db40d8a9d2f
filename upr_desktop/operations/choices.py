"""The closed lists and defaults the command line offers, readable without loading what uses them.

Building the parser for ``--help`` must not load the importers, SQLAlchemy or the report writers: these names
come from modules that import nothing heavy (``upr_desktop.importers`` loads its readers on first use).
"""

from upr_desktop.core.domain.recommendation_similarity import DEFAULT_MIN_SCORE as LINK_MIN_SCORE
from upr_desktop.importers.imported import FORMATS as IMPORT_FORMATS
from upr_desktop.reports.document import REPORT_KINDS

__all__ = ["IMPORT_FORMATS", "LINK_MIN_SCORE", "REPORT_KINDS"]
