"""Plain-text report for a terminal: verdict first, then findings worst first with positions."""

from __future__ import annotations

import textwrap

from driftcheck.batch import BatchReport
from driftcheck.findings import Finding, Span
from driftcheck.locations import line_column
from driftcheck.report import Report
from driftcheck.rules import rule

_WIDTH = 100


def render_text(report: Report) -> str:
    """The report as text an editor can read top to bottom."""
    counts = report.counts()
    verdict = "FAIL" if report.exit_code else "PASS"
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts["kind"].items())
    severities = ", ".join(f"{n} {sev}" for sev, n in counts["severity"].items())
    lines = [
        f"driftcheck: {report.version.name} checked against {report.original.name}",
        f"verdict: {verdict} ({len(report.failing)} finding(s) at or above {report.fail_on.value})",
        f"findings: {kinds} ({severities})",
        f"alignment: {len(report.alignment.links)} links over "
        f"{len(report.original_sentences)} original and {len(report.version_sentences)} "
        "version sentences",
    ]
    lines += [f"warning: {w}" for w in report.warnings]
    ordered = sorted(report.findings, key=lambda f: -f.severity.rank)
    for number, finding in enumerate(ordered, start=1):
        lines.append("")
        lines += _finding_lines(number, finding, report)
    lines += ["", f"signature: {report.signature}"]
    return "\n".join(lines) + "\n"


def _finding_lines(number: int, finding: Finding, report: Report) -> list[str]:
    spec = rule(finding.rule)
    lines = [
        f"{number}. [{finding.severity.value}] {finding.kind.value} {finding.rule} {spec.name}",
        *textwrap.wrap(finding.reason, _WIDTH, initial_indent="   ", subsequent_indent="   "),
    ]
    lines += _span_lines("original", finding.original, report.original.text)
    lines += _span_lines("version ", finding.version, report.version.text)
    return lines


def _span_lines(label: str, span: Span | None, text: str) -> list[str]:
    if span is None:
        return [f"   {label}  —"]
    line, column = line_column(text, span.start)
    body = " ".join(span.text.split())
    return textwrap.wrap(
        f"{label} {line}:{column}  {body}",
        _WIDTH,
        initial_indent="   ",
        subsequent_indent="             ",
    )


def render_text_batch(batch: BatchReport) -> str:
    """Each pair's report in turn, then the run's verdict, errors and stale baseline entries."""
    blocks = []
    for pair in batch.pairs:
        if pair.report is not None:
            blocks.append(f"== {pair.id}\n" + render_text(pair.report))
        else:
            blocks.append(f"== {pair.id}\nerror: {pair.error}\n")
    verdict = {0: "PASS", 1: "FAIL", 2: "ERROR"}[batch.exit_code]
    lines = [
        f"run: {verdict} ({batch.failing} finding(s) at or above {batch.fail_on.value} "
        f"over {len(batch.pairs)} pair(s); {len(batch.errors)} pair(s) not checked)"
    ]
    if batch.baselined or batch.stale:
        lines.append(f"baseline: {batch.baselined} hidden, {len(batch.stale)} stale")
        lines += [
            f"stale: {e.pair} {e.rule} {e.fingerprint} {' '.join((e.version or e.original).split())}"
            for e in batch.stale
        ]
    lines.append(f"signature: {batch.signature}")
    return "\n".join(blocks) + "\n" + "\n".join(lines) + "\n"
