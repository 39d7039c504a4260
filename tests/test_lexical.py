"""Lexical evidence extractors: what counts as the same figure, date, name or quote."""

from __future__ import annotations

import pytest

from driftcheck import lexical


def _keys(mentions: list[lexical.Mention]) -> list[str]:
    return [m.key for m in mentions]


def test_number_variants_share_a_key() -> None:
    assert _keys(lexical.numbers("10,000 and 10 000 and ten thousand")) == [
        "10000",
        "10000",
        "10000",
    ]
    assert _keys(lexical.numbers("a two-day meeting, 4.5bn and $300m")) == [
        "2",
        "4500000000",
        "300000000",
    ]
    assert _keys(lexical.numbers("41.3C at 4% and a decade ago")) == ["41.3", "4", "10"]
    # a change by a fraction is the share a percentage gives
    assert _keys(lexical.numbers("down by a third, cut by a quarter or by 25%")) == [
        "33.3",
        "25",
        "25",
    ]


def test_one_as_pronoun_is_not_a_figure() -> None:
    assert lexical.numbers("No one knows; one of them left.") == []


def test_dates_normalise() -> None:
    text = "May 1, the first of May, Sept. 3rd, 2020, last week and Thursday"
    assert _keys(lexical.dates(text)) == [
        "date:may-1", "date:may-1", "date:september-3", "year:2020", "relative:last week", "weekday:thursday",
    ]  # fmt: skip


def test_entities_need_evidence_at_sentence_start() -> None:
    assert _keys(lexical.entities("Drivers will be diverted through Brackley.")) == ["brackley"]
    assert _keys(lexical.entities("Russia backed the claims.", frozenset({"Russia"}))) == ["russia"]
    assert _keys(lexical.entities("NATO said so.")) == ["nato"]


def test_entity_keys_drop_titles_and_fold_aliases() -> None:
    assert _keys(lexical.entities("He met Secretary-General Jens Stoltenberg.")) == [
        "jens stoltenberg"
    ]
    assert _keys(lexical.entities("He met the U.S. Senate and the United States Senate.")) == [
        "us senate",
        "us senate",
    ]


def test_quotes_span_sentences() -> None:
    text = "Nobody pretends this is easy,” he said. “We stay"
    assert _keys(lexical.quotes(text)) == ["nobody pretends this is easy", "we stay"]


def test_sources_are_the_first_speech_subject() -> None:
    text = "In a statement, the Pentagon said Defense Secretary Lloyd Austin “reassured allies”."
    assert _keys(lexical.sources(text)) == ["pentagon"]
    assert _keys(lexical.sources("“We go,” said union leader Marta Lind.")) == [
        "union leader marta lind"
    ]
    assert lexical.sources("No deaths were reported.") == []
    # "suspect" after a number is a noun, not the verb of "police suspect"
    text = "One suspect was held, according to the reserve's management."
    assert _keys(lexical.sources(text)) == ["reserve management"]
    assert _keys(lexical.sources("Police suspect arson.")) == ["police"]
    # the year in an appositive says when, not who
    text = "Bellamont, head of the force since 2019, said he would resign."
    assert _keys(lexical.sources(text)) == ["bellamont head force"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a name of more than five words is kept whole, "and" inside it too
        (
            "Prices will fall, according to the Office for Gas and Electricity Markets.",
            ["office gas electricity markets"],
        ),
        # a speech verb that is a noun after a verb in -ing credits nobody
        ("Talks failed, raising fears of supply disruptions when the contract expires.", []),
        # a relative "which" with an adverb before its verb still names the antecedent
        (
            "The ban was backed by the parents' council, which nonetheless said it was too strict.",
            ["parents council"],
        ),
        # a verb ending the sentence after a noun under a preposition describes the noun
        (
            "Orlowe said there was no danger because residues were harmless at the levels found.",
            ["orlowe"],
        ),
        # a phrase holding a finite verb is a clause, not a speaker
        ("The ban was criticised, and teachers said it was too strict.", ["teachers"]),
        # an "according to" source ends where a clause opens after it
        (
            "Passengers heard a bang, although according to the airline there was no fire.",
            ["airline"],
        ),
        # a speaker closing the sentence keeps the preposition phrase that describes it
        ("“We cannot staff it,” a senior nurse at the hospital said.", ["senior nurse hospital"]),
        (
            "Talks are under way, two people familiar with the matter said.",
            ["two people familiar matter"],
        ),
    ],
)
def test_sources_are_noun_phrases(text: str, keys: list[str]) -> None:
    assert _keys(lexical.sources(text)) == keys


def test_stances_and_negations() -> None:
    assert _keys(lexical.stances("They refused to commit.")) == ["refusal"]
    # an inability blocks the stance after it, as a refusal does ("refused to apologise")
    assert _keys(lexical.stances("They have not been able to confirm.")) == [
        "inability",
        "not confirmation",
    ]
    assert _keys(lexical.stances("He refused to apologise.")) == ["refusal", "not admission"]
    assert _keys(lexical.negations("It is uncertain and they didn't go.")) == ["didn't"]
    assert _keys(lexical.privatives("It is uncertain and they didn't go.")) == ["uncertain"]
    assert _keys(lexical.negations("The world No. 3 withdrew.")) == []
    assert _keys(lexical.negations("They will no longer travel free.")) == ["no longer"]
    assert _keys(lexical.privatives("It is the club's first trophy since 1998.")) == [
        "first trophy since"
    ]
    assert _keys(lexical.stances("She declined to comment.")) == ["silence"]
    assert _keys(lexical.stances("No new forecasts were published.")) == ["silence"]
    # what is not published here is the subject of a clause of its own, not the speaker's
    assert _keys(lexical.stances("There was no evidence that the data had been published.")) == []
    assert _keys(lexical.stances("They would challenge the law.")) == ["opposition"]


@pytest.mark.parametrize(
    "text, keys",
    [
        ("It had not yet decided whether to sell.", ["consideration"]),  # still weighing it
        ("It neither admitted nor denied wrongdoing.", ["not admission", "not denial"]),
        ("It did not admit or deny wrongdoing.", ["not admission", "not denial"]),
        ("It cited fraud, an accusation the firm rejected.", ["denial"]),
        ("It was rejecting claims from customers.", ["refusal"]),
        ("The bank would cooperate fully.", ["support"]),
    ],
)
def test_stances_negated_through_or_and_claims_rejected_before_the_verb(
    text: str, keys: list[str]
) -> None:
    assert _keys(lexical.stances(text)) == keys


def test_privative_prefixes_and_concealment() -> None:
    assert _keys(lexical.privatives("It disagreed with the decision.")) == ["disagreed"]
    assert _keys(lexical.privatives("The data was unavailable and invalid.")) == [
        "unavailable",
        "invalid",
    ]
    assert _keys(lexical.privatives("The site has been kept secret.")) == ["secret"]
    assert lexical.privatives("She discovered and displayed the informed uncovering of none.") == []
    assert lexical.privatives("Police uncovered the plot.") == []


def test_hedge_equivalents_and_reported_hedges() -> None:
    assert _keys(lexical.hedges("Firms are said to be interested.")) == ["said to be"]
    assert _keys(lexical.hedges("It is thought to date from 1200.")) == ["thought to"]
    assert _keys(lexical.hedges("Officials haven't ruled out rationing.")) == ["haven't ruled out"]
    assert "intention" in _keys(lexical.hedge_equivalents("It has no intention of paying."))
    assert lexical.hedges("It has no intention of paying.") == []
    # a timetable answers a hedge on the other side but is not one: "will open" re-tells it
    assert "is due to" in _keys(lexical.hedge_equivalents("The strike is due to run until May."))
    assert lexical.hedges("The strike is due to run until May.") == []
    assert _keys(lexical.hedges("Some died while they waited for a ruling.")) == [
        "waited for a ruling"
    ]


def test_hedges_skip_inability_and_nouns() -> None:
    assert _keys(lexical.hedges("She hoped to return.")) == ["hoped"]
    assert _keys(lexical.hedges("Farmers expect the harvest to fall.")) == ["expect"]
    assert _keys(lexical.hedges("Further rises could not be ruled out.")) == ["not be ruled out"]
    assert lexical.hedges("Neither claim could be independently verified.") == []
    assert lexical.hedges("The claim could not be verified.") == []
    assert lexical.hedges("She asked them to publish a plan to recruit drivers.") == []


def test_ranked_roles_and_descriptors() -> None:
    assert _keys(lexical.ranked_roles("A former deputy mayor spoke.")) == ["mayor:deputy former"]
    assert _keys(lexical.ranked_roles("Berg, formerly chief executive, spoke.")) == [
        "executive:chief former"
    ]
    assert _keys(lexical.ranked_roles("The regional police commissioner and a co-author")) == [
        "commissioner:@regional",
        "author:co",
    ]
    pairs = lexical.descriptors("SkyNord CEO Lars Holm said.")
    assert [role.key for _, role in pairs] == ["chief executive"]


def test_clauses_split_at_punctuation_and_subordinators() -> None:
    text = "There are 10,000 troops, including 2,500 from the United States, which is fewer."
    assert [text[a:b] for a, b in lexical.clauses(text)] == [
        "There are 10,000 troops", "including 2,500 from the United States", "which is fewer",
    ]  # fmt: skip


def test_sources_after_the_verb_and_characterising_verbs() -> None:
    inverted = "The outbreak may not peak, said Dr. Helen Osei, the county's medical officer."
    assert _keys(lexical.sources(inverted)) == ["dr helen osei"]
    assert _keys(lexical.sources("Anna Berg, the envoy, said prices rose.")) == ["anna berg envoy"]
    assert _keys(lexical.sources("Rights groups, which brought it, called it “a win”.")) == [
        "rights groups"
    ]
    assert lexical.sources("Services will be cut, it said on Wednesday.") == []
    claim = "The ferry will sail on Monday, said the board's chairman, Anna Berg."
    assert _keys(lexical.sources(claim)) == ["anna berg"]  # the name closing the description
    subject = "Judge Anna Berg, who led the inquiry, said the operator, Nordkai, had ignored it."
    assert _keys(lexical.sources(subject)) == ["judge anna berg"]
    coordinated = (
        "The dockers' union, which has 3,000 members, opposed the bill and said it would strike."
    )
    assert _keys(lexical.sources(coordinated)) == ["dockers union"]
    relative = "Fees rose 3%, which the statistics office said showed demand was strong."
    assert _keys(lexical.sources(relative)) == ["statistics office"]
    assert lexical.sources("The quake struck near a town called Belen on Monday.") == []
    assert (
        lexical.sources("The alliance called upon the rebels to negotiate “in good faith”.") == []
    )


def test_sentence_initial_words_and_demonyms() -> None:
    names = lexical.capitalised_words("Kestrian Trade Minister Oskar Brandt met them.")
    assert "Trade" not in names
    assert _keys(lexical.entities("Trade ministers met in Geneva.", names)) == ["geneva"]
    assert _keys(lexical.entities("Brackley's bridge will shut.", frozenset())) == ["brackley"]
    text = "It may hold ice older than the Sun. Launched in 2019, Lyra flew on."
    assert _keys(lexical.entities(text, frozenset({"Lyra", "Sun"}))) == ["sun", "lyra"]
    assert lexical.same_name_word("Kenya", "kenyan") and lexical.same_name_word(
        "lusavia", "lusavians"
    )
    assert not lexical.same_name_word("austin", "austria")


def test_role_nouns_keep_the_office_not_its_modifiers() -> None:
    # a chief of some field's officers heads it: "chief financial officer" ~ "finance chief"
    assert _keys(lexical.role_nouns("the county's chief medical officer")) == ["head"]
    assert _keys(lexical.role_nouns("the county's medical officer")) == ["officer"]
    assert _keys(lexical.role_nouns("a new head of security")) == ["head"]
    assert _keys(lexical.role_nouns("a new security chief, Dana Kerr")) == ["head"]
    assert _keys(lexical.role_nouns("interim CEO")) == _keys(
        lexical.role_nouns("interim chief executive")
    )
    assert lexical.role_nouns("the general election and the researchers") == []
    assert _keys(lexical.ranked_roles("led by Deputy Foreign Minister Leyla Haddad")) == [
        "minister:deputy"
    ]
    # the office is folded as role nouns fold it: a leader heads, a justice judges
    assert _keys(lexical.ranked_roles("Senate Majority Leader Carol Benning")) == ["head:majority"]
    assert _keys(lexical.ranked_roles("Chief Justice Ilona Varsegi")) == ["judge:chief"]
    assert _keys(lexical.ranked_roles("deputy civil protection chief Anna Berg")) == ["head:deputy"]
    assert lexical.ranked_roles("Chief economist Anna Berg") == []


def test_figures_that_paraphrase_counts_another_way() -> None:
    assert _keys(lexical.numbers("in the first half of the year")) == ["~1", "6"]
    assert _keys(lexical.numbers("in the first six months of the year")) == ["~1", "6"]
    # halving is a 50% cut, however it is written
    assert _keys(lexical.numbers("would halve infections")) == ["50"]
    assert _keys(lexical.numbers("would cut infections in half")) == ["50"]
    assert _keys(lexical.numbers("cut its rate by half a percentage point")) == ["0.5"]
    assert _keys(lexical.numbers("voted four to one")) == ["4", "1"]
    assert _keys(lexical.numbers("one of the five")) == ["5"]
    assert _keys(lexical.numbers("for a year and a half")) == ["18"]
    assert _keys(lexical.numbers("for 1.5 years")) == ["18"]
    assert _keys(lexical.numbers("six and a half points")) == ["6.5"]


def test_irregular_demonyms_and_initials() -> None:
    assert lexical.same_name_word("French", "france")
    assert lexical.same_name_word("mexico", "mexican")
    assert not lexical.same_name_word("french", "finland")
    assert lexical.initials("world health organization") == "who"
    assert lexical.initials("oslo") == ""


def test_a_closing_attribution_is_the_main_source() -> None:
    assert _keys(lexical.sources("Berg urged calm, the ministry said on Friday.")) == ["ministry"]
    assert _keys(lexical.sources("The ministry said Berg urged calm.")) == ["ministry"]
    text = "Prosecutors argued that Moss struck Vance, but the defence said Vance had fallen."
    assert _keys(lexical.sources(text)) == ["prosecutors"]


def test_speakers_of_relative_clauses_and_lists() -> None:
    text = "The court ruled, a decision that lawyers for the families said they would appeal."
    assert _keys(lexical.sources(text)) == ["lawyers families"]
    text = "The firm that a minister founded said profits rose."
    assert _keys(lexical.sources(text)) == ["firm"]
    # a statement speaks for its authors, all of them
    text = "The statement by Harvest Relief, the Lumen Fund and Sea Aid said rain fell."
    assert _keys(lexical.sources(text)) == ["harvest relief lumen fund sea aid"]


def test_possessive_organisation_names_are_one_name() -> None:
    assert _keys(lexical.entities("He joined the Farmers' Party and the Children's Fund.")) == [
        "farmers party",
        "children fund",
    ]
    assert _keys(lexical.entities("He met Kenya's President William Ruto.")) == [
        "kenya",
        "william ruto",
    ]


def test_antonyms_key_by_pair_and_pole() -> None:
    assert _keys(lexical.antonyms("passed the test, then failed it")) == ["outcome:+", "outcome:-"]
    assert _keys(lexical.antonyms("fees rose, then fell; he was acquitted")) == [
        "direction:+",
        "direction:-",
        "verdict:-",
    ]
    # Idioms and stance uses are no outcome: "passed away", "declined to", "fell short".
    assert lexical.antonyms("he passed away; she declined to comment; sales fell short") == []
    # "won't" is "will not", no win
    assert lexical.antonyms("the mayor won't keep her seat") == []


def test_a_capitalised_function_word_inside_a_name_joins_it() -> None:
    found = [
        m.key
        for m in lexical.entities("The aid group Medics Without Walls said it had sent nurses.")
    ]
    assert found == ["medics without walls"]
    # lower-case, or with no capitalised word after it, it ends the name
    assert [m.key for m in lexical.entities("Officials in Holm, On Monday, said")] == ["holm"]


def test_a_lower_case_may_after_a_figure_is_no_month() -> None:
    assert lexical.dates("children aged 10 to 14 may be offered it") == []
    assert [m.key for m in lexical.dates("It was held on 14 May.")] == ["date:may-14"]
