"""Pages that hold no article: an error page ("Page not found", "Pagina niet gevonden", "الصفحة غير موجودة"), a search
result, or a homepage or section page of headlines and teasers.

The normaliser keeps what reads most like a story on any page, so on such a page it keeps the error message or a few
teasers, and the summariser would present them as news. `no_article` says what the page is instead; the warning
(`losses.loss_warnings`) starts with NO_ARTICLE, and `newsbrief summarise` refuses to write takeaways for it (the
record says why). Nothing is removed here: `normalise` still shows what was found.

Four shapes, each with a bound that keeps it off a real story:

* an error message on a short line near the top, and a kept body of at most ERROR_MAX_WORDS words (a story about a
  broken web page is longer, and its mention of "page not found" sits in a long sentence);
* a search-results heading ("Search results for …", "24 resultaten", "نتائج البحث") above a kept body of at most
  SEARCH_MAX_KEPT words;
* a kept body of menu words ("UK", "Climate": a page cut off above its story, or a menu saved alone): every kept
  line shorter than MENU_MAX_LINE_WORDS words, none ending a sentence, at most MENU_MAX_KEPT words in all — no
  sentence to summarise (a one-line story still has its full stop);
* a kept body of teasers: at most TEASER_MAX_KEPT words, no paragraph of TEASER_MAX_WORDS words or more, at least
  TEASER_MIN_HEADLINES of its lines headline-like (a short line without a sentence end) and a third of them, on a
  page with at least PAGE_MIN_HEADLINES headline-like lines. A short blog post has that shape too (short paragraphs
  under subheadings, or a post hard-wrapped into short lines), so two things keep a post an article: a line that runs
  on into the next kept line (which opens in lower case: "a sparkly-eyed Agile Guru (SEAG)" / "shows up at your
  workplace …") is a wrapped sentence, no headline; and a kept body right under its own byline or date line (within
  BYLINE_ABOVE lines: "Posted by Anna Brooks on 2 March 2024") is one post, not a page of teasers.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line

#: how the warning starts (pipeline.py refuses to summarise a page whose record carries it)
NO_ARTICLE = "the page holds no article"

#: the error and search headings are looked for on lines of at most this many words ...
HEADING_MAX_WORDS = 20
#: ... among the first this many lines
HEADING_WITHIN = 40
#: an error page keeps at most this many words (its apology and a hint)
ERROR_MAX_WORDS = 80
#: a teaser page's longest kept paragraph has fewer words than this (a story's paragraphs are longer)
TEASER_MAX_WORDS = 25
TEASER_MIN_HEADLINES = 2
PAGE_MIN_HEADLINES = 8
#: ... and keeps at most this many words in all (a long list is a page's content: a changelog, a table of contents)
TEASER_MAX_KEPT = 100
#: a byline or date line this close above the first kept line makes the kept body one post (the teaser shape)
BYLINE_ABOVE = 3
#: a search-results page keeps at most this many words (a results heading over a long text is a report's table)
SEARCH_MAX_KEPT = 200
#: a kept body of menu words: every kept line shorter than this, none ending a sentence, ...
MENU_MAX_LINE_WORDS = 4
#: ... at most this many words in all (a headline alone is longer; a list of a page's own short items is longer)
MENU_MAX_KEPT = 8

_ERROR = re.compile(
    r"\b(?:page|pages)\s+(?:was\s+|is\s+)?not\s+found\b|^\s*404\b|\b(?:error|http|fout|foutcode)\s*404\b|خطأ\s*404"
    r"|\bpage\s+(?:you|u)\s+(?:are|were|requested)\b"
    r"|\bpage\s+(?:could|can)\s*not\s+be\s+found\b|\bpage\s+(?:does\s*n[o']t|no\s+longer)\s+exists?\b"
    r"|\bcould\s*n[o']t\s+find\s+(?:the|that|this)\s+page\b"
    # Dutch
    r"|\bpagina\s+(?:is\s+)?niet\s+gevonden\b|\bpagina\s+(?:kan|kon)\s+niet\s+(?:worden\s+)?gevonden\b"
    r"|\bpagina\s+bestaat\s+niet\b|\bde\s+pagina\s+die\s+(?:je|u)\s+(?:zoekt|zocht)\b"
    # Arabic (the alef forms written out: the line is searched as it is)
    r"|الصفحة\s+(?:المطلوبة\s+)?غير\s+موجودة|لم\s+يتم\s+العثور\s+على\s+الصفحة|الصفحة\s+التي\s+تبحث\s+عنها"
    r"|الصفحة\s+(?:غير\s+متوفرة|لم\s+تعد\s+موجودة)",
    re.IGNORECASE,
)
_SEARCH = re.compile(
    r"^\s*(?:search\s+results?|results?\s+for\b|\d[\d,.]*\s+(?:search\s+)?results?\b|no\s+results?\s+found"
    r"|zoekresultat(?:en)?|resultaten\s+voor\b|\d[\d.]*\s+resultat(?:en)?\b|geen\s+resultaten"
    r"|نتائج\s+البحث|لا\s+توجد\s+نتائج|\d+\s+نتيجة)",
    re.IGNORECASE,
)


def no_article(lines: list[Line], feats: list[Features], roles: list[str]) -> str | None:
    """The warning for a page that holds no article (see the module docstring), or None."""
    kept = [i for i, r in enumerate(roles) if r == "content"]
    kept_words = sum(feats[i].words for i in kept)
    top = [i for i in range(min(len(lines), HEADING_WITHIN)) if feats[i].words <= HEADING_MAX_WORDS]
    error = next((i for i in top if _ERROR.search(lines[i].text)), None)
    if error is not None and kept_words <= ERROR_MAX_WORDS:
        return f"{NO_ARTICLE}: it is an error page ({lines[error].text[:60]!r}); nothing to summarise"
    first_kept = kept[0] if kept else len(lines)
    search = next((i for i in top if i <= first_kept and _SEARCH.match(lines[i].text)), None)
    if search is not None and kept_words <= SEARCH_MAX_KEPT:
        return f"{NO_ARTICLE}: it is a list of search results ({lines[search].text[:60]!r}); nothing to summarise"
    if not kept:
        return None
    if kept_words <= MENU_MAX_KEPT and all(feats[i].words < MENU_MAX_LINE_WORDS and not feats[i].terminal
                                           for i in kept):
        return f"{NO_ARTICLE}: it holds only menu words, no sentence ({_kept_words(lines, kept)}); nothing to summarise"
    if any(roles[i] in ("byline", "published") for i in range(max(0, first_kept - BYLINE_ABOVE), first_kept)):
        return None  # one post under its byline or date, however short its paragraphs
    runs_on = {i for i, j in zip(kept, kept[1:]) if lines[j].text.lstrip()[:1].islower()}  # a wrapped sentence
    headlines = sum(1 for i in kept if feats[i].headline_like and i not in runs_on)
    longest = max(feats[i].words for i in kept)
    on_page = sum(1 for f in feats if f.headline_like)
    if longest < TEASER_MAX_WORDS and kept_words <= TEASER_MAX_KEPT and headlines >= TEASER_MIN_HEADLINES \
            and 3 * headlines >= len(kept) and on_page >= PAGE_MIN_HEADLINES:
        return (f"{NO_ARTICLE}: it reads as a list of headlines and teasers (a homepage or section page: {headlines} "
                f"of the {len(kept)} kept lines are headlines, none is a story paragraph); nothing to summarise")
    return None


def _kept_words(lines: list[Line], kept: list[int]) -> str:
    """The kept lines as the warning quotes them ("UK / Climate")."""
    return " / ".join(lines[i].text.strip() for i in kept)[:60]
