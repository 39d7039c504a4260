"""Findings: what moved between the original and the version, with evidence on both sides.

Unaligned sentences become whole-sentence omissions and additions. Every aligned group is
compared for figures, names, quotes, negation and certainty; a figure or name that a group
drops is an omission only when it appears nowhere in the other document (content moved
elsewhere is not lost), and one it adds is an addition only when the original never has it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from driftcheck import lexical
from driftcheck.alignment import Alignment, Link
from driftcheck.documents import Document
from driftcheck.lexical import Mention
from driftcheck.rules import Kind, Severity, rule
from driftcheck.sentences import Sentence


@dataclass(frozen=True)
class Span:
    """``document.text[start:end] == text`` on the side the span belongs to."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One thing an editor must look at."""

    kind: Kind
    rule: str
    severity: Severity
    reason: str
    original: Span | None
    version: Span | None
    link: int | None
    """Index into ``Alignment.links`` for findings inside an aligned group."""


@dataclass(frozen=True)
class FindingParams:
    """Thresholds for findings; calibrated per model in ``models/``."""

    drift: float
    """Aligned groups below this similarity are reported as diverged if no typed rule fires."""


@dataclass(frozen=True)
class _Side:
    """One side of an aligned group: its document and sentences."""

    document: Document
    sentences: tuple[Sentence, ...]

    def mentions(self, extract: Callable[[str], list[Mention]]) -> list[Mention]:
        """Mentions from every sentence, with offsets moved into the document."""
        return [
            Mention(s.start + m.start, s.start + m.end, m.key)
            for s in self.sentences
            for m in extract(s.text)
        ]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])

    def clause(self, mention: Mention) -> Span:
        sentence = next(s for s in self.sentences if s.start <= mention.start < s.end)
        a, b = lexical.clause_around(
            sentence.text, mention.start - sentence.start, mention.end - sentence.start
        )
        return self.span(sentence.start + a, sentence.start + b)

    def whole(self) -> Span:
        return self.span(self.sentences[0].start, self.sentences[-1].end)


def detect(
    original: Document,
    version: Document,
    original_sentences: Sequence[Sentence],
    version_sentences: Sequence[Sentence],
    alignment: Alignment,
    params: FindingParams,
) -> tuple[Finding, ...]:
    """All findings for one aligned pair of documents, in a stable order."""
    findings: list[Finding] = []
    for gap in alignment.unaligned_original:
        sentence = original_sentences[gap.index]
        code = "DC102" if sentence.heading else "DC101"
        findings.append(
            _finding(
                code,
                "the version has no counterpart for this "
                + ("heading" if sentence.heading else "sentence"),
                Span(sentence.start, sentence.end, sentence.text),
                None,
                None,
            )
        )
    for gap in alignment.unaligned_version:
        sentence = version_sentences[gap.index]
        findings.append(
            _finding(
                "DC201",
                "nothing in the original supports this sentence",
                None,
                Span(sentence.start, sentence.end, sentence.text),
                None,
            )
        )
    documents = _DocumentEvidence(original, version)
    for number, link in enumerate(alignment.links):
        left = _Side(original, tuple(original_sentences[i] for i in link.original))
        right = _Side(version, tuple(version_sentences[j] for j in link.version))
        findings.extend(_link_findings(number, link, left, right, documents, params))
    return tuple(sorted(findings, key=_order))


def _order(finding: Finding) -> tuple[int, int, int, int, str]:
    far = 1 << 62
    o = finding.original
    v = finding.version
    return (
        o.start if o else far,
        v.start if v else far,
        o.end if o else 0,
        v.end if v else 0,
        finding.rule,
    )


def _finding(
    code: str, reason: str, original: Span | None, version: Span | None, link: int | None
) -> Finding:
    spec = rule(code)
    return Finding(spec.kind, code, spec.severity, reason, original, version, link)


class _DocumentEvidence:
    """Whole-document mention keys, to tell content moved elsewhere from content lost."""

    def __init__(self, original: Document, version: Document) -> None:
        self.original_numbers = {m.key for m in lexical.numbers(original.text)}
        self.version_numbers = {m.key for m in lexical.numbers(version.text)}
        self.original_names = _name_words(lexical.entities(original.text))
        self.version_names = _name_words(lexical.entities(version.text))


def _name_words(mentions: Iterable[Mention]) -> set[str]:
    return {w for m in mentions for w in lexical.entity_words(m.key)}


def _link_findings(
    number: int,
    link: Link,
    left: _Side,
    right: _Side,
    documents: _DocumentEvidence,
    params: FindingParams,
) -> list[Finding]:
    found: list[Finding] = []
    found += _number_findings(number, left, right, documents)
    found += _entity_findings(number, left, right, documents)
    found += _quote_findings(number, left, right)
    found += _polarity_findings(number, left, right)
    if link.score < params.drift and not any(f.kind is Kind.DRIFT for f in found):
        found.append(
            _finding(
                "DC306",
                f"the aligned sentences say different things (similarity {link.score:.2f})",
                left.whole(),
                right.whole(),
                number,
            )
        )
    return found


def _number_findings(
    number: int, left: _Side, right: _Side, documents: _DocumentEvidence
) -> list[Finding]:
    ours = left.mentions(lexical.numbers)
    theirs = right.mentions(lexical.numbers)
    missing = _unmatched(ours, {m.key for m in theirs})
    extra = _unmatched(theirs, {m.key for m in ours})
    found: list[Finding] = []
    changed_left = [m for m in missing if m.key not in documents.version_numbers]
    changed_right = [m for m in extra if m.key not in documents.original_numbers]
    for a, b in zip(changed_left, changed_right, strict=False):
        found.append(
            _finding(
                "DC301",
                f"original: {_quote(left, a)} — version: {_quote(right, b)}",
                left.clause(a),
                right.clause(b),
                number,
            )
        )
    for a in changed_left[len(changed_right) :]:
        found.append(
            _finding(
                "DC103",
                f"original: {_quote(left, a)} — version: absent",
                left.clause(a),
                None,
                number,
            )
        )
    for b in changed_right[len(changed_left) :]:
        found.append(
            _finding(
                "DC202",
                f"version: {_quote(right, b)} — original: absent",
                None,
                right.clause(b),
                number,
            )
        )
    return found


def _entity_findings(
    number: int, left: _Side, right: _Side, documents: _DocumentEvidence
) -> list[Finding]:
    ours = left.mentions(lexical.entities)
    theirs = right.mentions(lexical.entities)
    our_words = _name_words(ours)
    their_words = _name_words(theirs)
    missing = [m for m in ours if not lexical.entity_words(m.key) & their_words]
    extra = [m for m in theirs if not lexical.entity_words(m.key) & our_words]
    # A name new to this group but known to the original replaces someone: the statement or
    # act has moved to another actor.
    swapped_in = [m for m in extra if lexical.entity_words(m.key) & documents.original_names]
    lost = [m for m in missing if not lexical.entity_words(m.key) & documents.version_names]
    new = [m for m in extra if not lexical.entity_words(m.key) & documents.original_names]
    found: list[Finding] = []
    if swapped_in and missing:
        a, b = missing[0], swapped_in[0]
        found.append(
            _finding(
                "DC302",
                f"original: {_quote(left, a)} — version: {_quote(right, b)}",
                left.clause(a),
                right.clause(b),
                number,
            )
        )
        lost = [m for m in lost if m is not a]
    for a in lost:
        found.append(
            _finding(
                "DC104",
                f"original: {_quote(left, a)} — version: absent",
                left.clause(a),
                None,
                number,
            )
        )
    for b in new:
        found.append(
            _finding(
                "DC203",
                f"version: {_quote(right, b)} — original: absent",
                None,
                right.clause(b),
                number,
            )
        )
    return found


def _quote_findings(number: int, left: _Side, right: _Side) -> list[Finding]:
    ours = left.mentions(lexical.quotes)
    theirs = right.mentions(lexical.quotes)
    found: list[Finding] = []
    matched: set[int] = set()
    for b in theirs:
        best, overlap = _closest_quote(b, ours)
        if best is None or overlap < 0.25:
            found.append(
                _finding(
                    "DC204",
                    f"version quotes {_quote(right, b)} — the original has no such quote",
                    None,
                    right.span(b.start, b.end),
                    number,
                )
            )
            continue
        matched.add(ours.index(best))
        if best.key != b.key:
            found.append(
                _finding(
                    "DC305",
                    f"original quote: {_quote(left, best)} — version quote: {_quote(right, b)}",
                    left.span(best.start, best.end),
                    right.span(b.start, b.end),
                    number,
                )
            )
    for k, a in enumerate(ours):
        if k not in matched and _closest_quote(a, theirs)[1] < 0.25:
            found.append(
                _finding(
                    "DC105",
                    f"original quotes {_quote(left, a)} — the version drops the quote",
                    left.span(a.start, a.end),
                    None,
                    number,
                )
            )
    return found


def _closest_quote(quote: Mention, candidates: list[Mention]) -> tuple[Mention | None, float]:
    words = set(quote.key.split())
    best: Mention | None = None
    best_overlap = 0.0
    for candidate in candidates:
        other = set(candidate.key.split())
        overlap = len(words & other) / max(1, min(len(words), len(other)))
        if overlap > best_overlap:
            best, best_overlap = candidate, overlap
    return best, best_overlap


def _polarity_findings(number: int, left: _Side, right: _Side) -> list[Finding]:
    found: list[Finding] = []
    ours, theirs = left.mentions(lexical.negations), right.mentions(lexical.negations)
    if bool(ours) != bool(theirs):
        cue, side = (ours[0], left) if ours else (theirs[0], right)
        where = "original" if side is left else "version"
        found.append(
            _finding(
                "DC303",
                f"only the {where} negates: {_quote(side, cue)}",
                left.clause(ours[0]) if ours else left.whole(),
                right.clause(theirs[0]) if theirs else right.whole(),
                number,
            )
        )
    hedged_left, hedged_right = left.mentions(lexical.hedges), right.mentions(lexical.hedges)
    if hedged_left and not hedged_right:
        found.append(
            _finding(
                "DC304",
                f"original hedges with {_quote(left, hedged_left[0])} — version states it as fact",
                left.clause(hedged_left[0]),
                right.whole(),
                number,
            )
        )
    elif hedged_right and not hedged_left:
        found.append(
            _finding(
                "DC304",
                f"version hedges with {_quote(right, hedged_right[0])} — original states it as fact",
                left.whole(),
                right.clause(hedged_right[0]),
                number,
            )
        )
    return found


def _unmatched(mentions: list[Mention], keys: set[str]) -> list[Mention]:
    return [m for m in mentions if m.key not in keys]


def _quote(side: _Side, mention: Mention) -> str:
    return "“" + side.document.text[mention.start : mention.end] + "”"
