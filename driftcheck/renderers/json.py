"""JSON report, built from the dataclasses (schema: docs/report-schema.md).

Keys are sorted and floats rounded so that the same inputs give byte-identical output.
"""

from __future__ import annotations

import json
from typing import Any

from driftcheck.batch import BatchReport
from driftcheck.findings import Finding, Span
from driftcheck.report import Report
from driftcheck.rules import rule
from driftcheck.sentences import Sentence

SCHEMA = "driftcheck-report/1"


def render_json(report: Report) -> str:
    """The report as pretty-printed JSON with a trailing newline."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "signature": str(report.signature),
        "verdict": {
            "fail_on": report.fail_on.value,
            "failing": len(report.failing),
            "exit_code": report.exit_code,
        },
        "counts": report.counts(),
        "warnings": list(report.warnings),
        "original": _side(report.original.name, report.original_sentences),
        "version": _side(report.version.name, report.version_sentences),
        "alignment": [
            {
                "original": list(link.original),
                "version": list(link.version),
                "score": round(link.score, 4),
                "shape": link.shape,
                "moved": link.moved,
            }
            for link in report.alignment.links
        ],
        "unaligned": {
            "original": [
                _gap(g.index, g.nearest, g.score) for g in report.alignment.unaligned_original
            ],
            "version": [
                _gap(g.index, g.nearest, g.score) for g in report.alignment.unaligned_version
            ],
        },
        "findings": [_finding(f) for f in report.findings],
    }


def _side(name: str, sentences: tuple[Sentence, ...]) -> dict[str, Any]:
    return {
        "name": name,
        "sentences": [
            {
                "index": s.index,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "paragraph": s.paragraph,
                "heading": s.heading,
            }
            for s in sentences
        ],
    }


def _gap(index: int, nearest: int | None, score: float) -> dict[str, Any]:
    return {"index": index, "nearest": nearest, "score": round(score, 4)}


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind.value,
        "rule": finding.rule,
        "name": rule(finding.rule).name,
        "severity": finding.severity.value,
        "reason": finding.reason,
        "original": _span(finding.original),
        "version": _span(finding.version),
        "link": finding.link,
    }


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


BATCH_SCHEMA = "driftcheck-batch/1"


def render_json_batch(batch: BatchReport) -> str:
    """Every pair of a run: each pair's report as in the single-pair JSON, or its error."""
    data = {
        "schema": BATCH_SCHEMA,
        "signature": str(batch.signature),
        "verdict": {
            "fail_on": batch.fail_on.value,
            "failing": batch.failing,
            "errors": len(batch.errors),
            "exit_code": batch.exit_code,
        },
        "baseline": {
            "hidden": batch.baselined,
            "stale": [
                {"pair": e.pair, "rule": e.rule, "fingerprint": e.fingerprint, "reason": e.reason}
                for e in batch.stale
            ],
        },
        "pairs": [
            {
                "id": p.id,
                "original": p.original,
                "version": p.version,
                "error": p.error,
                "report": report_to_dict(p.report) if p.report is not None else None,
            }
            for p in batch.pairs
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
