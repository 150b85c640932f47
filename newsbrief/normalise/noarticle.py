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
  BYLINE_ABOVE lines: "Posted by Anna Brooks on 2 March 2024") is one post, not a page of teasers. A section page's
  river of teasers is longer than TEASER_MAX_KEPT words (20 to 50 teasers), and says so by its repeated unit: a
  headline, its standfirst (a sentence under TEASER_MAX_WORDS words) and its time line ("2 hours ago · News",
  "Gisteren · Binnenland", "منذ ساعتين · محليات", above or under the pair: metadata.teaser_stamp), LISTING_MIN_TEASERS
  times or more and most of what was kept: then the word cap does not apply, nor the date bound (the first teaser's
  time line may have been read as the page's date); a byline right above still makes it one author's live blog. A story's sections do not come with a time line each;
  a live blog's entries do, but their text runs longer than a standfirst.
* on an HTML page (`listing_page`, the tree): LISTING_MIN_TEASERS headlines or more that are links, each in a card
  of its own (the largest element round it with no other headline: an <article>, an <li>, a <div>) of at most
  TEASER_CARD_WORDS words, and no running text outside the cards (no paragraph of TEASER_MAX_WORDS words or more, at
  most TEASER_MAX_KEPT words of paragraphs in all): a story with a related box has its own paragraphs beside the box.
* a page saved before its script built the article (a text dump of a script-built page): its placeholder ("Loading
  article…", "Artikel wordt geladen", "جاري تحميل المقال": the phrase lists' `loading` group) near the top and no
  sentence of running text kept.
"""

from __future__ import annotations

import re
from itertools import islice

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.metadata import teaser_stamp
from newsbrief.normalise.phrases import in_group

#: how the warning starts (pipeline.py refuses to summarise a page whose record carries it)
NO_ARTICLE = "the page holds no article"

#: the error and search headings are looked for on lines of at most this many words ...
HEADING_MAX_WORDS = 20
#: ... and at most this many characters (digits are no words: a megabyte of numbers has none, and is no heading)
HEADING_MAX_CHARS = 1000
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
#: a section page's teasers (headline, standfirst, time line) lift the word cap from this many on ...
LISTING_MIN_TEASERS = 5
#: ... when their lines are at least this share of the kept lines
LISTING_MIN_SHARE = 0.6
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
    top = [i for i in range(min(len(lines), HEADING_WITHIN))
           if feats[i].words <= HEADING_MAX_WORDS and len(lines[i].text) <= HEADING_MAX_CHARS]
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
    loading = next((i for i in top if in_group(lines[i].text, feats[i].words, "loading")), None)
    if loading is not None and not any(feats[i].prose for i in kept):
        return (f"{NO_ARTICLE}: it was saved before its script built the article ({lines[loading].text.strip()[:60]!r}, "
                "no sentence of a story kept); nothing to summarise")
    longest = max(feats[i].words for i in kept)
    teasers = _teasers(lines, feats)
    above = roles[max(0, first_kept - BYLINE_ABOVE):first_kept]  # the lines right over the kept body
    # (a byline there is one author's: a live blog of short timed posts, no section page)
    if longest < TEASER_MAX_WORDS and len(teasers) >= LISTING_MIN_TEASERS and "byline" not in above \
            and sum(1 for i in kept if i in teasers) >= LISTING_MIN_SHARE * len(kept):
        return (f"{NO_ARTICLE}: it reads as a list of headlines and teasers (a homepage or section page: "
                f"{len(teasers) // 3} teasers, each a headline, a line under it and a time line); nothing to summarise")
    if "byline" in above or "published" in above:
        return None  # one post under its byline or date, however short its paragraphs
    runs_on = {i for i, j in zip(kept, kept[1:]) if lines[j].text.lstrip()[:1].islower()}  # a wrapped sentence
    headlines = sum(1 for i in kept if feats[i].headline_like and i not in runs_on)
    on_page = sum(1 for f in feats if f.headline_like)
    if longest < TEASER_MAX_WORDS and kept_words <= TEASER_MAX_KEPT and headlines >= TEASER_MIN_HEADLINES \
            and 3 * headlines >= len(kept) and on_page >= PAGE_MIN_HEADLINES:
        return (f"{NO_ARTICLE}: it reads as a list of headlines and teasers (a homepage or section page: {headlines} "
                f"of the {len(kept)} kept lines are headlines, none is a story paragraph); nothing to summarise")
    return None


#: a teaser's card on an HTML page holds at most this many words (its headline, standfirst, time and section)
TEASER_CARD_WORDS = 60
_HEADINGS = ("h1", "h2", "h3", "h4")


def listing_page(root, paragraphs: list[str]) -> str | None:
    """The no-article warning for an HTML section page (the module docstring), or None. `root`: the page's tree
    (html._parse); `paragraphs`: the extractor's body, one paragraph each, as a second look at the running text."""
    if root is None:
        return None
    cards = []
    for heading in root.iter(*_HEADINGS):
        linked = heading.find(".//a[@href]") is not None or any(
            a.tag == "a" and a.get("href") for a in heading.iterancestors())
        if not linked:
            continue
        card = heading
        # the largest element round the headline with no other headline in it: the teaser's card
        for parent in heading.iterancestors():
            # (a second headline is looked for only until found: a flat list of thousands of teasers stays linear)
            if parent.tag in ("body", "html", "main") or len(list(islice(parent.iter(*_HEADINGS), 2))) > 1:
                break
            card = parent
        if len(card.text_content().split()) <= TEASER_CARD_WORDS:
            cards.append(card)
    if len(cards) < LISTING_MIN_TEASERS:
        return None
    inside = {id(e) for card in cards for e in card.iter()}
    outside = [" ".join(p.text_content().split()) for p in root.iter("p") if id(p) not in inside]
    in_cards = {" ".join(card.text_content().split()) for card in cards}
    running = any(len(p.split()) >= TEASER_MAX_WORDS and not any(p in text for text in in_cards)
                  for p in outside + paragraphs)
    if running or sum(len(p.split()) for p in outside) > TEASER_MAX_KEPT:
        return None  # a story's paragraphs beside a box of teasers
    return (f"{NO_ARTICLE}: it reads as a list of headlines and teasers (a homepage or section page: {len(cards)} "
            "linked headlines, each in a short teaser, and no story paragraph); nothing to summarise")


def _teasers(lines: list[Line], feats: list[Features]) -> set[int]:
    """The lines of the page's teaser units (the module docstring): a headline-like line, a sentence under
    TEASER_MAX_WORDS words right under it, and a time line right above the headline or right under the sentence —
    three lines in a row (blank lines aside), each line in one unit only."""
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    stamp = [teaser_stamp(lines[i].text) for i in filled]
    out: set[int] = set()
    for k in range(len(filled) - 1):
        h, s = filled[k], filled[k + 1]
        if not (feats[h].headline_like and not stamp[k] and feats[s].terminal and feats[s].words < TEASER_MAX_WORDS
                and not stamp[k + 1]) or h in out:
            continue
        if k + 2 < len(filled) and stamp[k + 2] and filled[k + 2] not in out:
            out.update((h, s, filled[k + 2]))
        elif k > 0 and stamp[k - 1] and filled[k - 1] not in out:
            out.update((filled[k - 1], h, s))
    return out


def _kept_words(lines: list[Line], kept: list[int]) -> str:
    """The kept lines as the warning quotes them ("UK / Climate")."""
    return " / ".join(lines[i].text.strip() for i in kept)[:60]
