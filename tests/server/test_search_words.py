"""The server's search column holds the words alone since migration 0011 (server_schema.SEARCH_VECTOR): the same
matches as FTS5 on a file for texts that fold, break and mix scripts, and on a server the very words the text-search
parser found before (to_tsvector of 0001), a word too long to index left out as it was."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select, text

from upr_desktop.core.domain.models import Recommendation
from upr_desktop.core.read.table_page import RecommendationFilter
from upr_desktop.core.services import recommendations
from upr_desktop.core.storage import server_schema
from upr_desktop.operations import recommendations as ops

TEXTS = {
    "1.1": "Élève l'été: co-operate with the UN's e-mail a@b.org http://x.y/z on 3.5 and 2nd reports",
    "1.2": "Ratify the Optional Protocol to the Convention against Torture (OP-CAT) by 2030",
    "1.3": "Straße, ﬁne print, ǅ and Ⅻ; ½ of   the    budget",
    "1.4": "สิทธิมนุษยชน ภาษาไทย ๑๒ and children's rights",
    "1.5": "လူ့အခွင့်အရေး မြန်မာ human rights defenders",
    "1.6": "حقوق الإنسان العربية and judiciary independence",
    "1.7": "x" * 2100 + " torture " + "é" * 1100 + " education",  # words of 2,100 and 2,200 bytes: too long to index
    "1.8": "---",
    "1.9": "tabs\tand\nnew lines,\u00a0no-break  spaces   and runs\u2009of them: human\u2011rights",
}
QUERIES = ["eleve", "ete", "co operate", "operate", "mail", "org", "3", "5", "2nd", "op cat", "2030", "strasse", "fine",
           "dz", "xii", "1", "tabs and new", "no break", "spaces runs", "human rights", "ภาษา", "๑", "မြန", "human rights", "العربية", "torture", "educ", "xxx", "1.7", "rights 1"]


def _matches(ws: Any) -> dict[str, list[str]]:
    with ws.transaction() as s:
        for ref, body in TEXTS.items():
            recommendations.add_recommendation(s, ref=ref, text=body, response="supported", recommending_states=["France"])
    found = {}
    for query in QUERIES:
        ids, _rows = ops.table_ids(ws, RecommendationFilter(search=query))
        with ws.session() as s:
            found[query] = sorted(s.scalars(select(Recommendation.ref).where(Recommendation.id.in_(ids))))
    return found


@pytest.mark.slow
@pytest.mark.needs_file
def test_the_same_matches_as_fts5(workspace: Any, pg_workspace: Any) -> None:
    on_file, on_server = _matches(workspace), _matches(pg_workspace)
    assert on_file["torture"] == ["1.2", "1.7"] and on_file["eleve"] == ["1.1"] and on_file["op cat"] == ["1.2"]
    # FTS5 keeps a word of 2,100 letters; PostgreSQL cannot index it and never could (to_tsvector left it out too).
    assert on_file.pop("xxx") == ["1.7"] and on_server.pop("xxx") == []
    # Where the folding itself differs, as it did before 0011 (the words are the parser's: the test below): unaccent
    # writes ß, ﬁ, ǅ and Ⅻ out (ss, fi, dz, xii) where FTS5 keeps them; a Burmese vowel sign breaks a word on the
    # server, not in FTS5.
    for query, file_refs, server_refs in (("strasse", [], ["1.3"]), ("fine", [], ["1.3"]), ("dz", [], ["1.3"]),
                                          ("xii", [], ["1.3"]), ("မြန", ["1.5"], [])):
        assert (on_file.pop(query), on_server.pop(query)) == (file_refs, server_refs), query
    assert on_server == on_file


@pytest.mark.slow
def test_the_words_are_those_the_parser_found(pg_workspace: Any) -> None:
    with pg_workspace.transaction() as s:
        for ref, body in TEXTS.items():
            recommendations.add_recommendation(s, ref=ref, text=body, response="supported", recommending_states=["France", "Côte d'Ivoire"])
        s.flush()
        conn = s.connection()
        words = dict(conn.execute(text("SELECT ref, search_vector::text FROM recommendation")).all())
        queries = [conn.execute(text("SELECT upr_search_query(:q)::text"), {"q": q}).scalar() for q in QUERIES]
        for sql in server_schema.SEARCH_0001:  # rolled back with the transaction below
            conn.exec_driver_sql(sql)
        parsed = dict(conn.execute(text("SELECT ref, strip(upr_search_vector(ref, text, recommending_states))::text FROM recommendation")).all())
        queries_0001 = [conn.execute(text("SELECT upr_search_query(:q)::text"), {"q": q}).scalar() for q in QUERIES]
        s.rollback()
    assert words == parsed and len(words) == len(TEXTS)
    assert queries == queries_0001 and all(queries)
    assert "'ivoire'" in words["1.1"] and "'cote'" in words["1.1"] and "'torture'" in words["1.7"] and "xxx" not in words["1.7"]
    assert words["1.8"] == "'1' '8' 'cote' 'd' 'france' 'ivoire'"  # the ref and the States: the text has no word
