"""Takeaways are sentences of the story that stand alone: no live blog entry heading, no sentence that opens on a
connective leaning on the sentence before (tester 27).

* A live blog's entry heading ("14:32 Minister arrives", "15:05 – Markets react calmly" where the normaliser joined a
  lone time to the bold title under it) lost its stamp as a bullet does and became "Opposition warns of cuts." once
  five bullets or the most were asked for: `structure.entry_headings` holds back a stamped one-sentence paragraph
  whose rest is short and unended, over the entry's own prose (a translated Dutch "14.32 uur –", Arabic-Indic digits
  "١٤:٣٢" too).
* "Then she announced …", "Later she told MPs …", "He also said …" (nl "Daarna …", "Dat betekent …", ar "ثم …") were
  chosen without the sentence before them: `context.leaning_openers` (phrases in summarise/connectives.yaml).
Guards: a live blog whose entries are stamped sentences keeps them; a one-line stamped entry over the next entry is
the entry itself; "Later this year …", "The minister also said …", "Then-President …" stay candidates; the article's
first sentence leans on nothing. Hand-written pages, no eval data.
"""

from __future__ import annotations

import time

import pytest

from summarise.context import leaning_opener, leaning_openers, leaning_pattern
from summarise.extractive import ExtractiveSummariser
from summarise.structure import entry_headings
from tests.fixtures_summarise import summary_input

HEADS = ["Lorry drivers stage go-slow on the M6", "Police close two junctions", "Convoy reaches Birmingham",
         "Transport secretary responds"]

PORT_BLOG = [  # newest first: a stamped heading over each entry's prose
    "16:40 – Transport secretary responds",
    "The transport secretary said she would meet hauliers' representatives on Monday to discuss fuel costs.",
    "She said the government had no plans to cut fuel duty again this year.",
    "15:10 – Convoy reaches Birmingham",
    "About 80 lorries reached the outskirts of Birmingham by mid-afternoon, driving at 30mph in the inside lane.",
    "13:25 – Police close two junctions",
    "Police closed junctions 10 and 11 of the M6 for two hours while the convoy passed through the area.",
    "Drivers were told to expect delays of up to an hour on the roads around Wolverhampton.",
    "11:05 – Lorry drivers stage go-slow on the M6",
    "Lorry drivers protesting against fuel prices began a go-slow on the M6 north of Stoke this morning.",
]


@pytest.mark.parametrize("n", [5, 8, None])
def test_entry_headings_are_no_takeaway(n):
    doc = summary_input(PORT_BLOG, "Fuel protest live: lorry convoy slows M6 traffic")
    texts = [b.text for b in ExtractiveSummariser().summarise(doc, n=n).takeaways]
    assert texts
    for text in texts:
        assert not any(text.rstrip(".").endswith(head) for head in HEADS), texts


@pytest.mark.parametrize("head", [
    "14:32 Minister arrives",  # a colon time before a capital: a stamp
    "14.32 uur – Minister arrives",  # a Dutch stamp the engine kept
    "14.32 hours – Minister arrives",  # ... or translated
    "2:32 p.m. ET: Minister arrives",
    "١٤:٣٢ – Minister arrives",  # Arabic-Indic digits a translation kept
    "١٤:٣٢ – وصول الوزير إلى البرلمان",  # an Arabic heading, read under a forced language
])
def test_entry_heading_in_every_stamp_form(head):
    body = "The minister arrived shortly after half past two and was greeted by a crowd of protesters."
    paragraphs = [head, body, "13:50 – The session opened with a statement on the flooding in the north of the "
                  "country.", "13:15 – Ministers met earlier in the morning to agree the government's position."]
    assert entry_headings(summary_input(paragraphs).sentences, summary_input(paragraphs).paragraphs) == {0}


def test_guard_stamped_sentences_and_one_line_entries_are_no_headings():
    paragraphs = [
        "14:45 – The Institute for Fiscal Studies said the plans leave a £20 billion gap.",  # a stamped sentence
        "14:20 – Pound rises after the statement",  # a one-line entry over the next entry: the entry itself
        "13:50 – The Chancellor said the personal allowance will rise to £13,000 from next April.",
        "13:10 – The Chancellor announced that fuel duty will be frozen for another year.",
    ]
    doc = summary_input(paragraphs)
    assert entry_headings(doc.sentences, doc.paragraphs) == set()


def test_guard_a_story_with_a_time_in_it_has_no_entry_headings():
    paragraphs = ["14:32 Minister arrives", "The minister arrived shortly after half past two and was greeted by "
                  "a crowd of protesters outside."]  # one stamp is no live blog
    doc = summary_input(paragraphs)
    assert entry_headings(doc.sentences, doc.paragraphs) == set()


DUTCH_BLOG = {  # nl source -> the engine's English; the engine kept "uur" in the stamps
    "16.40 uur – Minister reageert": "16.40 uur – Minister responds",
    "De minister zei dat ze maandag met vertegenwoordigers van de vervoerders om de tafel gaat over de brandstofprijzen.":
        "The minister said she will sit down with hauliers' representatives on Monday to discuss fuel prices.",
    "15.10 uur – Konvooi bereikt Utrecht": "15.10 uur – Convoy reaches Utrecht",
    "Rond half vier bereikten ongeveer tachtig vrachtwagens de rand van Utrecht, met dertig kilometer per uur.":
        "Around half past three about eighty lorries reached the edge of Utrecht, at thirty kilometres per hour.",
    "13.25 uur – Politie sluit twee afritten": "13.25 uur – Police close two exits",
    "De politie sloot twee uur lang de afritten 10 en 11 van de A2 terwijl het konvooi passeerde.":
        "The police closed exits 10 and 11 of the A2 for two hours while the convoy passed.",
    "11.05 uur – Vrachtwagenchauffeurs beginnen actie": "11.05 uur – Lorry drivers begin protest",
    "Vrachtwagenchauffeurs die protesteren tegen de brandstofprijzen begonnen vanochtend een slakkenactie op de A2.":
        "Lorry drivers protesting against fuel prices began a go-slow on the A2 this morning.",
}

ARABIC_BLOG = {  # ar source -> the engine's English (Arabic-Indic digits kept in one stamp)
    "16:40 – الوزير يرد": "16:40 – The minister responds",
    "قال وزير النقل إنه سيلتقي ممثلي شركات الشحن يوم الاثنين لبحث أسعار الوقود المرتفعة.":
        "The transport minister said he will meet representatives of shipping companies on Monday to discuss high "
        "fuel prices.",
    "١٥:١٠ – القافلة تصل إلى العاصمة": "١٥:١٠ – The convoy reaches the capital",
    "وصلت نحو ثمانين شاحنة إلى مشارف العاصمة بعد الظهر وهي تسير بسرعة ثلاثين كيلومتراً في الساعة.":
        "About eighty lorries reached the outskirts of the capital in the afternoon, driving at thirty kilometres "
        "per hour.",
    "13:25 – الشرطة تغلق مخرجين": "13:25 – Police close two exits",
    "أغلقت الشرطة المخرجين العاشر والحادي عشر على الطريق السريع لمدة ساعتين أثناء مرور القافلة.":
        "Police closed the tenth and eleventh exits on the motorway for two hours as the convoy passed.",
    "11:05 – سائقو الشاحنات يبدؤون احتجاجهم": "11:05 – Lorry drivers begin their protest",
    "بدأ سائقو الشاحنات المحتجون على أسعار الوقود صباح اليوم سيراً بطيئاً على الطريق السريع.":
        "Lorry drivers protesting against fuel prices began a slow drive on the motorway this morning.",
}


@pytest.mark.parametrize("lang, blog", [("nl", DUTCH_BLOG), ("ar", ARABIC_BLOG)])
def test_translated_live_blog_headings_are_no_takeaway(tmp_path, monkeypatch, lang, blog):
    from newsbrief.pipeline import Pipeline, RunOptions
    from tests import cli_fakes

    cli_fakes.fake_environment(tmp_path, monkeypatch)
    cli_fakes.register_dictionary_engine("dict-fake", blog)
    text = "\n\n".join(blog) + "\n"
    article = Pipeline(RunOptions(command="summarise", engine="dict-fake", lang=lang, bullets=8)).process(
        f"{lang}.txt", text.encode())
    assert article.error is None, article.error
    texts = [b.text for b in article.takeaways]
    heads = [v.split("– ", 1)[1] for k, v in blog.items() if "– " in v]
    assert texts and not any(t.rstrip(".") in heads for t in texts), texts


# --- connectives --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Then she announced that the personal allowance would rise to £13,000.",
    "Later she told MPs the economy would grow by 1.5% this year.",
    "Afterwards, the council voted to close the library.",
    "He also said the freeze would help rural drivers most.",
    "She has also said that the plan will be reviewed.",
    "As a result, 2,000 jobs will go by the end of the year.",
    "Despite this, the council went ahead with the closure.",
    "14:20 – Then the minister left the chamber without answering questions.",  # past a live blog's stamp
    "Daarna kondigde ze aan dat de belastingvrije som omhooggaat.",
    "Dat betekent dat de huren volgend jaar met vijf procent stijgen.",
    "Hij zei ook dat de maatregel vooral boeren helpt.",
    "Vervolgens stemde de gemeenteraad voor sluiting van de bibliotheek.",
    "ثم أعلنت الوزيرة أن الإعفاء الضريبي سيرتفع العام المقبل.",
    "وبعد ذلك صوت المجلس على إغلاق المكتبة.",
    "لذلك ستفقد الشركة ألفي وظيفة بحلول نهاية العام.",
])
def test_leaning_openers(sentence):
    assert leaning_opener(sentence)


@pytest.mark.parametrize("sentence", [
    "Later that year the council voted to close the library.",
    "Later that day the police arrived.",
])
def test_later_that_leans_whatever_the_time_word(sentence):
    """Review #5: "later that year" stood alone while "Later that day" leaned; "that" points back either way."""
    assert leaning_opener(sentence)


@pytest.mark.parametrize("sentence", [
    "Later this year the council will vote on the plan.",
    "Later on Monday, the minister resigned.",
    "The minister also said the freeze would help rural drivers.",
    "Then-President Barack Obama signed the bill in 2010.",
    "Thus far, no one has claimed responsibility for the attack.",
    "Andrew Smith, the council leader, said the vote was close.",
    "Butter prices rose by 8% in the year to March.",
    "After this week's vote, the minister resigned.",  # an opener that heads its own noun
    "As a result of the strike, 300 flights were cancelled.",
    "In response to the attack, police closed the square.",
    "Besides the minister, three MPs attended the meeting.",
    "Later dit jaar stemt de gemeenteraad over het plan.",
    "De minister zei ook dat de maatregel boeren helpt.",
    "Dit jaar stijgen de huren met vijf procent.",
    "أعلنت الوزيرة أن الإعفاء الضريبي سيرتفع العام المقبل.",
    "ثمانية أشخاص أصيبوا في الحادث.",  # a word that opens on the letters of "ثم"
])
def test_guard_sentences_that_stand_alone(sentence):
    assert not leaning_opener(sentence)


STORY = [
    "The Chancellor froze fuel duty for another year on Wednesday, a move that will cost the Treasury £3 billion.",
    "Then she announced that the income tax personal allowance would rise to £13,000 from next April.",
    "Later she told MPs that the economy would grow by 1.5% this year, slightly faster than forecast.",
    "He also said the freeze would help hauliers and rural drivers most.",
    "Opposition leaders said the budget would hit working families and public services hardest.",
    "The Office for Budget Responsibility said borrowing would fall to £87 billion next year.",
    "Later this year the government will publish a review of business rates for small shops.",
]


@pytest.mark.parametrize("n", [3, 5, None])
def test_leaning_sentences_are_no_takeaway(n):
    doc = summary_input(STORY, "Chancellor freezes fuel duty")
    texts = [b.text for b in ExtractiveSummariser().summarise(doc, n=n).takeaways]
    assert texts
    assert not any(t.startswith(("Then ", "Later she", "He also", "He said")) for t in texts), texts


def test_guard_the_first_sentence_leans_on_nothing():
    sentences = ["Then came the flood: 300 homes in Northgate were under water by Friday morning.", *STORY[1:]]
    assert leaning_openers(sentences) == {1, 2, 3}


def test_a_sentence_naming_its_own_time_takes_their_place():
    doc = summary_input(STORY, "Chancellor freezes fuel duty")
    texts = [b.text for b in ExtractiveSummariser().summarise(doc, n=5).takeaways]
    assert any(t.startswith("Later this year") for t in texts), texts


def test_leaning_opener_is_linear():
    def took(k: int) -> float:
        sentence = "He " + "said " * k + "also."
        start = time.process_time()
        for _ in range(20):
            leaning_opener(sentence)
        return time.process_time() - start
    took(1000)
    assert took(40000) < 40 * took(1000) * 4 + 0.05


def test_an_empty_stand_alone_list_leaves_the_openers_working():
    """Review #6: with every stand_alone list empty the lookahead was "(?!(?:))", which fails everywhere, and no
    sentence leant; an empty list (of any kind) now adds no branch."""
    pattern = leaning_pattern({"en": {"openers": ["then"], "stand_alone": [], "pronouns": ["he"], "adverbs": ["also"]}})
    assert pattern.match("Then she announced a review.")
    assert pattern.match("He also said the plan would go ahead.")
    assert not pattern.match("The minister said the plan would go ahead.")  # guard
    only_pronouns = leaning_pattern({"en": {"openers": [], "pronouns": ["he"], "adverbs": ["also"]}})
    assert only_pronouns.match("He also said so.") and not only_pronouns.match("Then she left.")
    assert not leaning_pattern({"en": {}}).match("Then she left.")
