"""Unbalanced quotation marks in bullets: the opening mark restored before an attribution, a lone mark dropped."""

from __future__ import annotations

import pytest

from summarise.bullets import to_bullet
from summarise.quotes import (balance_quotes, inside_marks, open_marks, repair_brackets, repair_quotes,
                              repair_single_quotes)


def balanced(text: str) -> bool:
    return (text.count("“") + text.count("„") == text.count("”") and text.count("«") == text.count("»")
            and text.count('"') % 2 == 0)


@pytest.mark.parametrize("text, expected", [
    # the quotation's opening mark was lost (seed 003's scrape) or lies in the previous sentence
    ("Today we have taken a historic step,” Gantz said after signing the document.",
     "“Today we have taken a historic step,” Gantz said after signing the document."),
    ("The border will stay open for aid convoys,” said the Egyptian foreign minister on Sunday.",
     "“The border will stay open for aid convoys,” said the Egyptian foreign minister on Sunday."),
    ('We will rebuild every school in the province," the governor told reporters.',
     '"We will rebuild every school in the province," the governor told reporters.'),
    ("Nous ne céderons pas », said the French minister.", "« Nous ne céderons pas », said the French minister."),
    # Arabic: the verb comes first ("said Gantz"), with or without the conjunction و
    ("اتخذنا اليوم خطوة تاريخية» قال غانتس بعد توقيع الوثيقة.",
     "«اتخذنا اليوم خطوة تاريخية» قال غانتس بعد توقيع الوثيقة."),
    ("هذا اتفاق تاريخي”، وأضاف الوزير أن التعاون سيستمر.",
     "“هذا اتفاق تاريخي”، وأضاف الوزير أن التعاون سيستمر."),
])
def test_missing_opening_mark_is_restored_before_an_attribution(text, expected):
    assert balance_quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no attribution after the lone closing mark: nothing says where a quotation began
    ("The deal was signed in Rabat” and markets rose.", "The deal was signed in Rabat and markets rose."),
    ('The deal was signed in Rabat" and markets rose.', "The deal was signed in Rabat and markets rose."),
    ("وقع الاتفاق في الرباط» وارتفعت الأسواق.", "وقع الاتفاق في الرباط وارتفعت الأسواق."),
    # a mark that opens nothing
    ("A stray “ mark in a sentence about the budget.", "A stray mark in a sentence about the budget."),
])
def test_a_lone_mark_that_marks_nothing_is_dropped(text, expected):
    assert balance_quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the quotation goes on in the next sentence: it is closed where the bullet ends, after the stop
    ("Gantz said: “This is a historic day for both countries.",
     "Gantz said: “This is a historic day for both countries.”"),
    ('The minister said "the agreement opens a new chapter', 'The minister said "the agreement opens a new chapter"'),
    ("وقال غانتس «اتخذنا اليوم خطوة تاريخية.", "وقال غانتس «اتخذنا اليوم خطوة تاريخية.»"),
    ("قال غانتس: “اتخذنا اليوم خطوة تاريخية", "قال غانتس: “اتخذنا اليوم خطوة تاريخية”"),
])
def test_an_opening_mark_without_its_closing_one_is_closed_at_the_end(text, expected):
    assert balance_quotes(text) == expected


@pytest.mark.parametrize("text", [
    "“Today we have taken a historic step,” Gantz said.",
    '"Balanced," he said, calling the plan "a start".',
    "«اتخذنا اليوم خطوة تاريخية» قال غانتس.",
    "The ministry's 'Iron Dome' plan isn't new.",  # single quotes and apostrophes are never counted
    'He bought a 55" television for the lobby.',  # an inch mark, not a quotation
    'Faces from TV series ("24") and films ("Heat").',  # after a digit, but it closes a quotation
    "No quotation marks at all in this sentence about Rabat.",
])
def test_balanced_text_is_left_alone(text):
    assert repair_quotes(text) == (text, False)


def test_ambiguous_start_drops_the_mark_but_keeps_the_speaker():
    # an earlier pair means the quotation's start cannot be placed; the words before "she said" were quoted, so
    # the attribution must stay or her opinion would read as fact
    text = "He called it “historic” and said it was only the beginning of the cooperation,” she said."
    assert repair_quotes(text) == (
        "He called it “historic” and said it was only the beginning of the cooperation, she said.", True)
    assert to_bullet(text).endswith("cooperation, she said.")
    # without a quotation the attribution stays too: it is what makes the sentence a claim (issue 11)
    plain = "He called it historic and said it was only the beginning of the cooperation, she said."
    assert to_bullet(plain) == plain


def test_bullet_from_seed_003_sentence():
    sentence = "Today we have taken a historic step,” Gantz said after signing the document."
    assert to_bullet(sentence) == "“Today we have taken a historic step,” Gantz said after signing the document."


def test_no_seed_summary_has_a_lone_quotation_mark(english_seed_docs):
    from summarise.extractive import ExtractiveSummariser

    summariser = ExtractiveSummariser()
    for name, (doc, _article) in english_seed_docs.items():
        for n in (3, 5, 10):
            for bullet in summariser.summarise(doc, n=n).takeaways:
                assert balanced(bullet.text), (name, bullet.text)


@pytest.mark.parametrize("text, expected", [
    # a single-quoted quotation that runs past the sentence end gets its closing mark
    ("Mr Rose said: 'The officers told me today that I have entered the political world.",
     "Mr Rose said: 'The officers told me today that I have entered the political world.'"),
    ("She said: ‘We will fight on.", "She said: ‘We will fight on.’"),
    # elisions and apostrophes are not quotation marks
    ("Boeing 's order and O'Neill's dogs' bowls were in the news.", "Boeing 's order and O'Neill's dogs' bowls were in the news."),
])
def test_single_quotes_are_closed(text, expected):
    assert repair_single_quotes(text) == expected


@pytest.mark.parametrize("text, expected", [
    (") (SWX:LOGN) unveiled the new remote control.", "(SWX:LOGN) unveiled the new remote control."),
    ("Today at the show, Logitech (", "Today at the show, Logitech"),
    ("The firm (which employs 300 people said so.", "The firm (which employs 300 people said so.)"),
    ("The firm (Acme) said so.", "The firm (Acme) said so."),
])
def test_lone_brackets_are_dropped_or_closed(text, expected):
    assert repair_brackets(text) == expected


def test_a_continued_quotation_is_one_quotation():
    # British style: each paragraph of a long quotation opens again, only the last closes
    text = "'The badger did not attack me, but I was shaken. 'If my dog had not been there, it could have had me.'"
    assert repair_single_quotes(text) == text
    assert repair_single_quotes(text[:-1]) == text


@pytest.mark.parametrize("text, expected", [
    ('He said "we will win" and left.', []),
    ('He bought a 55" television.', []),  # an inch mark, not a quotation
    ('She starred in "24" and left.', []),  # after a digit, but it closes the quotation
    ('The series ("24") ended.', []),
    ('He said "we bought a 55" TV" yesterday.', []),  # inside a quotation, an inch mark when the next one closes
    ('He watched "24" and "Lost" on Sunday.', []),  # the next one opens: the digit's mark closed "24"
    ("He said “we will win and left.", ["“”"]),
    ("Il a dit « nous gagnerons et partit.", ["«»"]),
    ("The firm) said (so.", ["()"]),  # counts match, order does not
    ("The 1980s and '90s were good.", []),  # an elided year, not a quotation
    ("Isaby, of the TaxPayers’ Alliance, said: ‘These losses are enormous.", ["'"]),  # the possessive closes nothing
])
def test_open_marks(text, expected):
    assert open_marks(text) == expected


def test_inside_marks_reads_the_text_before_the_position():
    text = "He said (on Monday) that ‘the plan, which failed, is dead’, and left."
    assert not inside_marks(text, text.index("that"))
    assert inside_marks(text, text.index("on Monday"))
    assert inside_marks(text, text.index(", which"))
    assert not inside_marks(text, text.index(", and"))


def test_a_stray_closing_bracket_numbers_a_point_and_opens_no_aside():
    # "1) The minister …" is unbalanced for the checker, but nothing after it is inside brackets
    text = "1) The minister, 54, said on Tuesday that the policy would be reviewed."
    assert open_marks(text) == ["()"]
    assert not inside_marks(text, text.index(", 54"))
    # a stray closing quotation mark still counts: the sentence began inside a quotation
    quoted = "we will win,” he said, and the team, which lost twice, went home."
    assert inside_marks(quoted, quoted.index(", which"))
