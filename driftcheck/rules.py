"""The rule catalogue: one constant record per rule code, never reused once published.

Codes: DC1xx omissions, DC2xx additions, DC3xx drift. ``docs/rules.md`` is generated from this
table (``python -m driftcheck.rules > docs/rules.md``) and a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a finding says moved."""

    DRIFT = "drift"
    OMISSION = "omission"
    ADDITION = "addition"


class Severity(StrEnum):
    """How much an editor must care; ordered by ``rank``."""

    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.MINOR: 1, Severity.MAJOR: 2, Severity.CRITICAL: 3}


@dataclass(frozen=True)
class Rule:
    """A rule's identity and documentation."""

    code: str
    name: str
    kind: Kind
    severity: Severity
    summary: str
    why: str
    example: str


RULES: tuple[Rule, ...] = (
    Rule(
        "DC101",
        "sentence-omitted",
        Kind.OMISSION,
        Severity.MAJOR,
        "A sentence of the original has no counterpart anywhere in the version.",
        "A dropped sentence is information the reader of the version never gets: a claim, a "
        "source, a figure.",
        "Original: “Russia, on Wednesday, backed the Taliban’s claims.” — version: nothing.",
    ),
    Rule(
        "DC102",
        "heading-omitted",
        Kind.OMISSION,
        Severity.MINOR,
        "A heading or label line of the original has no counterpart in the version.",
        "Headings carry structure rather than claims; their loss rarely changes meaning.",
        "Original heading “U.S. drawdown” — version: no such heading.",
    ),
    Rule(
        "DC103",
        "number-dropped",
        Kind.OMISSION,
        Severity.MAJOR,
        "A figure in an aligned original sentence appears nowhere in the version.",
        "Figures are what readers quote; losing one silently changes what the article says.",
        "Original: “10,000 NATO troops, including 2,500 from the United States” — version: “the "
        "10,000 soldiers”.",
    ),
    Rule(
        "DC104",
        "entity-dropped",
        Kind.OMISSION,
        Severity.MAJOR,
        "A name (person, organisation, place) in an aligned original sentence appears nowhere "
        "in the version.",
        "Names carry attribution and accountability; a dropped source or party changes who the "
        "story is about.",
        "Original: “told the Reuters news agency” — version: “declared”.",
    ),
    Rule(
        "DC105",
        "quote-dropped",
        Kind.OMISSION,
        Severity.MINOR,
        "Words quoted in an aligned original sentence have no counterpart quote in the version.",
        "A direct quote is the source's own words; paraphrasing it away loses the record of "
        "what was said.",
        "Original: called upon the Taliban to negotiate in “good faith” — version: no quote.",
    ),
    Rule(
        "DC106",
        "clause-omitted",
        Kind.OMISSION,
        Severity.MINOR,
        "Part of an aligned original sentence (a clause) has no counterpart in the version.",
        "Translators and re-writers drop qualifiers, sources and figures inside sentences that "
        "otherwise survive; sentence-level checks never see it. Minor by default: the evidence "
        "is the model's token similarity alone (typed rules report dropped figures, names and "
        "quotes with their own codes).",
        "Original: “10,000 NATO troops, including 2,500 from the United States” — version: "
        "“10,000 NATO troops”.",
    ),
    Rule(
        "DC107",
        "date-dropped",
        Kind.OMISSION,
        Severity.MAJOR,
        "A date or time in an aligned original sentence appears nowhere in the version.",
        "When something happened is part of the fact; a lost date blurs the timeline.",
        "Original: “talks resume on Tuesday” — version: “talks resume”.",
    ),
    Rule(
        "DC201",
        "sentence-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "A sentence of the version has no support anywhere in the original.",
        "Added sentences are claims the original never made; they may be true, but they are not "
        "the source's.",
        "Version: “For now, negotiations are stalled.” — original: nothing like it.",
    ),
    Rule(
        "DC202",
        "number-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "A figure in an aligned version sentence appears nowhere in the original.",
        "An invented or imported figure looks authoritative and is easy to quote wrongly.",
        "Version: “after 17 years of Western military presence” — original: no such figure.",
    ),
    Rule(
        "DC203",
        "entity-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "A name in an aligned version sentence appears nowhere in the original.",
        "A new person, place or organisation is new reporting, not translation.",
        "Version: “a compromise reached in Doha” — original: no Doha.",
    ),
    Rule(
        "DC204",
        "quote-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "Words quoted in the version match no quote in the aligned original sentences.",
        "Quotation marks tell the reader these are the speaker's own words; unsupported ones "
        "put words in someone's mouth.",
        "Version: Stoltenberg insisted the best solution “is to re-energize the peace talks” — "
        "original: no such quote.",
    ),
    Rule(
        "DC205",
        "clause-added",
        Kind.ADDITION,
        Severity.MINOR,
        "Part of an aligned version sentence (a clause) has no support in the original.",
        "Added clauses slip new claims, causes or colour into sentences that otherwise match. "
        "Minor by default: the evidence is the model's token similarity alone.",
        "Version: “the talks, which are stalled, resume” — original: “the talks resume”.",
    ),
    Rule(
        "DC206",
        "cause-or-condition-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "The version adds a cause (“due to”, “because”) or a condition (“if”, “without "
        "conditions”) that the aligned original does not state.",
        "A stated cause or condition is a claim about the world; adding one re-frames the event.",
        "Version: “could not confirm the withdrawal due to the increase in violence” — original: "
        "no cause given.",
    ),
    Rule(
        "DC207",
        "date-added",
        Kind.ADDITION,
        Severity.MAJOR,
        "A date or time in an aligned version sentence appears nowhere in the original.",
        "An added date asserts a timeline the source did not give.",
        "Version: “met on Friday” — original: “met”.",
    ),
    Rule(
        "DC301",
        "number-changed",
        Kind.DRIFT,
        Severity.CRITICAL,
        "An aligned pair states different figures.",
        "A changed number is a factual error, whatever else the sentence keeps.",
        "Original: “about 10,000 NATO troops” — version: “12,000 soldiers”.",
    ),
    Rule(
        "DC302",
        "entity-changed",
        Kind.DRIFT,
        Severity.CRITICAL,
        "An aligned pair names different people, organisations or places.",
        "A swapped name moves a statement or an act to someone else.",
        "Original: “the Pentagon said” — version: “Stoltenberg has assured”.",
    ),
    Rule(
        "DC303",
        "negation-flipped",
        Kind.DRIFT,
        Severity.CRITICAL,
        "One side of an aligned pair negates what the other affirms: a lost or added negation "
        "(“not”, “never”, “no”), or an outcome turned into its opposite (“passed” / “failed”, "
        "“rose” / “fell”, “convicted” / “acquitted”). Privatives that balance a negation "
        "(“not won since” / “first since”, “shortage” / “lack”) are a re-wording.",
        "A lost or added “not” reverses the claim while keeping almost every word.",
        "Original: “NATO will withdraw” — version: “NATO will not withdraw”.",
    ),
    Rule(
        "DC304",
        "certainty-changed",
        Kind.DRIFT,
        Severity.MAJOR,
        "A hedged claim became a stated fact (hardened).",
        "“May be under way” and “began” report different events; readers act on certainty.",
        "Original: “preparations may be under way” — version: “the attacks began”.",
    ),
    Rule(
        "DC305",
        "quote-reworded",
        Kind.DRIFT,
        Severity.MAJOR,
        "Words inside quotation marks differ from the original's quote, or quote a speaker whom "
        "the original only reports, in other words, without quotation marks.",
        "A quote promises the speaker's exact words; a reworded quote is a misquote even when "
        "the meaning is close.",
        "Original: “we risk more violence” — version: “we run the risk of an increase”.",
    ),
    Rule(
        "DC306",
        "meaning-diverged",
        Kind.DRIFT,
        Severity.MINOR,
        "An aligned pair is markedly less similar than faithful re-wordings are, though no "
        "typed rule names the change.",
        "Low similarity between aligned sentences flags re-tellings that change the claim in "
        "ways no pattern anticipates.",
        "Original: “refusing to commit to a deadline” — version: “have not been able to confirm "
        "whether it will be possible”.",
    ),
    Rule(
        "DC307",
        "stance-changed",
        Kind.DRIFT,
        Severity.MAJOR,
        "The aligned pair takes a different stance: refusing vs being unable, promising vs "
        "considering, denying vs confirming, backing vs opposing, declining to comment vs taking "
        "a position; or the version takes a stance (“praised”, “welcomed”) where the original "
        "only reports (“said”, “described”). Two ways of turning a thing down are DC314.",
        "“Refused to commit” and “could not confirm” assign different intent to the same actor.",
        "Original: “refusing to commit to a deadline” — version: “have not been able to confirm”.",
    ),
    Rule(
        "DC308",
        "attribution-changed",
        Kind.DRIFT,
        Severity.CRITICAL,
        "The aligned pair credits the statement, or the side taken, to different sources.",
        "Who said it is the core of a news claim; moving a statement moves responsibility.",
        "Original: “the Pentagon said Defense Secretary Lloyd Austin reassured allies” — version: "
        "“Stoltenberg has assured”; original: “The employers' federation criticised the measure” "
        "— version: “The measure was criticised by the labour inspectorate”.",
    ),
    Rule(
        "DC309",
        "role-changed",
        Kind.DRIFT,
        Severity.MAJOR,
        "A person keeps their name but their role or title differs (in rank, or in the level "
        "of the office: “regional” / “national” commissioner), a person's office is replaced "
        "by another (“head of security” / “chief executive”) or by a description (“the bill's "
        "sponsor” / “who voted against the bill”), or the version pins on a named person a "
        "role the original never gives.",
        "A role tells the reader what authority a statement carries.",
        "Original: “the head of U.S. forces and the NATO-led Resolute Support mission” — version: "
        "“head of allied troops”.",
    ),
    Rule(
        "DC310",
        "date-changed",
        Kind.DRIFT,
        Severity.CRITICAL,
        "An aligned pair gives different dates or times.",
        "A wrong date is a factual error readers act on.",
        "Original: “on Tuesday” — version: “on Thursday”.",
    ),
    Rule(
        "DC311",
        "cause-or-condition-changed",
        Kind.DRIFT,
        Severity.MAJOR,
        "Both sides state a cause or condition, but a different one: another cause, or a "
        "condition turned into a cause (or back).",
        "“If temperatures stabilise” is a hope; “because temperatures have stabilised” is a "
        "reported fact, and a different cause blames someone else.",
        "Original: “because of a shortage of train drivers” — version: “due to a strike by train "
        "drivers”.",
    ),
    Rule(
        "DC312",
        "claim-softened",
        Kind.DRIFT,
        Severity.MINOR,
        "A claim the original states as fact is hedged in the version.",
        "A softened claim tells readers less than the original asserts, but does not mislead "
        "them into certainty; and paraphrase adds hedge-like wording far more often than it "
        "drops it, so it is shown for review without failing a check (raise it with "
        "`--severity DC312=major` where under-statement matters).",
        "Original: “the plant will close in June” — version: “the plant is expected to close in "
        "June”.",
    ),
    Rule(
        "DC313",
        "polarity-reworded",
        Kind.DRIFT,
        Severity.MINOR,
        "One side negates a claim that the other states without a negation, but not plainly: "
        "the negation sits on another word than the other side's (“has not changed” / “kept "
        "on hold”), inside a bound (“not … until”, “no … more than”, “only once”, “since”, a "
        "superlative), beside a word that negates in other terms (“cleared”, “fails”, "
        "“pushed back”), or is itself a privative. DC303 is kept for the plain case: the same "
        "word affirmed on one side and negated on the other.",
        "Faithful re-tellings carry polarity in these devices as often as reversals do, so the "
        "pair is shown for an editor to read without failing a check; raise it with "
        "`--severity DC313=critical` where every possible reversal must stop a build.",
        "Original: “the money would be released only once the rules are adopted” — version: "
        "“the money would not be released until the rules were adopted”.",
    ),
    Rule(
        "DC314",
        "stance-reworded",
        Kind.DRIFT,
        Severity.MINOR,
        "The aligned pair turns a thing down in another way: refusing / opposing / denying "
        "(“rejected the measure” / “opposed the measure”), unless what is turned down is a "
        "challenge (“decided against an appeal”). DC307 is kept for stances that lean apart "
        "or take no side.",
        "The side taken is kept, only the manner of taking it differs, and re-tellings choose "
        "among these verbs freely; shown for an editor to read without failing a check "
        "(`--severity DC314=major` to fail on it).",
        "Original: “officials rejected that description” — version: “that description was "
        "dismissed by officials”.",
    ),
)

_BY_CODE = {rule.code: rule for rule in RULES}


def rule(code: str) -> Rule:
    """The rule record for ``code``; a ``KeyError`` here is a programming error."""
    return _BY_CODE[code]


def rules_markdown() -> str:
    """The rule reference, one section per rule, as published in docs/rules.md."""
    lines = [
        "# Rules",
        "",
        "Generated by `python -m driftcheck.rules > docs/rules.md`; do not edit by hand.",
        "",
        "| code | name | kind | default severity |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {r.code} | {r.name} | {r.kind.value} | {r.severity.value} |" for r in RULES]
    for r in RULES:
        lines += [
            "",
            f"## {r.code} {r.name}",
            "",
            f"**What it finds.** {r.summary}",
            "",
            f"**Why it matters.** {r.why}",
            "",
            f"**Example.** {r.example}",
            "",
            f"Kind: {r.kind.value}. Default severity: {r.severity.value}.",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(rules_markdown(), end="")
