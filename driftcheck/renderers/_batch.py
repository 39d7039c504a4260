"""What several renderers share: the findings of a batch in a stable order, with their pair."""

from __future__ import annotations

from dataclasses import dataclass

from driftcheck.batch import BatchReport, PairResult
from driftcheck.findings import Finding
from driftcheck.report import Report


@dataclass(frozen=True)
class Item:
    """One finding with the pair it belongs to."""

    pair: PairResult
    report: Report
    finding: Finding


def items(batch: BatchReport) -> list[Item]:
    """Every finding, pairs in input order, findings in report order."""
    return [
        Item(pair, pair.report, finding)
        for pair in batch.pairs
        if pair.report is not None
        for finding in pair.report.findings
    ]


def worst_first(batch: BatchReport) -> list[Item]:
    """Every finding, most severe first (stable: input order within a severity)."""
    return sorted(items(batch), key=lambda item: -item.finding.severity.rank)
