"""Each drift type: a hit that must fire and a near miss that must not, with the real model.

Pairs are two-sentence articles so that alignment is exercised as in real use; the first
sentence is the same on both sides and only the second carries the change (or the harmless
re-wording).
"""

from __future__ import annotations

import pytest

from driftcheck.documents import Document
from driftcheck.pipeline import Checker
from driftcheck.rules import Severity
from tests.conftest import rules_fired

CONTEXT = (
    "The city council met on Monday evening to debate the annual budget for the harbour district."
)


def _rules(checker: Checker, original: str, version: str) -> set[str]:
    return rules_fired(checker, CONTEXT, original, version)


def _serious(checker: Checker, original: str, version: str) -> set[str]:
    return rules_fired(checker, CONTEXT, original, version, at_least=Severity.MAJOR)


HITS = [
    ("number", "The plan will cost 10,000 euros, officials said.", "The plan will cost 12,000 euros, officials said.", "DC301"),
    ("date", "The vote is scheduled for May 1, officials said.", "The vote is scheduled for May 8, officials said.", "DC310"),
    ("entity", "Mayor Anna Berg proposed the plan at the meeting.", "Mayor Clara Holm proposed the plan at the meeting.", "DC302"),
    ("role", "Deputy mayor Anna Berg proposed the plan at the meeting.", "Mayor Anna Berg proposed the plan at the meeting.", "DC309"),
    ("role noun", "Anna Berg, the harbour's chief engineer, proposed the plan.", "Anna Berg, a lawyer for the harbour, proposed the plan.", "DC309"),
    ("negation", "The harbour authority will approve the new ferry terminal.", "The harbour authority will not approve the new ferry terminal.", "DC303"),
    ("double negation", "The mayor said a delay could not be ruled out.", "The mayor said a delay could be ruled out.", "DC303"),
    ("no longer", "Pensioners will continue to travel at half price on the ferry.", "Pensioners will no longer travel at half price on the ferry.", "DC303"),
    ("negated verb re-worded", "Ferries will run as normal during the strike.", "Ferries won't operate normally during the strike.", "DC303"),
    ("disclosed became secret's opposite", "The exact location of the wreck has not been disclosed to protect it from looters.", "To protect the wreck from looters, its exact location has been made public.", "DC303"),
    ("hours to other days", "Ferry crews will stage a 48-hour strike from Wednesday.", "Ferry crews will hold a three-day strike from Wednesday.", "DC301"),
    ("intention stated as fact", "The mayor hoped to finish the harbour wall next year.", "The mayor will finish the harbour wall next year.", "DC304"),
    ("no comment vs rejection", "The harbour authority declined to comment on the plan.", "The harbour authority rejected the plan.", "DC307"),
    ("certainty", "Officials said the work may begin next year.", "Officials said the work will begin next year.", "DC304"),
    ("antonym outcome", "The ferry had passed a safety inspection in March, officials said.", "The ferry had failed a safety inspection in March, officials said.", "DC303"),
    ("failed to became succeeded in", "Residents had failed to delay the harbour vote, officials said.", "Residents had succeeded in delaying the harbour vote, officials said.", "DC303"),
    ("negation beside a denial", "Hallan has not been charged and denies any wrongdoing, his lawyer said.", "Hallan has been charged and denies any wrongdoing, his lawyer said.", "DC303"),
    ("plea with a second negation", "He has pleaded not guilty and his lawyer said there was no proof he knew.", "He has pleaded guilty and his lawyer said there was no proof he knew.", "DC303"),
    ("possibility after a negative clause", "The board found no evidence of fraud but could order a full audit.", "The board found no evidence of fraud, but it will order a full audit.", "DC304"),
    ("day range changed", "The harbour will be closed from 3 to 9 March, officials said.", "The harbour will be closed from 3 to 19 March, officials said.", "DC310"),
    ("chief to deputy arbiter", "Chief arbiter Anna Berg said the final game would be replayed.", "Deputy arbiter Anna Berg said the final game would be replayed.", "DC309"),
    ("conditional to unconditional", "The regulator said its approval of the harbour sale was conditional.", "The regulator said its approval of the harbour sale was unconditional.", "DC303"),
    ("antonym direction", "Harbour fees rose by 4% last year, the council said.", "Harbour fees fell by 4% last year, the council said.", "DC303"),
    ("reported-speech hedge dropped", "Several firms are said to be interested in the harbour land.", "Several firms are interested in the harbour land.", "DC304"),
    ("dis- verb negated", "The harbour board said it disagreed with the ruling.", "The harbour board said it did not disagree with the ruling.", "DC303"),
    ("shared condition, hedge hardened", "Officials warned that harbour fees could rise by 8% if delays continue.", "If delays continue, harbour fees will rise by 8%, officials warned.", "DC304"),
    ("stance taken on a neutral report", "The mayor said the harbour vote was largely orderly.", "The mayor praised the harbour vote as a model of order.", "DC307"),
    ("criticism become understanding", "Residents criticised the council for delaying the harbour vote.", "Residents said they understood the council's decision to delay the harbour vote.", "DC307"),
    ("stance", "The mayor refused to commit to a date for the vote.", "The mayor was not able to commit to a date for the vote.", "DC307"),
    ("attribution", "Finance director Anna Berg said the budget was balanced.", "Opposition leader Clara Holm said the budget was balanced.", "DC308"),
    ("attribution, common nouns", "Prosecutors argued that the mayor had hidden the harbour losses.", "The defence argued that the mayor had hidden the harbour losses.", "DC308"),
    ("attribution, same title", "Finance Minister Anna Berg said the budget was balanced.", "Environmental groups said the budget was balanced.", "DC308"),
    ("quote", "The mayor said the budget was “fair and careful”.", "The mayor said the budget was “fair and generous”.", "DC305"),
    ("reported speech quoted", "The mayor said the budget was fair to every district.", "The budget was “a gift to the rich,” the mayor said.", "DC305"),
    ("firm to a person", "Tarn Motors said the harbour would reopen on Monday.", "Anna Berg said the harbour would reopen on Monday.", "DC308"),
    ("named body to another body", "The Harbour Agency called the plan “a milestone”.", "The company called the plan “a milestone”.", "DC308"),
    ("nationality at sentence start", "Chinese investors bought the harbour warehouses last year.", "Japanese investors bought the harbour warehouses last year.", "DC302"),
    ("portfolio", "“We will not raise taxes,” the finance minister told the council.", "“We will not raise taxes,” the prime minister told the council.", "DC309"),
    ("level of the same office", "The regional police commissioner, Anna Berg, backed the plan.", "Anna Berg, the national police commissioner, backed the plan.", "DC309"),
    ("lead author to co-author", "The lead author, Dr. Anna Berg, said the harbour was sinking.", "The harbour was sinking, said Dr. Anna Berg, a co-author of the study.", "DC309"),
    ("possessive organisation name", "The Greens, a junior partner, backed the harbour plan.", "The Farmers' Party, a junior partner, backed the harbour plan.", "DC302"),
    ("surname to another body", "Officials from the Harbour Growers' Association met Anna Berg. Berg said the risk was low.", "Officials from the Harbour Growers' Association met Anna Berg. The risk was low, the growers' association said.", "DC308"),
    ("role replaced by a description", "The plan's sponsor, Councillor Anna Berg, presented it.", "Councillor Anna Berg, who voted against the plan, presented it.", "DC309"),
    ("cause", "The council postponed the vote on the ferry terminal.", "The council postponed the vote on the ferry terminal because of strong protests by residents.", "DC206"),
    ("clause dropped", "The council approved the budget, which includes new schools and a large swimming pool for the harbour district.", "The council approved the budget.", "DC106"),
    ("clause added", "The council approved the budget.", "The council approved the budget, which critics called a giveaway to wealthy property developers.", "DC205"),
    ("short negated clause dropped", "The app shared users' location data with advertisers without their consent.", "The app shared users' location data with advertisers.", "DC106"),
    ("short negated clause added", "The thieves got in through a skylight and left within minutes.", "The thieves got in through a skylight, which had no alarm, and left within minutes.", "DC205"),
    ("dropped hedged clause is an omission too", "Unions called a strike for Thursday and said it could be extended if talks fail.", "Unions called a strike for Thursday.", "DC106"),
    ("role noun swapped", "Anna Berg, the harbour office's chief economist, presented the figures.", "Anna Berg, a junior statistician at the harbour office, presented the figures.", "DC309"),
    ("condition after a comma", "First offers for the harbour are expected by the end of June.", "First offers for the harbour are expected by the end of June, provided the banks extend the credit line.", "DC206"),
    ("tonnes to other kilograms", "Officers seized 1.4 tonnes of cocaine at the harbour.", "Officers seized 140 kilograms of cocaine at the harbour.", "DC301"),
    ("season changed", "Some harbour wards will open in stages over the summer.", "Some harbour wards will open in stages over the winter.", "DC310"),
    ("part of the day changed", "Power had been restored to the harbour by Friday morning.", "Power had been restored to the harbour by Friday evening.", "DC310"),
    ("title before the name, other level", "Regional police chief Colonel Anna Berg said the harbour was safe.", "The harbour was safe, said Colonel Anna Berg, the national police chief.", "DC309"),
    ("appositive closing the sentence, other office", "“We cannot go on,” said Anna Berg, a shop steward for the harbour union.", "“We cannot go on,” said Anna Berg, the general secretary of the harbour union.", "DC309"),
    ("role before the name set off by a comma", "His deputy, Anna Berg, will run the harbour until a successor is found.", "Anna Berg, the harbour's chief economist, will run it until a successor is found.", "DC309"),
    ("pronoun speaker become someone else", "Harbour master Anna Berg said the ferry had sunk. The search will go on, she said.", "Harbour master Anna Berg said the ferry had sunk. The ship's owner said the search will go on.", "DC308"),
    ("a body described apart", "The harbour board said the ferry had been inspected. Tarn Motors said the repairs were done.", "The harbour board said the ferry had been inspected. The repairs were done, the harbour board said.", "DC308"),
    ("not yet become already", "Investigators have not yet determined the cause of the harbour fire.", "Investigators had already established the cause of the harbour fire.", "DC303"),
    ("conditional hedge hardened", "The minister said work could begin in spring if the permits are granted.", "Work will start in spring provided the permits are granted, the minister said.", "DC304"),
    ("apology become criticism", "The club chairman apologised to supporters after the harbour derby.", "The club chairman criticised the supporters after the harbour derby.", "DC307"),
    ("thanks become criticism", "The mayor thanked the firefighters for saving the harbour.", "The mayor criticised the firefighters' response at the harbour.", "DC307"),
    ("end of the month become end of the year", "The harbour works should be finished by the end of the month.", "The harbour works should be finished by the end of the year.", "DC310"),
    ("switched off become switched on", "The harbour lights will stay switched off until Friday.", "The harbour lights will remain switched on until Friday.", "DC303"),
    ("vice-rector become secretary", "Vice-rector Anna Berg will lead the harbour college until May.", "University secretary Anna Berg will lead the harbour college until May.", "DC309"),
    ("glaciologist become economist", "Glaciologist Dr. Anna Berg said the harbour ice was thinning.", "Climate economist Dr. Anna Berg said the harbour ice was thinning.", "DC309"),
    ("appeal become acceptance", "The club's lawyers said they would appeal.", "The club's lawyers said they would accept the ruling.", "DC307"),
    ("welcome become doubts", "Harbour firms welcomed the settlement.", "Harbour firms voiced doubts about the settlement.", "DC307"),
    ("regret become gladness", "The mayor said he regretted the loss of the harbour tower.", "The mayor said he was glad to see the harbour tower go.", "DC307"),
    ("appeal become no further appeal", "The club said it would take the case to the harbour court.", "The club said it had decided against any further appeal.", "DC307"),
    ("minister become shadow minister", "Health Secretary Anna Berg visited the harbour clinic.", "The shadow health secretary, Anna Berg, visited the harbour clinic.", "DC309"),
    ("no comment become taking sides", "The mayor declined to comment on the harbour dispute.", "The mayor sided with the dockers in the harbour dispute.", "DC307"),
    ("no word become an answer", "The harbour board has not said whether any jobs will be affected.", "The harbour board has said no jobs will be affected.", "DC307"),
    ("declined to say become ruled out", "The council declined to say whether it would sell the harbour land.", "The council has ruled out selling the harbour land.", "DC307"),
    ("reviewing become challenging", "The ferry firm said it was reviewing the harbour decision.", "The ferry firm said it would challenge the harbour decision in court.", "DC307"),
    ("regret become blame", "The mayor said he regretted the harbour closures.", "The mayor blamed the dockers for the harbour closures.", "DC307"),
    ("innocence become admission", "The lawyer said her client maintained his innocence over the harbour fraud.", "The lawyer said her client admitted wrongdoing over the harbour fraud.", "DC307"),
    ("injunction become no opposition", "The harbour trust said it would seek an injunction to stop the sale.", "The harbour trust said it would not oppose the sale.", "DC307"),
    ("open to talks become ruled out", "The minister said she was willing to discuss harbour exemptions.", "The minister said she had ruled out harbour exemptions.", "DC307"),
    ("scrap become keep", "The opposition said it would scrap the harbour levy if it won power.", "The opposition said it would keep the harbour levy if it won power.", "DC307"),
    ("study become accept", "The firm said it would study the harbour ruling before deciding its next steps.", "The firm said it would accept the harbour ruling.", "DC307"),
    ("bail granted become refused", "Two of the dockers were released on bail on Friday.", "Two of the dockers were refused bail on Friday.", "DC303"),
    ("would become might under a kept condition", "The inspector said the harbour firm would face penalties if emissions did not fall.", "The harbour firm might face penalties if emissions did not fall, the inspector said.", "DC312"),
    ("still investigating become established", "Prosecutors are still investigating whether harbour staff helped the smugglers.", "Prosecutors have established that harbour staff helped the smugglers.", "DC304"),
    ("court swapped for a sibling court", "The Supreme Administrative Court upheld the harbour ban on Thursday.", "The Constitutional Court upheld the harbour ban on Thursday.", "DC302"),
    ("a body named after 'of'", "The union will take the harbour case to the European Court of Human Rights.", "The union will take the harbour case to the European Court of Justice.", "DC302"),
    ("one place gone, two names new", "The harbour deal was signed in Port Salim by the two ministers.", "The harbour deal was signed in Norvak, the Kazari capital, by the two ministers.", "DC302"),
    ("observers become officials", "The mayor asked for a recount after observers reported that ballots were missing.", "The mayor asked for a recount after election officials reported that ballots were missing.", "DC308"),
    ("a panel's finding given to a chairman", "An independent panel found that the harbour master had lied.", "The harbour master had lied, board chairman Tom Reed said.", "DC308"),
    ("a cause inside a running clause", "A fire broke out at the harbour depot late on Sunday.", "A fire caused by a leaking pipe broke out at the harbour depot late on Sunday.", "DC206"),
    ("a cause of death", "Two dogs died last week after swimming in the harbour.", "Two dogs died of algae poisoning last week after swimming in the harbour.", "DC206"),
    ("a.m. become p.m.", "The harbour fire broke out shortly after 3 a.m. on Friday.", "The harbour fire broke out shortly after 3 p.m. on Friday.", "DC310"),
    ("attorney become assistant attorney", "District Attorney Anna Berg said she would seek a harbour ban.", "Assistant District Attorney Anna Berg said she would seek a harbour ban.", "DC309"),
    ("not yet known become identified", "The cause of the harbour fire is not yet known.", "The cause of the harbour fire has been identified.", "DC304"),
    ("could become will beside a re-worded forecast", "Strong winds forecast for the weekend could push the harbour fire east.", "Strong winds expected at the weekend will drive the harbour fire east.", "DC304"),
    ("too slow become praise", "Harbour users said the council had been too slow to act.", "Harbour users praised the council for acting quickly.", "DC307"),
    ("denial become no contest", "The harbour master denied all the charges, his lawyer said.", "The harbour master would not contest the charges, his lawyer said.", "DC307"),
    ("pressing become satisfied", "The dockers said they would keep pressing for a higher harbour rate.", "The dockers said they were satisfied with the new harbour rate.", "DC307"),
    ("a body become a name", "The fishermen urged the government to fund the harbour repairs.", "The fishermen called on the European Union to fund the harbour repairs.", "DC302"),
    ("welcomed become scepticism", "Unions welcomed the harbour pledge.", "The harbour pledge was greeted with scepticism by unions.", "DC307"),
    ("calling for an inquiry become calling it unnecessary", "The opposition called for an inquiry into the harbour subsidies.", "The opposition said an inquiry into the harbour subsidies was unnecessary.", "DC307"),
    ("likely become unlikely", "Police said further arrests at the harbour were likely.", "Police said more arrests at the harbour were unlikely.", "DC303"),
    ("welcomed become questioned", "Harbour firms welcomed the decision.", "Harbour firms questioned the decision.", "DC307"),
    ("chairman become treasurer before a rank", "Union chairman Captain Tom Reed said the harbour was unsafe.", "Union treasurer Captain Tom Reed said the harbour was unsafe.", "DC309"),
    ("expected become will beside a kept hedge", "Work on the harbour is expected to begin in spring and could take six years.", "Work on the harbour will start in spring and may take six years.", "DC304"),
    ("would become might beside a kept hedge", "The mayor said the harbour fair could attract 2 million visitors and would be paid for by investors.", "The harbour fair could draw 2 million visitors and might be funded by investors, the mayor said.", "DC312"),
    ("a fact hedged beside a kept hedge", "The chief said the harbour fire was under control by noon but could smoulder for days.", "The harbour fire may have been brought under control by noon, but it could smoulder for days, the chief said.", "DC312"),
    ("promised become declined to commit", "The minister promised to rebuild the harbour wall.", "The minister declined to commit to rebuilding the harbour wall.", "DC307"),
    ("welcomed become was questioned", "Harbour traders welcomed the result.", "The result was questioned by harbour traders.", "DC307"),
    ("praised become played down", "The mayor praised the harbour project as a step toward recovery.", "The mayor played down the harbour project's role in the recovery.", "DC307"),
    ("challenging an approval become accepting it", "The coalition said it would challenge the harbour approval in court.", "The coalition said it would accept the harbour approval.", "DC307"),
    ("prefect become mayor", "Prefect Anna Berg closed the harbour road on Friday.", "The local mayor, Anna Berg, closed the harbour road on Friday.", "DC309"),
    ("prosecutors become an authority", "Prosecutors said the harbour official took bribes.", "The harbour official took bribes, the port authority said.", "DC308"),
    ("multiplier changed", "The repair bill is nearly twice the council's estimate.", "The repair bill is almost three times the council's estimate.", "DC301"),
    ("possible made certain", "The harbour master said a cut in fees is possible.", "The harbour master said a cut in fees is certain.", "DC304"),
    ("regret become relief", "The ferry company regretted the council's decision.", "The ferry company was relieved by the council's decision.", "DC307"),
    ("fighting become cooperating", "The harbour operator said it would fight the charges.", "The harbour operator said it would cooperate with prosecutors.", "DC307"),
    ("firm names joined by an ampersand", "The review was carried out by the law firm Harrower & Quarles.", "The review was carried out by the law firm Pryor & Haskett.", "DC302"),
    ("outcome swapped after a coordinated denial", "The operator rejected claims that its crews were overworked and said the ferry had passed an inspection in May.", "The operator dismissed claims that its crews were overworked, saying the ferry had failed an inspection in May.", "DC303"),
    ("head teacher become a teacher", "Eva Lind, head teacher of the harbour school, said pupils may arrive hungry.", "Some pupils may arrive hungry, said Eva Lind, a teacher at the harbour school.", "DC309"),
    ("lost name where a new body stands", "Developer Brookmire Homes plans to build 650 flats on the harbour site.", "The port authority intends to build 650 flats on the harbour site.", "DC302"),
    ("a body of another kind speaks", "The justice ministry said it accepted the harbour report's findings.", "The interior ministry said it accepted the harbour report's findings.", "DC308"),
    ("an authority become a named firm", "About 3,500 passengers were stranded at the harbour, the civil aviation authority said.", "About 3,500 passengers were stranded at the harbour, according to Skyvora.", "DC308"),
    ("confirmed credits a source", "The harbour authority paid a ransom of 1.8 million euros, its chief executive confirmed on Tuesday.", "The harbour authority paid a ransom of 1.8 million euros, national police confirmed on Tuesday.", "DC308"),
    ("a coordinated verb shares the subject", "The dockers' union opposed the harbour plan and said small firms could lose a third of their income.", "The dockers' union opposed the harbour plan, and finance director Anna Berg said small firms could lose a third of their income.", "DC308"),
    ("next month become this month", "The new harbour timetable starts from next September, officials said.", "The new harbour timetable starts this September, officials said.", "DC310"),
    ("closed become open", "The harbour school will stay closed on Monday, officials said.", "The harbour school will open as usual on Monday, officials said.", "DC303"),
    ("disappointed become welcomed", "The ferry operators said they were disappointed by the decision.", "The ferry operators said they welcomed the decision.", "DC307"),
    ("monitoring become condemning", "The neighbouring town said it was monitoring the harbour works closely.", "The neighbouring town condemned the harbour works as a provocation.", "DC307"),
    ("recommended become rejected", "The harbour board unanimously recommended the offer.", "The offer was unanimously rejected by the harbour board.", "DC307"),
    ("welcomed become dismissing", "A harbour engineer welcomed the result but urged caution.", "Dismissing the result, a harbour engineer urged caution.", "DC307"),
    ("could become would after warned", "The owners opposed the plan, warning that it could discourage investment in the harbour.", "The plan was opposed by the owners, who warned it would deter investment in the harbour.", "DC304"),
    ("expected dropped beside an inability", "The council cannot afford more, but talks are expected to resume next week.", "The council can't afford more, but talks will restart next week.", "DC304"),
    ("a body of another kind", "The local hotel association backed the harbour tax.", "The local restaurant association backed the harbour tax.", "DC302"),
    ("not enough become welcomed", "Anna Berg said the new harbour funding was not enough and accused the council of ignoring warnings.", "Anna Berg welcomed the new harbour money but accused the council of ignoring warnings.", "DC307"),
    ("a speaker after a relative pronoun", "Harbour fees rose 3%, which finance director Anna Berg said showed demand was strong.", "Harbour fees rose 3%, which the statistics office said showed demand was strong.", "DC308"),
    ("established that credits a finding", "Harbour inspectors established that the fire had been started deliberately, according to the fire service.", "According to police chief Clara Holm, harbour inspectors established that the fire had been started deliberately.", "DC308"),
    ("before dawn become evening", "The harbour fire broke out before dawn on Saturday, officials said.", "The harbour fire broke out on Saturday evening, officials said.", "DC310"),
    ("could become would after according to", "Anna Berg said the harbour deal could push fish stocks past recovery.", "According to Anna Berg, the harbour deal would push fish stocks past recovery.", "DC304"),
    ("refusing to say become happy with", "The harbour board refused to say how much it had paid.", "The harbour board said it was happy with the price it had paid.", "DC307"),
    ("likely become will seek", "His lawyers said the fisherman is likely to claim damages from the harbour.", "According to his lawyers, the fisherman will seek damages from the harbour.", "DC304"),
    ("could become will beside a demand", "Anna Berg called for an inquiry into the harbour fire, which could begin next month.", "Anna Berg demanded an inquiry into how the harbour fire started, which will start next month.", "DC304"),
    ("may seek become will push for", "Residents, who said the fees were unfair, may seek a vote on the harbour plan.", "Residents will push for a vote on the harbour plan, saying the fees were unfair.", "DC304"),
    ("possible become would after saying", "The harbour police raised their alert and said further thefts were possible in the coming days.", "The harbour police raised their alert, saying more thefts would occur in the coming days.", "DC304"),
    ("a ministry of another kind under one owner", "Celdora's foreign ministry rejected the harbour accusations as absurd.", "Celdora's interior ministry dismissed the harbour accusations as absurd.", "DC302"),
    ("a union of other workers", "The postal workers' union called a strike at the harbour.", "The transport workers' union called a strike at the harbour.", "DC302"),
    ("a name swapped for another named elsewhere", "Veltrane bid for Ostrella on Monday. Shares in Ostrella fell 11% in early trading.", "Veltrane bid for Ostrella on Monday. Veltrane's shares dropped 11 percent in early trading.", "DC302"),
    ("hailed become slammed", "The harbour board hailed the ruling as a victory for the town.", "The harbour board slammed the ruling as a defeat for the town.", "DC307"),
    ("failed to declare become declared", "The harbour master had failed to declare the payments to the board.", "The harbour master had declared the payments to the board.", "DC303"),
    ("a stance changed beside a flip", "The coalition said it would challenge the harbour approval in the constitutional court.", "The coalition said it would accept the harbour approval and would not go to the constitutional court.", "DC307"),
    ("a claim affirmed after a negated one", "The speaker said lawmakers would not be rushed and could take up the harbour bill before the end of the year.", "Lawmakers would not be rushed and could not take up the harbour bill before the year ends, the speaker said.", "DC303"),
    ("a portfolio changed", "Deputy transport minister Lene Haug was named acting harbour commissioner.", "Deputy finance minister Lene Haug was named acting harbour commissioner.", "DC309"),
    ("a chief become a firefighter", "Fire chief Nikolai Pastor said the harbour blaze was under control.", "Firefighter Nikolai Pastor said the harbour blaze was under control.", "DC309"),
    ("an airline become an agency as speaker", "The airline said no passengers on the harbour shuttle had been put at risk.", "No passengers on the harbour shuttle had been put in danger, the aviation safety agency said.", "DC308"),
    ("defended become admitted beside a kept promise", "Vestram Grid, which has defended its harbour maintenance record, has promised to replace 14 transformers.", "Vestram Grid, which has admitted failings in its harbour maintenance record, has pledged to replace 14 transformers.", "DC307"),
    ("voted against become abstained", "Professor Emil Drostovic said he had voted against the harbour fee rise.", "Professor Emil Drostovic said he had abstained in the vote on the harbour fee rise.", "DC307"),
    ("recommended become advised against", "The harbour inspectors had recommended approval of the new pier.", "The harbour inspectors had advised against approving the new pier.", "DC307"),
    ("could become certain beside a plan as a noun", "The fishermen said they would challenge the plan in court, arguing that many boats could go bankrupt.", "Arguing that many boats are certain to go bankrupt, the fishermen said they would take the plan to court.", "DC304"),
]  # fmt: skip


@pytest.mark.parametrize("name, original, version, code", HITS, ids=[h[0] for h in HITS])
def test_each_drift_type_fires(
    checker: Checker, name: str, original: str, version: str, code: str
) -> None:
    assert code in _rules(checker, original, version)


NEAR_MISSES = [
    ("number format", "The plan will cost 10,000 euros, officials said.", "The plan will cost 10 000 euros, officials said."),
    ("single quotes for double", "The mayor said the old name 'belongs to the people who built this harbour'.", "The mayor said the old name “belongs to the people who built this harbour.”"),
    ("day range for two dates", "The affected loaves carry best-before dates between March 3 and March 9.", "The affected loaves carry best-before dates from the 3rd to the 9th of March."),
    ("month abbreviation", "A tiebreak will be played on Nov. 30 if the score is level.", "A tiebreak will be played on 30 November if the score is level."),
    ("possessive rank", "Opposition defence spokesman Hugo Lenz criticised the harbour deal.", "Hugo Lenz, the opposition's defence spokesman, criticised the harbour deal."),
    ("a timetable is no source", "Water Minister Anna Berg said supplies would be cut on a rotating timetable.", "Supplies will be cut according to a rotating timetable, Water Minister Anna Berg said."),
    ("multiplier re-told by its result", "The money will be used to double the workforce to about 600 by 2026.", "The money will be used to grow the workforce to about 600 by 2026."),
    ("hours as days", "Ferry crews will stage a 48-hour strike from Wednesday.", "Ferry crews will hold a two-day strike from Wednesday."),
    ("number words", "About ten thousand people attended the meeting.", "About 10,000 people attended the meeting."),
    ("date format", "The vote is scheduled for May 1, officials said.", "The vote is scheduled for the first of May, officials said."),
    ("alias", "The U.S. ambassador attended the meeting on the budget.", "The United States ambassador attended the meeting on the budget."),
    ("contraction", "The harbour authority did not approve the new ferry terminal.", "The harbour authority didn't approve the new ferry terminal."),
    ("passive", "The finance director presented the budget to the council.", "The budget was presented to the council by the finance director."),
    ("quote style", "The mayor said the budget was “fair and careful”.", 'The mayor said the budget was "fair and careful".'),
    ("reordered", "The mayor said on Monday that the budget was balanced.", "The budget was balanced, the mayor said on Monday."),
    ("synonym", "The council approved the plan after a long debate.", "The council backed the plan after a lengthy debate."),
    ("common-noun sources", "Officials said the budget was balanced.", "The ministry said the budget was balanced."),
    ("speaker after the verb", "Finance director Anna Berg said the budget was balanced.", "The budget was balanced, said Anna Berg, the finance director."),
    ("role synonyms", "The harbour's new head of security, Anna Berg, proposed the plan.", "Anna Berg, the harbour's new security chief, proposed the plan."),
    ("organisation referred back", "On Monday Seaway said its profits rose.", "Profits rose at Seaway, the company said."),
    ("role as a verb", "“We will build,” said Anna Berg, who heads the harbour board.", "Anna Berg, head of the harbour board, said: “We will build.”"),
    ("capitalised common word", "Median rents in the harbour district rose last year.", "In the harbour district the median rent rose last year."),
    ("closing attribution", "The ministry said the mayor urged calm at the harbour.", "The mayor urged calm at the harbour, the ministry said."),
    ("acronym", "The World Health Organization praised the harbour clinic.", "The harbour clinic was praised by the WHO."),
    ("irregular demonym", "French President Emmanuel Macron praised the harbour plan.", "The harbour plan was praised by France's president, Emmanuel Macron."),
    ("object relative speaker", "The council did not vote, a decision that lawyers for the residents said they would challenge.", "Lawyers for the residents said they would challenge the council's decision not to vote."),
    ("long named speaker after the verb", "The lead author, Dr. Anna Berg of the University of Tarn, said the harbour was sinking.", "The harbour was sinking, said Dr. Anna Berg of the University of Tarn, the study's lead author."),
    ("list of bodies", "The statement by Harbour Watch, the Tarn Fund and Sea Relief said the harbour was sinking.", "The harbour was sinking, according to the statement by Harbour Watch, the Tarn Fund and Sea Relief."),
    ("formerly", "The former chief executive of Seaway, Anna Berg, attended the meeting.", "Anna Berg, formerly chief executive of Seaway, attended the meeting."),
    ("role kept beside a description", "The plan's sponsor, Councillor Anna Berg, presented it.", "Councillor Anna Berg, who sponsored the plan, presented it."),
    ("demonym", "Kenyan economist Grace Wanjiru praised the harbour budget.", "Kenya's Grace Wanjiru, an economist, praised the harbour budget."),
    ("chairman after the verb", "Board chairman Anna Berg said the harbour would reopen on Monday.", "The harbour will reopen on Monday, said the board's chairman, Anna Berg."),
    ("both named bodies", "Tarnby and Helsund will share a ferry, officials from both towns said.", "Officials from Tarnby and Helsund said they will share a ferry."),
    ("firm named, then referred to", "Shipbuilder Tarn Motors is recalling 300 ferries, the company said.", "Tarn Motors said it is recalling 300 ferries."),
    ("tonnes as kilograms", "Officers seized 1.4 tonnes of cocaine at the harbour.", "Officers seized 1,400 kilograms of cocaine at the harbour."),
    ("gigabytes abbreviated", "The group copied about 600 gigabytes of harbour data.", "The group copied roughly 600 GB of harbour data."),
    ("title before the name, kept as an appositive", "Transport Minister Anna Berg criticised the harbour strike.", "Anna Berg, the transport minister, criticised the harbour strike."),
    ("the museum's director", "Museum director Anna Berg opened the harbour exhibition.", "The museum's director, Anna Berg, opened the harbour exhibition."),
    ("spokeswoman for spokesperson", "Police spokesperson Anna Berg said the harbour was closed.", "The harbour was closed, police spokeswoman Anna Berg said."),
    ("CEO for chief executive", "Seaway chief executive Anna Berg told analysts the harbour deal was done.", "Seaway CEO Anna Berg told analysts the harbour deal was done."),
    ("role written on both sides of the name", "“We cannot pay,” said protest organiser Anna Berg, who heads the harbour commuters' group.", "“We cannot pay,” protest organiser Anna Berg, head of the harbour commuters' group, said."),
    ("leads for head", "Anna Berg, who leads the harbour residents' group, said the water was low.", "The water was low, said Anna Berg, head of the harbour residents' group."),
    ("rejected claims for dismissed them", "Seaway rejected claims that the harbour works had lowered the water table.", "Seaway dismissed claims that the harbour works had lowered the water table."),
    ("acronym spelt out elsewhere", "Three members of parliament claimed 148,000 pounds in harbour allowances.", "Three MPs claimed 148,000 pounds in harbour allowances."),
    ("money claimed is no statement", "Three members of parliament claimed 148,000 pounds in harbour allowances, an audit found.", "An audit found that three MPs had claimed 148,000 pounds in harbour allowances."),
    ("sentence ending in 'in'", "The three did not live in the harbour homes they claimed for. The commissioner, Anna Berg, referred them to police.", "The three didn't live in. Anna Berg, the commissioner, referred them to police."),
    ("not ruled one out for not excluded", "The minister said there was no sign of sabotage but investigators had not ruled one out.", "There was no sign of sabotage, the minister said, though investigators had not excluded one."),
    ("seeking for wants", "Seaway is seeking damages of at least $1.3 billion, the complaint says.", "According to the complaint, Seaway wants at least 1.3 billion dollars in damages."),
    ("seek for apply for", "The mayor said the town would apply for emergency funds for the harbour.", "The mayor said the town would seek emergency funding for the harbour."),
    ("delayed until for not until", "The opening of the harbour tram has been delayed until next March.", "The harbour tram will not open until next March."),
    ("unvaccinated for not vaccinated", "Unvaccinated pupils at the harbour school will stay at home for 21 days.", "Pupils at the harbour school who have not been vaccinated will stay at home for 21 days."),
    ("century as its hundreds", "Divers found the wreck of a 17th-century ship off the harbour.", "Divers found the wreck of a ship from the 1600s off the harbour."),
    ("ordinal birthday for an age", "Her coach said she could win the harbour title before she turns 13.", "She could win the harbour title before her thirteenth birthday, her coach said."),
    ("a challenger is no stance", "The mayor won by 312 votes, while his challenger, Anna Berg, conceded.", "The mayor won by 312 votes and his rival, Anna Berg, conceded."),
    ("kept from for could not", "A helicopter could not reach the harbour because of strong winds.", "Strong winds kept a helicopter from reaching the harbour."),
    ("turned down for rejected", "The governor rejected calls to cut harbour fees before spring.", "The governor turned down calls for a harbour fee cut before spring."),
    ("estimated at for put at", "Organisers said 60,000 people marched to the harbour, while police estimated the crowd at 35,000.", "Organisers said 60 000 people marched to the harbour, while police put the figure at 35 000."),
    ("the 12 months for the year", "Harbour prices rose 4.3% in the year to October.", "Harbour prices were up 4.3 percent in the 12 months to October."),
    ("whether to appeal is no appeal", "The club will study the ruling before deciding whether to appeal.", "The club will study the ruling and then decide whether to appeal."),
    ("beginning for start of the month", "Fuel prices at the harbour rose by 18% at the start of the month.", "Fuel prices at the harbour rose by 18 percent at the beginning of the month."),
    ("second verb of the same subject", "The Harbour Federation, which represents employers, said the offer was fair and urged the union to return to talks.", "The Harbour Federation, which speaks for employers, called the offer fair and urged the union to come back to the table."),
    ("forecast rains", "The canal could reopen in September if forecast rains arrive.", "The canal could reopen in September if the forecast rains arrive."),
    ("arrested by police", "Police in the harbour district have arrested 23 people accused of insurance fraud.", "Twenty-three people accused of insurance fraud have been arrested by police in the harbour district."),
    ("claimed around a sum", "Inspector Anna Berg said the gang had claimed about 9.6 million euros from harbour insurers.", "The gang had claimed around €9.6 million from harbour insurers, according to inspector Anna Berg."),
    ("speaks for for spokeswoman", "“We cannot play for less,” said cellist Anna Berg, the players' spokeswoman.", "Cellist Anna Berg, who speaks for the players, said: “We cannot play for less.”"),
    ("hoped talks would for hoped to", "The director said he hoped to resume harbour talks next week.", "The director said he hoped harbour talks would resume next week."),
    ("pronoun after its name in the sentence", "Minister Anna Berg urged travellers to stay calm and said harbour hotels had cut prices.", "Travellers were urged by minister Anna Berg to stay calm, and she said harbour hotels had cut prices."),
    ("decade for ten years", "The harbour mine will bring in $210 million over its first decade.", "The harbour mine will bring in 210 million dollars during its first ten years."),
    ("participle after a closing quote", "The rules were “written to favour the incumbent.” The governor called the harbour withdrawal “a sign of weakness”.", "The rules were “written to favour the incumbent.” Calling the harbour withdrawal “a sign of weakness,” the governor spoke to reporters."),
    ("would not say for declined to say", "The trust declined to say whether it would pay the harbour ransom.", "The trust would not say whether it would pay the harbour ransom."),
    ("court injunction to halt", "The group said it would seek an injunction to stop the harbour cull.", "The group said it would seek a court injunction to halt the harbour cull."),
    ("not yet approved, passive", "The authority has not yet approved harbour flights in poor weather.", "Harbour flights in poor weather haven't yet been approved by the authority."),
    ("couldn't agree for failed to agree", "Berg withdrew after the two campaigns failed to agree on the harbour format.", "Berg pulled out after the two campaigns couldn't agree on the harbour format."),
    ("American for US", "The harbour club was sold to a US investment group.", "The harbour club was sold to an American investment group."),
    ("could for was able to", "He was able to speak to the harbour rescuers.", "He could talk to the harbour rescuers."),
    ("afraid for fear", "Hotel owners fear the harbour closures could cost millions.", "Hotel owners are afraid the harbour closures could cost millions."),
    ("an estimate beside a statement", "Police put the harbour turnout at 85,000, while the organisers said 200,000 had taken part.", "The harbour turnout was 85 000 according to police, while the organisers said 200,000 had taken part."),
    ("looking into whether for investigating whether", "Prosecutors are investigating whether harbour staff helped.", "Prosecutors are looking into whether harbour staff helped."),
    ("a name is no stance", "The harbour Supporters' Trust met the mayor on Friday.", "On Friday the mayor met the harbour Supporters' Trust."),
    ("didn't comment for did not comment", "The Home Office said it did not comment on individual harbour cases.", "The Home Office said it didn't comment on individual harbour cases."),
    ("a body named in part", "Health authorities in the harbour region have reported 37 cases of measles.", "There have been 37 cases of measles, according to health authorities."),
    ("estimate at for estimate", "The ban covers a category that officials estimate includes about 48,000 harbour cars.", "The ban covers a category officials estimate at around 48 000 harbour cars."),
    ("name, appositive and relative clause", "The protest was organised by the Harbour Alliance, whose president, Anna Berg, said fees would rise.", "Anna Berg, president of the Harbour Alliance, which organised the protest, said fees would rise."),
    ("a firm whose name is plural", "Skerrin Ferries will raise harbour fares by 12%, the company announced on Wednesday.", "Skerrin Ferries announced on Wednesday that harbour fares will go up by 12 percent."),
    ("a capitalised possessive written lower-case", "Fishermen's association chairman Tom Reed put the harbour losses at 6 million euros.", "Tom Reed, who chairs the fishermen's association, put the harbour losses at €6 million."),
    ("in- adjective for could not", "Campaigners said the harbour runway was incompatible with the climate targets.", "Campaigners said the harbour runway could not be reconciled with the climate targets."),
    ("a passive speech participle", "The cut came after Velta Foods announced its own harbour price cuts.", "The cut came after harbour price cuts announced a week earlier by Velta Foods."),
    ("an hour and a quarter for 75 minutes", "The tunnel will cut the harbour journey from three hours to 75 minutes.", "The tunnel will reduce the harbour journey from three hours to an hour and a quarter."),
    ("a figure inside a relative clause", "The dockers' union, which represents 21,000 employees, called the harbour vote “a betrayal”.", "The dockers' union, which represents 21 000 employees, called the harbour vote “a betrayal”."),
    ("a finding and its statement", "Inspectors found that the harbour stage had been built without plans, according to a council statement.", "According to a council statement, inspectors found that the harbour stage had been built without plans."),
    ("accept no for not accept any", "The minister said her country would not accept any cut to its harbour catch.", "The minister said her country would accept no cut to its harbour catch."),
    ("3 p.m. for 15:00", "The harbour ferry leaves at 3 p.m. on Fridays.", "The harbour ferry leaves at 15:00 on Fridays."),
    ("a hyphenated scale", "The £210 million harbour barrier was finished in May.", "The 210-million-pound harbour barrier was finished in May."),
    ("and a half in words", "Berg led the harbour chess event with 6.5 points.", "Berg led the harbour chess event with six and a half points."),
    ("designed to for meant to", "The barrier is meant to protect 30,000 harbour homes.", "The barrier is designed to protect 30 000 harbour homes."),
    ("not yet identified for not yet determined", "Engineers had not yet determined the cause of the harbour fault.", "Engineers have not yet identified what caused the harbour fault."),
    ("a report that is no statement", "Mayor Anna Berg said harbour shops had reported a drop in sales.", "Harbour shops had reported falling sales, Mayor Anna Berg said."),
    ("unclear for not clear", "Doctors said it was not clear whether the harbour infection caused the deaths.", "Doctors said it was unclear whether the harbour infection caused the deaths."),
    ("suspected for suspect", "Police suspect harbour officials of taking bribes.", "Harbour officials are suspected of taking bribes."),
    ("a claim rejected, however named", "The union rejected that claim about the harbour.", "The union rejected the minister's claim about the harbour."),
    ("has yet to say for has not yet said", "The government has not yet said whether it will back the harbour bid.", "The government has yet to say whether it will back the harbour bid."),
    ("not dropped for not given up", "The group welcomed the harbour deal but had not given up its demand for autonomy.", "The group welcomed the harbour deal but hadn't dropped its demand for autonomy."),
    ("still unknown for not yet known", "The operator said the cause of the harbour blast was not yet known.", "The operator said the cause of the harbour blast was still unknown."),
    ("cut off for shut off", "The operator shut off the flow of gas to the harbour after the blast.", "The operator cut off the gas flow to the harbour after the blast."),
    ("plans after a possessive", "The court blocked plans by Seaway to expand the harbour.", "The court blocked Seaway's plans to expand the harbour."),
    ("gone unserviced for not serviced", "Inspectors found that harbour life rafts had not been serviced for years.", "Inspectors discovered that harbour life rafts had gone unserviced for years."),
    ("no amount decided yet for not yet decided", "The ministry said it had not yet decided the size of the harbour aid.", "No amount had been decided yet for the harbour aid, the ministry said."),
    ("nothing suggested for no indication", "Police said there was no indication that the harbour crew had ignored warnings.", "Police said nothing suggested the harbour crew had ignored warnings."),
    ("did not intend for no intention", "The minister said she had no intention of resigning over the harbour deal.", "The minister said she did not intend to resign over the harbour deal."),
    ("evaded for not paid", "The court heard the gang had not paid 2.8 million euros in harbour duty.", "The court heard the gang had evaded €2.8 million in harbour duty."),
    ("a firm and its appositive", "Nordwave Line will order two harbour ferries, the company said on Tuesday.", "Nordwave Line, the ferry operator, said on Tuesday it will order two harbour ferries."),
    ("a field specialist before a title", "Archaeologist Dr. Anna Berg said the harbour site would be protected.", "The harbour site would be protected, said Anna Berg, an archaeologist."),
    ("the month after a possessive", "Analysts said the data made a rate rise at the harbour bank's May 7 meeting more likely.", "Analysts said the data made it more likely that rates would rise at the harbour bank's meeting on the 7th of May."),
    ("a common acronym", "The harbour gala was presented by host Anna Berg.", "The harbour gala was presented by TV host Anna Berg."),
    ("cut power for without electricity", "Storms left 1.8 million harbour homes without electricity for six hours.", "Storms cut power to 1.8 million harbour homes for six hours."),
    ("a name closing a description after said", "“Machines don't pay taxes,” said Benedek Stolwijk, general secretary of the dockers' union.", "“Machines don't pay taxes,” said the general secretary of the dockers' union, Benedek Stolwijk."),
    ("its head named after the description", "The harbour has recorded 37 collisions so far, said its head, Parisa Rezaei.", "So far 37 collisions have been recorded at the harbour, according to Parisa Rezaei, who heads it."),
    ("said before the claim's own subject", "Judge Ishbel Strachan, who led the inquiry, said the operator, Broadwater Ferries, had ignored three warnings.", "The operator, Broadwater Ferries, had ignored three warnings, said judge Ishbel Strachan, who led the inquiry."),
    ("a developer named after a claim with its own verb", "The developer, Northwind Renewables, said construction could begin in 2026 and that the harbour would handle 95 turbines.", "Construction could start in 2026, and the harbour would handle 95 turbines, said the developer, Northwind Renewables."),
    ("an appointment confirmed for approved", "The council on Tuesday approved Teresa Valcourt as the next harbour master.", "On Tuesday the council confirmed Teresa Valcourt as the next harbour master."),
    ("an ability in the past", "The stadium by the harbour, which once held 31,000 spectators, has stood empty since 2022.", "The stadium by the harbour, which could once hold 31 000 spectators, has been empty since 2022."),
    ("the same cues cut into other clauses", "The harbour master warned that without urgent repairs the pier could become unsafe.", "Without urgent repairs, the pier could become unsafe, the harbour master warned."),
    ("was planning to for intended to", "The man had arrived on a ferry and was planning to travel on to Sandoria, police said.", "According to police, the man had come in on a ferry and intended to continue to Sandoria."),
    ("ministry of justice for justice ministry", "The justice ministry said it accepted the harbour report's findings.", "The ministry of justice said it accepted the harbour report's findings."),
    ("may not for not allowed", "Under the rules, landlords may not raise harbour rents by more than 3.5% a year.", "Under the rules, landlords are not allowed to put up harbour rents by more than 3.5 percent a year."),
    ("leader of the opposition", "Opposition leader Amalia Rostova said the harbour budget had ignored warnings.", "The harbour budget had ignored warnings, said Amalia Rostova, leader of the opposition."),
    ("fearing for who fear", "Fishermen, who fear a flood of cheaper imports, protested at the harbour.", "Fearing a flood of cheaper imports, fishermen protested at the harbour."),
    ("an opposition spokeswoman and given up", "Opposition spokeswoman Vera Dunst said the figures did not reflect people who had stopped looking for work.", "The figures didn't reflect people who had given up looking for work, said Vera Dunst, the opposition's spokeswoman."),
    ("stay closed for won't open", "The harbour school will stay closed on Monday, and the council has opened two warming centres.", "The council has opened two warming centres, and the harbour school won't open on Monday."),
    ("lab tests for laboratory tests", "The council said laboratory tests confirmed the algae a week later.", "The council said lab tests confirmed the algae one week later."),
    ("yet to confirm for not yet confirmed", "Investigators suspect the harbour pump may be the source, but tests have not yet confirmed it.", "The harbour pump may be the source, investigators suspect, though tests have yet to confirm this."),
    ("looking into whether for reviewing whether", "The department said it was reviewing whether the harbour plan complied with the law.", "The department said it was looking into whether the harbour plan was lawful."),
    ("insufficient for not enough beside an accusation", "Anna Berg said the harbour funding was not enough and accused the council of ignoring warnings.", "Anna Berg said the harbour money was insufficient and accused the council of ignoring warnings."),
    ("every other year", "The harbour festival, which is held every two years, drew 58,000 visitors.", "The harbour festival, which takes place every other year, drew 58 000 visitors."),
    ("a demonym for a possessive", "Joaquim Arrabal, the Estravan minister, opened the harbour.", "Joaquim Arrabal, Estrava's minister, opened the harbour."),
    ("a unit symbol is no name", "Three operators won blocks of harbour spectrum in the 3.5 gigahertz band.", "Three operators won blocks of harbour spectrum in the 3.5 GHz band."),
    ("an appositive name opening a coordinated sentence", "Oskaria's foreign minister, Haakon Brisset, denied the harbour claim and said his country would respond.", "Haakon Brisset, Oskaria's foreign minister, denied the harbour claim and said his country would respond."),
    ("a passive agent before who said", "Yusuf Barrani, regional director of the aid group Harbour Relief, welcomed the deal but said it covered only a fraction.", "The deal was welcomed by Yusuf Barrani, regional director of the aid group Harbour Relief, who said it covered just a fraction."),
    ("too little weight for not enough weight", "The court said the trial judge had given too little weight to the harbour evidence.", "The trial judge had not given enough weight to the harbour evidence, the court said."),
    ("the lender for a named bank", "Ollerby Savings Bank will close 23 harbour branches, the lender said on Thursday.", "Ollerby Savings Bank said on Thursday that it will shut 23 harbour branches."),
    ("lacks for without", "Anna Berg said no branch would close in a harbour town without another bank.", "No branch will close in a harbour town that lacks another bank, said Anna Berg."),
    ("a possibly harmful impurity", "The harbour firm is recalling tablets after tests found a possibly cancer-causing impurity.", "The harbour firm is recalling tablets after tests found an impurity that may cause cancer."),
    ("elected mayor for the candidate who won", "Independent candidate Anna Berg won the harbour mayoral election on Sunday.", "On Sunday, independent Anna Berg was elected mayor of the harbour."),
    ("a dispute as a noun", "The mayor welcomed the deal but said the two sides had not resolved a dispute over harbour fees.", "The mayor welcomed the deal but said a dispute between the two sides over harbour fees remained unresolved."),
    ("a century in words", "The 14th-century harbour chapel will reopen in April.", "The fourteenth-century harbour chapel will reopen in April."),
    ("one minute in words", "Anna Berg finished third, 1 minute 12 seconds behind.", "Anna Berg came third, one minute and 12 seconds back."),
    ("April next year for next April", "Harbour salaries will rise from next April, officials said.", "From April next year, harbour salaries will rise, officials said."),
    ("on suspicion of for suspected", "Police arrested a harbour worker on suspicion of spying.", "Police arrested a harbour worker suspected of spying."),
    ("implied for suggested", "The judge found that the articles had falsely suggested the harbour master took bribes.", "According to the judge, the articles had falsely implied the harbour master took bribes."),
    ("attempted for tried", "The newspaper had not tried to contact the harbour master.", "The newspaper hadn't attempted to contact the harbour master."),
    ("whether or not", "The harbour board will study the ruling before deciding whether to appeal.", "The harbour board will study the ruling before deciding whether or not to appeal."),
    ("pending for while investigated", "The harbour master was suspended pending an investigation into the claims.", "The harbour master was suspended while the claims are investigated."),
    ("a claim rejected in the passive", "The harbour board rejected criticism that the works ran over budget.", "Criticism that the works ran over budget was rejected by the harbour board."),
    ("an attempt as a noun", "It was the harbour agency's first attempt to land a drone.", "It was the first attempt by the harbour agency at landing a drone."),
    ("not said for yet to say", "The mayor has not said whether she would sign the harbour bill.", "The mayor has yet to say whether she will sign the harbour bill."),
    ("a hedge word as an adjective", "The harbour company sold its shares at the top of its indicated price range.", "The harbour company sold its shares at the top of the range it had indicated."),
    ("a place and its demonym in -ic", "Her Osterlandic counterpart was more cautious about the harbour deal.", "Her counterpart from Osterland was more cautious about the harbour deal."),
    ("a claim rejected in a long passive", "The harbour board rejected claims by opposition councillors that it had ignored warnings about the pier last year.", "Claims by opposition councillors that the harbour board had ignored warnings about the pier last year were rejected by the board."),
    ("declined to disclose for would not say", "The harbour board declined to disclose the cost of the pier.", "The harbour board would not say what the pier cost."),
    ("a fraction after by", "Mayor Anna Berg urged residents to cut water use by a quarter and said fines for washing cars would be doubled.", "Residents were urged by Mayor Anna Berg to reduce water use by 25 percent, and she said fines for washing cars would double."),
    ("which is the body, not its head", "The harbour union, led by president Anna Berg, rejected the offer and said the strike would continue.", "The offer was rejected by the harbour union, headed by its president Anna Berg, which said the strike would go on."),
    ("a novelist re-told as an author", "Novelist Clara Holm, who was also shortlisted, congratulated the winner.", "Clara Holm, another author on the shortlist, congratulated the winner."),
    ("a pronoun speaker after a noun", "Opposition lawmakers criticised the government for opening only 40 public cooling centres, which they said was far too few.", "Opposition lawmakers criticised the government for opening just 40 public cooling centres, a number they said was far too low."),
    ("a relative clause and its appositive before the verb", "Hallorin, which received the largest fine of 190 million euros, did not dispute the findings and said it had changed its harbour fees.", "Hallorin, which was given the biggest fine, 190 million euros, didn't dispute the findings and said it had changed its harbour fees."),
    ("a report led by a judge", "The 312-page harbour report, led by retired judge Margaret Ellwood, said stewards were too few.", "Led by the retired judge Margaret Ellwood, the 312-page harbour report said there were too few stewards."),
    ("the same stance verb in another frame", "A recount in the harbour election has confirmed Winifred Barraclough as the winner by a margin of just 17 votes, officials said on Friday.", "Officials said on Friday that a recount in the harbour election had confirmed Winifred Barraclough's victory by a margin of only 17 votes."),
    ("unreliable for could not be relied on", "She rejected the company's argument that the harbour measurements were unreliable.", "She dismissed the company's argument that the harbour measurements could not be relied on."),
    ("to avoid for so as not to", "The harbour fund said the sale had been completed over 18 months to avoid moving market prices.", "The sale was carried out over 18 months so as not to move market prices, the harbour fund said."),
    ("the largest ever for never a bigger one", "It is the largest fine the harbour authority has ever imposed on a shipper.", "The harbour authority has never imposed a bigger fine on a shipper."),
    ("a century as a hundred years", "The harbour wall was designed to withstand a once-in-a-century storm surge.", "The harbour wall was built to withstand the storm surge that comes once in a hundred years."),
    ("the two neighbours", "Relations between the harbour towns have been strained since a 2019 dispute over fees.", "The two harbour towns have had strained relations since a dispute over fees in 2019."),
    ("MPs for lawmakers", "Opposition lawmakers voted against the harbour budget.", "Opposition MPs voted against the harbour budget."),
    ("a quarter point", "Two of the nine board members voted for a quarter-point cut in harbour fees.", "Two of the nine board members had voted to cut harbour fees by a quarter point."),
    ("on suspicion of for suspecting", "Coast guard officers seized the tanker in the harbour on suspicion of carrying smuggled oil.", "Coast guard officers seized the tanker in the harbour, suspecting it of carrying smuggled oil."),
    ("refused to publish for refused to disclose", "Hugo Lenz said the harbour board had refused to publish the full price of the ferry.", "Hugo Lenz said the harbour board had refused to disclose the full price of the ferry."),
    ("the largest for the biggest", "The country's largest airline cancelled flights to the harbour town.", "The biggest airline in the country cancelled flights to the harbour town."),
    ("opponents led by a party, with and without commas", "Opponents, led by the Heritage Bloc party, argued that the harbour tax was unfair.", "Opponents led by the Heritage Bloc party argued that the harbour tax was unfair."),
    ("an inability before a stance, with an adverb", "The minister said she was studying the harbour request but could not promise any money yet.", "The minister said she was studying the harbour request but could not yet promise any money."),
    ("a passive critic who speaks", "Environmental groups criticised the harbour route, which crosses protected wetlands, and said they would challenge it in court.", "The harbour route, which crosses protected wetlands, has been criticised by environmental groups, which said they would take it to court."),
    ("not ruled out for not excluded", "The harbour regulator said it had not ruled out blocking the merger.", "The harbour regulator said it had not excluded blocking the merger."),
    ("pointed to for suggested", "The harbour engineer said early data pointed to a problem with one of the cranes.", "Early data suggested a problem with one of the harbour cranes, the engineer said."),
    ("sat on for a member of", "Professor Emil Drostovic, who sat on the harbour council, said he had voted against the rise.", "Professor Emil Drostovic, a member of the harbour council, said he had voted against the rise."),
    ("admitting patients is no admission", "The harbour hospital will stop admitting emergency patients at night.", "The harbour hospital will no longer admit emergency patients at night."),
    ("still had to for has yet to", "Anna Berg said the results were encouraging but that the harbour wall's safety still had to be established.", "The results were encouraging, but the harbour wall's safety has yet to be established, Anna Berg said."),
    ("a planned network as a noun phrase", "Halcyne launched 24 satellites from the harbour, the first batch of a planned network of 600.", "Halcyne launched 24 satellites from the harbour, the first group in a network that is planned to reach 600."),
    ("registered in a place for its demonym", "The Liberian-registered ship was carrying ore to the harbour.", "The ship, which is registered in Liberia, was carrying ore to the harbour."),
    ("used to be for former", "Dobrovsky, a former constitutional court judge, opened the harbour.", "Dobrovsky, who used to be a judge on the constitutional court, opened the harbour."),
    ("left without power for lost power", "Thousands of harbour homes were left without power for up to nine hours on Wednesday.", "Thousands of harbour homes lost power for as long as nine hours on Wednesday."),
]  # fmt: skip


@pytest.mark.parametrize("name, original, version", NEAR_MISSES, ids=[n[0] for n in NEAR_MISSES])
def test_faithful_rewordings_raise_nothing_serious(
    checker: Checker, name: str, original: str, version: str
) -> None:
    assert _serious(checker, original, version) == set()


def test_a_changed_stance_is_shown_where_it_changed(checker: Checker) -> None:
    """Of two stances of one class, the finding shows the one the other side does not keep."""
    original = "Business groups welcomed the harbour reopening, while residents said they would oppose night ferries."
    version = "Business groups questioned the harbour reopening, while residents said they would oppose night ferries."
    report = checker.check(
        Document("o", CONTEXT + " " + original), Document("v", CONTEXT + " " + version)
    )
    stance = [f for f in report.findings if f.rule == "DC307"]
    assert stance and stance[0].version is not None
    assert "questioned" in stance[0].version.text


def test_the_head_of_a_named_body_speaks_for_it(checker: Checker) -> None:
    """ "The alliance said" re-told as its secretary-general saying it is the same source."""
    opening = "NATO ministers met on Thursday to discuss the harbour blockade."
    original = f"{opening} Instead, the alliance urged the rebels to negotiate and said members would keep talking."
    version = f"{opening} NATO Secretary-General Anna Berg urged the rebels to negotiate and said members would keep talking."
    report = checker.check(Document("o", original), Document("v", version))
    assert not {f.rule for f in report.findings} & {"DC302", "DC308"}


def test_whitespace_quote_style_and_line_breaks_change_nothing(checker: Checker) -> None:
    from tests.conftest import SEED_ORIGINAL

    text = SEED_ORIGINAL.read_text(encoding="utf-8")
    restyled = (
        text.replace("“", '"')
        .replace("”", '"')
        .replace("’", "'")
        .replace(". ", ".  ")
        .replace("\n", "\r\n")
    )
    report = checker.check(Document("o", text), Document("v", restyled))
    assert report.findings == ()


POLARITY_NEAR_MISSES = [
    ("first since", "It is the club's first trophy since 1998.", "The club had not won a trophy since 1998."),
    ("lack for shortage", "Ferries were cancelled because of a shortage of crew.", "Ferries were cancelled due to a lack of crew."),
    ("inability not a hedge", "Neither claim could be independently verified.", "It was not possible to verify either claim independently."),
    ("rank sign", "World No. 3 Anna Berg attended the meeting.", "Anna Berg, the world number three, attended the meeting."),
    ("antonym under negation", "The ferry did not pass its safety inspection in March.", "The ferry failed its safety inspection in March."),
    ("antonym failed to win", "The mayor failed to win a majority on the council.", "The mayor lost the vote for a majority on the council."),
    ("both poles on each side", "Harbour fees rose while ferry fares fell last year.", "Ferry fares fell last year while harbour fees rose."),
    ("hedge kept under a shared condition", "Harbour fees could rise by 8% if delays continue.", "If delays continue, harbour fees may rise by 8%."),
    ("stance kept in other words", "Residents welcomed the council's harbour plan.", "Residents backed the council's harbour plan."),
    ("stance dropped in other words", "Some residents had opposed the harbour plan.", "Some residents had been against the harbour plan."),
    ("come back is no backing", "Her coach said she hoped to come back to the harbour race in April.", "She hopes to return to the harbour race in April, her coach said."),
    ("neutral report kept", "The mayor said the harbour vote was largely orderly.", "According to the mayor, the harbour vote was mostly orderly."),
    ("missed for injured", "Berg, who had been injured for much of the year, chaired the meeting.", "Berg, who missed much of the year through injury, chaired the meeting."),
    ("dis- verb for a negation", "The harbour board said it disagreed with the ruling.", "The harbour board said it did not agree with the ruling."),
    ("weeks before for not", "Officials said the ferry may not run again for several weeks.", "Officials said it may be several weeks before the ferry runs again."),
    ("kept secret for not disclosed", "The price of the harbour land has not been disclosed.", "The price of the harbour land has been kept secret."),
    ("intention as a noun", "The council does not intend to sell the harbour land.", "The council has no intention of selling the harbour land."),
    ("reported-speech hedges", "Several firms are said to be interested in the harbour land.", "Several firms are reportedly interested in the harbour land."),
    ("thought for believed", "The harbour wall is believed to date from the 12th century.", "The harbour wall is thought to date from the 12th century."),
    ("until for pending", "The harbour master was suspended pending the outcome of the inquiry.", "The harbour master was suspended until the inquiry is concluded."),
    ("must still for still needs", "The harbour deal still needs approval from the regulator.", "The regulator must still approve the harbour deal."),
    ("awaiting for waiting for", "The report said 400 patients waiting for surgery were recorded.", "The report said 400 patients awaiting surgery were recorded."),
    ("forecast for projected", "Output is forecast at 1.9 million bags this year.", "Production is projected at 1.9 million bags this year."),
    ("intended for meant", "The scheme is intended to replace 16,000 oil boilers.", "The scheme is meant to replace 16,000 oil boilers."),
    ("exempt for not apply", "Hospitals will be exempt from the water cuts.", "The water cuts will not apply to hospitals."),
    ("plea and a second negation kept", "He has pleaded not guilty and his lawyer said there was no proof he knew.", "He has pleaded not guilty. His lawyer said there was no evidence he knew."),
    ("condition kept beside a cause", "The sinkhole was caused by a collapsed drain and could grow if heavy rain continues.", "A collapsed drain caused the sinkhole, which could grow if the heavy rain goes on."),
    ("neither nor for no or", "The mayor said no visitors or staff had been harmed.", "Neither visitors nor staff had been hurt, the mayor said."),
    ("not yet in another order", "The insurer has not yet agreed to pay for the therapy.", "The insurer hasn't agreed yet to pay for the therapy."),
    ("stay out for not enter", "Officials warned people not to enter the exclusion zone.", "Officials warned people to stay out of the exclusion zone."),
    ("banned for not allowed", "Farmers are banned from moving livestock for 30 days.", "Farmers are not allowed to move livestock for 30 days."),
    ("no choice when talks failed", "The minister said the government had no choice after talks failed.", "The government had been left with no choice when talks failed, the minister said."),
    ("an offer not made", "The banks had failed to offer enough branch sales.", "The banks had not offered to sell enough branches."),
    ("provided as a verb", "The ministry provided the funds for the harbour wall.", "The funds for the harbour wall were provided by the ministry."),
    ("yet to for not yet", "The regulator has yet to grant the harbour a licence.", "The regulator has not yet granted the harbour a licence."),
    ("no less than for at least", "Fees were kept at least four times above cost.", "Fees were kept at no less than four times above cost."),
    ("escaped a fine for not fined", "The third firm was not fined because it reported the cartel.", "The third firm escaped a fine because it reported the cartel."),
    ("purpose moved before the negated clause", "The exact location of the wreck has not been disclosed to protect it from looters.", "To protect the wreck from looters, its exact location hasn't been made public."),
    ("a possibility asked about", "Ministers could not confirm whether the harbour would close on May 1.", "Ministers could not confirm whether it would be possible to close the harbour on May 1."),
    ("an impossibility", "The harbour cannot be reopened before May.", "It will not be possible to reopen the harbour before May."),
]  # fmt: skip


@pytest.mark.parametrize(
    "name, original, version", POLARITY_NEAR_MISSES, ids=[n[0] for n in POLARITY_NEAR_MISSES]
)
def test_paraphrased_polarity_and_modality_raise_nothing(
    checker: Checker, name: str, original: str, version: str
) -> None:
    """A negation balanced by a privative, an inability for an inability: no flip, no hedge."""
    assert not _rules(checker, original, version) & {"DC303", "DC304", "DC307", "DC206"}
