"""Markdown for a pull-request comment or a GitHub job summary: verdict, then a findings table."""

from __future__ import annotations

from driftcheck.batch import BatchReport
from driftcheck.locations import Location, where
from driftcheck.renderers._batch import worst_first
from driftcheck.rules import rule


def render_markdown(batch: BatchReport) -> str:
    verdict = {0: "PASS", 1: "FAIL", 2: "ERROR"}[batch.exit_code]
    with_findings = sum(1 for r in batch.reports if r.findings)
    lines = [
        f"## driftcheck: {verdict}",
        "",
        f"{batch.failing} finding(s) at or above **{batch.fail_on.value}**; "
        f"{len(_all(batch))} shown in {with_findings} of {len(batch.pairs)} pair(s)"
        + (f"; {len(batch.errors)} pair(s) could not be checked" if batch.errors else "")
        + ".",
    ]
    ordered = worst_first(batch)
    if ordered:
        lines += [
            "",
            "| Severity | Rule | Version | Original | Reason |",
            "|---|---|---|---|---|",
        ]
        for item in ordered:
            primary, other = where(item.report, item.finding)
            version, original = (primary, other) if item.finding.version else (None, primary)
            lines.append(
                f"| {item.finding.severity.value} "
                f"| `{item.finding.rule}` {rule(item.finding.rule).name} "
                f"| {_cell(version)} | {_cell(original)} | {_escape(item.finding.reason)} |"
            )
    if batch.errors:
        lines += ["", "**Pairs not checked**", ""]
        lines += [f"- `{p.id}`: {_escape(p.error or '')}" for p in batch.errors]
    if batch.baselined or batch.stale:
        lines += [
            "",
            f"Baseline: {batch.baselined} finding(s) hidden, {len(batch.stale)} stale entry(ies).",
        ]
        lines += [
            f"- stale: `{e.pair}` {e.rule} “{_escape(e.version or e.original)}”"
            for e in batch.stale
        ]
    lines += ["", f"<sub>signature: `{batch.signature}`</sub>"]
    return "\n".join(lines) + "\n"


def _all(batch: BatchReport) -> list[object]:
    return [f for r in batch.reports for f in r.findings]


def _cell(location: Location | None) -> str:
    if location is None:
        return "—"
    text = " ".join(location.text.split())
    if len(text) > 80:
        text = text[:77] + "…"
    return f"`{location.path}:{location.line}:{location.column}` {_escape(text)}"


def _escape(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|").replace("<", "&lt;")
