"""A cheap check that a document is probably English, for models calibrated on English only.

The default model (all-MiniLM-L6-v2) is English-only: a correct English–Spanish pair scores
cosine ~0.35, below unrelated English pairs (shared/MACHINE-NOTES.md), so a version in another
language would come back as a wall of omissions and additions. Function words are the cheapest
signal that needs no model or dependency: in English news prose about a third of the words are
among the ~100 commonest function words, in other Latin-script languages only a few percent
(shared spellings like "a", "in", "no"), and in other scripts none.
"""

from __future__ import annotations

import re

from driftcheck.documents import Document

_ENGLISH_FUNCTION_WORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "against",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "each",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "here",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "more",
        "most",
        "my",
        "no",
        "not",
        "now",
        "of",
        "on",
        "one",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "said",
        "says",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "under",
        "up",
        "us",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MIN_WORDS = 20
"""Below this a ratio says little (a headline, a byline); no warning is given."""
_MIN_RATIO = 0.15
"""English news prose scores 0.3–0.5; Spanish, French, German about 0.02–0.08."""


def english_share(text: str) -> float | None:
    """Share of words that are English function words, or None for too few words to tell."""
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return None
    english = sum(1 for w in words if w.lower().replace("’", "'") in _ENGLISH_FUNCTION_WORDS)
    return english / len(words)


def language_warnings(
    documents: tuple[Document, ...], languages: tuple[str, ...]
) -> tuple[str, ...]:
    """One warning per document that is probably not English when the model knows only English."""
    if tuple(languages) != ("en",):
        return ()
    warnings = []
    for document in documents:
        share = english_share(document.text)
        if share is not None and share < _MIN_RATIO:
            warnings.append(
                f"{document.name}: does not look like English ({share:.0%} English function "
                "words) but the model is calibrated for English only; similarities across "
                "languages are unreliable: use a multilingual model with --model"
            )
    return tuple(warnings)
