"""Page-level mode of the learned normaliser: how much of a page to keep, decided from the page's shape.

The line model (`learned.py`) answers "is this line part of the main text?" one line at a time. How much
a page should keep also depends on what kind of page it is: on a news article with one body, the rules'
header and comment-section decisions hold and a doubtful line is better dropped; on a page that is not
one article with one body (a forum thread, a list of links, a product page, a homepage, a personal page),
most non-furniture text is the content, and the lines above the first headline or after a "comments"
marker are content too. A small multinomial logistic regression (fitted by scripts/fit_normaliser.py on
site-held-out line probabilities, never told which dataset a page comes from) picks one of `MODES` from
page-level features: shares of the page's words that each mode would keep, the rules' body and header
shares, the spread of the line probabilities, and the page's shape (length, prose, short lines, bullets).
"""

from __future__ import annotations

import math

from newsbrief.normalise.comments import THREAD_REASONS
from newsbrief.normalise.vectors import FEATURE_NAMES

#: (name, the model may overrule the rules above the headline and in comment sections, threshold,
#: drop_kept_below): the first mode is the strict news-article one, the others keep progressively more.
#: In the article mode a line the rules dropped needs a clear 0.7 to be kept (the rules' page structure
#: holds); chosen on folds 0 and 1 of the site-grouped split against 0.5 and 0.85 (scripts/fit_normaliser.py)
MODES = (
    ("article", False, 0.7, 0.3),
    ("open", True, 0.5, 0.3),
    ("wide", True, 0.3, 0.15),
    ("wider", True, 0.15, 0.08),
    ("all", True, 0.05, 0.03),
)
#: a page of fewer lines stays in the article mode: the layer learned from whole-page dumps (a median of 136 to
#: 200 lines; about 50 of the 2,872 pages are shorter), and a short input is an article's text already, or a part of
#: one, where a headline-like line above the headline is a banner, not a post
MIN_LINES = 20
#: rule reasons that only the open modes let the model overrule: on a page that is no single news article, the
#: lines above its first headline, a comment thread and a story set aside as a second article (a blog's second
#: post, a press release or a notice quoted whole, a page of advice letters) are its content too. Chosen on folds
#: 0-1 (scripts/fit_normaliser.py): the second article soft against fixed. A comment thread found by its stamps
#: (comments.THREAD_REASON) is not soft: no mode keeps it; "comment section" is what follows a bare counter
SOFT_REASONS = ("above the headline", "comment section", "second article")


def rule_reason(reason: str) -> str:
    """The rules' reason of a decision, also when the learned model decided ("model 0.40 (rules: R)" -> R)."""
    if reason.startswith("model ") and reason.endswith(")") and " (rules: " in reason:
        return reason[reason.index(" (rules: ") + len(" (rules: "):-1]
    return reason

#: rule reasons that drop a line for where it stands alone (outside the body region the rules anchored on the page's
#: densest prose), not for what it is (a phrase-list widget, a box, a caption, a menu run, title and byline)
POSITIONAL_REASONS = ("before the article", "above the headline", "after the article", "comment section")
#: a keep decision is a sliver when it keeps fewer words than this ...
SLIVER_WORDS = 50
#: ... and under this share of the words of its kept lines and the lines dropped for their position only
SLIVER_SHARE = 0.07


def no_sliver(keep: list[bool], words: list[int], reasons: list[str]) -> list[bool]:
    """The keep decision, or, when it keeps a sliver of the page (SLIVER_WORDS, SLIVER_SHARE), also the lines the
    rules dropped for their position only (POSITIONAL_REASONS; `reasons` are the rules' own).

    A page that is all content (a list of links, a listing, a log of entries, a table of contents, a thread) has
    no article body: the rules' body region then falls on its one or two sentence-like lines, and everything
    above and below it is dropped for its position, leaving a line or two of a page whose text is the content.
    An article found on a news page keeps more than that (a one-paragraph story is most of what no phrase or box
    claims); the furniture the phrase lists, boxes and menus name still goes. Chosen on folds 0-1 of the
    site-grouped split (scripts/fit_normaliser.py): 40-50 words and 5-10% a flat region for cleaneval; most of
    dragnet's pages that meet it had kept a line or two of a story the rules had already missed, and a larger bound
    starts to take short news stories for slivers (BENCHMARKS.md, "No slivers").
    """
    kept = sum(w for w, k in zip(words, keep) if k)
    if kept >= SLIVER_WORDS:
        return keep
    unclaimed = [not k and r in POSITIONAL_REASONS for k, r in zip(keep, reasons)]
    loose = sum(w for w, u in zip(words, unclaimed) if u)
    if kept >= SLIVER_SHARE * (kept + loose) or kept + loose < SLIVER_WORDS:
        return keep
    return [k or u for k, u in zip(keep, unclaimed)]


#: the rules' reasons of a line that ends the story: an end marker ("Related stories", "More from the region", "Meer
#: nieuws uit de regio", "المزيد من الأخبار") or a link label ("Read more", "Lees ook")
END_MARKERS = ("end", "read_more")
#: ... what the rules dropped under it is a list of links or teasers when none of its lines is longer than this (a
#: headline, a one-sentence summary): running text under a marker (a blog's next post under "Related posts:", a paper's
#: "Discussion") is no list. Chosen on folds 0-1 of the site-grouped split against 50 words and no bound (the bound
#: keeps every cleaneval page of folds 0-1 as it was; BENCHMARKS.md, "An end marker closes the page")
CLOSED_MAX_WORDS = 30


def closed_list(reasons: list[str], rule_kept: list[bool], words: list[int]) -> list[bool]:
    """The lines the rules dropped "after the article" under the first end marker (END_MARKERS) below the story's last
    kept line, when they make a list (CLOSED_MAX_WORDS); else none. `reasons` are the rules' own.

    The page layer decides how much of a page is content, from the page's shape; a list of teasers or links that
    the page itself set apart under "More from the region" is not content in any mode, however much of the page
    it makes (a two-paragraph story over thirty headlines looks like a page of links to the layer).
    """
    last = max((i for i, kept in enumerate(rule_kept) if kept), default=-1)
    marker = next((i for i in range(last + 1, len(reasons)) if reasons[i] in END_MARKERS), None)
    if marker is None:
        return [False] * len(reasons)
    closed = [i > marker and reason == "after the article" for i, reason in enumerate(reasons)]
    if max((w for w, c in zip(words, closed) if c), default=0) > CLOSED_MAX_WORDS:
        return [False] * len(reasons)
    return closed


_I = {name: FEATURE_NAMES.index(name) for name in (
    "page_prose_share", "w_le_5", "terminal", "r_run", "r_single", "bullet", "r_after", "r_before", "r_prose",
    "stop_share", "log_repeated", "urlish", "r_short_kept", "prose_run", "r_phrase")}

PAGE_FEATURE_NAMES = (
    ("bias", "log_lines", "prose_share", "rules_kept")
    + tuple(f"kept_{name}" for name, *_ in MODES)
    + ("soft_words", "soft_model_kept", "mean_p", "unsure_p", "sure_p", "has_title", "short_lines", "menu_words",
       "bullet_words", "after_words", "before_words", "comment_words", "prose_words", "terminal_lines",
       "mean_stop", "repeated_lines", "url_lines", "short_kept_words", "max_prose_run", "phrase_words",
       "log_words_per_line", "story_sentences")
)


def page_features(vectors: list[list[float]], probs: list[float], words: list[int], rule_kept: list[bool],
                  soft: list[bool], reasons: list[str], has_title: bool, kept: list[list[bool]]) -> list[float]:
    """One row of PAGE_FEATURE_NAMES; `kept` holds each mode's keep decision (mode_keep)."""
    n = len(vectors)
    total = max(1, sum(words))

    def share(flags) -> float:  # share of the page's words on the flagged lines
        return sum(w for w, f in zip(words, flags) if f) / total

    col = {name: [v[k] for v in vectors] for name, k in _I.items()}
    row = [1.0, math.log1p(n) / 8, col["page_prose_share"][0] if n else 0.0, share(rule_kept)]
    row += [share(k) for k in kept]
    row += [
        share(soft),
        share([s and p >= 0.5 for s, p in zip(soft, probs)]),
        sum(w * p for w, p in zip(words, probs)) / total,
        share([0.2 < p < 0.8 for p in probs]),
        share([p >= 0.9 for p in probs]),
        float(has_title),
        sum(s * (1 - t) for s, t in zip(col["w_le_5"], col["terminal"])) / max(1, n),
        share([a or b for a, b in zip(col["r_run"], col["r_single"])]),
        share(col["bullet"]),
        share(col["r_after"]),
        share(col["r_before"]),
        share([r in THREAD_REASONS for r in reasons]),
        share(col["r_prose"]),
        sum(col["terminal"]) / max(1, n),
        sum(w * s for w, s in zip(words, col["stop_share"])) / total,
        sum(1 for x in col["log_repeated"] if x > 0) / max(1, n),
        sum(col["urlish"]) / max(1, n),
        share(col["r_short_kept"]),
        max(col["prose_run"], default=0.0) / 5,
        share(col["r_phrase"]),
        math.log1p(total / max(1, n)) / 4,
        story_sentences(words, rule_kept, col["terminal"]),
    ]
    return row


def story_sentences(words: list[int], rule_kept: list[bool], terminal: list[float]) -> float:
    """The share of the words the rules keep that stand on lines ending a sentence (0 when they keep nothing).

    A news story or a blog post the rules found is running text: its lines end in sentences, also when a comment
    thread or a second post follows it. What the rules keep of a page that is no single story (a forum, a link
    list, a listing whose "body" is a stretch of headlines, captions or menu lines) mostly does not, and there the
    page is its content in an open mode. Chosen on folds 0-1 of the site-grouped split among page features that
    describe the story above a thread (BENCHMARKS.md, "The page layer learns whether the story ends its sentences").
    """
    kept = sum(w for w, k in zip(words, rule_kept) if k)
    return sum(w for w, k, t in zip(words, rule_kept, terminal) if k and t > 0.5) / kept if kept else 0.0


def choose_mode(row: list[float], layer: dict | None) -> int:
    """The mode with the highest score of the fitted multinomial model (the first mode without one)."""
    if not layer:
        return 0
    x = [(v - m) / s for v, m, s in zip(row, layer["mean"], layer["scale"])]
    scores = [b + sum(c * v for c, v in zip(coefs, x)) for coefs, b in zip(layer["coef"], layer["intercept"])]
    return max(range(len(scores)), key=scores.__getitem__)
