"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning, IDE viewers).

The version span is the result's location (the file under review); the original span is a
related location. ``partialFingerprints`` carry the content fingerprint of driftcheck/baseline.py,
so a result keeps its identity when unrelated edits move it. Columns count code points
(``columnKind: unicodeCodePoints``), like every other driftcheck offset.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from driftcheck.baseline import fingerprint
from driftcheck.batch import BatchReport
from driftcheck.locations import Location, where
from driftcheck.renderers._batch import items
from driftcheck.rules import RULES, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.CRITICAL: "error", Severity.MAJOR: "warning", Severity.MINOR: "note"}


def render_sarif(batch: BatchReport) -> str:
    """The batch as one SARIF log with one run."""
    used = {item.finding.rule for item in items(batch)}
    rules = [r for r in RULES if r.code in used]  # only the rules results refer to, as ruff does
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for item in items(batch):
        finding = item.finding
        primary, other = where(item.report, finding)
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": _LEVEL[finding.severity],
            "message": {"text": finding.reason},
            "locations": [_physical(primary)],
            "partialFingerprints": {"driftcheckContent/v1": fingerprint(finding)},
            "properties": {
                "pair": item.pair.id,
                "kind": finding.kind.value,
                "severity": finding.severity.value,
            },
        }
        if other is not None:
            result["relatedLocations"] = [
                {"id": 1, "message": {"text": "in the original"}, **_physical(other)}
            ]
        results.append(result)
    notifications = [
        {"level": "error", "message": {"text": f"{pair.id}: {pair.error}"}} for pair in batch.errors
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "driftcheck",
                "version": batch.signature.tool,
                "rules": [_rule(r) for r in rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {"executionSuccessful": not batch.errors, "toolExecutionNotifications": notifications}
        ],
        "results": results,
        "properties": {
            "signature": str(batch.signature),
            "failOn": batch.fail_on.value,
            "baselined": batch.baselined,
            "staleBaseline": [
                {"pair": e.pair, "rule": e.rule, "fingerprint": e.fingerprint} for e in batch.stale
            ],
        },
    }
    log = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(spec: Any) -> dict[str, Any]:
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": spec.why},
        "help": {"text": f"{spec.summary} Example: {spec.example}"},
        "defaultConfiguration": {"level": _LEVEL[spec.severity]},
        "properties": {"kind": spec.kind.value, "severity": spec.severity.value},
    }


def _physical(location: Location) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": quote(location.path.replace("\\", "/"))},
            "region": {
                "startLine": location.line,
                "startColumn": location.column,
                "endLine": location.end_line,
                "endColumn": location.end_column,
                "charOffset": location.start,
                "charLength": location.end - location.start,
                "snippet": {"text": location.text},
            },
        }
    }
