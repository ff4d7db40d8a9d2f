"""Which recommendation a source row is: its identity key, the one rule for every importer and the re-import.

The source's own reference when there is one (``ref:A/HRC/43/15:121.1``), else a stable hash of the State under
Review, the session, the recommending States and the text as a person reads it (case, spacing and the final stop
ignored). Row readers compute it in the loop that reads the cells (``tabular``); ``write_plan`` computes it for the
records that do not carry it yet (a State or session given by the import's options, the Word matrices).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence

MAX_KEY = 200
_sha1 = hashlib.sha1
_normalize = unicodedata.normalize


def normalised_text(text: str) -> str:
    if not text.isascii():
        text = _normalize("NFKC", text)
    return " ".join(text.split()).casefold().rstrip(" .;")


def ref_key(source_ref: str) -> str:
    key = "ref:" + source_ref
    if len(key) <= MAX_KEY:
        return key
    return "ref#" + _sha1(key.encode("utf-8")).hexdigest()


def content_key(state: str | None, session: int | None, states: Sequence[str], text: str) -> str:
    if not text.isascii():
        text = _normalize("NFKC", text)
    content = "\x1f".join((state or "", str(session or ""), states[0] if len(states) == 1 else "|".join(sorted(states)),
                           " ".join(text.split()).casefold().rstrip(" .;")))
    return "hash:" + _sha1(content.encode("utf-8")).hexdigest()
