"""Typed rules on one aligned group: each names the kind of change and quotes both sides.

A figure, date or name that the group drops is an omission only when the other document has
it nowhere (it may have moved to another sentence); one that the group adds is an addition only
when the original never has it. When both sides of a group have an unmatched figure (or date, or
name) the pair is a change: drift.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from driftcheck import lexical
from driftcheck.findings.evidence import (
    ABSENT,
    DocumentEvidence,
    Finding,
    Side,
    Span,
    make_finding,
    name_words,
)
from driftcheck.lexical import Mention

_ROLE_OVERLAP = 0.34
"""Roles sharing fewer content words than this (Jaccard) are different roles."""
_LEADING_OFFICES = {
    "director",
    "chair",
    "president",
    "executive",
    "manager",
    "commander",
    "captain",
}
_QUOTE_MATCH = 0.25
"""Quotes sharing at least this share of the shorter quote's words are the same quote."""
_NEGATIVE_STANCES = {"refusal", "inability", "denial", "silence", "insufficiency"}
_SCOPE_MATCHED = 0.5
"""Share of a negated clause's words that must have a counterpart for its polarity to be compared."""
_HEAD_WORDS = 2
"""How many content words after a negative cue stand for what it negates."""
_NOT_HEADS = {
    "yet", "ever", "even", "always", "once", "longer", "more", "need",
    "won", "don", "didn", "doesn", "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn",
    "couldn", "wouldn", "shouldn", "mustn", "needn",
}  # fmt: skip
"""Words after a negative cue that belong to it ("not yet", "never even", "no longer", "saw no
need to"), and
the stems of contracted negations ("won't" is read as "won", "'", "t")."""
_CONTEXT_DATES = ("weekday:", "relative:", "month:", "season:", "daypart:", "period:")
_SAME_REFERENT = 0.45
"""Two unmatched names whose token vectors are this close stand in the same place."""
_CAUSE_SUPPORTED = 0.5
_HEDGE_CARRIED = 0.6
"""Share of a hedged clause's words the version must keep for a lost hedge to count."""
_SAME_SOURCE = 0.75
"""Source phrases with no word in common whose token vectors are this close name the same
source; the vectors carry the shared sentence context, so only near-synonyms come this close
("the doctors' association" / "the health secretary" reach 0.69)."""
_VAGUE_SOURCES = {
    "official", "officials", "authorities", "source", "sources", "spokesman", "spokeswoman",
    "spokesperson", "representative", "representatives", "statement", "people", "person",
}  # fmt: skip
"""Source words that name no particular body: "officials said" may re-tell "the ministry
said"."""


def link_findings(
    number: int, left: Side, right: Side, documents: DocumentEvidence, token_support: float
) -> list[Finding]:
    """Every typed finding for aligned group ``number``."""
    found = _figures(number, left, right, lexical.numbers, lambda: documents.numbers, ("DC301", "DC103", "DC202"), _not_in_date(left), _not_in_date(right))  # fmt: skip
    found += _figures(number, left, right, lexical.dates, lambda: documents.dates, ("DC310", "DC107", "DC207"), None, None)  # fmt: skip
    found += _units(number, left, right)
    found += _names(number, left, right, documents, token_support)
    found += _quotes(number, left, right, documents, token_support)
    found += _polarity(number, left, right, documents, token_support)
    found += _certainty(number, left, right, token_support)
    found += _causes(number, left, right, token_support)
    return [f for f in found if f.rule not in _CLAUSE_RULES or not _cross_matched(f, left, right)]


_CLAUSE_RULES = {"DC303", "DC304", "DC307", "DC311", "DC312", "DC313", "DC314"}
"""Rules that set one clause's claim against another's: they are only as right as the
pairing of the two clauses."""


def _cross_matched(finding: Finding, left: Side, right: Side) -> bool:
    """The two clauses a finding sets side by side re-tell different claims: each shares
    clearly more words with another clause of the other side than with its own counterpart
    ("dairy prices climbed 15%, while vegetables became 3% cheaper" / "dairy products were 15%
    dearer, whereas vegetables fell 3%": "climbed" and "fell" belong to different claims).
    Words as written decide, not token vectors: in one sentence those carry each other's
    context. Names do not: an appositive parts a subject from its claim ("The Beer Council,
    which lobbies for brewers, accepted the measure")."""
    ours, theirs = finding.original, finding.version
    if ours is None or theirs is None:
        return False
    return _met_elsewhere(ours, theirs, right) and _met_elsewhere(theirs, ours, left)


_CLEAR_MARGIN = 2
"""How many more shared words another clause needs than the counterpart's."""


def _met_elsewhere(span: Span, counterpart: Span, other: Side) -> bool:
    """Each claim of the span ("accepted the findings | and said the government had hired
    60 inspectors") shares ``_CLEAR_MARGIN`` more claim words with some clause of ``other``
    outside ``counterpart`` than with every clause the counterpart touches."""
    clauses = [
        (_claim_words(sentence.text[a:b]), sentence.start + a, sentence.start + b)
        for sentence in other.sentences
        for a, b in lexical.clauses(sentence.text)
    ]
    parts = [words for part in _CLAIM_BREAK.split(span.text) if (words := _claim_words(part))]
    return bool(parts) and all(_part_met_elsewhere(own, counterpart, clauses) for own in parts)


def _part_met_elsewhere(
    own: set[str], counterpart: Span, clauses: list[tuple[set[str], int, int]]
) -> bool:
    here, there = 0, 0
    for words, start, end in clauses:
        shared = _stems_met(own, words)
        if start < counterpart.end and counterpart.start < end:
            here = max(here, shared)
        else:
            there = max(there, shared)
    return there >= here + _CLEAR_MARGIN


_CLAIM_BREAK = re.compile(r",?\s+and\s+(?=(?:said|says|added|adds)\b)|,\s+(?=(?:saying|adding)\b)")
"""Where a clause goes on to a second claim of its subject."""


def _claim_words(text: str) -> set[str]:
    """Content words but names: a capitalised word past the first."""
    return {
        w.lower()
        for k, w in enumerate(_WORD.findall(text))
        if lexical.is_content_word(w) and (k == 0 or not w[0].isupper())
    }


def _not_in_date(side: Side) -> Callable[[Mention], bool]:
    """Numbers inside dates ("May 1", "2020") are compared as dates, not as figures."""
    spans = [(m.start, m.end) for m in side.mentions(lexical.dates)]
    return lambda m: not any(a < m.end and m.start < b for a, b in spans)


def _figures(
    number: int,
    left: Side,
    right: Side,
    extract: Callable[[str], list[Mention]],
    document_keys: Callable[[], tuple[set[str], set[str]]],
    codes: tuple[str, str, str],
    keep_left: Callable[[Mention], bool] | None,
    keep_right: Callable[[Mention], bool] | None,
) -> list[Finding]:
    changed_code, dropped_code, added_code = codes
    ours = [m for m in left.mentions(extract) if keep_left is None or keep_left(m)]
    theirs = [m for m in right.mentions(extract) if keep_right is None or keep_right(m)]
    missing = [m for m in ours if _value(m) not in {_value(t) for t in theirs}]
    extra = [m for m in theirs if _value(m) not in {_value(o) for o in ours}]
    found = []
    paired = _pair_by_category(missing, extra)
    for a, b in paired:
        if _share_of_a_total(a, b, ours, theirs):
            continue
        if _same_period_named(left, a, b) or _same_period_named(right, b, a):
            continue
        found.append(
            make_finding(
                changed_code,
                _versus(left, a, right, b),
                left.clause(a),
                right.clause(b),
                number,
            )
        )
    used = {id(m) for pair in paired for m in pair}
    # A dropped or added weekday, bare month, season, part of a day or of a year, or relative
    # date ("Thursday", "in March", "over the summer", "in the morning", "the first half",
    # "this week") is routine
    # in a re-telling that anchors time differently ("in spring"); only a changed one is
    # reported. Soft figures ("first", "both") likewise.
    missing = [m for m in missing if not m.key.startswith((*_CONTEXT_DATES, lexical.SOFT))]
    extra = [m for m in extra if not m.key.startswith((*_CONTEXT_DATES, lexical.SOFT))]
    if not missing and not extra:
        return found
    original_keys, version_keys = document_keys()  # whole documents: only now worth reading
    version_values = {k.lstrip(lexical.SOFT) for k in version_keys}
    original_values = {k.lstrip(lexical.SOFT) for k in original_keys}
    for a in missing:
        if id(a) not in used and _value(a) not in version_values and not _counts_names(left, a):
            found.append(
                make_finding(
                    dropped_code,
                    f"original: {left.quoted(a)} — version: absent",
                    left.clause(a),
                    None,
                    number,
                )
            )
    for b in extra:
        if (
            id(b) not in used
            and _value(b) not in original_values
            and not _sum_of(b, ours)
            and not _counts_names(right, b)
        ):
            found.append(
                make_finding(
                    added_code,
                    f"version: {right.quoted(b)} — original: absent",
                    None,
                    right.clause(b),
                    number,
                )
            )
    return found


_SAME_PERIOD = re.compile(
    r"\bthe\s+same\s+(?:month|week|quarter|period|season)\s+(?:of\s+)?$", re.I
)


def _same_period_named(side: Side, general: Mention, named: Mention) -> bool:
    """ "the same month last year" points back to a month the article names: "October last
    year" may re-tell it."""
    which, _, unit = general.key.removeprefix("relative:").partition(" ")
    return (
        general.key.startswith("relative:")
        and unit == "year"
        and named.key.removeprefix(f"relative:{which} ") in lexical.MONTHS
        and _SAME_PERIOD.search(side.document.text, 0, general.start) is not None
    )


def _as_float(mention: Mention) -> float | None:
    try:
        return float(_value(mention))
    except ValueError:
        return None  # a date's key


def _share_of_a_total(a: Mention, b: Mention, ours: list[Mention], theirs: list[Mention]) -> bool:
    """A count and a share of the same total, which both sides give: "three of the 12 cranes"
    / "a quarter of the 12 cranes", "40 boats, half of them" / "40 boats, 20 of which"."""
    x, y = _as_float(a), _as_float(b)
    if x is None or y is None:
        return False
    totals = {_as_float(m) for m in ours} & {_as_float(m) for m in theirs} - {None, x, y}
    return any(
        abs(share / 100 * total - count) < 0.5
        for total in totals
        if total is not None
        for share, count in ((x, y), (y, x))
        # a count of things, a share of a larger whole: not "0.23 euros" / "0.32 euros"
        if count >= 1 and count == int(count) and 0 < share < 100 and total > count
    )


_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_NAMES_BEFORE = re.compile(rf"({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})\s*,\s*$")
_NAMES_AFTER = re.compile(
    rf"(?:\s+[\w’'-]+){{1,3}}?\s+(?:of|in)\s+({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME})"
)
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")


def _counts_names(side: Side, figure: Mention) -> bool:
    """A count that only says how many names the sentence lists: "Ebbsworth and Quarley, two
    nearby villages" ~ "the villages of Ebbsworth and Quarley"."""
    value = _as_float(figure)
    sentence = side.sentence_at(figure.start)
    text = side.document.text
    listed = _NAMES_BEFORE.search(text, sentence.start, figure.start) or _NAMES_AFTER.match(
        text, figure.end, sentence.end
    )
    return (
        value is not None
        and listed is not None
        and len(_LIST_SEPARATOR.split(listed.group(1))) == value
    )


def _sum_of(b: Mention, ours: list[Mention]) -> bool:
    """A figure the version adds that sums the original's: "120 passengers and 15 crew" /
    "135 people on board: 120 passengers and 15 crew"."""
    total = _as_float(b)
    parts = [
        v for m in ours if (v := _as_float(m)) is not None and not m.key.startswith(lexical.SOFT)
    ]
    return (
        total is not None
        and len(parts) >= 2
        and any(
            abs(parts[i] + parts[j] - total) < 1e-9
            for i in range(len(parts))
            for j in range(i + 1, len(parts))
        )
    )


def _units(number: int, left: Side, right: Side) -> list[Finding]:
    """A figure counted in another unit of the same kind: euros for dollars, acres for
    hectares, hours for days. Compared per dimension, only where both sides count in it."""
    ours, theirs = left.mentions(lexical.units), right.mentions(lexical.units)
    found = []
    for dimension in sorted({m.key.split(":")[0] for m in ours}):
        a_units = [m for m in ours if m.key.startswith(dimension + ":")]
        b_units = [m for m in theirs if m.key.startswith(dimension + ":")]
        if b_units and not {m.key for m in a_units} & {m.key for m in b_units}:
            a, b = a_units[0], b_units[0]
            found.append(
                _changed(
                    "DC301",
                    f"original: {left.quoted(a)} — version: {right.quoted(b)} (another unit)",
                    left,
                    a,
                    right,
                    b,
                    number,
                )
            )
    return found


def _value(mention: Mention) -> str:
    """A figure's value, soft or not: "both" matches "two"."""
    return mention.key.lstrip(lexical.SOFT)


def _versus(left: Side, ours: Mention, right: Side, theirs: Mention) -> str:
    """The reason of a plain change: both mentions as they read."""
    return f"original: {left.quoted(ours)} — version: {right.quoted(theirs)}"


def _changed(
    code: str, reason: str, left: Side, ours: Mention, right: Side, theirs: Mention, number: int
) -> Finding:
    """A drift finding whose spans are exactly the two mentions."""
    return make_finding(code, reason, left.span_of(ours), right.span_of(theirs), number)


def _pair_by_category(
    missing: list[Mention], extra: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """Pair unmatched mentions of the same category (dates: weekday with weekday; soft figures
    with soft figures), in order."""
    pairs = []
    free = list(extra)
    for a in missing:
        category = _category(a)
        match = next((b for b in free if _category(b) == category), None)
        match = match or next((b for b in free if _far_apart(a, b) or _far_apart(b, a)), None)
        if match is not None:
            pairs.append((a, match))
            free.remove(match)
    return pairs


_FAR_FROM = {
    "weekday": {
        "last week", "next week", "last month", "next month", "last year", "next year",
        "end of this year",
    },
    "season": {"end of this year"},
}  # fmt: skip
"""Date categories that cannot name the same time as some relative dates: a weekday is within
the week either side of the story, not last week's or last month's ("voted on Tuesday" /
"voted last week"; "published on Wednesday" / "released last month")."""
_WEEKEND_DAYS = {"friday", "saturday", "sunday"}
"""Days a "weekend" may take in ("on Friday night" / "at the weekend")."""
_SEASON_MONTHS = {
    "winter": {"november", "december", "january", "february", "march"},
    "spring": {"february", "march", "april", "may", "june"},
    "summer": {"may", "june", "july", "august", "september"},
    "autumn": {"august", "september", "october", "november", "december"},
}
"""The months a season may name, with a month either side ("in late August" ~ "in the late
summer" or "in early autumn"): January is never autumn."""


def _far_apart(a: Mention, b: Mention) -> bool:
    if (_category(a), _category(b)) == ("month", "season"):
        season = b.key.removeprefix("season:")
        return a.key.removeprefix("month:") not in _SEASON_MONTHS.get(season, set())
    if (_category(a), _category(b)) == ("season", "month"):
        return _far_apart(b, a)
    far = _FAR_FROM.get(_category(a), set())
    relative = b.key.removeprefix("relative:")
    if _category(a) == "weekday" and _category(b) == "relative" and relative.endswith("weekend"):
        # "an attack last weekend" / "an attack on Monday": no weekday of the week is one
        return a.key.removeprefix("weekday:") not in _WEEKEND_DAYS
    if _category(a) == "season" and _category(b) == "relative":
        # "in the autumn" / "next spring": another season, whichever year
        season = a.key.removeprefix("season:")
        named = [lexical.SEASONS[w] for w in relative.split() if w in lexical.SEASONS]
        return bool(named) and season not in named
    return _category(b) == "relative" and relative in far


def _category(mention: Mention) -> str:
    if mention.key.startswith(lexical.SOFT):
        return lexical.SOFT
    return mention.key.split(":")[0] if ":" in mention.key else ""


def _names(
    number: int, left: Side, right: Side, documents: DocumentEvidence, token_support: float
) -> list[Finding]:
    """Speakers, roles and names, in that order: each claims the names it explains."""
    found: list[Finding] = []
    handled_left: list[tuple[int, int]] = []
    handled_right: list[tuple[int, int]] = []

    speakers_left = left.mentions(documents.sources)
    speakers_right = right.mentions(documents.sources)
    if (
        speakers_left
        and speakers_right
        and not _sources_kept(speakers_left, speakers_right, left, right, documents)
    ):
        a, b = speakers_left[0], speakers_right[0]
        found.append(
            make_finding(
                "DC308",
                f"original: {left.quoted(a)} says it — version: {right.quoted(b)} says it",
                left.clause(a),
                right.clause(b),
                number,
            )
        )
        handled_left += [(m.start, m.end) for m in speakers_left]
        handled_right += [(m.start, m.end) for m in speakers_right]

    if not found and (taken_by := _side_taken_by_another(left, right, documents)):
        (a, stance), b = taken_by
        reason = f"original: {left.quoted(a)} takes this side ({stance.key}) — version: {right.quoted(b)} does"
        found.append(make_finding("DC308", reason, left.clause(a), right.clause(b), number))
        handled_left.append((a.start, a.end))
        handled_right.append((b.start, b.end))
    if not found:
        found += _pronoun_speaker(number, left, right, speakers_left, speakers_right)
        found += _pronoun_speaker(number, right, left, speakers_right, speakers_left, swap=True)

    roles_right = right.mentions_pairs(documents.roles)
    for name, role in left.mentions_pairs(documents.roles):
        words = lexical.entity_words(name.key)
        for other_name, other_role in roles_right:
            if not words & lexical.entity_words(other_name.key):
                continue
            if _titled(left, name, other_role) or _titled(right, other_name, role):
                continue  # "Organiser Jonas Ebeid, a former driver" / "Jonas Ebeid, an organiser"
            if _roles_differ(left, role, right, other_role):
                found.append(
                    _changed(
                        "DC309",
                        f"{left.quoted(name)}: original {left.quoted(role)} — version {right.quoted(other_role)}",
                        left,
                        role,
                        right,
                        other_role,
                        number,
                    )
                )
                # the changed role explains the names in it; a kept role leaves them to
                # the name rule ("scientist at Wexmoor University" / "at Brindlemoor")
                handled_left.append((role.start, role.end))
                handled_right.append((other_role.start, other_role.end))

    if not any(f.rule == "DC309" for f in found):
        found += _ranks(number, left, right) or _role_changes(number, left, right)

    def free(m: Mention, handled: list[tuple[int, int]]) -> bool:
        return not any(start < m.end and m.start < end for start, end in handled)

    quoted_left, quoted_right = _quoted_names(left, right)
    ours = [
        m
        for m in left.mentions(documents.entities)
        if free(m, handled_left) and free(m, quoted_left)
    ]
    theirs = [
        m
        for m in right.mentions(documents.entities)
        if free(m, handled_right) and free(m, quoted_right)
    ]
    our_words = name_words(left.mentions(documents.entities))
    their_words = name_words(right.mentions(documents.entities))
    missing = [m for m in ours if not _named_in(m, left, right, their_words)]
    extra = [m for m in theirs if not _named_in(m, right, left, our_words)]
    lost = [
        m
        for m in missing
        if not _same_entity_in(m, documents.version_entities, documents.version_forms)
        and not _acronym_of(m, documents.version_forms, documents.version_initials)
        and not lexical.spelled_out(left.text_of(m), right.document.text)
    ]
    new = [
        m
        for m in extra
        if not _same_entity_in(m, documents.original_entities, documents.original_forms)
        and not _acronym_of(m, documents.original_forms, documents.original_initials)
        and not lexical.spelled_out(right.text_of(m), left.document.text)
    ]
    # A name that leaves the group pairs with one that comes in, when either is foreign to
    # the other document: "Erik Lund used" / "Erik Lindqvist covered up", even though "Lund"
    # is named again later. Two names that both just moved between sentences are no change.
    pairs = _same_referents(lost, extra, left, right)
    taken = {id(m) for pair in pairs for m in pair}
    pairs += _same_referents(
        [m for m in missing if id(m) not in taken],
        [m for m in new if id(m) not in taken],
        left,
        right,
    )
    taken = {id(m) for pair in pairs for m in pair}
    # One sentence for one: a name gone and another come in its place is a swap even when
    # both are named elsewhere ("Shares in Ostrella fell" / "Veltrane's shares dropped").
    if len(left.sentences) == len(right.sentences) == 1:
        moved = [m for m in missing if id(m) not in taken]
        come = [m for m in extra if id(m) not in taken]
        if not moved and len(come) == 1 and any(come[0] is m for m in new):
            # a name the original never uses where one of the group's names is now written
            # fewer times ("refugees returned from Vennland, Vennland's commission said" /
            # "had gone home from Marsovia, Vennland's commission said")
            counts = Counter(m.key for m in theirs)
            fewer = [m for m in ours if counts[m.key] < sum(o.key == m.key for o in ours)]
            moved = [_least_retold(left, fewer[0].key, fewer, right, theirs)] if fewer else []
        if len(moved) == len(come) == 1 and _stand_in_place(
            moved[0], come[0], left, right, token_support
        ):
            pairs.append((moved[0], come[0]))
            taken = {id(m) for pair in pairs for m in pair}
    pairs += _siblings(
        [m for m in ours if id(m) not in taken],
        [m for m in extra if id(m) not in taken],
        right,
        new=[m for m in new if id(m) not in taken],
    )
    # a name that came (or went) with a phrase the other side has nothing for is part of
    # that phrase, not a replacement: the partial rule and the unpaired names report it
    pairs = [(a, b) for a, b in pairs if not _with_new_words(left, a, right) and not _with_new_words(right, b, left)]  # fmt: skip
    for a, b in pairs:
        found.append(
            make_finding(
                "DC302",
                _versus(left, a, right, b),
                left.clause(a),
                right.clause(b),
                number,
            )
        )
    paired = {id(m) for pair in pairs for m in pair}
    # a lost name where a body the original never speaks of now stands ("Developer Brookmire
    # Homes plans" / "The city council intends"), and a new name where a body the version no
    # longer names stood ("urged the government" / "called on the European Union")
    new_bodies = [
        m
        for m in right.mentions(lexical.body_nouns)
        if m.key not in left.words and m.key not in documents.words[0]
    ]
    lost_bodies = [m for m in left.mentions(lexical.body_nouns) if m.key not in right.words]
    found += _unpaired(number, lost, paired, new_bodies, left, right, lost=True)
    found += _unpaired(number, new, paired, lost_bodies, left, right, lost=False)
    found += _bodies_of_other_kinds(number, left, right, handled_left, handled_right)
    return found + _services_swapped(number, left, right)


def _with_new_words(side: Side, name: Mention, other: Side) -> bool:
    """Words the other side has nothing for run up to the name, or on from it, ``_NEW_RUN``
    of them ("and close its smaller mill in Ferrow", "with most of the shortfall hitting
    buyers in North Africa"): the name came with that phrase. One absent word on either side
    is a re-wording ("the neighbouring state of Quessary ended" / "neighbouring Quarvenia")."""
    support = side.support
    if support is None:
        return False
    clause = side.clause(name)
    if lexical.SHARE_OF_GROUP.match(clause.text) and not any(
        lexical.tells_a_share(s.text) for s in other.sentences
    ):
        return True  # "most of them British", said of no one on the other side
    words = support.content_words(side.document.text, clause.start, clause.end)
    mine = [
        k
        for k, w in enumerate(words)
        if support.offsets[w[0], 0] < name.end and name.start < support.offsets[w[-1], 1]
    ]
    if not mine:
        return False

    def absent_run(order: range) -> int:
        count, loose = 0, False
        for k in order:
            if support.absent(words[k], ABSENT):
                count, loose = count + 1, False
            elif support.absent(words[k], _LOOSE) and not loose and count:
                loose = True
            else:
                break
        return count

    before = absent_run(range(mine[0] - 1, -1, -1))
    after = absent_run(range(mine[-1] + 1, len(words)))
    return max(before, after) >= _NEW_RUN


_NEW_RUN = 3
_LOOSE = 0.62
"""A word matched below this is matched only loosely (the token support of the span rule)."""


def _services_swapped(number: int, left: Side, right: Side) -> list[Finding]:
    """One uniformed service in another's place ("the coast guard detained" / "the navy
    held"): each is foreign to the other group."""
    ours, theirs = left.mentions(lexical.services), right.mentions(lexical.services)
    our_keys, their_keys = {m.key for m in ours}, {m.key for m in theirs}
    lost = [m for m in ours if m.key not in their_keys]
    come = [m for m in theirs if m.key not in our_keys]
    if not lost or not come:
        return []
    return [_changed("DC302", _versus(left, lost[0], right, come[0]), left, lost[0], right, come[0], number)]  # fmt: skip


def _unpaired(
    number: int,
    names: list[Mention],
    paired: set[int],
    bodies: list[Mention],
    left: Side,
    right: Side,
    *,
    lost: bool,
) -> list[Finding]:
    """Names that left the group (``lost``) or came into it with no name in their place: each
    paired with a body noun only the other side has, in order, else reported as dropped
    (DC104) or added (DC203)."""
    found = []
    bodies = list(bodies)
    for name in names:
        if id(name) in paired:
            continue
        if bodies and not _with_new_words(left if lost else right, name, right if lost else left):
            a, b = (name, bodies.pop(0)) if lost else (bodies.pop(0), name)
            found.append(make_finding("DC302", _versus(left, a, right, b), left.clause(a), right.clause(b), number))  # fmt: skip
        elif lost:
            found.append(make_finding("DC104", f"original: {left.quoted(name)} — version: absent", left.clause(name), None, number))  # fmt: skip
        else:
            found.append(make_finding("DC203", f"version: {right.quoted(name)} — original: absent", None, right.clause(name), number))  # fmt: skip
    return found


def _bodies_of_other_kinds(
    number: int,
    left: Side,
    right: Side,
    handled_left: list[tuple[int, int]],
    handled_right: list[tuple[int, int]],
) -> list[Finding]:
    """An unnamed body swapped for another of the same kind of head: "the local hotel
    association" / "the local restaurant association", "the communications regulator" / "the
    competition authority" (heads of oversight bodies are written for one another), or for one
    of another level: "the
    regional government" / "the national government". The words that tell them apart must
    each be foreign to the other group; a level written on one side only tells nothing."""
    found = []
    theirs = [
        m
        for m in right.mentions(lexical.body_nouns)
        if not any(a < m.end and m.start < b for a, b in handled_right)
    ]
    left_words, right_words = set(left.words), set(right.words)
    for a in left.mentions(lexical.body_nouns):
        if any(s < a.end and a.start < e for s, e in handled_left):
            continue
        levels_a = set(lexical.words(left.text_of(a))) & lexical.LEVELS
        level_changed = [
            b
            for b in theirs
            if levels_a
            and (levels_b := set(lexical.words(right.text_of(b))) & lexical.LEVELS)
            and not levels_a & right_words
            and not levels_b & left_words
        ]
        if level_changed:
            # "the regional government" / "the national government": both say which level,
            # and each level is foreign to the other group
            b = level_changed[0]
            found.append(_changed("DC302", _versus(left, a, right, b), left, a, right, b, number))
            continue
        all_kinds_a = _body_kinds(left.text_of(a))
        for b in theirs:
            all_kinds_b = _body_kinds(right.text_of(b))
            # a kind both share ("workers'") leaves the words that tell them apart
            kinds_a = {x for x in all_kinds_a if not _words_meet({x}, all_kinds_b)}
            kinds_b = {y for y in all_kinds_b if not _words_meet({y}, all_kinds_a)}
            if (
                (b.key == a.key or {a.key, b.key} <= _OVERSIGHT_HEADS)
                and kinds_a
                and kinds_b
                and not kinds_a & right_words
                and not kinds_b & left_words
            ):
                found.append(
                    _changed("DC302", _versus(left, a, right, b), left, a, right, b, number)
                )
                break
    return found


_OVERSIGHT_HEADS = frozenset(
    {"regulator", "authority", "agency", "commission", "inspectorate", "ministry", "department"}
)
"""Heads of public bodies a re-telling writes for one another ("the postal regulator" ~ "the
postal authority", "the transport ministry" ~ "the transport department"): what tells two
such bodies apart is what they oversee ("the agriculture ministry" / "the health security
agency")."""


def _body_kinds(phrase: str) -> set[str]:
    """The words between a body noun's determiner and its head that say what kind of body it
    is ("hotel", "justice"); a level ("local"), a participle ("combined" ~ "merged"), an
    owner ("the city's") or a rank ("largest") does not."""
    kinds = lexical.words(phrase)[1:-1]
    return {
        w
        for w in kinds
        if lexical.is_content_word(w)
        and w not in lexical.LEVELS
        and (not w.endswith(("ed", "ing", "'s", "’s")) or w in _ING_KINDS)
        and w not in _RANKING_ADJECTIVES
    }


_ING_KINDS = frozenset(
    "planning housing shipping banking licensing mining farming fishing policing "
    "nursing training marketing engineering broadcasting publishing gambling lending "
    "trading manufacturing parking".split()
)
"""Nouns in -ing that say what a body does ("the planning department"), unlike a participle
("the combined group", "the governing party") or an owner ("the city's")."""


_RANKING_ADJECTIVES = frozenset(
    "largest biggest second-largest second-biggest main major leading top oldest newest "
    "smallest big large small new old earlier previous former current present latest first "
    "last next same other own nearest closest nearby entire whole full".split()
)
"""Words that rank or place a body among its kind ("the country's largest airline" ~ "the
biggest airline", "earlier" ~ "previous", "the nearest hospital" ~ "the closest hospital",
"the entire board" ~ "the whole board"), not say which kind it is."""


def _sources_kept(
    ours: list[Mention],
    theirs: list[Mention],
    left: Side,
    right: Side,
    documents: DocumentEvidence,
) -> bool:
    """The first sources match, or every source of the side naming fewer is on the other
    side too ("Inspectors found that …, according to a council statement" / "According to a
    council statement, …"): a second source one side leaves out, or names in another order,
    is no change of speaker. Where both sides credit several, each must find its match: the
    first pair alone says nothing of a second sentence's speaker."""
    single = len(ours) == 1 or len(theirs) == 1
    if single and _same_source(ours[0], theirs[0], left, right, documents):
        return True
    same = [[_same_source(a, b, left, right, documents) for b in theirs] for a in ours]
    on_right = all(any(row) for row in same)
    on_left = all(any(column) for column in zip(*same, strict=True))
    if len(ours) == len(theirs):
        return on_right and on_left  # the same sources in another order
    return on_left if len(theirs) < len(ours) else on_right


def _capitalised(text: str) -> set[str]:
    """Lower-cased words written capitalised: the names a passage gives."""
    return {w.lower() for w in re.findall(r"\b[A-Z][\w-]+", text)}


def _side_taken_by_another(
    left: Side, right: Side, documents: DocumentEvidence
) -> tuple[tuple[Mention, Mention], Mention] | None:
    """A side taken by someone else: "The employers' federation criticised the measure" /
    "The measure was criticised by the labour inspectorate". A stance pairs with one of its
    class taken by the same source, else with the first of its class; it is someone else's
    only when every stance of its class on the other side has a known agent ("residents had
    objected …, said Ruth Pemberley, who led the opposition" names no agent for the second):
    ((agent, stance), other agent)."""
    theirs = right.mentions_pairs(lexical.stance_agents)
    unagented = Counter(m.key for m in right.mentions(lexical.stances))
    unagented.subtract(stance.key for _, stance in theirs)
    # a stance the same party takes on both sides is kept first: in "X accused the owner of
    # ignoring complaints" / "the owner had ignored complaints" the owner still ignores them
    unmatched = []
    for agent, stance in left.mentions_pairs(lexical.stance_agents):
        kept = next(
            (
                pair
                for pair in theirs
                if pair[1].key == stance.key
                and _same_source(agent, pair[0], left, right, documents)
            ),
            None,
        )
        if kept is None:
            unmatched.append((agent, stance))
        else:
            theirs.remove(kept)
    for agent, stance in unmatched:
        same_class = [pair for pair in theirs if pair[1].key == stance.key]
        if not same_class or unagented[stance.key] > 0:
            continue
        match = next(
            (pair for pair in same_class if _same_source(agent, pair[0], left, right, documents)),
            same_class[0],
        )
        theirs.remove(match)
        named = [
            documents.entities(side.text_of(m)) for side, m in ((left, agent), (right, match[0]))
        ]
        if all(named):
            continue  # one name for another: the name rule's ("Mayor Anna Berg" / "Mayor Clara Holm")
        if _back_reference(left, agent, right, match[0]) or _back_reference(
            right, match[0], left, agent
        ):
            continue  # "The company declined" / "Helmfield declined": the company named before
        if not _same_source(agent, match[0], left, right, documents):
            return (agent, stance), match[0]
    return None


def _back_reference(side: Side, described: Mention, other: Side, named: Mention) -> bool:
    """ "The company" refers back to a party the article names, when the other side names one
    its own document also names: the description cannot be told from the name."""
    words = side.text_of(described).split()
    name = other.text_of(named)
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and words[1].islower()
        and name[:1].isupper()
        and name in side.document.text
    )


def _pronoun_speaker(
    number: int,
    side: Side,
    other: Side,
    speakers: list[Mention],
    other_speakers: list[Mention],
    swap: bool = False,
) -> list[Finding]:
    """A statement credited by "she said" on one side and to someone on the other: the
    pronoun stands for the last person named before it ("Coastguard commander Zuzana Moravec
    ... she said"), and a source with no word of that person's name or role is someone
    else ("The ship's owner said")."""
    pronouns = side.mentions(lexical.pronoun_speakers)
    if speakers or not pronouns or not other_speakers:
        return []
    source = other_speakers[0]
    source_words = _source_words([source]) - _VAGUE_SOURCES
    source_words = {w.removesuffix("'s") for w in source_words}
    if not source_words:
        return []
    # the person may be named earlier in the same sentence ("were urged by minister X …, and
    # she said")
    text = side.document.text
    preceding = text[max(0, side.sentences[0].start - 600) : pronouns[0].start]
    person = lexical.antecedent_words(preceding)
    if not person or _words_meet(person, source_words):
        return []
    # the pronoun may as well stand for anyone named since the sentence before ("Talvik, 52, has
    # ruled out a coalition with the Homeland Front. … she told delegates" / "Talvik told")
    before = side.sentences[0].start - 2
    recent = text[
        max(text.rfind(". ", 0, before), text.rfind("\n", 0, before), 0) : pronouns[0].start
    ]
    if _words_meet(_capitalised(recent), _capitalised(other.text_of(source)) & source_words):
        return []
    said = [(side, pronouns[0]), (other, source)]
    (ours, a), (theirs, b) = reversed(said) if swap else said
    reason = (
        f"original: {ours.quoted(a)} says it — version: {theirs.quoted(b)} (someone else) says it"
    )
    return [make_finding("DC308", reason, ours.clause(a), theirs.clause(b), number)]


def _owners(phrase: str) -> set[str]:
    """Words written as possessives ("Tallis's lawyer" -> tallis)."""
    return {w.lower() for w in re.findall(r"\b(\w+)['’]s\b", phrase)}


def _titled(side: Side, name: Mention, role: Mention) -> bool:
    """Whether the name carries the role as a title: the role is given, where the other
    side's role phrase says something else of the same person."""
    words = _role_words(role.key)
    return bool(words) and words <= set(lexical.words(side.text_of(name)))


def _roles_differ(left: Side, role: Mention, right: Side, other: Mention) -> bool:
    """One person's two roles differ: few words in common, or both name a level and the
    levels differ ("regional police chief" / "national police chief"), or the portfolios
    ("transport minister" / "finance minister"), or the offices ("shop steward for the union" /
    "general secretary of the union")."""
    ours, theirs = _role_words(role.key), _role_words(other.key)
    # one word written two ways is one word: "Estravan minister" ~ "Estrava's minister"; a
    # body is not its office ("highways ministry official" / "Highways Minister")
    theirs = {
        next(
            (
                w
                for w in ours
                if lexical.same_stem(w, t)
                and (w in lexical.BODY_WORDS) == (t in lexical.BODY_WORDS)
            ),
            t,
        )
        for t in theirs
    }
    levels, other_levels = ours & lexical.LEVELS, theirs & lexical.LEVELS
    if levels and other_levels and not levels & other_levels:
        return True
    if _heads_an_office(left.text_of(role)) != _heads_an_office(right.text_of(other)):
        return True  # "head teacher of the school" / "a teacher at the school"
    if ours <= theirs or theirs <= ours:
        return False  # one side says more of the same role: "economist" / "economist at X"
    owners, other_owners = _owners(left.text_of(role)), _owners(right.text_of(other))
    if (ours - theirs <= owners) != (theirs - ours <= other_owners):
        return False  # whose it is, on one side only: "Tallis's lawyer" / "Defence lawyer"
    if _body_for_its_name(ours - theirs, right.text_of(other), theirs - ours) or (
        _body_for_its_name(theirs - ours, left.text_of(role), ours - theirs)
    ):
        return False
    portfolios = _portfolio(left.text_of(role)), _portfolio(right.text_of(other))
    if all(portfolios) and not _words_meet(*portfolios):
        return True  # "deputy transport minister" / "deputy finance minister"
    if len(ours & theirs) / max(1, len(ours | theirs)) < _ROLE_OVERLAP:
        return True
    offices = {m.key for m in lexical.role_nouns(left.text_of(role))}
    other_offices = {m.key for m in lexical.role_nouns(right.text_of(other))}
    if not offices or not other_offices or offices & other_offices:
        return False
    # "head" names any office that leads: "head of the agency" ~ "the agency's director".
    return not (
        ("head" in offices and other_offices & _LEADING_OFFICES)
        or ("head" in other_offices and offices & _LEADING_OFFICES)
    )


def _body_for_its_name(body: set[str], other_role: str, other_words: set[str]) -> bool:
    """ "the company's founder" ~ "SkyPenna founder": the one difference is a body noun on one
    side where the other names a body."""
    names = {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"\b[A-Z][\w’'-]*", other_role)}
    return bool(body and other_words) and body <= lexical.BODY_WORDS and other_words <= names


def _heads_an_office(role: str) -> bool:
    """ "Head" ranking the office after it ("head teacher", "head coach"), not "head of the
    agency"."""
    return re.search(r"\bhead(?:\s+(?!of\b)[a-z]|teacher|master|mistress)", role, re.I) is not None


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}


def _role_words(key: str) -> set[str]:
    """A role key's words compared as offices: possessives dropped ("the museum's director" ~
    "museum director"), a member of a body named by office, titles folded ("spokeswoman" ~
    "spokesperson", "CEO" ~ "chief executive"), honorifics left out ("Mrs Justice" ~ "the
    judge")."""
    found: set[str] = set()
    # "member of the city council" ~ "city councillor"
    key = _MEMBER_OF.sub(
        lambda m: f"{m.group(1)}{_MEMBERS_ARE[m.group(2).lower()]} {m.group(2)}", key
    )
    for word in key.split():
        word = re.sub(r"['’]s$", "", word)
        if word in _HONORIFICS or not lexical.is_content_word(word):
            continue  # "whose director" ~ "its director"
        found.add("incumbent" if word in _IN_OFFICE else lexical.office(word))
    return found


_IN_OFFICE = frozenset({"incumbent", "sitting", "serving", "current"})
"""Words for holding an office now: "incumbent president" ~ "sitting president"."""


def _ranks(number: int, left: Side, right: Side) -> list[Finding]:
    """The same office with a different rank ("deputy mayor" vs "mayor") or, when both name
    one, a different portfolio ("finance minister" vs "prime minister"; "the minister" names
    none and matches both)."""
    theirs = right.mentions(lexical.ranked_roles)
    found = []
    for a in left.mentions(lexical.ranked_roles):
        head = a.key.split(":")[0]
        same_head = [b for b in theirs if b.key.split(":")[0] == head]
        portfolio = _portfolio(left.text_of(a))
        if same_head and all(
            _rank_differs(a.key, b.key, _clause_words(left, a), _clause_words(right, b))
            or (
                portfolio
                and (other := _portfolio(right.text_of(b)))
                and not _words_meet(portfolio, other)  # "Estravan" ~ "Estrava's"
            )
            for b in same_head
        ):
            b = same_head[0]
            found.append(_changed("DC309", _versus(left, a, right, b), left, a, right, b, number))
    return found


def _clause_words(side: Side, mention: Mention) -> set[str]:
    """Words of the mention's clause, possessives folded: where a rank may be written after
    its office ("leader of the opposition")."""
    clause = side.clause(mention)
    words = {w.removesuffix("'s") for w in lexical.words(clause.text)}
    if _FORMERLY.search(clause.text):
        words.add("former")  # "who used to be a judge" ~ "a former judge"
    if _ACTING_AS.search(clause.text):
        words.add("acting")  # "would act as mayor" ~ "would serve as acting mayor"
    return words


_FORMERLY = re.compile(
    r"\b(?:used\s+to\s+be|formerly|previously|once)\b|"
    # "who ran Brackwell Savings as chief executive" ~ "its former chief executive"
    r"\bwho\s+(?:ran|led|headed|managed)\s+(?:[\w’'&-]+\s+){1,5}?as\b",
    re.I,
)
_ACTING_AS = re.compile(r"\bact(?:s|ed|ing)?\s+as\b", re.I)


def _rank_differs(ours: str, theirs: str, our_clause: set[str], their_clause: set[str]) -> bool:
    """Two ``head:modifiers`` keys of one office differ in rank ("deputy" / none), or both
    name its level and the levels differ ("regional" / "national"); a level written on one
    side only is no change, nor is a rank the other side writes after the office ("opposition
    leader" / "leader of the opposition")."""
    ours_mods, theirs_mods = set(ours.split(":")[1].split()), set(theirs.split(":")[1].split())
    ours_levels = {m for m in ours_mods if m.startswith("@")}
    theirs_levels = {m for m in theirs_mods if m.startswith("@")}
    ours_ranks, theirs_ranks = ours_mods - ours_levels, theirs_mods - theirs_levels
    if not (ours_ranks - theirs_ranks <= their_clause and theirs_ranks - ours_ranks <= our_clause):
        return True
    return bool(ours_levels and theirs_levels and not ours_levels & theirs_levels)


def _portfolio(role: str) -> set[str]:
    """The words of a ranked role that are neither rank, level, tenure ("sitting") nor
    office: "Health" in "Deputy Health Minister"."""
    before: list[str] = []
    written = re.findall(r"[\w’'-]+", role)
    titled = bool(written) and written[-1][:1].isupper()
    for word in reversed(lexical.words(role)[:-1]):
        if not lexical.is_content_word(word) or word.endswith(("'s", "’s")):
            break  # "whose director", "metres from head", "the operator's": not the office
        if titled and not any(w[:1].isupper() and w.lower() == word for w in written):
            break  # "would have allowed President Drury": a title's portfolio is titled too
        before.append(word)
    return {
        w
        for w in before
        if w not in lexical.RANK_WORDS and w not in lexical.LEVELS and w not in _IN_OFFICE
    }


def _role_changes(number: int, left: Side, right: Side) -> list[Finding]:
    """A person's office replaced by another ("chief medical officer" / "a doctor", "head of
    security" / "chief executive"): role nouns that leave the group paired with ones that
    come in, when one of the two is foreign to the other document (not merely moved)."""
    ours, theirs = left.mentions(lexical.role_nouns), right.mentions(lexical.role_nouns)
    missing = [a for a in ours if a.key not in {b.key for b in theirs}]
    extra = [b for b in theirs if b.key not in {a.key for a in ours}]
    in_version = {m.key for m in lexical.role_nouns(right.document.text)}
    in_original = {m.key for m in lexical.role_nouns(left.document.text)}
    original_words = set(lexical.words(left.document.text))
    found = []
    for b in extra[len(missing) :]:
        # A role the original never gives, not even as a verb ("who heads the charity"),
        # pinned on a named person: "Tigist Bekele of Ethiopia, the defending champion".
        if (
            b.key not in in_original
            and not lexical.role_given(right.text_of(b), original_words)
            and _describes_a_person(right, b)
        ):
            found.append(
                make_finding(
                    "DC309",
                    f"version: {right.quoted(b)} — the original gives no such role",
                    left.whole(),
                    right.clause(b),
                    number,
                )
            )
    version_words = set(lexical.words(right.document.text))
    for a in missing[len(extra) :]:
        # A role the version gives nowhere, replaced by a description of the same person:
        # "The bill's sponsor, Senator Maria Gutierrez" / "Senator Maria Gutierrez, who voted
        # against the bill".
        if a.key in in_version or lexical.role_given(left.text_of(a), version_words):
            continue
        if not _describes_a_person(left, a):
            continue
        described = _relative_description(left, a, right)
        if described is not None:
            found.append(
                make_finding(
                    "DC309",
                    f"original: {left.quoted(a)} — version describes the person instead: "
                    f"“{described.text}”",
                    left.clause(a),
                    described,
                    number,
                )
            )
    for a, b in zip(missing, extra, strict=False):
        if a.key in in_version and b.key in in_original:
            continue
        # one side gives it by its verb: "candidate X won" / "X as the winner"; "a forklift
        # driver" / "who used to drive a forklift"
        if b.key not in in_original and lexical.role_acted(b.key, set(left.words)):
            continue
        if a.key not in in_version and lexical.role_acted(a.key, set(right.words)):
            continue
        if _heads_the_same(left, a, right, b) or _heads_the_same(right, b, left, a):
            continue
        if _member_of(right, b) == a.key or _member_of(left, a) == b.key:
            continue  # "a city councillor" ~ "a member of the city council"
        found.append(_changed("DC309", _versus(left, a, right, b), left, a, right, b, number))
    return found


def _member_of(side: Side, role: Mention) -> str:
    """The office a member of a body holds: "member of the city council" is a councillor,
    "member of parliament" a lawmaker; "" for any other role."""
    member = _MEMBER_OF.match(side.document.text, role.start) if role.key == "member" else None
    return _MEMBERS_ARE[member.group(2).lower()] if member else ""


_MEMBER_OF = re.compile(
    r"\bmember\s+(?:of\s+)?(?:the\s+)?((?:[\w-]+\s+){0,2}?)(council|parliament|assembly|"
    r"congress|senate)\b",
    re.I,
)
"""A member of a body, written out ("member of the city council") or as a role key ("member
city council")."""
_MEMBERS_ARE = {
    "council": "councillor",
    "parliament": "lawmaker",
    "assembly": "lawmaker",
    "congress": "lawmaker",
    "senate": "senator",
}


def _heads_the_same(side: Side, head: Mention, other: Side, office: Mention) -> bool:
    """ "head of procurement" ~ "procurement director" ~ "director of procurement": a head of
    something and a leading office written with that something before or after it."""
    if head.key != "head" or office.key not in _LEADING_OFFICES:
        return False
    headed = _OF_WHAT.match(side.document.text, head.end)
    before = other.document.text[max(0, office.start - 40) : office.start]
    led = _OF_WHAT.match(other.document.text, office.end)
    return headed is not None and (
        headed.group(1).lower() in lexical.words(before)
        or (led is not None and led.group(1).lower() == headed.group(1).lower())
    )


_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?([\w-]+)")


_RELATIVE_AFTER_NAME = re.compile(r"^\s*,\s*(who|whose)\b[^,;.“”\"]*")
_HOLDS_AN_OFFICE = re.compile(
    r"who\s+(?:holds|held|has\s+held)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:brief|portfolio|post|office|role|job|position|seat)\b|who\s+serve[sd]?\s+as\b",
    re.I,
)
"""A relative clause that re-tells an office, not a description in its place: "who holds the
environment brief in the council's cabinet" ~ "the council's cabinet member for environment"."""


def _relative_description(left: Side, role: Mention, right: Side) -> Span | None:
    """The relative clause ("who voted against the bill") that the version puts after the
    name of the person whom the original's role describes."""
    sentence = left.sentence_at(role.start)
    names = [
        lexical.entity_words(m.key)
        for m in lexical.entities(sentence.text)
        if len(m.key.split()) >= 2
    ]
    for other in right.sentences:
        for m in lexical.entities(other.text):
            if not any(lexical.entity_words(m.key) & words for words in names):
                continue
            match = _RELATIVE_AFTER_NAME.match(other.text[m.end :])
            if match and not _HOLDS_AN_OFFICE.match(match.group(), match.start(1)):
                start = other.start + m.end + match.start(1)
                return right.span(start, other.start + m.end + match.end())
    return None


def _describes_a_person(side: Side, role: Mention) -> bool:
    """The role noun is in apposition to a person's full name: "Tigist Bekele of Ethiopia,
    the defending champion", "the defending champion, Tigist Bekele", "champion Tigist
    Bekele", or a title before it ("Committee chair Professor Ingrid Sollevane said")."""
    if _TITLE_BEFORE_NAME.match(side.document.text, role.end):
        return True  # "Committee chair Professor Ingrid Sollevane said"
    sentence = side.sentence_at(role.start)
    if not sentence.text[: role.start - sentence.start].strip(" \"“‘'") and _OPENING_TITLE.match(
        side.document.text, role.end
    ):
        return True  # "Lawyer Marco Taddei, who represented the owners, said"
    clause = side.clause(role)
    if len(lexical.words(clause.text)) > 8 or _FINITE.search(clause.text):
        return False  # a clause of its own, not a phrase naming the person
    a, b = clause.start - sentence.start, clause.end - sentence.start
    for name in lexical.entities(sentence.text):
        if len(name.key.split()) < 2:
            continue
        before = sentence.text[name.end : a]
        after = sentence.text[b : name.start]
        if name.end <= a and _APPOSITION_GAP.fullmatch(before):
            return True
        if b <= name.start and re.fullmatch(r"[\s,]*", after):
            return True
    return False


_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|"
    r"who|which|that|where|when)\b",
    re.I,
)
_TITLE_BEFORE_NAME = re.compile(
    r"\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*"
    r"(?=\s+(?:said|says|told|added|warned|argued|wrote|announced|denied|confirmed)\b)"
)
"""A role written as a title before a full name that speaks ("Committee chair Professor
Ingrid Sollevane said"); not one the sentence merely mentions ("a lead over Liberal Centre
candidate Grace Tovey, who requested the recount")."""
_OPENING_TITLE = re.compile(
    r"\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]*\s*,"
)
"""A title that opens the sentence before a full name set off by a comma: the sentence is
about that person ("Sergeant Ibrahim Lutalo, the ranger, was 34")."""
_APPOSITION_GAP = re.compile(r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s*,\s*")


def _same_source(
    a: Mention, b: Mention, left: Side, right: Side, documents: DocumentEvidence
) -> bool:
    """Two source phrases credit the same speaker.

    Names decide when both phrases have one ("Armeria's defence ministry" is not "Tolvania's
    defence ministry"). When one is named, the other must be that person or body by a word of
    its title ("the minister" ~ "Environment Minister Hana Toivonen", not "environmental
    groups"). Unnamed phrases must share a word ("pharmacists' groups" ~ "groups representing
    pharmacists"). A vague source ("officials") may stand for anyone; near-synonyms ("the
    firm" ~ "the company") are matched by their token vectors.
    """
    text_a, text_b = left.text_of(a), right.text_of(b)
    if _document_against_person(a, b, left, right, documents):
        return False  # "Council treasurer Priya Dhaliwal said" / "the council's budget report"
    services_a = {m.key for m in lexical.services(text_a)}
    services_b = {m.key for m in lexical.services(text_b)}
    if services_a and services_b and not services_a & services_b:
        return False  # "a spokesman for the Prison Service" / "a police spokesman"
    if _speaks_for_another(text_a, text_b) or _speaks_for_another(text_b, text_a):
        return False  # "a ministry spokeswoman" / "a spokeswoman for the medicines agency"
    if _acronym_pair(text_a, text_b) or _acronym_pair(text_b, text_a):
        return True  # "Ogem" / "the Office for Gas and Electricity Markets"
    found_a, found_b = documents.entities(text_a), documents.entities(text_b)
    names_a, names_b = name_words(found_a), name_words(found_b)
    if names_a and names_b:
        # "Eskary's coast guard" and "Eskary's fisheries minister, Tomas Vaarsen" share only
        # the country that owns them: the speakers are told apart by the rest
        own_a, own_b = (
            names_a - _owner_words(text_a, found_a),
            names_b - _owner_words(text_b, found_b),
        )
        if bool(own_a) == bool(own_b):
            return _words_meet(names_a, names_b) or _affiliated(
                text_a, text_b, (left.document.text, right.document.text)
            )
        names_a, names_b = own_a, own_b
    words_a, words_b = _source_words([a]) - _VAGUE_SOURCES, _source_words([b]) - _VAGUE_SOURCES
    if not words_a or not words_b:
        return True
    if names_a or names_b:
        if words_a <= words_b or words_b <= words_a:
            return True  # "health authorities" ~ "Health authorities in the Lindqvar region"
        unnamed_text = right.text_of(b) if names_a else left.text_of(a)
        named_text = left.text_of(a) if names_a else right.text_of(b)
        head = lexical.source_head(unnamed_text)
        if head and _words_meet({head}, words_a if names_a else words_b):
            return True
        named_words = words_a if names_a else words_b
        named_in, unnamed_in = (
            (documents.original_entities, documents.version_entities)
            if names_a
            else (documents.version_entities, documents.original_entities)
        )
        named_document = (left if names_a else right).document.text
        if head and any(
            head in entity and (names_a or names_b) & entity
            for entity in documents.original_entities + documents.version_entities
        ):
            return True  # "the Harkstead group" ~ "the consortium": the Harkstead Consortium
        if head and _kinds_clash(
            head, names_a or names_b, (left.document.text, right.document.text)
        ):
            return False  # "the union said" / "according to Trackwell", a rail firm
        if head and _described_otherwise(
            head, names_a or names_b, (left.document.text, right.document.text)
        ):
            return False  # "the board found" / "Navoria found", "the air navigation service"
        if (
            _refers_back(unnamed_text, head)
            # "UK Space Agency" is no "company", but "Ollerby Savings Bank" is "the lender"; an
            # appositive ("Nordwave Line, the ferry operator") does not make the name a body
            and _may_name(_name_part(named_text), head)
            and not _is_person(named_text, documents, named_in)
            and not _names_another(unnamed_text, named_words, unnamed_in)
            and not _described_apart(unnamed_text, named_document)
            and _kinds_known(unnamed_text, documents.words[0 if names_a else 1])
        ):
            return True  # "Microsoft said" ~ "the company said"
        if (
            _refers_back(unnamed_text, head)
            and not _names_another(unnamed_text, named_words, unnamed_in)
            and _speaks_for_a_body(named_text, documents)
        ):
            return True  # "the alliance said" ~ "NATO Secretary-General Jens Stoltenberg said"
        if _collective_of(unnamed_text, names_a or names_b):
            return True
        unnamed_side, unnamed = (right, b) if names_a else (left, a)
        if (
            _refers_back(unnamed_text, head)
            and not _is_person(named_text, documents, named_in)
            and _opens_its_sentence(unnamed_side, unnamed, names_a or names_b, documents)
        ):
            return True  # "Ostmark's Prudential Council will require …, the regulator said"
        titles = documents.titles
        if head and any(
            lexical.same_stem(head, title)
            for w in names_a or names_b
            for title in titles.get(w, ())
        ):
            return True  # "said its head" ~ "Parisa Rezaei", given as its head elsewhere
        if (
            head
            and re.match(r"\s*the\b", unnamed_text, re.I)
            and any(
                lexical.same_stem(head, word)
                for word in _description_words(
                    names_a or names_b, (left.document.text, right.document.text)
                )
            )
        ):
            return True  # "the printer said" ~ "Kettleby Press, a printing contractor"
        if lexical.role_nouns(named_text) and _is_a_body(unnamed_text):
            return False  # "Eskary's fisheries minister, Tomas Vaarsen" / "Eskary's coast guard"
        if (
            re.match(r"(?:a|an)\s", unnamed_text, re.I)
            and {m.key for m in lexical.role_nouns(unnamed_text)} - _VAGUE_SOURCES
            and _is_a_body(named_text)
        ):
            return False  # "a lawyer for the patients' families" / "the National Institute …"
        if (
            head in lexical.BODY_WORDS
            and lexical.source_head(named_text.split(",")[0]) in lexical.BODY_WORDS
            and not _may_name(named_text.split(",")[0], head)
        ):
            return False  # "the Institute for Rural Policy" / "the farmers' union"
    elif _words_meet(words_a - lexical.LEVELS, words_b - lexical.LEVELS):
        return (
            not _only_the_place_shared(left.text_of(a), right.text_of(b))
            and not _other_kinds(a, b, left, right, documents)
            and not _other_bodies_behind(left.text_of(a), right.text_of(b))
            and not _classes_differ(left.text_of(a), right.text_of(b))
        )
    head_a, head_b = lexical.source_head(left.text_of(a)), lexical.source_head(right.text_of(b))
    heads = {head_a, head_b}
    if _classes_differ(left.text_of(a), right.text_of(b)):
        return False  # "the airline said" / "the aviation safety agency said"
    if (
        len(heads) == 2
        and heads <= lexical.BODY_WORDS
        and head_b in documents.words[0]
        and head_a in documents.words[1]
        and not all(_business_like(h) for h in heads)
    ):
        return False  # "the union" and "the company", each a party in both documents
    if heads & _ANY_BUSINESS and all(_business_like(h) for h in heads):
        return True  # "the company said" ~ "the cruise line said"
    indefinite = {
        bool(_INDEFINITE.match(left.text_of(a))),
        bool(_INDEFINITE.match(right.text_of(b))),
    }
    if len(indefinite) == 2 and not names_a and not names_b:
        return False  # "the regional food fraud unit" / "a restaurant owners' association"
    if _only_the_place_shared(left.text_of(a), right.text_of(b)):
        return False  # close vectors, but a union of teachers is no association of parents
    return _same_meaning(a, b, left, right)


_INDEFINITE = re.compile(r"(?:according\s+to\s+)?(?:a|an)\s", re.I)


def _document_against_person(
    a: Mention, b: Mention, left: Side, right: Side, documents: DocumentEvidence
) -> bool:
    """One side credits a document (by its author), the other a person: a report does not
    speak for whoever the other side quotes."""
    document_a = lexical.credits_a_document(left.document.text, a)
    document_b = lexical.credits_a_document(right.document.text, b)
    if document_a == document_b or a.key == b.key:
        return False  # "the ombudsman found" ~ "according to the ombudsman's findings"
    if name_words(documents.entities(left.text_of(a))) & name_words(
        documents.entities(right.text_of(b))
    ):
        return False  # "X estimated" ~ "according to an estimate by X": the author speaks
    side, person, named = (
        (right, b, documents.version_entities)
        if document_a
        else (left, a, documents.original_entities)
    )
    return _is_person(side.text_of(person), documents, named)


def _kinds_clash(head: str, name_words: set[str], documents: tuple[str, str]) -> bool:
    """A body noun of one kind ("the union", "the ministry") and a name the documents call a
    body of another ("rail infrastructure firm Trackwell", "AeroNord, an airline group")."""
    kinds = _described_as(name_words, documents)
    if head in _NOT_BUSINESS_HEADS:
        return bool(kinds & _BUSINESS_HEADS) and not kinds & _NOT_BUSINESS_HEADS
    if head in _BUSINESS_HEADS:
        return bool(kinds & _PUBLIC_HEADS) and not kinds & _BUSINESS_HEADS
    return False


def _described_as(name_words: set[str], documents: tuple[str, str]) -> set[str]:
    """Body nouns the documents put just before a name, or in apposition before or after it
    ("the air navigation service, Navoria"; "Veynor Hydro, the state-owned company", whose
    "state-owned" is no noun); a maker of something is a maker ("carmaker
    Perrault-Lindqvist")."""
    found: set[str] = set()
    for word in name_words:
        name = re.escape(word)
        for text in documents:
            for match in re.finditer(
                rf"(?<![\w-])([a-z]+),?\s+(?={name}\b)|"
                rf"\b{name},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?([a-z]+)\b(?!-)",
                text,
                re.I,
            ):
                nouns = {g.lower() for g in match.groups() if g}
                found |= {"maker" if n.endswith("maker") else n for n in nouns} & lexical.BODY_WORDS
            for match in re.finditer(_NAME_THEN_NOUNS.format(name=name), text):
                found |= set(match.group(1).lower().split()) & lexical.BODY_WORDS
    return found


def _description_words(name_words: set[str], documents: tuple[str, str]) -> set[str]:
    """Every word of a description set beside a name as an appositive ("Kettleby Press, a
    printing contractor"; "a printing contractor, Kettleby Press"): what "the printer" may
    refer back to."""
    found: set[str] = set()
    for word in name_words:
        name = re.escape(word)
        for text in documents:
            for match in re.finditer(
                rf"\b{name},\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)|"
                rf"\b(?:a|an|the)\s+((?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*),\s+"
                rf"(?:[A-Z][\w’'&.-]*\s+){{0,3}}{name}\b",
                text,
                re.I,
            ):
                found |= {w.lower() for g in match.groups() if g for w in g.split()}
    return found


_NOT_A_MODIFIER = (
    r"(?!(?:said|says|and|or|of|to|in|on|at|for|by|was|is|has|had|will|would|who|which|that)\b)"
)
_NAME_THEN_NOUNS = (
    r"\b[Tt]he\s+(?:[A-Z][\w’'&.-]*\s+|&\s+){{0,3}}(?i:{name})\s+"
    rf"((?:{_NOT_A_MODIFIER}[a-z][\w-]*\s+){{{{0,2}}}}{_NOT_A_MODIFIER}[a-z][\w-]*)"
)
"""A name that a body noun follows as its kind: "the Tullworth & Pike supermarket chain"."""


def _described_otherwise(head: str, name_words: set[str], documents: tuple[str, str]) -> bool:
    """A body noun of one kind and a name the documents describe only as bodies of another:
    "the board" / "The air navigation service, Navoria" (a business noun still refers back to
    any business: "the lender" ~ "the bank, Fallowby")."""
    if head not in lexical.BODY_WORDS or head in _ANY_BUSINESS | {"group", "organisation"}:
        return False
    kinds = _described_as(name_words, documents)
    if not kinds or any(lexical.same_stem(head, kind) for kind in kinds):
        return False
    return not (_business_like(head) and all(_business_like(k) for k in kinds))


def _business_like(head: str) -> bool:
    """A head noun naming a business: "the airline", "the cruise line", "the carmaker"."""
    return head in _BUSINESS_HEADS or head in lexical.FIRM_WORDS or head.endswith("maker")


def _is_a_body(phrase: str) -> bool:
    """A phrase naming a body or a uniformed service, not a person: "Eskary's coast guard",
    "the ministry"."""
    return lexical.source_head(phrase) in lexical.BODY_WORDS or bool(lexical.services(phrase))


def _other_kinds(
    a: Mention, b: Mention, left: Side, right: Side, documents: DocumentEvidence
) -> bool:
    """Two unnamed bodies with the same head and different kinds, each kind foreign to the
    other document: "the justice ministry" / "the interior ministry" (not "the ministry of
    justice", not "the regional health authority" / "the health authority")."""
    head_a = lexical.source_head(left.text_of(a))
    head_b = lexical.source_head(right.text_of(b))
    if head_a not in lexical.BODY_WORDS or head_b not in lexical.BODY_WORDS:
        return False  # "laboratory tests" ~ "lab tests"
    kinds_a = _source_words([a]) - _VAGUE_SOURCES - {head_a}
    kinds_b = _source_words([b]) - _VAGUE_SOURCES - {head_b}
    if not kinds_a or not kinds_b or _words_meet(kinds_a, kinds_b):
        return False
    original_words, version_words = documents.words
    return not kinds_a & version_words and not kinds_b & original_words


_BODY_BEHIND = re.compile(r"\b(?:at|of|from|for)\s+(?:the\s+|a\s+)?([\w’' -]+)$", re.I)


def _other_bodies_behind(ours: str, theirs: str) -> bool:
    """The same kind of speaker from bodies of other kinds: "economists at the central bank"
    / "economists at the finance ministry"."""
    a, b = _BODY_BEHIND.search(ours), _BODY_BEHIND.search(theirs)
    if a is None or b is None:
        return False
    heads = {lexical.source_head(a.group(1)), lexical.source_head(b.group(1))}
    return len(heads) == 2 and heads <= lexical.BODY_WORDS


_COLLECTIVE = re.compile(
    r"\b(?:both|two|three|four|all|each|the)\s+(?:\w+\s+)?(?:countries|nations|states|sides|"
    r"governments|parties|companies|firms|groups|organisations|organizations|cities|towns|"
    r"regions|provinces|unions|ministries|agencies|teams)\b",
    re.I,
)
"""A plural that points back at names given elsewhere: "officials from both countries"."""


def _kinds_known(phrase: str, named_document_words: frozenset[str]) -> bool:
    """The lower-case modifiers of a body phrase are words of the document that names the
    body: "the civil aviation authority" does not re-tell "Skyvora" in a document that never
    speaks of aviation; "the company" and "the Norwegian company" may re-tell "Equinor"."""
    head = lexical.source_head(phrase)
    kinds = {
        w
        for w in re.findall(r"\b[a-z][\w’'-]*", phrase)
        if lexical.is_content_word(w) and w != head and w not in _VAGUE_SOURCES
    }
    if head == "body":  # "the industry body" names the kind of body, not what it deals in
        kinds -= {m.group().split()[0].lower() for m in _ORGANISATION_BODY.finditer(phrase)}
    return kinds <= named_document_words


def _collective_of(unnamed: str, named_words: set[str]) -> bool:
    """An unnamed source that stands for two or more named ones: "officials from both
    countries" ~ "Officials from Kalvania and Sorrenia"."""
    return len(named_words) >= 2 and _COLLECTIVE.search(unnamed) is not None


def _refers_back(phrase: str, head: str) -> bool:
    """A definite organisation noun: "the company", "its operator", "the industry body"."""
    organisation = head in lexical.BODY_WORDS or (
        head == "body" and _ORGANISATION_BODY.search(phrase) is not None
    )
    return organisation and re.match(r"\s*(?:the|its|their)\b", phrase, re.I) is not None


_ORGANISATION_BODY = re.compile(
    r"\b(?:industry|trade|governing|professional|umbrella|representative|lobby|sector|"
    r"employers['’]?|business)\s+body\b",
    re.I,
)
""""Body" as an organisation ("the industry body"), not a corpse."""


def _is_person(phrase: str, documents: DocumentEvidence, named: list[set[str]]) -> bool:
    """A source phrase naming a person: a name of two words or more with no organisation
    word ("Mayor Joana Reis"), or a role noun ("Veltrix chief executive Priya Raman"), or a
    surname that the document gives in full elsewhere ("Vandermolen" / "Piet Vandermolen")."""
    if lexical.role_nouns(phrase):
        return True
    texts = (documents.original.text, documents.version.text)
    for m in documents.entities(phrase):
        if _described_as(lexical.entity_words(m.key), texts) or any(
            _spoken_for(m.key, text) or _run_as_a_body(m.key, text) for text in texts
        ):
            continue  # "carmaker Perrault-Lindqvist"; "Upland Vale Water will …, the company said"
        words = lexical.entity_words(m.key)
        if (
            len(m.key.split()) >= 2
            and not words & (lexical.BODY_WORDS | lexical.FIRM_WORDS | _CLUB_WORDS)
            and not m.key.isupper()
        ):
            return True
        if (
            len(words) == 1
            and any(
                words < full
                and len(full) >= 2
                and not full & (lexical.BODY_WORDS | lexical.FIRM_WORDS)  # "Veyra Telecom"
                for full in named
            )
            and not _written_as_a_thing(m.key, texts)
        ):
            return True
    return False


def _written_as_a_thing(name: str, documents: tuple[str, str]) -> bool:
    """The documents write the name after "a" or "an" ("a Redwick Poultry plant"): a brand
    or a firm, not a person."""
    pattern = rf"\b(?:a|an)\s+{re.escape(name)}\b"
    return any(re.search(pattern, text, re.I) for text in documents)


def _run_as_a_body(name: str, text: str) -> bool:
    """The documents write the name as a body's: based somewhere, with a spokesperson before a
    name, shares or a board ("Listerby-based Corvell Home", "Corvell spokeswoman Leah
    Ambersley")."""
    written = rf"(?i:{re.escape(name)})(?:\s+[A-Z][\w’'-]*)*"
    return (
        re.search(
            rf"\b(?:[\w-]+-based\s+{written}|{written}(?:,\s+based\s+in|\s+spokes(?:man|woman|"
            rf"person)|['’]s\s+(?:shares|board|headquarters)))\b",
            text,
        )
        is not None
    )


def _spoken_for(name: str, text: str) -> bool:
    """The name is the subject of a claim a body noun is credited with: "Upland Vale Water will
    impose a ban, the company announced"."""
    pattern = rf"\b{re.escape(name)}\b(?:[^.;]|\.\d)*,\s+(?:the|its)\s+([a-z]+)\s+(?:said|says|announced|added|stated|confirmed)\b"
    return any(m.group(1) in lexical.BODY_WORDS for m in re.finditer(pattern, text, re.I))


_CLUB_WORDS = frozenset({
    "rovers", "united", "city", "fc", "athletic", "wanderers", "rangers", "albion", "town",
    "county", "sporting", "olympic", "dynamo", "harriers", "hotspur",
})  # fmt: skip
"""Words that make a name a sports club ("Redmarsh Rovers"), not a person."""


_BUSINESS_NOUNS = frozenset({
    "company", "firm", "group", "lender", "insurer", "operator", "carrier", "owner", "owners",
    "business", "utility", "provider", "supplier", "developer", "producer", "chain", "broker",
    "manufacturer", "maker", "retailer",
})  # fmt: skip
"""Nouns that refer back to any business, whatever its name ends in ("Bank", "Airlines")."""


_BUSINESS_HEADS = _BUSINESS_NOUNS | {"airline", "bank", "carrier", "broadcaster", "newspaper"}
_ANY_BUSINESS = frozenset({"company", "firm", "business"})
"""Nouns that may stand for any business the story names, whatever kind of business it is."""
_PUBLIC_HEADS = frozenset({
    "agency", "ministry", "government", "council", "authority", "court", "commission",
    "department", "regulator", "police", "inspectorate", "prosecutors", "parliament",
})  # fmt: skip
"""Heads of public bodies: never the same speaker as a business ("the airline" / "the
aviation safety agency"), however alike their sentences make their token vectors."""
_NOT_BUSINESS_HEADS = _PUBLIC_HEADS | {"union", "party", "association", "charity", "federation"}
_CIVIL_HEADS = frozenset({
    "groups", "campaigners", "activists", "charity", "charities", "environmentalists", "ngos",
    "residents",
})  # fmt: skip
"""Heads of civil society: campaigners are never the agency they lobby ("environmental groups
have warned" / "the regional environment agency has warned")."""


def _speaker_class(phrase: str) -> str | None:
    """Whether an unnamed speaker is a public body (a uniformed service too), a business or
    civil society; None when its head does not say."""
    head = lexical.source_head(phrase)
    if head in _PUBLIC_HEADS or lexical.services(phrase):
        return "public"
    if head in _BUSINESS_HEADS:
        return "business"
    return "civil" if head in _CIVIL_HEADS else None


def _classes_differ(ours: str, theirs: str) -> bool:
    """Two speakers of different kinds: "the coastguard said" / "the vessel's owners said"."""
    classes = _speaker_class(ours), _speaker_class(theirs)
    return None not in classes and classes[0] != classes[1]


def _name_part(named: str) -> str:
    """The part of a source phrase that holds the name: "Mirova Gas" in "The biggest gas
    supplier in the Alsen region, Mirova Gas", the first part otherwise."""
    parts = [part.strip() for part in named.split(",")]
    if (
        len(parts) > 1
        and re.match(r"(?:the|a|an)\s+[a-z]", parts[0], re.I)
        and re.fullmatch(r"(?:[A-Z][\w’'&.-]*\s*)+", parts[1])
    ):
        return parts[1]
    return parts[0]


def _opens_its_sentence(
    side: Side, source: Mention, name_words: set[str], documents: DocumentEvidence
) -> bool:
    """A body noun credited with a sentence that opens on the body's name refers back to it:
    "Ostmark's Prudential Council will require …, the regulator said"."""
    sentence = next((s for s in side.sentences if s.start <= source.start < s.end), None)
    if sentence is None or source not in side.mentions(documents.sources):
        return False  # "…, whereas the company has put forward 6.5%" credits no claim
    found = [
        m
        for m in documents.entities(sentence.text)
        if m.start < source.start - sentence.start
        and not sentence.text[m.start : m.end].endswith(("'s", "’s"))  # "Ostmark's"
    ]
    return bool(found) and name_words <= lexical.entity_words(found[0].key)


def _may_name(named: str, head: str) -> bool:
    """Whether a body noun (``head``) may refer back to this name: not when the name's own
    head is another body noun ("UK Space Agency" is no "company"), unless a business noun
    refers back to a business ("Ollerby Savings Bank" ~ "the lender") or "group" to any body
    but a public one."""
    named_head = lexical.source_head(named)
    if named_head not in lexical.BODY_WORDS:
        return True
    if head == "group" and named_head not in _PUBLIC_HEADS:
        return True  # "the Still Nights Alliance" / "the group": any body not public
    return head in _BUSINESS_NOUNS and named_head in lexical.FIRM_WORDS


def _speaks_for_a_body(phrase: str, documents: DocumentEvidence) -> bool:
    """A person named with the office that speaks for a body, and that body's name: "NATO
    Secretary-General Jens Stoltenberg", "GMB general secretary Ann Lee"."""
    if not lexical.role_nouns(phrase):
        return False
    return re.search(r"\b[A-Z]{2,}\b", phrase) is not None or any(
        lexical.entity_words(m.key) & (lexical.BODY_WORDS | lexical.FIRM_WORDS)
        for m in documents.entities(phrase)
    )


def _described_apart(phrase: str, document: str) -> bool:
    """The other document describes this body in the same words, so it is a body of its own:
    "the accident board said" re-tells the original's "the national accident board", not
    "NordFrakt said"."""
    content = [w for w in lexical.words(phrase) if lexical.is_content_word(w)]
    if len(content) < 2:
        return False
    return (
        re.search(r"\b" + r"\s+".join(map(re.escape, content)) + r"\b", document, re.I) is not None
    )


def _names_another(phrase: str, named_words: set[str], entities: list[set[str]]) -> bool:
    """An unnamed source phrase whose modifiers (or bare head) are the words of another name
    in its document: "the poultry growers' association" re-tells "the Lenholm Poultry Growers'
    Association", not "Vandermolen"."""
    modifiers = _content_set(phrase)
    head = lexical.source_head(phrase)
    modifiers -= {head} | _VAGUE_SOURCES
    modifiers = {w.removesuffix("'s") for w in modifiers}
    # a bare head names the body whose name ends in it: "the authority" is the "Financial
    # Supervisory Authority" of its document, not the bank "Corlund"
    words = modifiers or ({head} if head not in _VAGUE_SOURCES else set())
    return bool(words) and any(
        words <= full and not _words_meet(full, named_words) for full in entities
    )


_OWNED = re.compile(r"\s+[a-z]")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _owner_words(text: str, mentions: list[Mention]) -> set[str]:
    """Words of names that only say whose a body or office is: "Eskary's" in "Eskary's
    coast guard", "Sorrentian" in "the Sorrentian foreign ministry", "Vennaran" in "the
    Vennaran health ministry" (one word between "the" and the body's common words)."""
    return name_words(
        [
            m
            for m in mentions
            if (
                text[m.start : m.end].endswith(("'s", "’s"))
                or lexical.demonym_like(text[m.start : m.end])
                or (" " not in text[m.start : m.end] and _THE_BEFORE.search(text, 0, m.start))
            )
            and _OWNED.match(text, m.end)
        ]
    )


def _affiliated(text_a: str, text_b: str, documents: tuple[str, str]) -> bool:
    """One phrase names a person, the other describes a person by a role and the body the
    documents give that person elsewhere: "Harrowgate told supporters" / "the defeated Civic
    Alliance candidate told supporters", with "Felix Harrowgate of the Civic Alliance" or
    "Civic Alliance leader Felix Harrowgate" in a document."""
    for named, described in ((text_a, text_b), (text_b, text_a)):
        if not lexical.role_nouns(described):
            continue
        person = re.findall(r"\b[A-Z][\w’'-]+", named)
        described = re.sub(r"^(?:the|its|their)\s+", "", described, flags=re.I)
        body = re.findall(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", described)
        if len(person) != 1 or len(body) != 1:
            continue
        who, of = re.escape(person[0]), re.escape(body[0])
        given = re.compile(
            rf"\b{who}\s+of\s+(?:the\s+)?{of}\b|\b{of}(?:['’]s)?\s+(?:[\w-]+\s+){{1,2}}?"
            rf"(?:[A-Z][\w’'-]+\s+)?{who}\b"
        )
        if any(given.search(text) for text in documents):
            return True
    return False


def _speaks_for_another(speaker: str, other: str) -> bool:
    """A speaker who speaks for a body the other does not: "a spokesman for the fire service"
    is not "University spokeswoman Jessamy Holloran", nor "a ministry spokeswoman" "a
    spokeswoman for the medicines agency", though all are spokespeople. A body noun facing a
    name may be that name ("a spokesman for the company" / "Veltrix spokesman"): undecided."""
    match = _SPEAKING_FOR.search(speaker)
    roles = lexical.role_nouns(other)
    if match is None or not roles:
        return False
    after = re.search(r"\b(?:for|of|at)\s+(?:the\s+)?(.+)$", other[roles[0].end :])
    ours = _body_words(other[: roles[0].start] + " " + (after.group(1) if after else ""))
    theirs = _body_words(match.group(1))
    if not ours or not theirs:
        return False
    for one, two in ((ours, theirs), (theirs, ours)):
        if {w.lower() for w in one} <= lexical.BODY_WORDS and any(w[:1].isupper() for w in two):
            return False
    return not _words_meet({w.lower() for w in ours}, {w.lower() for w in theirs})


def _body_words(text: str) -> set[str]:
    """The content words of a phrase naming a body, as written; "the force" is the police."""
    return {
        _POLICE_FORCE.get(w.lower(), w)
        for w in re.findall(r"[\w’'-]+", text)
        if lexical.is_content_word(w.lower())
    }


_POLICE_FORCE = {"force": "police", "constabulary": "police"}


_SPEAKING_FOR = re.compile(
    rf"\b(?:{'|'.join(sorted(lexical.SPOKESPEOPLE))})\s+for\s+(?:the\s+)?(.+)$", re.I
)


def _only_the_place_shared(ours: str, theirs: str) -> bool:
    """Two bodies of different kinds that share only where they are, or whose they are:
    "the teachers' union in the city" / "the city's parents' association", "the city's
    public works department" / "the city's emergency management office"; two of one head
    whose kinds both differ ("the city's transport department" / "… planning department")."""
    heads = lexical.source_head(ours), lexical.source_head(theirs)
    if not all(h in _SPEAKING_BODIES for h in heads):
        return False
    kept = [_content_set(_PLACE_OR_OWNER.sub(" ", phrase)) for phrase in (ours, theirs)]
    if lexical.same_stem(*heads):
        # "the public prosecutor's office" ~ "the office of the public prosecutor": a word
        # the other phrase has anywhere, as its owner too, tells nothing apart
        whole = _content_set(theirs), _content_set(ours)
        kept = [words - set(heads) for words in kept]
        if _words_meet(*kept) or not all(
            any(not _words_meet({w}, other) for w in words)
            for words, other in zip(kept, whole, strict=True)
        ):
            return False
    return not _words_meet(*kept)


_REPRESENTATIVE = {
    "union", "association", "federation", "council", "committee", "alliance", "coalition",
    "society", "chamber", "league",
}  # fmt: skip
"""Bodies that speak for a group, told apart by whom they speak for."""
_SPEAKING_BODIES = _REPRESENTATIVE | {
    "department", "office", "agency", "authority", "ministry", "service", "bureau", "directorate",
    "commission", "inspectorate", "regulator",
}  # fmt: skip
"""Bodies, representative or public, told apart by what they are once their place or owner
is set aside."""
_PLACE_OR_OWNER = re.compile(
    rf"\b(?:in|at|of)\s+(?:the\s+)?[\w-]+|\b[\w-]+['’]s\b(?!\s+(?:{'|'.join(sorted(_REPRESENTATIVE))}))",
    re.I,
)
"""Where a body is ("in the city") or whose it is ("the city's"), not what it is: a
possessive before the body's own head ("the teachers' union") says what it is."""


def _words_meet(ours: set[str], theirs: set[str]) -> bool:
    """Some word of one set is a word of the other, up to its ending: "kenya" ~ "kenyan",
    "prosecutors" ~ "prosecution", "organisers" ~ "organizers"."""
    return any(lexical.same_stem(x, y) for x in ours for y in theirs)


def _same_meaning(a: Mention, b: Mention, left: Side, right: Side) -> bool:
    """Two phrases naming the same source in other words ("the firm" ~ "the company")."""
    ours, theirs = left.mention_vector(a), right.mention_vector(b)
    return ours is not None and theirs is not None and float(ours @ theirs) >= _SAME_SOURCE


def _source_words(mentions: list[Mention]) -> set[str]:
    """Name words of speakers and content words of "according to" phrases, a speaker's
    common synonyms folded ("their families" ~ "their relatives"); an office ending in
    "general" is one word ("the attorney general" is no lawyer for the plaintiffs)."""
    return {
        _SOURCE_SYNONYMS.get(w, w)
        for m in mentions
        for w in _GENERAL_OFFICE.sub(r"\1-general", m.key.lower()).split()
        if len(w) >= 2
    }


_GENERAL_OFFICE = re.compile(
    r"\b(attorney|solicitor|surgeon|inspector|auditor|director|secretary|postmaster)\s+general\b"
)


_SOURCE_SYNONYMS = {
    "families": "family", "relatives": "family", "relative": "family", "kin": "family",
    "locals": "residents", "inhabitants": "residents", "attorneys": "lawyers",
    "attorney": "lawyer", "carrier": "airline", "firm": "company", "automaker": "carmaker",
    "lender": "bank",
}  # fmt: skip


def _same_entity_in(mention: Mention, entities: list[set[str]], forms: set[str]) -> bool:
    """Some name of the other document is this one, in full or in part ("Stoltenberg"), or
    every word of it is written capitalised there, as a name or its demonym ("Lusavia" ~
    "Lusavians will vote", "Kenya's" ~ "Kenyan runner")."""
    words = lexical.entity_words(mention.key)
    if any(words <= other or other <= words for other in entities if words & other):
        return True
    return bool(words) and all(
        any(lexical.same_name_word(w, form) for form in forms) for w in words
    )


def _acronym_pair(short: str, long: str) -> bool:
    """A one-word name that spells, in any case, the initials (``lexical.initials``) of the
    capitalised words of a longer name ("Ogem" / "the Office for Gas and Electricity
    Markets")."""
    word = short.strip()
    if " " in word or len(word) < 3 or not word[:1].isupper():
        return False
    capitalised = " ".join(w.lower() for w in re.findall(r"[\w’'-]+", long) if w[:1].isupper())
    return lexical.initials(capitalised) == word.lower()


def _acronym_of(mention: Mention, forms: set[str], initials: set[str]) -> bool:
    """The other document writes this name as its acronym ("World Health Organization" ~
    "WHO"), or this acronym in full."""
    acronym = lexical.initials(mention.key)
    if acronym and acronym in forms:
        return True
    return " " not in mention.key and mention.key.lower() in initials


def _quoted_names(left: Side, right: Side) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of quotes on each side when both sides quote: names inside them are the quote
    rule's to compare."""
    ours, theirs = left.mentions(lexical.quotes), right.mentions(lexical.quotes)
    if not ours or not theirs:
        return [], []
    return [(m.start, m.end) for m in ours], [(m.start, m.end) for m in theirs]


def _name_word(word: str) -> str:
    """A name word compared in running text: possessive and plural dropped, a demonym as its
    place ("Democrats" ~ "Democrat", "Swiss" ~ "Switzerland")."""
    word = lexical.name_form(word.removesuffix("'s"))
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _named_in(mention: Mention, side: Side, other: Side, other_words: set[str]) -> bool:
    """The other side names this entity, or refers to it by the same title ("Defense
    Secretary Lloyd Austin" ~ "the new US Defense Secretary").

    Names sharing a word are the same only when one's words contain the other's
    ("Stoltenberg" ~ "Jens Stoltenberg"): "Brookfield Securities" and "Brookfield Capital"
    are different firms.
    """
    words = lexical.entity_words(mention.key)
    if len(words) == 1 and any(lexical.same_name_word(w, o) for w in words for o in other_words):
        return True  # "Kenya's" ~ "Kenyan"
    if len(words) == 1 and any(
        o.startswith(w) and o[len(w) :] in _ADJECTIVE_ENDINGS for w in words for o in other.words
    ):
        return True  # "Parliament's committee" ~ "the parliamentary committee"
    written = [_name_word(w) for w in lexical.words(side.text_of(mention)) if len(w) >= 2]
    if not written or _runs_in(written, [_name_word(w) for w in other.words]):
        # capitalised common words written lower-case there: "Median income", "Fishermen's",
        # "Finance Committee chair" / "who chairs the finance committee"; a member for the
        # party: "Liberal Democrat chair" / "chairs the Liberal Democrats"
        return True
    if words & other_words:
        sharing = [
            found
            for m in other.mentions(lambda t: lexical.entities(t))
            if words & (found := lexical.entity_words(m.key))
        ]
        if any(words <= found for found in sharing):
            return True
        if len(sharing) > 1 and set().union(*sharing) == words:
            return True  # "the Oskerland Public Health Authority" ~ "Oskerland's Public Health Authority"
        # "Castlemoor Rovers" in the place of "Castlemoor Athletic" is another name, even
        # beside "Castlemoor's city council"; "the Sable Coast Port Authority" is a body of
        # its own, not the Sable Coast named again
        return all(found <= words and not (words - found) & _BODY_HEADS for found in sharing)
    titles = lexical.title_words(side.text_of(mention))
    if len(titles) < 2:
        return False
    other_text = " ".join(other.words)
    return " ".join(titles) in other_text


_ADJECTIVE_ENDINGS = frozenset({"ary", "al", "ial", "ional", "ic", "ical"})
"""Endings that make a one-word name an adjective written lower-case: "parliamentary",
"congressional", "governmental"."""
_BODY_HEADS = frozenset(
    "authority association council union ministry agency commission federation board court "
    "party police service department institute university hospital school club".split()
)
"""Heads of a body: a name that adds one to another name ("Sable Coast" + "Port Authority")
names a body of its own."""


def _runs_in(run: list[str], words: list[str]) -> bool:
    """``run`` occurs in ``words`` as consecutive words."""
    n = len(run)
    return any(words[k : k + n] == run for k in range(len(words) - n + 1))


def _same_referents(
    lost: list[Mention], extra: list[Mention], left: Side, right: Side
) -> list[tuple[Mention, Mention]]:
    """Pair a lost name with a new one standing in its place: close token vectors, closest
    first. A single name gone pairs with the closest name come, however far apart ("Port
    Salim" / "Norvak, the Kazari capital"); with several gone, only close pairs count, so that
    names merely dropped and added elsewhere in the group stay an omission and an addition.

    Without token vectors (hand-made cases) names pair in order of appearance.
    """
    if not lost or not extra:
        return []
    vectors_a = [v for v in (left.mention_vector(a) for a in lost) if v is not None]
    vectors_b = [v for v in (right.mention_vector(b) for b in extra) if v is not None]
    if len(vectors_a) < len(lost) or len(vectors_b) < len(extra):
        return list(zip(lost, extra, strict=False))
    scored = sorted(
        (
            (float(va @ vb), i, j)
            for i, va in enumerate(vectors_a)
            for j, vb in enumerate(vectors_b)
        ),
        reverse=True,
    )
    floor = -1.0 if len(lost) == 1 else _SAME_REFERENT
    pairs: dict[int, int] = {}
    for score, i, j in scored:
        if score >= floor and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return [(lost[i], extra[j]) for i, j in sorted(pairs.items())]


def _stand_in_place(a: Mention, b: Mention, left: Side, right: Side, token_support: float) -> bool:
    """Each name's clause is at least half carried by the other side: the claim stands, its
    name changed ("might prompt Lintel to seek a buyer" / "could lead Skyra to look for
    one")."""
    carried = (
        left.supported_share(_claim_about(left, a), token_support),
        right.supported_share(_claim_about(right, b), token_support),
    )
    return all(share is not None and share >= _SCOPE_MATCHED for share in carried)


def _claim_about(side: Side, name: Mention) -> Span:
    """The name's clause, or its sentence where commas cut the name off on its own ("Velta,
    the country's largest carrier, paid")."""
    clause = side.clause(name)
    text = side.document.text
    rest = text[clause.start : name.start] + " " + text[name.end : clause.end]
    if any(lexical.is_content_word(w) for w in lexical.words(rest)):
        return clause
    sentence = side.sentence_at(name.start)
    return side.span(sentence.start, sentence.end)


def _siblings(
    ours: list[Mention], extra: list[Mention], right: Side, new: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """A name that shares a word with one of the group's names and replaces its other words:
    "Supreme Administrative Court" / "Constitutional Court", "Court of Human Rights" / "Court
    of Justice". The original's own words must be gone from the version's group (from the
    whole version, when the other name is found elsewhere in the original), so "Velmora" /
    "Velmora's Constitutional Court" alone is not a swap."""
    group_words = set(right.words)
    document_words = set(lexical.words(right.document.text))
    pairs = []
    free = list(ours)
    for b in extra:
        theirs = lexical.entity_words(b.key)
        version_words = group_words if any(b is m for m in new) else document_words
        for a in free:
            words = lexical.entity_words(a.key)
            overlapping = words & theirs and not words <= theirs and not theirs <= words
            if overlapping and (words - theirs) - version_words:
                pairs.append((a, b))
                free.remove(a)
                break
    return pairs


_QUOTE_HEAD_DROPPED = re.compile(
    r"\b(?!(?:part|some|one|all|most|many|much|none|each|any|both|few)\b)[a-z]{3,}\s+of\s*$"
)


def _quotes(
    number: int, left: Side, right: Side, documents: DocumentEvidence, token_support: float
) -> list[Finding]:
    """Quoted words must match the original's quote; a quote with no source is added, or, when
    the original reports the same speaker, or the quoted words, without quotation marks, a
    misquote of that reported speech."""
    ours, theirs = left.mentions(lexical.quotes), right.mentions(lexical.quotes)
    found: list[Finding] = []
    used: set[int] = set()
    unsourced: list[Mention] = []
    for b in theirs:
        exact = [k for k, a in enumerate(ours) if a.key == b.key]
        if exact:
            used.add(exact[0])
            continue
        sources = [k for k, a in enumerate(ours) if _shared(a, b) >= _QUOTE_MATCH]
        if not sources:
            unsourced.append(b)
            continue
        used.update(sources)
        joined = " ".join(ours[k].key for k in sources)
        # a part of the quote, word for word: "said it was “a disaster for the harbour”";
        # not the complement of a noun left behind: "the beginning of the end of the divide"
        # / "the end of the divide"
        if f" {b.key} " not in f" {joined} " or _QUOTE_HEAD_DROPPED.search(
            f" {joined} ".split(f" {b.key} ")[0]
        ):
            first, last = ours[sources[0]], ours[sources[-1]]
            found.append(
                make_finding(
                    "DC305",
                    f"original quote: {left.quoted(first)} — version quote: {right.quoted(b)}",
                    left.span(first.start, last.end),
                    right.span_of(b),
                    number,
                )
            )
    unused = [a for k, a in enumerate(ours) if k not in used]
    if len(unused) != len(unsourced):
        unused_pairs: list[tuple[Mention, Mention]] = []
    else:  # one quote each way in one group: the same quote, re-worded beyond recognition
        unused_pairs = list(zip(unused, unsourced, strict=True))
        unused, unsourced = [], []
    pending: list[tuple[str, str, Mention | None, Mention | None]] = [
        ("DC305", f"original quote: {left.quoted(a)} — version quote: {right.quoted(b)}", a, b)
        for a, b in unused_pairs
    ]
    reported = _reported_speech(left, right, documents, unsourced, token_support)
    if reported is not None:
        found += [
            make_finding(
                "DC305",
                f"original reports it without quotation marks: “{' '.join(reported.text.split())}”"
                f" — version quotes {right.quoted(b)}",
                reported,
                right.span_of(b),
                number,
            )
            for b in unsourced
        ]
        unsourced = []
    pending += [
        ("DC204", f"version quotes {right.quoted(b)} — the original has no such quote", None, b)
        for b in unsourced
    ]
    pending += [
        ("DC105", f"original quotes {left.quoted(a)} — the version drops the quote", a, None)
        for a in unused
    ]
    for code, reason, ours_quote, their_quote in pending:
        found.append(
            make_finding(
                code,
                reason,
                left.span_of(ours_quote) if ours_quote else None,
                right.span_of(their_quote) if their_quote else None,
                number,
            )
        )
    return found


def _reported_speech(
    left: Side,
    right: Side,
    documents: DocumentEvidence,
    unsourced: list[Mention],
    token_support: float,
) -> Span | None:
    """The original sentence that reports, without quotation marks, what the version quotes:
    the original quotes nothing, and either both sides credit the same source or the quoted
    words re-tell the original's ("saying its editors could no longer vouch for the data" /
    "saying its editors 'no longer trust the data'")."""
    if not unsourced or left.mentions(lexical.quotes):
        return None
    ours, theirs = left.mentions(documents.sources), right.mentions(documents.sources)
    if ours and theirs and _same_source(ours[0], theirs[0], left, right, documents):
        sentence = left.sentence_at(ours[0].start)
        return left.span(sentence.start, sentence.end)
    shares = [right.supported_share(right.span_of(b), token_support) for b in unsourced]
    if not all(share is not None and share >= _QUOTE_RETOLD for share in shares):
        return None
    quoted = set(lexical.words(" ".join(b.key for b in unsourced)))
    sentence = max(left.sentences, key=lambda s: len(quoted & set(lexical.words(s.text))))
    return left.span(sentence.start, sentence.end)


_QUOTE_RETOLD = 0.6
"""Share of a quote's content words the original group must hold for it to re-tell them."""


def _shared(a: Mention, b: Mention) -> float:
    """Share of the shorter quote's content words that the other quote has."""
    ours = {w for w in a.key.split() if lexical.is_content_word(w)}
    theirs = {w for w in b.key.split() if lexical.is_content_word(w)}
    return len(ours & theirs) / max(1, min(len(ours), len(theirs)))


def _polarity(
    number: int, left: Side, right: Side, documents: DocumentEvidence, token_support: float
) -> list[Finding]:
    """A claim that one side negates and the other affirms; else a different stance."""
    # a step still required ("still needs to be approved", "have yet to approve") takes no
    # side, on either side
    raw_left, raw_right = (
        [m for m in side.mentions(lexical.stances) if not _required_step(side, m)]
        for side in (left, right)
    )
    raw_left, raw_right = (
        _until_stances(left, raw_left, right),
        _until_stances(right, raw_right, left),
    )
    stance_left, stance_right = _as_opposites(raw_left), _as_opposites(raw_right)
    cues_left = _negative(left, stance_left, _negated_opposites(left, raw_left))
    cues_right = _negative(right, stance_right, _negated_opposites(right, raw_right))
    # negations that re-tell the other side's wording in other words negate nothing
    for retold in (
        _not_yet_for_still,
        _open_question_retold,
        _until_retold,
        _alternative_retold,
        _limit_retold,
        _replacement_retold,
    ):
        cues_left, cues_right = retold(left, cues_left, right), retold(right, cues_right, left)
    cued_left = (left, cues_left, _clause_spans(left, cues_left))
    cued_right = (right, cues_right, _clause_spans(right, cues_right))
    # As many cues on both sides, only cut into other clauses or re-worded ("without action
    # the prison could become unsafe" / "Without action, the prison could become unsafe"; "in
    # a town without another bank" / "in a town that lacks another bank"): no flip. A single
    # cue is compared clause by clause, as it may have moved to another claim.
    same_cues = (len(cues_left) >= 2 and len(cues_left) == len(cues_right)) or (
        len(cues_left) == len(cues_right) == 1
        and _none_of_them(left, cues_left[0][0])
        and _none_of_them(right, cues_right[0][0])
    )
    flip = None if same_cues else _flip(cued_left, cued_right, token_support)
    if flip is None and not same_cues:
        flip = _flip(cued_right, cued_left, token_support)
        flip = (flip[1], flip[0]) if flip is not None else None
    if flip is not None:
        (ours, ours_cues), (theirs, their_cues) = flip
        # a negation that is part of a side-taking stance ("was not enough" / "welcomed") is
        # the stance changing: say so, with the stance words on both sides
        leaning_left = [m for m in stance_left if _stance_sign(m.key)]
        leaning_right = [m for m in stance_right if _stance_sign(m.key)]
        plain = _plain_flip(flip)
        flipped = make_finding(
            "DC303" if plain else "DC313",
            f"original: {_polarity_words(left, (ours, ours_cues))} — "
            f"version: {_polarity_words(right, (theirs, their_cues))}",
            ours,
            theirs,
            number,
        )
        if not (ours_cues and their_cues) and (
            _within(ours_cues, leaning_left) and _within(their_cues, leaning_right)
        ):
            # a stance negated inside a bound ("did not accept the offer until a second
            # vote" / "accepted it only after") is a polarity re-wording like any other
            if not plain:
                return [flipped]
            stance = _stance_change(
                number, left, right, documents, stance_left, stance_right, token_support
            )
            if stance:
                return stance
        # a stance changed in another clause is a second change ("would challenge the
        # approval" / "would accept the approval and would not go to court")
        stance = _stance_change(
            number, left, right, documents, stance_left, stance_right, token_support
        )
        return [flipped, *stance]
    swap = _antonym_swap(number, left, cues_left, right, cues_right, token_support)
    if swap:
        return swap
    return _stance_change(number, left, right, documents, stance_left, stance_right, token_support)


def _none_of_them(side: Side, cue: Mention) -> bool:
    """A cue that negates a count of people or things ("None of the 46 workers was injured",
    "not one of them was hurt"): two such cues say the same, whichever clause each is in."""
    text = side.document.text
    if cue.key in {"none", "nobody", "no one"}:
        return True
    return cue.key == "not" and _NOT_ONE.match(text, cue.end) is not None


_NOT_ONE = re.compile(r"\s+(?:one|a\s+single)\b")


def _plain_flip(flip: tuple[_Polar, _Polar]) -> bool:
    """A reversal as plain as "will withdraw" / "will not withdraw" or "has ruled out" / "has
    not ruled out": the clauses' negative cues differ by one grammatical negation, and
    neither clause holds a bound, nor the affirming one a word that negates in other terms.

    Faithful re-tellings carry polarity in exactly those devices ("has not changed" / "kept
    on hold", "not … until" / "only once", "no crash has claimed more lives" / "the
    deadliest crash") as often as reversals do: such a flip is DC313, shown without failing
    a check.
    """
    (left, left_cues), (right, right_cues) = flip
    grammatical = tuple(
        sum(
            bool(_GRAMMATICAL.search(span.text[m.start - span.start : m.end - span.start]))
            for m, _ in cues
        )
        for span, cues in ((left, left_cues), (right, right_cues))
    )
    other = (len(left_cues) - grammatical[0], len(right_cues) - grammatical[1])
    if abs(grammatical[0] - grammatical[1]) != 1 or other[0] != other[1]:
        return False
    negated, affirmed = (left, right) if grammatical[0] > grammatical[1] else (right, left)
    if any(_BOUND.search(span.text) for span in (negated, affirmed)):
        return False
    if _CHANGE_DENIED.search(negated.text) and _CONTINUED.search(affirmed.text):
        return False
    if _STOPPED_SHORT.search(affirmed.text):
        return False  # "did not call for it to be scrapped" / "stopped short of demanding that"
    negated_words = _WORD.findall(negated.text.lower())
    return not any(
        _NEGATIVE_WORDING.fullmatch(w) and not any(_same_stem(w, n) for n in negated_words)
        for w in _WORD.findall(affirmed.text.lower())
    )


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one word, as far as a shared beginning shows ("affect" / "affected",
    "open" / "opening", "ban" / "banned")."""
    shorter = min(len(a), len(b))
    n = shorter if shorter <= 4 else 5
    return shorter >= 3 and a[:n] == b[:n]


_WORD = re.compile(r"[\w’'-]+")
_BOUND = re.compile(
    r"\b(?:until|till|unless|only|except|before|any\s+(?:more|longer)|yet\s+to|"
    r"since\s+(?:\d|the\b|last\b|records?\b|then\b|it\b|they\b)|"
    r"the\s+(?:most|least)|best|worst|\w+iest|largest|"
    r"biggest|highest|lowest|greatest|smallest|longest|strongest|weakest|thinnest|fastest|"
    r"slowest|oldest|newest|latest|earliest|widest|deepest|richest|poorest|youngest|"
    r"heaviest|hottest|coldest|costliest|cheapest|closest|nearest|fewest|sharpest)\b",
    re.I,
)
"""Words that bound a claim, so that a negation beside them can re-tell an affirmation:
"not … until" / "only once", "no crash has claimed more lives" / "the deadliest crash",
"had not been this thin since 2009" / "the thinnest since 2009"."""
_NEGATIVE_WORDING = re.compile(
    r"fail(?:s|ed|ing|ure)?|unable|lack(?:s|ed|ing)?|refus\w*|den(?:y|ies|ied|ial)|"
    r"declin\w*|reject\w*|halt\w*|ceas\w*|cleared|free|absent|avoid\w*|prevent\w*|"
    r"ban(?:s|ned)?|barred|forb\w+|exempt\w*|spared?|postpon\w*|delay\w*|defer\w*|"
    r"abandon\w*|shortage|hardly|barely|scarcely|rarely|seldom|ruled|block\w*|withh\w+|"
    r"reluctan\w*|doubt\w*|unchanged|intact|steady",
    re.I,
)
"""Words that negate, or deny change, in other terms than "not": a negation facing one of
them may be the same claim ("was found not liable" / "was cleared of liability")."""
_STOPPED_SHORT = re.compile(r"\bstop(?:s|ped|ping)?\s+short\s+of\b", re.I)
_CHANGE_DENIED = re.compile(
    r"(?:\bnot|\bnever|n['’]t|\bno)\s+(?:[\w’'-]+\s+){0,3}?(?:chang|alter|adjust|mov|shift|"
    r"rais|lower|cut|withdraw|abandon|drop|scrap|give\s+up|quit|end|stop|leave|resign|"
    r"back\s+down|retreat)\w*",
    re.I,
)
_CONTINUED = re.compile(
    r"\b(?:kept|keep(?:s|ing)?|held|hold(?:s|ing)?|remain\w*|stay\w*|maintain\w*|"
    r"stick(?:s|ing)?\s+(?:with|to|by)|stuck\s+(?:with|to|by)|retain\w*|continu\w*|"
    r"press(?:es|ed|ing)?\s+ahead|persist\w*)\b",
    re.I,
)
"""A change or an end denied re-tells a state kept: "has not changed its rate" / "kept its
rate on hold", "would not withdraw the reform" / "would stick with the reform"."""
_GRAMMATICAL = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|nowhere|neither|nor|cannot|without|rather\s+than|"
    r"instead\s+of)\b|n['’]t\b|"
    r"^fail(?:s|ed)?\b",
    re.I,
)
"""The negation words a plain reversal adds or drops ("did not say whether", "failed to
declare"); a negation told by a content word ("acquitted", "cleared of", "unless") may be
re-told in any words."""


def _not_yet_for_still(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """ "have not yet recovered" re-tells "are still recovering": where the other side says
    "still" doing and this side does not, a "not yet" negates nothing."""
    if not _says(other, _STILL_DOING) or _says(side, _STILL_DOING):
        return cues
    text = side.document.text
    return [(m, strong) for m, strong in cues if not _NOT_YET.match(text, m.start)]


_STILL_DOING = re.compile(r"\bstill\s+(?:\w+ly\s+)?\w+ing\b", re.I)
_NOT_YET = re.compile(r"(?:not|\w+n['’]t)\s+yet\b", re.I)


def _open_question_retold(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """ "had not decided whether to appeal" re-tells "was still weighing whether to appeal":
    where the other side leaves a "whether" open with no negation in its clause, a negation of
    deciding or knowing here negates nothing. Where both sides negate in their "whether"
    clauses ("did not say whether" / "didn't say whether"), the cues are compared as they
    are."""
    if not _says(other, _WHETHER) or any(
        _QUESTION_NEGATED.search(clause)
        for sentence in other.sentences
        for clause in _CLAUSE_BREAK.split(sentence.text)
    ):
        return cues
    return [(m, strong) for m, strong in cues if not _negates_a_question(side, m)]


def _negates_a_question(side: Side, cue: Mention) -> bool:
    """The cue, read from the start of its word ("didn't" for "n't"), negates deciding or
    knowing whether: just before it ("had not decided whether", "no decision on whether"),
    or just after a "whether" it closes ("whether to fine it has not been decided", "a
    decision on whether to charge him is not expected")."""
    text = side.document.text
    sentence = side.sentence_at(cue.start).start
    start = cue.start
    while start > sentence and (text[start - 1].isalnum() or text[start - 1] in "'’"):
        start -= 1
    if _DECIDING_WHETHER.match(text, start):
        return True
    breaks = _CLAUSE_BREAK.finditer(text, sentence, start)
    clause_start = max((m.end() for m in breaks), default=sentence)
    return (
        _WHETHER_BEFORE.search(text[clause_start:start]) is not None
        and _DECIDED_AFTER.match(text, cue.end) is not None
    )


_DECIDING_WORDS = (
    r"(?:decided|decide|decision|determined|known|know|clear|certain|sure|settled|"
    r"established|said|say)"
)
_DECIDING_WHETHER = re.compile(
    rf"(?:not|no|\w+n['’]t)\s+(?:[\w’'-]+\s+){{0,3}}?{_DECIDING_WORDS}\s+(?:[\w’'-]+\s+){{0,2}}?"
    r"whether\b",
    re.I,
)
_WHETHER_BEFORE = re.compile(r"\bwhether\b[^,;.]{0,80}$", re.I)
_DECIDED_AFTER = re.compile(
    rf"\s+(?:yet\s+)?(?:been\s+)?(?:{_DECIDING_WORDS}|expected|made|taken)\b", re.I
)


_CLAUSE_BREAK = re.compile(r"[,;.:]\s|[,;:]|\.$")
_WHETHER = re.compile(r"\bwhether\b", re.I)
_QUESTION_NEGATED = re.compile(
    r"^(?=.*\bwhether\b)(?=.*\b(?:not|no|never|nothing|none|without)\b|.*n['’]t\b)",
    re.I | re.S,
)
"""A clause that asks whether under a negation of any kind: "did not say whether", "whether
to fine it has not been decided", "said nothing about whether"."""


def _until_retold(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """A claim negated until something ("would not be released until the rules were
    adopted") re-tells one allowed only once it happens ("would be released only once the
    rules are adopted"), and one negated without it ("not to stop taking the tablets without
    first speaking to a pharmacist" / "not to stop taking them until they had spoken to a
    pharmacist"). Where the other side says "only once" (or "only when", "only after"), the
    negation before "until" negates nothing; where it says "not … until", a "without" in a
    negation's scope is that condition and negates nothing more."""
    text = side.document.text
    if _says(side, _NOT_UNTIL) == _says(other, _NOT_UNTIL):
        return cues
    if _says(side, _NOT_UNTIL):
        if not _says(other, _ONLY_ONCE) or _says(side, _ONLY_ONCE):
            return cues
        return [(m, strong) for m, strong in cues if not _UNTIL_AFTER.match(text, m.end)]
    return [
        (m, strong)
        for m, strong in cues
        if not (m.key == "without" and _NEGATION_BEFORE.search(text, 0, m.start))
    ]


def _until_stances(side: Side, stances: list[Mention], other: Side) -> list[Mention]:
    """ "did not accept the offer until a second vote" takes the stance "accepted the offer
    only after a second vote" takes: where the other side says "only once" (or "only when",
    "only after"), a stance negated before "until" is the stance itself."""
    if not _says(side, _NOT_UNTIL) or _says(side, _ONLY_ONCE) or not _says(other, _ONLY_ONCE):
        return stances
    text = side.document.text
    return [
        Mention(m.start, m.end, m.key.removeprefix("not "))
        if m.key.startswith("not ") and _UNTIL_AFTER.match(text, m.end)
        else m
        for m in stances
    ]


def _alternative_retold(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """ "has until June 30 to submit a plan, or it could lose its licence" re-tells "if it
    fails to submit a plan by June 30, it could lose its licence": where the other side gives
    an alternative ("…, or it could", "or face", "otherwise") and this side does not, a
    negation inside a condition ("if it fails to", "if it does not", "unless") is that
    alternative and negates nothing more."""
    if not _says(other, _OR_ELSE) or _says(side, _OR_ELSE):
        return cues
    text = side.document.text
    return [
        (m, strong)
        for m, strong in cues
        if not (m.key == "unless" or _IN_CONDITION.search(text, 0, m.start))
    ]


def _limit_retold(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """ "did not expect to recover more than half" re-tells "expected to recover no more than
    half": a negation a few words before a comparison the other side states as a limit
    ("no more than") is that limit, and negates nothing more."""
    if not _says(other, _NO_MORE_THAN):
        return cues
    text = side.document.text
    return [(m, strong) for m, strong in cues if not _NOT_BEFORE_THAN.match(text, m.end)]


def _replacement_retold(
    side: Side, cues: list[tuple[Mention, bool]], other: Side
) -> list[tuple[Mention, bool]]:
    """ "a written test instead of the oral interview now in use" re-tells "a written test,
    replacing the current oral interview": a course passed over that the other side names as
    replaced, or as what a thing moves from, negates nothing more."""
    if not _says(other, _REPLACING) or _says(side, _REPLACING):
        return cues
    return [(m, strong) for m, strong in cues if m.key not in {"instead of", "rather than"}]


_REPLACING = re.compile(
    r"\b(?:replac(?:e|es|ed|ing)|in\s+place\s+of|substitut\w+|"
    # "give parliament, rather than ministers, the power" ~ "pass from ministers to parliament"
    r"(?:pass|move|shift|transfer|switch)(?:es|s|ed|red|ing|ring)?\s+(?:[\w’'-]+\s+){0,3}?from)\b",
    re.I,
)
_NO_MORE_THAN = re.compile(rf"\bno\s+(?:{lexical.BOUND})\s+than\b", re.I)
_NOT_BEFORE_THAN = re.compile(rf"(?:\s+[\w’'-]+){{1,3}}?\s+(?:{lexical.BOUND})\s+than\b", re.I)


_OR_ELSE = re.compile(
    r"(?:,\s*|\s)(?:or(?:\s+else)?|otherwise)\s*,?\s+(?:(?:it|they|he|she|we|you|the\s+[\w-]+)"
    r"\s+(?:could|would|will|may|might|faces?|risks?)|fac(?:e|es)|risks?|lose)\b",
    re.I,
)
"""An alternative a failure leads to: "…, or it could lose its licence", "or face a fine"."""
_IN_CONDITION = re.compile(r"\b(?:if|should)\s+(?:[\w’'-]+\s+){0,4}?$", re.I)
"""The opening of a condition, a few words before, with no clause break between."""


def _says(side: Side, pattern: re.Pattern[str]) -> bool:
    """Some sentence of the side's group holds ``pattern``."""
    return any(pattern.search(s.text) for s in side.sentences)


_ONLY_ONCE = re.compile(r"\bonly\s+(?:once|when|after)\b", re.I)
_UNTIL_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,8}?until\b", re.I)
_NOT = r"\bnot|\bnever|n['’]t"
"""A grammatical negation word, for the patterns that look for one just before a word."""
_NEGATION_BEFORE = re.compile(rf"(?:{_NOT}|\bcannot)\s+(?:[\w’'-]+\s+){{0,8}}$", re.I)
"""A negation a few words before, with no clause break between."""
_NOT_UNTIL = re.compile(rf"(?:{_NOT}|\bno|\bcannot)\s+(?:[\w’'-]+\s+){{0,8}}?until\b", re.I)


def _within(cues: list[tuple[Mention, bool]], stances: list[Mention]) -> bool:
    """Every cue lies inside one of the stances."""
    return all(any(s.start <= m.start < s.end for s in stances) for m, _ in cues)


def _antonym_swap(
    number: int,
    left: Side,
    cues_left: list[tuple[Mention, bool]],
    right: Side,
    cues_right: list[tuple[Mention, bool]],
    token_support: float,
) -> list[Finding]:
    """One pole of an antonym pair ("passed", "rose", "convicted") replaced by the other
    ("failed", "fell", "acquitted") in clauses that otherwise say the same thing.

    Only a swap counts: a pole the version has fewer of, and the opposite one more of; a side
    holding both poles as often as the other (exports rose, imports fell) proves nothing.
    Negative cues elsewhere in either clause must balance ("did not pass" ~ "failed", "failed
    to win" ~ "lost"), and both clauses must be carried by the other side.
    """
    ours, theirs = left.mentions(lexical.antonyms), right.mentions(lexical.antonyms)
    our_keys, their_keys = Counter(m.key for m in ours), Counter(m.key for m in theirs)
    for a in ours:
        pair, sign = a.key.split(":")
        opposite = f"{pair}:{'-' if sign == '+' else '+'}"
        if their_keys[a.key] >= our_keys[a.key] or their_keys[opposite] <= our_keys[opposite]:
            continue
        b = _least_retold(right, opposite, theirs, left, ours)
        clause_a, clause_b = left.clause(a), right.clause(b)
        if pair.startswith("un-"):
            # "unpaid overtime" ~ "overtime that has not been paid": the "not" that balances
            # an un-state stands just before the state, whatever else the clause negates
            if _NEGATED_STATE.search(left.document.text, 0, a.start) or _NEGATED_STATE.search(
                right.document.text, 0, b.start
            ):
                continue
        else:
            claims = (_claim_of(left, clause_a, a), _claim_of(right, clause_b, b))
            if _cues_in(claims[0], a, cues_left) % 2 != _cues_in(claims[1], b, cues_right) % 2:
                continue
        carried = (
            left.supported_share(clause_a, token_support),
            right.supported_share(clause_b, token_support),
        )
        if any(share is None or share < _SCOPE_MATCHED for share in carried):
            continue
        return [
            make_finding(
                "DC303",
                f"original: {left.quoted(a)} — version: {right.quoted(b)} (opposite {pair})",
                clause_a,
                clause_b,
                number,
            )
        ]
    return []


_NEGATED_STATE = re.compile(
    rf"(?:{_NOT}|\bno)\s+(?:(?:been|be|being|yet|get|got|gotten|left|"
    r"remain(?:ed|s)?|appear(?:ed|s)?|seem(?:ed|s)?|to|have|had|has)\s+){0,4}$",
    re.I,
)
"""A negation just before a state, across the auxiliaries of "has not yet been"."""


def _claim_of(side: Side, clause: Span, word: Mention) -> Span:
    """The part of ``clause`` from the last conjunction before ``word``: in "rejected
    suggestions that drivers were overworked and said the coach had passed", the rejection
    does not bear on "passed"."""
    gaps = list(_CONJUNCTION.finditer(side.document.text, clause.start, word.start))
    return side.span(gaps[-1].end(), clause.end) if gaps else clause


def _cues_in(clause: Span, word: Mention, cues: list[tuple[Mention, bool]]) -> int:
    """Negative cues in ``clause`` other than ``word`` itself ("failed" is both)."""
    return sum(
        clause.start <= m.start < clause.end and not (m.start < word.end and word.start < m.end)
        for m, _ in cues
    )


_Polar = tuple[Span, list[tuple[Mention, bool]]]


_Cued = tuple[Side, list[tuple[Mention, bool]], list[Span]]
"""A side, its negative cues and its clauses cut at them (``_clause_spans``)."""


def _flip(ours: _Cued, theirs: _Cued, token_support: float) -> tuple[_Polar, _Polar] | None:
    """A clause of ``side`` with a negative cue whose words stand, on the other side, in
    clauses with the other parity of negative cues ("could not be ruled out" affirms), where a
    grammatical negation is involved.

    The counterpart is found through the token vectors: the clauses of ``other`` holding the
    best match of each content word after the cue. Privatives alone never flip: "had been
    injured" ~ "missed the season through injury", "because of a shortage" ~ "due to a lack":
    lexical antonyms are how paraphrase works.
    """
    (side, cues, clauses), (other, other_cues, other_clauses) = ours, theirs
    offsets, vectors = side.token_matrix()
    other_offsets, other_vectors = other.token_matrix()
    if not len(offsets) or not len(other_offsets):
        return None
    ours_now, theirs_now = (offsets, vectors, clauses), (other_offsets, other_vectors)
    text = side.document.text
    for span in clauses:
        inside = [(m, strong) for m, strong in cues if span.start <= m.start < span.end]
        if not inside:
            continue
        scope = [
            pieces
            for pieces in _content_words(text, offsets, inside[0][0].start, span.end)
            # "not yet": part of the cue, not the claim
            if text[offsets[pieces[0], 0] : offsets[pieces[-1], 1]].lower() not in _NOT_HEADS
        ]
        if not scope:
            continue
        # a word's pieces ("red", "##unda", "##ncies") are met as one word
        sims = np.stack([(vectors[pieces] @ other_vectors.T).max(axis=0) for pieces in scope])
        subject = [
            k
            for k in np.nonzero(
                (offsets[:, 0] >= span.start) & (offsets[:, 1] <= inside[0][0].start)
            )[0]
            if lexical.is_content_word(text[offsets[k, 0] : offsets[k, 1]])
        ]
        kept = (sims.max(axis=1) >= token_support).sum()
        if kept < _SCOPE_MATCHED * len(scope):
            # a claim of a word or two re-worded ("maternity care will not be affected" /
            # "will also be hit") is judged with what it is about
            if len(scope) > _HEAD_WORDS or not _plain_verb_negation(text, span, inside[0][0]):
                continue
            about_kept = (vectors[subject] @ other_vectors.T).max(axis=1) >= token_support
            if kept + about_kept.sum() < _SCOPE_MATCHED * (len(scope) + len(subject)):
                continue
        # The negated head (the first content words after the cue) must have counterparts.
        # The negated word is met wherever it has a counterpart ("not allowed" ~ "banned", in
        # any clause); the words after it only where they are best met: "did not know the
        # crashes were planned" meets "knew the crashes", not the "collisions" beside it.
        close = np.nonzero(sims[0] >= token_support)[0]
        later = sims[1:_HEAD_WORDS]
        close = np.union1d(close, later.argmax(axis=1)[later.max(axis=1) >= token_support])
        head = [
            row for row, pieces in enumerate(scope) if offsets[pieces[0], 0] >= inside[0][0].end
        ]
        if subject and head and not (sims[head[0]] >= token_support).any():
            # The negated word itself is re-worded: the clause is found by what it is about
            # too, so that "has not been disclosed to protect the site" re-told as "to protect
            # the site, it hasn't been made public" meets the clause that keeps the "not".
            about = (vectors[subject] @ other_vectors.T >= token_support).any(axis=0)
            close = np.union1d(close, np.nonzero(about)[0])
        region = [
            target
            for target in other_clauses
            if any(target.start <= other_offsets[j, 0] < target.end for j in close)
        ]
        if not region and inside[0][0].key != "without":
            # Neither the negated head nor its subject is kept ("had no immediate plans to
            # license the compound" / "was preparing to license the compound"): the clause
            # is found by the rest of the claim, where that clause is mostly this one's.
            # "without" is left out: it is re-told in positive words ("without interruption"
            # / "continuously") too often to be found this way.
            met = sims.argmax(axis=1)[sims.max(axis=1) >= token_support]
            region = [
                target
                for target in other_clauses
                if any(target.start <= other_offsets[j, 0] < target.end for j in met)
                and _mostly_within(other, target, vectors[[p[0] for p in scope]], token_support)
            ]
        if len(clauses) > 1:
            # "said it had received reports of 17 people falling ill, though it had not yet
            # confirmed a link" / "said it had been told of 17 people becoming ill": the
            # version's clause re-tells the first clause; the second has no counterpart
            region = [
                target
                for target in region
                if _answers_to(span, target, ours_now, side, theirs_now, other)
            ]
            if not region and subject:
                # the claim's words were met in a clause that re-tells another one ("power
                # lines"): the clause is found by what it is about ("homes and businesses
                # … were no longer without electricity")
                about = (vectors[subject] @ other_vectors.T >= token_support).any(axis=0)
                region = [
                    target
                    for target in other_clauses
                    if any(
                        target.start <= other_offsets[j, 0] < target.end
                        for j in np.nonzero(about)[0]
                    )
                    and _answers_to(span, target, ours_now, side, theirs_now, other)
                ]
        parities = [_cues_within(target, other_cues) for target in region]
        # Every clause that says the same words must disagree: one that agrees is the
        # counterpart ("saw no alternative" ~ "saw no other option"). Together they must
        # disagree too: "without action the prison could become unsafe" re-told as "Without
        # action, the prison could become unsafe" spreads the same two cues over two clauses.
        if (
            region
            and all(
                len(inside) % 2 != len(theirs) % 2 and any(s for _, s in inside + theirs)
                for theirs in parities
            )
            and len(inside) % 2 != sum(map(len, parities)) % 2
            and not _cue_kept_nearby(theirs, span, inside, region)
        ):
            # Report the clause that holds the best matches of most of the claim's words,
            # the negated word's counting twice, else the longest.
            row = head[0] if head else 0
            matched = [
                int(other_offsets[int(sims[r].argmax()), 0])
                for r in range(len(scope))
                if sims[r].max() >= token_support
            ]
            matched.append(int(other_offsets[int(sims[row].argmax()), 0]))
            outside = [
                t
                for t in other_clauses
                if t not in region
                and len(_cues_within(t, other_cues)) % 2 != len(inside) % 2
                and (len(clauses) == 1 or _answers_to(span, t, ours_now, side, theirs_now, other))
            ]
            target = _clause_showing(region, outside, matched)
            return (span, inside), (target, _cues_within(target, other_cues))
    return None


def _cue_kept_nearby(
    theirs: _Cued,
    span: Span,
    inside: list[tuple[Mention, bool]],
    region: list[Span],
) -> bool:
    """Another clause of the other side keeps the cue's parity and re-tells this clause in
    its own words ("A jury … on Friday acquitted two brothers accused of …" / "Two brothers
    charged with …, were cleared by a jury … on Friday"): the claim was cut in two, its
    polarity kept. Words written the same, not token vectors, decide: in one sentence those
    carry each other's context."""
    _, other_cues, other_clauses = theirs
    own = _content_set(span.text)

    def retold(target: Span) -> bool:
        words = _content_set(target.text)
        return bool(words) and len(words & own) >= _SCOPE_MATCHED * len(words)

    return any(
        target not in region
        and (kept := _cues_within(target, other_cues))
        and len(kept) % 2 == len(inside) % 2
        and retold(target)
        for target in other_clauses
    )


def _content_set(text: str) -> set[str]:
    """The content words of a text, as written (lower-cased)."""
    return {w for w in lexical.words(text) if lexical.is_content_word(w)}


def _answers_to(
    span: Span,
    target: Span,
    ours: tuple[np.ndarray, np.ndarray, list[Span]],
    side: Side,
    theirs: tuple[np.ndarray, np.ndarray],
    other: Side,
) -> bool:
    """Some content word of the target clause is met best in ``span`` among the clauses of
    its group: the target re-tells (some of) this clause, not only another one."""
    offsets, vectors, clauses = ours
    other_offsets, other_vectors = theirs
    text, other_text = side.document.text, other.document.text
    rows = [
        j
        for j in np.nonzero(
            (other_offsets[:, 0] >= target.start) & (other_offsets[:, 1] <= target.end)
        )[0]
        if lexical.is_content_word(other_text[other_offsets[j, 0] : other_offsets[j, 1]])
    ]
    if not rows:
        return True
    sims = other_vectors[rows] @ vectors.T
    content = np.array([lexical.is_content_word(text[a:b]) for a, b in offsets], dtype=bool)

    def best(clause: Span) -> np.ndarray:
        inside = content & (offsets[:, 0] >= clause.start) & (offsets[:, 1] <= clause.end)
        return sims[:, inside].max(axis=1) if inside.any() else np.full(len(rows), -1.0)

    ours_best = best(span)
    others = [best(clause) for clause in clauses if clause != span]
    if not others:
        return True
    met_here = ours_best >= np.max(others, axis=0)
    return bool(met_here.any())


def _cues_within(clause: Span, cues: list[tuple[Mention, bool]]) -> list[tuple[Mention, bool]]:
    return [(m, strong) for m, strong in cues if clause.start <= m.start < clause.end]


def _clause_showing(region: list[Span], outside: list[Span], matched: list[int]) -> Span:
    """The clause that shows a flipped claim: the one of ``region`` holding most of its
    words' matches (offsets in ``matched``), else the longest; a clause outside the region,
    of the other polarity, when it holds more of them and no fewer than two ("There were
    signs the damage had been deliberate" against "the coast guard said")."""

    def holds(clause: Span) -> tuple[int, int]:
        return sum(clause.start <= at < clause.end for at in matched), len(clause.text)

    target = max(region, key=holds)
    if outside:
        rival = max(outside, key=holds)
        if holds(rival)[0] >= max(2, holds(target)[0] + 1):
            return rival
    return target


_NO_OBLIGATION = re.compile(r"\s+(?:have|has|need|needs|required)\s+to\b|\s+need\b", re.I)
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|whether)\b", re.I)


def _plain_verb_negation(text: str, clause: Span, cue: Mention) -> bool:
    """ "were not affected": a verb negated outright, not a condition ("if rain does not
    arrive"), nor an obligation lifted ("will not have to pay" ~ "will be exempt")."""
    return (
        (cue.key == "not" or cue.key.endswith(("n't", "n’t")))
        and not _NO_OBLIGATION.match(text, cue.end)
        and not _CONDITION_BEFORE.search(text, clause.start, cue.start)
    )


def _mostly_within(side: Side, clause: Span, vectors: np.ndarray, token_support: float) -> bool:
    """At least half the clause's content words are met among ``vectors``: "which has already
    posted a yearly profit" in "which has never reported an annual profit", not "had lived
    abroad for four of the past ten years" in "without interruption for ten years"."""
    offsets, own = side.token_matrix()
    words = [
        pieces[0]
        for pieces in _content_words(side.document.text, offsets, clause.start, clause.end)
    ]
    if not words or not len(vectors):
        return False
    return float(((own[words] @ vectors.T).max(axis=1) >= token_support).mean()) >= _SCOPE_MATCHED


def _content_words(text: str, offsets: np.ndarray, start: int, end: int) -> list[list[int]]:
    """Token indices of each content word inside ``text[start:end]``: pieces written together
    ("red", "##unda", "##ncies") are one word."""
    words: list[list[int]] = []
    for k in np.nonzero((offsets[:, 0] >= start) & (offsets[:, 1] <= end))[0].tolist():
        joined = (
            words and offsets[k, 0] == offsets[words[-1][-1], 1] and text[offsets[k, 0]].isalnum()
        )
        if joined:
            words[-1].append(k)
        else:
            words.append([k])
    return [
        pieces
        for pieces in words
        if lexical.is_content_word(text[offsets[pieces[0], 0] : offsets[pieces[-1], 1]])
    ]


def _clause_spans(side: Side, cues: list[tuple[Mention, bool]]) -> list[Span]:
    """Clauses, each cut again at the last conjunction before each negative cue and at the
    first "and"/"but" after it: "pleaded not guilty and his lawyer said there was no proof"
    holds two claims, each with its own polarity, and their parities must not add up; "has
    been charged and denies it" is cut the same way, so that it meets "has not been charged |
    and denies it" claim by claim."""
    text = side.document.text
    spans = []
    for sentence in side.sentences:
        for a, b in _negative_subject_joined(sentence.text, lexical.clauses(sentence.text)):
            start, end = sentence.start + a, sentence.start + b
            cuts = set()
            for cue in (m for m, _ in cues if start <= m.start < end):
                # read on past the cue: "should no agreement be reached" is a condition
                # only by what follows "should"
                gaps = [
                    g
                    for g in _CONJUNCTION.finditer(text, start, end)
                    if g.end() <= cue.start and not _joins_subjects(text, start, g)
                ]
                # "without admitting or denying": "or" inside a negation's scope joins what
                # it negates
                while (
                    gaps
                    and gaps[-1].group().strip() == "or"
                    and _NEGATED_ALTERNATIVE.search(text, start, gaps[-1].start() + 1)
                ):
                    gaps.pop()
                if gaps:
                    cuts.add(gaps[-1].start())
                # "would not be rushed and could take up the proposal": the negated claim
                # ends where "and" starts the next
                after = _AND_BUT.search(text, cue.end, end)
                # "Neither of its rivals, A and B, has announced": an "and" inside a negative
                # subject joins what it negates, up to the subject's verb
                if after and _NEGATIVE_SUBJECT.fullmatch(cue.key):
                    verb = _SUBJECT_VERB.search(text, cue.end, end)
                    if verb and after.start() < verb.start():
                        after = _AND_BUT.search(text, verb.end(), end)
                # not "no change to passes for students and pensioners": a word or two
                # after "and" add to what is negated, not a claim of their own
                if after and len(text[after.end() : end].split()) > 2:
                    cuts.add(after.start())
            bounds = [start, *sorted(c for c in cuts if start < c < end), end]
            spans += [side.span(a, b) for a, b in pairwise(bounds)]
    return spans


def _joins_subjects(text: str, start: int, gap: re.Match[str]) -> bool:
    """An "and" between two bare noun phrases before their verb joins two subjects of one
    claim: "Bank details and passwords were not among the stolen data" is not cut before its
    negation; "because of falling numbers and insisted that funding had not fallen" is."""
    if gap.group().strip() not in {"and", "or"} or lexical.has_verb(text[start : gap.start()]):
        return False
    verb = _SUBJECT_VERB.search(text, gap.end())
    return verb is not None and not lexical.has_verb(text[gap.end() : verb.start()])


def _negative_subject_joined(text: str, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A negative subject and its verb are one claim even when an appositive parts them: "No
    rise in council tax, already the highest in the region, is included" negates what "is
    included" says, as "does not include any increase" does."""
    if not clauses or not _NEGATIVE_OPENING.match(text, clauses[0][0]):
        return clauses
    for k in (1, 2):
        if k < len(clauses) and _AUXILIARY_OPENING.match(text, clauses[k][0]):
            return [(clauses[0][0], clauses[k][1]), *clauses[k + 1 :]]
    return clauses


_NEGATIVE_SUBJECT = re.compile(r"neither|none|nobody|nothing|no\s+one")
_AUXILIARY = (
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)"
)
_SUBJECT_VERB = re.compile(rf"\s{_AUXILIARY}\s")
_NEGATIVE_OPENING = re.compile(r"(?:No|Neither|None|Nothing|Nobody|Not\s+a)\b")
_AUXILIARY_OPENING = re.compile(rf"{_AUXILIARY}\b")
"""A clause that opens on its verb: its subject came before, parted from it by commas."""

_NEGATED_ALTERNATIVE = re.compile(
    r"\b(?:without|neither|not|never|no)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s$", re.I
)
"""A negation just before "or": "without admitting or", "not X or"."""
_INVERTED_CONDITION = (
    r"\sshould\s(?=(?:no(?!\s+longer)|any|the|a|an|it|they|there|he|she|we|this|that|these|"
    r"those)\s+(?:[\w’'-]+\s+){0,4}?(?:be|fail|prove|happen|go|come|collapse|break)\b)"
)
"""A condition told by inversion: "should no agreement be reached" is "if no agreement is
reached", a clause of its own."""
_NOT_ALL_BUT = r"(?<!\ball)(?<!\banything)(?<!\beverything)(?<!\bnothing)"
"""Not "all but essential journeys": "but" there means "except", and joins no claims."""
_AND_BUT = re.compile(rf"\sand\s|{_NOT_ALL_BUT}\sbut\s")
_CONJUNCTION = re.compile(
    rf"\s(?:and|or|while|whereas|when|after|before|because|since|although|though|if|unless)\s|"
    rf"{_NOT_ALL_BUT}\sbut\s|[,;]\s|{_INVERTED_CONDITION}"
)


def _polarity_words(side: Side, polar: _Polar) -> str:
    span, cues = polar
    text = "“" + " ".join(span.text.split()) + "”"
    if not cues:
        return f"{text} affirms"
    return " ".join(side.quoted(m) for m, _ in cues) + " in " + text


def _plain_negation(side: Side, cue: Mention) -> bool:
    """A privative verb that negates what follows as plainly as "not": "failed to declare",
    "listings that lack a number" (not "a lack of", not "the talks failed", not "failed to
    win", whose opposite "lost" says the same)."""
    text = side.document.text
    if re.fullmatch(r"fail(?:s|ed)?", cue.key):
        verb = re.match(r"\s+to\s+(?=\w)", text[cue.end :])
        # "failed to win" ~ "lost": a verb with an opposite is left to the antonym rule
        return verb is not None and not any(
            m.start == verb.end() for m in lexical.antonyms(text[cue.end : cue.end + 40])
        )
    if re.fullmatch(r"lack(?:s|ed)?", cue.key):
        return re.search(r"\b(?:a|the|of)\s+$", text[: cue.start]) is None
    return False


_OPPOSITE_WHEN_NEGATED = {
    "not denial": "support",
    "not termination": "continuation",
    "not loss": "continuation",
    "not continuation": "termination",
    "not sufficiency": "insufficiency",
    "not insufficiency": "sufficiency",
}
"""Stances whose negation is another stance: "would not give up her post" keeps it, "did not
have enough staff" had too few."""


def _as_opposites(stances: list[Mention]) -> list[Mention]:
    """Stances with a negated one keyed as the stance it amounts to."""
    return [
        Mention(m.start, m.end, _OPPOSITE_WHEN_NEGATED[m.key])
        if m.key in _OPPOSITE_WHEN_NEGATED
        else m
        for m in stances
    ]


def _negated_opposites(side: Side, stances: list[Mention]) -> list[Mention]:
    """The negations that turned a stance into its opposite: they are spent on that stance
    ("would not give up" ~ "would keep") and negate nothing else. Not where the stance is a
    privative cue itself ("not a shortage of nurses"): there the negation and the privative
    balance, as "enough nurses" holds no cue, and a negation lost ("a shortage of nurses")
    leaves the privative alone."""
    text = side.document.text
    privatives = side.mentions(lexical.privatives)
    return [
        cue
        for cue in side.mentions(lexical.negations)
        # "would not give up": the verb negated; "nobody had been suspended" negates the
        # subject, not the stance
        if _VERB_NEGATION.fullmatch(cue.key)
        and any(
            m.key in _OPPOSITE_WHEN_NEGATED
            and cue.end <= m.start
            and len(text[cue.end : m.start].split()) <= 2
            and not any(p.start < m.end and m.start < p.end for p in privatives)
            for m in stances
        )
    ]


_VERB_NEGATION = re.compile(r"not|never|cannot|\w+n['’]t")


def _negative(
    side: Side, stances: list[Mention], spent: list[Mention] | None = None
) -> list[tuple[Mention, bool]]:
    """Negative cues, each with whether it is a grammatical negation.

    Overlapping cues are one cue ("not able" is one inability, "refused" one refusal), so that
    "unable" and "not able" weigh the same.
    """
    parts = [(m, True) for m in side.mentions(lexical.negations) if m not in (spent or [])]
    # "failed to declare" / "declared": a failure to act negates the act as "did not" does
    parts += [(m, _plain_negation(side, m)) for m in side.mentions(lexical.privatives)]
    # "did not refuse" holds two negative cues, as it did before its stance had a class
    parts += [(m, False) for m in stances if m.key.removeprefix("not ") in _NEGATIVE_STANCES]
    merged: list[tuple[Mention, bool]] = []
    for m, strong in sorted(parts, key=lambda p: (p[0].start, -p[0].end)):
        if merged and m.start < merged[-1][0].end:
            last, last_strong = merged[-1]
            end = max(last.end, m.end)
            merged[-1] = (Mention(last.start, end, last.key), last_strong or strong)
        else:
            merged.append((m, strong))
    return merged


def _stance_change(
    number: int,
    left: Side,
    right: Side,
    documents: DocumentEvidence,
    stance_left: list[Mention],
    stance_right: list[Mention],
    token_support: float,
) -> list[Finding]:
    """The stance rules in turn, each reading the group's stances on both sides."""
    group = _StanceGroup(number, left, right, documents, stance_left, stance_right, token_support)
    return (
        _stance_swapped(group)
        or _silence_broken(group)
        or _stance_replaced(group)
        or _stance_taken(group)
        or _stance_turned_in_place(group)
    )


@dataclass(frozen=True)
class _StanceGroup:
    """One aligned group and the stances each side takes in it."""

    number: int
    left: Side
    right: Side
    documents: DocumentEvidence
    stance_left: list[Mention]
    stance_right: list[Mention]
    token_support: float


def _stance_swapped(group: _StanceGroup) -> list[Finding]:
    """Both sides take a stance, and not the same one (``lexical.stances`` classes).

    The same verb on both sides is the same stance, whatever class its context gave it
    ("has confirmed X as the winner" / "had confirmed X's victory").
    """
    verbs_left = _stance_verbs(group.left, group.stance_left)
    verbs_right = _stance_verbs(group.right, group.stance_right)
    # a loss ("could lose its licence") is taken by nobody: it is compared only with what
    # leans against it ("will keep its licence"), below
    stance_left = [
        m
        for m in group.stance_left
        if _stance_verb(group.left, m) not in verbs_right and m.key != "loss"
    ]
    stance_right = [
        m
        for m in group.stance_right
        if _stance_verb(group.right, m) not in verbs_left and m.key != "loss"
    ]
    # counted, not collected: "declined to comment, while X said it did not comment" /
    # "denied the report, and X said it didn't comment" loses one silence of two
    classes_left = [_SAME_CLASS.get(m.key, m.key) for m in stance_left]
    classes_right = [_SAME_CLASS.get(m.key, m.key) for m in stance_right]
    negative_left = Counter(k for k in classes_left if k in _NEGATIVE_STANCES)
    negative_right = Counter(k for k in classes_right if k in _NEGATIVE_STANCES)
    positive_left = Counter(k for k in classes_left if k not in _NEGATIVE_STANCES)
    positive_right = Counter(k for k in classes_right if k not in _NEGATIVE_STANCES)
    every_gained = (negative_right + positive_right) - (negative_left + positive_left)
    swaps = []
    for ours, theirs in (
        (negative_left, negative_right),
        (positive_left, positive_right),
        (negative_left + positive_left, negative_right + positive_right),
    ):
        # a stance both keep ("has promised" / "has pledged") leaves the one that changed
        # ("has defended its record" / "has admitted failings in its record")
        lost, gained = ours - theirs, theirs - ours
        if lost and gained:
            # the gained stance leaning against the lost one, if any, of either kind:
            # "accepted the findings" / "disputed the conclusions", not the "keeps the
            # catalogue" beside it; of several lost ones, the one whose clause the gained
            # one's re-tells ("a charge the institute denied" / "an accusation the institute
            # did not dispute", not "had ignored warnings")
            a, b = min(
                (
                    (a, b)
                    for a, k in zip(stance_left, classes_left, strict=True)
                    if k in lost
                    for b, j in zip(stance_right, classes_right, strict=True)
                    if j in every_gained
                ),
                key=lambda pair: _swap_rank(group.left, pair[0], group.right, pair[1]),
            )
            if not _taken_by_two_parties(group, a, b):
                swaps.append((a, b))
    if not swaps:
        return []
    # a swap of one kind first, unless one of another kind leans further against the lost
    # stance or stands where the clauses meet
    a, b = min(swaps, key=lambda pair: _swap_rank(group.left, pair[0], group.right, pair[1]))
    return [_stance_finding(group.number, group.left, a, group.right, b)]


def _swap_rank(left: Side, a: Mention, right: Side, b: Mention) -> tuple[int, int]:
    """Lower is the likelier swap: the gained stance leaning most against the lost one
    ("supported the cull" / "objected to it", not "would ask for compensation"), then the
    one whose clause re-tells the lost one's."""
    return _stance_sign(a.key) * _stance_sign(b.key), -_clauses_shared(left, a, right, b)


_SAME_CLASS = {"not support": "refusal"}
"""Stances compared as one: "would not accept the offer" ~ "would refuse the offer"."""


def _taken_by_two_parties(group: _StanceGroup, a: Mention, b: Mention) -> bool:
    """Each stance names who takes it, and not the same party: two sides' positions ("the
    federation is demanding a 12% rise" / "the company has put forward 6.5%"), not one
    position changed."""
    agent_a = _agent_of(group.left, a)
    agent_b = _agent_of(group.right, b)
    return (
        agent_a is not None
        and agent_b is not None
        and not _same_source(agent_a, agent_b, group.left, group.right, group.documents)
    )


def _agent_of(side: Side, stance: Mention) -> Mention | None:
    return next(
        (
            agent
            for agent, taken in side.mentions_pairs(lexical.stance_agents)
            if (taken.start, taken.end) == (stance.start, stance.end)
        ),
        None,
    )


def _stance_verbs(side: Side, stances: list[Mention]) -> set[str]:
    return {_stance_verb(side, m) for m in stances}


def _stance_verb(side: Side, stance: Mention) -> str:
    """The first word of a stance, with its negation: "rejected", "not support"; "didn't
    say" and "did not say" are one verb."""
    words = _uncontracted(side.text_of(stance)).split()
    return ("not " if stance.key.startswith("not ") else "") + (words[0] if words else "")


def _silence_broken(group: _StanceGroup) -> list[Finding]:
    """One side declines to say ("has not said whether any jobs will be affected") where the
    other reports an answer on the same matter ("has said no jobs will be affected"). Either
    way round."""
    left, right = group.left, group.right
    sides = (
        (group.stance_left, right, group.stance_right),
        (group.stance_right, left, group.stance_left),
    )
    for k, (stances, other, other_stances) in enumerate(sides):
        # one silence kept ("declined to comment") does not keep another
        count = sum(m.key == "silence" for m in stances)
        if count <= sum(m.key == "silence" for m in other_stances):
            continue
        this, that = (left, right) if k == 0 else (right, left)
        quiet = _least_retold(this, "silence", stances, that, other_stances)
        negative = _negative(other, other_stances)
        for said in other.mentions(lexical.neutral_reports):
            clause = other.clause(said)
            if any(clause.start <= m.start < said.start for m, _ in negative):
                continue  # "did not say", "would not tell": still silent
            share = other.supported_share(other.span(said.end, clause.end), group.token_support)
            if share is None or share < _SCOPE_MATCHED:
                continue  # another statement in the group
            ours, theirs = (quiet, said) if k == 0 else (said, quiet)
            return [
                make_finding(
                    "DC307",
                    f"original: {left.quoted(ours)} — version: {right.quoted(theirs)}",
                    left.clause(ours),
                    right.clause(theirs),
                    group.number,
                )
            ]
    return []


_STANCE_SIGN = {
    "support": 1, "admission": 1, "confirmation": 1, "commitment": 1, "openness": 1,
    "continuation": 1, "proposal": 1,
    "opposition": -1, "refusal": -1, "denial": -1, "termination": -1, "insufficiency": -1,
    "loss": -1,
}  # fmt: skip
"""Which way a stance leans; silence, consideration, regret, exhortation and inability lean
neither (a negated stance: see ``_stance_sign``)."""
_SIDE_NOT_TAKEN = {"silence", "consideration", "regret"}
"""Stances that take no side on the matter: keeping it open, or voicing sorrow. Replaced by
one that leans, the version takes a side the original did not ("was reviewing the decision"
/ "would challenge the decision"; "regretted the cancellations" / "blamed the musicians")."""


def _stance_sign(key: str) -> int:
    """A negated side-taking stance leans the other way ("would not contest the charges" is
    no denial of them); other negated stances lean neither."""
    if key.startswith("not "):
        base = key.removeprefix("not ")
        return -_STANCE_SIGN.get(base, 0) if base in _TURNED_BY_NEGATION else 0
    return _STANCE_SIGN.get(key, 0)


_TURNED_BY_NEGATION = {"support", "opposition", "denial", "refusal"}


def _stance_replaced(group: _StanceGroup) -> list[Finding]:
    """A stance word replaced by one leaning the other way, counted per class so that a stance
    both sides share elsewhere in the group ("protest", "opposition") does not hide the swap
    ("would challenge the law" / "would accept the law"); declining to comment replaced by a
    position, or still weighing it, counts too."""
    left, right, stance_left, stance_right = (
        group.left,
        group.right,
        group.stance_left,
        group.stance_right,
    )
    ours, theirs = Counter(m.key for m in stance_left), Counter(m.key for m in stance_right)
    lost = [k for k in ours if ours[k] > theirs[k]]
    gained = [k for k in theirs if theirs[k] > ours[k]]
    swaps = []
    for a_key in lost:
        for b_key in gained:
            a_sign, b_sign = _stance_sign(a_key), _stance_sign(b_key)
            side_taken = bool(_SIDE_NOT_TAKEN & {a_key, b_key}) and bool(a_sign or b_sign)
            if a_sign * b_sign < 0 or side_taken:
                a = _least_retold(left, a_key, stance_left, right, stance_right)
                b = _least_retold(right, b_key, stance_right, left, stance_left)
                if _negated_inside(left, a, right, b) or _negated_inside(right, b, left, a):
                    continue  # "pleaded not guilty" / "pleaded guilty": the negation rule's
                swaps.append((a, b))
    if not swaps:
        return []
    # of several swaps, the one leaning furthest the other way, then the one whose clauses
    # re-tell each other ("a charge the institute denied" / "an accusation the institute did
    # not dispute", not "had ignored warnings")
    a, b = min(swaps, key=lambda pair: _swap_rank(left, pair[0], right, pair[1]))
    return [_stance_finding(group.number, left, a, right, b)]


def _clauses_shared(left: Side, a: Mention, right: Side, b: Mention) -> int:
    """How many content words the clauses of two mentions share."""
    return _stems_met(_content_set(left.clause(a).text), _content_set(right.clause(b).text))


def _stems_met(ours: set[str], theirs: set[str]) -> int:
    """How many of ``ours`` have a word of the same stem in ``theirs``."""
    return sum(any(lexical.same_stem(w, t) for t in theirs) for w in ours)


def _negated_inside(side: Side, stance: Mention, other: Side, other_stance: Mention) -> bool:
    """The stance's own words hold a negation the other side's same words lack: "pleaded not
    guilty" / "pleaded guilty"."""
    ours = side.text_of(stance).lower().split()
    return (
        "not" in ours
        and [w for w in ours if w != "not"] == other.text_of(other_stance).lower().split()
    )


def _least_retold(
    side: Side, key: str, mentions: list[Mention], other: Side, other_mentions: list[Mention]
) -> Mention:
    """Of ``side``'s mentions keyed ``key`` (a stance class, an antonym's pole), the one the
    other side's mentions of that key re-tell least: "questioned the reopening" in a version
    that keeps the original's "would oppose any night services" too. With nothing to compare,
    the last one."""
    counterparts = [
        vector
        for m in other_mentions
        if m.key == key and (vector := other.mention_vector(m)) is not None
    ]
    # the same words, contracted or not, are re-told whatever their vectors say: "did not
    # say how" ~ "didn't say how" leaves "declined to comment" as the one lost
    written = {_uncontracted(other.text_of(m)) for m in other_mentions if m.key == key}

    def best_match(mention: Mention) -> float:
        if _uncontracted(side.text_of(mention)) in written:
            return 2.0
        vector = side.mention_vector(mention)
        if vector is None:
            return -1.0
        return max((float(vector @ c) for c in counterparts), default=-1.0)

    return min((m for m in reversed(mentions) if m.key == key), key=best_match)


def _uncontracted(text: str) -> str:
    """Lower case with negations written out: "didn't say" and "did not say" read alike."""
    words = re.sub(r"n[’']t\b", " not", text.lower()).split()
    return " ".join({"wo": "will", "ca": "can", "sha": "shall"}.get(w, w) for w in words)


def _stance_taken(group: _StanceGroup) -> list[Finding]:
    """A claim the original only reports ("said the vote was orderly", "had expected a pause")
    that the version turns into backing or opposing it ("praised the vote", "welcomed the
    rise"): the original takes no stance, reports with a neutral verb, and the version's
    stance, not under a negation ("to stop supporting"), replaces that verb in a clause the
    original carries. A stance both sides take in the same verb ("declined to say when") is
    no stance taken by the original on this claim."""
    left, right, stance_right = group.left, group.right, group.stance_right
    verbs_left = _stance_verbs(left, group.stance_left)
    verbs_right = _stance_verbs(right, stance_right)
    if verbs_left - verbs_right or not left.mentions(lexical.neutral_reports):
        return []
    negative = _negative(right, stance_right)
    for b in stance_right:
        if not _stance_sign(b.key) or _stance_verb(right, b) in verbs_left:
            continue
        clause = right.clause(b)
        if any(clause.start <= m.start < b.start for m, _ in negative):
            continue  # "to stop supporting", "did not back": no stance taken
        if _OBLIGED.search(right.document.text, clause.start, b.start):
            continue  # "still has to approve the deal": a step required, no stance taken
        # a stance inside a claim the version reports ("according to X, crews were fighting
        # the blaze") is part of that claim; but a refusal of what the original reports as
        # done ("declared a holiday" / "according to X, refused to declare one") is not
        sentence = right.sentence_at(b.start)
        refused = b.key in _NEGATIVE_STANCES and _refuses_what_was_done(left, right, b)
        if lexical.neutral_reports(sentence.text) and not refused:
            continue
        share = right.supported_share(right.clause(b), group.token_support)
        if share is None or share < _SCOPE_MATCHED:
            continue
        return [make_finding("DC307", f"original reports it without a stance — version: {right.quoted(b)} ({b.key})", left.whole(), right.clause(b), group.number)]  # fmt: skip
    return []


_OBLIGED = re.compile(
    r"\b(?:(?:has|have|had|need|needs|needed|requires?|required)\s+(?:still\s+|yet\s+)?to|"
    r"(?:is|are|was|were|remains?)\s+(?:still\s+|yet\s+)?to|must)\s+"
    r"(?:(?:still|yet|first|also|now)\s+)?(?:be\s+)?$",
    re.I,
)
"""A step still required, the stance verb after it, active or passive: "still has to approve
the deal", "must still be approved", "needs to be approved", "has yet to be approved", "is
still to be approved"."""


def _required_step(side: Side, stance: Mention) -> bool:
    """A stance verb under a step still required: "must still be approved"."""
    sentence = side.sentence_at(stance.start)
    step = _OBLIGED.search(side.document.text, sentence.start, stance.start)
    # not "was to blame": a bare "is to" is no step still required
    return step is not None and _STILL_REQUIRED.search(step.group()) is not None


_STILL_REQUIRED = re.compile(
    r"\b(?:still|yet|needs?|needed|requires?|required|must|has|have|had)\b", re.I
)


def _stance_turned_in_place(group: _StanceGroup) -> list[Finding]:
    """A stance whose words the version keeps around a stance leaning the other way, when
    counting stances shows nothing because the version has one like it elsewhere: "Local
    business groups oppose it, and 52% of residents are against" / "Local business groups
    support it, and 52 percent of residents opposed it". Stances are placed by the words of
    their claims (cut at conjunctions), the stance words left out; a stance leaning the same
    way placed as well keeps it."""
    left, right = group.left, group.right
    if Counter(m.key for m in group.stance_left) == Counter(m.key for m in group.stance_right):
        # the same stances, told in another order: "had rejected an increase proposed by the
        # committee" / "the committee had proposed an increase, which the council turned down"
        return []
    verbs_left = _stance_verbs(left, group.stance_left)
    for a in group.stance_left:
        sign = _stance_sign(a.key)
        if not sign:
            continue
        placed = [
            (share, b)
            for b in group.stance_right
            if (share := _context_share(left, a, right, b, group.token_support)) is not None
        ]
        # a stance verb the original has too is that stance kept ("interrupted by protesting
        # residents" / "that protesting residents interrupted"), not this one turned
        turned = [
            (share, b)
            for share, b in placed
            if _stance_sign(b.key) == -sign
            and not _placed_alike(group, b)
            and _stance_verb(right, b) not in verbs_left
        ]
        kept = [share for share, b in placed if _stance_sign(b.key) == sign]
        if turned:
            share, b = max(turned, key=lambda p: p[0])
            if share >= _SCOPE_MATCHED and share > max(kept, default=0.0):
                return [_stance_finding(group.number, left, a, right, b)]
    return []


def _placed_alike(group: _StanceGroup, b: Mention) -> bool:
    """The original stance that best stands where ``b`` stands leans ``b``'s way: "have
    vowed to challenge the permit" / "have vowed to take the permit to court" keeps "vowed"."""
    placed = [
        (share, a)
        for a in group.stance_left
        if (share := _context_share(group.right, b, group.left, a, group.token_support)) is not None
    ]
    if not placed:
        return False
    return _stance_sign(max(placed, key=lambda p: p[0])[1].key) == _stance_sign(b.key)


def _context_share(
    left: Side, a: Mention, right: Side, b: Mention, token_support: float
) -> float | None:
    """Share of the content words of ``a``'s claim, its stance words left out, that ``b``'s
    claim holds (None: too little to compare)."""
    offsets, vectors = left.token_matrix()
    other_offsets, other_vectors = right.token_matrix()
    rows = _context_rows(left, offsets, a)
    columns = _context_rows(right, other_offsets, b)
    if len(rows) < _HEAD_WORDS or not columns:
        return None
    sims = vectors[rows] @ other_vectors[columns].T
    return float((sims.max(axis=1) >= token_support).mean())


def _context_rows(side: Side, offsets: np.ndarray, stance: Mention) -> list[int]:
    """First pieces of the content words of the stance's claim, outside the stance: its
    clause cut at the conjunctions around it ("welcomed the recall | but said the company had
    been too slow")."""
    text = side.document.text
    clause = side.clause(stance)
    after = _CONJUNCTION.search(text, stance.end, clause.end)
    end = after.start() if after else clause.end
    return [
        pieces[0]
        for pieces in _content_words(text, offsets, _claim_of(side, clause, stance).start, end)
        if not (offsets[pieces[0], 0] < stance.end and stance.start < offsets[pieces[-1], 1])
    ]


def _refuses_what_was_done(left: Side, right: Side, refusal: Mention) -> bool:
    """The version refuses an act ("refused to declare") that the original reports, with no
    negation, as done ("declared")."""
    act = re.match(r"\s+to\s+(\w+)", right.document.text[refusal.end :])
    return (
        act is not None
        and not _negative(left, [])
        and any(lexical.same_stem(act.group(1).lower(), w) for w in left.words)
    )


def _stance_finding(number: int, left: Side, a: Mention, right: Side, b: Mention) -> Finding:
    """DC307, or DC314 where both stances are of the kinds of turning a thing down
    ("rejected" / "opposed", "denied" / "dismissed"): the side taken is kept, only the manner
    of taking it differs. Not when one turns down a challenge ("decided against any further
    appeal" / "would take the case to court"): refusing to oppose is backing."""
    turned_down = {_SAME_CLASS.get(m.key, m.key) for m in (a, b)} <= _TURNING_DOWN
    same_way = turned_down and not (
        _CHALLENGE_AFTER.match(left.document.text, a.end)
        or _CHALLENGE_AFTER.match(right.document.text, b.end)
    )
    return make_finding(
        "DC314" if same_way else "DC307",
        f"original: {left.quoted(a)} ({a.key}) — version: {right.quoted(b)} ({b.key})",
        left.clause(a),
        right.clause(b),
        number,
    )


_TURNING_DOWN = {"refusal", "opposition", "denial"}
"""Stance classes that all turn a thing down; re-tellings swap their verbs freely."""
_CHALLENGE_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:appeal|appeals|challenge|challenges|contest|fight|"
    r"oppose|opposition|protest|protests|strike|strikes|objection|objections|court)\b",
    re.I,
)
"""A challenge a few words after a stance: what it turns down is itself a challenge."""


_REPORTED = re.compile(
    r"\b(?:said|says|saying|told|telling|announced|stated|stating|insisted|warned|warns|"
    r"warning|added|adding|argued|predicted|cautioned|cautioning|stressed|noted|claimed|"
    r"explained|wrote|according\s+to)\b",
    re.I,
)


def _certainty(number: int, left: Side, right: Side, token_support: float) -> list[Finding]:
    """A hedged claim stated as fact, or a fact hedged.

    Hardening needs the version to assert: no hedge and no purpose/wish/possibility marker
    ("so that", "would", "can") in the group, and either a marker of fact the original lacks
    ("began", "already", "will") or the hedged clause carried over word for word in meaning.
    """
    all_left, all_right = left.mentions(lexical.hedges), right.mentions(lexical.hedges)
    # A hedge both sides keep ("did not rule out" ~ "didn't rule out") does not tell them
    # apart: only the hedges one side lacks count, one for one ("could take six years" kept,
    # "is expected to begin" lost). A hedge word the other side keeps as a hedge-like wording
    # counts as kept too ("officials estimate includes about 48,000" ~ "officials estimate
    # at around 48 000").
    worded_left, worded_right = _worded_hedges(left, all_left), _worded_hedges(right, all_right)
    worded_left, worded_right = (
        _unshared_timetables(worded_left, worded_right),
        _unshared_timetables(worded_right, worded_left),
    )
    # The same hedge word the other side writes where it is no hedge ("its indicated price
    # range" / "the range it had indicated") is a re-wording, not a claim hardened or softened.
    unmatched_left = _unmatched_hedges(all_left, all_right, worded_right)
    hedged_left = [m for m in unmatched_left if not _written_in(right, m)]
    hedged_right = [
        m for m in _unmatched_hedges(all_right, all_left, worded_left) if not _written_in(left, m)
    ]
    # A claim hedged twice stays hedged when one of them goes ("polls suggest the measure may
    # fall short" / "according to polls, the measure may fall short").
    hedged_left = _hedged_alone(left, all_left, hedged_left)
    hedged_right = _hedged_alone(right, all_right, hedged_right)
    # "an estimated 5,000 people" ~ "around 5,000 people": the figure stays approximate
    if right.mentions(lexical.approximations):
        hedged_left = [
            m for m in hedged_left if not lexical.estimates_a_figure(left.document.text, m.start)
        ]
    # a plan re-told as a possibility ("planned to reopen" / "might reopen"), even beside a
    # reported future elsewhere in the sentence ("said he would invest")
    swapped = _strength_swapped(number, left, hedged_left, right, hedged_right, token_support)
    if swapped:
        return swapped
    hedged_left = [m for m in hedged_left if not _intention_reported(left, m, right)]
    hedged_right = [m for m in hedged_right if not _intention_reported(right, m, left)]
    # An inverted "should" re-telling the original's condition ("if rainfall returns" /
    # "should rainfall return") opens nothing new.
    hedged_right = [m for m in hedged_right if not _condition_as_should(left, right, m)]
    # A hedge re-worded in the clause that re-tells it ("plans to seek approval" / "intends
    # to apply for approval") keeps that hedge, not another one the version lost beside it.
    hedged_left, hedged_right = _reworded_apart(
        left, hedged_left, right, hedged_right, token_support
    )
    # A marker both sides share ("if delays continue") does not tell them apart; "would" in
    # reported speech ("rises would follow, she said") is a future stated as sure.
    shared = {m.key for m in left.mentions(lexical.irrealis)}
    open_right = [
        m
        for m in right.mentions(lexical.irrealis)
        if m.key not in shared
        and not (m.key == "would" and _REPORTED.search(right.sentence_at(m.start).text))
        and not _condition_retold(right, m, token_support)
        and not _condition_as_should(left, right, m)
        and not _ability_retold(left, m)
    ]
    # A hedge worded without a hedge word ("has no intention of paying", "until the inquiry
    # is concluded") that the original does not have keeps the claim open.
    known_equivalents = {_hedge_key(m) for m in worded_left}
    if any(m.key == "condition" for m in left.mentions(lexical.causes)):
        known_equivalents.add("if")  # "could begin if" ~ "will start provided": the same condition
    # A hedge the version keeps in other words ("still needs approval" / "still has to
    # approve") keeps that one, not another it lost ("is expected to rule" / "will rule").
    kept = {_hedge_key(m) for m in all_left if m not in unmatched_left}
    kept -= {_hedge_key(m) for m in hedged_left}
    known = {c.key for c in left.mentions(lexical.certainties)}
    certain = [m for m in right.mentions(lexical.certainties) if m.key not in known]
    if "would" not in shared:  # "said he would step in": a future the speaker states as sure
        certain += [
            m
            for m in right.mentions(lexical.irrealis)
            if m.key == "would" and _REPORTED.search(right.sentence_at(m.start).text)
        ]
    # "is likely to claim" / "will seek": an attempt the version states as sure keeps nothing open
    # a timetable answers only an expectation ("is set to last" ~ "is due to run"), not a
    # possibility ("could begin" / "is scheduled to begin")
    expected_lost = any(_hedge_key(m) == "expect" for m in hedged_left)
    equivalents = [
        m
        for m in worded_right
        if _hedge_key(m) not in known_equivalents | kept
        and not _asserted(right, m, certain)
        and not _process_stated(left, m)
        and (expected_lost or not _TIMETABLE.search(m.key))
    ]
    if hedged_left and not hedged_right and not open_right and not equivalents:
        cue = hedged_left[0]
        carried = left.supported_share(left.clause(cue), token_support)
        if not certain and (carried is None or carried < _HEDGE_CARRIED):
            return []
        # the sure marker in the clause that says most of what the hedged claim said, the
        # words after the hedge first, then those around it ("imported packs may carry labels
        # … and that pharmacists would be required" / "packs will have labels, and
        # pharmacists will")
        clause = left.clause(cue)
        hedged_words = _content_set(clause.text)
        text = left.document.text
        claim_end = _CONDITION_OPENS.search(text, cue.end, clause.end)
        after = set(
            _content_list(text[cue.end : claim_end.start() if claim_end else clause.end])[
                :_NEAR_WORDS
            ]
        )
        near = after | set(_content_list(text[clause.start : cue.start])[-_NEAR_WORDS:])

        def says_most(c: Mention) -> tuple[int, int, int]:
            # the hedged claim is what follows the hedge: "and may also seek damages" /
            # "which will also pursue damages", not the clause before it; words that say
            # nothing ("to") tell no clause from another
            said = _content_set(right.clause(c).text)
            return len(after & said), len(near & said), len(hedged_words & said)

        # a sure marker the original also has elsewhere ("will withhold … and may seek" /
        # "would be withheld …, which will also pursue") may still be where the claim went
        shown = [m for m in right.mentions(lexical.certainties) if m not in certain] + certain
        sure = max(reversed(shown), key=says_most, default=None) if certain else None
        fact = f": {right.quoted(sure)}" if sure else ""
        return [
            make_finding(
                "DC304",
                f"original hedges: {left.quoted(cue)} — version states it as fact{fact}",
                left.clause(cue),
                right.clause(sure) if sure else right.whole(),
                number,
            )
        ]
    # A hedge lost in the clause that re-tells its claim, beside hedges the version keeps for
    # other claims ("may be fined and … have licences suspended" / "will be fined and … could
    # have licences suspended").
    lost = hedged_left + _moved_hedges(
        left, all_left, unmatched_left, right, all_right + worded_right, token_support
    )
    blockers = hedged_right + open_right + equivalents
    hardened = _hardened_in_place(number, left, lost, right, certain, blockers, token_support)
    if hardened:
        return hardened
    # "would" in the original is reported future ("said waiting lists would fall"): a claim
    # stated as sure, which a "might" in the version softens; a marker both sides keep ("would
    # face penalties if" / "might face penalties if") explains no new hedge either.
    markers_right = {m.key for m in right.mentions(lexical.irrealis)}
    wishes = [
        m
        for m in left.mentions(lexical.irrealis)
        if m.key != "would" and m.key not in markers_right
    ]
    # "an estimated $310 million" ~ "is estimated to have cost": the original's hedge wording
    hedged_right = [m for m in hedged_right if _hedge_key(m) not in known_equivalents]
    if hedged_right and not hedged_left and not wishes:
        cue = hedged_right[0]
        return [
            make_finding(
                "DC312",
                f"version hedges: {right.quoted(cue)} — original states it as fact",
                left.whole(),
                right.clause(cue),
                number,
            )
        ]
    return []


_NEAR_WORDS = 3
"""Content words either side of a hedge that say what it hedges."""


_CONDITION_OPENS = re.compile(
    r"\b(?:if|unless|when|because|after|before|provided|once|until)\b", re.I
)
"""Where a hedged claim's own words end and its condition or cause begins ("could be
confiscated | if the suspicions were confirmed")."""


def _content_list(text: str) -> list[str]:
    """The content words of a text in order (``_content_set`` keeps no order)."""
    return [w for w in lexical.words(text) if lexical.is_content_word(w)]


_PROBABLE = {"likely", "expect", "plan", "intend"}
"""Hedge keys that say a thing will most likely happen; "may" only says it can."""
_OPEN = {"may", "whether"}
"""Hedge keys that leave the thing open: it can happen ("may"), or is still being weighed
("is considering whether to install" re-telling "plans to install")."""


def _strength_swapped(
    number: int,
    left: Side,
    hedged_left: list[Mention],
    right: Side,
    hedged_right: list[Mention],
    token_support: float,
) -> list[Finding]:
    """A hedge replaced by one of another strength in the clause that re-tells it: "a retrial
    is expected to begin" / "a retrial may start" (softened), "might reopen" / "plans to
    reopen" (hardened), "plans to install" / "is considering whether to install"."""
    for a in hedged_left:
        for b in hedged_right:
            keys = _open_key(a), _open_key(b)
            if not ({keys[0], keys[1]} & _PROBABLE and _OPEN & {keys[0], keys[1]}):
                continue
            share = right.supported_share(right.clause(b), token_support)
            if (
                share is None
                or share < _HEDGE_CARRIED
                or not _retells(left, a, right, b, token_support)
            ):
                continue
            softened = keys[1] in _OPEN
            return [
                make_finding(
                    "DC312" if softened else "DC304",
                    f"original: {left.quoted(a)} — version: {right.quoted(b)} "
                    f"({'softened' if softened else 'hardened'})",
                    left.clause(a),
                    right.clause(b),
                    number,
                )
            ]
    return []


def _open_key(cue: Mention) -> str:
    """The hedge's key, an open question ("it was not yet clear whether") keyed as "whether"."""
    key = _hedge_key(cue)
    return "whether" if key == "not yet" and _OPEN_QUESTION.search(cue.key) else key


_OPEN_QUESTION = re.compile(r"clear|known|certain|decided")


def _retells(left: Side, a: Mention, right: Side, b: Mention, token_support: float) -> bool:
    """The clause around ``b`` says mostly what the clause around ``a`` says: "may face pricing
    pressure" is not re-told by "intends to apply for approval" beside it."""
    offsets, vectors = left.token_matrix()
    clause = left.clause(a)
    rows = [p[0] for p in _content_words(left.document.text, offsets, clause.start, clause.end)]
    return _mostly_within(right, right.clause(b), vectors[rows], token_support)


_SCOPED_TO_CLAUSE = {"may", "might", "could", "can", "would", "should", "if"}
"""Markers that hedge only the clause they stand in: "could have licences suspended" keeps
the suspension open, not the fine stated as sure before it."""


def _hardened_in_place(
    number: int,
    left: Side,
    lost: list[Mention],
    right: Side,
    certain: list[Mention],
    blockers: list[Mention],
    token_support: float,
) -> list[Finding]:
    """A lost hedge whose claim the version re-tells in one clause with a sure marker and no
    hedge: reported even where the version keeps other hedges for other claims. A marker
    outside that clause keeps the claim open unless it hedges only its own clause ("could",
    "if") or re-tells another hedge of the original ("intends to" for "plans to")."""
    hedges = [m for m in right.mentions(lexical.hedges) if not _condition_as_should(left, right, m)]
    for cue in lost:
        for sure in certain:
            clause = right.clause(sure)
            if not (
                _retells(left, cue, right, sure, token_support)
                and _claim_kept(left, cue, right, clause, token_support)
            ):
                continue
            inside = [m for m in hedges + blockers if clause.start <= m.start < clause.end]
            outside = [
                m
                for m in blockers
                if not clause.start <= m.start < clause.end
                and m.key not in _SCOPED_TO_CLAUSE
                and not _retells_another(left, cue, right, m, token_support)
            ]
            if inside or outside:
                continue
            return [
                make_finding(
                    "DC304",
                    f"original hedges: {left.quoted(cue)} — version states it as fact: "
                    f"{right.quoted(sure)}",
                    left.clause(cue),
                    clause,
                    number,
                )
            ]
    return []


def _claim_kept(left: Side, cue: Mention, right: Side, clause: Span, token_support: float) -> bool:
    """Most words of what the hedge hedges (its clause after the hedge) are in ``clause``:
    "may face pricing pressure" in "will come under pricing pressure"."""
    offsets, vectors = right.token_matrix()
    rows = [p[0] for p in _content_words(right.document.text, offsets, clause.start, clause.end)]
    claim = left.span(cue.end, left.clause(cue).end)
    return _mostly_within(left, claim, vectors[rows], token_support)


def _retells_another(
    left: Side, cue: Mention, right: Side, marker: Mention, token_support: float
) -> bool:
    """The version's marker stands in a clause that re-tells another hedge of the original
    ("intends to apply for approval" / "plans to seek approval"): that hedge's counterpart."""
    others = [
        m for m in left.mentions(lexical.hedge_equivalents) if left.clause(m) != left.clause(cue)
    ]
    return any(_retells(left, m, right, marker, token_support) for m in others)


def _moved_hedges(
    left: Side,
    hedges: list[Mention],
    unmatched: list[Mention],
    right: Side,
    theirs: list[Mention],
    token_support: float,
) -> list[Mention]:
    """Possibility hedges ("may") the version matches only with a hedge of another clause:
    "may be fined and … have licences suspended" / "will be fined and … could have licences
    suspended" keeps the "may" for the suspension alone."""
    return [
        m
        for m in hedges
        if m not in unmatched
        and _hedge_key(m) == "may"
        and not any(
            _hedge_key(t) == "may" and _retells(left, m, right, t, token_support) for t in theirs
        )
    ]


def _reworded_apart(
    left: Side,
    ours: list[Mention],
    right: Side,
    theirs: list[Mention],
    token_support: float,
) -> tuple[list[Mention], list[Mention]]:
    """Both sides' unmatched hedges, less each pair where the version's hedge stands in the
    clause that re-tells the original's: one hedge re-worded ("plans to" ~ "intends to")."""
    ours, theirs = list(ours), list(theirs)
    for a in list(ours):
        b = next((b for b in theirs if _retells(left, a, right, b, token_support)), None)
        if b is not None:
            ours.remove(a)
            theirs.remove(b)
    return ours, theirs


def _condition_as_should(left: Side, right: Side, marker: Mention) -> bool:
    """A "should" in the version that opens the original's condition ("if rainfall returns
    to normal" / "should rainfall return to normal", "if there is no rain" / "should no rain
    fall"): the same words follow it as follow an "if" the version no longer writes."""
    if marker.key != "should":
        return False
    ifs = [m for m in left.mentions(lexical.irrealis) if m.key == "if"]
    if len(ifs) <= sum(m.key == "if" for m in right.mentions(lexical.irrealis)):
        return False
    after = _content_set(right.document.text[marker.end : right.clause(marker).end])
    return any(
        len(after & _content_set(left.document.text[m.end : left.clause(m).end]))
        >= _CONDITION_WORDS
        for m in ifs
    )


_CONDITION_WORDS = 2
"""Words an inverted "should" must share with the original's "if" clause to re-tell it."""


def _ability_retold(left: Side, marker: Mention) -> bool:
    """A "can" in the version re-telling the original's "be able to" ("may be able to leave" /
    "can leave"): the ability the original states, not a possibility of its own."""
    return marker.key == "can" and any(
        m.key.endswith("able to") for m in left.mentions(lexical.hedge_equivalents)
    )


_PROCESS = re.compile(r"investigat|examin|review", re.I)
"""Wordings of an inquiry under way ("under investigation", "is being reviewed")."""


def _process_stated(left: Side, wording: Mention) -> bool:
    """An inquiry under way in the version ("the case is being reviewed", "under
    investigation") that the original states as a fact with the same verb ("prosecutors are
    reviewing the case", "it was still investigating"): no hedge the version adds. An inquiry
    the original awaits ("suspended pending an investigation") is no fact stated."""
    if not _PROCESS.search(wording.key):
        return False
    head = lexical.words(wording.key)[-1]
    open_words = {w for m in left.mentions(lexical.hedge_equivalents) for w in lexical.words(m.key)}
    return any(
        w.endswith("ing") and lexical.same_stem(head, w) and w not in open_words for w in left.words
    )


def _condition_retold(side: Side, marker: Mention, token_support: float) -> bool:
    """An "if" whose clause re-tells the group's own words: the original's condition in other
    words ("landlords who fail to register" / "if they fail to register"), no new opening."""
    if marker.key != "if":
        return False
    clause = side.clause(marker)
    share = side.supported_share(side.span(marker.end, clause.end), token_support)
    return share is not None and share >= _SCOPE_MATCHED


_INFERRING = re.compile(r"suggest|indicat|impl|believ|think|thought|fear|suspect", re.I)
"""Hedges that report an inference about a claim that follows them ("polls suggest the
measure may fall short")."""
_CLAIM_AFTER = re.compile(r"(?:(?!\b(?:and|but|or|while|though)\b)[^.;:])*", re.I)


def _hedged_alone(side: Side, hedges: list[Mention], unmatched: list[Mention]) -> list[Mention]:
    """The unmatched hedges, but an inference whose claim keeps a matched hedge of its own
    right after it: that claim is still hedged."""
    text = side.document.text
    matched = [h for h in hedges if h not in unmatched]

    def still_hedged(m: Mention) -> bool:
        return bool(_INFERRING.match(m.key)) and any(
            m.end <= h.start
            and len(text[m.end : h.start].split()) <= _NEAR_WORDS * 2
            and _CLAIM_AFTER.fullmatch(text, m.end, h.start) is not None
            for h in matched
        )

    return [m for m in unmatched if not still_hedged(m)]


def _written_in(side: Side, cue: Mention) -> bool:
    """The cue's word stands in the side's text ("may" aside: it is also the month): its
    first word when that is a content word ("planned" for "planned to"), else all of it."""
    first = cue.key.split()[0]
    word = first if lexical.is_content_word(first) else cue.key
    return cue.key != "may" and any(
        re.search(rf"\b{re.escape(word)}\b", sentence.text, re.I) for sentence in side.sentences
    )


def _asserted(side: Side, wording: Mention, certain: list[Mention]) -> bool:
    """A hedge-like wording right after a sure future ("will push for", "will soon seek",
    "will also be subject to a review")."""
    text = side.document.text
    return any(
        c.key == "will" and re.fullmatch(r"\s+(?:\w+\s+){0,2}", text[c.end : wording.start])
        for c in certain
    )


def _unmatched_hedges(
    ours: list[Mention], theirs: list[Mention], their_wordings: list[Mention]
) -> list[Mention]:
    """Our hedges the other side has no hedge of the same key for, nor a hedge-like wording."""
    free = list(theirs)
    left_over = []
    for m in ours:  # the same word first: "could" keeps "could", leaving "may" unmatched
        same = next((t for t in free if t.key == m.key), None)
        if same is None:
            left_over.append(m)
        else:
            free.remove(same)
    budget = Counter(_hedge_key(t) for t in free)
    worded = {_hedge_key(m) for m in their_wordings}
    unmatched = []
    for m in left_over:
        key = _hedge_key(m)
        # "has not yet decided whether" ~ "is still weighing whether": both leave it open
        near = _UNSETTLED.get(key, key)
        if budget[key] > 0:
            budget[key] -= 1
        elif budget[near] > 0:
            budget[near] -= 1
        elif key not in worded:
            unmatched.append(m)
    return unmatched


_UNSETTLED = {"not yet": "whether", "whether": "not yet"}
"""Hedge keys that say a matter is not settled yet, each standing for the other."""


_TIMETABLE = re.compile(r"\b(?:due|scheduled|slated)\s+to$")
"""A hedge-like wording that is a timetable ("is due to", "scheduled to")."""


def _unshared_timetables(ours: list[Mention], theirs: list[Mention]) -> list[Mention]:
    """Our wordings less as many timetables as the other side has: "witnesses due to testify"
    on both sides answers no hedge lost beside it ("is expected to last" / "will run")."""
    shared = sum(1 for m in theirs if _TIMETABLE.search(m.key))
    kept = []
    for m in ours:
        if shared and _TIMETABLE.search(m.key):
            shared -= 1
        else:
            kept.append(m)
    return kept


def _worded_hedges(side: Side, hedges: list[Mention]) -> list[Mention]:
    """Hedge-like wordings of a side that are not its hedge words themselves."""
    return [
        m
        for m in side.mentions(lexical.hedge_equivalents)
        if not any(m.start < h.end and h.start < m.end for h in hedges)
    ]


_CONDITION_EQUIVALENTS = {"unless", "provided", "subject to"}
"""Hedge equivalents that are conditions: one condition stands for another ("if" ~ "provided")."""


_HEDGE_FAMILIES = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        # "has not ruled out" ~ "remains an option" ~ "is still on the table"
        (r".*?(?:\bru(?:le|led)\s+(?:\w+\s+)*out|exclud|option|on\s+the\s+table)", "rule out"),
        (
            r"(?:could|may|might)$|.*able\s+to$|.*possible$|risk|at\s+risk|in\s+danger|potential",
            "may",
        ),  # "was able to speak" ~ "could talk"
        (r"suspect|on\s+suspicion", "suspect"),  # "on suspicion of" ~ "suspecting it of"
        (r"fear|worried|afraid", "fear"),  # "residents fear" ~ "residents are worried"
        # "meant to protect" ~ "designed to", "aimed at curbing" ~ "meant to curb"
        (r"(?:meant|designed|intended)\s+to|aim", "meant to"),
        (r"intend|intention|intent\b", "intend"),  # "did not intend to" ~ "had no intention of"
        (r"plan", "plan"),
        (r"goal|objective", "meant to"),  # "aims to maintain" ~ "whose goal is to keep"
        # an attempt or demand whose outcome is open: "may seek" ~ "will push for"
        (r"want|demand|seek|sought|appl|ask|request|push|press|pursu|call", "seek"),
        (r"hop(?:e|es|ed|ing|eful)\b", "hope"),
        (r"should|ought", "should"),  # "should have started" ~ "ought to have begun"
        # "the most likely outcome" ~ "the likeliest outcome" ~ "the most probable outcome"
        (r"(?:likel(?:y|iest)|probabl[ey])$", "likely"),
        (r"tr(?:y|ies|ied)|attempt", "try"),  # "would try to govern" ~ "would attempt to lead"
        # "has not yet determined" ~ "had not yet found" ~ "is still unknown": one open question
        (
            r"(?:not|\w+n['’]t)\s+(?:\w+\s+){0,4}?yet|no\s+\w+\s+(?:has|have|had)\s+(?:yet\s+)?been|"
            r"not\s+(?:known|clear|certain)|un(?:clear|known|decided)|still\s+undecided|(?:has|have|had|is|are|was|were)\s+yet\s+to|"
            r"(?:not|\w+n['’]t)\s+(?:said|say|decided|decide|announced|disclosed|revealed)|"
            r"still\s+(?:has|have|had)\s+to|must\s+still|still\s+(?:requires?|needs?)|pending|waiting",
            "not yet",
        ),
        # forecast ~ expected winds; "is set to rise" ~ "is expected to rise"; "is set to lead
        # the merged group" ~ "is due to lead it"
        (
            r"expect|forecast|predict|projected|anticipat|.*\b(?:set|due|scheduled|slated)\s+to",
            "expect",
        ),
        # an approximate figure: "estimated at more than 600" ~ "thought to contain over 600"
        (r"estimat|thought|believed\s+to|put\s", "estimate"),
        (r"suggest|indicat|impl|point", "suggest"),  # "pointed to a problem" ~ "suggested"
        (r"appear|seem", "seem"),  # "appeared to be undamaged" ~ "seemed to be undamaged"
        # "reviewing whether" ~ "looking into whether" ~ "considering buying"
        (
            r".*whether$|consider|weigh|mull|explor|look|th(?:ink|ought)|under\s|be(?:ing|en)?\s",
            "whether",
        ),
    )
)
"""Hedge wordings that say the same thing, folded to one key."""


def _intention_reported(side: Side, cue: Mention, other: Side) -> bool:
    """An intention announced ("announced plans to close a factory") re-told as the future
    the speaker announced ("announced it would close a factory"): the same reported plan."""
    if _hedge_key(cue) not in {"plan", "intend"}:
        return False
    sentence = side.sentence_at(cue.start)
    before = side.document.text[sentence.start : cue.start]
    return bool(_REPORTED.search(before)) and _says(other, _REPORTED_FUTURE)


_REPORTED_FUTURE = re.compile(
    r"\b(?:said|announced|confirmed|declared|stated)\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
    r"(?:would|will)\b",
    re.I,
)


def _hedge_key(cue: Mention) -> str:
    for pattern, key in _HEDGE_FAMILIES:
        if pattern.match(cue.key):
            return key
    return "if" if cue.key in _CONDITION_EQUIVALENTS else cue.key


def _share_with_figures(side: Side, span: Span, other: Side, token_support: float) -> float | None:
    """Share of the span's content words matched in the aligned group, a figure of a value the
    other side states counting as matched ("two weeks" ~ "a fortnight")."""
    support = side.support
    if support is None:
        return None
    words = support.content_words(side.document.text, span.start, span.end)
    if not words:
        return None
    values = {_value(m) for m in other.mentions(lexical.numbers)}
    figures = [
        m
        for m in side.mentions(lexical.numbers)
        if span.start <= m.start < span.end and _value(m) in values
    ]

    def in_figure(word: list[int]) -> bool:
        start, end = int(support.offsets[word[0], 0]), int(support.offsets[word[-1], 1])
        return any(m.start <= start and end <= _unit_end(side, m) for m in figures)

    matched = [w for w in words if in_figure(w) or float(support.group[w].min()) >= token_support]
    return len(matched) / len(words)


def _unit_end(side: Side, figure: Mention) -> int:
    """The end of a figure with the unit word after it ("two weeks")."""
    unit = re.match(r"\s+[a-z]+", side.document.text[figure.end :])
    return figure.end + unit.end() if unit else figure.end


def _causes(number: int, left: Side, right: Side, token_support: float) -> list[Finding]:
    """A cause or condition in the version that the original group does not state, or states
    differently (another cause; a condition become a cause).

    The connective alone is not enough: "because" linking two things the original also says
    is a re-wording ("after no candidate won" / "because no candidate won"); the clause it
    introduces must be unsupported by the aligned original.
    """
    ours = left.mentions(lexical.causes)
    theirs = right.mentions(lexical.causes)
    kept = [m for m in ours if _cue_carried(left, m, token_support)]
    found = []
    for cue in theirs:
        clause = right.clause(cue)
        claim = right.span(max(clause.start, cue.start), clause.end)
        supported = _share_with_figures(right, right.span(cue.end, claim.end), left, token_support)
        # "after a fire caused by a leaking pipeline broke out at the refinery": a connective
        # that takes a noun names the cause in the words after it, even when the clause runs
        # on with supported words; a clause after "if" or "because" is judged whole
        head = None
        new_word = False
        if re.search(r"\b(?:by|to|of|on|from)$", right.text_of(cue)):
            head_span = _cause_head(right, cue, claim)
            head = right.supported_share(head_span, token_support)
            # a new word in the head tells a new cause only where the original gives none: a
            # cause of its own re-told ("blamed the overrun on higher prices" / "caused by
            # dearer steel") may trade its words for looser ones
            new_word = (
                not ours
                and not lexical.credits_a_cause(left.whole().text)
                and _names_something_new(right, head_span)
            )
        unsupported = (
            (supported is not None and supported < _CAUSE_SUPPORTED)
            or (head is not None and head < _CAUSE_SUPPORTED)
            or new_word
        )
        quoted = " ".join(claim.text.split())
        same = [m for m in ours if m.key == cue.key and m not in kept]
        other = [m for m in ours if m.key not in {t.key for t in theirs}]
        if any(m.key == cue.key for m in kept) and not unsupported:
            continue  # the original's own condition (or cause), re-worded
        if same and not any(m.key == cue.key for m in kept):
            if unsupported:
                found.append(make_finding("DC311", f"original: {left.quoted(same[0])} … — version: “{quoted}”", _cue_clause(left, same[0]), claim, number))  # fmt: skip
            continue
        if other:
            found.append(make_finding("DC311", f"original states a {other[0].key} — version states a {cue.key}: “{quoted}”", _cue_clause(left, other[0]), claim, number))  # fmt: skip
            continue
        if unsupported:
            found.append(make_finding("DC206", f"version adds a {cue.key}: “{quoted}” — the original states none", None, claim, number))  # fmt: skip
    return found


_CAUSE_HEAD_WORDS = 3
"""Content words after a connective that name the cause itself ("caused by a leaking
pipeline", "due to a lack of train drivers")."""


def _cause_head(side: Side, cue: Mention, claim: Span) -> Span:
    """The first few content words after a cause connective, within its clause."""
    text = side.document.text
    ends = [
        m.end()
        for m in re.finditer(r"[\w’'-]+", text[cue.end : claim.end])
        if lexical.is_content_word(m.group())
    ]
    if not ends:
        return side.span(cue.end, claim.end)
    return side.span(cue.end, cue.end + ends[min(len(ends), _CAUSE_HEAD_WORDS) - 1])


def _names_something_new(side: Side, head: Span) -> bool:
    """A cause whose head holds a word nothing in the other document comes near ("driven by
    a rise in copper prices" where the original names no copper): the words beside it may
    echo the claim ("rise", "prices"), the cause is still new."""
    support = side.support
    if support is None:
        return False
    words = support.content_words(side.document.text, head.start, head.end)
    return any(support.absent(word, ABSENT) for word in words)


def _cue_carried(side: Side, cue: Mention, token_support: float) -> bool:
    """The other side still says what this cause or condition says."""
    share = side.supported_share(_cue_clause(side, cue), token_support)
    return share is not None and share >= _CAUSE_SUPPORTED


def _cue_clause(side: Side, cue: Mention) -> Span:
    """A connective and the clause it introduces: "because of a shortage of train drivers"."""
    clause = side.clause(cue)
    return side.span(max(clause.start, cue.start), clause.end)
