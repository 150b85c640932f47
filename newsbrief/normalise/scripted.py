"""A page that renders its article in the browser: the text is only in a script's data, none of it in the HTML.

A Next.js page rendered on the client carries its article in `<script id="__NEXT_DATA__">` (or the App Router's
`self.__next_f.push(…)` chunks; Nuxt's `window.__NUXT__`, a store's `window.__INITIAL_STATE__`) and shows "Loading…"
until its scripts run. trafilatura reads no script (its documentation offers no route for such data), and the shape
of that JSON is each site's own, so the normaliser does not guess at it: it says why the page holds no article
("renders its text with JavaScript") instead of "only menu words", and keeps none of the placeholder as the story.
"""

from __future__ import annotations

import re

from newsbrief.normalise.noarticle import NO_ARTICLE

#: the data blocks of the common client-rendering frameworks, in the page's first SCRIPTED_MAX_CHARS characters
_DATA_BLOCK = re.compile(
    r"<script\b[^>]{0,300}\bid\s*=\s*[\"']__NEXT_DATA__[\"']|self\.__next_f\.push\(|window\.__(?:NUXT|INITIAL_STATE|"
    r"APOLLO_STATE|PRELOADED_STATE)__\s*=", re.IGNORECASE)
#: how far into the page to look (the data block may follow a long head; a page is read once here)
SCRIPTED_MAX_CHARS = 2_000_000

#: a paragraph that ends a sentence (a headline or a menu word does not)
_SENTENCE_END = re.compile(r"[.!?؟][\"'”’»)]*\s*$")

#: the no-article reason for such a page (said after noarticle.NO_ARTICLE)
SCRIPTED_REASON = ("its text is rendered by JavaScript in the browser (the article is only in a script's data, such "
                   "as Next.js's __NEXT_DATA__); save the page as the browser shows it, or its text")


def renders_in_browser(html: str) -> bool:
    """Whether the page carries a client-rendering framework's data block (`_DATA_BLOCK`)."""
    return _DATA_BLOCK.search(html, 0, SCRIPTED_MAX_CHARS) is not None


def say_rendered_in_browser(article, html: str) -> None:
    """On a page that renders in the browser (`renders_in_browser`) where the normaliser kept no article (no
    paragraph that ends a sentence: only its headline or a menu word; or noarticle's "only menu words"): nothing of
    the placeholder as the story, and the reason said as the record's no-article warning, which `summarise` refuses
    the page with."""
    if not renders_in_browser(html) or any(_SENTENCE_END.search(p) for p in article.paragraphs) \
            and not any(w.startswith(NO_ARTICLE) for w in article.warnings):
        return
    article.removed = article.removed + article.paragraphs
    article.paragraphs = []
    article.warnings = [f"{NO_ARTICLE}: {SCRIPTED_REASON}; nothing to summarise"] + [
        w for w in article.warnings if not w.startswith(NO_ARTICLE)]
