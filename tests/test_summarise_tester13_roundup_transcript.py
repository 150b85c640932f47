"""tester 13's findings F9 and F10 (stop 28). Every page here is written for the tests; each case fails on the code
before the fix unless it is marked as a guard.

* F9: a round-up of separate briefs under headings in capitals ("STOLEN TRACTOR FOUND IN HEDGE") was read as one
  story: every takeaway came from its first two items, one of them the police's "call 101" appeal. Heads in capitals
  of three words or more (a road's number allowed: "SPEED CHECKS ON A614") now head sections, so each item gives a
  takeaway (summarise/sections.py); a contact appeal is never one (summarise/appeals.py, en/nl/ar words).
* F10: a transcript's takeaways lost their speaker ("You can't run a ferry without engineers." read as a fact); they
  now name him (structure.attributed); the show's notes about its episode ("Clara asks Omar what …") are no
  takeaway (structure.show_notes); the host line ("Hosted by …", "Gepresenteerd door …", "تقديم: …") is the byline.
The summariser reads the English text (a Dutch or Arabic page's translation), so its pages here are English: one
written in English, one as a Dutch page reads once translated.
"""

from __future__ import annotations

import time

import pytest

from newsbrief.normalise import normalise_text
from summarise.appeals import appeals, is_appeal
from summarise.sections import sections
from summarise.structure import show_notes, transcript_turns, turn_speakers
from tests.summary_docs import doc_of, takeaways

ROUNDUP_EN = [
    "FIRE AT DISUSED MILL ON RIVER LANE",
    ["Firefighters spent six hours tackling a fire at the disused Carrow Mill on River Lane on Monday night.",
     "Nobody was hurt, but the roof of the building collapsed.",
     "Anyone with information should call 101 quoting incident 2210."],
    "WOMAN JAILED FOR BENEFIT FRAUD",
    ["A 52-year-old woman from Hexley has been jailed for 18 months after claiming £41,000 in benefits she was not "
     "entitled to.", "She had not declared her partner's income for six years, the court heard."],
    "WARNING OVER DOORSTEP ROOFERS",
    ["Trading standards officers have warned older residents about men offering cheap roof repairs at the door.",
     "Two households in Marston paid more than £3,000 for work that was never done."],
    "ROAD CHECKS ON THE B1040",
    ["Officers stopped 96 lorries on the B1040 near Whittlesey on Thursday.",
     "Eleven drivers were fined for breaking their hours rules and two lorries were taken off the road."],
]

#: a Dutch police round-up as it reads once translated
ROUNDUP_FROM_NL = [
    "BURGLARY AT JEWELLER IN CITY CENTRE",
    ["A jeweller on the Hoogstraat was burgled in the night from Thursday to Friday.",
     "The burglars smashed the shop window at around 3.30am and made off with watches."],
    "DRUNK DRIVER ARRESTED ON THE A28",
    ["Officers arrested a 44-year-old man on the A28 on Friday evening after he was seen weaving across the road.",
     "He blew almost four times the limit and his licence was taken."],
    "STOLEN BICYCLES RETURNED TO OWNERS",
    ["Police returned fourteen stolen electric bicycles to their owners this week.",
     "The bicycles were found last month in a shed on the edge of the town."],
    "YOUNG PEOPLE FINED FOR FIREWORKS",
    ["Officers fined seven young people on Saturday for setting off heavy fireworks in the Parkwijk district.",
     "They also seized two bags of illegal fireworks."],
    "Tip off the police via 0900-8844 or anonymously via Report Crime Anonymously on 0800-7000.",
]


def _items_of(got: list[str], items: list[list[str]]) -> set[int]:
    return {k for k, item in enumerate(items) for t in got if any(t.rstrip(".") in s for s in item)}


@pytest.mark.parametrize("page, title", [
    (ROUNDUP_EN, "Police and courts round-up: mill fire, benefit fraud and doorstep roofers"),
    (ROUNDUP_FROM_NL, "Police reports: jeweller burgled, drunk driver on A28 and stolen bicycles back"),
])
def test_a_roundups_takeaways_come_from_its_items(page, title):
    got = takeaways(doc_of(page, title))
    items = [p for p in page if isinstance(p, list)]
    assert len(_items_of(got, items)) == len(items), got  # one takeaway per item, not two from each of the first
    assert not any(is_appeal(t) for t in got), got


def test_heads_in_capitals_section_a_roundup():
    doc = doc_of(ROUNDUP_EN, "Round-up")
    found = sections(doc.sentences, doc.paragraphs)
    assert found is not None and max(found) == 4


@pytest.mark.parametrize("sentence", [
    "Anyone with information should call 101 quoting incident 2210.",
    "Witnesses are asked to contact Westmoor Police.",
    "Call 999 if you see anyone acting suspiciously near the mill.",
    "Tip off the police via 0900-8844.",
    "Wie meer weet, kan bellen met 0900-8844.",
    "De politie vraagt getuigen zich te melden.",
    "ويرجى من لديه معلومات الاتصال بالشرطة على الرقم 999.",
    "Residents are asked to ring 0800 555 111.",
    "Anyone who saw the crash is asked to contact police.",
    "اتصلوا على الرقم 999 فورا.",
])
def test_contact_appeals(sentence):
    assert is_appeal(sentence)


@pytest.mark.parametrize("sentence", [
    "The driver called 999 and tried to help the boy.",
    "The council received 101 complaints about the smell last year.",
    "The operator says anyone booked on those dates can move to another sailing for free.",
    "Police carried out speed checks on the A614 at Eastfield on Wednesday.",
    "De chauffeur belde 112 en probeerde de jongen te helpen.",
    "The council will contact 120 families whose homes are at risk of flooding.",
    # the final read of stop 28: a number after a verb that is no imperative, a witness with no contact asked for
    "Patients who call 111 now wait an average of 40 minutes for a callback.",
    "Unions call for 999 operators to get a pay rise.",
    "The council will contact 12 000 households next week.",
    "The charity said anyone who saw the fireworks display praised it.",
])
def test_guard_a_story_sentence_is_no_appeal(sentence):
    assert not is_appeal(sentence)


def test_guard_short_labels_in_capitals_head_no_section():
    """Guard: "OTHER BLOGGERS" over a list of names, a name shouted in capitals: no round-up."""
    page = ["OTHER BLOGGERS", ["Mary Lane writes about gardens and the weather in the north of the county."],
            "JOHN SMITH", ["John Smith writes about local football and the county's cricket league."],
            "ANNA BROOKS", ["Anna Brooks writes about schools, the council and the planning committee."]]
    doc = doc_of(page, "Our bloggers")
    assert sections(doc.sentences, doc.paragraphs) is None


def test_guard_a_sectioned_story_in_sentence_case_keeps_its_sections():
    page = [["The council approved its budget on Tuesday after a long debate about housing and roads."],
            "Housing", ["It will spend £4m on 60 new council homes on the old depot site in Eastfield."],
            "Roads", ["Another £2m goes on resurfacing, with the A614 through Eastfield first in line."],
            "What happens next", ["The budget goes to a final vote of the full council on 3 March."]]
    doc = doc_of(page, "Council approves budget")
    assert sections(doc.sentences, doc.paragraphs) is not None


def test_appeals_are_linear():
    def cpu(n: int) -> float:
        text = "call " + "1 " * n + "word " * n
        start = time.process_time()
        appeals([text])
        return time.process_time() - start

    small, large = cpu(20_000), cpu(80_000)
    assert large <= 8 * max(small, 2e-3)


TRANSCRIPT = [
    ["Bus services across the region have been cut by a fifth because of a shortage of drivers.",
     "Priya asks Tom when the timetable will be back to normal."],
    ["PRIYA SHAH: Tom, how many journeys are being cancelled?"],
    ["TOM HALE: About one in five. The operator is thirty drivers short, and training a new one takes ten weeks.",
     "You can't run a bus network on overtime."],
    ["PRIYA SHAH: When will it be sorted?"],
    ["TOM HALE: Not before the summer. The operator says it will publish a reduced timetable on Monday so that "
     "passengers know which buses will run."],
    ["PRIYA SHAH: Tom Hale, thank you."],
]


def test_a_transcripts_takeaways_name_their_speaker():
    got = takeaways(doc_of(TRANSCRIPT, "Why your bus is not coming"))
    from_turns = [t for t in got if "operator" in t or "bus network" in t or "one in five" in t]
    assert from_turns, got
    assert all(t.startswith("Tom Hale: ") for t in from_turns), got


def test_a_shows_notes_about_its_episode_are_no_takeaway():
    doc = doc_of(TRANSCRIPT, "Why your bus is not coming")
    turns = transcript_turns(doc.sentences, doc.paragraphs)
    assert show_notes(doc.sentences, doc.paragraphs, turns) == {1}
    assert not any("asks Tom" in t for t in takeaways(doc))


def test_guard_a_story_quoting_one_speaker_is_no_transcript():
    """Guard: one "Name: …" quote in a story is no transcript turn: its bullets get no speaker put before them, and
    a sentence naming someone who asks is the story's."""
    page = [["The mayor asks residents to save water after the driest spring in forty years."],
            ["Reservoirs are at 61 per cent, against 80 per cent at this time last year."],
            ["Mayor Jane Doe: We will bring in a hosepipe ban if it does not rain by July."]]
    doc = doc_of(page, "Mayor asks residents to save water")
    assert show_notes(doc.sentences, doc.paragraphs, transcript_turns(doc.sentences, doc.paragraphs)) == set()
    got = takeaways(doc)
    assert not any(t.startswith("Jane Doe: ") for t in got), got


@pytest.mark.parametrize("page, language, host", [
    ("Morning Brief - Podcast\n\nEpisode 12: Why the ferry fares went up\n\nHosted by Clara Whitbeck with guest "
     "Omar Dunleavy, transport correspondent\nReleased 11 August 2026\n\nFerry fares rose by 9 per cent this month "
     "after the operator's fuel costs doubled, the company said on Monday.\n\nCLARA WHITBECK: Omar, why now?\n\n"
     "OMAR DUNLEAVY: Fuel. The new ships burn more of it than the old ones did.\n", "en", "Clara Whitbeck"),
    ("De Ochtendpodcast\n\nAflevering 88: Waarom de bussen stilstaan\n\nGepresenteerd door Eva Smit met gast Joris "
     "Kramer, verslaggever verkeer\nUitgezonden 4 maart 2026\n\nHet busvervoer in de regio ligt al een week "
     "grotendeels stil door een tekort aan chauffeurs, meldt de vervoerder.\n\nEVA SMIT: Joris, hoeveel ritten "
     "vallen er uit?\n\nJORIS KRAMER: Ongeveer een op de vijf.\n", "nl", "Eva Smit"),
    ("بودكاست الصباح\n\nالحلقة 41: لماذا تأخر افتتاح الميناء الجديد\n\nتقديم: ريم النجار مع الضيف سامر خليل، مراسل "
     "الشؤون الاقتصادية\nنشرت في 12 مايو 2026\n\nتأخر افتتاح الميناء الجديد ستة أشهر بسبب نقص في الرافعات، كما "
     "قالت الشركة المشغلة يوم الاثنين.\n\nريم النجار: سامر، متى يفتح الميناء الآن؟\n\nسامر خليل: في نوفمبر على "
     "الأرجح.\n", "ar", "ريم النجار"),
])
def test_a_podcasts_host_line_is_the_byline(page, language, host):
    assert normalise_text(page, language=language).byline == host


def test_guard_question_and_answer_labels_are_no_speaker():
    """Guard: an interview written "Question: …" / "Answer: …" names no speaker to put before a bullet."""
    page = ["Question: Why did prices rise?", "Answer: Because the refinery closed in September.",
            "Question: What comes next?", "Answer: Prices should ease by March, the suppliers say.",
            "Question: Thank you."]
    doc = doc_of(page, "Interview")
    assert turn_speakers(doc.sentences, doc.paragraphs, transcript_turns(doc.sentences, doc.paragraphs)) == {}


def test_guard_fact_box_labels_name_no_speaker():
    """Guard: an event's or a player's fact lines ("Where: …", "Batting: …") repeat their labels as turns do, but
    name no one: no bullet gets "Where: " put before it. A surname the story names again is a speaker."""
    box = ["When: Friday at 7pm, doors open at 6.30pm.", "Where: The Ochi Gallery on Main Street in Ketchum.",
           "When: Saturday from noon until 5pm.", "Where: For more information, go to the gallery's website."]
    doc = doc_of(box, "Gallery opening")
    assert turn_speakers(doc.sentences, doc.paragraphs, transcript_turns(doc.sentences, doc.paragraphs)) == {}
    talk = ["The film stars Mark Morton as a detective who hides behind a mask for most of the story.",
            "Ellis: Why the mask?", "Morton: He has been hiding behind it since the war.",
            "Ellis: And the ending?", "Morton: It is the first time he takes it off."]
    doc = doc_of(talk, "Morton on his mask")
    speakers = turn_speakers(doc.sentences, doc.paragraphs, transcript_turns(doc.sentences, doc.paragraphs))
    assert set(speakers.values()) == {"Morton"}
