"""Tester 29 (probe A), D1–D3: takeaways of a letters page, a developing story and a referenced science piece.

* D1: a letters page's takeaways opened with the salutation ("Sir, I read with dismay …") and stated readers' claims
  as facts. A salutation is no takeaway text (bullets.clean takes "Sir," / "Dear Editor," / nl "Geachte redactie," /
  ar "السيد المحرر،" off); on a page of signed letters (summarise/letters.py) each letter gives a bullet first, with
  its writer's name before it, and the warnings say the takeaways are readers' views.
* D2: a developing story with timestamped update notes gave the early state and skipped the latest update: a bullet
  from the latest update note now stands among the takeaways.
* D3: a footnote marker survived a split ("… without any reward.[2]."): clean takes a marker glued to the text off.

Every article here is written for the tests."""

from __future__ import annotations

import pytest

from summarise.bullets import clean, to_bullet
from summarise.extractive import ExtractiveSummariser
from summarise.letters import letter_writers, signature
from summarise.structure import latest_update
from tests.summary_docs import doc_of, takeaways

# --- D1: letters ---------------------------------------------------------------------------------------------------

LETTERS_PARAGRAPHS = [
    ["Sir, Your report on the closure of the Eastgate swimming pool (May 3) left out the cost of the new leisure "
     "centre.", "The council will spend more on the car park than it saved on the pool.",
     "Families in the east of the town now face a forty-minute bus ride to swim."],
    "Helen Carter, Eastgate",
    ["Dear Sir, The new cycle lanes on Bridge Street have made the school run safer for my children.",
     "Traffic has not slowed as the shopkeepers predicted."],
    "Omar Siddiqui, Northfield, Kent",
    ["Sir, Your columnist is wrong to say that allotments are a luxury.",
     "Our site grows food for the local food bank every summer."],
    "Jan and Els de Vries, Redhill",
]
LETTERS = doc_of(LETTERS_PARAGRAPHS, title="Letters: The pool closure will cost the town more, and other readers' views")


def test_each_letter_gives_a_bullet_named_for_its_writer():
    out = takeaways(LETTERS)
    writers = ["Helen Carter", "Omar Siddiqui", "Jan and Els de Vries"]
    for who in writers:
        assert sum(b.startswith(who + ":") for b in out) >= 1, out
    assert all(any(b.startswith(w + ":") for w in writers) for b in out), out


def test_no_bullet_opens_with_the_salutation():
    out = takeaways(LETTERS)
    assert not any("Sir," in b or b.startswith(("Dear", "Sir")) for b in out), out


def test_the_page_notice_under_the_letters_is_no_takeaway():
    doc = doc_of([*[p for p in LETTERS_PARAGRAPHS],
                  ["Write to us at letters@herald.example, including your full address.",
                   "Letters may be edited for length and clarity."]], title=LETTERS.title)
    out = takeaways(doc, 5)
    assert not any("Write to us" in b or "edited for length" in b for b in out), out


def test_the_warnings_say_the_takeaways_are_readers_views():
    warnings = ExtractiveSummariser().summarise(LETTERS, None).warnings
    assert any("letters page: 3 readers' letters" in w for w in warnings), warnings


@pytest.mark.parametrize("sentence, expected", [
    ("Sir, As a nurse I was struck by your figures on waiting times.", "As a nurse I was struck"),
    ("Dear Editor, The library now closes at 4pm on weekdays.", "The library now closes"),
    ("Madam, Your leader on rail fares was right.", "Your leader on rail fares"),
    ("Geachte redactie, de bibliotheek sluit voortaan om vier uur.", "De bibliotheek sluit"),
    ("السيد المحرر، المكتبة تغلق الآن في الرابعة عصرا.", "المكتبة تغلق"),
])
def test_salutation_is_taken_off(sentence, expected):
    assert to_bullet(sentence, 30).startswith(expected)


@pytest.mark.parametrize("sentence", [
    "Sir Keir Starmer said the plan would be published in June.",
    "Editors at the paper said the story was checked twice.",
    "Sir David Attenborough, 99, opened the new wing on Friday.",
])
def test_guard_a_name_or_word_is_no_salutation(sentence):
    assert clean(sentence).split()[0] == sentence.split()[0]


def test_guard_one_signed_opinion_piece_is_no_letters_page():
    doc = doc_of([["The bypass will not fix the town's traffic.", "Every study shows new roads fill up."],
                  "Mark Ellison, Harwick",
                  ["Buses would do more for less money.", "The council should think again."]])
    assert letter_writers(doc.sentences, doc.paragraphs) == {}
    assert not any(":" in b.split()[1] for b in takeaways(doc) if len(b.split()) > 1)


def test_guard_a_story_with_signed_comments_under_it_is_no_letters_page():
    story = [f"Paragraph {k} of the council's plan for the harbour says the quay will be rebuilt by 2027." for k in range(8)]
    doc = doc_of([*story, "Great news for the town.", "Vijay Raman, Chennai", "About time too.", "Sara Lowe, Leeds"])
    assert letter_writers(doc.sentences, doc.paragraphs) == {}
    assert not any(b.startswith(("Vijay Raman:", "Sara Lowe:")) for b in takeaways(doc))


@pytest.mark.parametrize("line, who", [
    ("Mark Ellison, Harwick, Suffolk", "Mark Ellison"),
    ("Dr Ruth Okonjo, Lowfield, Norfolk", "Dr Ruth Okonjo"),
    ("Sami Youssef, Amman", "Sami Youssef"),
    ("Bas en Ria Smit, Bergen op Zoom", "Bas en Ria Smit"),
    ("The council said, however", None),
    ("London, 12 May", None),
    ("Prices rose, analysts said.", None),
    ("Cheers, Alex", None),
    ("Thanks Again, Tom Ward", None),
    ("Ramji, Chennai", None),
])
def test_signature_shape(line, who):
    assert signature(line) == who


# --- D2: the latest update of a developing story --------------------------------------------------------------------

DEVELOPING = doc_of([
    ["Police have closed the A64 near Tadcaster after a lorry overturned and spilled its load of timber on Tuesday "
     "morning.", "Drivers are being diverted through the town centre, where queues stretch for two miles."],
    ["The lorry driver was taken to hospital with minor injuries, a police spokesman said."],
    ["Update 11:20: Highways officials said recovery of the lorry would take at least four hours."],
    ["Update 12:05: A second crane has been brought in to lift the trailer."],
    ["Update 14:30: The A64 has reopened in both directions after the timber was cleared.",
     "Police thanked drivers for their patience."],
], title="A64 closed near Tadcaster after lorry overturns")


def test_latest_update_is_among_the_takeaways():
    out = takeaways(DEVELOPING)
    assert any("reopened" in b for b in out), out


def test_latest_update_with_a_forced_count():
    out = takeaways(DEVELOPING, 2)
    assert len(out) == 2 and any("reopened" in b for b in out), out


def test_latest_update_is_read_by_time_not_place():
    doc = doc_of([
        "The museum has closed its east wing after water came through the roof during Sunday's storm, staff said.",
        "Update 16:10: Engineers said the roof would be repaired by the end of the week.",
        "Update 09:45: Staff moved the paintings to the basement overnight.",
    ])
    assert latest_update(doc.sentences, doc.paragraphs) == [1]


def test_guard_no_update_notes_no_change():
    doc = doc_of([
        "Police have closed the A64 near Tadcaster after a lorry overturned on Tuesday morning.",
        "Drivers are being diverted through the town centre.",
        "The lorry driver was taken to hospital with minor injuries, a police spokesman said.",
    ])
    assert latest_update(doc.sentences, doc.paragraphs) == []


# --- D3: footnote markers ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The team tested the bees over two days and then tested them again without any reward.[2]",
     "without any reward."),
    ("Earlier studies[3,4] found memory lasting only a few hours.", "Earlier studies found"),
    ("The trial enrolled 412 patients in six hospitals[12–14] over two years.", "hospitals over two years"),
])
def test_footnote_marker_is_taken_off(sentence, expected):
    bullet = to_bullet(sentence, 30)
    assert expected in bullet and "[" not in bullet and ".." not in bullet, bullet


def test_footnote_marker_does_not_survive_a_split():
    doc = doc_of([["The team at the university trained 64 bees from six colonies over two days and then tested "
                   "them without any reward.[2] Earlier work had shown memory lasting a few hours.[3]"]])
    out = takeaways(doc, 3)
    assert not any("[" in b or ".." in b for b in out), out


def test_guard_a_bracket_after_a_space_stays():
    assert "[2]" in clean("See table [2] for the full figures from the survey of 400 households.")


def test_footnote_pattern_is_linear():
    from tests.scaling import assert_grows_linearly

    assert_grows_linearly(clean, lambda k: "word[1]" * k + " Sir, x" + "[" * k, 200, 800)
