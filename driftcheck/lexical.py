"""Lexical evidence inside one sentence: figures, names, quotes, negation and hedges.

The findings stage compares these between aligned sentences. Each extractor returns
``Mention``s with character offsets into the text it was given and a normalised ``key`` so that
surface variants ("10,000" / "10 000", "U.S." / "US", "first" / "1") compare equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Mention:
    """A piece of evidence: ``text[start:end]`` and its comparison key."""

    start: int
    end: int
    key: str


_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "half": 0.5, "halved": 0.5, "twice": 2, "double": 2, "doubled": 2, "tripled": 3, "triple": 3,
    "fortnight": 14, "fortnightly": 14,
    # an age by its decade: "in her fifties" == "in her 50s"
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
    "eighties": 80, "nineties": 90,
}  # fmt: skip
_MULTIPLIERS = {"twice", "double", "doubled", "tripled", "triple", "halved"}
_EVERY_OTHER = re.compile(r"\bevery\s+other\b(?=\s+(?:day|week|month|year|season)\b)", re.I)
_ONE_UNIT = re.compile(
    r"[\s-]+(?:and\s+a\s+half\s+)?(?:second|minute|hour|day|week|month|year|percent|per\s+cent|"
    r"point|metre|kilometre|mile|kilogram|tonne|dollar|euro|pound)s?\b",
    re.I,
)
"""After "one", a unit: the figure ("one minute and 12 seconds"), not the pronoun."""
_AGE_GROUP = re.compile(r"\b(?:under|over)-([a-z]+?)(?:s|ies)\b", re.I)
"""An age group named by its bound in words: "the under-fives", "the over-sixties"."""
_TIMES_AFTER = re.compile(r"\s+times\b", re.I)
"""A figure before "times" is a multiplier ("three times the estimate" ~ "twice")."""
_ORDINAL_WORDS = {
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip
_SOFT_WORDS = {"both": 2, "pair": 2, "couple": 2}
SOFT = "~"
"""Key prefix of a soft figure: an ordinal ("first"), "both", "a pair of". A re-telling drops or
adds these freely ("the first week of June" / "early June", "the two sides" / "both sides"), so
they match figures of the same value but are never reported as dropped or added on their own."""
_SCALES = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6, "k": 1e3,
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*-?\s*(thousand|million|billion|trillion|bn)\b)?(?!\d)",
    re.IGNORECASE,
)
_SCALED_RANGE_END = re.compile(
    r"\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*-?\s*(thousand|million|billion|trillion|bn)\b", re.I
)
"""The second figure of a range, with the scale both share ("182-188 million")."""
_CURRENCY_BEFORE = re.compile(r"[$€£¥]\s?$")
_ATTACHED_SCALE = re.compile(r"(bn|m|k)\b", re.I)
_PLURAL_NOUN_AFTER = re.compile(
    r"\s+(?!(?:long|high|tall|deep|wide|thick)\b)(?:[a-z-]+\s+)?[a-z]+s\b"
)
"""After "2.3m": a count of things ("2.3m counterfeit items"), so millions, not metres."""
_SPAN_OF_YEARS = re.compile(
    r"(?:\b(?:a|one|the\s+(?:past|last|previous|next|coming|following))[\s-]+|(?<=\bfirst\s))"
    r"(decade|century)\b",
    re.I,
)


def _right_after(*words: str) -> str:
    """A lookbehind for any of ``words`` with a space just before the match ("are planning",
    "was considering"): the pattern of a word that means something only after them."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words) + ")"


_COMPARATIVES = r"(?:smaller|larger|bigger|lower|higher|more|less|fewer|cheaper)"
_FRACTION = re.compile(
    # not "a year and a half": the half belongs to the period
    r"(?<!\band\s)\b(a|one|two|three|four)[\s-]+(half|third|quarter|fifth|tenth)s?\b"
    rf"(?=\s+of\b|\s*[.,;]|$|\s+{_COMPARATIVES}\b)|"
    r"(?<=\bby\s)(a|one|two|three|four)[\s-]+(half|third|quarter|fifth|tenth)s?\b"
    r"(?![\s-]+(?:percentage[\s-]+)?points?\b|\s+of\b)|"
    r"\b(a|one|two|three)[\s-]+(half|quarter)(?=[\s-]+(?:percentage[\s-]+)?points?\b)|"
    r"(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in (
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "some",
            "over",
            "than",
            "under",
            r"up\sto",
            r"as\smuch\sas",
            r"at\sleast",
            r"at\smost",
        )
    )
    + r")"
    r"(a|one|two|three|four)[\s-]+(half|third|quarter|fifth|tenth)s?\b"
    r"(?![\s-]+(?:percentage[\s-]+)?points?\b)",
    re.I,
)
"""A fraction of a whole, a change by a fraction ("cut by a quarter" == "by 25 percent"), a
fraction of a point ("a quarter-point cut" == "a quarter of a percentage point"), or an
approximate share ("about a fifth gave up" == "one in five stopped")."""
_COMPARATIVE_AFTER = re.compile(rf"\s+{_COMPARATIVES}\b", re.I)
_BY_BEFORE = re.compile(
    r"\b(?:by|in)\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|(?:more|less)\s+than)\s+)?$",
    re.I,
)
_HALF_OF_A_UNIT = re.compile(r"\s+an?\b", re.I)
"""After "by half": a unit ("by half a percentage point") rather than a share."""
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_WEEKS_AFTER = re.compile(r"\s*-?\s*weeks?\b", re.I)
_DECADES_AFTER = re.compile(r"\s*-?\s*decades?\b", re.I)
_CENTURIES_AFTER = re.compile(r"\s*-?\s*centur(?:y|ies)\b", re.I)
_HOURS_AFTER = re.compile(r"\s*-?\s*hours?\b", re.I)
_MONTHS_AFTER = re.compile(r"\s+months\b", re.I)
_METRIC_FACTORS = {
    "tonne": 1e3, "ton": 1e3, "kilometre": 1e3, "kilometer": 1e3, "km": 1e3,
    "gigabyte": 1e3, "gb": 1e3, "terabyte": 1e6, "tb": 1e6,
    "megawatt": 1e3, "mw": 1e3, "gigawatt": 1e6, "gw": 1e6,
}  # fmt: skip
"""Metric multiples counted in their base unit (kilograms, metres, megabytes, kilowatts), so
that "1.4 tonnes" == "1,400 kilograms" and "2 km" == "2,000 metres"."""
_METRIC_AFTER = re.compile(
    r"\s*-?\s*(tonne|ton|kilomet(?:re|er)|km|gigabyte|gb|terabyte|tb|megawatt|mw|gigawatt|gw)s?\b",
    re.I,
)
_HOUR_AND_A_HALF = re.compile(
    r"\b(?:(an|one|two|three|four|five|six|\d+)\s+hours?\s+and\s+(?:a\s+)?(half|quarter|"
    r"three\s+quarters)|(half|(?:a\s+)?quarter\s+of)\s+an\s+hour)\b",
    re.I,
)
_HOURS_AND_MINUTES = re.compile(
    r"\b(an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+hours?,?\s+and\s+"
    r"(\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)\s+minutes?\b",
    re.I,
)
"""Hours and minutes counted in minutes: "one hour and 25 minutes" re-tells "85 minutes". Not
"2 hours 16 minutes", which a race result re-tells as "2:16"."""
_MINUTE_AND_A_HALF = re.compile(
    r"\b(?:(an?|one|two|three|four|five|\d+)\s+minutes?\s+and\s+a\s+half|(half)\s+a\s+minute)\b",
    re.I,
)
"""Minutes and a half counted in seconds: "a minute and a half" re-tells "90 seconds"."""
_A_WEEK = re.compile(
    r"(?<!\bper\s)(?<!\btimes\s)(?<!\bonce\s)(?<!\btwice\s)\b(?:a|one)\s+week\b", re.I
)
"""A week is seven days ("within a week" ~ "within seven days"); a rate ("twice a week") is not."""
_AND_A_HALF = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+and\s+a\s+half\b",
    re.I,
)
_HOUR_PARTS = {
    "half": 30,
    "quarter": 15,
    "quarter of": 15,
    "a quarter of": 15,
    "three quarters": 45,
}
_CARDINALS = {
    w: v for w, v in _NUMBER_WORDS.items() if v == int(v) and 0 < v < 100 and w.isalpha()
} | {"a": 1, "an": 1}
_BIG = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_CARDINAL_WORD = "|".join(
    sorted(
        (w for w in _CARDINALS if w not in ("a", "dozen", "fortnight", "fortnightly")),
        key=len,
        reverse=True,
    )
)
_COMPOUND_NUMBER = re.compile(
    rf"\b(?:{_CARDINAL_WORD}|a)(?:(?:[\s-]+|\s+and\s+)(?:{_CARDINAL_WORD}|hundred|thousand|million|billion))+\b",
    re.I,
)
_HALF_HOUR = re.compile(r"\bhalf[\s-]hour(?:ly)?\b", re.I)
_ONE_IN = re.compile(
    r"\b(?:(one|1)\s+(?:[a-z-]+\s+){0,2}?|(two|three|four|five|six|seven|eight|nine|\d)\s+)in\s+(?:every\s+)?"
    r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"(?!\s+(?:thousand|hundred|million|seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
    r"games?|matches|races?|attempts?|tries)\b)",
    re.I,
)
"""A share written as one in N: the percentage it is ("one in five" == "a fifth" == 20%)."""
_EVERY_SCALE = re.compile(r"\b(?:every|each|per)\s+(hundred|thousand|million)\b", re.I)
_CENTS_AFTER = re.compile(r"(?:\s+(?:cents?|pence)|p)\b", re.I)
_BASIS_POINTS_AFTER = re.compile(r"[\s-]+basis[\s-]+points?\b", re.I)
_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+(thousand|million|billion|trillion))?\b",
    re.IGNORECASE,
)
_PART_OF_YEAR = re.compile(
    r"\b(?:first|second|third|fourth|final|last)\s+(half|quarter)(?=\s+of\s+(?:the\s+|this\s+|"
    r"last\s+|next\s+)?(?:year|\d{4})\b)",
    re.I,
)
"""A half or a quarter of a year counts its months: "the first half of the year" re-tells
"the first six months"."""
_PART_CODE = re.compile(r"\b([HQ])[1-4]\b")
"""A half or a quarter written as a code ("H2", "Q4"): its months, as a half written out, but
never reported alone ("Q4 sales" / "fourth-quarter sales")."""
_YEAR_AND_A_HALF = re.compile(
    r"\b(?:an?|one)\s+year\s+and\s+a\s+half\b|\b(?:one\s+and\s+a\s+half|1\.5)\s+years\b", re.I
)
"""A year and a half counts its months, as "18 months" is the usual re-telling; so does half
a year ("six months")."""
_IN_A_ROW = r"\s+(?:in\s+a\s+row|running|straight)\b"
"""After an ordinal period, a count, not a period: "for a fourth quarter in a row"."""
_HALF_PERIOD = re.compile(
    r"\b(?:first|second|third|fourth|final|last)[\s-]+(half|quarter)\b"
    rf"(?!\s+of\b|[\s-]+(?:time|century|mile|final|finals|point)\b|{_IN_A_ROW})",
    re.I,
)
"""A half or a quarter with no "of" after it is a reporting period ("a net loss for the first
half", "first-half revenue", "in the first quarter"): six or three months, compared but never
reported alone, as a match's second half is no figure."""
_HALF_A_YEAR = re.compile(r"\bhalf\s+a\s+year\b", re.I)
_EVERY_QUARTER = re.compile(r"\b(?:every|each|per)\s+quarter\b|\bquarterly\b", re.I)
"""A quarter as a period of recurrence ("inspections every quarter", "quarterly reports"):
three months, compared but never reported alone."""
_YEARS_IN_MONTHS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s+"
    r"years?\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?|"
    r"\s+and\s+a\s+half\s+years|\.5\s+years)\b",
    re.I,
)
"""Years and months counted in months: "seven years and six months" re-tells "seven and a
half years"."""
_RANK_BEFORE_SUPERLATIVE = re.compile(
    r"\b(second|" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))[\s-]+(?:largest|"
    r"biggest|highest|lowest|busiest|oldest|richest|poorest|smallest|strongest|weakest|"
    r"fastest|deadliest|worst|best|most|least|longest|youngest)\b",
    re.I,
)
"""A rank before a superlative is a figure, not a soft ordinal: "fourth-largest" is not
"second-biggest"."""
_HALVE = re.compile(r"\bhalv(?:e|es|ed|ing)\b", re.I)
_SCORE_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+to\s+|-to-)$",
    re.I,
)
"""A figure then "to" before "one": a score or a vote ("four to one" == "4-1")."""
_SOFT_WORD = re.compile(
    r"\b(?:(" + "|".join(_ORDINAL_WORDS) + r")|(both)|an?\s+(pair|couple)\s+of)\b", re.I
)


_SEQUENCE = r"(?:round|stage|phase|leg|game|heat|part|step|level|tier)"
_SEQUENCE_BEFORE = re.compile(rf"\b{_SEQUENCE}\s+$", re.I)
_SECOND_IN_SEQUENCE = re.compile(rf"\bsecond(?=[\s-]+{_SEQUENCE}\b)", re.I)
"""A place in a sequence, an ordinal either way: "the second round" ~ "round two"."""


_TWO_LISTED = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\s+(and)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?\1\b", re.I
)
"""Two of a kind listed one by one: the pair a count names ("two men, aged 44 and 51")."""


def numbers(text: str) -> list[Mention]:
    """Figures written in digits or words, keyed by their value.

    Durations in weeks are keyed in days ("two weeks" == "14 days"), decades in years, "an hour
    and a half" in minutes; basis points in percentage points ("25 basis points" == "0.25 percentage
    points"); number words read together ("twenty-three", "two hundred and five").
    """
    found: list[Mention] = []

    def add(start: int, end: int, value: float, soft: bool = False) -> None:
        if any(m.start < end and start < m.end for m in found):
            return
        # "3.5 times more" ~ "one and a half times": a multiplier, compared but never alone
        soft = soft or _TIMES_AFTER.match(text, end) is not None
        if value == 12 and _MONTHS_AFTER.match(text, end):
            # "in the 12 months to October" re-tells "in the year to October", "less than 12
            # months" "shorter than a year": compared with another figure, never alone
            soft = True
        if soft:
            pass  # "the first week" is an ordinal, not seven days
        elif _WEEKS_AFTER.match(text, end):
            value *= 7
        elif _DECADES_AFTER.match(text, end):
            value *= 10
        elif _CENTURIES_AFTER.match(text, end):
            value *= 100  # "two centuries" == "200 years"
        elif _HOURS_AFTER.match(text, end) and value >= 24 and value % 24 == 0:
            value /= 24  # "a 48-hour strike" == "a two-day strike"
        elif _BASIS_POINTS_AFTER.match(text, end) or _CENTS_AFTER.match(text, end):
            value /= 100  # "15 cents" == "€0.15"
        elif metric := _METRIC_AFTER.match(text, end):
            value *= _METRIC_FACTORS[metric.group(1).lower()]
        found.append(Mention(start, end, (SOFT if soft else "") + _number_key(value)))

    for match in _RANK_BEFORE_SUPERLATIVE.finditer(text):
        rank = match.group(1).lower()
        value = 2.0 if rank == "second" else _ORDINAL_WORDS.get(rank) or float(rank[:-2])
        add(match.start(), match.end(1), value)
    for match in _YEAR_AND_A_HALF.finditer(text):  # "a year and a half" == "18 months"
        add(match.start(), match.end(), 18.0)
    for match in _YEARS_IN_MONTHS.finditer(text):  # "7 years and 6 months" == "7.5 years"
        months = _word_or_digits(match.group(2)) if match.group(2) else 6.0
        add(match.start(), match.end(), _word_or_digits(match.group(1)) * 12 + months)
    for match in _HOURS_AND_MINUTES.finditer(text):  # "one hour and 25 minutes" == "85 minutes"
        words = re.split(r"[\s-]+", match.group(2).lower())
        minutes = (
            float(match.group(2))
            if match.group(2).isdigit()
            else _compound_value(words)
            if all(w in _CARDINALS for w in words)
            else None
        )
        if minutes is not None:
            add(match.start(), match.end(), _word_or_digits(match.group(1)) * 60 + minutes)
    for match in _HALF_PERIOD.finditer(text):  # "for the first half" ~ "in the first six months"
        add(match.start(1), match.end(1), 6.0 if match.group(1).lower() == "half" else 3.0, True)
    for match in _EVERY_QUARTER.finditer(text):  # "every quarter" ~ "every three months"
        add(match.start(), match.end(), 3.0, True)
    for match in _HALF_A_YEAR.finditer(text):  # "half a year behind" == "six months later"
        add(match.start(), match.end(), 6.0)
    for match in _HALF_HOUR.finditer(text):  # "every half hour" == "every 30 minutes"
        add(match.start(), match.end(), 30.0)
    for match in _ONE_IN.finditer(text):  # "one in five shops" == "a fifth of the shops"
        share = _word_or_digits(match.group(1) or match.group(2)) / _word_or_digits(match.group(3))
        if share < 1:  # "three in five patients" == "60 percent"; not "4 in 2025"
            add(match.start(), match.end(), round(100 * share, 1))
    for match in _NUMBER.finditer(text):
        value = float(re.sub(r"[,\u00a0\u202f ]", "", match.group(1)))
        end = match.end()
        if match.group(2):
            value *= _SCALES[match.group(2).lower()]
        elif scale := _ATTACHED_SCALE.match(text, match.end()):
            unit = scale.group(1).lower()
            if (
                unit == "bn"
                or _CURRENCY_BEFORE.search(text, 0, match.start())
                or _PLURAL_NOUN_AFTER.match(text, scale.end())
                or _currency_word_after(text, scale.end())
                or _money_in_millions_before(text, match.start())
            ):
                value *= _SCALES[unit]
                end = scale.end()
        elif ranged := _SCALED_RANGE_END.match(text, match.end()):
            value *= _SCALES[ranged.group(1).lower()]  # "182-188 million": both in millions
        add(match.start(), end, value)
    for match in _HOUR_AND_A_HALF.finditer(text):  # "an hour and a half" == "90 minutes"
        hours = 0.0 if match.group(1) is None else _word_or_digits(match.group(1))
        part = " ".join((match.group(2) or match.group(3)).lower().split())
        add(match.start(), match.end(), hours * 60 + _HOUR_PARTS[part])
    for match in _MINUTE_AND_A_HALF.finditer(text):  # "a minute and a half" == "90 seconds"
        minutes = 0.0 if match.group(2) else _word_or_digits(match.group(1))
        add(match.start(), match.end(), minutes * 60 + 30)
    for match in _A_WEEK.finditer(text):  # "within a week" ~ "within seven days": compared only
        add(match.start(), match.end(), 7.0, soft=True)
    for match in _AND_A_HALF.finditer(text):  # "six and a half points" == "6.5 points"
        add(match.start(), match.end(), _word_or_digits(match.group(1)) + 0.5)
    for match in _EVERY_SCALE.finditer(text):  # "one in every thousand" == "one in a thousand"
        add(match.start(), match.end(), float(_BIG[match.group(1).lower()]))
    for match in _COMPOUND_NUMBER.finditer(text):  # "twenty-three", "two hundred and five"
        compound = _compound_value(re.split(r"[\s-]+", match.group().lower()))
        if compound is not None:
            add(match.start(), match.end(), compound)
    for match in _FRACTION.finditer(text):  # "a quarter of a percentage point" == "0.25"
        by_share = (
            match.group(3) is not None
            or match.group(7) is not None
            or _COMPARATIVE_AFTER.match(text, match.end()) is not None  # "a third smaller"
        )
        first = next(k for k in (1, 3, 5, 7) if match.group(k) is not None)
        count_word, denominator = match.group(first, first + 1)
        value = round(
            _NUMBER_WORDS.get(count_word.lower(), 1) / _DENOMINATORS[denominator.lower()], 3
        )
        add(
            match.start(),
            match.end(),
            round(value * 100, 1) if by_share else _as_share(text, match.end(), value),
        )
    for match in _EVERY_OTHER.finditer(text):  # "every other year" == "every two years"
        add(match.start(), match.end(), 2.0)
    for match in _PART_OF_YEAR.finditer(text):  # "the first half of 2024" == "its first six months"
        add(match.start(1), match.end(1), 6.0 if match.group(1).lower() == "half" else 3.0)
    for match in _PART_CODE.finditer(text):  # "H2" ~ "the second half of the year": compared only
        add(match.start(), match.end(), 6.0 if match.group(1) == "H" else 3.0, soft=True)
    for match in _HALVE.finditer(text):  # "would halve infections" == "cut them by half"
        add(match.start(), match.end(), 50.0)
    for match in _SPAN_OF_YEARS.finditer(text):  # "a decade ago" == "ten years ago"
        add(match.start(), match.end(), 10.0 if match.group(1).lower() == "decade" else 100.0)
    for match in _AGE_GROUP.finditer(text):  # "under-fives" == "children under five"
        bound = match.group(1).lower()
        bound = bound if bound in _NUMBER_WORDS else bound + "y"  # "over-sixties"
        if bound in _NUMBER_WORDS:
            add(match.start(1), match.end(), float(_NUMBER_WORDS[bound]))
    for match in _NUMBER_WORD.finditer(text):
        word = match.group(1).lower()
        one_unit = word == "one" and _ONE_UNIT.match(text, match.end()) is not None
        score = word == "one" and _SCORE_BEFORE.search(text, 0, match.start()) is not None
        if word == "one" and not match.group(2) and not one_unit and not score:
            continue  # "one of the", "no one": a pronoun far more often than a figure
        if word == "half" and _PERIOD_AND_A.search(text, 0, match.start()):
            continue  # "the last year and a half": the half is of the period, told with it
        value = float(_NUMBER_WORDS[word])
        if match.group(2):
            value *= _SCALES[match.group(2).lower()]
        elif (
            word == "half"
            and _BY_BEFORE.search(text, 0, match.start())
            and not _HALF_OF_A_UNIT.match(text, match.end())
        ):
            value = 50.0  # "cut by half" == "cut in half" == "a 50% cut" == "halve"
        elif (
            word == "half"
            and _ABOUT_BEFORE.search(text, 0, match.start())
            and not re.match(r"\s+an?\b", text[match.end() :])
        ):
            value = 50.0  # "each paying roughly half" == "each paying about half of it"
        elif word == "half":
            value = _as_share(text, match.end(), value, at_clause_end=False)
        # "double the workforce to 600" is often re-told by its result ("to about 600"):
        # a multiplier is compared when both sides state one, never reported alone.
        multiplier = word in _MULTIPLIERS
        # "one week later" often re-tells "a week later": compared, never reported alone
        # "the two neighbours" names a pair the story already has: likewise
        pair = word == "two" and _THE_BEFORE.search(text, 0, match.start()) is not None
        # "after round two" re-tells "after the second round": a place in a sequence
        sequence = _SEQUENCE_BEFORE.search(text, 0, match.start()) is not None
        # "the three months to September": a period the dates name, not a count
        period = _MONTHS_TO.match(text, match.start()) is not None
        soft = multiplier or one_unit or pair or sequence or period
        add(match.start(), match.end(), value, soft=soft)
    for match in _SOFT_WORD.finditer(text):
        if match.group(1):
            add(match.start(), match.end(), _ORDINAL_WORDS[match.group(1).lower()], soft=True)
        else:
            add(match.start(), match.end(), 2.0, soft=True)
    for match in _SECOND_IN_SEQUENCE.finditer(text):  # "the second round" ~ "round two"
        add(match.start(), match.end(), 2.0, soft=True)
    for match in _TWO_LISTED.finditer(text):  # "a 44-year-old man and a 51-year-old man"
        add(match.start(1), match.end(1), 2.0, soft=True)
    return sorted(found, key=lambda m: m.start)


_UNITS: dict[str, tuple[str, ...]] = {
    "currency:usd": ("$", "us$", "dollar", "dollars", "usd"),
    "currency:eur": ("€", "euro", "euros", "eur"),
    "currency:gbp": ("£", "pound", "pounds", "sterling", "gbp"),
    "currency:jpy": ("¥", "yen", "jpy"),
    "currency:cny": ("yuan", "renminbi", "cny"),
    "currency:chf": ("franc", "francs", "chf"),
    "currency:crown": ("crown", "crowns", "krona", "kronor", "krone", "kroner", "koruna"),
    "currency:rupee": ("rupee", "rupees"),
    "currency:rouble": ("rouble", "roubles", "ruble", "rubles"),
    "currency:lira": ("lira", "liras", "lire"),
    "currency:peso": ("peso", "pesos"),
    "currency:dinar": ("dinar", "dinars"),
    "currency:dirham": ("dirham", "dirhams"),
    "currency:zloty": ("zloty", "zlotys", "zlotych"),
    "currency:forint": ("forint", "forints"),
    "currency:shekel": ("shekel", "shekels"),
    "currency:shilling": ("shilling", "shillings"),
    "currency:florin": ("florin", "florins"),
    "currency:lev": ("lev", "leva"),
    "currency:leu": ("leu", "lei"),
    "currency:kuna": ("kuna", "kunas"),
    "currency:ringgit": ("ringgit", "ringgits"),
    "currency:baht": ("baht",),
    "currency:naira": ("naira",),
    "currency:rand": ("rand",),
    "currency:denar": ("denar", "denars", "denari"),
    "currency:ducat": ("ducat", "ducats"),
    "area:hectare": ("hectare", "hectares", "ha"),
    "area:acre": ("acre", "acres"),
    "area:km2": ("square kilometres", "square kilometers", "sq km", "km2", "km²"),
    "area:mi2": ("square miles", "square mile", "sq mi"),
    "length:mile": ("mile", "miles"),
    "length:metre": (
        "metre",
        "metres",
        "meter",
        "meters",
        "kilometre",
        "kilometres",
        "kilometer",
        "kilometers",
        "km",
    ),
    "length:foot": ("foot", "feet", "ft"),
    "mass:kg": ("kilogram", "kilograms", "kilo", "kilos", "kg", "tonne", "tonnes", "ton", "tons"),
    "data:mb": (
        "megabyte",
        "megabytes",
        "mb",
        "gigabyte",
        "gigabytes",
        "gb",
        "terabyte",
        "terabytes",
        "tb",
    ),
    "power:kw": (
        "kilowatt",
        "kilowatts",
        "kw",
        "megawatt",
        "megawatts",
        "mw",
        "gigawatt",
        "gigawatts",
        "gw",
    ),
    "temperature:c": ("c", "°c", "celsius", "degrees celsius"),
    "temperature:f": ("f", "°f", "fahrenheit", "degrees fahrenheit"),
    "duration:minute": ("minute", "minutes"),
    "duration:hour": ("hour", "hours"),
    "duration:day": ("day", "days", "week", "weeks", "fortnight", "fortnightly"),
    "duration:month": ("month", "months"),
    "duration:year": ("year", "years", "decade", "decades"),
}
"""Units a figure is counted in, by dimension. Weeks count as days and decades as years, as
figures in them are keyed that way ("two weeks" == "14 days"); so do whole days of hours
("48 hours" == "two days") and metric multiples ("tonnes" as kilograms)."""
_CURRENCY_WORDS = frozenset(
    form
    for key, forms in _UNITS.items()
    if key.startswith("currency:")
    for form in forms
    if form.isalpha()
)
"""Words and codes of currencies: "CHF", "francs", "kronor"."""
_UNIT_OF = {word: key for key, words in _UNITS.items() for word in words}
_UNIT_WORDS = "|".join(
    re.escape(w) for w in sorted(_UNIT_OF, key=len, reverse=True) if w[0].isalpha() and len(w) > 1
)
_UNIT_AFTER = re.compile(
    rf"(?:\s*-\s*|\s+)?(?:(?:thousand|million|billion|trillion|bn|m)\b\s*)?"
    rf"(?:(?:US\s+)?({_UNIT_WORDS}|°[cf]|[cf](?![\w]))\b)?(?:\s*\bper\s+({_UNIT_WORDS})\b)?",
    re.IGNORECASE,
)
_SYMBOL_BEFORE = re.compile(r"(US\$|[$€£¥])\s?$", re.IGNORECASE)


def units(text: str) -> list[Mention]:
    """The units figures are counted in ("200 euros per hectare": euro, hectare), keyed
    ``dimension:unit``, so that a figure moved to another unit ("€200 per acre") is seen even
    when its value is unchanged."""
    found: list[Mention] = []
    for figure in numbers(text):
        if symbol := _SYMBOL_BEFORE.search(text, 0, figure.start):
            found.append(Mention(symbol.start(), figure.end, _UNIT_OF[symbol.group(1).lower()]))
        after = _UNIT_AFTER.match(text, figure.end)
        if after is None:
            continue
        for group in (1, 2):
            word = after.group(group)
            unit = _UNIT_OF.get(" ".join(word.lower().split())) if word else None
            if unit == "duration:hour" and numbers(text[figure.start : figure.end]) != [
                Mention(0, figure.end - figure.start, figure.key)
            ]:
                unit = "duration:day"  # whole days of hours are keyed in days by numbers()
            if unit is not None:
                found.append(Mention(figure.start, after.end(group), unit))
    return found


def _word_or_digits(token: str) -> float:
    return float(token) if token.isdigit() else float(_CARDINALS[token.lower()])


def _compound_value(words: list[str]) -> float | None:
    """The value of number words read together ("twenty three" 23, "two thousand five hundred"
    2500); None unless they really compound (two plain figures side by side do not)."""
    total, current, last = 0.0, 0.0, None
    for word in words:
        if word == "and":
            continue
        if word in _BIG:
            if word == "hundred":
                current = (current or 1) * 100
            else:
                total += (current or 1) * _BIG[word]
                current = 0
        elif (
            last is not None
            and last not in _BIG
            and not (_CARDINALS[last] >= 20 > _CARDINALS[word])
        ):
            return None  # "five six", "twenty thirty": not one figure
        else:
            current += _CARDINALS[word]
        last = word
    return total + current if last is not None else None


_SHARE_OF = re.compile(
    r"\s+(?:of\s+(?!an?\b)|(?:the|its|their|his|her|all|those|these)\b)", re.IGNORECASE
)


_CLAUSE_END_AT = re.compile(r"\s*(?:[.,;]|$)")


def _as_share(text: str, end: int, fraction: float, at_clause_end: bool = True) -> float:
    """A fraction of a whole ("a quarter of the budget", "half the coral", "of the budget, a
    quarter.") is the share a percentage gives ("25% of the budget"); "a quarter of a point"
    stays 0.25. A bare "half" closing a clause is not a share ("in the second half.")."""
    share = _SHARE_OF.match(text, end) or (at_clause_end and _CLAUSE_END_AT.match(text, end))
    return round(fraction * 100, 1) if share else fraction


def _number_key(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


_TITLES = {
    "mr", "mrs", "ms", "dr", "gen", "general", "president", "secretary", "minister", "sen",
    "senator", "rep", "gov", "governor", "mayor", "chief", "director", "ambassador", "deputy",
    "acting", "inspector", "prime", "vice", "state", "defense", "defence", "foreign", "lt",
    "col", "colonel", "capt", "captain", "sgt", "prof", "professor", "judge", "justice",
    "former", "new", "top", "head", "spokesman", "spokeswoman", "envoy", "commander",
    "admiral", "rear", "commodore", "marshal", "brigadier", "lieutenant", "sergeant", "chair",
    "chairman", "chairwoman", "chairperson", "chancellor", "commissioner", "treasurer",
}  # fmt: skip
_CONNECTORS = {"of", "for", "&", "de", "la", "del", "al", "bin", "van", "von"}
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "it", "its", "this", "that",
    "these", "those", "there", "they", "we", "he", "she", "i", "you", "our", "their", "his",
    "her", "as", "after", "before", "despite", "however", "instead", "while", "when", "what",
    "which", "who", "for", "from", "with", "by", "to", "of", "no", "not", "nobody", "any",
    "some", "many", "most", "all", "each", "every", "so", "yet", "also", "still", "then",
    "thus", "meanwhile", "now", "today", "yesterday", "tomorrow", "last", "next",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "sic", "more", "less", "only", "even", "just",
    "one", "two", "three", "first", "second", "according", "about", "under", "over", "since",
    "although", "though", "because", "why", "how", "where", "here", "such", "both", "either",
    "neither", "other", "another", "what’s", "it’s", "that’s", "there’s", "let", "do", "does",
    "during", "following", "until", "within", "without", "upon", "across", "among", "between",
    "celsius", "fahrenheit", "led", "km", "kg", "gb", "mb", "tb", "kw", "mw", "gw", "kwh", "mwh",
    "gwh", "chipmaker", "ceo", "cfo", "coo", "cto", "tv", "gdp", "vat", "mp", "mps",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip
_ALIASES = {
    "united states": "US", "america": "US", "usa": "US", "u.s": "US", "us": "US",
    "american": "US", "united kingdom": "UK", "britain": "UK", "british": "UK", "u.k": "UK",
    "uk": "UK",
    "united nations": "UN", "u.n": "UN", "european union": "EU", "e.u": "EU",
}  # fmt: skip
_WORD = re.compile(r"(?<![\w])(?:[A-Za-z][\w’'.-]*[\w]|[A-Za-z])")


def entities(text: str, names: frozenset[str] | None = None) -> list[Mention]:
    """Capitalised names (people, organisations, places), keyed without titles.

    A heuristic, not a tagger: no offline English NER model ships on PyPI from a maintained
    source, and news names are reliably capitalised. A capitalised word opening the text (or
    a sentence inside it) is a name only if ``names`` (words seen capitalised mid-sentence,
    see ``capitalised_words``) has it, it is an acronym, or it is possessive ("Brackley's"):
    "Drivers will be diverted" and "Launched in 2019" have no name, "Russia backed" has.
    Titles stay in the span but not in the key, so "Secretary-General Jens Stoltenberg" and
    "Stoltenberg" match. Compass directions ("the north", "Southern routes") are places too.
    """
    starts = _sentence_starts(text)
    found = []
    for mention in _entity_runs(text):
        word = text[mention.start : mention.end]
        if _names_a_currency(text, mention):
            continue  # "CHF 1.5 million" ~ "1.5 million Swiss francs": a unit, not a name
        if _PART_CODE.fullmatch(word) or _month_span(word):
            continue  # "H2", "Q4", "July-September": a part of the year, not a name
        single = " " not in word.strip()
        bare = re.sub(r"['’]s$", "", word)
        if (
            mention.start in starts
            and single
            and not word.isupper()
            and (names is None or (word not in names and bare not in names))
            and (bare == word or bare.lower() in _NOT_NAMES | _GROUP_NOUNS)
            and not demonym_like(word)
            and not _described_after(text, mention.end)
            and not _joined_names(word)
        ):
            continue
        found.append(mention)
    return sorted(found + _directions(text, found), key=lambda m: m.start)


def _month_span(word: str) -> bool:
    """ "July-September", "April-to-June": months joined, as a quarter is named."""
    parts = re.split(r"\s*[-–]\s*(?:to[-–])?", word)
    return len(parts) > 1 and all(_month(part) in MONTHS for part in parts)


def _money_in_millions_before(text: str, start: int) -> bool:
    """ "losses of 310m krona, far higher than the 180m it had estimated": a bare "m" after
    money counted in millions in the same sentence is millions too, not metres."""
    sentence = text[max(0, start - 200) : start].rsplit(". ", 1)[-1]
    return any(
        _CURRENCY_BEFORE.search(sentence, 0, m.start()) or _currency_word_after(sentence, m.end())
        for m in _MILLIONS_WRITTEN.finditer(sentence)
    )


_MILLIONS_WRITTEN = re.compile(r"\d(?:[\d.,]*\d)?\s?(?:m|bn)\b", re.I)


def _currency_word_after(text: str, end: int) -> bool:
    """ "850m lira": the currency named after the figure makes the "m" millions too."""
    after = re.match(r"\s+([a-z]+)", text[end:])
    return after is not None and after.group(1) in _CURRENCY_WORDS


def _names_a_currency(text: str, mention: Mention) -> bool:
    """A currency code ("CHF", "SEK"), or a nationality naming a currency ("Swiss francs")."""
    word = text[mention.start : mention.end]
    if word.isupper() and word.lower() in _CURRENCY_WORDS:
        return True
    return " " not in word and _currency_word_after(text, mention.end)


_APPOSITIVE_NOUN = re.compile(
    r",\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*),"
)


def _described_after(text: str, end: int) -> bool:
    """A word described as a body or a person right after it is a name, even where it opens
    a sentence: "Greenhall, a rival chain, did not say"; "Kastorp-Vinci, his team, suspended
    him"."""
    match = _APPOSITIVE_NOUN.match(text, end)
    return (
        match is not None and (match.group(1) in BODY_WORDS or match.group(1) in _PERSON_ROLES)
    ) or _ONE_OF_THEM.match(text, end) is not None


_ONE_OF_THEM = re.compile(
    r",\s+(?:the|its|their)\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+|second|third|only)\s+"
    r"(?:[a-z][\w’'-]*\s+)?(?:of|among)\s+(?:the|its|their|all)\b"
)
"""A word set apart as one of a group is a name: "Netlink, the largest of the providers,"."""


_WORD_PREFIXES = frozenset("anti pro non mid post pre ex co neo pan trans inter euro".split())


def _joined_names(word: str) -> bool:
    """ "Kastorp-Vinci", "Sellmark-Bianco": capitalised parts joined by a hyphen are a name
    wherever they stand, since common words keep a lower case after the hyphen; prefixes
    ("Anti-EU", "Mid-March", "Pro-Russian") stay out."""
    parts = re.split(r"[-–]", word)
    return (
        len(parts) > 1
        and all(part[:1].isupper() for part in parts)
        and parts[0].lower() not in _WORD_PREFIXES
    )


def demonym_like(word: str) -> bool:
    """A capitalised word shaped like a nationality ("Chinese", "Italian", "Dutch"): a name
    even at the start of a sentence, and whose a body is ("the Sorrentian foreign ministry")."""
    lowered = word.lower()
    return lowered in _IRREGULAR_DEMONYMS or lowered.endswith(("ese", "ian", "ish"))


_GROUP_NOUNS = {"women", "men", "children", "people", "workers", "parents", "voters"}
_DIRECTION = re.compile(
    r"\b(north|south)(?:[- ]?(east|west))?(?:ern)?\b|\b(east|west)(?:ern)?\b", re.I
)


def _directions(text: str, taken: list[Mention]) -> list[Mention]:
    """Compass points and regions ("the north", "southern", "north-east"), keyed by the
    point, outside capitalised names ("North Korea", "the West Bank")."""
    found = []
    for match in _DIRECTION.finditer(text):
        if any(m.start < match.end() and match.start() < m.end for m in taken):
            continue
        key = "-".join(g.lower() for g in match.groups() if g)
        found.append(Mention(match.start(), match.end(), key))
    return found


def capitalised_words(text: str) -> frozenset[str]:
    """Words written capitalised somewhere other than at a sentence or line start, except a
    word that only qualifies a title ("Trade Minister", "Finance Director")."""
    seen = set()
    for match in re.finditer(r"(?<=[a-z0-9,;:’'”\"—–]\s)(?<![.!?][’'”\"]\s)([A-Z][\w’'-]*)", text):
        following = re.match(r"\s+([A-Za-z]+)", text[match.end() :])
        if following and following.group(1).lower() in _ROLE_WORDS:
            continue
        seen.add(match.group(1))
    return frozenset(seen)


def _sentence_starts(text: str) -> set[int]:
    """Offsets of the first letter of the text and of each sentence or line inside it."""
    starts = {
        m.end() for m in re.finditer(r"(?:^|[.!?]['’”\"]?\s+|\n\s*)[\W\d]*?(?=[A-Za-z])", text)
    }
    return starts


_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _given_name(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A month's short form before a capitalised word is a first name: "Jan Rebane" is a
    person, "Jan. 5" a date."""
    return (
        words[k].group().lower() in _MONTH_ABBREVIATIONS
        and k + 1 < len(words)
        and text[words[k].end() : words[k + 1].start()] == " "
        and _capitalised(words[k + 1].group())
        and words[k + 1].group().lower() not in _NOT_NAMES
    )


def _entity_runs(text: str) -> list[Mention]:
    words = list(_WORD.finditer(text))
    found: list[Mention] = []
    k = 0
    while k < len(words):
        if (
            not _capitalised(words[k].group())
            or (words[k].group().lower() in _NOT_NAMES and not _given_name(text, words, k))
            or _UNIT_SYMBOL.fullmatch(words[k].group())
        ):
            k += 1
            continue
        stop = k + 1
        while stop < len(words):
            word = words[stop].group()
            gap = text[words[stop - 1].end() : words[stop].start()]
            # "Kenya's President" is two names; "the Farmers' Party", "the Lumen Children's
            # Fund" are one: a possessive joins a name only before an organisation's head noun.
            possessive = words[stop - 1].group().endswith(("’s", "'s")) or gap.strip() in ("'", "’")
            if possessive and gap.strip() not in ("", "'", "’"):
                break
            if possessive and (word.lower() not in _ORGANISATION_HEADS or not _capitalised(word)):
                break
            # "U.S. Senate"; "Health Commissioner Dr. Ifeoma Adesanya"
            abbreviation = gap.strip() == "." and (
                "." in words[stop - 1].group() or words[stop - 1].group() in _TITLE_ABBREVIATIONS
            )
            if gap.strip() not in ("", "-", "'", "’", "&") and not abbreviation:
                break  # "&" joins a firm's names: "Harrower & Quarles"
            if _capitalised(word) and (
                word.lower() not in _NOT_NAMES - {"of"} or _given_name(text, words, stop)
            ):
                stop += 1
            elif (
                word.lower() in _CONNECTORS
                and stop + 1 < len(words)
                and _capitalised(words[stop + 1].group())
                and words[stop + 1].group().lower() not in _NOT_NAMES  # "Futures for March"
                and not _person_of_a_firm(text, words, k, stop)
            ):
                stop += 2
            elif _inner_name_word(text, words, stop):
                stop += 2  # "Medics Without Walls": a function word inside a name
            else:
                break
        start, end = words[k].start(), words[stop - 1].end()
        key = _entity_key(text[start:end])
        if key:
            found.append(Mention(start, end, key))
        k = stop
    return found


_INNER_NAME_WORDS = {
    "without",
    "for",
    "the",
    "against",
    "beyond",
    "across",
    "on",
    "in",
    "at",
    "with",
}
"""Function words a name may hold capitalised ("Doctors Without Borders", "Action For
Children")."""


def _inner_name_word(text: str, words: list[re.Match[str]], at: int) -> bool:
    """The word at ``at`` is a function word capitalised inside a name, with a capitalised
    word right after it ("Medics Without Walls")."""
    word = words[at].group()
    return (
        word[:1].isupper()
        and word.lower() in _INNER_NAME_WORDS
        and at + 1 < len(words)
        and _capitalised(words[at + 1].group())
        and words[at + 1].group().lower() not in _NOT_NAMES
        and text[words[at - 1].end() : words[at].start()] == " "
        and text[words[at].end() : words[at + 1].start()] == " "
    )


def _person_of_a_firm(text: str, words: list[re.Match[str]], k: int, of: int) -> bool:
    """ "Lidia Varga of Ostrom Capital" is a person and a firm, where "Bank of England" and
    "Royal Bank of Scotland" are one name: a run of two or more words with no organisation
    word in it, then "of" and a name that ends in a firm or body word."""
    before = [w.group().lower() for w in words[k:of]]
    if words[of].group() != "of" or len(before) < 2:
        return False
    if any(w in _ORGANISATION_HEADS or w in BODY_WORDS or w in FIRM_WORDS for w in before):
        return False
    if any(w in _PERSON_ROLES for w in before):
        return False  # "Chief Executive of Harrow Bank": a title
    end = of + 1
    while end + 1 < len(words) and _capitalised(words[end + 1].group()):
        if text[words[end].end() : words[end + 1].start()].strip():
            break
        end += 1
    last = words[end].group().lower()
    return last in FIRM_WORDS or last in BODY_WORDS


_TITLE_ABBREVIATIONS = {
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Prof",
    "Gen",
    "Col",
    "Lt",
    "Capt",
    "Sgt",
    "Sen",
    "Rep",
    "Gov",
}
"""Titles written short with a full stop, which joins them to the name that follows."""
_UNIT_SYMBOL = re.compile(r"[kMGT](?:Hz|Wh?|B|bps)|Hz")
"""Unit symbols written capitalised ("3.5 GHz", "40 MW"): no names."""


_ORGANISATION_HEADS = {
    "party", "fund", "association", "union", "league", "front", "alliance", "movement",
    "federation", "council", "trust", "foundation", "bank", "hospital", "college", "church",
    "assembly", "congress", "commission", "organisation", "organization", "society", "army",
    "guard", "court", "coalition", "institute", "agency", "committee", "network", "group",
}  # fmt: skip
"""Head nouns of organisations whose names hold a possessive ("Farmers' Party")."""


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _entity_key(name: str) -> str:
    """Lower-case name words without titles or the "-led" of "NATO-led"; aliases folded."""
    cleaned = re.sub(
        r"-(led|based|backed|run|owned|registered|flagged|born|made|built)$",
        "",
        name.strip(" .’'"),
        flags=re.I,
    )
    if re.fullmatch(r"[A-Z]{2,}s", cleaned):
        cleaned = cleaned[:-1]  # a plural acronym: "MPs", "NGOs"
    lowered = cleaned.lower().rstrip(".").replace("’", "'")
    lowered = re.sub(r"\bunited states\b|\bu\.s\.?(?=\s|$)", "us", lowered)
    lowered = re.sub(r"\bunited kingdom\b|\bu\.k\.?(?=\s|$)", "uk", lowered)
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    raw = [t for t in re.split(r"[\s-]+", lowered) if t]
    # a title after "of" names the body ("Court of Justice", "Ministry of Defence")
    named = {i for i in range(1, len(raw)) if raw[i - 1] in {"of", "for"}}
    tokens = [
        (t.rstrip(".’'s") if t.endswith(("’s", "'s")) else t.rstrip("'"), i in named)
        for i, t in enumerate(raw)
        if t not in _CONNECTORS
    ]
    names = [
        t
        for t, after_of in tokens
        if after_of or (t.rstrip(".") not in _TITLES and not _SCIENTIST.search(t))
    ]
    if not names:
        return ""
    folded = " ".join(names)
    return _ALIASES.get(folded, folded)


def title_words(name: str) -> list[str]:
    """The title words of a name as written ("Defense Secretary Lloyd Austin" -> defense,
    secretary)."""
    return [w for w in words(name) if w in _TITLES]


def initials(key: str) -> str:
    """The acronym of a name of several words ("world health organization" -> "who")."""
    parts = [w for w in key.split() if w not in _CONNECTORS | {"and", "the"}]
    return "".join(w[0] for w in parts) if len(parts) >= 2 else ""


_ACRONYM_IN = re.compile(r"(?<![\w-])([A-Z]{2,6})s?(?![\w])(?!-[A-Z])")
"""An acronym, alone or before a hyphen ("AI-generated"), not inside a hyphenated name."""


_OFFICE_ABBREVIATIONS = {
    "hr": "human resources", "pr": "public relations", "it": "information technology",
    "ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating",
    "ai": "artificial intelligence",
}  # fmt: skip
"""Abbreviations of offices and departments whose words are written out with no connective
("HR director" / "director of human resources"), or not all of them ("CEO" / "chief
executive")."""


def spelled_out(name: str, text: str) -> bool:
    """An acronym in ``name`` whose words ``text`` writes out in lower case ("GDP" / "gross
    domestic product", "MPs" / "members of parliament"): not a name, a common noun."""
    for match in _ACRONYM_IN.finditer(name):
        letters = match.group(1).lower()
        if letters in _OFFICE_ABBREVIATIONS:
            written = r"[\s-]+".join(_OFFICE_ABBREVIATIONS[letters].split())
            if re.search(rf"\b{written}\b", text, re.I):
                return True
        # two letters match too much by chance ("UN" / "under new"): they need a connective
        joint = (
            r"\s+(?:of|and|the|for|on)\s+"
            if len(letters) == 2
            else r"\s+(?:(?:of|and|the|for|on)\s+)?"
        )
        pattern = joint.join(rf"{c}[\w'’-]*" for c in letters)
        if re.search(rf"\b{pattern}", text, re.I):
            return True
    return False


def entity_words(key: str) -> set[str]:
    """Name words of an entity key, for matching "Jens Stoltenberg" with "Stoltenberg"."""
    return {w.lower() for w in key.split() if len(w) >= 2}


def quotes(text: str) -> list[Mention]:
    """Quoted passages (inner text), keyed by their lower-cased words.

    A quote opened but not closed in the sentence runs to its end, and a closing mark with no
    opener closes a quote that began in an earlier sentence: news quotes span sentences.
    Straight quotes open after a space and close before one, like curly ones.
    """
    found: list[Mention] = []
    k = 0
    first_open = next((i for i in range(len(text)) if _is_opener(text, i)), -1)
    first_close = next((i for i in range(len(text)) if _is_closer(text, i)), -1)
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        found.append(Mention(0, first_close, _words_key(text[:first_close])))
        k = first_close + 1
    while k < len(text):
        if _is_opener(text, k):
            close = next((i for i in range(k + 1, len(text)) if _is_closer(text, i)), -1)
            end = close if close != -1 else len(text)
            if end - k > 1:
                found.append(Mention(k + 1, end, _words_key(text[k + 1 : end])))
            k = end + 1
        else:
            k += 1
    for match in _SINGLE_QUOTED.finditer(text):
        inside = Mention(match.start(1), match.end(1), _words_key(match.group(1)))
        if len(inside.key.split()) >= 2 and not any(
            m.start < inside.end and inside.start < m.end for m in found
        ):
            found.append(inside)
    return sorted((m for m in found if m.key), key=lambda m: m.start)


_SINGLE_QUOTED = re.compile(
    r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9])([^'‘’\n]*?[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)"
)
"""A passage in single quotation marks, as British copy quotes ("the old name 'belongs to the
people'"), opened after a space and closed before one, within one line and with no apostrophe
inside: a lone apostrophe ("the drivers' union") never opens one."""


def _is_opener(text: str, k: int) -> bool:
    char = text[k]
    if char in "“«„":
        return True
    if char != '"':
        return False
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _is_closer(text: str, k: int) -> bool:
    char = text[k]
    if char in "”»":
        return True
    if char != '"':
        return False
    before = text[k - 1] if k > 0 else " "
    return not before.isspace() and not _is_opener(text, k)


def _words_key(text: str) -> str:
    """Quote words with contractions spelled out: "shouldn't" in a quote is "should not"."""
    spelled: list[str] = []
    for word in words(text):
        if word in _CONTRACTIONS:
            spelled += _CONTRACTIONS[word].split()
        elif word.endswith("n't"):
            spelled += [word[:-3], "not"]
        elif word.endswith(("'re", "'ll", "'ve", "'m")):
            stem, ending = word.split("'")
            spelled += [stem, _CONTRACTED_ENDINGS[ending]]
        else:
            spelled.append(word)
    return " ".join(spelled)


_CONTRACTIONS = {
    "won't": "will not",
    "can't": "can not",
    "cannot": "can not",
    "shan't": "shall not",
}
_CONTRACTED_ENDINGS = {"re": "are", "ll": "will", "ve": "have", "m": "am"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes folded, for overlap measures."""
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", text.lower().replace("’", "'"))


_COUNT_WORDS = "|".join(
    sorted(
        (w for w, v in _NUMBER_WORDS.items() if w.isalpha() and v == int(v) and 2 <= v < 100),
        key=len,
        reverse=True,
    )
)
_PASSED_OVER = (
    r"(?:rather\s+than|instead\s+of)(?!\s+(?:[a-z]+\s+){0,2}?(?:about\s+|around\s+)?"
    rf"(?:[$€£¥\d]|(?:{_COUNT_WORDS})\b))"
)
"""A course passed over for another: "call the coastguard rather than enter the water"; not a
figure replaced ("85 dollars instead of the current 50" ~ "$85, up from $50", "three days
rather than five" ~ "cut from five days to three")."""
BOUND = "less|fewer|more|longer|later|greater|higher|older|bigger|larger"
"""Words that make "not … than" a limit, not a negation: "for no longer than 90 days" ~ "for
90 days at most"."""
_NO_OTHER_MORE = (
    r"\s+(?:other\s+)?[a-z]+(?:\s+[\w’'-]+){0,6}?\s+(?:has|have|had|is|are|was|were)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:more|fewer|bigger|larger|higher|greater|worse|deadlier|longer|"
    r"busier|costlier)\b"
)
"""A superlative told as a comparison: "no crash on the region's railways has claimed more
lives" ~ "the deadliest crash"; "no mammal is trafficked more than the pangolin"."""
_SUPERLATIVE_SINCE = (
    r"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\btheir\s))"
    r"(?!(?:inter|harv|prot|requ|cont|arr|for|w|midw|qu|conqu|inqu|gu|ch|n|r|unr|t|v|p|j|z|cr|"
    r"pri|beh|manif|mod|hon|earn|lat)est\b)"
    r"(?:(?:most|least)(?!\s+recent\b)(?:\s+[a-z]+)?|worst|[a-z]+est)"
    r"(?=\s+(?:[\w-]+\s+){0,3}?(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:[\w-]+\s+)?(?:years|decades|a\s+decade|centuries|a\s+century|a\s+generation)\b))"
)
"""A superlative bounded in time, "the thinnest since 2009", "the most since 2010", "its
lowest in 15 years": none like it before, as "had not been this thin since 2009" says. Nouns
that end in "-est" ("the protest since", "the arrest in", "the modest rise") are none. The
cue is the superlative alone, so that it holds no negation that a version adds."""
_CLEARED_OF = (
    r"(?:clear(?:s|ed|ing)?|exonerat(?:e|es|ed|ing)|absolv(?:e|es|ed|ing))(?=\s+"
    r"(?:[\w’'-]+\s+){0,3}?of\s+(?:(?:any|all|the|personal|criminal)\s+)?(?:[\w-]+\s+)?"
    r"(?:wrongdoing|liability|blame|charges?|responsibility|misconduct|negligence|fraud|murder|"
    r"manslaughter|corruption|guilt|fault|doping|bribery|assault|allegations?|accusations?|"
    r"offen[cs]es?|crimes?|breach\w*)\b)"
)
"""Cleared of a charge, found not guilty of it; not "cleared the road of debris". The cue is
the verb, as "acquitted" is."""
_LATER_DATE = (
    r"(?=\s+(?:\d|(?:the\s+)?(?:next|late|early|mid|end|start|beginning|middle|first|second|"
    r"third|fourth|last|following|spring|summer|autumn|fall|winter|a\s+later)\b|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b))"
)
"""A time that something is pushed back to: "to 2031", "to next year", "to the autumn", "to
a later date"; not "delayed to allow repairs"."""
_NEGATION = re.compile(
    rf"\b(no\s+(?:longer|more)(?!\s+than)|(?<!\bor\s)not(?!\s+(?:{BOUND})\s+than|\s+only\b|(?:\s+\w+){{0,2}}\s+(?:so|as)\s+(?:many|much)\b)|"
    rf"no(?!\.?\s*\d)(?!\s+(?:{BOUND})\s+than)(?!\s+doubt\b)(?!{_NO_OTHER_MORE})|never|none|nobody|nothing|nowhere|neither|nor|"
    rf"cannot|\w+n['’]t|(?<!\bor\s)without|unless|acquit\w*|{_PASSED_OVER}|"
    # "were cleared by a jury" == "acquitted"
    r"cleared\s+by\s+(?:a|the)\s+(?:\w+\s+)?(?:jury|court|judge|judges|tribunal|magistrates?)|"
    # "was cleared of personal liability" ~ "was found not to be personally liable"
    rf"{_CLEARED_OF})\b",
    re.IGNORECASE,
)
_PRIVATIVE = re.compile(
    r"\b(refus\w*|den(?:y|ied|ies|ying)|fail(?:s|ed|ing|ure)?|unable|reject\w*|"
    r"(?:has|have|had|is|are|was|were)\s+(?:yet|still)\s+to|"
    r"escap(?:e|es|ed|ing)\s+(?:a\s+|any\s+)?(?:fines?|penalt\w+|punishment|prosecution|"
    r"charges?|conviction|sanctions?|injur\w+|jail|damage|harm|arrest|detection|capture)|"
    r"rul(?:e|es|ed|ing)\s+(?:(?:it|one|them|this|that)\s+)?out|exclud(?:e|es|ed|ing)|lack(?:s|ed|ing)?|shortages?|scarcity|"
    # "stations were often out of soap" ~ "often had no soap"; not "out of the building"
    + _right_after("is", "are", "was", "were", "ran", "run", "runs", "running", "been", "often")
    + r"out\s+of(?=\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b|this\b|that\b|work\b|office\b|"
    r"power\b|hospital\b|prison\b|jail\b|danger\b|reach\b|order\b|service\b|action\b)[a-z])|"
    r"absen(?:t|ce)|(?:is|are|was|were|be|been|fall|fell|falls|falling|ran|runs|running)\s+short\s+of|"
    r"(?:all|anything|everything|nothing)\s+but|except(?:\s+for)?|waiv(?:e|es|ed|ing)|"
    # "will scrap visa requirements" ~ "will no longer need visas"
    # "after losing a confidence vote" ~ "after a vote of no confidence"
    r"(?:lose|loses|lost|losing)\s+(?:a|the)\s+(?:confidence\s+vote|vote\s+of\s+confidence)|"
    # "will reopen on Monday at the earliest" ~ "will not reopen before Monday"; "last met in
    # March" ~ "has not met since March"; "busier than ever" ~ "never busier"; "few
    # attended" ~ "not many attended"; "the first woman to hold" ~ "no woman had held"
    r"\b(?:on|from|in|by)\s+(?:[\w-]+\s+){1,3}?at\s+the\s+earliest|than\s+ever|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?<=\s)last(?=\s+(?!(?:week|month|year|night|time|season|decade|century)\b)[a-z]+\s+"
    r"(?:in|on)\s+(?:[A-Z]|\d))|"
    r"(?<!\ba\s)(?<!\bA\s)(?<!\bquite\s)few|ignor(?:e|es|ed|ing)|overlook(?:s|ed)?|neglect\w*|"
    # "had left the company" ~ "were no longer with the company"
    r"(?:leave|leaves|left|leaving)\s+(?:the|their|his|her|its)\s+(?:company|firm|party|"
    r"government|club|board|bank|group|post|job|role|office|organi[sz]ation)\b|"
    r"(?<=\bthe\s)first\s+(?:[\w-]+\s+){1,2}?to(?=\s+[a-z]+)|"
    r"(?<!\bthe\s)empty|spar(?:e|es|ed|ing)\s+(?:from\s+)?(?:prosecution|jail|prison|punishment|"
    r"penalt\w+|fines?|charges?)|"
    r"scrap(?:s|ped|ping)?|abolish\w*|beyond\s+(?:repair|saving|recovery|use|control|reach)|"
    # a limit: "should be kept for 90 days at most" ~ "should not be kept for longer than 90 days"
    r"at\s+most|(?:a|the)\s+maximum\s+of|(?:advis|warn|urg|caution|recommend)\w*\s+(?:[\w-]+\s+){0,3}?against(?=\s+\w+ing\b)|"
    r"(?:lose|loses|lost|losing)\s+(?:[\w-]+\s+){0,4}?(?:service|power|electricity|access|"
    r"supply|supplies|connection)|"
    r"miss(?:es|ed|ing)?(?=\s+(?:the|a|an|its|their|his|her|this)\b)|miss(?:es|ed|ing)|stopp(?:ed|ing)|stops?|ceas(?:e|es|ed|ing)|quit|halt(?:s|ed)?|"
    r"hardly|scarcely|impossible|insufficient|ineligible|exempt(?:s|ed|ion)?|"
    r"(?:stay|stays|stayed|staying|keep|keeps|kept)\s+(?:out|away)|"
    # a state kept: "remained shut"; "remained open" ~ "did not close", "will stay the same" ~
    # "will not change"
    r"(?:stay|stays|stayed|staying|remain|remains|remained|kept)\s+"
    r"(?:closed|shut|(?:open|the\s+same|unchanged)\b)|(?:keep|keeps)\s+(?:open|the\s+same|unchanged)\b|"
    # "has kept its main rate on hold" ~ "has not changed its main rate"
    r"(?:keep|keeps|kept|keeping|held|holds|hold|holding|left|leave|leaves|leaving)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:on\s+hold|unchanged|steady)\b|"
    r"(?:keep|keeps|kept|keeping|prevent\w*)\s+(?:[\w-]+\s+){0,3}?from|"
    r"ban(?:s|ned|ning)?|prohibit\w*|forb(?:id|ids|ade|idden)|"
    r"exclud(?:e|es|ed|ing)\b|(?:cut|cuts|cutting)\s+off\b|(?:cut|cuts|cutting)\s+(?:the\s+)?(?:power|electricity)\b|"
    r"un(?:certain|clear|known|sure|aware|willing|successful|confirmed|acceptable|changed|"
    r"harmed|hurt|injured|affected|touched|opposed|answered|paid|resolved|able|available|supported|"
    r"disclosed|named|identified|specified|verified|related|likely|usual|fair|safe|fit|"
    r"lawful|popular|happy|decided|finished|employed|insured|reported|published|armed|"
    r"official|realistic|necessary|prepared|equipped|funded|staffed|occupied|reliabl[ey]|"
    r"vaccinated|registered|documented|licensed|authori[sz]ed|inhabited|detected|explained|"
    r"solved|signed|protected|supervised|accompanied|challenged|contested|serviced|maintained|"
    r"inspected|checked|repaired|treated|tested|monitored|regulated|guarded|enforced|"
    r"opened|used|claimed|spent|sold|delivered|collected|built|seen|noticed|punished|declared|"
    r"filled|damaged|sustainabl[ey]|affordabl[ey]|viable|workable|"
    r"covered(?!\s+(?:the|a|an|its|their|his|her)\b))|"
    # "had gone unfilled" ~ "had not been filled": an un-participle as a lasting state
    r"(?:go|goes|went|gone|going|remain|remains|remained|left|stay|stays|stayed|lie|lies|"
    r"lay|lain|sat|sit|sits)\s+un[a-z]{3,}ed|"
    r"non-\w+|nonexist\w*|"
    r"dis(?:agree|approv|like|allow|obey|trust|believ|qualif|continu|regard|honest|loyal|"
    r"satisf|connect|credit|prove|own)\w*|"
    r"in(?:valid|correct|complete|adequate|accurate|active|capable|consistent|effective|"
    r"efficient|appropriate|conclusive|sufficient|operable|accessible|admissible|compatible|"
    r"reconcilable|secure|stable)\w*|"
    r"im(?:possible|proper|precise|practical|plausible|probable|mature|partial)\w*|"
    r"il(?:legal|legitimate|logical)\w*|ir(?:regular|relevant|responsible|reversible)\w*|"
    r"withh[eo]ld\w*|secret(?:ly)?|evad(?:e|es|ed|ing)|dodg(?:e|es|ed|ing)|(?:kept|keep|keeps|keeping)\s+(?:it\s+)?(?:quiet|private|"
    r"confidential|under\s+wraps)|"
    r"(?:be|take|takes|took|taken)\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?|"
    r"decades?|hours?|a\s+while|some\s+time|time)\s+(?:before|until)|"
    # "has been pushed back to 2031" ~ "will not open until 2031"
    rf"(?:delay(?:s|ed)?|postpon(?:e|es|ed)|put\s+off|pushed\s+back)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:until|to{_LATER_DATE})|"
    r"(?:first|only)\b[^.;:]{0,60}?\bsince|for\s+the\s+first\s+time\s+(?:in|since)|"
    r"first\s+time\b[^.;:]{0,60}?\bin\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?"
    r"(?:[\w-]+\s+)?(?:years|decades|centuries|months)|"
    # "the largest fine it has ever imposed" ~ "has never imposed a bigger fine"
    r"(?:largest|biggest|highest|lowest|worst|best|greatest|deadliest|smallest|longest|most|"
    r"fewest|strongest|heaviest|hottest|coldest|fastest|costliest)\b[^.;:]{0,60}?\bever|"
    # "morale was at an all-time low" ~ "morale had never been lower"
    r"all[\s-]+time\s+(?:low|high)|record\s+(?:low|high)(?!\s+of\b)|"
    # "margins were the thinnest since 2009" ~ "margins had not been this thin since 2009"
    rf"{_SUPERLATIVE_SINCE}|"
    # "fell to their lowest level in nine years" ~ "dropped to a nine-year low"
    r"(?:(?<=\ba\s)|(?<=\ban\s))(?:[\w-]+-year|record|all-time|multi-year)\s+(?:low|high)\b|"
    # "asked not to be named" ~ "asked to remain anonymous"
    r"anonym\w+|"
    r"avoid(?:s|ed|ing)?|(?:leave|leaves|left|leaving)\s+out|"
    # "had been out of service" ~ "had not worked"; "taken out of service" is an act
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|(?<=\bbeen\s)|"
    r"(?<=\bremain\s)|(?<=\bremains\s)|(?<=\bremained\s))"
    r"out\s+of\s+(?:service|order|action|commission|operation)|"
    # "the unpaid wages" ~ "the wages still owed"
    r"(?<=\w\s)still\s+(?:owed|outstanding)(?=\s*[,.;]|\s+(?:to|by|from|in|at|for)\b)|omit(?:s|ted|ting)?|"
    # "free of charge" ~ "at no cost", "visa-free" ~ "without a visa"
    r"free\s+of\s+(?:charge|cost)|(?<!-)free(?!-|\s+(?:to|of|from|the|a|an|them|him|her|his|their|its|"
    r"up|speech|market|trade|agents?|press|kicks?|throws?|will|world|zone)\b)|[a-z]+-free|"
    r"intact)\b",
    re.IGNORECASE,
)


_NOR_INVERTED = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|should|must)\s+"
    r"(?:it|they|he|she|we|there|the|its|their|his|her|any)\b",
    re.I,
)
"""A clause of its own: "nor was it seeking any" negates as "and is not seeking any" does."""


_AUXILIARY_OR_TO = (
    r"(?:to|will|would|can|could|may|might|must|shall|should|are|were|is|was|have|has|had)"
)
"""What follows a "no" that is no determiner: "those who say no will be asked"."""
_SAY_NO = rf"(?:say|says|said|saying)\s+no(?=\s*[,.;:]|\s+{_AUXILIARY_OR_TO}\b)"
"""Saying no is refusing ("parents who refuse" ~ "those who say no"), not a negation of what
follows: not "said no decision had been made"."""
_SAID_NO = re.compile(r"\b" + _SAY_NO, re.I)


def negations(text: str) -> list[Mention]:
    """Grammatical negation cues ("not", "no", "never", "without", "rather than"), keyed by
    the cue.

    "No." before a figure ("world No. 3") is a number sign, not a negation; "nor" after a
    negation continues it ("neither visitors nor staff" ~ "no visitors or staff"); "not only
    … but" affirms both.
    """
    found: list[Mention] = []
    said_no = {m.end() for m in _SAID_NO.finditer(text)}
    for m in _NEGATION.finditer(text):
        if m.group().lower() == "nor" and found and not _NOR_INVERTED.match(text, m.end()):
            continue
        if m.end() in said_no:
            continue
        found.append(Mention(m.start(), m.end(), m.group().lower()))
    return found


def privatives(text: str) -> list[Mention]:
    """Words that negate by their meaning: privatives ("lack", "without"), negative verbs
    ("refused", "failed to", "stopped"), un-adjectives, and "the first ... since" (none
    before). A paraphrase trades these for a grammatical negation and back ("had not won
    since 1998" ~ "the first title since 1998", "no longer" ~ "stopped", "may not return for
    weeks" ~ "may be weeks before it returns"), so they count in a
    clause's polarity but cannot flip it alone (see ``findings.typed._polarity``)."""
    found = []
    for m in _PRIVATIVE.finditer(text):
        if _UNDONE_REMOVAL.match(m.group()) and _NEGATED_OR_RELATIVE.search(text, 0, m.start()):
            continue  # "would not abolish it" ~ "would not remove it"; "towns that had scrapped them"
        delay = _DELAY_CONNECTIVE.search(m.group())
        if delay:  # "it may be weeks before service returns": the negation is on the event
            found.append(Mention(m.start() + delay.start(), m.end(), delay.group().lower()))
        else:
            found.append(Mention(m.start(), m.end(), m.group().lower()))
    return found


_UNDONE_REMOVAL = re.compile(r"(?:scrap|abolish)", re.I)
"""Removal verbs, privatives where they stand for "no longer" ("will scrap visa requirements"
~ "will no longer need visas"); negated, or in a relative clause, they are one removal verb
among many ("remove", "drop", "axe") that are not."""
_NEGATED_OR_RELATIVE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\b(?:that|which|who))\s+(?:[\w’'-]+\s+){0,2}$", re.I
)
_DELAY_CONNECTIVE = re.compile(r"(?<=\s)(?:before|until)$", re.I)
_MONTH_DAY = re.compile(r"\s*(?:\d|,)")


_WORRY_CLAUSE = (
    r"(?=\s+(?:that|it|they|he|she|we|there|this|the|its|their|his|her|a|an|prices|costs|"
    r"jobs|people)\b)"
)
"""What follows a worry that hedges a claim: "are worried (that) the plant will close"."""
_SCHEDULED = (
    r"be|take|come|start|begin|open|reopen|close|expire|lapse|launch|arrive|end|finish|resume|"
    r"meet|return|retire|go|run|face|appear|stand|sign|vote|visit|hold|announce|publish|release|"
    r"report|deliver|enter|leave|travel|complete|testify|give|make|hear|rule|decide|conclude|"
    r"last|land|depart|sail|fly|play|host|present|submit|receive|join|restart|sit|debate|"
    r"consider|review|respond|speak|address|attend|undergo|serve|stay|become|pay|raise|lift|"
    r"kick|step|hand|phase|roll|switch|move|hit|reach|expand|merge|list|sell|buy|issue"
)
"""Verbs after "due to" that make it a schedule ("are due to take effect in September",
"was due to be sentenced"), not a cause ("due to heavy rain")."""
_FORECAST_NOUN = re.compile(
    r"\b(?:weather|storm|growth|economic|inflation|budget|sales|earnings|revenue|profit|price|"
    r"rainfall|demand|official|latest|new|previous|earlier|revised|quarterly|annual|monthly|"
    r"seasonal|flood|market)\s$",
    re.I,
)
"""A word before "forecasts" that makes it the noun ("storm forecasts"), not the verb ("the
bank forecasts growth")."""
_HEDGE = re.compile(
    r"\b(may|might|could|should(?!\s+(?:not|the|it|they|there|this|that|any)\b)|ought\s+to|possibly|perhaps|probabl[ey]|likely|likeliest|unlikely|"
    r"reportedly|allegedly|"
    r"apparently|hopefully|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)(?!\s+(?:the\s+)?(?:needs?|demand|questions?)\b)|(?:is|are|was|were)\s+(?:set|due)\s+to(?=\s+(?:lead|head|chair|take\s+over|succeed)\b)|(?:is|are|was|were)\s+set\s+to(?=\s+[a-z])|(?:is|are|was|were)\s+on\s+(?:course|track)\s+to(?=\s+[a-z])|"
    # "is heading for the loss of its majority" ~ "is on course to lose it": a forecast outcome
    r"(?:is|are|was|were)\s+(?:heading|headed)\s+(?:for|towards?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:defeat|victory|win|loss|majority|record|recession|deficit|surplus|collapse|shortfall|"
    r"crisis|default|bankruptcy|relegation|title)\b|appear(?:s|ed)?\s+to|seem(?:s|ed)?\s+to|suggest(?:s|ed)?(?!\s+[a-z]+ing\b)|"
    r"impl(?:y|ies|ied)|on\s+suspicion\s+of|attempt(?:s|ed)?\s+to|"
    r"(?:is|are|was|were|be|been|remains?|seems?)\s+(?:still\s+|quite\s+|entirely\s+)?possible|"
    # "has not ruled out closing the pier" ~ "closing the pier remains an option"
    r"(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:an\s+option|on\s+the\s+table)|"
    r"indicat(?:e|es|ed|ing)|believ(?:e|es|ed)|think(?:s)?|"
    r"fear(?:s|ed|ing)?|suspect(?:ed|ing)|"
    # "residents fear it will" ~ "residents are worried it will"
    # not "parents who are worried should ask": a worry with a clause after it
    rf"(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bwas\s))(?:worried|afraid){_WORRY_CLAUSE}|"
    r"(?:(?<=\bthey\s)|(?<=\bwe\s)|(?<=\bpolice\s)|(?<=\binvestigators\s)|(?<=\bprosecutors\s)|"
    r"(?<=\bofficials\s)|(?<=\bauthorities\s)|(?<=\bdetectives\s))suspect|"
    r"(?:unclear|(?:still\s+)?unknown)(?=\s*[,.;]|\s+(?:whether|if|how|why|what|who|when)\b)|"
    r"estimat(?:e|es|ed)(?!\s+(?:[\w’'-]+\s+){0,6}?at\b)|forecast(?:s)?|predict(?:s|ed)?|projected|(?:meant|supposed)\s+to|"
    r"still\s+needs?(?=\s+(?:to\s+be\s+\w+ed|(?:the\s+|an?\s+|final\s+|formal\s+)*(?:approval|consent|"
    r"confirmation|sign-off|signature|ratification|backing|authori[sz]ation|permission|clearance)))|"
    r"(?:has|have|had|is|are|was|were)\s+yet\s+to|pending|"
    # "cases had been pending for seven years" ~ "had been waiting seven years for a decision"
    r"wait(?:ing|ed)\s+(?:[\w-]+\s+){0,5}?for\s+(?:a\s+|the\s+)?(?:decision|ruling|verdict|approval|judg(?:e)?ment)|"
    r"(?:investigat|examin|assess|establish|determin|review|decid)(?:e|es|ed|ing)\s+whether|"
    # "was considering purchasing" ~ "is weighing whether to buy": not yet decided
    r"(?:(?:consider|weigh|mull|explor)(?:e|s|es|ed|ing)?|think(?:s|ing)?\s+about|thought\s+about)"
    r"\s+(?:whether|[a-z]+ing\b)|"
    # "was considering a legal challenge" has not decided on one
    + _right_after("is", "are", "was", "were", "been", "still", "also")
    + r"(?:consider|weigh|mull|explor)ing\b|"
    r"look(?:s|ed|ing)?\s+(?:at|into)\s+[a-z]+ing\b|"
    r"(?:not|\w+n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:known|clear|certain|established|determined|confirmed|identified|"
    r"decided)|"
    r"(?:look(?:s|ed|ing)?\s+(?:into|at)|check(?:s|ed|ing)?)\s+whether|"
    r"awaiting\s+(?:\w+\s+)?(?:approval|decision|confirmation|ruling|results?|verdict|review)|"
    r"(?:not|cannot|\w+n['’]t)\s+(?:be\s+|been\s+)?(?:rul(?:e|ed)\s+(?:\w+\s+){0,2}?out|excluded?)|"
    r"(?:said|thought|understood|rumou?red|reported|alleged|presumed)\s+to\s+(?:be|have)\b|"
    # "thought by police to have run it" ~ "who police believe ran it"
    r"thought\s+(?:by\s+(?:[\w’'-]+\s+){1,4}?)?to|"
    r"hop(?:e|es|ed|ing|eful)(?=\s+(?:to|that)\b|\s+(?:[\w'’]+\s+){1,3}?(?:would|will|could|can|might|may)\b)|"
    r"tr(?:y|ies|ied)\s+to|"
    r"intend(?:s|ed|ing)?\s+to|plan(?:s|ned|ning)?\s+to|aim(?:s|ed|ing)?\s+to|"
    # "are planning a protest", "is planned by the government"
    + _right_after("is", "are", "was", "were", "been", "being")
    + r"plann(?:ing|ed)\b(?!\s+(?:to|for)\b)|"
    r"want(?:s|ed|ing)?\s+to)\b",
    re.IGNORECASE,
)
_HEDGE_EQUIVALENT = re.compile(
    r"\b(intention|intent|plans?|hopes?|aims?|aimed\s+at|goals?|objectives?|expectations?|likelihood|possib\w+|chances?|indications?|"
    r"under\s+(?:consideration|review|discussion)|(?:be|being|been)\s+(?:considered|weighed|discussed)|"
    # "could lose customers" ~ "risked losing customers"
    r"risk(?:s|ed|ing)?\s+\w+ing|risk(?:s|ed)?\s+(?:a|an)\s|at\s+risk\s+of|in\s+danger\s+of|potential(?:ly)?|"
    r"prospects?|until|unless|whether|provided|subject\s+to|remains?\s+to\s+be|"
    # "released on bail pending further inquiries" ~ "while further inquiries are made"
    r"while\s+(?:further\s+|the\s+|an?\s+)?(?:inquiries|enquiries|investigations?|checks|tests|"
    r"talks|reviews?)|"
    r"wants?|wanted|demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|appl(?:y|ies|ied)\s+for|"
    r"estimat\w*|put\s+(?:[\w’'-]+\s+){1,5}?at\b|"
    # "whose cost is put at 2.3 billion": a figure put at, not a thing put at risk
    r"put\s+at(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+|more\s+than\s+|over\s+|up\s+to\s+)?"
    r"(?:[$€£¥\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
    r"fifty|hundred)\b))|"
    r"ask(?:s|ed)?\s+for|request(?:s|ed)?|(?:push|press)(?:es|ed)?\s+for|pursu(?:e|es|ed)|"
    r"call(?:s|ed|ing)?\s+for|point(?:s|ed|ing)?\s+to|"
    r"must\s+still|still\s+(?:has|have|had)\s+to|still\s+requires?|afraid|designed\s+to|"
    # a timetable: "is due to run until Friday" ~ "is set to last until Friday", though "is
    # due to open" re-told as "will open" states no more than the timetable did
    rf"(?:(?:is|are|was|were)\s+)?(?:due|scheduled|slated)\s+to(?=\s+(?:{_SCHEDULED})\b)|"
    r"(?:was|were|is|are|(?<!\bwill\s)(?<!['’]ll\s)be|been)\s+(?:now\s+|still\s+|also\s+|\w+ly\s+)?"
    r"able\s+to|"
    r"(?:allowed|permitted|entitled)\s+to|under\s+investigation|"
    r"(?:is|are|was|were|being)\s+(?:being\s+)?(?:investigated|examined|reviewed)|"
    r"(?:not|\w+n['’]t)\s+(?:\w+\s+){0,4}?yet|\bno\s+\w+\s+(?:has|have|had)\s+been\s+\w+\s+yet|"
    r"\bno\s+\w+\s+(?:has|have|had)\s+yet\s+been|"
    r"(?:not|\w+n['’]t)\s+(?:yet\s+)?(?:said|say|decided|decide|announced|disclosed|revealed)|"
    r"(?:still\s+)?undecided|"
    r"(?:not|\w+n['’]t)\s+been\s+(?:known|decided|"
    r"confirmed|settled|determined|concluded))\b",
    re.IGNORECASE,
)
"""Wordings that carry a hedge without a hedge word: an intention or plan as a noun ("has no
intention of paying" ~ "does not intend to pay"), a claim left open until an event ("until the
inquiry is concluded" ~ "pending the inquiry"), an attempt whose outcome is open ("is seeking
damages" ~ "wants damages", "would apply for funding" ~ "would seek funding"). They never make a claim hedged, but a version
with one has not stated the original's hedged claim as fact."""


def hedge_equivalents(text: str) -> list[Mention]:
    """Hedge-like wordings with no hedge word (see ``_HEDGE_EQUIVALENT``)."""
    found = [
        Mention(m.start(), m.end(), m.group().lower()) for m in _HEDGE_EQUIVALENT.finditer(text)
    ]
    return found + hedges(text)


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|new|if|when|once|unless)|\w['’]s)\s+$", re.I
)
"""A hedge word after a determiner or a subordinator is a noun or an adjective ("a plan to",
"if forecast rains arrive"), not a claim hedged."""
_NEGATIVE_SUBJECT = re.compile(
    rf"\b(?:neither|no(?!\s+(?:{BOUND})\s+than\b)(?!\s+{_AUXILIARY_OR_TO}\b)|nobody|none|nothing|never)\b"
    r"(?:(?!\b(?:but|and|while|after|before|because|when|since|until|although|though)\b|"
    r"(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\byet\b)[^,;:.“”\"])*$",
    re.I,
)
"""A negative subject earlier in the same clause ("neither claim could be verified"), not a
bound ("no fewer than 650 pensioners were lured with promised rebates"); "no
evidence ... but could order an audit" starts a new claim at "but", not at the adverb of "no
link had yet been confirmed"; a quotation or a subordinate clause ends it ("had 'no choice'
after the game failed to attract players")."""
_RELATIVE_CLAUSE = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her|this|these|those)\s+(?:[\w’'-]+\s+){1,3}?that|which|who|"
    r"whom)\b",
    re.I,
)
"""A relative clause opening after a noun: it has its own polarity ("never got the vehicles
that the government promised"), unlike a complement ("no indication that the crew ignored")."""


_CERTAIN = re.compile(
    r"\b(began|begun|started|has\s+come|have\s+come|took\s+place|happened|(?:is|are)\s+under\s+way|"
    r"will|definitely|certain(?:ly)?|sure|inevitabl[ey]|guaranteed|clearly|already|confirmed|"
    r"proved|showed|(?:has|have|had)\s+(?:now\s+)?(?:secured|won|reached|completed|approved|"
    r"agreed|signed|achieved|found|shown|proven|established|determined|launched|opened|"
    r"introduced|imposed|decided)|"
    r"(?:has|have|had)\s+(?:now\s+)?been\s+(?:identified|confirmed|established|determined))\b",
    re.IGNORECASE,
)


_IRREALIS = re.compile(
    r"\b(so\s+that|in\s+order\s+to|aim(?:s|ed)?\s+to|hop(?:e|es|ed|ing)|would|"
    r"could(?!n['’]t|\s+not\b)|can(?!['’]t)|should|"
    r"plan(?:s|ned|ning)?\s+to|want(?:s|ed|ing)?\s+to|if)\b",
    re.IGNORECASE,
)


def irrealis(text: str) -> list[Mention]:
    """Markers of purpose, wish or possibility: a clause with one states no fact.

    A plan or hope after a determiner is a noun ("take the plan to court"), no marker.
    """
    return [
        Mention(
            m.start(),
            m.end(),
            "if" if _INVERTED_CONDITION.match(text, m.start()) else m.group().lower(),
        )
        for m in _IRREALIS.finditer(text)
        if not (
            m.group()[0].isalpha()
            and m.group().lower().startswith(_NOUN_MARKERS)
            and _DETERMINER_BEFORE.search(text, 0, m.start())
        )
    ]


_INVERTED_CONDITION = re.compile(
    r"should\s+(?:the|a|an|it|they|he|she|this|that|these|those|any|its|their|"
    r"[a-z]+[^su\W]s(?=\s+[a-z]))\b",
    re.I,
)
"""A condition opened by "should" ("should the benefits not last", "should temperatures
drop") is an "if"."""
_NOUN_MARKERS = ("plan", "hop", "aim", "want")
"""Irrealis markers that are nouns after a determiner."""


def certainties(text: str) -> list[Mention]:
    """Words that state a claim as settled fact or a sure future."""
    return [Mention(m.start(), m.end(), m.group().lower()) for m in _CERTAIN.finditer(text)]


_FIGURE_AHEAD = (
    r"(?=[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
    r"forty|fifty|hundred)\b)"
)
"""A figure next, in digits, money or a number word."""
_ESTIMATED_FIGURE = re.compile(rf"(?:estimated|projected|expected)\s+{_FIGURE_AHEAD}", re.I)
"""A figure given as an estimate ("an estimated 410 million pounds") is hedged, though a
determiner stands before the hedge word."""
_APPROXIMATE_FIGURE = re.compile(
    rf"\b(?:about|around|roughly|approximately|some|nearly|almost|close\s+to|up\s+to)\s+{_FIGURE_AHEAD}",
    re.I,
)


def estimates_a_figure(text: str, start: int) -> bool:
    """The hedge at ``start`` gives a figure as an estimate: "an estimated 410 million"."""
    return _ESTIMATED_FIGURE.match(text, start) is not None


def approximations(text: str) -> list[Mention]:
    """Words that give a figure as approximate: "around 5,000", "roughly €2m"."""
    return [Mention(m.start(), m.end(), "approximate") for m in _APPROXIMATE_FIGURE.finditer(text)]


def hedges(text: str) -> list[Mention]:
    """Words that mark a claim as uncertain, possible, expected, intended or reported rather
    than stated.

    "Could" and "can" under a negation ("could not be verified", "neither claim could be
    verified") state an inability, not a possibility: they are no hedge.
    """
    found = []
    for m in _HEDGE.finditer(text):
        if m.group().lower().startswith("forecast") and _FORECAST_NOUN.search(text, 0, m.start()):
            continue  # "storm forecasts": the noun
        if (
            _DETERMINER_BEFORE.search(text, 0, m.start())
            and not m.group().lower().endswith(("ly", "liest", "probable"))
            and not estimates_a_figure(text, m.start())
        ):
            continue  # "a plan to"; but "a possibly cancer-causing impurity" is hedged
        if m.group() == "May" and (
            m.start() not in _sentence_starts(text) or _MONTH_DAY.match(text, m.end())
        ):
            continue  # the month: "the 7th of May", "May 7"
        if m.group().lower() == "could" and (
            _PAST_ABILITY.match(text, m.end()) or _NEGATIVE_SUBJECT.search(text, 0, m.start())
        ):
            continue
        if _INVERTED_CONDITION.match(text, m.start()):
            continue  # "should temperatures drop": a condition, no hedge
        if m.group().lower().endswith("possible") and re.search(
            r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?$", text[: m.start()], re.I
        ):
            continue  # "it will not be possible": an impossibility, not a possibility
        if re.search(
            r"\bwhether(?:\s+[\w’']+){0,4}\s+$", text[: m.start()], re.I
        ) and not _WHETHER_TO_DONE.search(text, 0, m.start()):
            # "confirm whether it will be possible", "whether to attempt to raise it": a
            # question asked, no claim hedged; but "a decision on whether to bring charges is
            # likely": the hedge is the claim's, after the question's verb
            continue
        if re.match(r"suggest|indicat", m.group(), re.I) and _NEGATIVE_SUBJECT.search(
            text, 0, m.start()
        ):
            continue  # "nothing suggested" ~ "there was no indication": a claim denied
        found.append(Mention(m.start(), m.end(), m.group().lower()))
    return found


_WHETHER_TO_DONE = re.compile(
    r"\bwhether\s+(?:or\s+not\s+)?to\s+(?:[\w’']+\s+){1,3}(?:is|are|was|were|will|would)\s+$",
    re.I,
)
"""An infinitive question closed by the claim's own verb: "whether to bring charges is"."""
_PAST_ABILITY = re.compile(
    r"\s+(?:not|never|no\s+longer|once|formerly|previously|at\s+one\s+time)\b", re.I
)
"""After "could": an inability, or an ability in the past ("which could once hold 31,000"),
not a possibility."""


_ASIDES = ("however", "moreover", "nevertheless", "nonetheless", "therefore", "indeed")
_COMMA = (
    "".join(rf"(?<!\b{aside})" for aside in _ASIDES)
    + rf",(?=\s|$)(?!\s+(?:{'|'.join(_ASIDES)}),)|:(?=\s|$)"
)
"""A comma or colon that ends a clause; the commas around a sentence adverb do not ("which
did not, however, sign off on it" is one clause)."""
_CLAUSE_BREAK = re.compile(rf"{_COMMA}|[;()—–]|\s-\s|[“”\"]", re.I)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` containing ``[start, end)``: bounded by commas, dashes, quotes."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(text, end)
    right = right_match.start() if right_match else len(text)
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1] in " .":
        right -= 1
    return left, max(right, end)


MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ABBR = {m[:3]: m for m in MONTHS} | {"sept": "september"}
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_ORDINAL_DAY = (
    r"\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|thirtieth|thirty-first"
)
_ORDINALS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third".split(),
        start=1,
    )
} | {"thirtieth": 30, "thirty-first": 31}
_MONTH_NAME = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:MAY|May)|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
"""A month's name in any case but the modal's: "aged 10 to 14 may be" names no date."""
_BARE_MONTH = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December"
    r"|(?:(?<=\bin )|(?<=\bof )|(?<=\bby )|(?<=from )|(?<=since )|(?<=until )|(?<=early )"
    r"|(?<=late )|(?<=mid-)|(?<=end )|(?<=before )|(?<=after ))May"
    r"|May(?=,? (?:1[89]|20)\d\d))\b"
)
"""A month named alone ("from October", "in late May 2024"); the modal "may" is never capitalised
mid-sentence, but a sentence can open with it, so a bare "May" needs a preposition or a year."""
_DATE_PATTERNS = (
    (re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)[\s-]+century|(1?\d)00s)\b", re.I), "century"),
    (re.compile(r"\b(" + "|".join(_ORDINAL_WORDS) + r")[\s-]+century\b", re.I), "century_word"),
    (re.compile(rf"\b({_MONTH_NAME})\s+({_ORDINAL_DAY})\b", re.I), "month_day"),
    (
        re.compile(rf"\b(?:the\s+)?({_ORDINAL_DAY})\s+(?:of\s+)?({_MONTH_NAME})\b", re.I),
        "day_month",
    ),
    (
        re.compile(
            r"\b((?:last|this|next|coming|past)\s+(?:" + "|".join((*_WEEKDAYS, *MONTHS)) + r"))\b",
            re.I,
        ),
        "relative",
    ),
    (  # "April next year" == "next April"
        re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(?:of\s+)?(last|this|next)\s+year\b", re.I),
        "month_of_year",
    ),
    (re.compile(r"\b(1[89]\d\d|20\d\d)\b"), "year"),
    (re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I), "weekday"),
    (_BARE_MONTH, "month"),
    (
        re.compile(
            r"\bthe\s+((?:last|past|previous|next|coming)\s+(?:\d+|two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            r"|twenty|thirty|forty|fifty|sixty|hundred)\s+"
            r"(?:days|weeks|months|years|decades)|"
            # "the last year and a half" == "the past 18 months"
            r"(?:last|past|previous|next|coming)\s+year\s+and\s+a\s+half)\b",
            re.I,
        ),
        "relative",
    ),
    (
        re.compile(
            r"\b(yesterday|today|tomorrow|tonight|(?:last|this|next|past)\s+"
            r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter|decade)|"
            r"(?:a|one|two|three|several)\s+(?:days?|weeks?|months?|years?|decades?)\s+ago|"
            r"earlier\s+this\s+(?:week|month|year)|recent\s+days|"
            r"(?:end|close|start|beginning|middle|rest)\s+of\s+(?:the|this|next|last)\s+(?:week|month|year|season))\b",
            re.I,
        ),
        "relative",
    ),
    (
        re.compile(
            # "the autumn of 2026", not "the summer of protests"
            r"(?<=\s)(?:(?:the|early|late|mid)\s+)?(spring|summer|autumn|fall|winter)\b"
            r"(?!\s+of\b(?!\s+(?:1[89]|20)\d\d\b))",
            re.I,
        ),
        "season",
    ),
)


_RANGE_TO = r"\s*(?:-|–|to|and|until|through)\s*"
_DAY_RANGE_MONTH = re.compile(
    rf"\b(?:the\s+)?({_ORDINAL_DAY}){_RANGE_TO}(?:the\s+)?({_ORDINAL_DAY})\s+(?:of\s+)?"
    rf"({_MONTH_NAME})(?!\w)",
    re.I,
)
_MONTH_DAY_RANGE = re.compile(
    rf"\b({_MONTH_NAME})\s+({_ORDINAL_DAY})\s*(?:-|–|to|until|through)\s*({_ORDINAL_DAY})\b"
    rf"(?!\s+(?:{_MONTH_NAME}))|"
    rf"(?<=\bbetween\s)({_MONTH_NAME})\s+({_ORDINAL_DAY})\s+and\s+({_ORDINAL_DAY})\b"
    rf"(?!\s+(?:{_MONTH_NAME}))",
    re.I,
)
"""A day range in one month: "March 3 to 9", "between September 2 and 6" (but not "on March
3 and 6 people died")."""


def _date_ranges(text: str) -> list[Mention]:
    """Both ends of a day range in one month ("3-9 March", "the 3rd to the 9th of March",
    "March 3 to 9"), each keyed as a full date like "March 3" and "March 9"."""
    found = []
    for match in _DAY_RANGE_MONTH.finditer(text):
        month = _month(match.group(3))
        found.append(Mention(match.start(1), match.end(1), f"date:{month}-{_day(match.group(1))}"))
        found.append(Mention(match.start(2), match.end(), f"date:{month}-{_day(match.group(2))}"))
    for match in _MONTH_DAY_RANGE.finditer(text):
        k = 1 if match.group(1) else 4
        month = _month(match.group(k))
        found.append(Mention(match.start(), match.end(k + 1), f"date:{month}-{_day(match.group(k + 1))}"))  # fmt: skip
        found.append(Mention(match.start(k + 2), match.end(k + 2), f"date:{month}-{_day(match.group(k + 2))}"))  # fmt: skip
    return found


SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
           "winter": "winter"}  # fmt: skip
"""Season words, "fall" read as "autumn"."""
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


_MONTHS_TO = re.compile(
    rf"\b(three|six|3|6)\s+months(?=\s+(?:to|ending|ended|through)\s+({_MONTH_NAME})(?![\w.]))",
    re.I,
)
"""A reporting period told by its last month: "the three months to September" is the
July-September quarter, so it names July as well."""


def dates(text: str) -> list[Mention]:
    """Dates and times, keyed ``kind:value`` so "May 1" and "the first of May" compare equal."""
    found: list[Mention] = _date_ranges(text)
    for pattern, kind in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in found):
                continue
            if kind == "month_day":
                key = f"date:{_month(match.group(1))}-{_day(match.group(2))}"
            elif kind == "day_month":
                key = f"date:{_month(match.group(2))}-{_day(match.group(1))}"
            elif kind == "relative":
                key = "relative:" + _relative_key(match.group(1))
                if key == "relative:start of this year" and _SINCE_BEFORE.search(
                    text, 0, match.start()
                ):
                    key = "date:january-1"  # "since the start of the year" == "since January 1"

            elif kind == "month":
                key = f"month:{_month(match.group(1))}"
            elif kind == "month_of_year":
                key = "relative:" + _relative_key(f"{match.group(2)} {match.group(1)}")
            elif kind == "century_word":  # "fourteenth-century" == "14th-century"
                key = f"century:{_ORDINAL_WORDS[match.group(1).lower()]}"
            elif kind == "century":  # "17th-century" == "from the 1600s"
                ordinal, hundreds = match.group(1), match.group(2)
                key = f"century:{int(ordinal) if ordinal else int(hundreds) + 1}"
            elif kind == "season":  # "over the summer" / "over the winter"
                key = "season:" + SEASONS[match.group(1).lower()]
            else:
                key = f"{kind}:{match.group(1).lower()}"
            found.append(Mention(match.start(), match.end(), key))
    for match in _MONTHS_TO.finditer(text):  # "the three months to September" ~ "July-September"
        span = int(_word_or_digits(match.group(1)))
        first = MONTHS[(MONTHS.index(_month(match.group(2))) - span + 1) % 12]
        if not any(m.start < match.end() and match.start() < m.end for m in found):
            found.append(Mention(match.start(), match.end(), f"month:{first}"))
    for match in _PERIOD_PART.finditer(text):  # "in the first half of" / "H2", "Q4"
        # the ordinal alone: "half" stays a figure of six months ("the first six months")
        start, end = next((match.span(k) for k in (1, 5) if match.group(k)), match.span())
        if not any(m.start < end and start < m.end for m in found):
            found.append(Mention(start, end, "period:" + _period_key(match)))
    for match in _HOUR_OF_DAY.finditer(text):  # "twenty to six in the morning" == "5.40 a.m."
        if match.group(7) and not _TIME_PREPOSITION.search(text, 0, match.start()):
            continue  # "voted 7-4 on Tuesday evening": a score, no hour
        if not any(m.start < match.end(3) and match.start() < m.end for m in found):
            # the hour alone: the part of the day is a mention of its own ("on Friday morning")
            end = match.end(4) if match.group(4) else match.end(3)
            found.append(Mention(match.start(), end, "time:" + _hour_of_day_key(match)))
    for match in _DAYPART.finditer(text):  # "by Friday morning" / "by Friday evening"
        found.append(Mention(match.start(1), match.end(1), "daypart:" + match.group(1).lower()))
    for match in _DAY_MARK.finditer(text):  # "before dawn on Saturday" / "on Saturday evening"
        found.append(Mention(match.start(), match.end(), "daypart:" + match.group(1).lower()))
    for match in _CLOCK_RANGE.finditer(text):  # "from 5 to 9 pm": the first hour is "5 pm"
        hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
        key = f"time:{hour:02d}:{match.group(2) or '00'}"
        found.append(Mention(match.start(1), match.end(2) if match.group(2) else match.end(1), key))
    for match in _CLOCK_TIME.finditer(text):  # "3 p.m." == "at 15:00"; "3 a.m." is another hour
        if not any(m.start < match.end() and match.start() < m.end for m in found):
            found.append(Mention(match.start(), match.end(), "time:" + _clock_key(match)))
    for match in _OCLOCK.finditer(text):  # "eight o'clock on Sunday morning" == "8 a.m."
        if not any(m.start < match.end(2) and match.start() < m.end for m in found):
            found.append(Mention(match.start(), match.end(2), "time:" + _oclock_key(match)))
    return _part_of_relative(text, sorted(found, key=lambda m: m.start))


_RELATIVE_PART = {"early": "start", "late": "end", "mid": "middle"}


def _part_of_relative(text: str, found: list[Mention]) -> list[Mention]:
    """ "early next year" is "the beginning of next year", and "on Thursday last week" is "last
    Thursday": a part of a year, or a weekday, before a relative year or week is one relative
    date, as the other form is."""
    merged: list[Mention] = []
    for mention in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.key.startswith("weekday:")
            and mention.key in {"relative:last week", "relative:next week"}
            and re.fullmatch(r"\s+(?:of\s+)?", text[last.end : mention.start])
        ):
            day = last.key.removeprefix("weekday:")
            when = mention.key.removeprefix("relative:").split()[0]
            merged[-1] = Mention(last.start, mention.end, f"relative:{when} {day}")
        elif (
            last is not None
            and last.key.removeprefix("period:part:") in _RELATIVE_PART
            and mention.key.startswith("relative:")
            and " of " not in mention.key
            and not text[last.end : mention.start].strip(" -")
        ):
            part = _RELATIVE_PART[last.key.removeprefix("period:part:")]
            relative = mention.key.removeprefix("relative:")
            merged[-1] = Mention(last.start, mention.end, f"relative:{part} of {relative}")
        else:
            merged.append(mention)
    return merged


_PERIOD_PART = re.compile(
    rf"\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(half|quarter)\b(?!\s+of\s+an?\b|{_IN_A_ROW})|"
    r"\b([HQ])([1-4])\b|"
    r"\b(early|late|mid|(?:the\s+)?(?:beginning|start|end|close|middle)\s+of|(?:start|end)(?=-))[\s-]+"
    rf"(?=(?:19|20)\d\d\b|(?:next|last|this)\s+year\b|{_MONTH_NAME}\b)",
    re.I,
)
"""A part of a year: "the first half of last year" is not "the second half", "Q4" is the
"fourth quarter", "late 2027" is not "early 2027" (but is "the end of 2027")."""
_PART_OF_PERIOD = {
    "beginning": "early", "start": "early", "end": "late", "close": "late", "middle": "mid",
}  # fmt: skip
_PERIOD_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                    "fourth": 4, "4th": 4}  # fmt: skip


def _period_key(match: re.Match[str]) -> str:
    """ "half:1" for "the first half", "quarter:4" for "Q4" or "the final quarter", "part:late"
    for "late 2027" or "the end of 2027"."""
    if match.group(5):
        word = match.group(5).lower().split()[-2 if " of" in match.group(5).lower() else 0]
        return "part:" + _PART_OF_PERIOD.get(word, word)
    if match.group(3):
        return f"{'half' if match.group(3).upper() == 'H' else 'quarter'}:{match.group(4)}"
    part = match.group(2).lower()
    ordinal = match.group(1).lower()
    last = 2 if part == "half" else 4
    return f"{part}:{_PERIOD_ORDINALS.get(ordinal, last)}"


_CLOCK_TIME = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|"
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|"
    r"(?<=\bafter\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bsince\s))"
    r"([01]?\d|2[0-3]):(\d{2})\b(?!:\d)|"
    r"\b(noon|midday|midnight)\b",
    re.I,
)


_CLOCK_RANGE = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:to|and|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s*([ap])\.?\s?m\b",
    re.I,
)
"""The first hour of a range that names its half of the day once, at the end: "from 5 to 9
pm", "between 5 and 9 p.m.", "5-9 p.m."."""


_HOUR_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9]"
_OCLOCK = re.compile(
    rf"\b({_HOUR_WORDS})\s+"
    r"(o['’]clock)\b(?:\s+(?:on\s+\w+\s+|in\s+the\s+|that\s+|this\s+|tomorrow\s+)?"
    r"(morning|afternoon|evening|night))?",
    re.I,
)
"""An hour "o'clock", its half of the day read from the part of day after it."""


_HOUR_OF_DAY = re.compile(
    r"(?<![\w-])(?:(quarter|half|five|ten|twenty|twenty-five)\s+(past|to)\s+)?"
    rf"({_HOUR_WORDS})(?:[.:]([0-5]\d))?\s+(?:o['’]clock\s+)?"
    r"(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night)|"
    r"(?<=\s)(?:on\s+(?:" + "|".join(_WEEKDAYS) + r")\s+)(morning|afternoon|evening|night))\b",
    re.I,
)
"""An hour told by the part of the day: "10 at night" is 22:00, "5.40 in the morning" and
"twenty to six in the morning" 05:40."""
_TIME_PREPOSITION = re.compile(
    r"\b(?:at|before|after|until|till|by|around|about|from|to|since|shortly)\s+$", re.I
)
_MINUTES = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def _hour_of_day_key(match: re.Match[str]) -> str:
    hour, minutes = _hour_value(match.group(3)), int(match.group(4) or 0)
    if match.group(1):
        minutes = _MINUTES[match.group(1).lower()]
        if match.group(2).lower() == "to":
            hour, minutes = hour - 1, 60 - minutes
    part = (match.group(5) or match.group(6) or match.group(7)).lower()
    # "10 at night" is 22:00, "2 at night" 02:00, "12 at night" midnight
    afternoon = (6 <= hour < 12) if part == "night" else part != "morning"
    return _clock(hour, minutes, afternoon)


def _hour_value(word: str) -> int:
    return int(word) if word.isdigit() else int(_CARDINALS[word.lower()])


def _clock(hour: int, minutes: int, afternoon: bool) -> str:
    """A time of day as 24-hour "HH:MM" from a 12-hour reading."""
    return f"{hour % 12 + (12 if afternoon else 0):02d}:{minutes:02d}"


def _oclock_key(match: re.Match[str]) -> str:
    """Without a part of day, the waking hours: "eight o'clock" is 08:00, "six o'clock" 18:00."""
    hour = _hour_value(match.group(1))
    part = (match.group(3) or "").lower()
    afternoon = part in {"afternoon", "evening", "night"} or (not part and hour < 7)
    return _clock(hour, 0, afternoon)


def _clock_key(match: re.Match[str]) -> str:
    """A time of day as 24-hour "HH:MM"."""
    if match.group(6):
        return "00:00" if match.group(6).lower() == "midnight" else "12:00"
    if match.group(4):
        return f"{int(match.group(4)):02d}:{match.group(5)}"
    hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
    return f"{hour:02d}:{match.group(2) or '00'}"


_DAY_MARK = re.compile(
    r"\b(?:before|at|around|just\s+after|after)\s+(dawn|daybreak|sunrise|dusk|sunset|nightfall)\b",
    re.I,
)
_DAYPART = re.compile(
    r"\b(?:" + "|".join(_WEEKDAYS) + r"|yesterday|tomorrow|in\s+the|early\s+in\s+the|"
    r"late\s+in\s+the)\s+(morning|afternoon|evening|night)\b",
    re.I,
)
"""The part of a day, after a day ("Friday evening", "in the morning"); "tonight" is a
relative date of its own."""
_SAME_RELATIVE = {
    "past": "last", "previous": "last", "coming": "next", "decade": "10 years", "beginning": "start",
    "close": "end",
}  # fmt: skip
_YEAR_AGO = {"a year ago": "last year", "1 year ago": "last year"}
"""A year back is last year: "compared with the same quarter a year ago" ~ "the same period
last year"."""


_ABOUT_BEFORE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|less\s+than)\s+$",
    re.I,
)
_PERIOD_AND_A = re.compile(r"\b(?:year|month|week|day|hour)s?\s+and\s+a\s+$", re.I)


def _relative_key(phrase: str) -> str:
    """ "the past decade" == "the last ten years", "the coming Friday" == "next Friday"."""
    words = [_SAME_RELATIVE.get(w, w) for w in phrase.lower().split()]
    words = [str(_NUMBER_WORDS[w]) if w in _NUMBER_WORDS else w for w in words]
    key = " ".join(words).replace(" of the ", " of this ")  # "end of the year" ~ "of this year"
    key = key.replace("year and a 0.5", "18 months")
    key = _YEAR_AGO.get(key, key)
    # "the last twelve months" == "the past year", "the next 24 months" == "the next two years"
    return _WHOLE_YEARS_IN_MONTHS.sub(_months_as_years, key)


_WHOLE_YEARS_IN_MONTHS = re.compile(r"\b(\d+) months\b")


def _months_as_years(match: re.Match[str]) -> str:
    months = int(match.group(1))
    if months % 12:
        return match.group()
    return "year" if months == 12 else f"{months // 12} years"


def _month(name: str) -> str:
    lowered = name.lower().rstrip(".")
    return _MONTH_ABBR.get(lowered[:4] if lowered.startswith("sept") else lowered[:3], lowered)


def _day(token: str) -> int:
    token = token.lower()
    digits = re.match(r"\d+", token)
    return int(digits.group()) if digits else _ORDINALS.get(token, 0)


_SPEECH = (
    r"said|says|told|tells|added|adds|stated|announced|declared|declares|claimed|argued|argues|"
    r"insisted|insists|warned|warns|wrote|writes|tweeted|assured|assures|explained|explains|"
    r"noted|stressed|acknowledged|admitted|conceded|reassured|accused|accuses|urged|urges|"
    r"cautioned|cautions|"
    r"predicted|revealed|alleged|alleges|replied|emphasi[sz]ed|blamed|blames|"
    # "The regulator put the difficulties down to …" blames as "blamed" does
    r"puts?(?=\s+(?:[\w’'-]+\s+){1,6}?down\s+to\b)|"
    # "Builders pointed to higher interest rates" blames them as "blamed" does
    r"pointed(?=\s+to\s+(?!(?:a|an|the)\s+(?:door|exit|map|screen|sign)\b))|"
    r"called|described|describes|labelled|labeled|branded|hailed|dubbed|termed|"
    r"believe|believes|suspect|suspects|found|concluded|ruled|reported|confirmed|confirms|"
    r"established|determined|fears|feared|(?<=s\s)fear|estimates|estimated|"
    # "The trust attributed the increase to …": a cause the subject claims, unless passive
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:attributed|credited)"
    r"(?=\s+(?:the|its|their|this|that|a|an)\b)|(?<=s\s)say(?=\s*[,.])|(?<=\bthey\s)say(?=\s*[,.])|"
    # "Residents of the town say the project will …": a plural subject's present "say"
    r"(?<=\w\s)(?<!\bto\s)say(?=\s+(?:that\s+)?(?:(?:the|a|an|it|its|their|there|this)\b|(?-i:[A-Z])))|"
    # "…, the parliamentary record shows.": a record credited with a claim
    r"show(?:s|ed)?(?=\.)"
)
_PASSIVE_AGENT = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+by\s+(?:(?:the|its|their)\s+(?!(?:end|time|start)\b)|"
    r"(?:[a-z]+\s+)?[A-Z])"
)
"""A participle's agent: "rules announced on Monday by the provincial labour department", "the
deal, announced by producer Greyfinch Pictures"."""
_FRONTED_RELATIVE = re.compile(
    r"^(?:under|in|with|following|despite|from|through)\s+(?:[\w’'-]+\s+){1,8}$", re.I
)
_TIME_THEN_COMMA = re.compile(r"(?:\s+(?:on|in|at|last|this|earlier)\s+\w+)?\s*,\s*(?![“\"])")
_CHARACTERISING = {
    "called", "described", "describes", "labelled", "labeled", "branded", "hailed", "dubbed",
    "termed",
}  # fmt: skip
"""Verbs that credit a view only when they characterise something ("called the decision
“a victory”", "described it as"): "a town called Belen" and "called for talks" credit nobody."""
_SPEECH_AFTER = re.compile(
    rf"^\s*(?:,[^,]{{0,80}},\s*)?(?:has\s+|had\s+|have\s+)?(?:{_SPEECH})\b", re.I
)
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH})\s*(?:the\s+)?$", re.I)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_CLAUSE_END = re.compile(r"^\s*(?:[,.;:!?”\"]|$)")


_SOURCE_PHRASE = re.compile(
    # a lower-case plan only: "according to the Civic Order party" credits the party
    r"\baccording\s+to\s+(?!(?:an?|the)\s+(?:[\w-]+\s+)?(?-i:timetable|schedule|plan|rota|"
    r"formula|rules?|law|regulations?|order|programme|program)\b)((?:[\w’'-]+\s*){1,10}?"
    r"(?=[,.;]|$)|"
    # "saying that according to a ministry estimate it could cost": a document ends the phrase
    r"(?:[\w’'-]+\s+){0,6}?(?:estimates?|reports?|figures|data|surveys?|study|studies|"
    r"statements?|calculations?|forecasts?)(?=\s+(?:it|they|he|she|there|some|about|around|"
    r"nearly|almost|up|more|fewer|less)\b))",
    re.I,
)
""""according to X" credits X, unless X is a plan that something follows ("according to a
rotating timetable")."""
_AUTHORED = (
    r"(?:published|issued|released|compiled|written|prepared|conducted|carried\s+out|"
    r"commissioned)"
    r"(?:\s+(?:on|in|last|this|earlier)\s+\w+)?"
)
"""A document's authoring verb and when: "published on Monday", "carried out last year"."""
_AUTHORED_BY = re.compile(
    rf"\b(?:{_AUTHORED}|estimates?|calculations?|analysis|forecasts?|projections?)\s+by\s+",
    re.I,
)
"""A document's author: "the report published by the council", "an estimate by X"."""
_FIGURES_SHOW = re.compile(
    rf"\b(?:figures|data|statistics|numbers|records)\s+(?:{_AUTHORED}\s+by|from)\s+"
    r"((?:[\w’'-]+\s+){1,8}?)(?:show|shows|showed|suggest|suggests|suggested|indicate|"
    r"indicates|indicated)\b",
    re.I,
)
"""Figures credited to their source as its subject: "Figures from CityLink show", "data
released by the state auditor showed" credit CityLink and the auditor."""
_DOCUMENTS = (
    r"(?:report|study|review|audit|survey|analysis|filings|figures|data|documents|records|"
    r"findings|assessment|statement|investigation|inquiry|poll|estimates?)"
)
_DOCUMENT_PHRASE = rf"(?:[\w-]+\s+){{0,2}}{_DOCUMENTS}"
"""A document with up to two words before it: "interim report", "joint statement"."""
_OWNED_DOCUMENT = re.compile(
    rf"((?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)['’]s\s+{_DOCUMENT_PHRASE}$", re.I
)
_PRONOUN_DOCUMENT = re.compile(rf"(?:its|their|his|her|our)\s+{_DOCUMENT_PHRASE}$", re.I)
_DOCUMENT_BY = re.compile(
    rf"\b{_DOCUMENTS}\s+(?:{_AUTHORED}\s+|(?:on|in|last|this)\s+\w+\s+)?"
    r"(?:by|from(?!\s+(?:last|this|next|the\s+(?:last|past|previous|same)|\d)))\s+(.+)$",
    re.I,
)
"""A document and its author ("an interim report by the Marine Accident Board", "a joint
statement from the two companies"), not who saw it ("documents seen by the local paper")."""
_DOCUMENT_WRITTEN = re.compile(
    rf"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?{_DOCUMENTS}\s+(?:that\s+|which\s+)?((?:the|a|an)\s+.+?)\s+"
    r"(?:published|issued|released|compiled|wrote|prepared|commissioned)\b",
    re.I,
)


_AUTHOR_AFTER_DOCUMENT = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?"
    rf"{_AUTHORED}\s+by\s+([^,;.]+)",
    re.I,
)
"""The author in an aside after the document: "the report, which was published by research
group Fibre Justice, …"."""
_AUTHOR_IN_RELATIVE = re.compile(
    r",\s+(?i:which|that)\s+((?i:the|an?)\s+[^,;.]+?|[A-Z][^,;.]*?)\s+(?i:had\s+|has\s+|have\s+)?"
    r"(?i:published|issued|released|compiled|wrote|prepared|commissioned|conducted|"
    r"carried\s+out)\b"
)
"""The author as the subject of an aside after the document: "according to the audit, which
the utilities commission had commissioned", as "the audit, commissioned by the utilities
commission, found"."""


_OWNER_OF_DOCUMENT = re.compile(
    rf"['’]s\s+{_DOCUMENT_PHRASE}\b|\s+(?!(?:{_SPEECH}|in|on|at|of|to|for|the|an?|its|their)\b)"
    rf"(?:[\w-]+\s+)?{_DOCUMENTS}\b",
    re.I,
)
"""After its author, a document: "the council's budget report", "a student union survey"."""
_DOCUMENT_BEFORE_AUTHOR = re.compile(
    rf"\b{_DOCUMENTS}\b[^.;,]{{0,40}}?\b(?:by|from)\s+$|\b{_DOCUMENTS}\s+(?:that\s+|which\s+)?$",
    re.I,
)


_FOUND_IN_DOCUMENT = re.compile(
    r"\s+(?:found|concluded|wrote)\s+in\s+(?:a|an|its|their|the|his|"
    rf"her)\s+(?:[\w-]+\s+){{0,2}}?{_DOCUMENTS}\b",
    re.I,
)
"""A speaker whose words are a document's: "Klaus Ferreira found in a 2022 report"."""


def credits_a_document(text: str, source: Mention) -> bool:
    """Whether a source phrase is there as a document's author ("the council's budget
    report", "a report by the council", "X found in a report"): a document is not a person
    who speaks."""
    return (
        _OWNER_OF_DOCUMENT.match(text, source.end) is not None
        or _FOUND_IN_DOCUMENT.match(text, source.end) is not None
        or _DOCUMENT_BEFORE_AUTHOR.search(text, max(0, source.start - 80), source.start) is not None
    )


def _names_a_party(phrase: str, match: re.Match[str]) -> bool:
    """ "a statement from the two companies" names its authors; "a statement from the summit"
    names where it came from: after "from", a name or a body or speaker noun."""
    if not re.search(r"\bfrom\s+$", phrase[match.start() : match.start(1)], re.I):
        return True
    author = phrase[match.start(1) : match.end(1)]
    return bool(re.search(r"\b[A-Z]", author)) or bool(
        set(words(author)) & (BODY_WORDS | _SOURCE_NOUNS | {"companies", "firms", "family"})
    )


def _document_author(text: str, source: Mention, phrase_end: int | None = None) -> Mention | None:
    """A document credited with a claim speaks for whoever wrote it: "an interim report by the
    Marine Accident Board", "the coastguard's interim report", "filings the state election
    commission published", "the report, published by Fibre Justice". ``phrase_end`` ends the
    whole phrase where the source mention keeps only its first words. "Its interim report"
    credits whoever "its" is, as a pronoun does: nobody new (None)."""
    end = source.end if phrase_end is None else max(source.end, phrase_end)
    phrase = text[source.start : end]
    if _PRONOUN_DOCUMENT.match(phrase):
        return None
    spans = [
        (source.start + match.start(1), source.start + match.end(1))
        for pattern in (_OWNED_DOCUMENT, _DOCUMENT_BY)
        if (match := pattern.search(phrase)) and _names_a_party(phrase, match)
    ]
    if not spans and re.search(rf"\b{_DOCUMENTS}$", phrase, re.I):
        aside = _AUTHOR_AFTER_DOCUMENT.match(text, end) or _AUTHOR_IN_RELATIVE.match(text, end)
        if aside:
            spans.append(aside.span(1))
    if not spans and (compound := _BODY_DOCUMENT.search(phrase)):
        spans.append((source.start + compound.start(1), source.start + compound.end(1)))
    if spans:
        author_start, author_end = spans[0]
        # a list of authors is kept whole: "by Harvest Relief, the Lumen Fund and Sea Aid"
        author = _source_mention(text, author_start, author_end, from_end=False, limit=10)
        return author or source
    return source


_BODY_DOCUMENT = re.compile(
    r"^(?:an?|the)\s+((?:[\w’'-]+\s+){0,2}?(?:unions?|council|ministry|government|police|agency|"
    r"department|regulator|commission|board|authority|inspectorate|association|federation|"
    r"committee|parliament(?:ary)?|senate|congress|treasury|industry|company|newspaper))\s+"
    rf"{_DOCUMENTS}$",
    re.I,
)
"""A body named before its document: "a student union survey" is the student union's."""


_NOUN_THEN_SPEAKER = re.compile(
    r"(?:[\w’'-]+\s+)?(?:a|an|the|its|their)\s+[a-z][\w’'-]*\s+(?=(?:it|he|she|they|we)$|[A-Z])"
)


def _speaker_of_relative(text: str, subject: Mention) -> Mention | None:
    """ "in a move it says will save …", "a change Eastmere Borough Council says will save
    …": the speech verb sits in a relative clause, and its subject is the speaker, not the
    noun the clause describes; a pronoun credits nobody new (None)."""
    noun = _NOUN_THEN_SPEAKER.match(text, subject.start, subject.end)
    if noun is None:
        return subject
    speaker = text[noun.end() : subject.end]
    if speaker.lower() in _PRONOUNS:
        return None
    return _source_mention(text, noun.end(), subject.end, from_end=False)


_PRONOUNS = {
    "he", "she", "they", "it", "we", "i", "you", "him", "them", "who", "which", "that", "this",
}  # fmt: skip
"""Words that credit nobody new as a source: "he said", and "according to him" as well."""
_PERSONAL_PRONOUNS = frozenset(_PRONOUNS - {"who", "which", "that", "this"})
_SUBORDINATORS = {
    "though", "although", "while", "whereas", "because", "since", "unless", "until", "yet",
    "however", "meanwhile", "instead",
}  # fmt: skip
_CLAUSE_OPENERS = _SUBORDINATORS | {"after", "before", "when", "once", "as", "if", "whether"}
"""Words that open a clause of its own: a speech verb's subject comes after the last of them."""
_SOURCE_NOUNS = set(
    """official officials spokesman spokeswoman spokesperson police ministry department government
    council authority authorities agency company firm union unions board court judge researchers
    scientists experts analysts organisers organizers witnesses residents prosecutors prosecution
    defence defense lawyer lawyers statement report study survey minister secretary president
    leader director chief executive owner founder manager coach captain mayor governor officer
    operator regulator regulators group groups association charity spokespeople sources source
    doctors economists observers campaigners activists critics investigators chairman chairwoman
    chair chairperson head commissioner envoy ambassador negotiator adviser advisor spokesmen
    representative representatives delegate delegates advocate advocates campaigner activist
    critic expert analyst economist scientist researcher witness resident review audit inquiry
    poll analysis assessment findings office bureau watchdog committee panel tribunal
    administration directorate chamber secretariat ombudsman inspectorate commission
    institute federation treasury fund cabinet parliament senate bank party hospital university
    insurer lender broadcaster alliance coalition foundation""".split()
)
"""Heads of the noun phrases that say things in news ("said the ministry", "said a spokesman",
"said the regional treasury")."""
_AUXILIARIES = set(
    "is are was were be been has have had will would can could may might should must did do does".split()
)


_SPEECH_VERB = re.compile(rf"\b(?:{_SPEECH})\b", re.I)


_PRESENT_SAY = re.compile(r"say\s+\w", re.I)


def _speech_verb(text: str) -> re.Match[str] | None:
    """The speech verb of the sentence's main attribution: one that closes the sentence
    ("Berg urged calm, the ministry said."), else the first. Not "to say", not "was
    reported", and a characterising verb only before a quote or "as"."""
    verbs = [m for m in _SPEECH_VERB.finditer(text) if _active_speech(text, m)]
    # a present "say" before its clause counts only where no other verb credits anyone:
    # "X says …, but Y say …" keeps X as the sentence's source
    others = [m for m in verbs if not _PRESENT_SAY.match(text, m.start())]
    verbs = others or verbs
    if not verbs:
        return None
    last = verbs[-1]
    rest = text[last.end() :]
    after_comma = re.search(r"[,;:”\"]\s*[^,;:“”\"]{1,60}$", text[: last.start()]) is not None
    closing = (
        (after_comma or re.fullmatch(_TIME_TAIL, rest) is not None)
        and re.fullmatch(r"\s*(?:[\w’'-]+\s*){0,4}[.!?]?[”\"]?\s*", rest) is not None
        and not re.match(r"\s+(?:it|this|that|them|him|her|the|a|an)\b", rest, re.I)
        and not set(words(rest)) & (_AUXILIARIES | {"that"})
    ) or (
        _inverted_subject(text, last) is not None
        and re.fullmatch(r"[^,;:“”\"]*(?:,[^,;:“”\"]*)?[.!?]?[”\"]?\s*", rest) is not None
    )
    # "reversing a plan it announced in January": a verb in a relative clause closes nothing,
    # nor one in a clause of its own ("…, while the organisers said 7,000 took part")
    closing = (
        closing
        and not _RELATIVE_SPEAKER.search(text, 0, last.start())
        and not _CONTRASTED_SPEAKER.search(text, 0, last.start())
    )
    return last if closing and len(verbs) > 1 else verbs[0]


_CONTRASTED_SPEAKER = re.compile(
    r"\b(?:while|whereas|although|though|but)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)
_RELATIVE_SPEAKER = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+[\w-]+\s+(?:that\s+|which\s+)?(?:it|he|she|they|we)\s+$",
    re.I,
)


_TIME_TAIL = re.compile(
    r"\s*(?:(?:on|in|at|last|this|earlier|late|early)?\s*(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|week|month|year|morning|evening|night|"
    r"afternoon)\b[\w\s]*)?[.!?]?[”\"]?\s*",
    re.I,
)


_CLAIMED_THING = re.compile(
    r"\s+(?:(?:a|an|the|their|his|her|its|some|more\s+than|over|about|around|roughly|"
    r"almost|nearly)\s+)?"
    r"(?:[\d$€£¥]|combined\b|total\b|responsibility\b|credit\b|victory\b|asylum\b|"
    r"damages\b|compensation\b|benefits\b|expenses\b|allowances?\b|refunds?\b|lives\b|"
    r"(?:seat|share|title|prize|medal|record)s?\b)",
    re.I,
)
"""What one claims that is not a statement: money, a title, responsibility ("claimed a
combined 148,000 pounds in allowances", "the flood claimed 12 lives")."""


_ADMITTED_THING = re.compile(
    r"\s+(?:any\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:wrongdoing|guilt|responsibility|"
    r"liability|fault|charges?|mistakes?|errors?|failings?|defeat)\b",
    re.I,
)


_WHAT_FOLLOWS: tuple[tuple[frozenset[str], re.Pattern[str], bool], ...] = (
    (frozenset({"claimed"}), _CLAIMED_THING, False),  # "claimed 148,000 pounds"
    # a statement follows ("she added.", "added that", "added the plan would fail"), not a
    # thing added ("delays added €40 million to its cost", "added to the pressure", "the
    # lender added hidden charges to loans")
    (
        frozenset({"added", "adds"}),
        re.compile(
            r"\s*(?:[,.;:!?“”\"'‘’—–]|$)|\s+(?:that|in|on|at|later|afterwards)\b|"
            r"\s+(?:(?!(?:to|which|who)\b)[\w’'-]+\s+){1,6}?(?:had|has|have|was|were|is|are|"
            r"would|will|could|can|may|might|should|must|did|does|do)\b"
        ),
        True,
    ),
    (frozenset({"admitted", "acknowledged", "conceded"}), _ADMITTED_THING, False),
    (frozenset({"accused", "accuses"}), re.compile(r"\s+of\b"), False),  # "people accused of"
    (
        frozenset(
            {"found", "concluded", "ruled", "reported", "established", "determined", "estimated"}
        ),
        re.compile(
            r"\s+that\b|\s*[.!?]?\s*$|"
            # "…, the statistics office reported on Friday."
            r"(?i:\s+(?:on|last|this|earlier|late|early)\s+(?:monday|tuesday|wednesday|thursday|"
            r"friday|saturday|sunday|week|month|year))\s*[.!?]?\s*$|"
            # "…, the audit office found in a report last year."
            r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:report|study|review|audit|"
            r"survey|investigation|inquiry|assessment)\b[^,;:]*$|"
            # "the report found the pilot boat had been dispatched late": a clause, no "that"
            r"\s+(?:(?!(?:that|which|who)\b)[\w’'-]+\s+){1,6}(?:had|has|have|was|were|is|are)\b"
        ),
        True,
    ),
)
"""Speech verbs whose object decides whether they credit anyone: (verbs, what follows, whether
that makes them speech). "Has admitted wrongdoing" is a stance and "claimed a seat" a gain;
"found", "ruled" and "reported" credit a finding only before "that" ("the panel found that")
or closing the sentence ("…, the board found."), not "police found a body" or "shops
reported a drop in sales"."""


_NOUN_LIKE_VERBS = frozenset({"suspect", "suspects", "estimates", "fears"})
"""Speech verbs that are also nouns ("police suspect" / "a suspect")."""
_COUNTED_NOUN = re.compile(
    r"(?:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|another|each|every|no|any|some|"
    r"several|both|other|second|third|fourth|fifth|main|key|prime|chief|fellow|these|those|"
    r"this|that|their|its|his|her|our|whose|amid|renewed)|\d|['’]s|\b[a-z]+ing)\s+$",
    re.I,
)
"""A number, quantifier, possessive or verb in -ing just before ("raising fears of"): what
follows is a noun."""


def _active_speech(text: str, m: re.Match[str]) -> bool:
    # "had not been adequately told that": the hearer, in the passive, says nothing
    if re.search(
        r"\b(?:to|was|were|been|be|being|is|are|the|a|an)\s+(?:\w+ly\s+)?$", text[: m.start()]
    ):
        return False
    if re.search(
        r"(?:\bnot|\bnever|\bn(?:either|or)|n['’]t|\byet\s+to)\s+(?:\w+\s+)?$", text[: m.start()]
    ):
        return False  # "has not confirmed the date": nothing said, nobody credited
    verb = m.group().lower()
    if verb in _NOUN_LIKE_VERBS and _COUNTED_NOUN.search(text, 0, m.start()):
        return False  # "One suspect was detained", "its estimates show": a noun
    # "contacts of confirmed cases", "with reported losses": a participle before its noun
    if (
        verb.endswith("ed")
        and re.search(r"\b(?:of|with|and|or|its|their|his|her|\d+)\s+$", text[: m.start()])
        and re.match(r"\s+[a-z]+s\b(?!\s+(?:that|to|it|they|he|she)\b)", text[m.end() :])
    ):
        return False
    if (
        _AFTER_ITS_NOUN.search(text, 0, m.start())
        and re.match(r"\s*[.!?]?\s*$", text[m.end() :])
        and not _CLOSING_SPEAKER.search(text, 0, m.start())
    ):
        return False  # "unlikely to cause harm at the levels found.": a participle after its noun
    for verbs, following, speech_when_matched in _WHAT_FOLLOWS:
        if verb in verbs and (following.match(text, m.end()) is not None) != speech_when_matched:
            return False
    if verb.endswith("ed") and _PASSIVE_AGENT.match(text, m.end()):
        return False  # "cuts announced a week earlier by Velta Foods": the agent is no subject
    if _FRONTED_RELATIVE.match(text[: m.start()]) and _TIME_THEN_COMMA.match(text, m.end()):
        return False  # "Under rules the department announced on Monday, factories must …"
    if verb in _CHARACTERISING:
        after = text[m.end() : m.end() + 120]
        if re.match(r"\s+(?:on|upon|for|off|up|in|out|back)\b", after, re.I) or not re.match(
            r"^[^.;“\"]{0,60}(?:[“\"]|\bas\b)", after
        ):
            return False
        if _name_given(text, m.start() - 1):
            return False  # "a group called Families for Informed Choice criticised it as": a name
    return True


_AFTER_ITS_NOUN = re.compile(
    r"\b(?:at|in|on|from|with|over|under)\s+(?:the|a|an|its|their)\s+[a-z]+\s+$", re.I
)
"""A noun under a preposition just before a verb that ends the sentence: the verb describes
the noun ("at the levels found"), it credits nobody. Not "for" or "of", which make a
speaker's own phrase ("lawyers for the plaintiffs said")."""


_CLOSING_SPEAKER = re.compile(r"[,;:”\"]\s*(?:[\w’'-]+\s+){1,8}$")
"""A few words after a comma or a closing quote: a speaker closing the sentence ("…,” a
senior nurse at the hospital said.")."""


_WHICH_BEFORE = re.compile(
    r",\s+(?:which|who)\s+(?:(?:\w+ly|also|nonetheless|nevertheless|however|still)\s+)?$", re.I
)
_ANTECEDENT = re.compile(
    r"(?:\b(?:the|a|an)\s+)?(?:[A-Z][\w’'&.-]*\s+)*[A-Z][\w’'&.-]*$|"
    r"\b(?:the|a|an|its|their)\s+(?:(?!(?:the|a|an|its|their)\b)[\w’'-]+\s+){0,3}[\w’'-]+$|"
    # "according to press freedom groups, who said": whom the phrase credits
    r"(?<=\baccording\sto\s)(?:[\w’'&.-]+\s+){0,4}[\w’'&.-]+$"
)


def _antecedent(text: str, relative: re.Match[str], verb_end: int) -> Mention | None:
    """ "the approval of the Insurance Supervisory Authority, which said": who speaks is the
    noun the relative clause hangs on; the mention runs on to the verb, where the claim is.
    None when "which" follows a person ("headed by its president Anna Berg, which said"
    speaks for the union)."""
    comma = relative.start()
    match = _ANTECEDENT.search(text, 0, comma)
    if match is None:
        return None
    person = role_nouns(text[max(0, match.start() - 30) : comma])
    if person and relative.group().lower().lstrip(", ").startswith("which"):
        return None
    noun = _source_mention(text, match.start(), comma, from_end=True)
    return Mention(noun.start, verb_end, noun.key) if noun else None


def sources(text: str, names: frozenset[str] | None = None) -> list[Mention]:
    """Who a claim is credited to: the subject of the sentence's first speech verb ("X
    said", and "…, said X" where the subject follows), and "according to ..." phrases.

    Only the first speech verb counts: in "the Pentagon said Austin reassured allies" the
    source is the Pentagon. Keys are the phrase's content words (titles kept), so that
    "Prosecutors argued" and "The defence argued" differ; pronouns credit nobody new.
    """
    found: list[Mention] = []
    verb = _speech_verb(text)
    if verb:
        relative = _WHICH_BEFORE.search(text, 0, verb.start())
        antecedent = _antecedent(text, relative, verb.end()) if relative else None
        subject = antecedent or _inverted_subject(text, verb) or _subject_before(text, verb.start())
        if (
            subject is not None
            and _after_comma(text, verb)
            and set(words(text[_segment_start(text, subject.start) : verb.start()])) & _AUXILIARIES
        ):
            subject = None  # "The recount will start on Monday, said ...": that is the claim
        coordinated = _COORDINATED.search(text, 0, verb.start()) is not None
        if subject is None and coordinated:
            # "The union opposed the bill and said …"; "No one was hurt, but the board
            # classified the event … and said": the subject of the clause the verb ends
            breaks = list(_OWN_SUBJECT_CLAUSE.finditer(text, 0, verb.start()))
            own = _leading_subject(text, breaks[-1].end()) if breaks else None
            if (
                own is None
                or own.start < breaks[-1].end()
                or own.end > verb.start()
                or text[own.start : own.end].lower() in _PERSONAL_PRONOUNS
            ):
                own = _leading_subject(text)  # "…, though he said": the sentence's subject
            subject = own
        elif (
            subject is None
            and _CLAUSE_END_AFTER_VERB.match(text, verb.end()) is None
            and _PRONOUN_BEFORE.search(text, 0, verb.start()) is None
        ):
            subject = _subject_after(text, verb)
        if subject is not None and _PARTICIPLE_PRONOUN.fullmatch(text, subject.start, subject.end):
            # "welcomed the deal, saying it had feared a deeper cut": the pronoun is the
            # sentence's subject, who says it
            subject = _leading_subject(text)
        if subject is not None:
            subject = _speaker_of_relative(text, subject)
        if subject is not None and (credited := _document_author(text, subject)):
            found.append(credited)
    for match in _FIGURES_SHOW.finditer(text):
        mention = _source_mention(text, match.start(1), match.end(1), from_end=False)
        if mention is not None and not any(
            m.start < mention.end and mention.start < m.end for m in found
        ):
            found.append(mention)
    for match in _SOURCE_PHRASE.finditer(text):
        # "according to the report published by the district council", "according to
        # filings the state election commission published": the council, the commission
        author = _AUTHORED_BY.search(text, match.start(1), match.end(1))
        written = _DOCUMENT_WRITTEN.match(text[match.start(1) : match.end(1)])
        start, end = match.span(1)
        if author:
            start = author.end()
        elif written:
            start, end = match.start(1) + written.start(1), match.start(1) + written.end(1)
        mention = _source_mention(text, start, end, from_end=False)
        if mention is not None:
            mention = _document_author(text, mention, end)
        if mention is not None and (appositive := _source_appositive(text, end)):
            # "according to the telecoms regulator, the Estravian Communications Authority"
            mention = Mention(mention.start, appositive.end, f"{mention.key} {appositive.key}")
        if mention is not None and not any(
            m.start < mention.end and mention.start < m.end for m in found
        ):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


_PARTICIPLE_PRONOUN = re.compile(
    r"(?:saying|adding|arguing|insisting|warning|stressing|noting|claiming|explaining)\s+"
    r"(?:that\s+)?(?:it|he|she|they|we)",
    re.I,
)


def _source_appositive(text: str, end: int) -> Mention | None:
    """A name or a body described, set off by a comma right after a source phrase."""
    match = _SOURCE_APPOSITIVE.match(text, end)
    if match is None:
        return None
    phrase = match.group(1)
    named = re.fullmatch(
        r"(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:of\s+|for\s+)?)*[A-Z][\w’'&.-]*", phrase
    )
    tokens = words(phrase)
    head = tokens[-1] if tokens else ""
    described = re.match(r"(?:the|an?)\s", phrase, re.I) and head in BODY_WORDS | _SOURCE_NOUNS
    if not named and not described:
        return None
    if _LIST_GOES_ON.match(text, match.end(1)):
        return None  # "according to a council report, the Fenby Lane, Coldwater Road and …"
    return _source_mention(text, match.start(1), match.end(1), from_end=False)


_LIST_GOES_ON = re.compile(r",\s+(?:[A-Z][\w’'&.-]*\s+){1,3}(?:and|or)\s")
"""After a phrase set off by a comma, another name and "and": the phrase opens a list."""


_SOURCE_APPOSITIVE = re.compile(r",\s+((?:[\w’'&.-]+\s+){0,5}[\w’'&.-]+?)(?=[,;]|\.?\s*$|\.\s)")


BODY_WORDS = frozenset({
    "company", "firm", "group", "organisation", "organization", "club", "team", "bank",
    "carrier", "airline", "retailer", "operator", "agency", "ministry", "government", "council",
    "authority", "party", "union", "charity", "court", "board", "commission", "department",
    "institute", "university", "hospital", "regulator", "business", "manufacturer", "maker",
    "broadcaster", "newspaper", "network", "alliance", "bloc", "federation", "association",
    "owner", "owners", "lender", "insurer", "developer", "producer", "supplier", "provider",
    "utility", "chain", "broker", "inspectorate", "service", "carmaker", "automaker",
    "steelmaker", "drugmaker", "chipmaker", "planemaker", "miner", "recycler", "contractor",
    "exchange", "refiner", "shipbuilder", "builder", "trader", "chamber", "foundation", "trust",
    "society", "coalition", "consortium", "assembly", "legislature",
})  # fmt: skip
"""Nouns that refer back to a named organisation ("Microsoft said" / "the company said")."""


def body_nouns(text: str) -> list[Mention]:
    """Bodies named by a common noun ("the government", "the regional council"), keyed by the
    noun: the place a name can take in a re-telling."""
    return [Mention(m.start(), m.end(), m.group(1).lower()) for m in _BODY_NOUN.finditer(text)]


_SERVICES = (
    ("coastguard", r"coast[\s-]?guards?|coastguards?"),
    ("navy", r"navy|navies|naval\s+forces|sailors"),
    ("army", r"army|armies|soldiers|troops"),
    ("air force", r"air\s+forces?|airmen"),
    ("police", r"police|policemen|policewomen|police\s+officers|gendarmes|gendarmerie"),
    ("border guard", r"border\s+(?:guards?|police|force|agents)"),
    ("fire service", r"fire\s+(?:brigades?|services?|crews|fighters)|firefighters?"),
    ("ambulance service", r"ambulance\s+(?:service|crews|workers)|paramedics"),
    ("customs", r"customs\s+(?:officers|officials|agents|service)|customs"),
    ("prison service", r"prison\s+(?:service|officers|guards|staff)|prison\s+authorities"),
)
_SERVICE_PATTERNS = tuple((key, re.compile(rf"\b(?:{body})\b", re.I)) for key, body in _SERVICES)


def services(text: str) -> list[Mention]:
    """Uniformed services ("the coast guard", "firefighters", "troops"), keyed by service:
    each does a different job, so one in another's place is another actor."""
    found: list[Mention] = []
    for key, pattern in _SERVICE_PATTERNS:
        for match in pattern.finditer(text):
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(Mention(match.start(), match.end(), key))
    return sorted(found, key=lambda m: m.start)


_BODY_NOUN = re.compile(
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*['’]s)\s+(?:[a-z]+(?:['’]s?)?\s+){{0,2}}?"
    rf"({'|'.join(sorted(BODY_WORDS))})\b"
)
"""A body after a determiner or an owner ("the regional council", "Celdora's foreign
ministry"), with up to two words that say which ("the postal workers' union")."""


FIRM_WORDS = frozenset({
    "motors", "airlines", "airways", "holdings", "corp", "corporation", "inc", "ltd", "plc",
    "co", "industries", "technologies", "systems", "pharmaceuticals", "pharma", "energy",
    "foods", "logistics", "steel", "mining", "telecom", "media", "partners", "capital",
    "securities", "enterprises", "labs", "electric", "chemicals", "oil", "gas", "power",
    "shipping", "rail", "railways", "studios", "software", "networks", "robotics", "aerospace",
    "automotive", "construction", "insurance", "ventures", "fund", "trust", "foundation",
    "bank", "bancorp", "finance", "petroleum", "resources", "motor", "airline", "group", "lines",
    "ferries", "ferry", "minerals", "metals", "mills", "farms", "brewery", "breweries",
    "stores", "supermarkets", "markets", "pharmacy", "telecoms", "mutual", "utilities",
    "cement", "textiles", "freight", "line", "semiconductor", "semiconductors", "electronics",
    "biotech", "therapeutics", "dairy", "dairies", "hotels", "solar", "polymers", "plastics",
    "packaging", "devices", "instruments", "chips", "brands", "beverages", "cosmetics",
    "medical", "healthcare", "biosciences", "diagnostics", "recycling", "engineering",
    "manufacturing", "consulting", "trading", "publishing", "broadcasting", "mobile",
    "communications", "telecommunications", "broadband", "water", "chemical",
})  # fmt: skip
"""Words that make a name a business, not a person ("Halvorsen Motors", "Nordfjord Energy")."""


_PRONOUN_SPEAKER = re.compile(
    r"\b(he|she)\s+(?:has\s+|had\s+)?(?:said|says|added|told|stated|insisted|warned|"
    r"explained|noted|stressed|urged|argued|claimed|announced)\b",
    re.I,
)


def pronoun_speakers(text: str) -> list[Mention]:
    """ "he said", "she added": a person credited only by a pronoun, keyed by it."""
    return [
        Mention(m.start(1), m.end(1), m.group(1).lower()) for m in _PRONOUN_SPEAKER.finditer(text)
    ]


def antecedent_words(text: str) -> set[str]:
    """Words of the last person named in ``text`` (name, title, role): who "he" or "she"
    in the next sentence most likely is ("Coastguard commander Zuzana Moravec")."""
    titled = roles(text)
    # a name with a title is a person's, whatever its words ("Mining Minister Dario Ollantes")
    people = [
        m
        for m in entities(text)
        if len(m.key.split()) >= 2
        and (
            any(name == m for name, _ in titled)
            or not set(m.key.split()) & (BODY_WORDS | FIRM_WORDS)
        )
    ]
    if not people:
        return set()
    person = people[-1]
    found = set(words(text[person.start : person.end]))
    for name, role in titled:  # with the title before the name: "Coastguard commander"
        if name == person:
            found |= set(role.key.split())
    return {w.removesuffix("'s") for w in found if is_content_word(w)}


_ADVERB_GAP = re.compile(
    r"\s*(?:to\s+)?(?:(?:be|been)\s+)?(?:(?:yet|even|still|immediately|\w+ly)\s+)?"
)
"""What may stand between a refusal or an inability and the stance it blocks ("could not yet
promise", "refused to apologise", "unable to confirm", "could not be independently
verified")."""
_DETERMINER_BEFORE_NOUN = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|any)\s+(?:[\w-]+\s+)?$", re.I
)
_BODY_DESCRIBED = re.compile(
    r"\s*\b(?:(?:led|headed|chaired|run|founded|owned|backed|supported)\s+by|based\s+in)\b", re.I
)
"""A participle phrase that describes a body ("headed by its president", "based in Riga")."""
_NOUN_THEN_PARTICIPLE = re.compile(
    r"\b(?i:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}?([a-z][\w’'-]*)\s+[a-z]{3,}ing\s+"
    r"(?:the|a|an|its|their|his|her)\b"
)
"""A noun and the participle phrase that describes it ("the charity running a relief fund")."""
_SAID_SINCE = r"(?:(?:has|have|had|also|previously|already|repeatedly|later|then)\s+){0,2}"
"""What may stand between a subject and its verb of saying: "and has said", "he has also said"."""
_COORDINATED = re.compile(rf"\b(?:and|but|or)\s+{_SAID_SINCE}$", re.I)
"""A verb joined to an earlier one ("denied wrongdoing and said", "is expected to testify and
has said"): its subject is not after it."""


def _subject_before(text: str, verb: int) -> Mention | None:
    """The noun phrase before the verb at offset ``verb``, with an appositive ("X, the
    envoy, said")."""
    bounds = [0, *(m.end() for m in _SUBJECT_BOUNDARY.finditer(text, 0, verb)), verb]
    segments = [(a, b) for a, b in pairwise(bounds) if text[a:b].strip(" ,")]
    if len(segments) > 1 and _ADVERBS_ONLY.fullmatch(text, *segments[-1]):
        segments = segments[:-1]  # "The largest union, USP, cautiously welcomed": USP did
    pronoun = len(segments) > 1 and re.match(
        r"\s*(?:who|which)\s+", text[slice(*segments[-1])], re.I
    )
    if pronoun:
        start, end = segments[-1]
        if _OBJECT_RELATIVE.match(text, start + pronoun.end(), end):
            # "…, which the statistics office said": the speaker follows the pronoun
            segments[-1] = (start + pronoun.end(), end)
        else:
            # "Miklos Benko, who had nominated her and who said": the name before the pronoun,
            # with its appositive ("welcomed by Yusuf Barrani, director of X, who said")
            segments = segments[:-1]
            # "the student union, headed by its president X, which said": "which" is the body,
            # not the person in the participle phrase that describes it
            while (
                pronoun.group().strip().lower() == "which"
                and len(segments) > 1
                and _BODY_DESCRIBED.match(text, *segments[-1])
            ):
                segments = segments[:-1]
    # "Student unions, which had been protesting in the capital, Saint-Orbe, for three weeks,
    # said": a relative clause that runs, commas and all, up to the verb describes the name
    # before it
    # (only where the name opens the sentence: "The repair will add …, which now stands at …,
    # Halvard Mienkowski, the agency's director, told reporters" names the director)
    for k in range(len(segments) - 1, 0, -1) if not pronoun else ():
        opening = re.match(r"\s*(?:who|which)\s+", text[slice(*segments[k])], re.I)
        if opening is None:
            continue
        if (
            (
                k == 1
                and not _FIRST_VERB.search(text, *segments[0])
                and all(text[slice(*seg)].rstrip().endswith(",") for seg in segments[k:])
                # "Boring of the tunnel, which is 11 km long, has been halted …, X told": the
                # name's own verb comes after the relative clause; the speaker is X
                and not any(_AUXILIARY_OPENS.match(text, *seg) for seg in segments[k + 1 :])
            )
            and not (
                _OBJECT_RELATIVE.match(
                    text[segments[k][0] + opening.end() : segments[k][1]].rstrip(" ,")
                )
            )
        ):
            segments = segments[:k]
        break
    # "X, the envoy, said": a segment set off by a comma just before the verb is an
    # appositive; the subject is the name and its appositive together. A relative clause
    # ("Rights groups, which brought the case, called") is not part of the name.
    # "Hessel Oudegeest, president of the Alliance, which organised the protest, said": the
    # relative clause goes, and the appositive before it joins the name.
    appositive = False
    while len(segments) > 1 and text[slice(*segments[-1])].rstrip().endswith(","):
        last = text[slice(*segments[-1])].strip().split()
        if last and last[0].lower() in {"who", "which", "whose", "whom"}:
            segments = segments[:-1]
            continue
        if _BODY_DESCRIBED.match(text, *segments[-1]):
            segments = segments[:-1]  # "The report, led by judge X, said": the report says it
            continue
        which = (
            re.match(r"\s*(?:who|which)\s+", text[slice(*segments[-2])], re.I)
            if len(segments) > 2
            else None
        )
        if which and not _FIRST_VERB.search(text, *segments[-1]):
            clause_start = segments[-2][0] + which.end()
            if _OBJECT_RELATIVE.match(text[clause_start : segments[-2][1]].rstrip(" ,")):
                # "a vaccine, which the health commissioner, Dr. Aminu Darra, said would
                # protect": the relative clause's subject and its appositive say it
                segments = [(clause_start, segments[-1][1])]
                appositive = True
                break
            segments = segments[:-2]  # "X, which was fined, 190 million euros, said": X says it
            continue
        segments = [*segments[:-2], (segments[-2][0], segments[-1][1])]
        appositive = True
        break
    if not segments:
        return None
    # "The statement by Harvest Relief, the Lumen Fund and Médecins du Sahel said": a list of
    # names joined by commas and a final "and" is one subject.
    while len(segments) > 1 and _LIST_TAIL.search(text[slice(*segments[-1])]):
        before = text[slice(*segments[-2])].rstrip(" ,")
        if not re.search(r"[A-Z][\w’'.-]*$", before):
            break
        segments = [*segments[:-2], (segments[-2][0], segments[-1][1])]
    start, end = segments[-1]
    if _COORDINATED.search(text, start, end):
        return None  # "X denied wrongdoing and said": a second verb of the same subject
    relative = re.search(r"\S\s+(?:that|who|which|whose|whom)\s+", text[start:end], re.I)
    if relative:
        inner = text[start + relative.end() : end]
        tokens = words(inner)
        # "Civic Renewal, the party whose candidate came second, said": a "whose" clause
        # describes the subject; its own subject is not the speaker
        possessive = relative.group().split()[-1].lower() == "whose" and inner.rstrip().endswith(
            ","
        )
        if (
            tokens
            and not possessive
            and (
                _OBJECT_RELATIVE.match(inner)
                or tokens[0] in _SOURCE_NOUNS
                # "a ban that aid agencies said", not "who chairs the transport committee"
                or (
                    len(tokens) <= 3
                    and not set(tokens) & {"the", "a", "an", "its", "their", "his", "her"}
                    and (
                        tokens[-1].removesuffix("s") in _SOURCE_NOUNS | BODY_WORDS
                        or tokens[-1].removesuffix("ies") + "y" in _SOURCE_NOUNS | BODY_WORDS
                    )
                )
                or role_nouns(inner)
            )
            and len(tokens) <= 6
            and not any(t in _AUXILIARIES or t.endswith("ed") for t in tokens[1:])
        ):
            # "a decision that lawyers for the families said they would challenge", "footage
            # that fire investigator Dominic Reyes said showed": the speaker is the subject of
            # the relative clause.
            start += relative.end()
        else:
            # "The rights groups that brought the case described": the subject ends at the
            # relative pronoun.
            end = start + relative.start() + 1
    # "Opponents led by the Heritage Bloc party argued": the opponents argue
    described = _BODY_DESCRIBED.search(text, start, end)
    if described and described.start() > start:
        end = described.start()
    # "the charity running a relief fund for families hit by floods said": the charity
    for running in _NOUN_THEN_PARTICIPLE.finditer(text, start, end):
        noun = running.group(1).lower()
        if noun in _SOURCE_NOUNS | BODY_WORDS or noun.removesuffix("s") in _SOURCE_NOUNS:
            start, end = running.start(), running.end(1)
            break
    # "a number they said was far too low": the pronoun is the speaker, the noun before it
    # what was said
    pronoun_subject = re.search(r"(?<=\w)\s+(?:they|he|she|we)\s*$", text[start:end], re.I)
    if pronoun_subject:
        start += pronoun_subject.start()
    # "Bellamont, head of the force since 2019, said": the year says when, not who
    since = _SINCE_WHEN.search(text, start, end)
    if since and since.start() > start:
        end = since.start()
    # a long appositive keeps the name before it: "Meridian Transmission, a joint venture
    # between Valdoria's grid operator and a Sant Ermo utility, blamed"
    return _source_mention(text, start, end, from_end=True, limit=24 if appositive else 12)


_ADVERBS_ONLY = re.compile(r"\s*(?:(?!(?:family|ally|assembly|supply|rally)\b)[a-z]+ly\s+){1,2}")
"""A segment of adverbs alone between a subject's commas and its verb ("USP, cautiously
welcomed"): no subject of its own."""
_AUXILIARY_OPENS = re.compile(
    r"\s*(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should)\b", re.I
)
_SINCE_WHEN = re.compile(
    r"\s+(?:since|from|until|in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?\d{4}\s*,?\s*$"
)


_LIST_TAIL = re.compile(
    r"^\s*(?:the\s+)?[A-Z][^,;]*\s(?:and|&)\s+(?:the\s+)?[A-Z][^,;]*$|^\s*(?:and|&)\s+[A-Z]"
)
"""The last item of a list of names: "the Lumen Fund and Médecins du Sahel"."""
_OBJECT_RELATIVE = re.compile(
    r"(?:the|a|an|his|her|its|their|several|many|some|two|three|four|five|most|other|"
    r"[A-Z][\w’'-]*)\s[^,;]*$"
)
"""A relative clause that starts with its own subject ("that lawyers for the families",
"which the minister"): the relative pronoun is the object, the speaker follows it. One that
starts with a verb ("that brought the case") is about the noun before it."""


_OWN_SUBJECT_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas|although|though)\s+|;\s+")
"""Where a new clause with its own subject opens."""


def _leading_subject(text: str, start: int = 0) -> Mention | None:
    """The subject of the sentence's first verb outside a relative clause: the subject a
    second, coordinated verb shares ("The national farmers' union, which …, opposed the bill
    and said"; "Oskaria's foreign minister, Haakon Brisset, denied … and said")."""
    for verb in _FIRST_VERB.finditer(text, start):
        if _name_given(text, verb.start()):
            continue  # "A group called Families for Informed Choice criticised": a name given
        clause = text[max(start, _segment_start(text, verb.start())) : verb.start()]
        # "Saying retailers were struggling, the chamber opposed …": the chamber; not
        # "Shipping companies opposed …"
        first = re.match(r"\s*([\w’'-]+)(\s+[a-z])?", clause)
        opener = first is not None and (
            first.group(1).lower() in _CLAUSE_OPENERS
            or (
                first.group(1).endswith("ing")
                and first.group(2) is not None
                and "," in text[verb.end() :]
            )
        )
        if not opener and not re.match(r"\s*(?:who|which|whose|that)\b", clause, re.I):
            return _subject_before(text, verb.start() + 1)
    return None


_NAMING = re.compile(r"\s(?:called|named|dubbed)\s+(?:the\s+)?[A-Z“\"']")
_INDEFINITE_NOUN = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*\s+$", re.I)
"""A name given, not a view: "a group called Families for Informed Choice", "an app named
Tallo" (but "the minister called Smith a liar")."""


def _name_given(text: str, space: int) -> bool:
    """The verb after the space at ``space`` gives a name to an indefinite noun before it."""
    return bool(_NAMING.match(text, space) and _INDEFINITE_NOUN.search(text, 0, space + 1))


_FIRST_VERB = re.compile(
    r"\s(?:[a-z]+ed|(?:has|have|had|was|were|is|are|would|could|did|does)(?:n['’]t)?|will|"
    r"won['’]t|may|went|said|told|made|took|gave|came|saw|met|won|left|held|kept|found|sent|"
    r"spent|paid|sold|bought|brought|began|became|fell|rose|grew|knew|thought|wrote|spoke|"
    r"broke|chose|drove|flew|stood|sat|led|ran|got)(?![\w’'])"
)


def _segment_start(text: str, position: int) -> int:
    """Where the comma-free stretch of ``text`` holding ``position`` begins."""
    bounds = [m.end() for m in _SUBJECT_BOUNDARY.finditer(text, 0, position)]
    return bounds[-1] if bounds else 0


def has_verb(text: str) -> bool:
    """The text holds a verb form ("said", "were", "rejected"), so it can be a claim of its own
    rather than a bare noun phrase ("Bank details")."""
    return _FIRST_VERB.search(f" {text} ") is not None


def _after_comma(text: str, verb: re.Match[str]) -> bool:
    """ "…, said the commission's chairman": a verb of saying right after a comma, whose
    subject comes after it unless the comma closes an appositive ("Anna Berg, the envoy,
    said")."""
    before = text[: verb.start()]
    return verb.group().lower() in _INVERTING and re.search(r",\s*$", before) is not None


def _inverted_subject(text: str, verb: re.Match[str]) -> Mention | None:
    """ "…, said mission scientist Tomas Eriksen": right after a comma or a closing quote a
    verb of saying may come before its subject."""
    if verb.group().lower() not in _INVERTING or not re.search(
        r"(?:[,”\"]|^)\s*$", text[: verb.start()]
    ):
        return None
    if _SUBJECT_AND_APPOSITIVE.match(text[: verb.start()]):
        return None  # "Traders in Olbrach, the capital, said": the subject came first
    return _subject_after(text, verb)


_SUBJECT_AND_APPOSITIVE = re.compile(
    r"\s*(?!(?:On|In|At|After|Before|During|By|For|From|Since|Until|With|Without|Under|Over|"
    r"As|When|While|Last|This|Earlier|Later)\b)[A-Z][^,;:“”\"]*,\s+(?:the|an?|its|their|his|her)\s+"
    r"[^,;:“”\"]{1,60},\s*$"
)
"""A subject and its appositive before a verb of saying: the verb is not inverted."""


def _subject_after(text: str, verb: re.Match[str]) -> Mention | None:
    """The speaker written after the verb: a name or a speaking noun phrase ("a spokesman")
    that ends the clause, not the start of the reported claim ("said prices rose", "said the
    operator, Broadwater Ferries, had ignored"). A description followed by the name that
    ends the sentence is that person ("said its head, Parisa Rezaei")."""
    stop = _SOURCE_BOUNDARY.search(text, verb.end())
    end = stop.start() if stop else len(text)
    if _CLAIM_GOES_ON.match(text, end):
        return None
    appositive = _CLOSING_NAME.match(text, end)
    described = re.findall(r"[\w’'.-]+", text[verb.end() : end].lower())
    # "said its head, Parisa Rezaei", not "said the candidate would rally in the capital,
    # Trevanne": a description is short and has no verb of its own
    if (
        appositive
        and not re.match(r"\s*[A-Z]", text[verb.end() : end])
        # an office may name its body at length ("the head of the Drovnian Chamber of Small
        # Enterprises, Irena Sabic")
        and (len(described) <= 8 or (len(described) <= 12 and _ROLE_HEAD.match(described[1])))
        and not set(described) & _AUXILIARIES
    ):
        name_end = appositive.start(1) + len(appositive.group(1).rstrip("."))
        return _source_mention(text, appositive.start(1), name_end, from_end=False)
    phrase = text[verb.end() : end].rstrip(" .")
    phrase = re.sub(
        r"(?:^|\s+)(?:on|in|at|outside|inside|during|near|last|this|earlier|late|early|after|before|"
        r"following)\s+[\w\s]*$|"
        r"(?:^|\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
        r"yesterday)$",
        "",
        phrase,
        flags=re.I,
    )
    tokens = re.findall(r"[\w’'.-]+", phrase)
    if tokens and tokens[0].lower() in _PERSONAL_PRONOUNS:
        return None  # "…, said it accepted the findings": a claim with its own subject
    named = any(t[:1].isupper() for t in tokens)
    # A named speaker may carry a title and an affiliation ("glaciologist Dr. Simone
    # Achterberg of the University of Innsfeld"); an unnamed one is a short phrase.
    if not tokens or len(tokens) > (12 if named else 8):
        return None
    # "said a spokesman for the fire service": whom a speaker speaks for is part of the speaker
    speaks_for = next(
        (k for k in range(1, len(tokens)) if tokens[k] == "for" and tokens[k - 1] in _SPEAKS_FOR),
        None,
    )
    own = tokens if speaks_for is None else tokens[:speaks_for] + tokens[speaks_for + 1 :]
    if any(t.lower() in _AUXILIARIES or t.lower() in _NOT_IN_SPEAKER for t in own):
        return None
    if any(a[:1].isupper() and b.endswith("ed") and b.islower() for a, b in pairwise(tokens)):
        return None  # "said Varley faced up to 12 years": a name with a verb is the claim
    last = tokens[-1] if speaks_for is None else tokens[speaks_for - 1]
    head = last.lower().strip(".").removesuffix("’s").removesuffix("'s")
    if not named and head not in _SOURCE_NOUNS:
        return None
    return _source_mention(text, verb.end(), verb.end() + len(phrase), from_end=False, limit=8)


_CLAIM_GOES_ON = re.compile(
    r"(?:\s*,[^,;:“”\"]{1,60},)?\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|"
    r"might|must|should|did|does|do)\b"
)
"""After the noun phrase that follows a verb of saying, a verb of its own: the phrase is the
subject of the claim, not the speaker ("said the operator, Broadwater Ferries, had ignored")."""
_CLOSING_NAME = re.compile(
    r",\s*((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3})"
    r"(?:\s*[.!?]?[”\"]?\s*$|,\s+(?:who|whose)\b)"
)
"""A name set off by a comma that ends the sentence, or a clause about the speaker: the
person a description names ("said her agent, Paul Drechsler, who added"; "said the group's
chair, retired teacher Owen Pryce")."""


_INVERTING = set(
    "said says added adds wrote writes explained explains insisted insists warned warns "
    "stressed noted declared declares announced tweeted replied argued argues claimed "
    "confirmed confirms".split()
)
"""Verbs of saying that news English puts before their subject ("…, said the minister")."""
_NOT_IN_SPEAKER = {"for", "to", "with", "about", "into", "that", "if", "whether", "not"}
SPOKESPEOPLE = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "spokespeople", "lawyer", "lawyers",
    "attorney", "attorneys", "representative", "representatives",
})  # fmt: skip
"""Those who speak for someone else ("a spokesman for the fire service", "a lawyer for the
families")."""
_SPEAKS_FOR = SPOKESPEOPLE | {"minister", "secretary", "commissioner", "envoy"}
"""Speakers named by whom they speak for, offices included ("the minister for transport")."""


_SOURCE_BOUNDARY = re.compile(r"[,;:“”\"()—–]|\bthat\b")
_SUBJECT_BOUNDARY = re.compile(r"[;:“”\"()—–]|,(?!\d)")
_CLAUSE_END_AFTER_VERB = re.compile(r"\s*(?:that\b|[“\"])")
_PRONOUN_BEFORE = re.compile(rf"\b(?:he|she|they|we|I)\s+{_SAID_SINCE}$", re.I)
"""A pronoun just before the verb is its subject, and credits nobody new: in "she told a news
conference in the capital, Varno" the place after the verb is no speaker."""


_FINITE = frozenset("is are was were be been being will would could should might must".split())
"""Lower-case verbs no noun phrase holds: a source holding one is a clause."""


def _name_kept_whole(tokens: list[re.Match[str]], limit: int) -> list[re.Match[str]]:
    """The first ``limit`` words, and more while they go on naming one body, where the cut
    falls after a joining word ("the Office for Gas and Electricity Markets", not "the Office
    for Gas and")."""
    kept = limit
    if not any(t.group().lower() in _NAME_JOINS for t in tokens[max(0, limit - 2) : limit]):
        return tokens[:limit]
    while kept < len(tokens):
        word, before = tokens[kept].group(), tokens[kept - 1].group()
        joins = word.lower() in _NAME_JOINS and kept + 1 < len(tokens)
        if joins and before[:1].isupper() and tokens[kept + 1].group()[:1].isupper():
            kept += 2
        elif word[:1].isupper() and (before[:1].isupper() or before.lower() in _NAME_JOINS):
            kept += 1
        else:
            break
    return tokens[:kept]


_NAME_JOINS = {"of", "for", "and"}


def _source_mention(
    text: str, start: int, end: int, *, from_end: bool, limit: int = 5
) -> Mention | None:
    """Up to five words of ``text[start:end]`` (the last five before a verb, the first five
    after one) as a source, keyed by content words; None for pronouns or nothing."""
    tokens = list(re.finditer(r"[\w’'.-]+", text[start:end]))
    tokens = [t for t in tokens if t.group().lower() not in {"has", "had", "have", "also"}]
    if not tokens:
        return None
    if from_end:  # "requested the recount after observers reported": the subject follows "after"
        # "was welcomed by Yusuf Barrani, …, who said": the agent follows a passive's "by"
        cut = [
            k
            for k, t in enumerate(tokens)
            if t.group().lower() in _CLAUSE_OPENERS
            or (t.group() == "by" and k and tokens[k - 1].group().endswith("ed"))
        ]
        tokens = tokens[cut[-1] + 1 :] if cut else tokens
        if not tokens:
            return None
    tokens = tokens[-limit:] if from_end else _name_kept_whole(tokens, limit)
    finite = next((k for k, t in enumerate(tokens) if t.group() in _FINITE), None)
    if finite is not None and from_end:
        return None  # "The ban was supported by": a clause, not who says it
    if finite is not None:
        # "according to the airline there was no fire": the source ends where a clause opens
        tokens = tokens[:finite]
        while tokens and tokens[-1].group().lower() in {"there", "it", "this", "that"}:
            tokens = tokens[:-1]
    while tokens and tokens[0].group().lower() in {"and", "but", "while"}:
        tokens = tokens[1:]  # ", and Agriculture Minister Aarni Pellinen said"
    if not tokens:
        return None
    key_words = [
        part
        for w in (t.group() for t in tokens)
        for part in w.lower().strip(".’'").removesuffix("’s").removesuffix("'s").split("-")
    ]
    content = [
        w
        for w in key_words
        if w and w not in _STOPWORDS and w not in _PRONOUNS and w not in _SUBORDINATORS
    ]
    if not content:
        return None
    phrase = text[start + tokens[0].start() : start + tokens[-1].end()]
    if _AGE_REFERENCE.fullmatch(phrase):
        return None  # "The 58-year-old admitted": the person named before, as a pronoun is
    return Mention(start + tokens[0].start(), start + tokens[-1].end(), " ".join(content))


_AGE_REFERENCE = re.compile(
    r"the\s+\d{1,3}[\s-]+year[\s-]+old(?:\s+(?:man|woman|boy|girl|driver|defendant))?", re.I
)


def same_stem(a: str, b: str) -> bool:
    """Two words that differ only in their ending ("kenya" ~ "kenyan", "prosecutors" ~
    "prosecution", "minister" ~ "ministry"): a common start of four letters or more that
    leaves at most three letters of the shorter word."""
    a, b = a.lower().replace("z", "s"), b.lower().replace("z", "s")
    if a == b:
        return True
    common = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 4 and common >= min(len(a), len(b)) - 3


_LEADING = "leads led leading heads headed heading runs ran running charge".split()
"""Verbs of leading; "charge" for "in charge of security" ~ "head of security"."""
_ROLE_VERBS: dict[str, frozenset[str]] = {
    role: frozenset(verbs)
    for roles, verbs in (
        ("head leader chief boss executive", _LEADING),
        ("chair chairman chairwoman chairperson", ["chairs", "chaired", "chairing", *_LEADING]),
        ("director", ["directs", "directed", "directing", *_LEADING]),
        ("manager", ["manages", "managed", "managing", "runs", "ran", "running"]),
        ("commander", ["commands", "commanded", "commanding", *_LEADING]),
        ("president", ["presides", "presided", "presiding", "chairs", "chaired", *_LEADING]),
        ("founder co-founder", ["founded", "co-founded", "set"]),
        ("lawyer attorney counsel", ["represents", "represented", "representing", "defends"]),
        ("member", ["sat", "sits", "sitting", "serves", "served", "serving"]),
        ("author writer novelist", ["wrote", "writes", "written", "author", "writer", "novelist"]),
        ("owner", ["owns", "owned", "owning"]),
        ("coach trainer", ["coaches", "coached", "coaching", "trains", "trained"]),
        ("editor", ["edits", "edited", "editing"]),
        ("governor", ["governs", "governed", "governing"]),
        ("organiser organizer", ["organised", "organized", "organises", "organizes"]),
        ("representative", ["represents", "represented", "representing"]),
        ("spokesman spokeswoman spokesperson", ["speaks"]),
        ("winner", ["won", "wins"]),
        ("driver", ["drive", "drives", "drove", "driven", "driving"]),
    )
    for role in roles.split()
}
"""Verbs that give a role without its noun ("who leads the residents' group" ~ "head of the
residents' group")."""


def role_given(role_word: str, text_words: set[str]) -> bool:
    """Whether ``text_words`` give the role ``role_word``: the noun or a word of its stem
    ("heads" for "head"), or a verb of the office ("leads" for "head", "chairs" for "chairman")."""
    return role_acted(role_word, text_words) or any(
        same_stem(role_word.lower(), w) for w in text_words
    )


def role_acted(role_word: str, text_words: set[str]) -> bool:
    """Whether ``text_words`` give the role by a verb of the office alone ("won" for
    "winner", "chairs" for "chair")."""
    return bool(_ROLE_VERBS.get(role_word.lower(), frozenset()) & text_words)


_HEAD_END = re.compile(
    r"\s+(?:of|from|at|in|for|with|representing|who|which|that|whose|on|to)\b", re.I
)


def source_head(phrase: str) -> str:
    """The head noun of a source phrase: its last word before a post-modifier ("the
    government of a neighbouring country" -> government, "environmental groups" -> groups)."""
    cut = _HEAD_END.search(phrase)
    tokens = words(phrase[: cut.start()] if cut else phrase)
    tokens = [t.removesuffix("'s") for t in tokens if is_content_word(t)]
    return tokens[-1] if tokens else ""


def speakers(text: str, names: frozenset[str] | None = None) -> list[Mention]:
    """Names that say or claim something here: "X said", "X, the envoy, told", "said X",
    "according to X"."""
    found = []
    for mention in entities(text, names):
        after = text[mention.end : mention.end + 100]
        before = text[max(0, mention.start - 40) : mention.start]
        closes = _CLAUSE_END.match(after) is not None
        if (
            _SPEECH_AFTER.match(after)
            or (closes and _SPEECH_BEFORE.search(before))
            or _ACCORDING.search(before)
        ):
            found.append(mention)
    return found


_APPOSITIVE = re.compile(
    r",\s*+(?:((?:the\s+|a\s+|an\s+)?(?!(?:who|which|whose|will|would|has|had|have|is|was|"
    r"are|were|can|could|may|might|must|should|said|says|told|and|but|according)\b|[a-z]+ed\b)"
    r"(?:[^,;.“”\"]|\.(?!\s+(?-i:[A-Z]))){3,90}?),|"
    # not a closing attribution: "…, her lawyer said on Saturday."
    r"((?:the|an?|his|her|its|their)\s+(?![^,;“”\"]*\b(?:said|says|told|added)\b)[^,;“”\"]{3,90}?)"
    r"[.;]?\s*$)",
    re.I,
)
"""A phrase set off after a name by commas, within its sentence, or closing the sentence after
a determiner ("said Edda Tamm, a shop steward for the union.")."""
_ROLE_HEAD = re.compile(
    r"\b(head|chief|leader|director|minister|secretary|spokesman|spokeswoman|spokesperson|"
    r"president|chair\w*|commander|envoy|ambassador|mayor|governor|editor|founder|ceo|"
    r"officer|official|member|adviser|advisor|negotiator|judge|coach|captain|manager|"
    r"analyst|professor|economist|deputy|general|admiral|marshal|commodore|brigadier|colonel|"
    r"lieutenant)\b",
    re.I,
)


_RANK = set(
    "deputy vice acting interim assistant former chief senior junior co majority minority "
    "first-time veteran opposition lead principal shadow".split()
)
RANK_WORDS = frozenset(_RANK | {"formerly", "ex"})
_RANK_FORMS = {"formerly": "former", "ex": "former", "principal": "chief", "lead": "chief"}
"""Rank words written another way: "formerly chief executive" ~ "former chief executive",
"lead negotiator" ~ "chief negotiator"."""
_RANK_ALTERNATION = (
    r"deputy|vice|acting|interim|assistant|former|formerly|ex|chief|senior|junior|co|majority|"
    r"minority|first-time|veteran|opposition|lead|principal|shadow"
)
_RANKED_ROLE = re.compile(
    rf"(?<![\w’'-])((?:(?:{_RANK_ALTERNATION})(?:['’]s)?[\s-]+){{0,3}})"
    rf"(?:(?!(?:the|a|an|of|and|or|to|in|on|at|by|for|with|said|says|{_RANK_ALTERNATION})\b)"
    r"[A-Za-z]+\s+){0,2}?"
    r"(mayor|minister|president|director|secretary|governor|editor|chairman|chairwoman|chair|"
    r"commander|ambassador|envoy|head|leader|manager|coach|captain|spokesman|spokeswoman|"
    r"prosecutor|judge|justice|officer|executive|commissioner|author|investigator|"
    r"negotiator|inspector|arbiter|superintendent|referee|umpire|attorney|"
    r"headteacher|headmaster|headmistress|principal|dean|rector|chancellor|curator|"
    r"ombudsman|registrar|coroner|treasurer|auditor|warden|chief)\b",
    re.I,
)
LEVELS = frozenset({
    "local", "municipal", "city", "town", "village", "parish", "county", "district", "regional",
    "provincial", "state",
    "federal", "national", "international", "global", "european", "world", "central",
})  # fmt: skip
"""Words for the level of government or reach of an office: a "regional police
commissioner" is not the "national police commissioner"."""


def ranked_roles(text: str) -> list[Mention]:
    """Role nouns with their rank modifiers, keyed ``head:modifiers`` ("former deputy mayor"
    -> "mayor:deputy former"), to tell a deputy from the office holder; the level of the
    office, when one is written, follows a ``@`` ("regional police commissioner" ->
    "commissioner:@regional")."""
    found = []
    for match in _RANKED_ROLE.finditer(text):
        if match.group().lower() == "chief" and re.match(
            r"\s+(?!of\b)[A-Za-z]", text[match.end() :]
        ):
            continue  # "Chief economist": a rank, and the office is not one this knows
        written = re.sub(r"['’]s\b", "", match.group(1).lower())  # "the opposition's"
        ranks = {_RANK_FORMS.get(w, w) for w in re.split(r"[\s-]+", written)}
        levels = {w for w in words(match.group()) if w in LEVELS}
        modifiers = sorted(ranks & _RANK) + [f"@{w}" for w in sorted(levels)]
        # "Chief Justice" ~ "Chief Judge"; "civil protection chief" ~ "head of civil protection"
        key = f"{office(match.group(2).lower())}:{' '.join(modifiers)}"
        found.append(Mention(match.start(), match.end(), key))
    return found


_DESCRIPTOR_HEADS = {
    "ceo": "chief executive",
    "chief": "chief", "executive": "executive", "head": "head", "leader": "leader",
    "director": "director", "minister": "minister", "secretary": "secretary", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "spokesperson": "spokesperson", "president": "president",
    "chairman": "chair", "chairwoman": "chair", "chair": "chair", "commander": "commander",
    "envoy": "envoy", "ambassador": "ambassador", "mayor": "mayor", "governor": "governor",
    "editor": "editor", "founder": "founder", "officer": "officer", "official": "official",
    "adviser": "adviser", "advisor": "adviser", "negotiator": "negotiator", "judge": "judge",
    "coach": "coach", "captain": "captain", "manager": "manager", "analyst": "analyst",
    "professor": "professor", "economist": "economist", "deputy": "deputy", "general": "general",
    "councillor": "councillor", "councilor": "councillor", "senator": "senator", "trader": "trader",
    "lawmaker": "lawmaker", "prosecutor": "prosecutor", "lawyer": "lawyer", "attorney": "lawyer",
    "opposition": "opposition", "former": "former", "acting": "acting", "vice": "vice",
    "interim": "interim", "veteran": "veteran", "first-time": "first-time", "owner": "owner",
}  # fmt: skip


_ROLE_WORDS = set(_DESCRIPTOR_HEADS) - {
    "former", "acting", "vice", "interim", "veteran", "first-time", "opposition", "deputy",
    "general",
}  # fmt: skip


def capitalised_forms(text: str) -> set[str]:
    """Every capitalised word of a text, wherever it stands, lower-cased and without a
    possessive: to ask whether a document names something at all ("Lusavians", "Kenyan")."""
    return {re.sub(r"['’]s$", "", m.group()).lower() for m in re.finditer(r"\b[A-Z][\w’'-]*", text)}


_DEMONYM_ENDINGS = (
    "n",
    "an",
    "ian",
    "ns",
    "ans",
    "ians",
    "ese",
    "i",
    "is",
    "ish",
    "s",
    "ic",
    "er",
    "ers",
)


_IRREGULAR_DEMONYMS = {
    "lunar": "moon", "solar": "sun", "martian": "mars",
    "french": "france", "german": "germany", "dutch": "netherlands", "british": "britain",
    "briton": "britain", "english": "england", "scottish": "scotland", "scots": "scotland",
    "welsh": "wales", "irish": "ireland", "swiss": "switzerland", "spanish": "spain",
    "greek": "greece", "polish": "poland", "turkish": "turkey", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "norwegian": "norway", "thai": "thailand",
    "filipino": "philippines", "peruvian": "peru", "portuguese": "portugal",
    "icelandic": "iceland", "argentine": "argentina", "emirati": "uae", "saudi": "saudi",
    "belgian": "belgium", "ukrainian": "ukraine", "czech": "czechia", "slovak": "slovakia",
    "cypriot": "cyprus", "maltese": "malta", "lebanese": "lebanon", "sudanese": "sudan",
    "vietnamese": "vietnam", "nepali": "nepal", "malagasy": "madagascar", "uzbek": "uzbekistan",
    "kazakh": "kazakhstan", "afghan": "afghanistan", "kurdish": "kurdistan",
}  # fmt: skip
"""Demonyms that are not the place name plus an ending ("French" / "France")."""


def name_form(word: str) -> str:
    """A name word as the place it names: "swiss" -> "switzerland", "lunar" -> "moon"."""
    return _IRREGULAR_DEMONYMS.get(word, word)


def same_name_word(a: str, b: str) -> bool:
    """Two name words for the same place or people: equal, or a place and its demonym
    ("kenya" ~ "kenyan", "lusavia" ~ "lusavians", "italy" ~ "italian", "japan" ~ "japanese",
    "mexico" ~ "mexican", "french" ~ "france", "osterland" ~ "osterlandic" ~ "osterlanders")."""
    a, b = a.lower(), b.lower()
    a, b = name_form(a), name_form(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    for stem in {short, short.rstrip("aeyo")}:
        if len(stem) >= 4 and long.startswith(stem) and long[len(stem) :] in _DEMONYM_ENDINGS:
            return True
    return False


_PERSON_ROLES = {
    "officer": "officer", "director": "director", "minister": "minister", "secretary": "secretary",
    "secretary-general": "secretary-general", "president": "president", "chair": "chair",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "commander": "commander",
    "envoy": "envoy", "ambassador": "ambassador", "mayor": "mayor", "governor": "governor",
    "editor": "editor", "founder": "founder", "co-founder": "founder", "adviser": "adviser",
    "advisor": "adviser", "negotiator": "negotiator", "judge": "judge", "justice": "judge",
    "coach": "coach", "captain": "captain", "manager": "manager", "analyst": "analyst",
    "professor": "professor", "economist": "economist", "councillor": "councillor",
    "councilor": "councillor", "senator": "senator", "trader": "trader", "lawmaker": "lawmaker",
    "legislator": "lawmaker", "prosecutor": "prosecutor", "lawyer": "lawyer",
    "attorney": "lawyer", "owner": "owner", "author": "author", "scientist": "scientist",
    "doctor": "doctor", "physician": "doctor", "surgeon": "surgeon", "nurse": "nurse",
    "teacher": "teacher", "headteacher": "teacher", "principal": "principal", "head": "head",
    "chief": "head", "leader": "head", "boss": "head", "executive": "executive",
    "ceo": "executive", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson", "investigator": "investigator", "banker": "banker",
    "champion": "champion", "sponsor": "sponsor", "incumbent": "incumbent",
    "treasurer": "treasurer", "auditor": "auditor", "engineer": "engineer", "prefect": "prefect",
    "inspector": "inspector", "detective": "detective", "sergeant": "sergeant",
    "general": "general", "colonel": "colonel", "admiral": "admiral", "chancellor": "chancellor",
    "premier": "premier", "speaker": "speaker", "whip": "whip", "diplomat": "diplomat",
    "researcher": "researcher", "student": "student", "pilot": "pilot", "referee": "referee",
    "striker": "striker", "goalkeeper": "goalkeeper", "midfielder": "midfielder",
    "defender": "defender", "cfo": "head", "accountant": "accountant",
    "consultant": "consultant", "architect": "architect", "chaplain": "chaplain",
    "commissioner": "commissioner", "co-author": "author", "statistician": "statistician",
    "medallist": "medallist", "medalist": "medallist", "member": "member", "farmer": "farmer",
    "volunteer": "volunteer", "activist": "activist", "journalist": "journalist",
    "reporter": "reporter", "employee": "employee", "assistant": "assistant",
    "technician": "technician", "candidate": "candidate", "finalist": "finalist",
    "runner-up": "runner-up", "witness": "witness", "suspect": "suspect",
    "defendant": "defendant", "clerk": "clerk", "intern": "intern", "apprentice": "apprentice",
    "arbiter": "arbiter", "superintendent": "superintendent", "ranger": "ranger",
    "winner": "winner", "umpire": "umpire", "organizer": "organiser", "vice-rector": "rector",
    "firefighter": "firefighter", "substitute": "substitute", "paramedic": "paramedic",
    "pharmacist": "pharmacist", "conservator": "conservator", "curator": "curator",
    "gp": "gp", "worker": "worker", "vet": "vet", "veterinarian": "vet", "keeper": "keeper",
    "zookeeper": "keeper", "bouncer": "doorman", "driver": "driver", "master": "master",
    "harbourmaster": "master", "harbormaster": "master", "stationmaster": "master",
    "novelist": "author", "writer": "author", "actress": "actor",
    **{
        role: role
        for role in "steward historian curator expert campaigner lecturer academic conductor "
        "organiser musician deputy rector dean provost actor screenwriter composer dancer "
        "painter sculptor photographer playwright poet designer programmer presenter warden "
        "postmaster postmistress ombudsman registrar coroner supervisor administrator "
        "doorman caretaker receptionist cashier porter janitor mechanic electrician "
        "plumber chef waiter bartender dispatcher foreman liquidator bailiff magistrate "
        "solicitor barrister notary auctioneer underwriter paralegal".split()
    },
}  # fmt: skip
"""Nouns that say what one person is, folded to one word per office ("chief" / "head" /
"leader", "CEO" / "chief executive"). Singular only: plurals ("officials", "researchers")
name groups of sources, not a person's role."""
_ROLE_TOKEN = re.compile(r"[A-Za-z][A-Za-z-]*")


def office(word: str) -> str:
    """A role word folded to its office ("spokeswoman" -> "spokesperson", "justice" ->
    "judge"), a learned field adjective to its plain noun ("cardiac surgeon" ~ "heart
    surgeon"); any other word as it is."""
    return _PERSON_ROLES.get(word) or _FIELD_ADJECTIVES.get(word, word)


_FIELD_ADJECTIVES = dict(
    pair.split(":")
    for pair in "cardiac:heart cardiovascular:heart renal:kidney pulmonary:lung hepatic:liver "
    "dental:tooth ophthalmic:eye ocular:eye paediatric:child pediatric:child neurological:brain "
    "cerebral:brain maritime:sea marine:sea agricultural:farm municipal:city urban:city "
    "juvenile:youth fiscal:budget electoral:election".split()
)
"""Field adjectives and the plain nouns a re-telling writes for them: the same speciality."""


_SCIENTIST = re.compile(r"(?:olog|onom|ograph)(?:ist|er)$|^[a-z]+ician$|^dietitian$")
"""A specialist named by the field ("glaciologist", "economist", "cartographer",
"statistician", "dietitian")."""


_ROLE_TAKEN_UP = re.compile(
    r"\b(?:elected|appointed|named|became|become|becomes|sworn\s+in)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:new\s+|next\s+|first\s+)?(?:[a-z]+\s+)?$|"
    r"\b(?:elected|appointed|named)\s[^.;]{1,80}?\bas\s+(?:the\s+)?(?:new\s+|next\s+)?"
    r"(?:[a-z]+\s+){0,2}$",
    re.I,
)
"""An office someone takes up ("was elected mayor", "appointed finance director Priya Anand
as interim chief executive"), not a title held."""


_BODY_AFTER_ROLE = re.compile(
    r"[\s-]+(?:committee|ministry|department|system|commission|council|inquiry|reform|sector)\b",
    re.I,
)


def role_nouns(text: str) -> list[Mention]:
    """A person's role nouns, keyed by office. A role noun that qualifies a later one in the
    same phrase is its modifier, not a role ("chief executive", "chief medical officer", "head
    teacher"); "head of security" and "security chief" are heads."""
    tokens = list(_ROLE_TOKEN.finditer(text))
    found = []
    for k, token in enumerate(tokens):
        word = token.group().lower()
        rank, _, office_word = word.rpartition("-")
        if rank in _RANK and office_word in _PERSON_ROLES:
            word = office_word  # "vice-chancellor" is a chancellor with a rank
        if (word not in _PERSON_ROLES and not _SCIENTIST.search(word)) or _modifies_role(
            text, tokens, k
        ):
            continue
        if _ranks_the_noun_after(text, tokens, k):
            continue  # "its principal contractor" ~ "its main contractor": no office
        if _ROLE_TAKEN_UP.search(text, 0, token.start()):
            continue  # "was elected mayor": the office won, not the title held
        if _BODY_AFTER_ROLE.match(text, token.end()):
            continue  # "the justice committee", "the workers' council": a body, no person
        key = _PERSON_ROLES.get(word, word)
        if word == "officer" and any(
            t.group().lower() == "chief" for t in tokens[max(0, k - 2) : k]
        ):
            key = "head"  # "chief financial officer" ~ "finance chief"
        if word == "general":
            previous = tokens[k - 1].group().lower() if k else ""
            if previous == "secretary":
                key = "secretary-general"  # "Secretary General" ~ "secretary-general"
            elif not (k and tokens[k - 1].group()[:1].isupper()):
                continue  # "general" as an adjective ("the general election")
        found.append(Mention(token.start(), token.end(), key))
    return found


_RANKING_OFFICES = frozenset({"principal"})
"""Office nouns that are also adjectives of rank ("the principal reason")."""


def _ranks_the_noun_after(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Token ``k`` is an office noun used as an adjective of rank, as "main" is, right before a
    lower-case noun: "its principal contractor", "the principal reason". Not before a verb
    ("the principal said", "the principal resigned"), a name or a comma."""
    if tokens[k].group().lower() not in _RANKING_OFFICES or k + 1 >= len(tokens):
        return False
    if text[tokens[k].end() : tokens[k + 1].start()].strip():
        return False
    following = tokens[k + 1].group()
    return (
        following[0].islower()
        and is_content_word(following)
        and following not in _SPEECH_WORDS
        and not following.endswith("ed")
    )


def _modifies_role(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Token ``k`` stands before another role noun, at most one word away, with no break."""
    for step in (1, 2):
        if k + step >= len(tokens):
            return False
        gap = text[tokens[k + step - 1].end() : tokens[k + step].start()]
        if gap.strip() not in ("", "-"):
            return False
        word = tokens[k + step].group().lower()
        if tokens[k + step].group()[0].isupper() and not tokens[k].group()[0].isupper():
            return False  # "union chairman Captain Eirik Heimdal": a title on the name
        if word in _PERSON_ROLES:
            return True
        if word in {"of", "for", "at", "and", "or", "the", "a", "an"}:
            return False
    return False


def descriptors(text: str, names: frozenset[str] | None = None) -> list[tuple[Mention, Mention]]:
    """(name, descriptor) pairs: the role words written just before a person's name or
    inside it ("opposition councillor Amir Khan", "Council leader Amir Khan", "Real Ostia's
    president, Fernando Lago"), keyed by their normalised role words."""
    found = []
    for mention in entities(text, names):
        if len(mention.key.split()) < 2:
            continue  # people have a first and a last name; organisations rarely take roles here
        window = text[max(0, mention.start - 45) : mention.start]
        window = re.split(r"[.;:“”\"()]|\band\b", window)[-1]
        base = mention.start - len(window)
        before = list(re.finditer(r"[A-Za-z][\w-]*", window))[-3:]
        role_words = [
            (base + t.start(), _DESCRIPTOR_HEADS[t.group().lower()])
            for t in before
            if t.group().lower() in _DESCRIPTOR_HEADS
        ]
        inside = re.findall(r"[A-Za-z][\w-]*", text[mention.start : mention.end])
        heads = [h for _, h in role_words] + [
            _DESCRIPTOR_HEADS[w.lower()] for w in inside if w.lower() in _DESCRIPTOR_HEADS
        ]
        if heads:
            start = role_words[0][0] if role_words else mention.start
            key = " ".join(sorted(set(" ".join(heads).split())))
            found.append((mention, Mention(start, mention.end, key)))
    return found


def roles(text: str, names: frozenset[str] | None = None) -> list[tuple[Mention, Mention]]:
    """(name, role) pairs: a role phrase in apposition after the name, or a title before it.

    "General Scott Miller, the head of U.S. forces, told" gives the role "the head of U.S.
    forces"; "regional police chief Colonel Stefan Lazaro" gives "regional police chief
    Colonel"; "His deputy, Noemi Farkasz," gives "His deputy". The role's key is its
    lower-cased content words.
    """
    found = []
    for mention in entities(text, names):
        spans = [s for s in (_role_after(text, mention), _role_before(text, mention)) if s]
        if not spans:
            continue
        # "protest organiser Roisin Brannigan, head of the commuters' association": one role,
        # written on both sides of the name
        key = " ".join(w for a, b in spans for w in words(text[a:b]) if w not in _STOPWORDS)
        found.append((mention, Mention(*spans[0], key)))
    return found


def _is_role_phrase(phrase: str) -> bool:
    return bool(_ROLE_HEAD.search(phrase)) or any(
        w in _PERSON_ROLES or _SCIENTIST.search(w) for w in words(phrase)
    )


def _role_after(text: str, name: Mention) -> tuple[int, int] | None:
    match = _APPOSITIVE.match(text, name.end)
    group = 1 if match and match.group(1) else 2
    if not match or not _is_role_phrase(match.group(group)):
        return None
    # "the Brightwater CEO who will run the merged firm": the role ends where its clause opens
    clause = _RELATIVE_OPENING.search(text, match.start(group), match.end(group))
    return match.start(group), clause.start() if clause else match.end(group)


_RELATIVE_OPENING = re.compile(r"\s+(?:who|whom|whose|which)\b", re.I)


def _role_before(text: str, name: Mention) -> tuple[int, int] | None:
    """A title written before a person's name: the name's own title words ("Transport
    Minister") with the words that lead into them ("regional police chief Colonel"), or a
    role set off by a comma ("His deputy, Noemi Farkasz")."""
    key_words = set(name.key.split())
    if len(key_words) < 2:
        return None  # a person is named in full; "the head of U.S. forces" has no title
    own = list(_WORD.finditer(text, name.start, name.end))
    titled = [k for k, w in enumerate(own[:-1]) if w.group().lower() not in key_words | _CONNECTORS]
    end = own[titled[-1]].end() if titled else name.start
    comma = _ROLE_BEFORE_COMMA.search(text, 0, name.start)
    if comma and _is_role_phrase(comma.group(1)):
        # "The bill's sponsor, Senator Maria Gutierrez": the role and the title together
        return comma.start(1), own[titled[-1]].end() if titled else comma.end(1)
    start = name.start
    for _ in range(4):  # "said Varnitsa mayor Ilona Darvas": the words up to "said"
        word = _LAST_WORD.search(text, 0, start)
        if word is None or _not_title_word(word.group(1)):
            break
        if word.group(1).islower() and _INFINITIVE_TO.search(text, 0, word.start(1)):
            break  # "whether to remove Mayor Horatio Blakeney-Voss": a verb, no title
        start = word.start(1)
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end or not _is_role_phrase(text[start:end]):
        return None
    return start, end


_LAST_WORD = re.compile(r"([\w’'-]+)\s+$")
_INFINITIVE_TO = re.compile(
    r"\b(?:whether|how|what|when|where|which|who|vot(?:e|es|ed|ing)|decid(?:e|es|ed|ing)|"
    r"agre(?:e|es|ed|eing)|plan(?:s|ned|ning)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
    r"tr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
    r"fail(?:s|ed|ing)?|able|unable|likely|expected|set)\s+to\s+$",
    re.I,
)
"""An infinitive's "to" ("whether to remove", "voted to oust"), not a preposition's
("according to regional police chief Radoslaw Kaleta")."""
_SPEECH_WORDS = frozenset(_SPEECH.split("|"))


def _not_title_word(word: str) -> bool:
    """A word that cannot lead into a title: a function word, a verb ("arrested"), a day."""
    lowered = word.lower()
    return (
        lowered in _STOPWORDS
        or lowered in {"whether", "than", "unless", "whose", "whom"}
        or lowered in _SPEECH_WORDS
        or lowered in _NOT_NAMES
        or (word.islower() and lowered.endswith(("ed", "ing")))
        or lowered in _LEADING_VERBS
    )


_LEADING_VERBS = {
    "means", "meant", "makes", "made", "leaves", "left", "gives", "gave", "puts", "lets",
}  # fmt: skip
"""Verbs that may stand right before a title ("That means president Aurel Vasquez-Lind")."""


_ROLE_BEFORE_COMMA = re.compile(
    r"(?:^|[.;:]\s+|\b(?:said|says|added|according\s+to)\s+)"
    r"((?:the|an?|his|her|its|their|[A-Z][\w’'-]*['’]s)\s+(?:[\w’'-]+\s+){0,4}?[\w-]+),\s*$",
    re.I,
)
"""A role that opens a sentence or follows its speech verb and names its holder after a comma:
"His deputy, Noemi Farkasz", "…, said its executive director, Farida Nkemelu", "according to
a consultant engineer, Marguerite Lahaye"."""


_CLAIMS_OBJECT = (
    r"\s+(?:the\s+|any\s+|all\s+|these\s+|those\s+|that\s+|this\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w’'-]+\s+){0,2}"
    r"(?:claims?(?!\s+(?:from|for)\b)|allegations?|accusations?|suggestions?|charges?|reports?|"
    r"criticism|arguments?|assertions?|contentions?|notions?|findings?|conclusions?|rumou?rs?|"
    r"assessments?|views?|interpretations?|characteri[sz]ations?|"
    r"descriptions?|versions?|account(?!s)|accounts?\s+of|"
    r"speculation|theor(?:y|ies)|responsibility|blame|liability|wrongdoing)\b"
)
"""Rejecting a claim is denying it ("rejected claims that" ~ "dismissed claims that"); rejecting
a plan or an offer is refusing it."""
_STANDING_RULES = (
    r"(?!\s+(?:(?:the|all|any|its|their|his|her|these|those|every|existing|applicable)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:rules?|regulations?|procedures?|guidelines?|standards?|"
    r"protocols?|instructions?|norms?)\b)"
)
"""Having kept to standing rules is conduct reported, not a side taken: "its crew had complied
with all traffic separation rules" ~ "had followed all the rules"; complying with a ruling or
an order is one ("complied with the ruling" / "appealed"), as is saying one will comply ("would
comply with the new rules" / "would challenge them")."""
_HELD = (
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:licen[cs]es?|jobs?|posts?|seats?|homes?|"
    r"contracts?|status|accreditation|permits?|franchise|funding|majority|place|title)\b"
)
"""What a body or person holds and may keep or lose: "its broadcasting licence"."""
_APPEAL_BODY = (
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:courts?|tribunal|judges?|"
    r"(?:appeals?\s+)?(?:board|panel|commission))\b"
)
"""A body that hears appeals: "appeal to the Supreme Court" or "to the appeals board" is a
challenge, "appealed to residents" is not."""


_SHORT_OF = (
    r"(?:\s+to)?\s+(?:(?!(?:to|that|whether|if|there|say|confirm)\b)[\w-]+\s+){1,4}?"
    r"(?:enough|sufficient|adequate)\b"
)
"""After failing or being unable: the verb and "enough" that make it a shortfall ("unable to
recruit enough midwives")."""
_STANCE_CLASSES = (
    (
        "silence",
        # withholding is silence whatever is withheld: "declined to disclose the cost"
        r"(?:declin|refus)(?:e|es|ed|ing)\s+to\s+(?:comment|respond|answer|disclose|reveal|"
        r"specify|discuss|elaborate|give\s+details|publish|release|"
        # "declined to make any further comment" ~ "declined to comment further"
        r"(?:make|give|offer|provide)\s+(?:any\s+|a\s+)?(?:further\s+|immediate\s+|public\s+)?comments?|"
        r"make\s+(?:[\w’'-]+\s+){0,8}?public)|"
        r"(?:would|could|did)(?:\s+not|n['’]t)\s+(?:immediately\s+)?(?:comment|respond|disclose|"
        r"reveal|specify|discuss|elaborate|publish|release|make\s+public)|no\s+comment|"
        r"(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:commented|(?:responded|replied)(?=\s+to\s+"
        r"(?:\w+\s+){0,2}?(?:requests?|questions?|queries|inquiries|enquiries|calls|emails|messages)\b))|"
        r"no\s+further\s+comments?|"
        # "no new forecasts were published" ~ "did not publish new forecasts"; not "no
        # evidence that the data had been published", where a clause of its own is published
        r"\bno\s+(?:(?!(?:that|which|whether|if)\b)[\w’'-]+\s+){0,4}?"
        r"(?:was|were|(?:has|have|had)\s+been)\s+(?:published|"
        r"released|disclosed|made\s+public)\b|"
        r"(?:stay|stays|stayed|staying|remain|remains|remained|kept|keep|keeps)\s+(?:silent|quiet)\b|"
        # "have said nothing about whether" ~ "have not commented on whether"
        r"(?:say|says|said|saying)\s+nothing\s+(?:about|on|of)\b|"
        r"(?:(?:declin|refus)(?:e|es|ed|ing)\s+to\s+|(?:has|have|had)\s+yet\s+to\s+|"
        r"(?:would|could|did|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?|"
        # "was unable to say when it would restart" ~ "could not say when"
        r"(?:unable|(?:not|n['’]t)\s+able)\s+to\s+)"
        r"(?:say|said|confirm|confirmed|disclose|disclosed|reveal|revealed|specify|specified|"
        r"explain|explained)\s+(?:by\s+)?(?:whether|if|how|when|what|who|which|why)|"
        # "would push for a debate, without saying when" ~ "but did not say when"
        r"without\s+(?:saying|specifying|disclosing|revealing|explaining|indicating)\s+"
        r"(?:whether|if|how|when|what|who|which|why)\b|"
        # "declined to put a figure on the cost" ~ "declined to say how much it would cost"
        r"(?:(?:declin|refus)(?:e|es|ed|ing)\s+to|(?:would|could|did)(?:\s+not|n['’]t))\s+"
        r"put\s+a\s+(?:figure|number|price|date)\s+on",
    ),
    (
        "refusal",
        rf"refus\w+|{_SAY_NO}|declin(?:e|es|ed|ing)\s+to|(?:reject\w*|dismiss(?:ed|es|ing)?)(?!{_CLAIMS_OBJECT})|"
        r"rul(?:e|es|ed)\s+(?:(?:it|one|them|this|that)\s+)?out|"
        # "had not excluded blocking the merger" ~ "had not ruled out blocking it"
        r"exclud(?:e|es|ed|ing)(?=\s+(?:\w+ing|the\s+possibility)\b)|"
        # "would not exclude more strikes" ~ "refused to rule out further strikes"
        r"(?:(?<=\bnot\s)|(?<=n't\s)|(?<=n’t\s)|(?<=\bcannot\s))exclude\b|"
        r"rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|"
        r"turn(?:s|ed|ing)?\s+(?:down|away)|decid(?:e|es|ed|ing)\s+against",
    ),
    (
        "inability",
        # "might not be able to offer" ~ "may be unable to offer"
        r"(?:unable|(?:not|never|\w+n['’]t)\s+(?:be\s+|been\s+)?able|cannot|can['’]t|could\s+not|"
        r"(?:not|never|\w+n['’]t)\s+manag(?:e|es|ed)\s+to|"
        r"couldn['’]t|impossible|fail(?:s|ed)?\s+to)"
        # "failed to set aside sufficient reserves", "was unable to recruit enough midwives":
        # too little, not an inability
        rf"(?!{_SHORT_OF})",
    ),
    (
        "denial",
        rf"den(?:y|ies|ied)|(?:reject\w*|dismiss(?:ed|es|ing)?){_CLAIMS_OBJECT}|refut\w+|rebut\w*|"
        # "rejected the findings" ~ "disputed the findings"
        rf"(?:disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|challeng(?:e|es|ed|ing)){_CLAIMS_OBJECT}|"
        r"(?:maintain|protest|insist)\w*\s+(?:on\s+)?(?:his|her|their|its)\s+innocence|"
        r"plead(?:s|ed|ing)?\s+not\s+guilty|pleaded\s+innocent|play(?:s|ed|ing)?\s+down|downplay\w*",
    ),
    (
        "admission",
        # "will stop admitting emergency patients" takes people in, admits nothing
        r"admit\w*(?!\s+(?:\w+\s+)?(?:patients|students|pupils|visitors|passengers|children|"
        r"refugees|migrants|members|people|spectators|fans))|"
        r"acknowledg\w+|conced\w+|confess\w*|apologi[sz]\w*|plead(?:s|ed|ing)?\s+guilty|"
        r"(?:offer|offers|offered|issued|made|makes)\s+(?:an?\s+)?(?:\w+\s+)?apology",
    ),
    (
        "commitment",
        r"promis\w+|pledg\w+|vow\w*|commit(?:s|ted)?\s+to|(?:press|push|forg)(?:e|es|ed|ing)?\s+ahead|guarantee\w*|(?<!\bnot\s)(?<!n['’]t\s)offer(?:s|ed|ing)?\s+to|"
        r"threaten\w*|warn(?:s|ed|ing)?\s+of\s+(?:an?\s+)?(?:\w+\s+)?(?:response|retaliation|"
        r"action|measures|consequences)|"
        r"(?:order|commission)(?:s|ed)?\s+(?:an?|the)\s+(?:\w+\s+)?"
        r"(?:inquiry|investigation|review|audit)",
    ),
    (
        "consideration",
        r"(?:re)?consider\w*|(?:take|takes|took|taken|taking)\s+(?:[\w-]+\s+){0,6}?into\s+account|weigh(?:s|ed|ing)?\b|mull\w*|explor\w+|studying|negotiating|review\w*|assess(?:es|ed|ing)?\b|"
        # "is monitoring the situation", not "air monitoring found"
        r"monitor(?:s|ed)|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s)|"
        r"(?<=\bbeen\s)|(?<=\bclosely\s)|(?<=\bkeep\s)|(?<=\bkept\s))monitoring|"
        r"evaluat\w+|decid(?:e|ed|ing)\s+(?:whether|how|which|when|what)\b|"
        r"(?:stud(?:y|ies|ied)|examin\w+|look(?:s|ed|ing)?\s+(?:closely\s+)?(?:at|into))\s+"
        r"(?:the|its|their|his|her|any)\s+(?:\w+\s+)?(?:judg(?:e)?ment|ruling|decision|verdict|report|"
        r"proposals?|offer|findings|details|plan|bid|measures?|request|case|matter|issue|options?)",
    ),
    (
        "termination",
        # "suspended the cull" ~ "halted the cull"; "came to a halt" is no decision
        r"abandon\w*|scrap\w*|cancel\w*|(?<!\bto\sa\s)halt\w*|suspend(?:s|ed|ing)?\b|shelv\w+|axe[sd]?|g(?:ive|ives|ave|iven|iving)\s+up(?!\s+\w+ing\b)|"
        r"drop(?:s|ped|ping)?\s+(?:the|its|their|his|her)|"
        # "would not withdraw the proposal" ~ "would not drop it" ~ "would not pull the bill"; not
        # "withdrew its support"
        r"(?:withdr(?:aw|aws|awn|awing|ew)|pull(?:s|ed|ing)?)(?=\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?"
        r"(?:proposals?|plans?|bill|offer|bid|application|motion|complaint|lawsuit|suit|case|"
        r"charges?|appeal|claim|request|nomination|candidacy)\b)|"
        # "stopping the transfer" ends it; "stop the list lengthening" prevents it
        r"stop(?:s|ped|ping)?\s+(?:the|its|their|his|her)(?!\s+(?:[\w’'-]+\s+){0,3}?(?:\w+ing|from)\b)|call(?:s|ed|ing)?\s+(?:(?:it|them)\s+)?off\b|"
        # "weekly collections will end"
        r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s))end(?=\s*[,.;]|\s+(?:on|in|at|after|by|next|this)\b)",
    ),
    # "will not lose its licence" ~ "will keep its licence": a thing held, lost or kept
    ("loss", rf"los(?:e|es|t|ing)(?=\s+{_HELD})"),
    (
        "exhortation",
        r"urg(?:e|es|ed|ing)|call(?:ed|ing)\s+(?:on|for)|"
        # "would not commit to the union's call for a rise": the union's demand, not this speaker's
        r"(?<![’']s\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)call\s+(?:on|for)|recommend(?:s|ed|ing)?(?=\s+that\b)|"
        # "calls for" as a noun ("rejected calls for a review", "Calls for a review were
        # rejected") are other people's demands, not this speaker urging anything
        r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bnew\s)(?<!\bamid\s)(?<!\brejected\s)"
        r"(?<!\bdismissed\s)(?<!\bresisted\s)(?<!\bignored\s)(?<!\brenewed\s)(?<!\bgrowing\s)"
        r"(?<!\brepeated\s)(?<!\bdespite\s)calls\s+(?:on|for)"
        r"(?!\s+(?:(?!that|which|who)[\w’'-]+\s+){1,8}?(?:were|have\s+been|had\s+been)\b)|"
        # "appealed to residents", not "appeal to the Supreme Court"
        r"appeal(?:s|ed|ing)?\s+(?:to|for)(?!\s+" + _APPEAL_BODY + r")|"
        r"ask(?:s|ed|ing)?(?!\s+(?:a|the)\s+(?:\w+\s+)?(?:court|judge)\b)"
        r"(?=\s+(?:[\w’'-]+\s+){1,5}?(?:to|for)\s)|"
        r"demand(?:s|ed|ing)?\s+(?:that|an?|the)\b|(?:press|push)(?:es|ed|ing)?\s+for|"
        r"argu(?:e|es|ed|ing)\s+for|campaign(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:for|to)|"
        r"lobb(?:y|ies|ied|ying)\s+for|"
        r"(?:seek|seeks|seeking|sought)\s+(?:an?\s+|the\s+)?(?!judicial\s)(?:\w+\s+)?(?:inquiry|"
        r"investigation|review|vote|referendum|meeting|talks)",
    ),
    (
        "support",
        # "a request for financial support" asks for money, takes no side
        r"welcom\w+|(?<!\bfinancial\s)(?<!\bmilitary\s)(?<!\btechnical\s)(?<!\blogistical\s)"
        r"(?<!\bemotional\s)(?<!\bmedical\s)(?<!\bhumanitarian\s)(?<!\blegal\s)(?<!\bincome\s)"
        r"(?<!\bstate\s)(?<!\bemergency\s)support(?:s|ed|ing|ive)?|satisfied\s+with|content\s+with|thank(?:s|ed|ing)?|congratulat\w+|commend(?:s|ed|ing)?|"
        r"compl(?:y|ies|ying)(?:\s+with|(?=\s*[,.;]|\s+(?:but|and)\b))|"
        # "said it would pay the fine" complies with it ("would appeal against the fine")
        r"(?:(?<=\bwould\s)|(?<=\bwill\s)|(?<=\bagreed\sto\s))pay(?=\s+(?:the|its|their|his|her)\s+"
        r"(?:fine|penalty|damages)\b)|"
        rf"complied(?:\s+with{_STANDING_RULES}|(?=\s*[,.;]))|"
        # clearing someone of a charge takes their side: "cleared the mayor's office of
        # underestimating prices"
        r"(?:clear(?:s|ed|ing)?|absolv\w+|exonerat\w+)(?=\s+(?:[\w’'-]+\s+){1,4}?of\s+"
        r"(?:\w+ing|any|all|wrongdoing|blame|charges?|responsibility)\b)|(?:glad|pleased|delighted|happy)(?:\s+(?:to|that|with|by)|(?=\s+(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:had|has|have|was|were|is|are|would|will)\b))|back(?:s|ed|ing)|(?<=\bto\s)back|(?<=\bwill\s)back|(?<=\bwould\s)back|"
        r"endors\w+|prais\w+|applaud\w*|agree[sd]?|disagree(?:s|d|ing)?\s+with|defend(?:s|ed|ing)?|"
        r"hailed|laud(?:s|ed|ing)|cheered|embrac(?:e|es|ed|ing)|"
        r"champion(?:s|ed|ing)|st(?:and|ands|ood)\s+by|in\s+fav(?:ou|o)r\s+of|"
        r"(?<!\bthe\s)(?<!\ba\s)vot(?:e|es|ed|ing)\s+(?:\w+ly\s+|nonetheless\s+|instead\s+)?for|"
        # "the vote was 203 to 171 in favour" ~ "the bill passed by 203 votes to 171"
        r"(?<=\d\s)in\s+fav(?:ou|o)r\b(?!\s+of)|"
        r"upheld|uphold(?:s|ing)?|"
        r"understandable|justified(?!\s+(?:the|a|an|its|their|his|her|this|that|any)\b)|"
        r"reasonable|sensible|"
        # "accepted bribes" takes money, no side
        # "will accept the return of its citizens" takes them in, no side
        r"accept\w*(?!\s+(?:an?\s+|the\s+)?(?:bribes?|payments?|money|cash|gifts?|donations?|"
        r"kickbacks?|backhanders?|(?:return|delivery|transfer|arrival)\s+of)\b)|"
        # not "beyond the approved budget": an adjective, no side taken
        r"(?<!\bthe\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)approv(?:e|es|ed|ing)|sign(?:s|ed)\s+off|"
        # "the measure passed by 214 votes to 171" ~ "lawmakers backed the measure 214 to 171"
        r"passed(?=\s+by\s+(?:\d|[a-z]+\s+votes|an?\s+(?:\w+\s+)?(?:vote|majority)))|"
        # granting a request approves it: "granted the council's request", "was granted by
        # the ministry" (bail and asylum granted are a release: the antonym rule's)
        r"grant(?:s|ed|ing)?(?=\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?"
        r"(?:requests?|applications?|permission|permits?|appeals?|licen[cs]es?|approval|"
        r"waivers?|exemptions?|extensions?)\b)|"
        # not "was granted an injunction": a thing received, not a request approved
        r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbeen\s))granted(?=\s+by\b|\s*[,.;])|"
        # adopting advice accepts it: "adopted seven of the recommendations"
        r"adopt(?:s|ed|ing)?(?=\s+(?:[\w’'-]+\s+){0,4}?(?:recommendations?|proposals?|"
        r"suggestions?|demands?)\b)|"
        # clearing a project approves it: "when it cleared the project in February"
        r"clear(?:s|ed)(?=\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:project|plan|deal|"
        r"merger|takeover|bid|sale|acquisition|application|scheme|proposal|drug|vaccine|bill|"
        r"budget)s?\b)|recommend(?:s|ed|ing)?(?!\s+against|\s+that\b)|"
        # confirming an appointment approves it: "confirmed Teresa Valcourt as president"
        # "is likely to be confirmed as host by the federation" ~ "to confirm Varnholm as host"
        + _right_after("be", "been", "was", "were", "is")
        + r"confirmed(?=\s+as\b)|"
        r"confirm(?:s|ed|ing)?(?=\s+(?:[A-Z][\w’'-]*\s+){1,3}as\b|\s+(?:the|his|her|their)\s+"
        r"(?:appointment|nomination))|respect(?:s|ed|ing)?|"
        rf"abid(?:e|es)\s+by|abided\s+by{_STANDING_RULES}|"
        r"underst(?:and|ands|ood)\s+(?:the|their|his|her|its|why)|sympathi[sz]\w+\s+with|"
        r"sid(?:e|es|ed|ing)\s+with|relieved\s+(?:by|at|that)|sympathy|condolences|"
        r"co-?operat(?:e|es|ed|ing)\b|(?<=\bfull\s)co-?operation\b|heed(?:s|ed|ing)?|sign(?:s|ed|ing)?\s+up\s+(?:to|for)",
    ),
    (
        "opposition",
        # "the Rural Party, which is in opposition": a place in parliament, no stance
        r"oppos(?:e|es|ed|ing)|(?<!\bthe\s)(?<!\bin\s)opposition(?!['’]s|\s+(?:\w+\s+)?(?:party|parties|"
        r"leaders?|lawmakers|politicians?|figures?|candidates?|MPs|members|groups?|coalition|"
        r"bloc|spokes(?:man|woman|person)|deputies|senators?|councillors?)\b)|"
        r"(?<=\bthe\s)opposition(?=\s+(?:to|from)\b)|(?<=\bin\s)opposition(?=\s+to\b)|criticis\w+|denounc\w+|criticiz\w+|condemn\w*|protest\w*|object(?:s|ed)?\s+to|"
        r"slamm(?:ed|ing)|slams|blast(?:ed|ing)\s+(?:the|a|an|his|her|its|their)\b|decr(?:y|ies|ied|ying)|lambast\w*|rebuk\w+|"
        r"castigat\w+|censur\w+|assail\w*|berat\w+|fault(?:ed|ing)|balk(?:s|ed|ing)?\s+at|"
        # "called the decision disproportionate" ~ "described it as unfair": a verdict against
        r"(?:call(?:s|ed|ing)?|described|describes|describing|branded|branding|brands|termed)\s+"
        r"(?:[\w’'-]+\s+){1,4}?(?:as\s+)?(?:an?\s+)?(?:\w+\s+)?(?:disproportionate|unfair|unjust|"
        r"unacceptable|unlawful|illegal|outrageous|absurd|reckless|irresponsible|misguided|"
        r"excessive|premature|mistake|error|blunder|disgrace|scandal|betrayal)\b|"
        r"(?:take|takes|took|taking)\s+legal\s+action|"
        # fighting a decision takes a side; fighting a fire does not
        r"(?:fight|fights|fought|fighting)(?=\s+(?:against\s+)?(?:(?:the|any|all|a|an|its|their|"
        r"his|her|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?(?:layoffs|redundancies|cuts|closures?|plans?|"
        r"decision|ruling|order|ban|merger|takeover|proposals?|charges?|extradition|deportation|"
        r"fines?|changes|reforms?|move|bill|law|tax|increases?|rises?|sale|privati[sz]ation)\b)|"
        r"veto(?:es|ed|ing)?|(?:overturn(?:s|ed|ing)?|quash(?:es|ed|ing)?)(?=\s+(?:the|a|an|its|"
        r"this|that)\s+(?:\w+\s+)?(?:decision|ruling|verdict|ban|conviction|sentence|law|vote|"
        r"result)\b)|"
        r"distanc(?:e|es|ed|ing)\s+(?:\w+self|themselves)\s+from|"
        r"appeal(?:s|ed|ing)?\s+(?:the|a|an|its|this|that)\s+(?:ruling|verdict|decision|"
        r"judg(?:e)?ment|sentence|ban|fine|conviction)|"
        r"question(?:s|ed|ing)?\s+(?:whether|if|the|its|their|his|her|a|an)\b|"
        r"(?<=\bwas\s)questioned|(?<=\bwere\s)questioned|(?<=\bbeen\s)questioned|"
        r"irresponsible|unacceptable|reckless|outrageous|shameful|disgraceful|"
        r"deplorable|unjustified|misguided|dissatisfied|displeased|unhappy\s+(?:with|about)|"
        r"(?:fight|fights|fighting|fought|battl(?:e|es|ed|ing))\s+(?:the|a|an|its|their|his|her|this|any|against)\b"
        # fighting a fire or a disease takes no side
        r"(?!\s+(?:\w+\s+)?(?:fires?|blazes?|flames|wildfires?|floods?|floodwaters?|diseases?|"
        r"virus|infections?|outbreaks?|epidemics?|pandemics?|cancer|drought|storms?)\b)|"
        r"challeng(?:e|es|ed|ing)(?!r)|(?<!\ba\s)(?<!\bthe\s)contest(?:s|ed|ing)?|(?<!\ba\s)(?<!\bthe\s)(?<!\bthis\s)disput(?:e|es|ed|ing)|"
        # "blamed the outages on data-entry errors" gives a cause, as "said the outages were
        # caused by" does; "blamed the operator" takes a side
        r"blam(?:e|es|ed|ing)(?!\s+(?:[\w’'-]+\s+){1,6}?on\b)|"
        r"accus(?:e|es|ed|ing)|ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)|overlook(?:s|ed|ing)?|"
        r"def(?:y|ies|ied|ying)|resist\w*|"
        # "…, consumer group Fair Home charged": an accusation, closing the claim; "without
        # raising network charges." closes on fees, no accusation
        r"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)charged(?=\s*[,.;])|"
        r"appeal(?:s|ed|ing)?\s+against|keep(?:s|ing)?\s+up\s+the\s+pressure|"
        + _right_after("will", "would")
        + r"appeal(?!\s+(?:to|for)\s+(?!"
        + _APPEAL_BODY
        + r"))|"
        r"(?<=\bto\s)(?<!whether\sto\s)appeal(?!\s+(?:to|for)\b)|"
        # "would take the case to the appeals board" appeals
        r"(?:take|takes|took|taken|taking)\s+(?:the|its|their|his|her)\s+case\s+to|"
        r"scepticism|skepticism|sceptical|skeptical|unnecessary|needless|"
        r"(?:voic|express|rais)(?:e|es|ed|ing)\s+(?:\w+\s+)?(?:doubts|concerns?|reservations|"
        r"scepticism|skepticism)|(?<=\bwas\s)concerned|(?<=\bwere\s)concerned|"
        r"(?<=\bis\s)concerned|(?<=\bare\s)concerned|(?:alarmed|worried)\s+(?:by|at|about|over)\b|doubt(?:s|ed|ing)?|take\s+the\s+case\s+(?:further|to)|"
        r"(?:campaign|lobb|argu|vot|warn|advis|recommend|caution)\w*\s+against|"
        r"(?:seek\w*|sought)\s+(?:an?\s+)?(?:\w+\s+)?(?:injunction|court\s+order|judicial\s+review|"
        r"retrial)|ask(?:s|ed|ing)?\s+(?:a|the)\s+(?:\w+\s+)?(?:court|judge)\s+(?:for|to)\b|"
        r"(?:ask|apply|call)(?:s|ed|ing)?\s+for\s+(?:an?\s+)?(?:\w+\s+)?(?:injunction|"
        r"judicial\s+review|retrial)|"
        # blocking a decision takes a side; blocking traffic or a road does not
        # "urged parliament to block it": what a demand blocks is a decision
        r"(?<=\bto\s)block(?=\s+(?:it|them)\b)|"
        r"(?:block(?:s|ed|ing)|(?<=\bto\s)block|(?<=\bwill\s)block|(?<=\bwould\s)block)\b"
        r"(?=\s+(?:(?:the|a|an|its|their|his|her|any|this|that)\s+)?(?:[\w’'-]+\s+){0,2}?"
        r"(?:deal|merger|takeover|bid|bill|laws?|plans?|proposals?|move|sale|appointment|cuts?|"
        r"tariffs?|bans?|closures?|polic(?:y|ies)|"
        r"nomination|vote|measures?|legislation|reforms?|budget|decision|acquisition|agreement|"
        r"treaty|resolution|motion|project|scheme|release|extradition|deportation|import|export)s?\b)",
    ),
    ("regret", r"regret(?:s|ted|ting|table)?|disappoint(?:ed|ing|ment)"),
    (
        "abstention",
        r"abstain(?:s|ed|ing)?|abstentions?|(?:stay|stays|stayed|remain\w*)\s+neutral|"
        r"neutral\s+(?:on|in|over|about)\b",
    ),
    (
        "confirmation",
        r"confirm\w*|verif\w+|(?:lend|lends|lent|lending)\s+(?:\w+\s+)?weight\s+to|"
        r"g(?:ive|ives|ave|iving)\s+credence\s+to",
    ),
    (
        "openness",
        r"(?:willing|prepared|ready)\s+to|"
        # open to an idea, not open to rival couriers or to the public
        r"open\s+to(?=\s+(?:(?:the|a|an|any|further|new|more|some|its|their)\s+)?"
        r"(?:[\w-]+\s+)?(?:talks|negotiat\w*|dialogue|discuss\w*|compromise|offers?|"
        r"suggestions?|proposals?|ideas?|changes?|bids?|consider\w*|review\w*|deals?|options?|"
        r"criticism|scrutiny|co-?operat\w*|mediation|arbitration|alternatives?|settlement|"
        r"extension|sale|selling|meeting|return\w*|reopen\w*|revisit\w*|bail-?outs?|rescues?|"
        r"possibility|plans?|requests?|mergers?|takeovers?)\b)",
    ),
    # "has offered 5 percent" ~ "has put forward 5%"; "offered to" commits (above)
    (
        "proposal",
        r"put(?:s|ting)?\s+forward|propos(?:e|es|ed|ing)|"
        r"offer(?:s|ed|ing)?(?=\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:\d|[$€£]|(?:[\w-]+\s+){0,2}?"
        r"(?:pay|wage|salary|deal|settlement|rise|raise|increase|compensation|payment|sum|"
        r"package|contract|terms)\b))",
    ),
    (
        "continuation",
        # not "kept its main rate on hold": a thing left unchanged, a privative (no change)
        r"(?:keep|keeps|kept|retain\w*)"
        r"(?=\s+(?:the|its|their|his|her)\s+(?!innocence))"
        r"(?!\s+(?:[\w-]+\s+){1,4}?(?:on\s+hold|unchanged|steady)\b)"
        # nor "keep their windows shut", "kept its drains in repair": a state kept, no course
        r"(?!\s+(?:[\w-]+\s+){1,4}?(?:closed|shut|clean|safe|dry|indoors|inside|away|"
        r"locked|in\s+(?:good\s+|proper\s+)?(?:repair|order|condition|shape|check))\b)|"
        # "kept production going" ~ "did not halt production"
        r"(?:keep|keeps|kept|keeping)\s+(?:[\w-]+\s+){1,2}?(?:going|running|open)\b",
    ),
    (
        "insufficiency",
        r"not\s+enough|too\s+(?:short|little|few|small|late|low|slow)|insufficient|inadequate|"
        # "far too little" ~ "nowhere near enough" ~ "far from sufficient"
        r"(?:nowhere|not\s+(?:nearly|anywhere))\s+(?:near\s+)?(?:enough|sufficient|adequate)|"
        r"far\s+from\s+(?:enough|sufficient|adequate)|"
        # "were not given enough body armour" ~ "had not been issued with sufficient armour"
        r"(?:not|n['’]t)\s+(?:(?!to\b)[\w-]+\s+){1,4}?(?:enough|sufficient)\b|"
        # "had not offered to sell enough branches" ~ "had failed to offer enough branch sales":
        # a verb taking an infinitive keeps the shortfall its own
        r"(?:not|n['’]t)\s+(?:offered|agreed|tried|sought|planned)\s+to\s+[\w-]+\s+(?:enough|sufficient)\b|"
        r"lack(?:s|ed|ing)?\s+(?:sufficient|enough|adequate)|"
        rf"(?:fail(?:s|ed|ing)?|unable|(?:not|never|\w+n['’]t)\s+(?:be\s+|been\s+)?able|cannot|"
        rf"can['’]t|could\s+not|couldn['’]t){_SHORT_OF}|"
        # "a shortage of drivers" ~ "driver shortages" ~ "a lack of drivers" ~ "too few drivers"
        r"(?:a\s+)?(?:shortages?|shortfalls?)(?:\s+(?:of|in))?|(?:a\s+)?lack\s+of",
    ),
    ("sufficiency", r"enough|sufficient(?:ly)?|adequate(?:ly)?"),
)
_STANCE_PATTERNS = tuple(
    (name, re.compile(rf"\b(?:{body})\b", re.I)) for name, body in _STANCE_CLASSES
)


_PASSIVE_CLAIM_REJECTED = re.compile(
    # not "asylum claims have been rejected": an application turned down
    r"(?<!\basylum\s)(?<!\binsurance\s)(?<!\bcompensation\s)(?<!\bbenefit\s)(?<!\bdamages\s)"
    r"\b(?:claims?|allegations?|accusations?|suggestions?|charges?|reports?|criticism|"
    r"conclusions?|findings|assertions?)\b"
    r"(?:[^.;]{0,160}\b(?:was|were|been)\s+(?:\w+\s+)?|\s+(?:that\s+|which\s+)?"
    r"(?:the|its|their|his|her|a|an)\s+(?:[\w’'-]+\s+){0,2})(?:rejected|dismissed)$",
    re.I,
)
"""A claim rejected in the passive, or in a relative clause ("an accusation the company
rejected"), is denied, as "rejected claims" is."""
_GRIEVANCE = r"(?:complaints?|appeals?|objections?|challenges?|claims?|grievances?)\b"
_GRIEVANCE_AFTER = re.compile(
    rf"\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+)?{_GRIEVANCE}", re.I
)
_GRIEVANCE_BEFORE = re.compile(
    rf"\b{_GRIEVANCE}[^.;]{{0,160}}\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I
)


def _grievance_upheld(text: str, match: re.Match[str]) -> bool:
    """Upholding a complaint or an appeal grants it, as rejecting it refuses it; upholding a
    ruling or a ban sides with what stands ("rejected the appeal" ~ "upheld the ruling")."""
    return bool(
        _GRIEVANCE_AFTER.match(text, match.end())
        or _GRIEVANCE_BEFORE.search(text, 0, match.start())
    )


_UNLESS_BEFORE = re.compile(r"\bunless\b[^,;:.]*$", re.I)
_DENIED_THAT_TO = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|disputed)\s+(?:(?:claims|suggestions)\s+)?"
    r"that\s+(?:[\w’'-]+\s+){1,10}?(?:was|were|is|are|had\s+been)\s+to\s+$",
    re.I,
)
"""A denial whose clause ends on "to" before the stance: "denied that the drought was to"."""
_NEGATED_STANCE = re.compile(
    r"(?:(?:\bnot|\bnever|\bno\s+longer|\bneither|\bnor|n['’]t|\bcannot)\s+"
    rf"(?:(?!(?:and|or|but)\b)\w+\s+){{0,2}}(?:or\s+)?|\byet\s+to\s+(?:be\s+)?|\b(?:{_PASSED_OVER})\s+|"
    r"\bstop(?:s|ped|ping)?\s+short\s+of\s+|"
    # "lacked the power to block it" ~ "had no power to block it"
    r"\black(?:s|ed|ing)?\s+(?:the\s+|any\s+)?(?:legal\s+)?(?:power|powers|authority|means|ability|"
    r"right|mandate)\s+to\s+|"
    r"(?:\bnot|n['’]t)\s+(?:go|going|went|turn|take\s+\w+)\s+to\s+"
    r"(?:the\s+)?courts?\s+to\s+|"
    # "is unlikely to be approved" ~ "probably will not be approved"
    r"\bunlikely\s+to\s+(?:be\s+)?)$",
    re.I,
)
"""A negation before a stance, two words away at most, and through "or": "neither admitted
nor denied" ~ "did not admit or deny"; a stance passed over for another ("would abide by the
cap rather than challenge it"); a stance a refused step would serve ("would not go to
court to challenge the result")."""


_COORDINATED_STANCE = re.compile(r"\s+(?:or|nor|and)\s+")
"""Between two stances that share the negation before both ("did not oppose or criticise")."""
_STAFF = "staff workers employees people officers managers executives directors teachers nurses"
_PEOPLE_DISMISSED = re.compile(
    rf"\b(?:{'|'.join(_STAFF.split())}|he|she|they|who)\s+(?:had|has|have|would|will)?\s*"
    r"(?:been|be|was|were|being)\s+$",
    re.I,
)


def stances(text: str) -> list[Mention]:
    """Stance cues keyed by class: refusing, being unable, denying, promising, considering.

    A negated stance is a class of its own ("not " + class): "would not oppose the cull" takes
    no side against it, so it differs from "would seek an injunction to stop" (opposition)."""
    found: list[Mention] = []
    starts = _sentence_starts(text)
    for name, pattern in _STANCE_PATTERNS:
        for match in pattern.finditer(text):
            if match.group()[0].isupper() and match.start() not in starts:
                continue  # a name: "the Resolute Support mission", "the Supporters' Trust"
            if (
                name in {"consideration", "proposal"}
                or match.group().lower() in {"dispute", "disputes", "protest", "protests"}
            ) and _DETERMINER_BEFORE_NOUN.search(text, 0, match.start()):
                continue  # "until an environmental review is completed": a noun, no stance
            if match.group().lower().startswith("uph") and not _grievance_upheld(text, match):
                continue  # "upheld the ruling" ~ "rejected the appeal": no side changed
            if match.group().lower().startswith("dismiss") and _PEOPLE_DISMISSED.search(
                text, 0, match.start()
            ):
                continue  # "whether any staff had been dismissed": fired, no claim refused
            if name != "silence" and _OPEN_QUESTION.search(text, 0, match.start()):
                continue  # "had yet to decide whether to take the case to court": not taken
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                negation = _NEGATED_STANCE.search(text, 0, match.start())
                # "couldn't agree": the negation belongs to the inability stance before it
                subject = _NEGATIVE_SUBJECT.search(text, 0, match.start())
                # "had not ruled out challenging it": the negation is spent on the stance
                # between it and this one
                negated = (
                    negation is not None
                    and not any(
                        negation.start() < m.end <= match.start()
                        and not _COORDINATED_STANCE.fullmatch(text, m.end, match.start())
                        for m in found
                    )
                ) or (
                    subject is not None
                    and not _RELATIVE_CLAUSE.search(text, subject.start(), match.start())
                )
                # "would accept no cut" ~ "would not accept any cut"
                negated = negated or re.match(r"\s+no\b", text[match.end() :]) is not None
                # "declined to commit to": a stance refused is not taken
                refused_by = [
                    m
                    for m in found
                    if m.key in {"refusal", "inability"}
                    and m.end <= match.start()
                    and _ADVERB_GAP.fullmatch(text, m.end, match.start()) is not None
                ]
                negated = negated or bool(refused_by)
                # "would leave some vessels without enough crew" ~ "did not have enough crew"
                negated = negated or (
                    name == "sufficiency"
                    and re.search(r"\bwithout\s+$", text[: match.start()]) is not None
                )
                # "has not yet decided whether to appeal" is still weighing it
                negated = negated and not (
                    name == "consideration" and match.group().lower().startswith("decid")
                )
                if name == "refusal" and refused_by:
                    # "refusing to rule out rationing" is one stance, not ruling it out: the
                    # refusal is spent on the refusal it negates
                    found = [m for m in found if m not in refused_by]
                # "denied that a shortage of rentals was to blame": the blame is denied
                negated = negated or (
                    match.group().lower().startswith("blam")
                    and _DENIED_THAT_TO.search(text, 0, match.start()) is not None
                )
                # "disagreed with the ruling" ~ "did not agree with the ruling"
                negated ^= match.group().lower().startswith("disagree")
                # "unless the projects are approved" ~ "if the projects aren't approved"
                negated ^= _UNLESS_BEFORE.search(text, 0, match.start()) is not None
                if (
                    name == "termination"
                    and match.group().lower().startswith("stop")
                    and _DEMANDED_TO.search(text, 0, match.start())
                ):
                    name = "opposition"  # "urged the ministry to stop the scheme": block it
                if name == "refusal" and _PASSIVE_CLAIM_REJECTED.search(text, 0, match.end()):
                    name = "denial"  # "criticism that … was rejected by the institute"
                found.append(
                    Mention(match.start(), match.end(), f"not {name}" if negated else name)
                )
    # "advised against approving": a stance argued against is not taken
    against = [m.end for m in found if text[m.start : m.end].lower().endswith("against")]
    found = [
        Mention(m.start, m.end, f"not {m.key}")
        if not m.key.startswith("not ")
        and any(end <= m.start and _ADVERB_GAP.fullmatch(text, end, m.start) for end in against)
        else m
        for m in found
    ]
    return sorted(found, key=lambda m: m.start)


_DEMANDED_TO = re.compile(
    r"(?i)\b(?:urg\w*|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:[\w’'-]+\s+){0,5}?to\s+$"
)
"""A demand that someone act: stopping what it names is blocking it."""
_BY_AGENT = re.compile(r"\s+by\s+")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
# A stance asked about, not taken: "whether to appeal", "whether it would back the plan".
_OPEN_QUESTION = re.compile(
    r"(?i)\bwhether\s+(?:or\s+not\s+)?(?:to|(?:it|he|she|they|we|the\s+\w+)\s+"
    r"(?:would|will|should|could|might|can))\s+(?:\w+\s+){0,2}?$"
)
# Someone charged with an act: the object of "accused … of" is who acted.
_ACCUSED_OF = re.compile(
    r"(?i)\b(?:accus|blam|criticis|criticiz|condemn|fault)\w*\s+((?:[\w’'-]+\s+){1,6}?)(?:of|for)\s+$"
)
# A second verb of the sentence's subject ("have collected signatures and may seek a review").
_COORDINATED_VERB = re.compile(
    r"(?i)\b(?:and|but)\s+(?:(?:may|might|could|would|will|can|should|must|has|have|had|is|are|was|"
    r"were|did|does|not|never|also|then|later|now)\s+)*$"
)


def stance_agents(text: str) -> list[tuple[Mention, Mention]]:
    """(stance, who takes it) pairs: the subject before an active stance verb ("The employers'
    federation criticised the measure"), or the agent after a passive one ("the measure was
    criticised by the labour inspectorate"). A passive with no agent, or a pronoun, names
    nobody."""
    found = []
    for stance in stances(text):
        by = _BY_AGENT.match(text, stance.end)
        if by and text[stance.start : stance.end].lower().endswith(("ed", "held")):
            stop = _SOURCE_BOUNDARY.search(text, by.end())
            agent = _source_mention(
                text, by.end(), stop.start() if stop else len(text), from_end=False
            )
        else:
            auxiliary = _PASSIVE_BEFORE.search(text, 0, stance.start)
            if auxiliary and (
                not text[stance.start : stance.end].split()[0].endswith("ing")
                or (
                    (before := _LAST_WORD.search(text, 0, auxiliary.start())) is not None
                    and before.group(1).lower() in _PRONOUNS
                )
            ):
                continue  # a passive with no agent, or a pronoun; "the union is demanding"
            verb = auxiliary.start() if auxiliary else stance.start
            accused = _ACCUSED_OF.search(text, 0, stance.start)
            if accused:
                # "accused the owner of ignoring complaints": the owner ignored them
                agent = _source_mention(text, accused.start(1), accused.end(1), from_end=False)
            elif _COORDINATED_VERB.search(text, 0, verb):
                # "Parents have collected signatures and may seek a review": the parents. After
                # a speech verb the second verb may be the speaker's or the reported subject's
                # ("X said the company was disappointed and was weighing an appeal"): nobody
                agent = None if _speech_before(text, verb) else _leading_subject(text)
            else:
                agent = _subject_before(text, verb)
            if agent is not None:
                agent = _relative_subject(text, agent)
        if agent is not None and _names_an_agent(text[agent.start : agent.end]):
            found.append((agent, stance))
    return found


def _speech_before(text: str, position: int) -> bool:
    return any(_active_speech(text, m) for m in _SPEECH_VERB.finditer(text, 0, position))


def _relative_subject(text: str, subject: Mention) -> Mention | None:
    """ "a charge the company denied": the subject of a relative clause, right after the noun
    it describes; not "Trackwell, the rail firm", nor "most of its members"."""
    inner = _LAST_DETERMINER.search(text, subject.start + 1, subject.end)
    if inner is None:
        return subject
    before = re.search(r"([a-z][\w’'-]*)\s+$", text[subject.start : inner.start()])
    if before is None or before.group(1) in _STOPWORDS:
        return subject
    return _source_mention(text, inner.start(), subject.end, from_end=True)


_LAST_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\b(?!.*\b(?:the|a|an|its|their|his|her)\b)", re.I
)


_LIGHT_VERBS = {"made", "make", "makes", "gave", "give", "gives", "offered", "offers"}
"""Verbs before a stance noun: "made no comment", "gave its backing"."""
_AGENT_NOUNS = frozenset(
    BODY_WORDS
    | _SOURCE_NOUNS
    | set(_PERSON_ROLES)
    | {"parliament", "assembly", "senate", "congress", "cabinet", "legislature"}
)
_QUANTIFIERS = {"most", "some", "many", "all", "few", "several", "none", "each", "both"}
_NOT_IN_AGENTS = _AUXILIARIES | _CLAUSE_OPENERS | {"that", "and", "but", "not", "never", "by"}
_AGENT_TRAILERS = frozenset(_NOT_IN_AGENTS | _LIGHT_VERBS | {"also", "now", "already", "still"})
"""Words that may end the subject search's phrase without being part of the agent."""


def _names_an_agent(phrase: str) -> bool:
    """A short noun phrase ("The European Commission has", "Analysts now"), not a clause the
    subject search ran into ("the fee was needed to pay for repairs and", "adding")."""
    tokens = re.findall(r"[\w’'-]+", phrase)
    while tokens and (tokens[-1].lower() in _AGENT_TRAILERS or tokens[-1].endswith("ly")):
        tokens.pop()
    lowered = {t.lower() for t in tokens}
    return (
        0 < len(tokens) <= 6
        and not lowered & (_NOT_IN_AGENTS | _SPEECH_WORDS)
        and not any(t.islower() and t.endswith(("ing", "ed")) for t in tokens)
        # a count or a part of a group ("204 of its deputies", "most of its members")
        and not any(t.isdigit() or t.lower() in _NUMBER_WORDS for t in tokens)
        and not lowered & _QUANTIFIERS
        # headed by a name or a noun that can take a side: "the union", "analysts", "residents"
        and (
            tokens[-1][0].isupper()
            or tokens[-1].lower() in _AGENT_NOUNS
            or tokens[-1].endswith("s")
        )
    )


_NOT_BE_BEFORE = "".join(
    rf"(?<!{negation}\s{be})"
    for negation in ("not", "never", "n't", "n’t")
    for be in ("", r"be\s", r"been\s")
)
"""Lookbehinds for a negation, then "be" or "been" or neither, just before a word: "will not
be able"."""
_ANTONYM_PAIRS = (
    (
        "outcome",
        # not time passing: "let eleven weeks pass", "as the days passed"
        r"(?<!\bweeks\s)(?<!\bdays\s)(?<!\bmonths\s)(?<!\byears\s)(?<!\bhours\s)(?<!\btime\s)"
        r"pass(?:ed|es)?(?!\s+away)|succeed(?:s|ed)?|successful(?:ly)?|"
        # "had not managed to halt" is a failure, the inability stance's
        r"(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)(?<!\bnever\s)managed\s+to|"
        r"secur(?:ed|es|ing)(?=\s+(?:a|an|the|its|their|his|her)\s+(?:\w+\s+)?(?:majority|win|"
        r"victory|seat|seats|deal|agreement|release|place|title|votes?))",
        r"fail(?:s|ed)?(?!\s+to\b)|unsuccessful(?:ly)?|fail(?:s|ed)?\s+to(?=\s+\w+)",
    ),
    # not "won't": "will not", no win
    ("contest", r"w[oi]n(?:s|ning)?(?!['’]t)", r"los(?:e|es|t|ing)(?!\s+(?:money|jobs?|weight))"),
    (
        "direction",
        r"r(?:ise|ises|ose|isen|ising)|increas(?:e|es|ed|ing)|gr(?:ew|own|ows?|owing)|"
        r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surg(?:e|es|ed|ing)|soar(?:s|ed|ing)?",
        r"f(?:all|alls|ell|allen|alling)(?!\s+(?:ill|short|silent|asleep|under|behind))|"
        r"decreas(?:e|es|ed|ing)|declin(?:e|es|ed|ing)(?!\s+to\b)|"
        r"drop(?:s|ped|ping)?(?!\s+(?:the|its|their|his|her|a|an|out|charges)\b)|"
        r"shr(?:ank|unk|inks?|inking)|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?",
    ),
    ("level", r"above|higher", r"below|lower"),
    # "reported a loss of 3.4 million euros" / "posted a profit of €3.4m"
    (
        "result",
        r"profit(?:s|able)?|surplus(?:es)?",
        r"loss(?:es)?(?!\s+of\s+(?:life|lives|jobs?|power|\w+ing)\b)|loss-making|deficits?|"
        r"unprofitable",
    ),
    ("verdict", r"convict(?:s|ed|ion)|guilty", r"acquit(?:s|ted|tal)|innocent|cleared\s+of"),
    ("survival", r"surviv(?:e|es|ed|ing|ors?)", r"died|dies|killed"),
    (
        "permission",
        r"allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|legal(?:ly|ised|ized)?|lawful(?:ly)?|"
        r"legitimate(?:ly)?",
        r"ban(?:s|ned|ning)?|forb(?:id|ids|ade|idden)|prohibit(?:s|ed|ing)?|illegal(?:ly)?|"
        r"barr(?:ed|ing)(?=\s+(?:[\w’'-]+\s+){0,3}?from\b)|bars?(?=\s+(?:[\w’'-]+\s+){1,3}?from\b)|"
        r"unlawful(?:ly)?|illegitimate(?:ly)?",
    ),
    ("quality", r"improv(?:e|es|ed|ing|ement)", r"worsen(?:s|ed|ing)?|deteriorat\w+"),
    ("terms", r"conditional(?:ly)?", r"unconditional(?:ly)?"),
    (
        "test result",
        r"(?:tested|tests?|testing|came\s+back|returned)\s+positive|positive(?=\s+(?:tests?|results?)\b)",
        r"(?:tested|tests?|testing|came\s+back|returned)\s+negative|negative(?=\s+(?:tests?|results?)\b)",
    ),
    ("power", r"(?:switch|turn)(?:s|ed|ing)?\s+on", r"(?:switch|turn)(?:s|ed|ing)?\s+off"),
    ("likelihood", r"(?<!un)likely", r"unlikely"),
    # "will not be able to" is "unable to", the same pole
    ("ability", rf"(?<!un){_NOT_BE_BEFORE}able\s+to", r"unable\s+to"),
    (
        "opening",
        r"(?:re)?open(?:s|ed|ing)?(?!\s+(?:up|fire|letters?|questions?)\b|\s+to\s+(?:\w+ing|"
        r"talks|offers?|ideas?|the\s+idea|proposals?|suggestions?|compromise|dialogue|"
        r"negotiations?|discussions?|criticism)\b)",
        r"clos(?:e|es|ing)(?!\s+(?:to|by|at|down|ties)\b)|closed(?!\s+(?:by|at|down|ties)\b)|"
        r"shut(?:s|ting)?\b",
    ),
    (
        "release",
        r"(?:released|freed|bailed)\s+on\s+(?:bail|parole)|(?:granted|given|awarded)\s+"
        r"(?:\w+\s+)?(?:bail|parole|asylum|entry)",
        r"(?:refused|denied)\s+(?:\w+\s+)?(?:bail|parole|asylum|entry)|remanded\s+in\s+custody|"
        r"held\s+without\s+bail",
    ),
)
"""Pairs of opposite outcomes (passed/failed, won/lost, rose/fell, convicted/acquitted,
survived/died, allowed/banned, improved/worsened, tested positive/negative): a swap reverses a claim as surely as a
"not" does, with no negation word to see."""
_UN_STATES = (
    "damaged",
    "harmed",
    "hurt",
    "injured",
    "affected",
    "armed",
    "insured",
    "vaccinated",
    "licensed",
    "registered",
    "paid",
    "employed",
    "occupied",
    "inhabited",
    "treated",
    "inspected",
)
"""States whose "un-" form is their opposite ("the cargo appeared undamaged" / "appeared to
have been damaged"): the same word with and without the prefix, so no paraphrase trades one
for the other unless a "not" balances it ("was not damaged")."""
_ANTONYM_PATTERNS = tuple(
    (name, sign, re.compile(rf"\b(?:{body})\b", re.I))
    for name, positive, negative in (
        *_ANTONYM_PAIRS,
        *((f"un-{state}", state, rf"un-?{state}") for state in _UN_STATES),
    )
    for sign, body in (("+", positive), ("-", negative))
)


def antonyms(text: str) -> list[Mention]:
    """Words at one pole of an antonym pair, keyed ``pair:+`` or ``pair:-``."""
    found = [
        Mention(m.start(), m.end(), f"{name}:{sign}")
        for name, sign, pattern in _ANTONYM_PATTERNS
        for m in pattern.finditer(text)
    ]
    return sorted(found, key=lambda m: m.start)


_NEUTRAL_REPORT = re.compile(
    r"\b(?:said|says|told|stated|described|expect(?:s|ed)|reported|according\s+to|disclosed|"
    r"revealed|specified|explain(?:s|ed)?)\b",
    re.IGNORECASE,
)


def neutral_reports(text: str) -> list[Mention]:
    """Reporting verbs that take no side: "said", "told", "expected", "described", "disclosed"."""
    return [Mention(m.start(), m.end(), m.group().lower()) for m in _NEUTRAL_REPORT.finditer(text)]


_CAUSE = re.compile(
    rf"\b(due\s+to(?!\s+(?:{_SCHEDULED})\b)|because(?:\s+of)?|as\s+a\s+result\s+of|owing\s+to|caused\s+by|thanks\s+to|"
    r"(?:introduced|triggered|sparked|prompted|driven|fuell?ed|spurred)\s+by|result(?:ed|ing|s)?\s+from|stemm(?:ed|ing)\s+from|"
    r"in\s+response\s+to|(?:led|leading)\s+to|on\s+account\s+of|blamed\s+on|on\s+the\s+back\s+of|"
    r"(?:on|amid)\s+(?:growing\s+)?(?:fears|concerns|worries|hopes|expectations|bets|"
    r"speculation)(?:\s+(?:that|of|over|about))?|in\s+retaliation\s+for|"
    r"(?:died|dies|dying)\s+(?:of|from))\b",
    re.I,
)
_CONDITION = re.compile(
    r"\b(without\s+conditions?|unconditional\w*|on\s+(?:the\s+)?condition|provided\s+that|"
    r"(?<=, )provided|providing\s+that|"
    # "will be finished by 2025 provided planning permission is granted": a clause follows
    r"provided(?!\s+(?:by|to|for|with|in|on|at|from|through|under|via|that|which)\b)"
    r"(?=\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?!that\b|which\b|who\b)[a-z]+\s+){1,3}?(?:is|are|was|were|"
    r"can|could|will|would|has|have|had|gets?|got|remains?)\b)|"
    r"unless|only\s+if|(?<!\bsaid\s)(?<!\bsay\s)(?<!\bsays\s)(?<!\basked\s)(?<!\bask\s)"
    r"(?<!\bknow\s)(?<!\bdecide\s)(?<!\bdecided\s)(?<!\bsee\s)(?<!\bunclear\s)(?<!\bcheck\s)"
    r"(?<!\bwonder\s)(?<!\bconfirm\s)(?<!\bconfirmed\s)if|in\s+exchange\s+for|(?<!\bfor\s)as\s+long\s+as(?!\s+(?:an?\s+|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty)\b)))\b",
    re.I,
)
"""Conditions ("as long as 14 hours" and "for as long as it lasts" are lengths, not one); "if" after a verb of saying, asking or deciding opens a question ("has not
said if it will pay" ~ "whether it will pay"), not a condition."""


_CAUSE_CREDITED = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:[\w’'-]+\s+){0,4}?"
    r"down\s+to)\b",
    re.I,
)


def credits_a_cause(text: str) -> bool:
    """A verb that names a cause without a connective: "blamed the overrun on higher prices",
    "attributed the delay to", "put the rise down to"."""
    return _CAUSE_CREDITED.search(text) is not None


def causes(text: str) -> list[Mention]:
    """Causal and conditional connectives, keyed ``cause`` or ``condition``."""
    found = [Mention(m.start(), m.end(), "cause") for m in _CAUSE.finditer(text)]
    found += [Mention(m.start(), m.end(), "condition") for m in _CONDITION.finditer(text)]
    return sorted(found, key=lambda m: m.start)


_STOPWORDS = set(
    """a an the of to in on at for by with from and or but if as is are was were be been being
    has have had do does did this that these those it its they them their there here he she his
    her we our you your i me my not no so than then too very can will would could should may
    might must shall into over under about after before during while which who whom whose what
    when where why how all any both each few more most other some such only own same just also
    s t don now said says told""".split()
)


def is_content_word(word: str) -> bool:
    """Words that carry content, as opposed to function words and punctuation."""
    return any(c.isalnum() for c in word) and word.lower().strip("’'") not in _STOPWORDS


_CLAUSE_SPLIT = re.compile(
    # "none of whom was fined" is one clause: a relative after "of" does not open one
    rf"{_COMMA}|[;()—–]|\s-\s|[“”\"]|(?<!\bof\s)\b(?=(?:including|which|who|whom|whose|because|due to|after|"
    r"before|while|although|though|despite|amid|since|unless|whereas|so that|but)\b)|"
    # "without" opens a clause, unless it is the predicate: "were no longer without power"
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\blonger\s)"
    r"(?<!\bstill\s)(?<!\bleft\s)(?<!\bnot\s)\b(?=without\b)|"
    # a second predicate of the same subject: "would cost £14 million and could take a year",
    # "received treatment and were later released", "to review every claim and to pay interest"
    r"\b(?=and\s+(?:could|would|will|may|might|can|should|must|to|was|were|has|have|had)\b)",
    re.I,
)


_SHARE = (
    r"(?:(?:the\s+)?(?:most|many|much|some|all|several|half|none|few|two|three|part|majority|"
    r"rest|bulk)|a\s+(?:third|quarter|fifth|handful|number)|dozens|hundreds|thousands)\s+of\s+"
    r"(?:them|whom|which|it)\b"
)
SHARE_OF_GROUP = re.compile(r"\s*" + _SHARE, re.I)
"""A share of a group opening a clause ("most of them civilians"): what follows is a claim of
its own about the group."""
_SHARE_ANYWHERE = re.compile(r"\b" + _SHARE + r"|\b(?:mostly|mainly|largely|majority)\b", re.I)


def tells_a_share(text: str) -> bool:
    """The text says what part of a group is what ("most of whom", "mostly", "the majority")."""
    return bool(_SHARE_ANYWHERE.search(text))


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause-like segments of a sentence (trimmed), split at punctuation and subordinators."""
    spans = []
    start = 0
    for match in _CLAUSE_SPLIT.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for a, b in spans:
        while a < b and (text[a].isspace() or text[a] in ".,"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".,"):
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed
