"""UHRI exports (xlsx, csv, json) and any other table: header synonyms in EN/FR/ES and the --map override."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_xlsx

from upr_desktop.errors import UserError
from upr_desktop.importers import ImportOptions, column_mapping, detect, import_file
from upr_desktop.importers.readers import SourceFile

UHRI_HEADERS = ["Recommendation", "Countries concerned", "Reccomending body", "Document symbol", "Publication date",
                "UPR session", "UPR position", "UPR reccomending States", "Themes", "SDGs", "Affected persons", "Regions", "Cycle"]
UHRI_ROWS = [
    ["Ratify the Optional Protocol to the Convention on the Rights of the Child", "Thailand", "UPR", "A/HRC/49/17",
     "2022-03-01", "39", "Supported", "- Portugal - Republic of Korea", "- A12 Acceptance of international norms - F31 Children: definition; general principles; protection",
     "- 16 - Peace, justice and strong institutions", "- children", "- Asia-Pacific", "3rd cycle"],
    ["Combat hate speech against minorities", "Thailand", "UPR", "A/HRC/49/17", "2022-03-01", "39", "Noted",
     "- Turkey", "- D32 Freedom of opinion and expression", "", "- minorities/ racial, ethnic, linguistic, religious or descent-based groups", "", "3"],
]


def test_uhri_xlsx(workspace, tmp_path: Path, recs) -> None:
    path = write_xlsx(tmp_path / "uhri.xlsx", [UHRI_HEADERS, *UHRI_ROWS])
    assert detect(SourceFile.open(path))[0].name == "uhri"
    report = import_file(workspace, path)
    assert (report.format, report.added, report.errors) == ("uhri", 2, [])
    assert report.mapping["UPR reccomending States"] == "recommending_states"
    one, two = recs()
    assert one.recommending_states == ["Portugal", "Republic of Korea"]
    assert sorted(t.code for t in one.themes) == ["A12", "F31"]
    assert [s.code for s in one.sdgs] == ["16"] and [g.name for g in one.affected_groups] == ["children"]
    assert (one.session, one.cycle, one.source_document) == (39, 3, "A/HRC/49/17")
    assert two.recommending_states == ["Türkiye"] and two.response == "noted"


def test_uhri_csv_utf16_and_json(workspace, tmp_path: Path, recs) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t").writerows([UHRI_HEADERS, *UHRI_ROWS])
    path = tmp_path / "uhri.csv"
    path.write_bytes(buffer.getvalue().encode("utf-16"))  # Excel's "Unicode text": UTF-16 with BOM, tabs
    report = import_file(workspace, path)
    assert (report.format, report.added) == ("uhri", 2)
    data = [dict(zip(UHRI_HEADERS, row, strict=True)) for row in UHRI_ROWS]
    data[0]["UPR reccomending States"] = ["Portugal", "Republic of Korea"]
    data[0]["UPR session"] = 39
    json_path = tmp_path / "uhri.json"
    json_path.write_text(json.dumps({"data": data}), encoding="utf-8")
    again = import_file(workspace, json_path)
    assert (again.format, again.added, again.unchanged) == ("uhri", 0, 2)


def test_french_table_with_bom_semicolons_and_map(workspace, tmp_path: Path, recs) -> None:
    text = ("Référence;Recommandation;Position de l'État;Pays;Thèmes;Session\r\n"
            "R1;Ratifier la Convention;Acceptée;France;Torture;25\r\n"
            "R2;\"Protéger les défenseurs,\nsur plusieurs lignes\";Notée;Côte d'Ivoire, Sénégal;Défenseurs;25\r\n")
    path = tmp_path / "matrice.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert detect(SourceFile.open(path))[0].name == "table"
    mapping = column_mapping(path)
    assert mapping is not None and mapping.as_dict()["Recommandation"] == "text"
    assert mapping.as_dict()["Pays"] == "recommending_states" and mapping.as_dict()["Référence"] == "ref"
    report = import_file(workspace, path)
    assert (report.format, report.added, report.errors) == ("table", 2, [])
    one, two = recs()
    assert (one.ref, one.text, one.response) == ("R1", "Ratifier la Convention", "supported")
    assert two.text == "Protéger les défenseurs,\nsur plusieurs lignes"
    assert two.recommending_states == ["Côte d'Ivoire", "Senegal"] and two.response == "noted"


def test_spanish_headers_and_user_mapping(workspace, tmp_path: Path, recs) -> None:
    rows = [["Nº", "Texto de la recomendación", "Respuesta", "Estado recomendante", "Notas internas"],
            ["1", "Ratificar el Protocolo", "Aceptada", "México", "nota"],
            ["2", "Abolir la pena de muerte", "Anotada", "Chile", "otra"]]
    path = write_xlsx(tmp_path / "matriz.xlsx", rows)
    report = import_file(workspace, path, ImportOptions(format="table", mapping={"Notas internas": "theme_cluster"}), dry_run=True)
    assert report.added == 2 and report.mapping["Notas internas"] == "theme_cluster"
    report = import_file(workspace, path, ImportOptions(format="table", mapping={"Texto de la recomendación": "ignore", "Notas internas": "text"}), dry_run=True)
    assert report.mapping["Notas internas"] == "text" and report.mapping["Texto de la recomendación"] == "ignore"
    import_file(workspace, path)
    assert [(r.ref, r.text, r.recommending_states) for r in recs()] == [("1", "Ratificar el Protocolo", ["Mexico"]), ("2", "Abolir la pena de muerte", ["Chile"])]


def test_table_without_text_column_asks_for_map(workspace, tmp_path: Path, counts) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", [["Col A", "Col B"], ["x", "y"]])
    with pytest.raises(UserError, match="not a recognised format"):
        import_file(workspace, path)
    with pytest.raises(UserError, match='no column holds the recommendation text.*Col A, Col B.*--map'):
        import_file(workspace, path, ImportOptions(format="table"))
    with pytest.raises(UserError, match="does not have; its columns are: Col A, Col B"):
        import_file(workspace, path, ImportOptions(format="table", mapping={"Texte": "text"}))
    report = import_file(workspace, path, ImportOptions(format="table", mapping={"Col B": "text"}))
    assert report.added == 1
    assert counts()["recommendations"] == 1


def write_ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, as LibreOffice Calc saves one (mimetype first, stored; each cell's
    type given twice, ``office:value-type`` and LibreOffice's own ``calcext:value-type``)."""
    import zipfile
    from xml.sax.saxutils import escape

    cells = "".join(
        "<table:table-row>" + "".join(f'<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in row)
        + '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Matrice">{cells}'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_ods_table_with_libreoffice_padding(workspace, tmp_path: Path, recs) -> None:
    path = write_ods(tmp_path / "matriz.ods", [["Recomendación", "Respuesta", "País"], ["Ratificar el Protocolo", "Aceptada", "Perú"]])
    report = import_file(workspace, path)
    assert (report.format, report.added, report.errors) == ("table", 1, [])
    assert [(r.text, r.response, r.recommending_states) for r in recs()] == [("Ratificar el Protocolo", "supported", ["Peru"])]


@pytest.mark.slow  # starts LibreOffice
@pytest.mark.libreoffice
def test_an_ods_saved_by_libreoffice_itself_is_imported(workspace, tmp_path: Path, recs) -> None:
    """A real Calc .ods was refused ("a cell tag names its 'value-type' twice"): Calc writes each cell's type
    under two namespaces, which the bounds check took for a crafted tag."""
    import shutil
    import subprocess

    import openpyxl

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    book = openpyxl.Workbook()
    book.active.append(["To", "Text", "From", "Response", "Action", "Issue", "Session"])
    book.active.append(["Thailand", "Ratify the Optional Protocol to the Convention against Torture", "France", "Accepted", 4, "Justice", 25])
    book.save(tmp_path / "upr-info.xlsx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "ods",
                    "--outdir", str(tmp_path / "lo"), str(tmp_path / "upr-info.xlsx")], check=True, capture_output=True, timeout=180)
    report = import_file(workspace, tmp_path / "lo" / "upr-info.ods")
    assert (report.format, report.added, report.errors) == ("upr-info", 1, [])
    assert [(r.text, r.recommending_states) for r in recs()] == [("Ratify the Optional Protocol to the Convention against Torture", ["France"])]
