"""The authoring model for the labelled cases: an article, its faithful paraphrase, variants.

A case is written as an original article (a few sentences), a faithful paraphrase of each
sentence, and a variant that swaps in, drops or adds sentences of that paraphrase. The
builder (``eval/build_cases.py``) assembles both texts and quotes the items from them, so the
quoted substrings are taken from the very sentences that carry the change.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Item",
    "add_clause",
    "add_sentence",
    "causal",
    "drift",
    "drift2",
    "faithful",
    "omit_clause",
    "omit_sentence",
]
"""The authoring vocabulary the article modules import."""


@dataclass(frozen=True)
class Item:
    """One change a reader must be shown (or may be shown, in ``acceptable``)."""

    kind: str
    """drift, omission or addition."""
    original: str | None = None
    version: str | None = None
    why: str = ""


@dataclass(frozen=True)
class Variant:
    """One case built from an article: the version is the paraphrase with these edits."""

    type: str
    items: tuple[Item, ...] = ()
    acceptable: tuple[Item, ...] = ()
    edits: dict[int, str | None] = field(default_factory=dict)
    """Sentence index -> the version's sentence there, or None to drop it."""
    inserts: dict[int, str] = field(default_factory=dict)
    """Sentence index -> a sentence added before it (len(sentences) appends at the end)."""
    order: tuple[int, ...] | None = None
    """A new order of the version's sentences (applied after edits; faithful reorders)."""
    base: str = "paraphrase"
    """Which text the unedited sentences come from: 'paraphrase' or 'original'."""


@dataclass(frozen=True)
class Article:
    slug: str
    topic: str
    original: tuple[str, ...]
    paraphrase: tuple[str, ...]
    variants: tuple[Variant, ...]


def faithful(
    *,
    edits: dict[int, str | None] | None = None,
    order: tuple[int, ...] | None = None,
    base: str = "paraphrase",
    acceptable: tuple[Item, ...] = (),
) -> Variant:
    """A version that keeps the meaning: it must raise no major or critical finding."""
    return Variant("faithful", (), acceptable, edits or {}, {}, order, base)


def drift(type_: str, index: int, sentence: str, original: str, version: str, why: str) -> Variant:
    """Sentence ``index`` becomes ``sentence``; ``original`` moved to ``version``."""
    return Variant(type_, (Item("drift", original, version, why),), edits={index: sentence})


def drift2(
    type_: str,
    edits: dict[int, str | None],
    items: tuple[Item, ...],
    acceptable: tuple[Item, ...] = (),
) -> Variant:
    """A variant with more than one planted change, written out in full."""
    return Variant(type_, items, acceptable, edits)


def causal(index: int, sentence: str, anchor: str, added: str, why: str) -> Variant:
    """A cause or condition the original does not state, attached to ``anchor``'s claim.

    Scored as an addition of the cause, as seeds/expected.json does ("due to the increase in
    violence" is an addition there); a drift over the claim and its cause is acceptable.
    """
    return Variant(
        "causal",
        (Item("addition", None, added, why),),
        (Item("drift", anchor, added),),
        {index: sentence},
    )


def omit_clause(index: int, sentence: str, dropped: str, why: str) -> Variant:
    """Sentence ``index`` keeps its counterpart but loses ``dropped``."""
    return Variant(
        "omission_partial",
        (Item("omission", dropped, None, why),),
        (Item("drift", dropped, sentence, why),),
        {index: sentence},
    )


def add_clause(index: int, sentence: str, added: str, why: str, original: str) -> Variant:
    """Sentence ``index`` gains ``added``; ``original`` is the original sentence it extends."""
    return Variant(
        "addition_partial",
        (Item("addition", None, added, why),),
        (Item("drift", original, added, why),),
        {index: sentence},
    )


def omit_sentence(index: int) -> Variant:
    """Sentence ``index`` is gone from the version; the builder quotes it from the original."""
    return Variant("omission_sentence", (Item("omission"),), edits={index: None})


def add_sentence(before: int, sentence: str) -> Variant:
    """``sentence`` appears in the version with no support in the original."""
    return Variant(
        "addition_sentence", (Item("addition", None, sentence),), inserts={before: sentence}
    )
