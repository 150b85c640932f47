"""Running text above a post's own head is the site's, not the story (posthead.py; dragnet folds 0-1 kept a blog's
tagline, a sidebar's blurb or a menu's teaser paragraphs above the post as its first lines: "prose kept before the
story"). Every page here is written for the tests; each case fails on the code before the fix unless it says it is a
guard:

* a blog's tagline under its name, then the post's date alone, its headline and its text (en, nl);
* a site's pitch sentence, then the post's headline with "by <author> on <date>" under it (en, ar);
* a menu whose labels are glued to their teaser paragraphs (cut off with "…"), a breadcrumb "Home / <headline>", the
  headline and "Posted on: <date> … Posted by: <author>" (en, nl).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

BLOG_EN = """skip to main |
skip to sidebar
Notes from the Ward
Every night I work on a busy surgical ward, looking after thirty patients with two other nurses, and here I write about what happens between ten at night and seven in the morning.
Friday, 26 October 2012
The night the lifts stopped
At two in the morning both lifts in the east wing stopped between floors, and the engineer on call was forty minutes away across the city.
We had three patients due back from theatre and a porter who refused to carry anyone down the stairs without a second pair of hands.
In the end the night sister, two students and I carried each stretcher down four flights, one landing at a time, while a doctor walked ahead with the drip stand.
Nobody was hurt, and by the time the engineer arrived the last patient was asleep on the ward and asking what all the fuss had been about.
Posted by Ellen Hart at 7:22 AM
2 comments:
"""

TAGLINE_EN = "Every night I work on a busy surgical ward, looking after thirty patients with two other nurses"

BLOG_NL = """skip to main |
skip to sidebar
Aantekeningen van de afdeling
Elke nacht werk ik op een drukke chirurgische afdeling, waar ik met twee collega's voor dertig patiënten zorg, en hier schrijf ik over wat er gebeurt tussen tien uur 's avonds en zeven uur 's ochtends.
vrijdag 26 oktober 2012
De nacht dat de liften stilstonden
Om twee uur 's nachts bleven beide liften in de oostvleugel tussen twee verdiepingen hangen, en de monteur van dienst zat veertig minuten verderop.
Er moesten drie patiënten terug van de operatiekamer en de portier wilde niemand de trap af dragen zonder een tweede paar handen.
Uiteindelijk droegen de nachtzuster, twee studenten en ik elke brancard vier trappen af, overloop na overloop, terwijl een arts met de infuuspaal voorop liep.
Niemand raakte gewond, en toen de monteur eindelijk kwam sliep de laatste patiënt al op de afdeling.
Geplaatst door Ellen Hart om 7:22
2 reacties:
"""

TAGLINE_NL = "Elke nacht werk ik op een drukke chirurgische afdeling"

PITCH_EN = """Harbour Works Blog
Log in
Harbour Works helps port towns plan, fund and build the quays they need for the next fifty years.
Harbour Works Page · RSS Feed
New moorings for the fishing fleet
by Tom Reyes on Wednesday, October 19, 2011 at 1:31pm
Today we are starting work on forty new moorings for the fishing fleet, on the north side of the old harbour where the boats now tie up three deep.
The moorings will be finished before the winter storms, and each will have its own water and power point, so the crews no longer run cables across the quay.
We have asked the fishermen where they want the ladders and the lights, and the plans on the harbour office wall show what they told us.
Work will stop on market days so that the quay stays open to the stalls and their customers.
"""

PITCH_SENTENCE_EN = "Harbour Works helps port towns plan, fund and build the quays they need for the next fifty years."

PITCH_AR = """مدونة أعمال الميناء
تساعد أعمال الميناء مدن الموانئ على تخطيط وتمويل وبناء الأرصفة التي تحتاجها للسنوات الخمسين المقبلة.
مراسٍ جديدة لأسطول الصيد
بقلم سامي يوسف في 19 أكتوبر 2011
بدأنا اليوم العمل على أربعين مرسى جديدا لأسطول الصيد على الجانب الشمالي من الميناء القديم حيث تربط القوارب الآن في ثلاثة صفوف.
ستنتهي المراسي قبل عواصف الشتاء، وسيكون لكل منها نقطة ماء وكهرباء خاصة بها، فلا يمد الصيادون الكوابل عبر الرصيف بعد اليوم.
سألنا الصيادين أين يريدون السلالم والأضواء، والخطط المعلقة على جدار مكتب الميناء تبين ما قالوه لنا.
سيتوقف العمل في أيام السوق حتى يبقى الرصيف مفتوحا للأكشاك وزبائنها.
"""

PITCH_SENTENCE_AR = "تساعد أعمال الميناء مدن الموانئ على تخطيط وتمويل وبناء الأرصفة التي تحتاجها للسنوات الخمسين المقبلة."

TEASERS_EN = """Home
Coaching“I came to Anna with a shop that was losing money every month and no idea where to start. Two sessions later I had a plan, a price list I believed in and the nerve to stop selling to customers who cost me more than they paid. Six months on the shop pays my rent and hers.” Mark Olsen, owner of a bike repair shop in Leeds. Running a small business can feel like standing in a storm with an umbrella full of holes: every week brings a new problem, and nobody…
Books2011: The Small Shop Handbook is out! It covers everything from choosing a location and writing a lease you can live with to hiring your first employee and closing the books at the end of the year. Here is what readers have said about it, and where you can find a copy near you. Older books: before the handbook I wrote two guides for people starting out with a market stall, both now out of print but still…
Blog
AboutAnna Price Anna Price has run three shops of her own, advises small retailers in the north of England and writes a weekly column for a trade paper about the business of selling things to people who walk in off the street. She lives in York with her husband, two children and a dog that has never once…
Home / Why your shop needs fewer products
Why your shop needs fewer products
Posted on: 08-17-2012 With: 3 Comments Posted by: Anna Price
Most small shops stock far too many products, and the owners know it: the shelves are full, the stockroom is full, and yet the till is empty at the end of the day.
Last month I helped a gift shop in Harrogate cut its range by a third. Sales went up within four weeks, because customers could finally see what was on offer.
Start with the products that have not sold in six months, and be honest about why you are keeping them.
3 Comments
"""

TEASERS_NL = """Home
Coaching“Ik kwam bij Anna met een winkel die elke maand geld verloor en geen idee waar ik moest beginnen. Na twee gesprekken had ik een plan, een prijslijst waar ik in geloofde en de moed om te stoppen met klanten die me meer kostten dan ze betaalden. Een half jaar later betaalt de winkel mijn huur.” Mark Olsen, eigenaar van een fietsenmaker in Utrecht. Een kleine zaak runnen voelt soms als in een storm staan met een paraplu vol gaten: elke week een nieuw probleem, en niemand…
Boeken2011: Het Handboek voor de Kleine Winkel is uit! Het behandelt alles van het kiezen van een locatie en het tekenen van een huurcontract tot het aannemen van je eerste medewerker en het afsluiten van de boeken aan het eind van het jaar. Lees hier wat lezers ervan vonden en waar je een exemplaar bij jou in de buurt vindt. Eerdere boeken: voor het handboek schreef ik twee gidsen voor…
Blog
Home / Waarom je winkel minder producten nodig heeft
Waarom je winkel minder producten nodig heeft
Geplaatst op: 17-08-2012 Met: 3 reacties Geplaatst door: Anna de Prijs
De meeste kleine winkels hebben veel te veel producten in huis, en de eigenaren weten het: de schappen zijn vol, het magazijn is vol, en toch is de kassa aan het eind van de dag leeg.
Vorige maand hielp ik een cadeauwinkel in Haarlem haar assortiment met een derde te verkleinen. De omzet ging binnen vier weken omhoog, omdat klanten eindelijk zagen wat er te koop was.
Begin met de producten die in zes maanden niets hebben verkocht, en wees eerlijk over waarom je ze nog bewaart.
3 reacties
"""


CASES = {
    # page: (lines that must go, lines that must stay)
    "blog_en": (BLOG_EN, [TAGLINE_EN], ["At two in the morning both lifts", "Nobody was hurt"]),
    "blog_nl": (BLOG_NL, [TAGLINE_NL], ["Om twee uur 's nachts", "Niemand raakte gewond"]),
    "pitch_en": (PITCH_EN, [PITCH_SENTENCE_EN[:60]], ["forty new moorings", "Work will stop on market days"]),
    "pitch_ar": (PITCH_AR, [PITCH_SENTENCE_AR[:60]], ["بدأنا اليوم العمل", "سيتوقف العمل في أيام السوق"]),
    "teasers_en": (TEASERS_EN, ["I came to Anna with a shop", "The Small Shop Handbook", "Anna Price has run three"],
                   ["Most small shops stock far too many products", "Start with the products"]),
    "teasers_nl": (TEASERS_NL, ["Ik kwam bij Anna met een winkel", "Het Handboek voor de Kleine Winkel"],
                   ["De meeste kleine winkels", "Begin met de producten"]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_text_above_a_posts_own_head_is_not_the_story(case):
    page, gone, kept = CASES[case]
    text = normalise_text(page).text
    for line in gone:
        assert line not in text
    for line in kept:
        assert line in text


STORY_WITH_DATED_SECTION = """Council approves new bridge
By Laura Chen
12 March 2025
The city council voted on Tuesday to build a new footbridge over the river, ending a debate that has run for more than ten years.
The bridge will link the station to the old market square and is expected to cost 14 million euros, most of it paid by the regional government.
Opponents said the money would be better spent on the bus network, and two council members voted against the plan.
Work starts next spring
Updated 13 March 2025
The first piles will be driven next spring, and the bridge should open to walkers and cyclists in the summer of 2027.
The council will publish the final design next month and invite comments from residents before the contract is signed.
"""


def test_story_opening_above_a_dated_subheading_stays():
    """Guard: a news story's opening paragraphs above a subheading with an update stamp are the story (the headline
    and its byline stand at the top)."""
    art = normalise_text(STORY_WITH_DATED_SECTION)
    assert "The city council voted on Tuesday" in art.text
    assert "Opponents said the money" in art.text


#: a news story under its own headline: two paragraphs of its lead, then a later section with a head of its own (a
#: dated subheading, or an "Analysis" block with its byline), then more of the story
LEAD_EN = ["Ferry fares to the islands will rise by a tenth in April, the transport authority said on Thursday, the "
           "third increase in two years for people who depend on the boats to reach work and school.",
           "The authority blamed the cost of fuel and of a new engine for the older of its two ferries, which was "
           "out of service for most of the winter and left passengers waiting on the quay for hours."]
REST_EN = ["Island councillors said they would ask the regional government to cover part of the increase for "
           "residents, as it already does for pupils who cross every day to the secondary school in town.",
           "A season ticket for a commuter will cost about 60 euros more a year, according to the authority's own "
           "figures, and a car crossing will go up by four euros each way.",
           "The authority will hold a public meeting on the larger island next month to explain the new fares and "
           "answer questions about the timetable for the summer."]
LEAD_NL = ["De veerdiensten naar de eilanden worden in april een tiende duurder, heeft de vervoersautoriteit donderdag "
           "bekendgemaakt, de derde verhoging in twee jaar voor wie de boot nodig heeft voor werk en school.",
           "De autoriteit wijst op de brandstofprijzen en op een nieuwe motor voor de oudste van haar twee veerboten, "
           "die het grootste deel van de winter stillag waardoor reizigers urenlang op de kade wachtten."]
REST_NL = ["Eilandbestuurders willen de provincie vragen een deel van de verhoging voor bewoners te betalen, zoals ze "
           "dat al doet voor scholieren die elke dag naar de middelbare school in de stad varen.",
           "Een jaarkaart voor een forens wordt volgens de eigen cijfers van de autoriteit ongeveer 60 euro per jaar "
           "duurder, en een overtocht met de auto gaat vier euro per keer omhoog.",
           "De autoriteit houdt volgende maand een bijeenkomst op het grootste eiland om de nieuwe tarieven toe te "
           "lichten en vragen over de zomerdienstregeling te beantwoorden."]
STORY_SECTIONS = {
    "dated_en": ("Island ferry fares to rise by ten percent", LEAD_EN, ["Thursday, 6 March 2025",
                                                                      "Councillors want help for residents"], REST_EN),
    "analysis_en": ("Island ferry fares to rise by ten percent", LEAD_EN,
                    ["Analysis: who pays for the island boats", "By Sara Lind, transport correspondent"], REST_EN),
    "dated_nl": ("Veerdienst naar de eilanden tien procent duurder", LEAD_NL,
                 ["donderdag 6 maart 2025", "Eilanden willen hulp voor bewoners"], REST_NL),
}


@pytest.mark.parametrize("case", sorted(STORY_SECTIONS))
def test_a_storys_lead_under_its_headline_stays_above_a_later_head(case):
    """Two paragraphs of a story's lead under the page's headline, then a dated subheading or an "Analysis" block with
    its own byline: the lead is the story, not a site's tagline (before the fix both paragraphs were set aside as
    "above the post's head"). A site's name carries a tagline of one paragraph, as in the cases above."""
    headline, lead, head, rest = STORY_SECTIONS[case]
    art = normalise_text("\n\n".join([headline] + lead + head + rest))
    for line in lead + rest:
        assert line in art.text


def test_a_reported_sentence_above_a_headline_and_byline_is_no_tagline():
    # the first line quotes someone ("zei"/"said"): a story's sentence, however the page goes on under it
    for opening, headline, byline, body in (
        ("Het was een lange dag, zei burgemeester Anne Visser na afloop van het overleg met de boeren.",
         "Provincie belooft boeren extra tijd voor stikstofplan", "Door Pieter Bakker",
         ["De provincie Gelderland geeft boeren een jaar langer de tijd om hun bedrijfsplannen in te dienen, "
          "maakte gedeputeerde Jan Mol dinsdag bekend.",
          "Volgens de provincie hebben veel boeren nog geen adviseur kunnen vinden. Het uitstel geldt voor alle "
          "bedrijven in de buurt van beschermde natuur."]),
        ("It was a long day, said mayor Anne Vickers after the talks with the farmers' union ended.",
         "County gives farmers another year for nitrogen plans", "By Peter Baker",
         ["The county will give farmers an extra year to hand in their business plans, councillor John Moll "
          "announced on Tuesday.",
          "According to the county, many farmers have not yet been able to find an adviser. The delay applies to "
          "every farm near protected nature."]),
    ):
        article = normalise_text("\n\n".join([opening, headline, byline, *body]))
        assert opening in article.text
