"""Baselines: accept today's findings so CI fails only on new ones.

A finding is recorded by a *content* fingerprint — its rule and the normalised text of its spans
on both sides, never offsets — so an edit elsewhere in the file (which moves every offset) does
not bring an accepted finding back, while an edit to the sentence itself does. Entries that no
longer match anything are reported as stale, so the baseline can be pruned.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driftcheck.errors import InputError
from driftcheck.findings import Finding, Span

if TYPE_CHECKING:
    from driftcheck.batch import BatchReport

SCHEMA = "driftcheck-baseline/1"

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})


@dataclass(frozen=True)
class BaselineEntry:
    """One accepted finding of one pair; ``reason`` says why it was accepted."""

    pair: str
    fingerprint: str
    rule: str
    original: str
    version: str
    reason: str = ""


@dataclass(frozen=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]


def normalise(text: str) -> str:
    """Text as compared by the fingerprint: quotes straightened, white space collapsed."""
    return " ".join(text.translate(_QUOTES).split())


def fingerprint(finding: Finding) -> str:
    """A stable id of what a finding says, independent of where in the file it stands."""
    parts = [finding.rule, _text(finding.original), _text(finding.version)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _text(span: Span | None) -> str:
    return "" if span is None else normalise(span.text)


def baseline_of(batch: BatchReport, previous: Baseline | None = None) -> Baseline:
    """Every finding of ``batch`` as an entry, keeping the reasons ``previous`` gave."""
    reasons = {(e.pair, e.fingerprint): e.reason for e in previous.entries} if previous else {}
    entries = {
        (p.id, fingerprint(f)): BaselineEntry(
            pair=p.id,
            fingerprint=fingerprint(f),
            rule=f.rule,
            original=_text(f.original),
            version=_text(f.version),
            reason=reasons.get((p.id, fingerprint(f)), ""),
        )
        for p in batch.pairs
        if p.report is not None
        for f in p.report.findings
    }
    return Baseline(tuple(entries[key] for key in sorted(entries)))


def apply_baseline(batch: BatchReport, baseline: Baseline) -> BatchReport:
    """Hide the findings ``baseline`` records; list its entries that matched nothing as stale."""
    accepted = {(e.pair, e.fingerprint) for e in baseline.entries}
    used: set[tuple[str, str]] = set()
    pairs = []
    hidden = 0
    for pair in batch.pairs:
        if pair.report is None:
            pairs.append(pair)
            continue
        kept = []
        for finding in pair.report.findings:
            key = (pair.id, fingerprint(finding))
            if key in accepted:
                used.add(key)
                hidden += 1
            else:
                kept.append(finding)
        pairs.append(replace(pair, report=replace(pair.report, findings=tuple(kept))))
    checked = {p.id for p in batch.pairs if p.report is not None}
    stale = tuple(
        e for e in baseline.entries if e.pair in checked and (e.pair, e.fingerprint) not in used
    )
    return replace(batch, pairs=tuple(pairs), baselined=batch.baselined + hidden, stale=stale)


def render_baseline(baseline: Baseline) -> str:
    """The baseline file: sorted JSON, one entry per accepted finding, reasons editable."""
    data = {
        "schema": SCHEMA,
        "entries": [
            {
                "pair": e.pair,
                "fingerprint": e.fingerprint,
                "rule": e.rule,
                "original": e.original,
                "version": e.version,
                "reason": e.reason,
            }
            for e in baseline.entries
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: Path) -> Baseline:
    """Read a baseline file; anything malformed is an ``InputError`` naming the file."""
    from driftcheck.documents import read_document

    try:
        data = json.loads(read_document(path).text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a valid baseline ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(f"{path}: not a driftcheck baseline (expected schema {SCHEMA!r})")
    return Baseline(tuple(_entry(path, n, e) for n, e in enumerate(_list(path, data), start=1)))


def _list(path: Path, data: dict[str, Any]) -> Iterable[Any]:
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise InputError(f"{path}: 'entries' must be a list")
    return entries


def _entry(path: Path, number: int, raw: Any) -> BaselineEntry:
    keys = ("pair", "fingerprint", "rule", "original", "version")
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in keys):
        raise InputError(f"{path}: entry {number} needs string fields {', '.join(keys)}")
    reason = raw.get("reason", "")
    if not isinstance(reason, str):
        raise InputError(f"{path}: entry {number}: 'reason' must be a string")
    if not re.fullmatch(r"[0-9a-f]{32}", raw["fingerprint"]):
        raise InputError(f"{path}: entry {number}: malformed fingerprint")
    return BaselineEntry(
        raw["pair"], raw["fingerprint"], raw["rule"], raw["original"], raw["version"], reason
    )
