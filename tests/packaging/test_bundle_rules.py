"""The bundle's trim rules and platform metadata (packaging/bundle_rules.py, used by build.spec)."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_rules", ROOT / "packaging" / "bundle_rules.py")
rules = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(rules)  # type: ignore[union-attr]


def test_what_the_app_never_loads_is_left_out() -> None:
    for dest in (
        "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt6QmlModels.so.6", "libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "PySide6/Qt6Qml.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", "PySide6/Qt/qml/QtQuick/Controls/qmldir",
        "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt6Pdf.dll", "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/plugins/imageformats/qpdf.dll", "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qt_fr.qm",
        "PySide6/Qt/translations/qt_help_fr.qm", "PySide6/translations/qtdeclarative_es.qm",
        "babel/locale-data/de.dat", "babel/locale-data/fr_CA.dat", "babel/locale-data/zh_Hant_HK.dat",
    ):
        assert rules.unused(dest), dest


def test_what_the_app_needs_stays() -> None:
    for dest in (
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6", "PySide6/Qt6Gui.dll", "PySide6/Qt/lib/QtCharts.framework/Versions/A/QtCharts",
        "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so", "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "PySide6/QtQuick.pyi",
        "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qtbase_es.qm",
        "PySide6/translations/qtbase_ar.qm", "PySide6/Qt/translations/qtbase_th.qm",
        "upr_desktop/resources/translations/upr_desktop_fr.qm", "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so",
        "upr_desktop/resources/translations/qtbase_th.qm", "upr_desktop/resources/fonts/NotoSansMyanmar-Bold.ttf",
        "upr_desktop/resources/fonts/OFL.txt",
        *(f"babel/locale-data/{code}.dat" for code in rules.BABEL_LOCALES), "babel/global.dat",
    ):
        assert not rules.unused(dest), dest


def test_only_libraries_that_dropped_files_alone_needed_go() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpango-1.0.so.0", "/usr/lib/libpango-1.0.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libfontconfig.so.1", "/usr/lib/libfontconfig.so.1", "BINARY"),
        ("libloaded-by-name.so", "/usr/lib/libloaded-by-name.so", "BINARY"),
        ("libglib.so", "libglib-2.0.so.0", "SYMLINK"),
    ]
    links = {
        "/src/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0"],
        "/usr/lib/libgtk-3.so.0": ["libpango-1.0.so.0", "libglib-2.0.so.0"],
        "/usr/lib/libpango-1.0.so.0": ["libfontconfig.so.1", "libglib-2.0.so.0"],
        "/src/libqxcb.so": ["/usr/lib/libglib-2.0.so.0", "libc.so.6"],
    }
    gone = rules.orphans(binaries, {"PySide6/Qt/plugins/platformthemes/libqgtk3.so"}, lambda src: links.get(src, []))
    # glib stays (xcb needs it); fontconfig came only through gtk; a library nothing links to stays
    assert gone == {"libgtk-3.so.0", "libpango-1.0.so.0", "libfontconfig.so.1"}


def test_windows_version_resource() -> None:
    assert rules.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert rules.version_tuple("2.10.1+local") == (2, 10, 1, 0)
    text = rules.windows_version_file("1.2.3", name="UPR Desktop", exe="upr-desktop-cli", description="UPR Desktop (command line)")
    tree = ast.parse(text)  # PyInstaller evaluates it as a Python expression
    assert isinstance(tree.body[0], ast.Expr)
    assert "filevers=(1, 2, 3, 0)" in text and "'OriginalFilename', 'upr-desktop-cli.exe'" in text


def test_macos_document_type_for_workspaces() -> None:
    plist = rules.macos_info_plist("1.2.3", name="UPR Desktop", bundle_id="org.uprdesktop.UPRDesktop",
                                   mime_type="application/x-upr-workspace", icon="upr-desktop.icns")
    plistlib.dumps(plist)  # serialisable as PyInstaller writes it
    (doc,) = plist["CFBundleDocumentTypes"]  # type: ignore[misc]
    (uti,) = plist["UTExportedTypeDeclarations"]  # type: ignore[misc]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["uprw"]
    assert plist["CFBundleShortVersionString"] == "1.2.3"


def test_constraints_pin_everything_the_app_needs() -> None:
    import tomllib

    pins = {}
    for line in (ROOT / "packaging" / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not pinned: {line}"
            pins[rules.re.sub(r"[-_.]+", "-", name).lower()] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for requirement in project["dependencies"] + project["optional-dependencies"]["build"]:
        name = rules.re.match(r"[A-Za-z0-9._-]+", requirement).group(0)  # type: ignore[union-attr]
        assert rules.re.sub(r"[-_.]+", "-", name).lower() in pins, name


def test_babel_keeps_every_language_state_names_are_read_in() -> None:
    from upr_desktop.core.domain.vocab import STATE_NAME_LANGUAGES

    assert set(STATE_NAME_LANGUAGES) <= set(rules.BABEL_LOCALES)
