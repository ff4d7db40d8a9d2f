"""What the desktop bundles leave out of what PyInstaller collects, and the platform metadata
they carry. Used by build.spec; tested in tests/packaging/test_bundle_rules.py.

PyInstaller's Qt hooks take every Qt plugin and catalogue PySide6 ships. The app draws widgets and
Qt Charts; it never uses QML, the virtual keyboard or PDF images, never runs on an embedded
framebuffer, and speaks only the languages of its own catalogues.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# qtbase catalogues (Qt's own dialogs and buttons) kept for the languages the app speaks or is
# being translated into; the other ~90 catalogues go.
QT_CATALOGUE_LANGUAGES = ("en", "fr", "es", "th", "my", "ar")

_LIB = r"(\.so[.\d]*|\.\d+\.dylib|\.dylib|\.dll)$"
UNUSED = [re.compile(p) for p in (
    # QML and Qt Quick, pulled in by the virtual keyboard input plugin only (~17 MB)
    r"(^|/)(lib)?Qt6?(Qml|Quick|VirtualKeyboard)\w*" + _LIB,
    r"(^|/)Qt(Qml|Quick|VirtualKeyboard)\w*\.framework/",
    r"/plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin",
    r"(^|/)qml/",
    # Qt PDF, pulled in by the image-format plugin that reads PDF files as pictures (~4.5 MB)
    r"(^|/)(lib)?Qt6?Pdf\w*" + _LIB,
    r"(^|/)QtPdf\w*\.framework/",
    r"/plugins/imageformats/(lib)?qpdf",
    # the GTK 3 platform theme: with it come GTK, GDK, Pango, Cairo and ATK from the build machine
    r"/plugins/platformthemes/(lib)?qgtk3",
    # embedded devices without a window system: framebuffer, EGLFS, VNC, raw input devices
    r"/plugins/platforms/(lib)?q(eglfs|linuxfb|vnc|minimalegl|vkkhrdisplay)",
    r"/plugins/egldeviceintegrations/",
    r"/plugins/generic/",
    r"(^|/)libQt6EglFS\w*" + _LIB,
    r"(^|/)libQt6EglFsKmsSupport\w*" + _LIB,
)]
_CATALOGUES = re.compile(r"(^|/)PySide6/(Qt/)?translations/")
_KEPT_CATALOGUE = re.compile(r"qtbase_(" + "|".join(QT_CATALOGUE_LANGUAGES) + r")\.qm$")
# Babel's CLDR data is read for State names in the six UN languages, Thai and Burmese only
# (core/domain/vocab.py STATE_NAME_LANGUAGES): their locales, their parent "root" and the global data
# stay; the other ~1,000 locales (~34 MB) go.
BABEL_LOCALES = ("root", "ar", "zh", "en", "fr", "ru", "es", "th", "my")
_BABEL_DATA = re.compile(r"(^|/)babel/locale-data/([^/]+)\.dat$")


def unused(dest: str) -> bool:
    """True for a file the app never loads (``dest``: its path inside the bundle)."""
    dest = dest.replace("\\", "/")
    if _CATALOGUES.search(dest):
        return not _KEPT_CATALOGUE.search(dest)
    babel = _BABEL_DATA.search(dest)
    if babel:
        return babel[2] not in BABEL_LOCALES
    return any(p.search(dest) for p in UNUSED)


def basename(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def orphans(binaries: Sequence[tuple[str, str, str]], dropped: Iterable[str],
            imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Libraries (by bundle path) that only dropped binaries needed, directly or not.

    ``binaries`` are PyInstaller TOC entries (dest, source, typecode); ``imports_of(source)``
    names the libraries a binary links to. A library reachable from any kept binary stays, so
    nothing the app loads loses a dependency; libraries that nothing links to (loaded by name at
    run time) stay too.
    """
    dropped = set(dropped)
    by_name: dict[str, list[str]] = {}
    for dest, _source, typecode in binaries:
        if typecode != "SYMLINK":
            by_name.setdefault(basename(dest), []).append(dest)
    source_of = {dest: source for dest, source, typecode in binaries if typecode != "SYMLINK"}

    def deps(dest: str) -> set[str]:
        return {d for name in imports_of(source_of[dest]) for d in by_name.get(basename(name), [])}

    # What the dropped binaries pulled in, transitively: the only candidates for removal.
    candidates: set[str] = set()
    todo = [d for d in dropped if d in source_of]
    while todo:
        for dep in deps(todo.pop()):
            if dep not in candidates and dep not in dropped:
                candidates.add(dep)
                todo.append(dep)
    # Everything reachable from what stays is needed.
    needed: set[str] = set()
    todo = [d for d in source_of if d not in dropped and d not in candidates]
    while todo:
        for dep in deps(todo.pop()):
            if dep in candidates and dep not in needed:
                needed.add(dep)
                todo.append(dep)
    return candidates - needed


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """"1.2.3rc1" -> (1, 2, 3, 0): the four numbers Windows wants."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]


def windows_version_file(version: str, *, name: str, exe: str, description: str) -> str:
    """The version resource of a Windows .exe, in PyInstaller's version-file form."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "UPR Desktop contributors",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe,
        "LegalCopyright": "Copyright (C) UPR Desktop contributors. GPL-3.0-or-later.",
        "OriginalFilename": f"{exe}.exe",
        "ProductName": name,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])]),
  ]
)
"""


def macos_info_plist(version: str, *, name: str, bundle_id: str, mime_type: str, icon: str) -> dict[str, object]:
    """Info.plist entries: the version, and .uprw files as this app's own document type."""
    workspace_type = f"{bundle_id}.workspace"
    return {
        "CFBundleName": name,
        "CFBundleDisplayName": name,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHumanReadableCopyright": "Copyright © UPR Desktop contributors. GPL-3.0-or-later.",
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.productivity",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "UPR Desktop workspace",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [workspace_type],
            "CFBundleTypeIconFile": icon,
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": workspace_type,
            "UTTypeDescription": "UPR Desktop workspace",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": icon,
            "UTTypeTagSpecification": {"public.filename-extension": ["uprw"], "public.mime-type": [mime_type]},
        }],
    }
