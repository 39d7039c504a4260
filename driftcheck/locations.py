"""Where a finding is, as CI tools want it: path, 1-based line:column, both ends."""

from __future__ import annotations

from dataclasses import dataclass

from driftcheck.documents import Document
from driftcheck.findings import Finding, Span
from driftcheck.report import Report


@dataclass(frozen=True)
class Location:
    """A span of one file; ``end_column`` is exclusive (the column after the last character)."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``; any of \\n, \\r\\n or \\r ends a line."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def locate(document: Document, span: Span) -> Location:
    line, column = line_column(document.text, span.start)
    end_line, end_column = line_column(document.text, span.end)
    return Location(
        document.name, span.start, span.end, line, column, end_line, end_column, span.text
    )


def where(report: Report, finding: Finding) -> tuple[Location, Location | None]:
    """The location to annotate (the version span, else the original's) and the other side.

    The version is the file under review, so that is where CI annotations belong; an omission
    has no version span and points at the original.
    """
    original = locate(report.original, finding.original) if finding.original else None
    version = locate(report.version, finding.version) if finding.version else None
    primary = version or original
    if primary is None:
        raise ValueError(f"finding {finding.rule} has no span on either side")
    return primary, original if version is not None else None
