"""The span rule: clauses of one side whose words have no counterpart on the other side.

Following Vamvas & Sennrich (2023, "Towards Unsupervised Recognition of Token-level Semantic
Differences in Related Documents"), each token is scored by its best cosine similarity to the
tokens of the other side (the aligned group and its neighbours, so that content moved a little
way off still counts as present). The token vectors come from the same forward pass as the
sentence vectors, so this costs no second encode. Words take their weakest piece's score; a
clause is reported when most of its content words are unsupported.
"""

from __future__ import annotations

import re

from driftcheck import lexical
from driftcheck.findings.evidence import (
    ABSENT,
    Finding,
    Side,
    Span,
    TokenSupport,
    make_finding,
    overlaps,
)

_MIN_CONTENT_WORDS = 2
_MIN_NEGATED_WORDS = 1
"""A short clause with a negation ("without their consent", "but no injuries") or a share of a
group ("most of them civilians") carries a claim of its own: one unsupported content word is
enough to report it."""
_MOVED_SHARE = 0.5
"""A clause whose words are this well matched by one other sentence moved there."""
_MIN_RUN = 2


def clause_findings(
    number: int,
    left: Side,
    right: Side,
    token_support: float,
    clause_unsupported: float,
    claimed: list[Finding],
) -> list[Finding]:
    """Dropped clauses of ``left`` (omissions) and added clauses of ``right`` (additions)."""
    found = []
    # A certainty finding is about the claim's wording; whether its clause survived at all is
    # this rule's to say ("could be extended if talks fail" dropped is an omission too).
    claims = [f for f in claimed if f.rule not in {"DC304", "DC312"}]
    taken_left = [f.original for f in claims if f.original is not None]
    taken_right = [f.version for f in claims if f.version is not None]
    for span, share in _unsupported_clauses(left, token_support, clause_unsupported):
        if not any(overlaps(span, t) for t in taken_left):
            found.append(
                make_finding(
                    "DC106",
                    f"the version drops this part ({share:.0%} of its words have no counterpart)",
                    span,
                    None,
                    number,
                )
            )
    for span, share in _unsupported_clauses(right, token_support, clause_unsupported):
        if not any(overlaps(span, t) for t in taken_right):
            found.append(
                make_finding(
                    "DC205",
                    f"the original has nothing for this part ({share:.0%} of its words are unsupported)",
                    None,
                    span,
                    number,
                )
            )
    return found


_CUE_RULES = frozenset({"DC303", "DC304", "DC307", "DC312", "DC313", "DC314"})
"""Rules that fire on a cue word (a negation, a hedge, a stance verb) rather than on content."""
_NEW_CLAUSE_ABSENT = 0.5
"""A cue's clause with at least this share of its content words absent from the other side is
new (or lost) content, not the same claim turned."""


def cue_in_new_clause(finding: Finding, left: Side, right: Side, token_support: float) -> Finding:
    """A negation, hedge or stance cue that only one side has, inside a clause the other side
    has nothing for ("…, which it hopes to pass before the summer recess"), is an added (or
    dropped) clause: report the clause, not a turned claim."""
    if finding.rule not in _CUE_RULES:
        return finding
    sides = ((right, finding.version, finding.original, left, "DC205"), (left, finding.original, finding.version, right, "DC106"))  # fmt: skip
    for side, span, other_span, other, code in sides:
        if span is None or side.support is None or other_span is None:
            continue
        words = side.support.content_words(side.document.text, span.start, span.end)
        absent = sum(side.support.absent(word, ABSENT) for word in words)
        if other_span == other.whole():
            new = not _replaced(other)
        else:
            # the other side's stance survives in its clause, every word of it matched ("is
            # expected to give its approval"), and this stance stands in a clause of its own
            # ("despite opposition from two of its parties"): added content, not the same
            # stance turned
            new = (
                finding.rule in {"DC307", "DC314"}
                and absent >= _MIN_RUN
                and other.supported_share(other_span, token_support) == 1.0
            )
        if words and absent >= _NEW_CLAUSE_ABSENT * len(words) and new:
            where = "the original has nothing for" if code == "DC205" else "the version drops"
            return make_finding(
                code,
                f"{where} this part ({absent} of its {len(words)} content words have no counterpart)",
                span if code == "DC106" else None,
                span if code == "DC205" else None,
                finding.link,
            )
    return finding


def _replaced(side: Side) -> bool:
    """The side has words of its own that the other side lacks: the cue's clause replaced
    something ("where its passage is uncertain" / "where it is expected to pass easily")."""
    if side.support is None:
        return False
    whole = side.whole()
    words = side.support.content_words(side.document.text, whole.start, whole.end)
    return sum(side.support.absent(word, ABSENT) for word in words) >= _MIN_RUN


def _absent_runs(
    support: TokenSupport, words: list[list[int]], token_support: float
) -> list[tuple[int, int, float]]:
    """Runs of consecutive content words that nothing on the other side matches even loosely:
    a phrase dropped or slipped into a clause that otherwise survives ("sent the army to help
    with evacuations"). A single word matched loosely but not well may bridge two absent ones
    ("divert ambulances to neighbouring hospitals": "ambulances" is near "operations")."""
    marks = "".join(
        "A" if support.absent(w, ABSENT) else "W" if support.absent(w, token_support) else "S"
        for w in words
    )
    runs: list[tuple[int, int, float]] = []
    for run in _RUN.finditer(marks):
        first, last = words[run.start()], words[run.end() - 1]
        runs.append((int(support.offsets[first[0], 0]), int(support.offsets[last[-1], 1]), 1.0))
    return runs


_RUN = re.compile(r"A(?:W?A)+")
"""Absent words ("A"), at least two, each pair at most one weakly matched word ("W") apart."""


_SHARE_UNSUPPORTED = 0.5


def _new_in_share(support: TokenSupport, words: list[list[int]], unsupported: float) -> bool:
    """What a share of a group is said to be is new when half its words are unsupported and
    one has no counterpart anywhere ("most of them hired from abroad": "hired" re-tells
    "employ")."""
    return unsupported >= _SHARE_UNSUPPORTED and any(support.absent(w, ABSENT) for w in words)


def _unsupported_clauses(
    side: Side, token_support: float, clause_unsupported: float
) -> list[tuple[Span, float]]:
    """Clauses (merged when adjacent) whose content words are mostly unmatched, both in the
    aligned counterpart and within any single other sentence (content moved as a whole)."""
    support = side.support
    if support is None:
        return []
    flagged: list[tuple[int, int, float]] = []
    for sentence in side.sentences:
        for a, b in lexical.clauses(sentence.text):
            start, end = sentence.start + a, sentence.start + b
            words = support.content_words(side.document.text, start, end)
            if not words:
                continue
            # a short clause with a negation ("but no injuries") or a share of a group ("most
            # of them civilians") carries a claim of its own
            portion = lexical.SHARE_OF_GROUP.match(sentence.text[a:b])
            # the share is the frame; the claim is what the group is said to be, and one word
            # of it with no counterpart anywhere is new ("most of them hired from abroad")
            said = [
                w for w in words if not portion or support.offsets[w[0], 0] >= start + portion.end()
            ]
            unsupported = 1.0 - support.group_share(said, token_support)
            claim = bool(lexical.negations(sentence.text[a:b])) or portion is not None
            if (
                len(said) >= (_MIN_NEGATED_WORDS if claim else _MIN_CONTENT_WORDS)
                and (
                    unsupported >= clause_unsupported
                    or (portion is not None and _new_in_share(support, said, unsupported))
                )
                and support.best_sentence_share(words, token_support) < _MOVED_SHARE
            ):
                flagged.append((start, end, unsupported))
            else:
                flagged += _absent_runs(support, words, token_support)
    merged: list[tuple[int, int, float]] = []
    for start, end, share in flagged:
        gap = side.document.text[merged[-1][1] : start] if merged else None
        if merged and gap is not None and len(gap) <= 3 and not gap.strip(' ,;:—–-"“”'):
            merged[-1] = (merged[-1][0], end, max(merged[-1][2], share))
        else:
            merged.append((start, end, share))
    return [(side.span(a, b), share) for a, b, share in merged]
