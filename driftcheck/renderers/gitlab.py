"""GitLab Code Quality report: a JSON array of issues (a subset of the Code Climate spec).

Each issue needs ``description``, ``check_name``, ``fingerprint`` (unique in the report),
``severity`` (info|minor|major|critical|blocker) and ``location.path``/``location.lines.begin``.
The fingerprint is the content fingerprint plus the pair and an occurrence number, so two equal
findings in one pair still differ.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from driftcheck.baseline import fingerprint
from driftcheck.batch import BatchReport
from driftcheck.locations import where
from driftcheck.renderers._batch import items
from driftcheck.rules import rule


def render_gitlab(batch: BatchReport) -> str:
    issues: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    signature = f"driftcheck signature: {batch.signature}"
    for item in items(batch):
        finding = item.finding
        primary, other = where(item.report, finding)
        base = f"{item.pair.id}\x1f{fingerprint(finding)}"
        seen[base] = seen.get(base, 0) + 1
        body = f"{finding.reason}"
        if other is not None:
            body += f"\n\noriginal ({other.path}:{other.line}:{other.column}): {other.text}"
        issues.append(
            {
                "type": "issue",
                "engine_name": "driftcheck",
                "check_name": finding.rule,
                "description": f"{finding.rule} {rule(finding.rule).name}: {finding.reason}",
                "content": {"body": f"{body}\n\n{signature}"},
                "categories": ["Clarity"],
                "fingerprint": _digest(f"{base}\x1f{seen[base]}"),
                "severity": finding.severity.value,
                "location": {
                    "path": primary.path,
                    "lines": {"begin": primary.line, "end": primary.end_line},
                },
            }
        )
    for pair in batch.errors:
        issues.append(
            {
                "type": "issue",
                "engine_name": "driftcheck",
                "check_name": "driftcheck-error",
                "description": f"{pair.id}: {pair.error}",
                "content": {"body": signature},
                "categories": ["Bug Risk"],
                "fingerprint": _digest(f"error\x1f{pair.id}"),
                "severity": "blocker",
                "location": {"path": pair.version, "lines": {"begin": 1}},
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
