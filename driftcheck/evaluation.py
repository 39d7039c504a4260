"""Scoring a JSON report against an expected-findings file (the format of seeds/expected.json).

The rule is the one stated in that file's ``about``: a finding covers an item when its kind
matches and its span overlaps the item's quoted text in that file (for drift, on both sides);
a finding that covers neither an item nor an ``acceptable`` entry is unexpected.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from driftcheck.errors import InputError


@dataclass(frozen=True)
class ItemResult:
    """One expected item and the tightest finding that covers it, if any."""

    id: str
    kind: str
    covered: bool
    span_ratio: float | None
    """Claimed span length / quoted length for the tightest covering finding."""


@dataclass(frozen=True)
class Score:
    """Coverage of the items and the findings nobody expected."""

    items: tuple[ItemResult, ...]
    unexpected: tuple[dict[str, Any], ...]

    @property
    def covered(self) -> int:
        return sum(item.covered for item in self.items)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """kind -> (covered, total)."""
        result: dict[str, tuple[int, int]] = {}
        for item in self.items:
            hit, total = result.get(item.kind, (0, 0))
            result[item.kind] = (hit + item.covered, total + 1)
        return result

    @property
    def median_span_ratio(self) -> float | None:
        ratios = [i.span_ratio for i in self.items if i.span_ratio is not None]
        return statistics.median(ratios) if ratios else None


def score_report(
    report: dict[str, Any], expected: dict[str, Any], original: str, version: str
) -> Score:
    """Score ``report`` (as rendered to JSON) against ``expected`` for the given texts."""
    findings = report["findings"]
    items = tuple(_score_item(item, findings, original, version) for item in expected["items"])
    known = list(expected["items"]) + list(expected.get("acceptable", []))
    located = [(_locate(entry, original, version), entry["kind"]) for entry in known]
    unexpected = tuple(
        f
        for f in findings
        if not any(kind == f["kind"] and _covers(f, where) for where, kind in located)
    )
    return Score(items, unexpected)


_Where = tuple[tuple[int, int] | None, tuple[int, int] | None]


def _locate(entry: dict[str, Any], original: str, version: str) -> _Where:
    return (
        _find(original, entry.get("original"), entry["id"]),
        _find(version, entry.get("version"), entry["id"]),
    )


def _find(text: str, quoted: str | None, item_id: str) -> tuple[int, int] | None:
    if quoted is None:
        return None
    start = text.find(quoted)
    if start == -1:
        raise InputError(f"expected item {item_id!r}: quoted text not found in its file")
    return start, start + len(quoted)


def _overlaps(span: dict[str, Any] | None, where: tuple[int, int] | None) -> bool:
    return (
        span is not None
        and where is not None
        and span["start"] < where[1]
        and where[0] < span["end"]
    )


def _covers(finding: dict[str, Any], where: _Where) -> bool:
    in_original, in_version = where
    if finding["kind"] == "drift":
        return _overlaps(finding["original"], in_original) and _overlaps(
            finding["version"], in_version
        )
    side = finding["original"] if finding["kind"] == "omission" else finding["version"]
    target = in_original if finding["kind"] == "omission" else in_version
    return _overlaps(side, target)


def _score_item(
    item: dict[str, Any], findings: list[dict[str, Any]], original: str, version: str
) -> ItemResult:
    where = _locate(item, original, version)
    covering = [f for f in findings if f["kind"] == item["kind"] and _covers(f, where)]
    if not covering:
        return ItemResult(item["id"], item["kind"], False, None)
    quoted = sum(b - a for a, b in (w for w in where if w is not None))
    claimed = min(
        sum(s["end"] - s["start"] for s in _relevant_spans(f, where) if s is not None)
        for f in covering
    )
    return ItemResult(item["id"], item["kind"], True, round(claimed / max(1, quoted), 3))


def _relevant_spans(finding: dict[str, Any], where: _Where) -> list[dict[str, Any] | None]:
    in_original, in_version = where
    return [
        finding["original"] if in_original is not None else None,
        finding["version"] if in_version is not None else None,
    ]


def format_score(score: Score) -> str:
    """A short table of coverage per kind, span tightness and the unexpected findings."""
    lines = ["kind        covered"]
    for kind, (hit, total) in sorted(score.by_kind().items()):
        lines.append(f"{kind:<11} {hit}/{total}")
    lines.append(f"{'all':<11} {score.covered}/{len(score.items)}")
    ratio = score.median_span_ratio
    lines.append(f"median claimed/quoted span length: {ratio:.2f}" if ratio else "no covered items")
    missed = [i.id for i in score.items if not i.covered]
    lines.append("missed: " + (", ".join(missed) if missed else "none"))
    lines.append(f"unexpected findings: {len(score.unexpected)}")
    for f in score.unexpected:
        side = f["original"] or f["version"]
        lines.append(f"  {f['rule']} {f['kind']}: {' '.join(side['text'].split())[:110]}")
    return "\n".join(lines) + "\n"
