"""A long read's section that opens on a lead-in to a list still heads a section (tester s26, F12).

A long read of a lead and three subheaded sections, whose middle section opens "A study … followed 1,400 people who
lost a bus route. It found five effects that appeared again and again:" and then lists them, had one section fewer
than it has: the paragraph under the subheading was read as a statement only when it ends as one, and a lead-in ends
on its colon. With two sections left, and the last of two paragraphs, the article was read as one run of prose and
every bullet came from the lead and the first section. A paragraph that opens on a statement heads a section too
(sections._opens_prose). And a section whose sentences all run past what is left of the word budget gave its place
to a third bullet from the lead, past the lead's share: a section's first bullet may go past the budget
(ExtractiveConfig.section_past_budget).

Every article is invented. The user-level case fails on the code before; the guards pass on both.
"""

from __future__ import annotations

from summarise import SummaryInput, load_summariser
from summarise.extractive import ExtractiveConfig, ExtractiveSummariser
from summarise.sections import sections
from translate.segment import paragraph_sentences

LONG_READ = [
    "For forty years the night ferry was the island's link to the mainland. In October it sailed for the last time.",
    "At eleven every night the Scillonian Star left Penzance with post, bread and the island's nurses on board. It "
    "reached St Mary's before the bakeries opened.",
    "The operator says the crossing lost money for a decade and that the daytime boat carries nine passengers in ten.",
    '"People think it is about a boat," said Ellen Pascoe, 81, who used it every month. "It is about whether we are '
    'part of the country at all."',
    "How the service ended",
    "The contract that paid for the night sailing ran out in 2025, and the council could not find the £2.4m a year "
    "needed to renew it.",
    "No other operator bid for the route when it was offered again in the summer.",
    "Islanders collected 3,000 signatures in six weeks, but the last crossing left on 31 October with eleven "
    "passengers on board.",
    "What the survey found",
    "A survey of 600 islanders by the University of Exeter in November measured what changed after the ferry "
    "stopped. It found four changes:",
    "1. Hospital appointments on the mainland were missed twice as often.",
    "2. Fresh food arrived a day later and ran out more often.",
    "3. Three in ten night-shift workers had moved or given up their jobs.",
    "4. Visitor numbers for the winter fell by a third.",
    '"The ferry was the island\'s lifeline," said Dr Amir Haddad, who led the survey.',
    "What happens next",
    "The council will ask operators to bid for a five-year contract in the spring, with a subsidy of up to £1.8m a "
    "year.",
    "Campaigners say no operator will take the route for less than £2m and want the government to pay the difference.",
]


def _doc(paragraphs: list[str]) -> SummaryInput:
    pairs = paragraph_sentences(paragraphs, "en")
    return SummaryInput(sentences=[s for _, s in pairs], paragraphs=[p for p, _ in pairs],
                        title="The night ferry that kept an island alive")


def test_a_long_read_whose_section_opens_on_a_lead_in_is_sectioned_and_each_section_gives_a_bullet():
    doc = _doc(LONG_READ)
    found = sections(doc.sentences, doc.paragraphs)
    assert found is not None and max(found) == 3
    bullets = load_summariser("extractive").summarise(doc).takeaways
    covered = {found[b.evidence[0]] for b in bullets}
    assert {2, 3} <= covered, [b.text for b in bullets]
    assert not any(b.text.rstrip(".") in ("How the service ended", "What the survey found", "What happens next")
                   for b in bullets)


def test_guard_an_unsectioned_article_keeps_its_word_budget():
    """Guard: without sections the word budget holds: the same article without its subheadings."""
    heads = {"How the service ended", "What the survey found", "What happens next"}
    doc = _doc([p for p in LONG_READ if p not in heads])
    assert sections(doc.sentences, doc.paragraphs) is None
    bullets = ExtractiveSummariser().summarise(doc).takeaways
    assert len(bullets) >= 3 and sum(len(b.text.split()) for b in bullets) <= ExtractiveConfig().word_budget


def test_guard_a_bare_label_under_a_subheading_heads_no_section():
    """Guard: under the second head only a label ("Timetable:") and its list, no statement: two heads, short parts,
    no sections."""
    paragraphs = [
        "The island's new winter timetable starts on Monday, with one boat a day instead of two.",
        "How it works",
        "Passengers must book a day ahead, and the boat leaves at nine from Penzance.",
        "Sailings",
        "Timetable:",
        "1. Monday 09.00",
        "2. Wednesday 09.00",
    ]
    doc = _doc(paragraphs)
    assert sections(doc.sentences, doc.paragraphs) is None
