"""Matching a table's headers to recommendation fields by name and synonym, shown and overridable (``--map``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from upr_desktop.core.domain import vocab
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr
from upr_desktop.importers.readers import Table, cell_text

IGNORE = "ignore"
FIELDS = (
    "ref", "text", "state_under_review", "recommending_states", "response", "action_category",
    "session", "cycle", "themes", "sdgs", "affected_groups", "theme_cluster", "source_document",
)
HEADER_SEARCH_ROWS = 30

# Generic synonyms in English, French and Spanish (a coalition's own matrix); format importers add theirs.
GENERIC_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "reference", "ref no", "no", "n", "number", "id", "para", "paragraph", "recommendation no",
            "recommendation number", "référence", "numéro", "n°", "paragraphe", "referencia", "número", "párrafo"),
    "text": ("recommendation", "recommendations", "recommendation text", "text", "full text", "recommandation",
             "recommandations", "texte", "texte de la recommandation", "recomendación", "recomendaciones", "texto",
             "texto de la recomendación"),
    "state_under_review": ("state under review", "sur", "country under review", "state reviewed", "country",
                           "état examiné", "pays examiné", "état sous examen", "estado examinado",
                           "país examinado", "estado bajo examen"),
    "recommending_states": ("recommending state", "recommending states", "recommending state s",
                            "recommending country", "recommending countries", "rs", "from", "source state",
                            "état recommandant", "états recommandants", "pays recommandant", "pays",
                            "estado recomendante", "estados recomendantes", "país recomendante", "país", "países"),
    "response": ("response", "position", "status of response", "réponse", "position de l'état", "respuesta",
                 "posición", "accepted noted", "supported noted"),
    "action_category": ("action", "action category", "category", "catégorie", "catégorie d'action",
                        "categoría", "categoría de acción"),
    "session": ("session", "upr session", "session number", "session de l'EPU", "sesión", "sesión del epu"),
    "cycle": ("cycle", "upr cycle", "ciclo", "cycle de l'EPU"),
    "themes": ("theme", "themes", "issue", "issues", "topic", "topics", "thème", "thèmes", "thématique",
               "thématiques", "tema", "temas", "full list of themes", "human rights themes"),
    "sdgs": ("sdg", "sdgs", "relevant sdgs", "sustainable development goals", "odd", "ods",
             "objectifs de développement durable", "objetivos de desarrollo sostenible"),
    "affected_groups": ("affected persons", "affected groups", "groups of persons", "affected people",
                        "personnes concernées", "groupes concernés", "personas afectadas", "grupos afectados"),
    "theme_cluster": ("theme cluster", "cluster", "groupe thématique", "grupo temático"),
    "source_document": ("document", "document symbol", "symbol", "source document", "symbole", "símbolo"),
}


_CAMEL = re.compile(r"([a-z])([A-Z])")


@lru_cache(maxsize=4096)
def header_key(text: str) -> str:
    """Headers compared blind to case, accents, punctuation and camelCase/snake_case ("uprPosition")."""
    return vocab.fold(_CAMEL.sub(r"\1 \2", text).replace("_", " "))


@dataclass
class ColumnMapping:
    """Which column feeds which field. ``how`` says why: name/synonym match, the user's choice, or none."""

    table: str
    header_row: int  # index in Table.rows
    headers: list[str]
    fields: list[str | None]
    how: list[str] = field(default_factory=list)

    def columns(self) -> dict[str, int]:
        """Field -> the first column mapped to it (repeated headers: the first one counts)."""
        found: dict[str, int] = {}
        for index, name in enumerate(self.fields):
            if name and name != IGNORE and name not in found:
                found[name] = index
        return found

    def as_dict(self) -> dict[str, str]:
        shown: dict[str, str] = {}
        for header, name in zip(self.headers, self.fields, strict=True):
            if header and header not in shown:
                shown[header] = name or IGNORE
        return shown

    def override(self, choices: Mapping[str, str]) -> None:
        """Apply the user's header -> field choices; a header the file lacks is an error that lists the headers."""
        keys = {header_key(h): i for i, h in reversed(list(enumerate(self.headers))) if h}
        for header, name in choices.items():
            index = keys.get(header_key(header))
            if index is None:
                raise UserError(
                    tr("--map names a column '{header}' the file does not have; its columns are: {headers}.",
                       header=header, headers=", ".join(h for h in self.headers if h))
                )
            if name != IGNORE:
                for other, current in enumerate(self.fields):
                    if current == name and other != index:
                        self.fields[other] = None
                        self.how[other] = ""
            self.fields[index] = None if name == IGNORE else name
            self.how[index] = "user"


def parse_map_option(text: str | None) -> dict[str, str]:
    """``"Texte=text,Pays=recommending_states"`` -> {"Texte": "text", "Pays": "recommending_states"}."""
    result: dict[str, str] = {}
    if not text:
        return result
    for part in text.split(","):
        if not part.strip():
            continue
        header, sep, name = part.partition("=")
        name = name.strip().replace("-", "_").lower()
        if not sep or not header.strip() or not name:
            raise UserError(tr("--map expects HEADER=FIELD pairs separated by commas, e.g. \"Texte=text,Pays=recommending_states\"; '{part}' is not one.", part=part.strip()))
        if name not in FIELDS and name != IGNORE:
            raise UserError(tr("--map: '{name}' is not a field; use one of: {fields}.", name=name, fields=", ".join((*FIELDS, IGNORE))))
        result[header.strip()] = name
    return result


def _synonym_index(synonyms: Mapping[str, Sequence[str]]) -> dict[str, str]:
    index: dict[str, str] = {}
    for name, spellings in synonyms.items():
        index.setdefault(header_key(name), name)
        for spelling in spellings:
            index.setdefault(header_key(spelling), name)
    return index


def match_headers(headers: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> tuple[list[str | None], list[str]]:
    index = _synonym_index(synonyms)
    fields: list[str | None] = []
    how: list[str] = []
    for header in headers:
        name = index.get(header_key(header)) if header else None
        fields.append(name)
        how.append("" if name is None else ("name" if header_key(header) == header_key(name) else "synonym"))
    return fields, how


def find_mapping(table: Table, synonyms: Mapping[str, Sequence[str]], *, required: Sequence[str] = ("text",)) -> ColumnMapping | None:
    """The header row (among the first rows) that matches the most fields and includes the required ones."""
    best: ColumnMapping | None = None
    best_score = 0
    for index, row in enumerate(table.head(HEADER_SEARCH_ROWS)):
        headers = [cell_text(c) for c in row]
        fields, how = match_headers(headers, synonyms)
        matched = {f for f in fields if f}
        if not all(r in matched for r in required):
            continue
        score = len(matched)
        if score > best_score:
            best, best_score = ColumnMapping(table.name, index, headers, fields, how), score
    return best
