"""What the workbook says to the person who opens it: the Read me, and the header and footer of printed pages.

Written for someone who has never seen the app, in the language of the workbook. The sender is
the coalition's secretariat as the workspace names it, never a computer's account name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from upr_desktop.core.domain import closed_lists
from upr_desktop.i18n import Translator, tr_noop

# What each status means, in words a field member uses (the legend's second column).
STATUS_MEANINGS = {
    "not-implemented": tr_noop("Nothing has been done."),
    "partially-implemented": tr_noop("Some steps were taken, but not all that was recommended."),
    "fully-implemented": tr_noop("What was recommended has been done."),
    "unknown": tr_noop("You have no information."),
}


@dataclass(frozen=True)
class Sender:
    """Who a workbook comes from and for whom, as its Read me and printed pages say it."""

    coalition: str
    group_name: str
    group_acronym: str
    sent_at: str
    deadline: date | None = None
    is_return: bool = False
    secretariat: str | None = None  # the secretariat's name as the workspace sets it (a person or an office)


@dataclass(frozen=True)
class Block:
    """One piece of the Read me: a title, a heading, a paragraph, or a two-column table."""

    kind: str  # "title", "heading", "text", "table"
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()


def readme_blocks(sender: Sender, t: Translator) -> list[Block]:
    group = f"{sender.group_name} ({sender.group_acronym})"
    blocks = [Block("title", t.tr("UPR follow-up workbook for {group}", group=group))]
    if sender.is_return:
        blocks.append(Block("text", t.tr("Returned by {group} to the secretariat of {coalition} on {when}.",
                                         group=group, coalition=sender.coalition, when=sender.sent_at)))
        blocks.append(Block("text", t.tr("This is a return prepared in the UPR Desktop app by {group}.", group=sender.group_acronym)))
    elif sender.secretariat:
        blocks.append(Block("text", t.tr("Sent by {name}, for the secretariat of {coalition}, on {when}.", name=sender.secretariat,
                                         coalition=sender.coalition, when=sender.sent_at)))
    else:
        blocks.append(Block("text", t.tr("Sent by the secretariat of {coalition} on {when}.", coalition=sender.coalition, when=sender.sent_at)))
    if sender.deadline:
        blocks.append(Block("text", t.tr("Please send it back by {deadline}.", deadline=sender.deadline.isoformat())))
    blocks += [
        Block("heading", t.tr("What to fill in")),
        Block("text", t.tr(
            "Recommendations sheet: next to each recommendation assigned to your group, choose the Status from "
            "the list, write the Assessment date (YYYY-MM-DD; leave it empty for today), the Evidence you have, "
            "your Sources and any Comment.")),
        Block("text", t.tr(
            "Yellow columns are the ones to fill in; point at a column's title to read what goes in it. "
            "Grey columns give the context and cannot be changed.")),
        Block("text", t.tr(
            "Consultations sheet: correct the meetings already listed, and add new ones in the empty rows "
            "(Date, Government body and Kind are needed; Recommendations discussed: refs separated by commas).")),
        Block("text", t.tr("Follow-up actions sheet: update the Status of your actions and add new ones in the empty rows.")),
        Block("heading", t.tr("What not to touch")),
        Block("text", t.tr(
            "Do not rename, delete or reorder the sheets, and do not delete the hidden ID column: "
            "it is how your answers find their way back. Sorting and filtering rows is fine.")),
        Block("text", t.tr("Do not type formulas: they are not read. Do not delete rows to remove something: tell the secretariat instead.")),
        Block("heading", t.tr("The statuses")),
        Block("table", rows=(
            (t.tr("Status"), t.tr("What it means")),
            *((closed_lists.label(closed_lists.STATUSES, code, t), t.tr(meaning)) for code, meaning in STATUS_MEANINGS.items()),
        )),
        Block("heading", t.tr("Printing and sending back")),
        Block("text", t.tr(
            "Each sheet prints across the width of the page, in landscape, with its column titles on every page.")),
        Block("text", t.tr("When you are done, save the file as it is (.xlsx) and send it back.")),
    ]
    return blocks


def _escaped(text: str, limit: int = 80) -> str:
    """Text for a page header: '&' doubled (a lone one starts a code), kept short (255 in all)."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.replace("&", "&&")


@dataclass(frozen=True)
class PageHeader:
    """Header and footer of printed pages, in spreadsheet codes (&A sheet, &P page, &N pages)."""

    left: str
    center: str
    right: str
    footer: str


def page_header(sender: Sender, t: Translator) -> PageHeader:
    right = _escaped(t.tr("Send back by {deadline}", deadline=sender.deadline.isoformat())) if sender.deadline else ""
    return PageHeader(
        left=_escaped(f"{sender.coalition} – {sender.group_name} ({sender.group_acronym})", 120),
        center="&A",
        right=right,
        # No "of &N": Calc and Excel count the pages of the whole print job there, while each sheet's
        # numbering starts at 1 (a sheet printed with the others would say "Page 1 of 5").
        footer=_escaped(t.tr("Page {page}", page="\x00P")).replace("\x00", "&"),
    )
