"""Write the third-party notices: every Python distribution shipped, with its licence text from
its installed metadata, notes on Qt, SQLCipher, OpenSSL and Python, and (Linux bundles) the
Debian copyright files of the system libraries PyInstaller copied in.

    python scripts/third_party_notices.py [-o FILE]

Without arguments it lists what ``upr-desktop`` needs as installed here (a pip install).
build.spec calls :func:`bundle_notices` with exactly what PyInstaller collected; the bundle
carries the result as ``upr_desktop/resources/THIRD-PARTY-NOTICES.txt`` (Help > About shows it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from upr_desktop import licences


def bundled_distributions(top_level_names: Iterable[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide these top-level modules or folders."""
    provided = metadata.packages_distributions()
    names: set[str] = set()
    for top in top_level_names:
        for dist_name in provided.get(top, []):
            names.add(dist_name)
    dists = []
    for name in sorted(names):
        if licences.normalise(name) == licences.PROJECT:
            continue
        try:
            dists.append(metadata.distribution(name))
        except metadata.PackageNotFoundError:
            continue
    return dists


def system_library_sections(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(title, Debian copyright file) for libraries copied from the build system, by package."""
    dpkg = shutil.which("dpkg")
    if dpkg is None:
        return []
    packages: dict[str, list[str]] = {}
    for path in sorted(set(paths)):
        result = subprocess.run([dpkg, "-S", str(Path(path).resolve())], capture_output=True, text=True, check=False)
        if result.returncode != 0:  # dpkg records /lib, the library may be found through /usr/lib
            result = subprocess.run([dpkg, "-S", Path(path).name], capture_output=True, text=True, check=False)
        if result.returncode == 0 and ":" in result.stdout:
            package = result.stdout.split(":", 1)[0].split(",")[0].strip()
            packages.setdefault(package, []).append(Path(path).name)
    sections = []
    for package, libraries in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            title = f"{package} (Debian package; {', '.join(sorted(set(libraries)))})"
            sections.append((title, copyright_file.read_text(encoding="utf-8", errors="replace")))
    return sections


def bundle_notices(top_level_names: Iterable[str], system_libraries: Iterable[str] = ()) -> str:
    dists = bundled_distributions(top_level_names)
    return licences.notices_text(dists, system_library_sections(system_libraries))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: standard output)")
    args = parser.parse_args(argv)
    text = licences.notices_text(licences.dependency_closure())
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"third-party notices: {args.output} ({len(text):,} characters)")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
