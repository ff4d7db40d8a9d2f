"""One zip guard for every zip-based file: imports and returned workbooks refuse the same archives alike."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from upr_desktop.errors import UserError
from upr_desktop.exchange.return_check import ReturnRefused, read_checked
from upr_desktop.files import zip_guard
from upr_desktop.importers.file_check import FileRefused, check_file


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["Ref", "Recommendation"])
    book.active.append(["1.1", "Ratify the Convention against Torture"])
    path = tmp_path / "good.xlsx"
    book.save(path)
    return path


def rebuilt(src: Path, dst: Path, change: Callable[[str, bytes], bytes | None] = lambda _n, _d: None,
            extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info.filename, change(info.filename, data) or data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def both_refuse(path: Path, match: str) -> None:
    """The importer's check and the merge's check refuse the file, for the same reason."""
    with pytest.raises(FileRefused, match=match):
        check_file(path)
    with pytest.raises(ReturnRefused, match=match):
        read_checked(path)


def test_a_good_workbook_passes_both(workbook: Path) -> None:
    assert check_file(workbook) == "xlsx"
    assert read_checked(workbook).formulas == {}


def test_zip_bomb_part(workbook: Path, tmp_path: Path) -> None:
    # 8 MB of zeros packs into a few KB: over the ratio once a part passes RATIO_FROM
    bomb = rebuilt(workbook, tmp_path / "bomb.xlsx", extra={"xl/media/padding.bin": b"\x00" * (8 * 1024 * 1024)})
    both_refuse(bomb, "looks like a zip bomb")


def test_total_unpacked_size(workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_guard, "MAX_UNPACKED_BYTES", 2000)  # the limit is one number for every reader
    big = rebuilt(workbook, tmp_path / "big.xlsx", extra={"xl/media/note.bin": bytes(range(256)) * 20})
    both_refuse(big, "would unpack to")


def test_too_many_parts(workbook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zip_guard, "MAX_PARTS", 12)
    many = rebuilt(workbook, tmp_path / "many.xlsx", extra={f"xl/media/{i}.bin": b"x" for i in range(12)})
    both_refuse(many, "parts, far more than any real file")


def test_unsafe_part_name(workbook: Path, tmp_path: Path) -> None:
    evil = rebuilt(workbook, tmp_path / "evil.xlsx", extra={"xl/../../etc/passwd": b"x"})
    both_refuse(evil, "unsafe name")


def test_dtd_hidden_after_a_comment(workbook: Path, tmp_path: Path) -> None:
    sneaky = b'<?xml version="1.0"?><!-- <a> --><!DOCTYPE x [<!ENTITY e "e">]>'

    def inject(name: str, data: bytes) -> bytes | None:
        return sneaky + data.split(b"?>", 1)[-1] if name == "xl/workbook.xml" else None

    both_refuse(rebuilt(workbook, tmp_path / "dtd.xlsx", inject), r"declares XML entities \(a DTD\)")


def test_damaged_part_is_found_by_its_checksum(workbook: Path, tmp_path: Path) -> None:
    stored = tmp_path / "stored.xlsx"
    with zipfile.ZipFile(workbook) as zin, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    data = bytearray(stored.read_bytes())
    at = data.index(b"<worksheet") + 40  # flip a byte inside the stored sheet: the CRC no longer matches
    data[at] ^= 0x01
    stored.write_bytes(bytes(data))
    both_refuse(stored, "damaged or incomplete")


def test_a_damaged_sheet_past_its_prolog_is_found_when_its_rows_are_counted(tmp_path: Path) -> None:
    """The importer reads only a big sheet's prolog in the zip check: the bounds count reads it whole, checksum included."""
    from upr_desktop.importers.readers import SourceFile

    book = openpyxl.Workbook()
    for i in range(3_000):
        book.active.append([i, i * 7, i * 11])  # numbers are written in the sheet itself (texts go to sharedStrings.xml)
    stored = tmp_path / "stored-big.xlsx"
    book.save(tmp_path / "big.xlsx")
    with zipfile.ZipFile(tmp_path / "big.xlsx") as zin, zipfile.ZipFile(stored, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
    data = bytearray(stored.read_bytes())
    at = data.index(b"<v>32989</v>") + 3  # the last row's last value: far past the first 64 KB of the sheet
    data[at] ^= 0x01
    stored.write_bytes(bytes(data))
    assert check_file(stored, bounds_follow=True) == "xlsx"  # the prolog is fine: the damage is further on
    with pytest.raises(FileRefused, match="damaged or incomplete"):
        SourceFile.open(stored)


def test_truncated_archive(workbook: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    both_refuse(cut, "damaged or incomplete")


def test_refusals_are_user_errors_naming_the_file(workbook: Path, tmp_path: Path) -> None:
    bomb = rebuilt(workbook, tmp_path / "named.xlsx", extra={"xl/media/padding.bin": b"\x00" * (8 * 1024 * 1024)})
    for check in (check_file, read_checked):
        with pytest.raises(UserError) as caught:
            check(bomb)
        assert "named.xlsx" in str(caught.value) and "\n" not in str(caught.value)
