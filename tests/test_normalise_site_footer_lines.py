"""Tester 13's findings F1 and F2 (stop 28): a site's own lines under the story stayed in the body and became Key
Takeaways.

F1: a newsroom's or a fact-checker's self-description ("X is an independent fact-checking charity.") and its charity
registration, an "is not investment advice" disclaimer without a "Disclaimer:" label, a "Have you got a story? Email …"
tip line. F2: a podcast page's tail: the subscribe call with its "Rate and review us!", the "More episodes" heading over
other episodes' titles, the "Sponsored by … Terms apply." line. Each has its nl and ar form (phrases/{en,nl,ar}.yaml).
Every page here is written for the tests; guards keep story sentences that look alike (a charity a story describes, a
bill "sponsored by" a senator, a regulator's "is not investment advice, … said")."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.phrases import categories_of
from tests.scaling import assert_grows_linearly, run_phrase_patterns

EN_STORY = [
    "Bus fares rise by 12 per cent from Monday",
    "By Helen Corrigan",
    "3 March 2026",
    "Bus fares across the county will rise by an average of 12 per cent from Monday, the transport authority said.",
    "A single adult ticket in the city will go up from £2.50 to £2.80, while a weekly pass will cost £19.",
    "The authority said rising fuel and wage costs had left it with a £6m gap in its budget this year.",
    "Passenger groups warned the rise would hit shift workers and students hardest.",
]
NL_STORY = [
    "Busritje wordt vanaf maandag 12 procent duurder",
    "Door Marieke Jonker",
    "3 maart 2026",
    "Reizen met de bus wordt vanaf maandag gemiddeld 12 procent duurder, meldt de vervoerregio.",
    "Een enkeltje in de stad kost dan 2,80 euro in plaats van 2,50 euro. Een weekabonnement gaat 19 euro kosten.",
    "Volgens de vervoerregio zijn de hogere brandstofprijzen en lonen de oorzaak van een gat van 6 miljoen euro.",
    "Reizigersorganisaties waarschuwen dat vooral scholieren en ploegendienstwerkers de klos zijn.",
]
AR_STORY = [
    "رفع أسعار تذاكر الحافلات بنسبة 12 في المئة اعتبارا من الاثنين",
    "كتب: سامي الحداد",
    "3 مارس 2026",
    "قالت هيئة النقل إن أسعار تذاكر الحافلات في المحافظة سترتفع بنسبة 12 في المئة في المتوسط اعتبارا من يوم الاثنين المقبل.",
    "وسيرتفع سعر التذكرة الفردية داخل المدينة من 2.5 إلى 2.8 دينار، فيما سيبلغ سعر الاشتراك الأسبوعي 19 دينارا.",
    "وأوضحت الهيئة أن ارتفاع أسعار الوقود والأجور ترك عجزا قدره ستة ملايين دينار في ميزانيتها لهذا العام.",
    "وحذرت جمعيات الركاب من أن الزيادة ستضر بالطلاب والعمال الذين يعملون بنظام المناوبات أكثر من غيرهم.",
]
STORY = {"en": EN_STORY, "nl": NL_STORY, "ar": AR_STORY}

# F1: the site's own lines under a story, one tail per case
FOOTERS = [
    ("en", ["This article is for information only and is not investment advice. Prices may be delayed by 15 minutes."]),
    ("en", ["Got a story? Email newsdesk@harbourpost.example or call 01632 960123."]),
    ("en", ["Harbour Check is an independent, non-profit fact-checking organisation. Registered charity number 1190022."]),
    ("en", ["We are an independent, non-profit newsroom funded by our readers."]),
    ("nl", ["Dit artikel is uitsluitend bedoeld als informatie en is geen beleggingsadvies. Koersen zijn vertraagd."]),
    ("nl", ["Heb je nieuws of een verhaal? Mail naar redactie@stadsbode.example of bel de redactie."]),
    ("nl", ["Feitenwacht is een onafhankelijke, non-profit factcheckorganisatie. Stichting Feitenwacht, RSIN 857123456."]),
    ("ar", ["هذا المقال ليس نصيحة استثمارية والأسعار متأخرة."]),
    ("ar", ["هل لديك قصة أو خبر؟ راسلنا على newsdesk@alrased.example أو اتصل بغرفة الأخبار."]),
    ("ar", ["مرصد الحقيقة منصة مستقلة غير ربحية لتدقيق الحقائق. جمعية مسجلة برقم 44521."]),
]

# F2: a podcast page's tail under the show notes
PODCAST_TAILS = [
    ("en", ["Subscribe to The Weekly Ledger wherever you get your podcasts. Please rate and review the show!",
            "More episodes", "Episode 88: Why rents keep rising", "Episode 87: The school bus crisis",
            "This episode is sponsored by Marlow Home Insurance. T&Cs apply."]),
    ("nl", ["Abonneer je op De Weekbrief in je favoriete podcastapp. Geef ons een review!",
            "Meer afleveringen", "Aflevering 88: Waarom de huren blijven stijgen", "Aflevering 87: De schoolbus",
            "Deze aflevering wordt gesponsord door Marlow Verzekeringen. Voorwaarden van toepassing."]),
    ("ar", ["اشترك في بودكاست الأسبوع عبر تطبيقك المفضل للبودكاست. قيّمنا واترك تعليقا!",
            "الحلقات السابقة", "الحلقة 88: لماذا تستمر الإيجارات في الارتفاع", "الحلقة 87: أزمة الحافلات المدرسية",
            "هذه الحلقة برعاية شركة مارلو للتأمين. تطبق الشروط والأحكام."]),
]


def _page(lang: str, tail: list[str]) -> str:
    return "\n\n".join(STORY[lang] + tail)


@pytest.mark.parametrize("lang,tail", FOOTERS + PODCAST_TAILS, ids=lambda x: x if isinstance(x, str) else x[0][:30])
@pytest.mark.parametrize("model", [None, False], ids=["model", "rules"])
def test_the_site_lines_leave_the_body(lang, tail, model):
    article = normalise_text(_page(lang, tail), model=model)
    for line in tail:
        assert line not in article.paragraphs, (line, article.paragraphs)
    # the story itself stays whole
    assert article.paragraphs[-4:] == STORY[lang][3:], article.paragraphs


SITE_LINES = [
    "FactLine is an independent fact-checking charity.",
    "Registered charity no. 1187340",
    "Nothing in this article is investment advice.",
    "This content does not constitute financial advice.",
    "Have you got a story? Email news@example.org or call our newsdesk.",
    "Please rate and review the show!",
    "Sponsored by Kelso Travel Insurance. Terms apply.",
    "More episodes",
    "Wij zijn een onafhankelijke, non-profit nieuwsredactie.",
    "Deze informatie vormt geen financieel advies.",
    "Abonneer je op De Weekbrief waar je ook naar podcasts luistert.",
    "Gesponsord door Kelso Reisverzekering.",
    "Meer afleveringen",
    "نحن مؤسسة صحفية مستقلة غير ربحية.",
    "لا تمثل هذه المعلومات توصية بالشراء أو البيع.",
    "قيّمونا واتركوا تعليقا!",
    "جمعية خيرية مسجلة برقم ٤٤٥٢١",
]


@pytest.mark.parametrize("line", SITE_LINES)
def test_each_site_line_is_furniture_on_its_own(line):
    assert categories_of(line, len(line.split())), line


STORY_LINES = [
    # a charity or a newsroom a story describes, and what it did
    "Shelter is an independent housing charity.",
    "Shelter is an independent housing charity. It said 300,000 people were homeless last year.",
    "ProPublica, a non-profit newsroom, reported that the agency had ignored the warnings.",
    "The Bureau is a non-profit news organisation that has published dozens of investigations, and it said on Monday "
    "that its reporters had been threatened.",
    # advice as the story's topic, and a regulator's words
    "The report found that few people sought financial advice before buying a pension.",
    "The analysis is not investment advice, the regulator said in a statement on Monday.",
    # a sponsor in politics, a review the story asks for, a witness appeal
    "Sponsored by the mayor, the bill passed by 40 votes to 12.",
    "The bill was sponsored by Senator Jane Doe and backed by both parties.",
    "Review the plans at the town hall before Friday.",
    "Have you got a story about the flooding? Police want to hear from witnesses who saw the car.",
    "Shelter is een onafhankelijke woningorganisatie die huurders helpt.",
    "Het bedrijf vormt geen bedreiging voor de concurrentie, aldus de toezichthouder.",
    "Het wetsvoorstel werd gesponsord door twee Kamerleden, die het donderdag verdedigden.",
    "برعاية وزير الثقافة افتتح المعرض الدولي للكتاب أمس",
    "وأكد المرصد، وهو منظمة مستقلة غير ربحية، أن عدد القتلى ارتفع.",
    "المرصد السوري لحقوق الإنسان منظمة غير حكومية مقرها لندن.",
    "قال الوزير إن هذا القرار ليس نصيحة استثمارية بل تحذير.",
]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentences_that_look_alike_stay(line):
    assert categories_of(line, len(line.split())) == [], line


def test_a_story_ending_on_a_charity_it_describes_keeps_it():
    # guard: the charity's own sentence in a story, with what it did, is the story's
    tail = ["The figures were gathered by Shelter, which said 300,000 people were homeless last year."]
    article = normalise_text(_page("en", tail))
    assert tail[0] in article.paragraphs


def test_the_new_patterns_are_linear_in_the_line():
    # near-matches of the new rules at the longest line the phrase lists see: timings grow ~4x for 4x
    shapes = [lambda n: "FactLine is an independent " + "news " * n + "x?",
              lambda n: "This article is " + "not " * n + "advice?",
              lambda n: "Sponsored by " + "Kelso " * n + ", x",
              lambda n: "Subscribe to " + "podcasts " * n + "! Rate x?",
              lambda n: "Feitenwacht is een onafhankelijke " + "nieuws " * n + "?",
              lambda n: "مرصد الحقيقة منصة " + "مستقلة " * n + "؟"]
    for make in shapes:
        assert_grows_linearly(run_phrase_patterns, make, 20, 80)

