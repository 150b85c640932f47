"""Takeaways that read on their own (tester 10, F10 and F12). Every article here is invented.

* F10: a long read of a lead and two subheaded sections of three or more paragraphs each is sectioned
  (summarise/sections.py `_long_parts`; before, three subheadings were needed), a section may open on a short
  sentence ("Not everyone mourns the ferry."), and a subheading itself is never a takeaway.
* F12: a distributive subject ("Each one was sold …"), a short sentence whose thing is a bare pronoun ("A handful of
  men still remember it.", "The cost of this arrives quietly."), a teaser ("X explains why."), a label over a list of
  names ("Subs not used: Ward, Fenton, O'Neill.") are no candidates; a clause that ends on an elided noun ("The
  visitors pressed for a second") is not split off its sentence; and the bullets come in the article's order.

The summariser reads English (a Dutch or Arabic article is translated first, its paragraph indices kept), so the
articles are English; the Dutch forms of the new patterns are checked on the helpers (text summarised under a forced
language). The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

from summarise import SummaryInput, load_summariser
from summarise.context import bare_anaphors, bare_reference
from summarise.sections import sections
from summarise.splitting import split_bullets
from summarise.structure import signposts
from translate.segment import paragraph_sentences


def _doc(paragraphs: list[str], title: str | None = None) -> SummaryInput:
    pairs = paragraph_sentences(paragraphs, "en")
    return SummaryInput(sentences=[s for _, s in pairs], paragraphs=[p for p, _ in pairs], title=title)


def _bullets(paragraphs: list[str], title: str | None = None):
    doc = _doc(paragraphs, title)
    return doc, load_summariser("extractive").summarise(doc).takeaways


LONG_READ = [
    "For two hundred years, salt was boiled from the sea on the marshes at Wrenham. The last pan closed in 1962.",
    "On a grey morning in March 1962, Walter Greave let the fire under the last salt pan go out. The company that "
    "owned the works had sold the land to a power station the week before.",
    "Greave is 88 now and lives in a flat above the harbour office. \"People thought it was simple work,\" he says. "
    "\"You had to read the tide and the weather every hour of the day.\"",
    "The salt works employed more than 120 people at their peak, most of them women who raked and packed the salt "
    "by hand in sheds along the sea wall.",
    "A village built on salt",
    "Wrenham grew up around the pans. The salt company built the chapel, the school and two rows of cottages for "
    "the workers and their families.",
    "When the works closed, the village lost its largest employer overnight, and the school shut four years later "
    "for want of pupils.",
    "The population of Wrenham fell from 900 to under 500 in the ten years after the closure, the parish records "
    "show.",
    "What the marsh got back",
    "Not everyone regrets the change. The marsh where the pans stood became a nature reserve in 1985 and now draws "
    "40,000 visitors a year, most of them birdwatchers.",
    "The reserve's warden, Ann Tiller, says the avocets that nest there returned only after the boiling stopped, "
    "because the smoke and the noise had kept them away for a century.",
    "Greave still walks along the sea wall on fine days. He says he has never once been inside the visitor centre.",
]
TITLE = "The last salt boilers of Wrenham"


def test_long_read_with_two_long_sections_is_sectioned():
    doc = _doc(LONG_READ, TITLE)
    found = sections(doc.sentences, doc.paragraphs)
    assert found is not None and max(found) == 2


def test_long_read_gives_a_bullet_from_each_section_and_no_subheading():
    doc, bullets = _bullets(LONG_READ, TITLE)
    found = sections(doc.sentences, doc.paragraphs)
    from_sections = {found[b.evidence[0]] for b in bullets}
    assert {1, 2} <= from_sections, [b.text for b in bullets]
    heads = {"A village built on salt", "What the marsh got back"}
    assert not any(b.text.rstrip(".") in heads for b in bullets)


def test_guard_two_subheadings_over_single_paragraphs_are_no_sections():
    """A stray subheading-shaped line over one paragraph (a caption, a label) does not section a story."""
    paragraphs = LONG_READ[:5] + LONG_READ[5:6] + LONG_READ[8:10]
    doc = _doc(paragraphs, TITLE)
    assert sections(doc.sentences, doc.paragraphs) is None


OPINION = [
    "Last month the district council approved its third business park in as many years on the edge of the bypass.",
    "Each one was sold to residents as the answer to the jobs crisis, and each one has opened without a bus stop, "
    "a cycle path or a crossing on the main road.",
    "The newest park at Hollin Lane will have 60 units. The developer has promised a shuttle bus by 2030.",
    "Workers without a car walk along a verge for two miles to reach it. The cost of this arrives quietly.",
    "A handful of councillors still question it. Most of the committee voted the plan through in eleven minutes.",
]


def test_context_needing_sentences_are_no_takeaways():
    _doc_, bullets = _bullets(OPINION, "Business parks without buses")
    texts = [b.text for b in bullets]
    assert not any(t.startswith(("Each one", "The cost of this", "A handful of councillors")) for t in texts), texts
    assert texts[0].startswith("Last month the district council approved")


def test_bare_reference_and_distributive_helpers():
    s = ["x", "Each one was sold to residents as a solution.", "A handful of men still remember it.",
         "The cost of this arrives quietly.", "Much of that is gone.", "Elk daarvan werd verkocht als oplossing.",
         "Niemand verwachtte dat.",
         # guards: a demonstrative that heads its noun, a plural noun, a long sentence, "each" before a noun
         "The cost of this plan is high.", "All of these homes were built after 2010.",
         "None of this news was new to the residents.",
         "The council said on Monday that it would consider the plan carefully and vote on it.",
         "Each year the council spends more on roads than on schools.", "Each of the four estates has a school."]
    assert sorted(bare_anaphors(s, 12)) == [1, 2, 3, 4, 5, 6]
    assert bare_reference("Nobody expected that.") and not bare_reference("Nobody expected that result.")


def test_teasers_are_signposts():
    s = ["Dr Mina Okoro, who led the survey, explains why.", "Our reporter looks at how it works.",
         "De burgemeester legt uit waarom.", "She told us what happened next.",
         # guards: the point is said, or no verb of telling
         "The minister explained why prices rose by 4 per cent in May after the storm.",
         "Nobody knows why.", "The restored garden house hosts a winter show of Flemish still lifes."]
    assert signposts(s) == {0, 1, 2, 3}


MATCH = [
    "Attendance: 9,840",
    "Sam Adeyemi scored twice as Hallam Athletic came from level to beat Brookfield United and climb into the "
    "play-off places for the first time in four seasons.",
    "Adeyemi opened the scoring midway through the first half, turning his marker on the edge of the area and "
    "curling a shot beyond the reach of goalkeeper Tom Rees.",
    "Brookfield equalised before half-time when Lewis Grant turned in a cross from the left.",
    "The home side pressed for a second, and Rees made a fine save from Adeyemi's volley with a quarter of an hour "
    "left.",
    "Adeyemi settled it with a low shot in the 84th minute after a long run down the right wing.",
    "Subs not used: Hale, Morris, O'Brien.",
]


def test_elided_clause_is_not_split_off():
    assert split_bullets(MATCH[4], lambda t: t, 10) is None
    # guard: a sentence of two full clauses still splits
    parts = split_bullets("Police arrested a man on Tuesday, and officers said he had a knife in his bag.",
                          lambda t: t, 10)
    assert parts is not None and len(parts) == 2


def test_match_bullets_in_order_without_fragments_or_rosters():
    doc, bullets = _bullets(MATCH, "Adeyemi double lifts Hallam")
    texts = [b.text for b in bullets]
    assert texts[0].startswith("Sam Adeyemi scored twice"), texts
    assert [b.evidence[0] for b in bullets] == sorted(b.evidence[0] for b in bullets)
    assert "The home side pressed for a second." not in texts
    assert not any(t.startswith("Subs not used") for t in texts)


def test_new_patterns_scale_linearly():
    """The teaser, bare-reference, distributive and elided-end patterns read a sentence once: a long run of the
    words they look for takes time in proportion to its length."""
    import time

    from summarise.splitting import _ELIDED_END

    def run(n):
        text = "each one explains why of this it " * n + "a second"
        start = time.process_time()
        for _ in range(3):
            signposts([text])
            bare_reference(text)
            bare_anaphors(["x", text], 12)
            _ELIDED_END.search(text + " x")
        return time.process_time() - start

    small, large = run(2000), run(16000)
    assert large < small * 8 * 4 + 0.5
