"""Shapes from a second new user's pages (hand-written here, no eval data): an interview's questions became
takeaways ("Q: The novel has been called a thriller."), a reader comment did ("Mary_K wrote: Still no power …"), a
time zone was left in front of a bullet ("ET: The government has declared …") and a dateline without a comma stayed
("MOMBASA — In the coastal city …"); an article of long sentences got two bullets without saying why."""

from __future__ import annotations

from summarise.bullets import to_bullet
from summarise.extractive import ExtractiveSummariser
from summarise.structure import interview_questions, reader_comments, strip_label, strip_stamp
from tests.fixtures_summarise import summary_input


INTERVIEW = [
    ["Helen Marsh's fourth novel, The Salt Year, has been shortlisted for the Booker Prize.",
     "She spoke to us from her home in Aberdeen."],
    ["Q: Did you expect the shortlisting?"],
    ["A: Not at all.", "I didn't think the book would even be longlisted."],
    ["Q: The novel has been called a thriller.", "Is that fair?"],
    ["A: No.", "I never wanted to write a thriller.", "It is a book about grief that happens to have a crime in it."],
    ["Vraag: Waar werkt u nu aan, nu het boek is genomineerd?"],
    ["A: A collection of short stories set on the Orkney ferries.", "It will not come out before 2027."],
]


def test_interview_questions_are_no_takeaways():
    doc = summary_input(INTERVIEW, title="Helen Marsh on her Booker shortlisting")
    asked = interview_questions(doc.sentences, doc.paragraphs)
    assert {doc.sentences[i] for i in asked} == {
        "Q: Did you expect the shortlisting?", "Q: The novel has been called a thriller.", "Is that fair?",
        "Vraag: Waar werkt u nu aan, nu het boek is genomineerd?"}
    for n in (None, 5):
        texts = [b.text for b in ExtractiveSummariser().summarise(doc, n).takeaways]
        assert texts and not any(t.startswith(("Q:", "A:", "Vraag:")) or t.endswith("?") for t in texts), texts


def test_answer_label_is_stripped():
    assert strip_label("A: A collection of short stories set on the Orkney ferries.") == \
        "A collection of short stories set on the Orkney ferries."
    assert to_bullet("A: A collection of short stories set on the Orkney ferries.") == \
        "A collection of short stories set on the Orkney ferries."
    assert strip_label("A 10% rise in rents was recorded.") == "A 10% rise in rents was recorded."


BLOG = [
    ["More than 700,000 homes are still without power across Ireland, ESB Networks says."],
    ["Dublin Airport says 40 flights have been cancelled this evening, but flights resume tomorrow morning."],
    ["A man has died after a tree fell on his car in County Donegal, gardaí have confirmed."],
    ["Mary_K wrote: Still no power in Galway, this is a joke and the council has done nothing."],
    ["Met Éireann recorded a gust of 183 km/h at Mace Head, the highest ever recorded in Ireland."],
]


def test_reader_comment_is_no_candidate():
    doc = summary_input(BLOG, title="Storm Eowyn latest: power cuts")
    assert reader_comments(doc.sentences, doc.paragraphs) == {3}
    texts = [b.text for b in ExtractiveSummariser().summarise(doc, 5).takeaways]
    assert texts and not any("wrote" in t or "Galway" in t for t in texts), texts


def test_comment_thread_and_quoted_post():
    thread = summary_input([["Jan de Vries schreef: Wat een onzin, de gemeente doet niets aan de overlast."],
                   ["Piet schreef: Eindelijk wordt er iets gedaan aan de wateroverlast in de wijk."]])
    assert reader_comments(thread.sentences, thread.paragraphs) == {0, 1}
    # one plain name quoting a post is the story's own sentence
    story = summary_input([["Trump wrote: The election was a great victory for the whole country and its people."]])
    assert reader_comments(story.sentences, story.paragraphs) == set()
    letters = summary_input([["He wrote: The war had taken everything from the family and the farm."],
                    ["She wrote: The children were safe in the countryside with their grandparents."]])
    assert reader_comments(letters.sentences, letters.paragraphs) == set()


def test_time_zone_goes_with_its_stamp():
    assert strip_stamp("ET: The government has declared a national disaster in 12 counties.") == \
        "The government has declared a national disaster in 12 counties."
    assert strip_stamp("Updated 3:45 p.m. ET: The government has declared a disaster.") == \
        "The government has declared a disaster."
    assert strip_stamp("GMT - Police said two men had been arrested.") == "Police said two men had been arrested."
    # a word, not a zone; an update note without a stamp
    assert strip_stamp("ETA: the ship docks on Friday.") == "ETA: the ship docks on Friday."
    assert strip_stamp("Updated guidance was published on Friday.") == "Updated guidance was published on Friday."
    assert to_bullet("ET: The government has declared a national disaster in 12 counties.") == \
        "The government has declared a national disaster in 12 counties."


def test_upper_case_dateline_with_dash():
    assert to_bullet("MOMBASA — In the coastal city, more than 2,000 families have been moved to shelters.") == \
        "In the coastal city, more than 2,000 families have been moved to shelters."
    assert to_bullet("PORT-AU-PRINCE -- Police said two men had been arrested after the raid.") == \
        "Police said two men had been arrested after the raid."
    # a dash pair is an aside, and a lower-case word after the dash is no dateline
    aside = "NATO — The alliance's oldest member — said on Tuesday it would send more troops to the border."
    assert to_bullet(aside).startswith("NATO")
    assert to_bullet("UNICEF — which runs the camps — said 40 children had been treated.").startswith("UNICEF")


LONG = [  # an article whose main sentences are all over the 35-word cap, with two short ones at the end
    ["A large clinical trial of the experimental Alzheimer's drug lorexumab, which had been hailed by its maker Calder "
     "Therapeutics as a possible breakthrough for patients in the earliest stages of the disease, found no evidence "
     "that it slowed memory decline over 18 months compared with a placebo, researchers reported in Madrid."],
    ["The trial, which enrolled 1,840 patients at 212 hospitals in 14 countries and was funded almost entirely by the "
     "company, also found that one in eight patients on the drug developed brain swelling, although most cases "
     "resolved without treatment and none were fatal, according to the lead investigator at the University of Oslo."],
    ["Calder Therapeutics said in a statement that it remained confident in the drug and would not abandon the "
     "programme, but that it would pause plans to seek approval from the US Food and Drug Administration until it "
     "had analysed the full data from every one of the hospitals and countries involved in the study."],
    ["Independent experts said the results were disappointing but not surprising, given two earlier failures."],
    ["Shares in Calder fell 41 percent in early trading in New York."],
]


def test_long_bullet_warning_says_what_is_true():
    doc = summary_input(LONG, title="Drug trial shows no benefit for early Alzheimer's patients")
    summary = ExtractiveSummariser().summarise(doc, 5)
    over = [k for k, b in enumerate(summary.takeaways, 1) if len(b.text.split()) > 35]
    assert over and min(over) > 1  # shorter takeaways came first
    text = " ".join(summary.warnings)
    assert "the article has no shorter candidate" not in text
    before = [str(k) for k in range(1, over[0])]
    named = before[0] if len(before) == 1 else ", ".join(before[:-1]) + " and " + before[-1]
    assert f"no shorter candidate sentence was left after takeaways {named}" in text and "(over 35)" in text
    assert f"takeaways {over[0]}" in text


def test_fewer_than_three_takeaways_say_why():
    # the lead's relative clause may go (summarise.inner "relative"), so it leaves out the lead: the rest is long
    doc = summary_input(LONG[1:], title="Drug trial shows no benefit for early Alzheimer's patients")
    summary = ExtractiveSummariser().summarise(doc, None)
    assert len(summary.takeaways) < 3
    assert any(w.startswith(f"only {len(summary.takeaways)} takeaways") and "over the 35-word cap" in w
               for w in summary.warnings), summary.warnings
    # an article of short sentences gets its three and no such warning
    short = summary_input(BLOG, title="Storm Eowyn latest: power cuts")
    summary = ExtractiveSummariser().summarise(short, None)
    assert len(summary.takeaways) >= 3 and not any(w.startswith("only") for w in summary.warnings)


def test_a_reported_question_is_a_statement():
    doc = summary_input([["Lizzi Crawford tipped the scales at 20 stone when she overheard a boy ask: 'Has she got a baby?'"],
                ['"Is that fair?"'], ["Is this the best way for them to raise money?"]])
    assert interview_questions(doc.sentences, doc.paragraphs) == {1, 2}


def test_a_subheading_is_no_takeaway():
    # seen on seed 003 in a terminal: its subheading "Second visit of an Israeli minister" was the fourth takeaway
    story = [["Israel and Morocco signed a security cooperation agreement in Rabat on Wednesday, officials said."],
             ["The agreement covers intelligence sharing, training and arms purchases, the ministry said."],
             ["Second visit of an Israeli minister"],
             ["Gantz is the second Israeli minister to visit Morocco since the two countries restored ties in 2020."],
             ["He is scheduled to meet members of the Jewish community in Rabat before flying home on Thursday."]]
    summary = ExtractiveSummariser().summarise(summary_input(story, title="Israel and Morocco sign pact"), 4)
    assert len(summary.takeaways) == 4
    assert all("Second visit" not in b.text for b in summary.takeaways)
