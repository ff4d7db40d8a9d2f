"""Recommendations per recommending State and per regional group, from the JSON lists of States."""

from __future__ import annotations

import json
import json.scanner
from collections import Counter
from collections.abc import Iterable
from typing import Any

from upr_desktop.core.domain import vocab
from upr_desktop.core.read.stopping import checkpoint

OTHER_REGION = "Other"
_MEMO: dict[str, tuple[list[str], set[str]]] = {}  # the same few ten thousand lists recur in every computation
_MEMO_SIZE = 200_000
_scan_json = json.scanner.make_scanner(json.JSONDecoder())  # the C scanner json.loads calls, without its per-call wrapping


def tally(rows: Iterable[Any]) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """``rows`` of (States JSON, response, number of recommendations) -> recommendations per State, per regional
    group, and supported ones per regional group (a joint recommendation counts once per group)."""
    totals: Counter[str] = Counter()
    supported: Counter[str] = Counter()
    for states_json, response, n in rows:
        totals[states_json or ""] += n
        if response == "supported":
            supported[states_json or ""] += n
    per_state: Counter[str] = Counter()
    region_total: Counter[str] = Counter()
    region_supported: Counter[str] = Counter()
    for i, (states_json, n) in enumerate(totals.items()):
        if not i % 2048:
            checkpoint()  # idle work gives way to a person's request (core.stopping)
        states, regions = states_of(states_json)
        for state in states:
            per_state[state] += n
        yes = supported[states_json]
        for region in regions:
            region_total[region] += n
            region_supported[region] += yes
    return per_state, region_total, region_supported


def states_of(states_json: str) -> tuple[list[str], set[str]]:
    """The recommending States of a JSON list, and their regional groups (OTHER_REGION when not a UN member)."""
    found = _MEMO.get(states_json)
    if found is None:
        states = state_list(states_json)
        found = (states, {vocab.regional_group(s) or OTHER_REGION for s in states})
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[states_json] = found
    return found


def state_list(states_json: str | None) -> Any:
    """The JSON list of recommending States; anything but one plain JSON value goes through json.loads (and its errors)."""
    if not states_json:
        return []
    try:
        value, end = _scan_json(states_json, 0)
    except StopIteration:
        value, end = None, -1
    return value if end == len(states_json) else json.loads(states_json)
