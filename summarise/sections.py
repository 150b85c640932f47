"""A long article's subheaded sections, so that its takeaways are not all taken from the lead.

A news story of some length often runs a lead and then sections under subheadings ("Housing", "Job cuts", "What
happens next"), each with facts of its own. The summariser's lead bonus decays every few sentences, so without a
limit every takeaway came from the lead, and the closures named in the headline, under the fourth subheading, were
never a takeaway. `sections` finds the sections; selection (summarise/extractive.py) then takes at most
`ExtractiveConfig.lead_bullets` bullets from the lead and `section_bullets` from each subheaded section.

A subheading is a paragraph of one short "sentence" (at most SUBHEAD_WORDS words) that opens with a capital and does not
end as a sentence, a lead-in or a quotation does (. ! ? : ; , " ”), with no digit and not written as a name
(`_subheading`). Sections are clear only when the page has at least MIN_SECTIONS subheadings (MIN_LONG_SECTIONS in a
long read whose lead and sections are each of LONG_SECTION_PARAGRAPHS paragraphs or more, `_long_parts`), each followed
by a paragraph of statements (`_prose`), two or more paragraphs under a head that reads as a photo caption
(`_caption_like`: a clause or a long phrase, not a question): a caption, a byline or one label line is no structure, the
sections of a page of bare labels carry nothing, and the names and dates over a comment thread head no section.
Paragraph indices come from the normalised page (a subheading is its own paragraph there), so a translated page is read
the same way.
"""

from __future__ import annotations

import re

from summarise.splitting import has_finite_verb
from summarise.text import SENTENCE_END, word_count

#: a subheading has at most this many words ("Dividend and buybacks", "What the council will do next")
SUBHEAD_WORDS = 8
#: an article with fewer subheaded sections than this is read as one run of prose ...
MIN_SECTIONS = 3
#: ... unless it is a long read of fewer, longer parts: MIN_LONG_SECTIONS subheadings, each over at least
#: LONG_SECTION_PARAGRAPHS paragraphs, under a lead of as many (a feature of a lead and two sections of three or four
#: paragraphs each is as clearly sectioned as a story of five short ones; a stray subheading-shaped line over one
#: paragraph, a caption, a label over a comment, is not)
MIN_LONG_SECTIONS = 2
LONG_SECTION_PARAGRAPHS = 3

_ENDS_LIKE_PROSE = re.compile(r"[.!?:;,\"”'’)…]$")
_BYLINE = re.compile(r"^(?:by|door|posted|updated|written)\b", re.IGNORECASE)
#: a name and a place after a comma, a reader's signature under a letter ("Derek and Anne Lowe, Broadwey", "Bas en Ria
#: Smit, Zwolle"): one to three capitalised words after the last comma end the line
_SIGNED = re.compile(r",\s[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,2}$")
#: a head of this many words or more, or one that is a clause, reads as a photo caption ("A rescue boat on the
#: flooded high street", "Residents wade through water in Northgate") unless it asks a question ("What the council
#: will do next"): it heads a section only over two or more paragraphs, where a caption sits over one
CAPTION_WORDS = 5
_QUESTION_WORD = re.compile(r"^(?:what|why|how|who|whom|whose|when|where|which|will|can|is|are|should)\b", re.IGNORECASE)
#: the first sentence of a section's paragraph: a statement of at least this many words that ends as one
PROSE_WORDS = 6


#: a road's or a route's number in a head ("Speed checks on A614", "Roadworks on the M25", "Lane closed on N11"): a
#: name, not a date or a count
_ROAD = re.compile(r"^[A-Z]{1,2}\d{1,4}$")
#: a head shouted in capitals has at least this many words: a round-up's item heads ("STOLEN TRACTOR FOUND IN HEDGE",
#: "MAN CHARGED AFTER MAIN STREET ASSAULT"); a shorter one is a label, a name or a site's widget heading ("OTHER
#: BLOGGERS", "JOHN SMITH", "TMZ TV CLIPS": three words let a celebrity site's widget heads section its page)
SHOUTED_HEAD_WORDS = 4


def _subheading(sentence: str) -> bool:
    """A subheading's shape ("Job cuts", "What happens next", "Rail and roads"), not a name, a date, a time stamp,
    a byline or a short label shouted in capitals ("Marty Lederman", "July 10th, 2012 at 1:06 pm", "Comments:87", "By
    Mary Murray", "OTHER BLOGGERS": the heads of a comment thread or a list of authors, which the gold bodies of the
    scraped sets keep): no digit (but in a road's number, `_ROAD`), a lower-case letter, and in a head of two or more
    words one word in lower case. A round-up of police or court briefs heads each item in capitals ("MAN CHARGED
    AFTER MAIN STREET ASSAULT"): a head of SHOUTED_HEAD_WORDS words or more, all of them in capitals, is one too."""
    text = sentence.strip()
    toks = text.split()
    shouted = len(toks) >= SHOUTED_HEAD_WORDS and not any(ch.islower() for ch in text) \
        and sum(ch.isalpha() for ch in text) >= len(text) // 2
    return (bool(text) and text[0].isupper() and len(toks) <= SUBHEAD_WORDS and not _ENDS_LIKE_PROSE.search(text)
            and not any(any(ch.isdigit() for ch in t) and not _ROAD.match(t) for t in toks)
            and (shouted or any(ch.islower() for ch in text) and (len(toks) == 1 or any(t[:1].islower() for t in toks[1:])))
            and not _BYLINE.match(text) and not _SIGNED.search(text))


def _prose(sentence: str) -> bool:
    text = sentence.strip()
    return word_count(text) >= PROSE_WORDS and text.endswith(SENTENCE_END)


def _opens_prose(sentences: list[str], paragraphs: list[int], i: int) -> bool:
    """Whether the paragraph that opens at sentence `i` is one of statements (`_prose`, its sentences joined: a
    section may open on a short sentence, "Not everyone mourns the ferry."), or a statement that leads in to a list
    ("A study followed 1,400 people who lost a bus route. It found five effects:", "A survey of 600 islanders found
    four changes:", the list's items its next paragraphs; a bare label, "Timetable:", is none): a section's text."""
    text = _paragraph_at(sentences, paragraphs, i).strip()
    if _prose(text):
        return True
    return text.endswith(":") and word_count(text) >= PROSE_WORDS and has_finite_verb(text[:-1])


def _caption_like(sentence: str) -> bool:
    """A head that may be a photo caption: a clause or a long phrase in sentence case. A question, a head in title
    case ("Ask Questions About the Journalist's Motivations") or one naming its item before a colon ("Keith Nolan:
    Deaf in the military", a list of talks) is a heading, as a caption never is."""
    text = sentence.strip()
    toks = text.split()
    title_case = sum(t[:1].isupper() for t in toks[1:]) * 2 >= len(toks) - 1 > 0
    return (not _QUESTION_WORD.match(text) and not title_case and ":" not in text
            and (word_count(text) >= CAPTION_WORDS or has_finite_verb(text)))


def _paragraph_at(sentences: list[str], paragraphs: list[int], i: int) -> str:
    """The paragraph that opens at sentence `i`, its sentences joined: a section may open on a short sentence ("Not
    everyone mourns the ferry.") that its paragraph goes on from."""
    end = i
    while end < len(sentences) and paragraphs[end] == paragraphs[i]:
        end += 1
    return " ".join(sentences[i:end])


def _alone_in_paragraph(paragraphs: list[int], i: int) -> bool:
    """Whether sentence `i` is its paragraph's only sentence (a heading stands alone; prose runs on)."""
    return (i == 0 or paragraphs[i - 1] != paragraphs[i]) and (i + 1 == len(paragraphs) or paragraphs[i + 1] != paragraphs[i])


def _long_parts(heads: list[int], paragraphs: list[int]) -> bool:
    """Whether MIN_LONG_SECTIONS or more subheadings each head LONG_SECTION_PARAGRAPHS paragraphs or more, and the
    lead above the first holds as many."""
    if len(heads) < MIN_LONG_SECTIONS:
        return False
    bounds = [0, *heads, len(paragraphs)]
    # a part's paragraphs: those of its sentences after its subheading (the lead has none)
    counts = [len(set(paragraphs[start + (k > 0):end])) for k, (start, end) in enumerate(zip(bounds, bounds[1:]))]
    return min(counts) >= LONG_SECTION_PARAGRAPHS


def sections(sentences: list[str], paragraphs: list[int]) -> list[int] | None:
    """The section of each sentence (0: the lead, before the first subheading; k: the k-th subheaded section, its
    subheading included), or None when the article has no clear sections: fewer than MIN_SECTIONS subheadings that
    each head a paragraph of prose of their own, unless a long read's MIN_LONG_SECTIONS subheadings and its lead each
    run LONG_SECTION_PARAGRAPHS paragraphs or more (`_long_parts`)."""
    heads = []
    for i, sentence in enumerate(sentences):
        if _alone_in_paragraph(paragraphs, i) and _subheading(sentence):
            heads.append(i)
    # a line that opens like another ("Comment author avatarWakehead", "Comment author avatarldo") is a label the page
    # repeats over each comment or post, not a subheading of the story
    opening = [" ".join(sentences[h].split()[:2]).lower() for h in heads]
    heads = [h for h, o in zip(heads, opening) if opening.count(o) == 1]
    # a subheading heads a section only when a paragraph of prose follows it before the next subheading or the end
    # (two or more paragraphs when the head reads as a caption: a page's photo captions sit one over each paragraph)
    ends = [heads[k + 1] if k + 1 < len(heads) else len(sentences) for k in range(len(heads))]
    heads = [h for h, end in zip(heads, ends)
             if end > h + 1 and _opens_prose(sentences, paragraphs, h + 1)
             and (not _caption_like(sentences[h]) or len(set(paragraphs[h + 1:end])) >= 2)]
    if len(heads) < MIN_SECTIONS and not _long_parts(heads, paragraphs):
        return None
    out, k = [], 0
    for i in range(len(sentences)):
        if k < len(heads) and i == heads[k]:
            k += 1
        out.append(k)
    return out


def heading_lines(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences that are a heading over prose, on any page, sectioned or not: a paragraph of one
    sentence of a subheading's shape (`_subheading`: short, not ended as a sentence is, no digit) right above a
    paragraph of prose (`_prose`). A letter's heading on a letters page ("Free school meals worth every penny"), a
    section's over its first paragraph, the headline repeated over the lead: it names what follows and states nothing
    as the writer states it, and as a bullet it read as a claim with a full stop added ("… worth every penny.")."""
    out: set[int] = set()
    for i, sentence in enumerate(sentences):
        if _alone_in_paragraph(paragraphs, i) and i + 1 < len(sentences) and _subheading(sentence) \
                and _prose(_paragraph_at(sentences, paragraphs, i + 1)):
            out.add(i)
    return out

