"""Findings: what moved between the original and the version, with evidence on both sides.

Unaligned sentences become whole-sentence omissions and additions. Every aligned group is then
checked by the typed rules (``typed.py``: figures, dates, names, roles, speakers, quotes,
negation, stance, certainty, causes) and by the span rule (``partial.py``: clauses whose words
have no counterpart on the other side). A span claimed by a typed rule is not claimed again by
the span rule, so one change gives one finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from driftcheck.alignment import Alignment
from driftcheck.documents import Document
from driftcheck.embeddings import Embeddings, Encoded, TokenVectors
from driftcheck.findings import partial, typed
from driftcheck.findings.evidence import (
    DocumentEvidence,
    Finding,
    Side,
    Span,
    TokenSupport,
    make_finding,
)
from driftcheck.rules import Kind
from driftcheck.sentences import Sentence

__all__ = ["Finding", "FindingParams", "Span", "detect"]


@dataclass(frozen=True)
class FindingParams:
    """Thresholds for findings; calibrated per model in ``models/``."""

    drift: float
    """Aligned groups below this similarity are reported as diverged if no typed rule fires."""
    token_support: float = 0.62
    """A word is supported when some token on the other side is at least this similar."""
    clause_unsupported: float = 0.6
    """A clause is dropped/added when this share of its content words is unsupported."""
    anywhere_tokens: int = 50_000
    """Up to this many tokens, content counts as moved if one sentence anywhere in the other
    document matches it; beyond it, only sentences within ``context`` of the group."""
    context: int = 3


def detect(
    original: Document,
    version: Document,
    original_sentences: Sequence[Sentence],
    version_sentences: Sequence[Sentence],
    alignment: Alignment,
    params: FindingParams,
    embeddings: Embeddings | None = None,
) -> tuple[Finding, ...]:
    """All findings for one aligned pair of documents, in a stable order.

    Without ``embeddings`` (hand-made unit cases) the span rule is skipped.
    """
    findings: list[Finding] = _unaligned_findings(alignment, original_sentences, version_sentences)
    documents = DocumentEvidence(original, version)
    pools = (
        _TokenPools(original_sentences, version_sentences, embeddings, alignment, params)
        if embeddings is not None
        else None
    )
    for number, link in enumerate(alignment.links):
        left = Side(
            original,
            tuple(original_sentences[i] for i in link.original),
            pools.tokens("original", link.original) if pools else None,
            pools.support("original", link.original, link.version) if pools else None,
        )
        right = Side(
            version,
            tuple(version_sentences[j] for j in link.version),
            pools.tokens("version", link.version) if pools else None,
            pools.support("version", link.version, link.original) if pools else None,
        )
        found = [
            partial.cue_in_new_clause(f, left, right, params.token_support)
            for f in typed.link_findings(number, left, right, documents, params.token_support)
        ]
        found += partial.clause_findings(
            number, left, right, params.token_support, params.clause_unsupported, claimed=found
        )
        if link.score < params.drift and not any(f.kind is Kind.DRIFT for f in found):
            found.append(
                make_finding(
                    "DC306",
                    f"the aligned sentences say different things (similarity {link.score:.2f})",
                    left.whole(),
                    right.whole(),
                    number,
                )
            )
        findings += found
    return tuple(sorted(set(findings), key=_order))


class _TokenPools:
    """Token vectors of both documents, for the support of each group's words."""

    def __init__(
        self,
        original_sentences: Sequence[Sentence],
        version_sentences: Sequence[Sentence],
        embeddings: Embeddings,
        alignment: Alignment,
        params: FindingParams,
    ) -> None:
        self.embeddings = embeddings
        self.params = params
        self.sentences = {"original": original_sentences, "version": version_sentences}
        self.counterpart: dict[str, dict[int, tuple[int, ...]]] = {"original": {}, "version": {}}
        for link in alignment.links:
            for i in link.original:
                self.counterpart["original"][i] = link.version
            for j in link.version:
                self.counterpart["version"][j] = link.original

    def tokens(self, which: str, members: tuple[int, ...]) -> tuple[TokenVectors, ...]:
        return tuple(self._encoded(which).tokens[i] for i in members)

    def support(
        self, which: str, members: tuple[int, ...], counterpart: tuple[int, ...]
    ) -> TokenSupport:
        """Support of this group's tokens by the counterpart group and by the other document."""
        other = "version" if which == "original" else "original"
        own = self._matrix(which, members)
        total = sum(len(t.offsets) for t in self._encoded(other).tokens)
        if total <= self.params.anywhere_tokens:
            around: Sequence[int] = range(len(self.sentences[other]))
        else:
            low = max(0, min(counterpart) - self.params.context)
            high = min(len(self.sentences[other]), max(counterpart) + self.params.context + 1)
            around = range(low, high)
        # Two matrix products per group, not one per sentence: numpy's small products are slow
        # beside torch's thread pool, and the findings stage should cost next to nothing.
        needed = sorted(set(around) | set(counterpart))
        by_other = self._best_per_sentence(own[1], other, needed)
        column = {i: k for k, i in enumerate(needed)}
        origins = sorted(
            {k for i in around for k in self.counterpart[other].get(i, ()) if k not in members}
        )
        by_own = self._best_per_sentence(own[1], which, origins)
        origin_column = {i: k for k, i in enumerate(origins)}
        columns = []
        for i in around:
            # Support by one other sentence counts only what that sentence's own counterpart
            # does not already explain: words re-told in place have not moved.
            retold = self.counterpart[other].get(i, ())
            origin = [origin_column[k] for k in retold if k not in members]
            if retold and not origin:
                columns.append(np.zeros(len(own[1]), dtype=np.float32))  # it re-tells this group
                continue
            support = by_other[:, column[i]]
            if origin:
                explained = by_own[:, origin].max(axis=1)
                support = np.where(explained >= self.params.token_support, 0.0, support)
            columns.append(support.astype(np.float32))
        sentences = np.stack(columns, axis=1) if columns else np.zeros((len(own[1]), 0), np.float32)
        group = (
            by_other[:, [column[i] for i in counterpart]].max(axis=1)
            if counterpart
            else np.zeros(len(own[1]), dtype=np.float32)
        )
        return TokenSupport(own[0], group, sentences)

    def _best_per_sentence(
        self, vectors: np.ndarray, which: str, indices: Sequence[int]
    ) -> np.ndarray:
        """(tokens, len(indices)): each token's best cosine within each listed sentence
        (0 for a sentence without tokens)."""
        blocks = [self._encoded(which).tokens[i].vectors for i in indices]
        best = np.zeros((len(vectors), len(blocks)), dtype=np.float32)
        filled = [k for k, block in enumerate(blocks) if len(block)]
        if not filled or not len(vectors):
            return best
        starts = np.cumsum([0] + [len(blocks[k]) for k in filled[:-1]])
        products = vectors @ np.concatenate([blocks[k] for k in filled]).T
        best[:, filled] = np.maximum.reduceat(products, starts, axis=1)
        return best

    def _encoded(self, which: str) -> Encoded:
        return self.embeddings.original if which == "original" else self.embeddings.version

    def _matrix(self, which: str, members: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        encoded = self._encoded(which)
        sentences = self.sentences[which]
        offsets = [encoded.tokens[i].offsets.astype(np.int64) + sentences[i].start for i in members]
        vectors = [encoded.tokens[i].vectors for i in members]
        if not offsets:
            return np.zeros((0, 2), np.int64), np.zeros((0, encoded.vectors.shape[1]), np.float32)
        return np.concatenate(offsets), np.concatenate(vectors)


def _unaligned_findings(
    alignment: Alignment,
    original_sentences: Sequence[Sentence],
    version_sentences: Sequence[Sentence],
) -> list[Finding]:
    findings = []
    for gap in alignment.unaligned_original:
        sentence = original_sentences[gap.index]
        what = "heading" if sentence.heading else "sentence"
        findings.append(
            make_finding(
                "DC102" if sentence.heading else "DC101",
                f"the version has no counterpart for this {what}",
                Span(sentence.start, sentence.end, sentence.text),
                None,
                None,
            )
        )
    for gap in alignment.unaligned_version:
        sentence = version_sentences[gap.index]
        findings.append(
            make_finding(
                "DC201",
                "nothing in the original supports this sentence",
                None,
                Span(sentence.start, sentence.end, sentence.text),
                None,
            )
        )
    return findings


def _order(finding: Finding) -> tuple[int, int, int, int, str, str]:
    far = 1 << 62
    o, v = finding.original, finding.version
    return (
        o.start if o else far,
        v.start if v else far,
        o.end if o else 0,
        v.end if v else 0,
        finding.rule,
        finding.reason,
    )
