"""Review 29b, items 1-6 (summarise/): letters only on a letters page, signatures with a postcode or a stop, a
fact check's verdict with its own reason only, an editorial update note is no latest update, "The editor, …" is no
salutation, a quoted "My wife and I …" is a named speaker's."""

from __future__ import annotations

import pytest

from summarise.bullets import clean
from summarise.context import bare_anaphors, first_person_singular
from summarise.extractive import ExtractiveSummariser
from summarise.letters import letter_writers, signature
from summarise.structure import latest_update
from tests.summary_docs import doc_of


def _summary(doc, n=None):
    s = ExtractiveSummariser().summarise(doc, n)
    return [b.text for b in s.takeaways], s.warnings, [b.evidence for b in s.takeaways]


# --- 1: a news story with signed reader comments is no letters page ------------------------------------------------
STORY = [["The council voted on Tuesday to close the Eastgate swimming pool at the end of June.",
          "Councillors said repairs to the roof would cost £2.1 million, more than the pool earns in ten years."],
         ["About 40 protesters gathered outside the town hall before the vote.",
          "The nearest public pool will now be in Northfield, a forty-minute bus ride away."],
         ["The council said the site would be sold for housing."],
         ["Comments"],
         ["This is a disgrace, the pool was the heart of the town."], "Mary Jones, Eastgate",
         ["About time, it has been losing money for years."], "Peter Hale, Northfield"]


def test_story_with_signed_comments_is_no_letters_page():
    doc = doc_of(STORY, title="Council votes to close Eastgate swimming pool")
    assert letter_writers(doc.sentences, doc.paragraphs, doc.title) == {}
    out, warnings, _ = _summary(doc)
    assert not any("Mary Jones" in b for b in out), out
    assert not any("letters page" in w for w in warnings), warnings


@pytest.mark.parametrize("title", ["Letters: The pool closure will cost the town more",
                                   "Brieven: het zwembad moet open blijven", "رسائل القراء: المسبح"])
def test_guard_a_letters_title_without_salutations_is_a_letters_page(title):
    doc = doc_of([["Your report on the pool left out the cost of the new leisure centre."], "Mark Ellison, Harwick",
                  ["The new cycle lanes on Bridge Street have made the school run safer."], "Omar Siddiqui, Northfield"],
                 title=title)
    assert {w for _, w in letter_writers(doc.sentences, doc.paragraphs, doc.title).values()} == {
        "Mark Ellison", "Omar Siddiqui"}


@pytest.mark.parametrize("sal", ["Sir,", "Geachte redactie,", "السيد المحرر،"])
def test_guard_salutations_make_a_letters_page_without_a_title(sal):
    doc = doc_of([[f"{sal} Your report on the pool left out the cost of the new leisure centre."], "Mark Ellison, Harwick",
                  [f"{sal} The new cycle lanes on Bridge Street have made the school run safer."],
                  "Omar Siddiqui, Northfield"], title="Your views")
    assert len(letter_writers(doc.sentences, doc.paragraphs, doc.title)) == 4


# --- 2: a signature with a postcode or a stop; an unread one is still a letter's end ----------------------------
@pytest.mark.parametrize("line,who", [("Mark Ellison, London N16", "Mark Ellison"),
                                      ("Helen Carter, Eastgate.", "Helen Carter")])
def test_signature_with_postcode_or_stop(line, who):
    assert signature(line) == who


LETTERS = [["Sir, Your report on the closure of the Eastgate swimming pool left out the cost of the new leisure centre.",
            "The council will spend more on the car park than it saved on the pool."],
           "Mark Ellison, London N16",
           ["Dear Sir, The new cycle lanes on Bridge Street have made the school run safer for my children.",
            "Traffic has not slowed as the shopkeepers predicted."],
           "Omar Siddiqui, Northfield, Kent",
           ["Sir, Your columnist is wrong to say that allotments are a luxury.",
            "Our site grows food for the local food bank every summer."],
           "Jan and Els de Vries, Redhill"]


def test_no_writer_is_carried_across_a_signature():
    out, warnings, _ = _summary(doc_of(LETTERS, title="Letters: The pool closure will cost the town more"))
    assert not any(b.startswith("Omar Siddiqui: Your report") for b in out), out
    assert any(b.startswith("Mark Ellison: ") for b in out), out
    assert any("3 readers' letters" in w for w in warnings), warnings


def test_an_unread_signature_ends_its_letter():
    paras = list(LETTERS)
    paras[1] = "M. E. (name withheld)"
    out, warnings, _ = _summary(doc_of(paras, title="Letters: The pool closure will cost the town more"))
    assert not any(b.startswith("Omar Siddiqui: Your report") for b in out), out


# --- 3: a verdict's reason is its own, not a claim's spread or a platform notice -----------------------------------
CHECK = [["CLAIM: The council cut the recycling budget by half this year."],
         ["OUR VERDICT: MISLEADING"],
         ["A post making this claim has been shared more than 5,000 times on Facebook since Monday."],
         ["Council accounts show the recycling budget fell from £4.2 million to £3.7 million, a cut of 11 per cent."],
         ["The council said weekly collections would continue and no depot would close."]]


@pytest.mark.parametrize("spread", [
    "A post making this claim has been shared more than 5,000 times on Facebook since Monday.",
    "The image has been viewed more than 5,000 times on Facebook and X since Monday evening.",
    "Het bericht is sinds maandag meer dan 5.000 keer gedeeld op Facebook.",
])
def test_verdict_not_put_on_a_spread_sentence(spread):
    paras = list(CHECK)
    paras[2] = [spread]
    out, _, _ = _summary(doc_of(paras, title="Did the council halve the recycling budget?"))
    assert not any(b.startswith("Our verdict") and ("5,000" in b or "5.000" in b) for b in out), out
    assert any(b.lower().startswith("our verdict: misleading") for b in out), out


def test_verdict_not_put_on_a_platform_notice():
    paras = [["CLAIM: The council cut the recycling budget by half this year."],
             ["The claim was shared more than 5,000 times on Facebook last week."],
             ["Council accounts show the recycling budget fell from £4.2 million to £3.7 million, a cut of 11 per cent."],
             ["The council said collections would continue weekly."],
             ["OUR VERDICT: MISLEADING"],
             ["This article is part of our work with Meta's third-party fact-checking programme, which pays us for our checks."]]
    out, _, _ = _summary(doc_of(paras, title="Did the council halve the recycling budget?"))
    assert not any("fact-checking programme" in b for b in out), out


def test_guard_verdict_keeps_its_reason():
    paras = list(CHECK)
    del paras[2]
    out, _, ev = _summary(doc_of(paras, title="Did the council halve the recycling budget?"))
    assert any(b.startswith("Our verdict: misleading. Council accounts show") for b in out), out


# --- 4: an editorial update note is no latest update ---------------------------------------------------------------
FIRE = [["A fire broke out at a recycling plant in Lowford on Tuesday morning, sending thick smoke over the town."],
        ["Firefighters from six stations were sent to the site on Mill Road shortly after 9am."],
        ["Residents were told to keep windows and doors closed while crews tackled the blaze."],
        ["The plant's owner, GreenCycle, said all 40 staff had been accounted for."],
        ["Police closed Mill Road between the ring road and the station."],
        ["Update 3:45 p.m.: This article has been updated with a statement from the fire service."]]


@pytest.mark.parametrize("note", ["Update 3:45 p.m.: This article has been updated with a statement from the fire service.",
                                  "Update 16:40: An earlier version of this story gave the wrong name for the owner.",
                                  "Update 15:45: Dit artikel is bijgewerkt met een verklaring van de brandweer."])
def test_editorial_update_note_is_no_latest_update(note):
    paras = list(FIRE)
    paras[5] = [note]
    doc = doc_of(paras, title="Fire breaks out at Lowford recycling plant")
    assert latest_update(doc.sentences, doc.paragraphs) == []
    for n in (None, 3, 1):
        out, _, _ = _summary(doc, n)
        assert out[0].startswith("A fire broke out"), (n, out)
        assert not any("updated with" in b or "earlier version" in b or "bijgewerkt" in b for b in out), out


def test_latest_update_never_displaces_the_lead_at_one_bullet():
    paras = list(FIRE)
    paras[5] = ["Update 16:40: Crews said the fire was under control and Mill Road would reopen on Wednesday."]
    doc = doc_of(paras, title="Fire breaks out at Lowford recycling plant")
    assert latest_update(doc.sentences, doc.paragraphs)  # guard: a real update is still read
    out, _, _ = _summary(doc, 1)
    assert out[0].startswith("A fire broke out"), out


# --- 5: "The editor, …" in news is no salutation ------------------------------------------------------------------
@pytest.mark.parametrize("s", ["The editor, Tom Hale, said the paper would appeal the ruling.",
                               "The editors, who resigned on Monday, said the owner had interfered.",
                               "Editor: Jane Doe has left the paper after 12 years.",
                               "رئيس التحرير، محمد علي، قال إن الصحيفة ستستأنف الحكم."])
def test_editor_in_news_is_no_salutation(s):
    assert clean(s).startswith(s.split()[0]) or clean(s).startswith(s[:5]), clean(s)


@pytest.mark.parametrize("s,rest", [("Dear Editor, The pool must stay open.", "The pool must stay open."),
                                    ("Sir, The pool must stay open.", "The pool must stay open."),
                                    ("Geachte redactie, Het zwembad moet open.", "Het zwembad moet open."),
                                    ("السيد المحرر، يجب أن يبقى المسبح مفتوحا.", "يجب أن يبقى المسبح مفتوحا.")])
def test_guard_salutations_still_go(s, rest):
    assert clean(s) == rest


# --- 6: a quoted "My wife and I …" is a named speaker's ---------------------------------------------------------
@pytest.mark.parametrize("s", ["“My wife and I were terrified when the water came in,” said resident Tom Hale, 54.",
                               "Residents told the BBC: “My husband and I lost everything in the flood.”",
                               "\"Mijn vrouw en ik waren doodsbang,\" zei bewoner Tom Hale."])
def test_quoted_first_person_is_no_unnamed_i(s):
    assert not first_person_singular(s)


def test_quoted_first_person_lead_is_kept():
    paras = [["“My wife and I were terrified when the water came in,” said resident Tom Hale, 54, whose house in "
              "Lowford was flooded on Sunday."],
             ["The river Lowe burst its banks after 80mm of rain fell in 24 hours, the Environment Agency said."],
             ["Around 200 homes were evacuated and the A64 was closed between York and Malton."],
             ["The agency said river levels would remain high until Wednesday."]]
    doc = doc_of(paras, title="Flooding forces 200 homes to evacuate in Lowford")
    assert 0 not in bare_anaphors(doc.sentences)


@pytest.mark.parametrize("s", ["Last August, three neighbours and I put a fridge on the pavement.",
                               "My wife and I were terrified when the water came in."])
def test_guard_unquoted_first_person_still_flagged(s):
    assert first_person_singular(s)


@pytest.mark.parametrize("note", ["Correction: An earlier version of this story gave the wrong name for the plant's owner.",
                                  "Correctie: Een eerdere versie van dit artikel noemde de verkeerde eigenaar.",
                                  "تصحيح: في نسخة سابقة من هذا الخبر ورد اسم خاطئ لمالك المصنع."])
def test_a_correction_note_is_no_takeaway(note):
    paras = list(FIRE)
    paras[5] = [note]
    out, _, _ = _summary(doc_of(paras, title="Fire breaks out at Lowford recycling plant"))
    assert not any("earlier version" in b or "eerdere versie" in b or "نسخة سابقة" in b for b in out), out


def test_editorial_note_pattern_is_linear():
    from summarise.structure import editorial_notes
    from tests.scaling import assert_grows_linearly
    assert_grows_linearly(lambda s: editorial_notes([s]), lambda k: "Update: " + "this " * k + "x", 200, 800)


def test_guard_a_story_about_a_fact_checking_programme_keeps_it():
    paras = [["Meta said on Tuesday it would end its third-party fact-checking programme in the United States."],
             ["The company will replace it with community notes written by users, as X does."],
             ["Fact checkers said the decision would let false claims spread faster."]]
    out, _, _ = _summary(doc_of(paras, title="Meta ends fact-checking programme"))
    assert out[0].startswith("Meta said on Tuesday"), out


@pytest.mark.parametrize("s", ["A post making this claim has been shared more than 5,000 times on Facebook since Monday.",
                               "Het bericht is sinds maandag meer dan 5.000 keer gedeeld op Facebook.",
                               "تمت مشاركة المنشور أكثر من 5000 مرة على فيسبوك منذ الاثنين."])
def test_spread_sentences_are_read(s):
    from summarise.factcheck import spread_or_notice
    assert spread_or_notice(s)
    assert not spread_or_notice("Council accounts show the recycling budget fell from £4.2 million to £3.7 million.")


@pytest.mark.parametrize("line", ["OUR VERDICT: MISLEADING", "Verdict: false", "Rating: Mostly false", "Verdict: True"])
def test_guard_verdict_ratings_after_sharing_the_words(line):
    from summarise.verdicts import is_verdict
    assert is_verdict(line)
