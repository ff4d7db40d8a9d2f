"""The app's licence and the notices of the libraries it ships with (Help > About, the bundles).

A bundle carries ``resources/THIRD-PARTY-NOTICES.txt``, written at build time from exactly what
PyInstaller put in it (``scripts/third_party_notices.py``). Run from a checkout or a pip install,
the same text is made from the installed distributions the app depends on.
"""

from __future__ import annotations

import re
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from upr_desktop.paths import resource

PROJECT = "upr-desktop"
LICENCE = "GPL-3.0-or-later"
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)

# Libraries compiled into the wheels above, whose licences their Python metadata does not carry.
COMPONENT_NOTES = """\
Qt 6 (in PySide6, PySide6-Essentials, PySide6-Addons and shiboken6)
  The Qt Company Ltd and other contributors. Qt and Qt for Python are available under the GNU
  Lesser General Public License v3 (LGPL-3.0-only) or the GNU General Public License v2 or v3;
  Qt Charts, which the Dashboard and reports use, under the GNU GPL v3 only. UPR Desktop, under
  GPL-3.0-or-later, is therefore distributed as a whole under the terms of GPL-3.0. The Qt
  libraries are shipped as separate shared libraries and can be replaced by another build of
  the same Qt version. The LGPL v3 text follows this list; the GPL v3 text is the LICENSE of
  UPR Desktop itself. Qt's source code: https://download.qt.io/official_releases/qt/ and
  https://code.qt.io ; Qt for Python: https://code.qt.io/cgit/pyside/pyside-setup.git/
  Qt bundles third-party code (ICU, HarfBuzz, FreeType, libpng, PCRE2, zlib...) under
  permissive licences listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html

SQLCipher (compiled into sqlcipher3's extension module)
  Copyright (c) 2008-present, Zetetic LLC. All rights reserved. BSD-3-Clause licence
  (https://www.zetetic.net/sqlcipher/license/). Built on SQLite, which is in the public domain.

OpenSSL 3 (libcrypto, compiled into sqlcipher3 and cryptography; Python's ssl and hashlib)
  Copyright (c) 1998-present, The OpenSSL Project Authors. Apache License 2.0 (its text is
  reproduced under "cryptography" below). https://www.openssl.org/source/license.html

Noto Sans Thai, Noto Sans Myanmar and Noto Sans Arabic (upr_desktop/resources/fonts)
  Copyright 2015-2020 Google LLC. SIL Open Font License 1.1; its text follows this list. Shipped
  so that Thai, Burmese and Arabic never show as boxes on a computer without such fonts.

Python {python} (the interpreter, embedded in the bundles)
  Copyright (c) 2001-present, Python Software Foundation. PSF License Agreement; its text
  follows this list when the build machine's Python carries it.
"""


def app_licence_text() -> str:
    """The GPL text UPR Desktop is distributed under (the LICENSE file of this version)."""
    try:
        text = metadata.distribution(PROJECT).read_text("licenses/LICENSE")
    except metadata.PackageNotFoundError:
        text = None
    if text:
        return text
    beside = Path(__file__).resolve().parent.parent / "LICENSE"  # a checkout, or the bundle (build.spec puts it there)
    return beside.read_text(encoding="utf-8") if beside.is_file() else f"{LICENCE}: https://www.gnu.org/licenses/gpl-3.0.html\n"


def third_party_notices() -> str:
    """The notices shipped with a bundle, else made from the installed dependencies."""
    shipped = resource(NOTICES_FILE)
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return notices_text(dependency_closure())


def requirement_names(dist: metadata.Distribution) -> list[str]:
    """The distributions ``dist`` needs at run time (requirements behind an extra are left out)."""
    names = []
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        match = _NAME.match(spec.strip())
        if match and "extra" not in marker:
            names.append(match.group(0))
    return names


def dependency_closure(root: str = PROJECT) -> list[metadata.Distribution]:
    """Every installed distribution ``root`` needs, directly or not, by name.

    Requirements that are not installed are for another system or Python version (pywin32-ctypes
    on Linux, importlib-metadata on 3.12) and are skipped.
    """
    found: dict[str, metadata.Distribution] = {}
    try:
        todo = requirement_names(metadata.distribution(root))
    except metadata.PackageNotFoundError:
        return []
    while todo:
        name = todo.pop()
        key = normalise(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = dist
        todo.extend(requirement_names(dist))
    return sorted(found.values(), key=lambda d: normalise(d.metadata["Name"]))


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_of(dist: metadata.Distribution) -> str:
    """The licence a distribution declares: its SPDX expression, else its License field or classifiers."""
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    if declared and "\n" not in declared and len(declared) < 120:
        return declared
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " / ".join(classifiers)
    return "see the licence text below" if licence_texts(dist) else "not declared in its metadata"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution ships in its metadata folder."""
    texts: list[tuple[str, str]] = []
    seen: set[str] = set()
    declared = dist.metadata.get_all("License-File") or []
    for name in declared:
        for candidate in (f"licenses/{name}", name):
            text = dist.read_text(candidate)
            if text and name not in seen:
                texts.append((name, text))
                seen.add(name)
                break
    for file in dist.files or []:  # older wheels: LICENSE files beside METADATA, not declared
        parts = file.parts
        if len(parts) >= 2 and parts[0].endswith((".dist-info", ".egg-info")) and _LICENCE_FILE.search(file.name):
            if file.name in seen:
                continue
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            texts.append((file.name, text))
            seen.add(file.name)
    return texts


def python_licence_text() -> str | None:
    """The running Python's LICENSE (its stdlib folder on Linux and macOS, its prefix on Windows)."""
    for folder in (sysconfig.get_paths().get("stdlib"), sys.base_prefix):
        if folder:
            path = Path(folder) / "LICENSE.txt"
            if path.is_file():
                return path.read_text(encoding="utf-8", errors="replace")
    return None


def notices_text(dists: Iterable[metadata.Distribution], extra_sections: Iterable[tuple[str, str]] = ()) -> str:
    """The third-party notices document: a list of what is included, then every licence text."""
    dists = sorted({normalise(d.metadata["Name"]): d for d in dists}.values(), key=lambda d: normalise(d.metadata["Name"]))
    python = ".".join(map(str, sys.version_info[:3]))
    lines = [
        "UPR Desktop: third-party software",
        "=" * 34,
        "",
        f"UPR Desktop is free software under the {LICENCE} licence (see LICENSE). It includes the",
        "following software, each under its own licence, reproduced below.",
        "",
        "Python distributions",
        "--------------------",
    ]
    width = max((len(d.metadata["Name"]) + len(d.version) for d in dists), default=20) + 3
    for dist in dists:
        label = f"{dist.metadata['Name']} {dist.version}"
        lines.append(f"  {label.ljust(width)}{licence_of(dist)}")
    lines += ["", "Libraries inside those distributions", "------------------------------------", ""]
    lines.append(COMPONENT_NOTES.format(python=python))
    sections: list[tuple[str, str]] = []
    for dist in dists:
        for name, text in licence_texts(dist):
            sections.append((f"{dist.metadata['Name']} {dist.version}: {name}", text))
    lgpl = resource("licences", "LGPL-3.0.txt")
    if lgpl.is_file():
        sections.append(("Qt and Qt for Python: GNU Lesser General Public License v3", lgpl.read_text(encoding="utf-8")))
    fonts = resource("fonts", "OFL.txt")
    if fonts.is_file():
        sections.append(("Noto Sans Thai, Myanmar and Arabic: SIL Open Font License 1.1", fonts.read_text(encoding="utf-8")))
    python_text = python_licence_text()
    if python_text:
        sections.append((f"Python {python}: LICENSE", python_text))
    sections.extend(extra_sections)
    for title, text in sections:
        lines += ["", "=" * 78, title, "=" * 78, "", text.strip("\n"), ""]
    return "\n".join(lines).rstrip() + "\n"
