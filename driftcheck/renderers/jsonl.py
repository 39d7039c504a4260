"""JSON Lines: one finding (or pair error, or stale baseline entry) per line, for jq and log tools."""

from __future__ import annotations

import json
from typing import Any

from driftcheck.baseline import fingerprint
from driftcheck.batch import BatchReport
from driftcheck.locations import Location, where
from driftcheck.renderers._batch import items
from driftcheck.rules import rule


def render_jsonl(batch: BatchReport) -> str:
    """One compact JSON object per line; every line carries the run's signature."""
    signature = str(batch.signature)
    lines: list[dict[str, Any]] = []
    for item in items(batch):
        primary, other = where(item.report, item.finding)
        finding = item.finding
        original, version = (other, primary) if finding.version else (primary, None)
        lines.append(
            {
                "type": "finding",
                "pair": item.pair.id,
                "rule": finding.rule,
                "name": rule(finding.rule).name,
                "kind": finding.kind.value,
                "severity": finding.severity.value,
                "failing": finding.severity.rank >= item.report.fail_on.rank,
                "reason": finding.reason,
                "fingerprint": fingerprint(finding),
                "original": _location(original),
                "version": _location(version),
                "signature": signature,
            }
        )
    for pair in batch.errors:
        lines.append(
            {"type": "error", "pair": pair.id, "message": pair.error, "signature": signature}
        )
    for entry in batch.stale:
        lines.append(
            {
                "type": "stale-baseline",
                "pair": entry.pair,
                "rule": entry.rule,
                "fingerprint": entry.fingerprint,
                "signature": signature,
            }
        )
    return "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in lines)


def _location(location: Location | None) -> dict[str, Any] | None:
    if location is None:
        return None
    return {
        "path": location.path,
        "start": location.start,
        "end": location.end,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "text": location.text,
    }
