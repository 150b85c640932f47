"""Pull quotes: a short paragraph that repeats, word for word, sentences the story already gives inside a paragraph.

A long read sets a line of its own text in large type between paragraphs, as a quotation ("You had to know that river
like your own hands."); a scrape keeps it as a paragraph of its own, so the record gave the sentence twice and a
summariser weighed it twice. Its words stand again in a longer kept paragraph (often with a "she says" between its
sentences, with a comma where the quote has a full stop, in other quotation marks), so it is read on letters and digits
alone: every sentence of the short paragraph must stand in one longer kept paragraph. The copy inside the paragraph
stays (it has its speaker and context); the lone copy goes, above or below it. Only a quotation set apart beside a
paragraph that quotes someone is one (`pull_quotes`): a heading, a list item or a teaser a paragraph repeats, a short
line (under MIN_WORDS words), two paragraphs that are the same, or a blog's answer to a letter it quotes further up
stay; once a line is a pull quote, its copies further down the page are too (`_copies`). A label the scrape kept
before the quote ("Pull quote:", "Citaat:", "اقتباس:") is no part of it (`_LABEL`).

An HTML page says so itself: the element that sets the quote apart is named a pull quote in its class or id
(`<blockquote class="pullquote">`, `<aside class="pull-quote">`, `<div class="article__pullout">`), the designer's word
whatever the page's language (`marked_pull_quote`). Such an element is taken out before the extractor reads the page,
repeated or not: set apart in large type, without its speaker, it is no paragraph of the story.
"""

from __future__ import annotations

import re

from newsbrief.normalise.lines import SENTENCE_BOUNDARY, word_count  # the stop stays on the part: _letters drops it

PULL_QUOTE_REASON = "pull quote (repeats a paragraph)"
#: a pull quote is a sentence or three: a longer paragraph is the story's own
MAX_WORDS = 60
#: ... and a line longer than this many characters is not read as a copy of one (`_copies`: no scan of long paragraphs)
MAX_CHARS = 1000
#: fewer words than this ("Yes.", "No comment.") may stand in any paragraph by chance
MIN_WORDS = 6
#: a sentence of the quote with fewer letters than this ("Yes." in a quote of two sentences) is not looked up alone
MIN_LETTERS = 12

#: a pull quote stands beside the paragraph it quotes, within this many lines (a headline, a teaser or a blog's reply to
#: a letter quoting its points, further from them, is no pull quote)
NEAR_LINES = 4
#: a pull quote is set as a quotation: it opens with a quotation mark (any: " “ „ « ' ‘) and ends with a sentence's stop
#: or a closing mark. A heading, a list item ("4. Create partnerships …", "• Cap federal spending …") or a teaser that a
#: paragraph repeats ("Facebook offers big returns for a small investment.") is the page's own line
_QUOTE_SHAPE = re.compile(r"^\s*[\"“„«'‘].*[.!?…؟\"”’»']\s*$", re.DOTALL)
#: a label a scrape keeps before a pull quote, the designer's word for the box ("Pull quote: “…”", "Quote: …",
#: "Citaat: …", "اقتباس: …"): the quote is read without it (bounded, anchored: linear)
_LABEL = re.compile(r"^\s*(?:pull[- ]?quote|pull[- ]?out|quote|quotation|citaat|streamer|اقتباس)\s*[:：–—-]\s*",
                    re.IGNORECASE)
#: the paragraph a pull quote repeats quotes someone: it holds a quotation mark (an apostrophe is none). A blog post
#: that sets a reader's sentence apart to answer it quotes a comment, whose paragraph has none
_QUOTES = re.compile(r"[\"“”„«»]")
#: a longer line holding the quote is looked up by the quote's first this many words
KEY_WORDS = 3

_WORD = re.compile(r"\w+")


def _letters(text: str) -> str:
    """The text's letters and digits, case folded: quotation marks, punctuation and spacing play no part."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _key(text: str) -> tuple[str, ...]:
    """The first KEY_WORDS words of a text: where a longer line holding it is looked up."""
    return tuple(_WORD.findall(text.casefold())[:KEY_WORDS])


def pull_quotes(texts: list[str], kept: list[bool]) -> set[int]:
    """The indices of kept lines that are pull quotes: set as a quotation (`_QUOTE_SHAPE`), at most MAX_WORDS and at
    least MIN_WORDS words, each of their sentences (of MIN_LETTERS letters or more; at least one such) inside one
    other kept line that is longer, at most NEAR_LINES lines away, that quotes someone (`_QUOTES`).
    Linear in the page: the lines that may hold a quote are found by its first words (an index of the runs of
    KEY_WORDS words of every kept line near a quote-shaped one), and only those are read."""
    candidates = []
    for i, (text, keep) in enumerate(zip(texts, kept)):
        text = _LABEL.sub("", text, count=1)
        if not keep or not MIN_WORDS <= word_count(text) <= MAX_WORDS or not _QUOTE_SHAPE.match(text):
            continue
        parts = [(s, p) for s, p in ((s, _letters(s)) for s in SENTENCE_BOUNDARY.split(text)) if len(p) >= MIN_LETTERS]
        if parts:
            candidates.append((i, parts, len(_letters(text))))
    # (only the lines NEAR_LINES or fewer from a quote-shaped line can hold it: the others are not indexed — a page
    # without one, most pages, indexes nothing, and a 1 MB paragraph is not split into 200k word runs for nothing)
    near = {j for i, _, _ in candidates for j in range(max(0, i - NEAR_LINES), min(len(texts), i + NEAR_LINES + 1))}
    where: dict[tuple[str, ...], set[int]] = {}
    for j in sorted(near):
        if kept[j]:
            tokens = _WORD.findall(texts[j].casefold())
            for k in range(max(1, len(tokens) - KEY_WORDS + 1)):
                where.setdefault(tuple(tokens[k:k + KEY_WORDS]), set()).add(j)
    letters: dict[int, str] = {}
    out = set()
    for i, parts, own in candidates:
        for j in where.get(_key(parts[0][0]), ()):
            if j == i or abs(j - i) > NEAR_LINES:
                continue
            other = letters.get(j) or letters.setdefault(j, _letters(texts[j]))
            if len(other) > own and _QUOTES.search(texts[j]) and all(p in other for _, p in parts):
                out.add(i)
                break
    return out | _copies(texts, kept, out)


def _copies(texts: list[str], kept: list[bool], quotes: set[int]) -> set[int]:
    """The kept lines that repeat a found pull quote letter for letter, however far from the paragraph it quotes: a
    long read sets the same quotation apart twice or three times down the page, and only the copy beside the quoting
    paragraph passed `pull_quotes`' nearness test. Once a line is a pull quote, its copies are too (two paragraphs that
    are the same and quote nothing the story says stay: neither is a pull quote)."""
    if not quotes:
        return set()
    found = {_letters(_LABEL.sub("", texts[i], count=1)) for i in quotes}
    return {i for i, (text, keep) in enumerate(zip(texts, kept))
            if keep and i not in quotes and len(text) <= MAX_CHARS and _letters(_LABEL.sub("", text, count=1)) in found}


#: a class or id naming a pull quote: "pullquote", "pull-quote", "pull_quote", "c-pullquote__text", "pullout"
#: (an attribute is at most a few hundred characters; the pattern has no nested repeats)
_MARKED = re.compile(r"(?<![a-z])pull[-_]?(?:quote|out)", re.IGNORECASE)


def marked_pull_quote(element) -> bool:
    """Whether an HTML element (lxml) is marked as a pull quote by its class or id (`_MARKED`)."""
    return any(_MARKED.search(element.get(name) or "") for name in ("class", "id"))
