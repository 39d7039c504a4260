"""Build the Markdown pair cases (invented news): ``python tests/cases/markdown/build.py``.

Each case folder holds original.md, version.md and expected.json. Faithful versions keep every
sentence but change the markup (emphasis, wrapping, list markers); drifted versions plant one
change: a number, a name, a dropped sentence or an added sentence. expected.json records the
planted line and the text that starts there, so tests can check line:column in the file.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

# (slug, headline, paragraphs); each paragraph is a list of sentences. The first sentence of
# the second paragraph is the one the drift cases change.
ARTICLES = [
    (
        "harbour-bridge",
        "Harbour bridge closes for repairs",
        [
            [
                "The Kelston harbour bridge will close for six weeks from Monday, the city council said.",
                "Engineers found corrosion in two of the main cables during a routine inspection.",
            ],
            [
                "About 42,000 vehicles cross the bridge every day.",
                "Ferries will run every ten minutes during the closure.",
                "The council expects the work to cost 18 million euros.",
            ],
        ],
    ),
    (
        "grain-harvest",
        "Grain harvest falls after dry spring",
        [
            [
                "The national wheat harvest fell by 14 percent this year, the agriculture ministry reported on Thursday.",
                "Farmers in the south were hit hardest by the dry spring.",
            ],
            [
                "Minister Helena Varga said imports would cover the shortfall.",
                "Bread prices have already risen in several regions.",
                "A farmers' union called for emergency support.",
            ],
        ],
    ),
    (
        "museum-theft",
        "Paintings stolen from river museum",
        [
            [
                "Three paintings were stolen from the Ostrava River Museum overnight, police said.",
                "The thieves entered through a skylight on the roof.",
            ],
            [
                "The works were painted by Marta Lind in the 1920s.",
                "Their combined value is estimated at 2.4 million dollars.",
                "Police have asked the public for information.",
            ],
        ],
    ),
    (
        "rail-strike",
        "Rail workers announce two-day strike",
        [
            [
                "Rail workers will strike on Friday and Saturday after pay talks collapsed, their union said.",
                "Most regional services are expected to be cancelled.",
            ],
            [
                "The union is asking for a raise of 9 percent over two years.",
                "The rail operator, led by Tomas Brandt, offered 5 percent.",
                "Talks could resume next week.",
            ],
        ],
    ),
    (
        "volcano-alert",
        "Volcano alert level raised",
        [
            [
                "Authorities raised the alert level for Mount Tarel after a series of small earthquakes.",
                "Residents within five kilometres have been told to prepare to leave.",
            ],
            [
                "Scientists recorded more than 300 tremors on Sunday alone.",
                "The volcano last erupted in 1987.",
                "Schools in two nearby villages will stay closed.",
            ],
        ],
    ),
    (
        "hospital-wing",
        "New hospital wing opens",
        [
            [
                "A new children's wing opened at Saint Brigid Hospital on Wednesday.",
                "It adds 120 beds and four operating theatres.",
            ],
            [
                "Health minister Omar Fadel cut the ribbon at the ceremony.",
                "The building took three years to complete.",
                "Staff will move patients in over the coming weekend.",
            ],
        ],
    ),
    (
        "satellite-launch",
        "Weather satellite reaches orbit",
        [
            [
                "A new weather satellite reached orbit on Tuesday after a launch from the northern coast.",
                "The agency said all systems were working normally.",
            ],
            [
                "The satellite will send images every 15 minutes.",
                "Forecasters hope it will improve storm warnings.",
                "It is expected to operate for twelve years.",
            ],
        ],
    ),
    (
        "city-budget",
        "City council approves budget",
        [
            [
                "The city council approved next year's budget by 31 votes to 12 on Monday night.",
                "Spending on public transport will rise sharply.",
            ],
            [
                "Mayor Ingrid Solberg called the vote a victory for commuters.",
                "Opposition members said taxes would have to rise.",
                "The budget takes effect in January.",
            ],
        ],
    ),
    (
        "forest-fire",
        "Forest fire contained near border",
        [
            [
                "Firefighters contained a forest fire near the eastern border on Saturday, officials said.",
                "The blaze had burned for four days.",
            ],
            [
                "About 1,800 hectares of pine forest were destroyed.",
                "No injuries were reported.",
                "Investigators believe the fire was started by a discarded cigarette.",
            ],
        ],
    ),
    (
        "chess-final",
        "Teenager wins national chess title",
        [
            [
                "A 16-year-old won the national chess championship on Sunday.",
                "She beat the defending champion in the final round.",
            ],
            [
                "Lena Okafor needed only 34 moves to win the deciding game.",
                "She is the youngest champion in the event's history.",
                "She will represent the country at the world championship.",
            ],
        ],
    ),
    (
        "water-prices",
        "Water prices to rise in spring",
        [
            [
                "Household water bills will rise from April, the regional water company announced.",
                "The company said it needed to replace ageing pipes.",
            ],
            [
                "The average bill will go up by 7 percent.",
                "Consumer groups criticised the timing of the increase.",
                "Customers on low incomes can apply for a discount.",
            ],
        ],
    ),
    (
        "airport-expansion",
        "Airport expansion plan approved",
        [
            [
                "The government approved plans for a second runway at Norden Airport on Friday.",
                "Construction could begin next summer.",
            ],
            [
                "The project is expected to cost 3.2 billion euros.",
                "Environmental groups have promised to challenge the decision in court.",
                "The airport handled 19 million passengers last year.",
            ],
        ],
    ),
    (
        "flood-defences",
        "Flood defences tested by storm",
        [
            [
                "New flood barriers held back the river during Thursday's storm, the town council said.",
                "Water reached its highest level in a decade.",
            ],
            [
                "The barriers were built after floods damaged 600 homes in 2019.",
                "Some roads were closed as a precaution.",
                "The storm is expected to ease by the weekend.",
            ],
        ],
    ),
    (
        "library-reopens",
        "Central library reopens after renovation",
        [
            [
                "The central library reopened on Saturday after a two-year renovation.",
                "Hundreds of visitors queued before the doors opened.",
            ],
            [
                "Architect Paulo Mendes designed the new reading hall.",
                "The library now has a rooftop garden and a recording studio.",
                "Opening hours have been extended to ten in the evening.",
            ],
        ],
    ),
    (
        "fishing-quota",
        "Fishing quotas cut for cod",
        [
            [
                "Ministers agreed to cut cod fishing quotas for next year at a meeting in the capital.",
                "Scientists had warned that stocks were close to collapse.",
            ],
            [
                "The quota will fall by 22 percent.",
                "Fishing communities say jobs will be lost.",
                "The agreement will be reviewed after twelve months.",
            ],
        ],
    ),
    (
        "school-meals",
        "Free school meals extended",
        [
            [
                "All primary school pupils will receive free lunches from September, the education ministry said.",
                "The scheme currently covers only the youngest pupils.",
            ],
            [
                "Education minister Sara Lindqvist said the plan would cost 90 million a year.",
                "Teachers' unions welcomed the announcement.",
                "Some councils warned that school kitchens were too small.",
            ],
        ],
    ),
    (
        "bank-merger",
        "Two regional banks agree to merge",
        [
            [
                "Two regional banks announced on Monday that they would merge to form the country's fourth-largest lender.",
                "The deal still needs approval from regulators.",
            ],
            [
                "The combined bank will have about 2.1 million customers.",
                "Around 40 branches are expected to close.",
                "The merger should be completed by the end of next year.",
            ],
        ],
    ),
    (
        "marathon-record",
        "Course record falls at city marathon",
        [
            [
                "The course record at the city marathon fell on Sunday in cool and dry conditions.",
                "More than 20,000 runners took part.",
            ],
            [
                "Kenyan runner Daniel Kiprop finished in two hours, five minutes and eight seconds.",
                "The previous record had stood since 2011.",
                "Organisers said next year's race would start earlier.",
            ],
        ],
    ),
    (
        "power-outage",
        "Power outage hits northern districts",
        [
            [
                "A power outage left thousands of homes in the northern districts without electricity on Tuesday evening.",
                "The grid operator blamed a fault at a substation.",
            ],
            [
                "Power was restored to most homes after about three hours.",
                "Traffic lights failed at several junctions.",
                "The operator has promised a full investigation.",
            ],
        ],
    ),
    (
        "vaccine-campaign",
        "Flu vaccine campaign begins",
        [
            [
                "The annual flu vaccination campaign began on Monday at pharmacies and clinics.",
                "Health officials urged older people to book early.",
            ],
            [
                "The ministry has ordered 3.5 million doses this year.",
                "Vaccination is free for people over 65.",
                "Officials expect a stronger flu season than last year.",
            ],
        ],
    ),
    (
        "tram-line",
        "New tram line opens to the university",
        [
            [
                "A new tram line linking the city centre to the university opened on Friday.",
                "The first trams were full of students.",
            ],
            [
                "The line is 8 kilometres long and has eleven stops.",
                "Trams will run every six minutes at peak times.",
                "The city plans a second line to the hospital.",
            ],
        ],
    ),
    (
        "coral-survey",
        "Survey finds coral recovery",
        [
            [
                "A survey of the southern reef found that coral cover has grown for the third year in a row.",
                "Marine biologists called the result encouraging.",
            ],
            [
                "Coral now covers 31 percent of the surveyed area.",
                "Warmer water remains the biggest threat to the reef.",
                "The next survey is planned for the spring.",
            ],
        ],
    ),
]

# Faithful cases reformat; drift cases plant one change in the second paragraph.
PLANS = [
    "faithful",
    "number",
    "faithful",
    "name",
    "dropped",
    "faithful",
    "added",
    "number",
    "faithful",
    "name",
    "faithful",
    "number",
    "dropped",
    "faithful",
    "added",
    "faithful",
    "number",
    "name",
    "faithful",
    "dropped",
    "added",
    "faithful",
]
SWAPS = {
    "number": {
        "42,000": "24,000",
        "14 percent": "41 percent",
        "2.4 million": "4.2 million",
        "9 percent": "19 percent",
        "300 tremors": "30 tremors",
        "120 beds": "210 beds",
        "15 minutes": "50 minutes",
        "31 votes": "13 votes",
        "1,800 hectares": "800 hectares",
        "34 moves": "43 moves",
        "7 percent": "17 percent",
        "3.2 billion": "2.3 billion",
        "600 homes": "60 homes",
        "22 percent": "12 percent",
        "90 million": "19 million",
        "2.1 million": "1.2 million",
        "three hours": "thirteen hours",
        "3.5 million": "5.3 million",
        "8 kilometres": "18 kilometres",
        "31 percent": "13 percent",
    },
    "name": {
        "Helena Varga": "Anna Kowalska",
        "Marta Lind": "Edith Moreau",
        "Omar Fadel": "Karim Nasser",
        "Ingrid Solberg": "Petra Holm",
        "Lena Okafor": "Amara Nwosu",
        "Paulo Mendes": "Jorge Silva",
        "Sara Lindqvist": "Eva Nilsson",
        "Daniel Kiprop": "Samuel Wanjiru",
        "Tomas Brandt": "Viktor Lang",
    },
}
ADDED = "Officials said the decision was final and could not be appealed."


def _markdown(
    headline: str, paragraphs: list[list[str]], faithful_variant: bool, front: bool
) -> str:
    out = []
    if front:
        out += ["---", f"title: {headline}", "desk: regional", "---", ""]
    out += [f"# {headline}", ""]
    first, second = paragraphs
    if faithful_variant:
        # Same sentences, different markup: soft-wrapped lead, emphasis, a quote block.
        lead = " ".join(first)
        cut = lead.find(" ", len(lead) // 2)
        out += [lead[:cut], lead[cut + 1 :], ""]
    else:
        out += [" ".join(first), ""]
    out += ["## Details", ""]
    out += [f"- {second[0]}", f"- {second[1]}", ""]
    out += [f"> {second[2]}", ""]
    out += ["```", "source: wire; not prose. 99 items.", "```", ""]
    return "\n".join(out)


def build() -> None:
    for number, ((slug, headline, paragraphs), plan) in enumerate(
        zip(ARTICLES, PLANS, strict=True)
    ):
        folder = HERE / f"{number:02d}-{slug}"
        folder.mkdir(exist_ok=True)
        front = number % 3 == 0
        original = _markdown(headline, paragraphs, False, front)
        first, second = paragraphs
        changed = [list(first), list(second)]
        expected: dict[str, object] = {"plan": plan}
        if plan in SWAPS:
            old, new, p, i = next(
                (o, n, p, i)
                for p in (1, 0)
                for i, sentence in enumerate(paragraphs[p])
                for o, n in SWAPS[plan].items()
                if o in sentence
            )
            changed[p][i] = paragraphs[p][i].replace(old, new)
            side = "version_text" if plan == "number" else "original_text"
            expected.update(kind="drift", **{side: new if plan == "number" else old})
        elif plan == "dropped":
            changed[1][0] = ""
            expected.update(kind="omission", original_text=second[0])
        elif plan == "added":
            changed[1][1] = f"{second[1]} {ADDED}"
            expected.update(kind="addition", version_text=ADDED)
        version = _markdown(headline, changed, plan == "faithful", front)
        version = version.replace("- \n", "")
        if plan == "faithful":
            version = version.replace(f"- {second[1]}", f"* *{second[1][:-1]}*.")
        (folder / "original.md").write_text(original, encoding="utf-8")
        (folder / "version.md").write_text(version, encoding="utf-8")
        (folder / "expected.json").write_text(
            json.dumps(expected, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    build()
