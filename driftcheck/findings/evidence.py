"""Shared records for the finding rules: one side of an aligned group, and whole-document keys."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from driftcheck import lexical
from driftcheck.documents import Document
from driftcheck.embeddings import TokenVectors
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


def make_finding(
    code: str, reason: str, original: Span | None, version: Span | None, link: int | None
) -> Finding:
    """A finding with the rule's kind and default severity."""
    spec = rule(code)
    return Finding(spec.kind, code, spec.severity, reason, original, version, link)


ABSENT = 0.45
"""Below this similarity to every token on the other side, a word is absent there: it names
something the other side never mentions."""


@dataclass(frozen=True, eq=False)
class TokenSupport:
    """How well each token of a group is matched on the other side.

    ``group``: best cosine to the tokens of the aligned counterpart; ``sentences``: best cosine
    to each sentence of the other document in scope (t, S), to recognise content that moved
    into another sentence as a whole.
    """

    offsets: np.ndarray
    group: np.ndarray
    sentences: np.ndarray

    def content_words(self, text: str, start: int, end: int) -> list[list[int]]:
        """Token indices of each content word inside ``text[start:end]``."""
        inside = np.nonzero((self.offsets[:, 0] >= start) & (self.offsets[:, 1] <= end))[0]
        found: list[list[int]] = []
        word, word_end = "", -1
        pieces: list[int] = []
        for k in inside.tolist():
            a, b = int(self.offsets[k, 0]), int(self.offsets[k, 1])
            if a != word_end and word:
                if lexical.is_content_word(word):
                    found.append(pieces)
                word, pieces = "", []
            word += text[a:b]
            if any(c.isalnum() for c in text[a:b]):
                pieces.append(k)
            word_end = b
        if word and lexical.is_content_word(word) and pieces:
            found.append(pieces)
        return [p for p in found if p]

    def group_share(self, words: list[list[int]], threshold: float) -> float:
        """Share of the words matched in the aligned counterpart (a word: its weakest piece)."""
        return sum(float(self.group[w].min()) >= threshold for w in words) / max(1, len(words))

    def absent(self, word: list[int], threshold: float) -> bool:
        """The word is matched neither in the counterpart nor in any other sentence."""
        best = float(self.group[word].min())
        if self.sentences.shape[1]:
            best = max(best, float(self.sentences[word].min(axis=0).max()))
        return best < threshold

    def best_sentence_share(self, words: list[list[int]], threshold: float) -> float:
        """The largest share of the words matched within any single other sentence."""
        if self.sentences.shape[1] == 0 or not words:
            return 0.0
        per_word = np.stack([self.sentences[w].min(axis=0) for w in words])
        return float((per_word >= threshold).mean(axis=0).max())


@dataclass(frozen=True, eq=False)
class Side:
    """One side of an aligned group: its document, sentences and token vectors and support."""

    document: Document
    sentences: tuple[Sentence, ...]
    tokens: tuple[TokenVectors, ...] | None = None
    support: TokenSupport | None = None
    _extracted: dict[tuple[Callable[..., Any], int], list[Any]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """Each extractor's result per sentence: the rules ask for the same mentions many times."""

    def supported_share(self, span: Span, threshold: float) -> float | None:
        """Share of the span's content words matched in the aligned group (None: unknown)."""
        if self.support is None:
            return None
        words = self.support.content_words(self.document.text, span.start, span.end)
        return self.support.group_share(words, threshold) if words else None

    def mention_vector(self, mention: Mention) -> np.ndarray | None:
        """Mean token vector over a mention, to compare what two names stand for."""
        if not self.tokens:
            return None
        offsets, vectors = self.token_matrix()
        inside = (offsets[:, 0] < mention.end) & (offsets[:, 1] > mention.start)
        if not inside.any():
            return None
        mean = vectors[inside].mean(axis=0)
        normed: np.ndarray = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return normed

    def mentions(self, extract: Callable[[str], list[Mention]]) -> list[Mention]:
        """Mentions from every sentence, with offsets moved into the document."""
        return [
            _shift(m, s.start)
            for k, s in enumerate(self.sentences)
            for m in self._extract(extract, k)
        ]

    def mentions_pairs(
        self, extract: Callable[[str], list[tuple[Mention, Mention]]]
    ) -> list[tuple[Mention, Mention]]:
        """Paired mentions (a name and its role) from every sentence, offsets in the document."""
        return [
            (_shift(a, s.start), _shift(b, s.start))
            for k, s in enumerate(self.sentences)
            for a, b in self._extract(extract, k)
        ]

    def _extract(self, extract: Callable[[str], list[Any]], k: int) -> list[Any]:
        key = (extract, k)
        if key not in self._extracted:
            self._extracted[key] = extract(self.sentences[k].text)
        return self._extracted[key]

    def text_of(self, mention: Mention) -> str:
        return self.document.text[mention.start : mention.end]

    def quoted(self, mention: Mention) -> str:
        """The mention as it reads in the document, in quotation marks, for reasons."""
        return "“" + " ".join(self.text_of(mention).split()) + "”"

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])

    def span_of(self, mention: Mention) -> Span:
        return self.span(mention.start, mention.end)

    def clause(self, mention: Mention) -> Span:
        """The clause around a mention: what an editor reads to see the change."""
        sentence = self.sentence_at(mention.start)
        a, b = lexical.clause_around(
            sentence.text, mention.start - sentence.start, mention.end - sentence.start
        )
        return self.span(sentence.start + a, sentence.start + b)

    def sentence_at(self, offset: int) -> Sentence:
        return next(s for s in self.sentences if s.start <= offset < s.end)

    def whole(self) -> Span:
        return self.span(self.sentences[0].start, self.sentences[-1].end)

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The group's words in order: the name and role rules look words up per mention."""
        return tuple(lexical.words(" ".join(s.text for s in self.sentences)))

    def token_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """(offsets (t, 2) into the document, vectors (t, d)) of every token of the side."""
        return self._token_matrix

    @cached_property
    def _token_matrix(self) -> tuple[np.ndarray, np.ndarray]:
        """Built once: the polarity and name rules ask for it per cue and per mention."""
        if not self.tokens:
            return np.zeros((0, 2), dtype=np.int64), np.zeros((0, 1), dtype=np.float32)
        offsets = [
            t.offsets.astype(np.int64) + s.start
            for s, t in zip(self.sentences, self.tokens, strict=True)
        ]
        vectors = [t.vectors for t in self.tokens]
        return np.concatenate(offsets), np.concatenate(vectors)


def _shift(mention: Mention, offset: int) -> Mention:
    return Mention(mention.start + offset, mention.end + offset, mention.key)


class DocumentEvidence:
    """Whole-document keys, to tell content moved elsewhere from content lost.

    Each is computed on first use: most groups never ask (nothing went missing), and in a
    batch of short pairs these whole-document passes would otherwise cost as much as the rules.
    """

    def __init__(self, original: Document, version: Document) -> None:
        self.original = original
        self.version = version
        self.names = lexical.capitalised_words(original.text) | lexical.capitalised_words(
            version.text
        )

    @cached_property
    def numbers(self) -> tuple[set[str], set[str]]:
        """Figure keys of (original, version)."""
        return _keys(lexical.numbers(self.original.text)), _keys(lexical.numbers(self.version.text))

    @cached_property
    def words(self) -> tuple[frozenset[str], frozenset[str]]:
        """Words of (original, version): whether a word is used anywhere in a document."""
        return frozenset(lexical.words(self.original.text)), frozenset(
            lexical.words(self.version.text)
        )

    @cached_property
    def dates(self) -> tuple[set[str], set[str]]:
        """Date keys of (original, version)."""
        return _keys(lexical.dates(self.original.text)), _keys(lexical.dates(self.version.text))

    @cached_property
    def _original_mentions(self) -> list[Mention]:
        return self._entities_by_line(self.original.text)

    @cached_property
    def _version_mentions(self) -> list[Mention]:
        return self._entities_by_line(self.version.text)

    @cached_property
    def original_entities(self) -> list[set[str]]:
        return [lexical.entity_words(m.key) for m in self._original_mentions]

    @cached_property
    def version_entities(self) -> list[set[str]]:
        return [lexical.entity_words(m.key) for m in self._version_mentions]

    @cached_property
    def original_forms(self) -> set[str]:
        """Every capitalised word, even sentence-initial ("Lusavians will vote")."""
        return lexical.capitalised_forms(self.original.text)

    @cached_property
    def version_forms(self) -> set[str]:
        return lexical.capitalised_forms(self.version.text)

    @cached_property
    def original_initials(self) -> set[str]:
        """Acronyms of the names of several words, to match "WHO" with its full name."""
        return {lexical.initials(m.key) for m in self._original_mentions} - {""}

    @cached_property
    def version_initials(self) -> set[str]:
        return {lexical.initials(m.key) for m in self._version_mentions} - {""}

    @cached_property
    def titles(self) -> dict[str, set[str]]:
        """Name word -> head words of the roles either document gives that name ("Parisa
        Rezaei" -> "head"; "Culture Minister Abena Mensor" -> "minister"): who "its head"
        or "the minister" is."""
        found: dict[str, set[str]] = {}
        for document in (self.original, self.version):
            for line in document.text.splitlines():
                for name, role in [*self.roles(line), *self.descriptors(line)]:
                    names = lexical.entity_words(name.key)
                    rest = [
                        w.removesuffix("'s")
                        for w in lexical.words(line[role.start : role.end])
                        if w not in names
                    ]
                    # "the local member of parliament": the head before "of", and the last word
                    heads = {lexical.source_head(" ".join(rest))}
                    heads |= {w for w in rest[-1:] if lexical.is_content_word(w)}
                    for word in names:
                        found.setdefault(word, set()).update(heads - {""})
        return found

    def entities(self, text: str) -> list[Mention]:
        """Names in one sentence, knowing which capitalised words are names in these documents."""
        return lexical.entities(text, self.names)

    def sources(self, text: str) -> list[Mention]:
        return lexical.sources(text, self.names)

    def roles(self, text: str) -> list[tuple[Mention, Mention]]:
        return lexical.roles(text, self.names)

    def descriptors(self, text: str) -> list[tuple[Mention, Mention]]:
        return lexical.descriptors(text, self.names)

    def _entities_by_line(self, text: str) -> list[Mention]:
        return [m for line in text.splitlines() for m in self.entities(line)]


def _keys(mentions: Iterable[Mention]) -> set[str]:
    return {m.key for m in mentions}


def name_words(mentions: Iterable[Mention]) -> set[str]:
    """Every name word of the mentions, for "Jens Stoltenberg" ~ "Stoltenberg" matching."""
    return {w for m in mentions for w in lexical.entity_words(m.key)}


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end
