"""Shared test data for the security tests: marker strings, a populated workspace, leak search."""

from __future__ import annotations

from pathlib import Path

from upr_desktop.core.services import assessments, consultations, groups, recommendations
from upr_desktop.core.storage.workspace_file import WorkspaceFile

PASSPHRASE = "mango sticky rice at dusk"

# Distinctive strings that must never be found in the raw bytes of an encrypted file.
MARKERS = {
    "recommendation": "Guarantee freedom of peaceful assembly for Zanzibarite defenders",
    "group": "Quokkaville Human Rights Lawyers",
    "consultation": "Minister promised Xylophonic review of lese-majeste cases",
    "contact": "focal.person@quokka-secret.example",
    "participants": "Deputy Permanent Secretary Wongsakorn",
}


def populate(ws: WorkspaceFile) -> None:
    """A little of everything, carrying the marker strings."""
    with ws.transaction() as s:
        groups.add_group(s, name=MARKERS["group"], acronym="QHRL", contact_details=MARKERS["contact"])
        recommendations.add_recommendation(s, ref="145.1", text=MARKERS["recommendation"], response="supported", recommending_states=["Norway"])
        recommendations.add_recommendation(s, ref="145.2", text="Ratify the Optional Protocol to the Convention against Torture", response="noted")
        assessments.record_assessment(s, ref="145.1", group="QHRL", status="partially-implemented", evidence="Assembly law amended")
        consultations.log_consultation(
            s, held_on="2024-05-02", government_body="Ministry of Justice", kind="meeting", refs=["145.1"],
            group="QHRL", government_participants=MARKERS["participants"], summary=MARKERS["consultation"],
        )


def raw_bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def leaks(data: bytes) -> list[str]:
    """Which marker strings appear in ``data`` (UTF-8 and UTF-16, as SQLite might store them)."""
    found = []
    for name, text in MARKERS.items():
        for needle in (text.encode("utf-8"), text.encode("utf-16-le"), text[:16].encode("utf-8")):
            if needle in data:
                found.append(name)
                break
    return found
