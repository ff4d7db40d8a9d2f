"""Files an import must refuse, with a clear message and nothing written: unrecognised, empty, locked, truncated, hostile."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import (
    LEGACY_HEADERS,
    encrypted_office_file,
    password_xls,
    rewrite_zip,
    write_docx,
    write_xlsx,
)

from upr_desktop.core.storage.backups import list_backups
from upr_desktop.errors import UserError
from upr_desktop.importers import FileRefused, import_file
from upr_desktop.importers.file_check import check_file

ROW = ["Thailand", "Asia", "", "Ratify CAT", "France", "WEOG", "", "Accepted", 3, "Justice", 25]


@pytest.fixture
def good_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "good.xlsx", [LEGACY_HEADERS, ROW], sheet="UPR Info database export")


def refused(workspace, counts, path: Path, match: str) -> None:
    before = counts()
    with pytest.raises(UserError, match=match):
        import_file(workspace, path)
    assert counts() == before
    assert list_backups(workspace.path) == []


def test_unrecognised_file(workspace, tmp_path: Path, counts) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Name,Phone\nAnn,123\n", encoding="utf-8")
    refused(workspace, counts, path, r"notes\.csv: it is not a recognised format")
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    refused(workspace, counts, image, "not a text file, a spreadsheet or a Word document")
    archive = tmp_path / "stuff.xlsx"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("readme.txt", "hello")
    refused(workspace, counts, archive, "zip archive but not an Excel, Word or OpenDocument file")


def test_empty_files(workspace, tmp_path: Path, counts) -> None:
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    refused(workspace, counts, empty, "the file is empty")
    blank = write_xlsx(tmp_path / "blank.xlsx", [])
    refused(workspace, counts, blank, "the file is empty")
    headers_only = write_xlsx(tmp_path / "headers.xlsx", [LEGACY_HEADERS])
    refused(workspace, counts, headers_only, "holds no recommendations")
    no_table = tmp_path / "letter.docx"
    import docx

    document = docx.Document()
    document.add_paragraph("Dear colleagues")
    document.save(str(no_table))
    refused(workspace, counts, no_table, "holds no table")
    missing = tmp_path / "nowhere.xlsx"
    refused(workspace, counts, missing, "does not exist")


def test_password_protected(workspace, tmp_path: Path, counts) -> None:
    refused(workspace, counts, encrypted_office_file(tmp_path / "locked.xlsx"), "protected by a password")
    refused(workspace, counts, password_xls(tmp_path / "locked.xls"), "protected by a password")


def test_truncated(workspace, tmp_path: Path, good_xlsx: Path, counts) -> None:
    data = good_xlsx.read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(data[: len(data) // 2])
    refused(workspace, counts, cut, "damaged or incomplete")
    docx_path = write_docx(tmp_path / "m.docx", ["Recommendation", "Position", "Full list of themes"], [["1.1 X (France)", "Supported", "- A12"]])
    cut_docx = tmp_path / "cut.docx"
    cut_docx.write_bytes(docx_path.read_bytes()[:-200])
    refused(workspace, counts, cut_docx, "damaged or incomplete")
    json_path = tmp_path / "uhri.json"
    json_path.write_text('[{"Recommendation": "Ratify", "UPR position": "Supp', encoding="utf-8")
    refused(workspace, counts, json_path, "not valid JSON")


def test_zip_bomb(workspace, tmp_path: Path, good_xlsx: Path, counts) -> None:
    def inflate(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"</worksheet>", b"<!--" + b" " * (64 * 1024 * 1024) + b"--></worksheet>")
        return None

    bomb = rewrite_zip(good_xlsx, tmp_path / "bomb.xlsx", inflate)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    refused(workspace, counts, bomb, "looks like a zip bomb")


def test_entity_bomb_and_xxe(workspace, tmp_path: Path, good_xlsx: Path, counts) -> None:
    lol = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>\n')

    def entities(name: str, data: bytes) -> bytes | None:
        if name == "xl/sharedStrings.xml" or name == "xl/worksheets/sheet1.xml":
            return lol + data.split(b"?>", 1)[-1]
        return None

    refused(workspace, counts, rewrite_zip(good_xlsx, tmp_path / "lol.xlsx", entities), "declares XML entities")
    docx_path = write_docx(tmp_path / "m.docx", ["Recommendation", "Position", "Full list of themes"], [["1.1 X (France)", "Supported", "- A12"]])
    xxe = b'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    bad_docx = rewrite_zip(docx_path, tmp_path / "xxe.docx", lambda n, d: xxe + d.split(b"?>", 1)[-1] if n == "word/document.xml" else None)
    refused(workspace, counts, bad_docx, "declares XML entities")


def test_huge_dimension_and_far_cell(workspace, tmp_path: Path, good_xlsx: Path, counts) -> None:
    def huge(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b'<dimension ref="A1:K2"/>', b'<dimension ref="A1:XFD1048576"/>')
        return None

    # A lying <dimension> alone is harmless with calamine: the file imports.
    lying = rewrite_zip(good_xlsx, tmp_path / "dimension.xlsx", huge)
    assert b"XFD1048576" in zipfile.ZipFile(lying).read("xl/worksheets/sheet1.xml")
    assert import_file(workspace, lying, dry_run=True).added == 1

    def far(name: str, data: bytes) -> bytes | None:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
        return None

    # One cell far away would make the reader allocate the whole span (hundreds of GB): refused before reading.
    refused(workspace, counts, rewrite_zip(good_xlsx, tmp_path / "far.xlsx", far), "sheet .UPR Info database export. spans 1,048,576 rows by 16,384 columns")


def test_check_file_kinds(tmp_path: Path, good_xlsx: Path) -> None:
    assert check_file(good_xlsx) == "xlsx"
    renamed = tmp_path / "renamed.xlsx"
    renamed.write_text("SuR,RS\n", encoding="utf-8")
    with pytest.raises(FileRefused, match="not a valid .xlsx file"):
        check_file(renamed)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(FileRefused, match="folder"):
        check_file(folder)
