"""A post's own head below running text: the text above it is the site's, not the story (a blog's tagline, an
"about" blurb, a menu's teaser paragraphs).

The rules start the body at the first dense prose, and on a blog that is often what stands above the post: the
tagline under the blog's name ("Every night I work on a busy ward …"), a sidebar's "About me", the teasers a menu
shows under its labels ("Coaching“I came to Anna with a shop …”…"). The post then begins at its own head, which the
rules read as short lines inside the body: a date alone right above a headline-shaped line ("Friday, 26 October
2012" / "The night the lifts stopped"), or a headline-shaped line that shares a word with the post right above its
byline or date stamp ("New moorings for the fishing fleet" / "by Tom Reyes on Wednesday, October 19, 2011"), with
running text under it. The body lines between the body's start (or the rules' headline) and such a head are set aside
(POST_HEAD_REASON, fixed in every page mode), and a stamp the rules kept as text goes as a date.

A story whose opening paragraphs stand above a subheading with a date under it is no such page, so: the head must be
the first one under the body's start, with at most MAX_ABOVE body lines and no other stamp above it; the text
above must be a paragraph or a few (MAX_PROSE_ABOVE) with a longer post under the head, unless every paragraph of it
is a cut teaser ("…") or a breadcrumb over the head ends in its headline ("Home / <headline>"); a paragraph above
that opens one of the post's first lines again is the post's lead printed twice, not a blurb; two story paragraphs
or more and nothing else right under the rules' headline are that headline's own lead (LEAD_PARAGRAPHS), and so is
one over the author's name right above the head (a broadcaster's lead above its byline and date: `_signed_lead`);
where the rules' headline has a stamp of its own beside it, the page's head was found already and a later head is
the next post; a paragraph above that reports speech ("…, zei de wethouder", "said") is a story's, not a site's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbrief.normalise.features import Features
from newsbrief.normalise.metadata import date_in, is_dated_byline, lone_name
from newsbrief.normalise.phrases import SPEAKER, match_key

POST_HEAD_REASON = "above the post's head"
#: the body lines above the post's head the rule may set aside: a tagline, a blurb, a few teasers
MAX_ABOVE = 8
#: ... of which at most this many paragraphs of running text (unless all are teasers) ...
MAX_PROSE_ABOVE = 3
#: right under the rules' headline, this many paragraphs or more and nothing else, each of at least LEAD_MIN_WORDS
#: words, are that headline's own story (its lead above a dated subheading or an "Analysis: …" block with its own
#: byline), not a site's text: a site's name carries a tagline or a pitch of one paragraph, and a list of teasers
#: under a headline is short lines or has other lines between them
LEAD_PARAGRAPHS = 2
LEAD_MIN_WORDS = 15
#: under a date heading (a date alone over the head: a blog's own layout) the text above may be more than a few
#: paragraphs (a sidebar's welcome, a pitch for the blog's book and a donation appeal: five or six) when the post under
#: the head has at least this many times its words; a story's opening paragraphs over a dated subheading have the
#: shorter rest of the story under them, or one about as long
DATED_POST_RATIO = 2
#: a headline over a byline shares a longer word with the post's text (any share above nothing: a widget's label over
#: a date, "Choose text size", shares none; a date alone over a headline is a blog's head, whatever its words)
HEAD_STORY_SHARE = 0.01
#: a paragraph above the head whose first this many characters open one of the first LEAD_REACH lines under the head
#: is the post's own lead printed above it too (a news page's summary over the dated story), not a site's blurb
LEAD_CHARS = 40
LEAD_REACH = 6
#: a blog's date heading over its post has at most this many words ("Thursday, 9 August 2012")
DATE_HEADING_WORDS = 5
_CRUMB_SEPARATORS = "/»>›|"
#: a stamp line (date, "Posted by …") has at most this many words
STAMP_MAX_WORDS = 16
#: the rules' reasons for body lines the model decides: what the rule may set aside above the head (a standfirst,
#: an announced list, a caption the rules placed keep their decisions)
_BODY_REASONS = ("prose", "short line in the body", "run of short lines (menu or headline list)", "single word",
                 "headline link in the body")
#: a head the comment section names is a headline: at most this many words
NAMED_HEAD_MAX_WORDS = 20
#: ... and above it the rules' standfirst under their headline (a previous post's link, "« Older post title") goes too
_NAMED_REASONS = _BODY_REASONS + ("standfirst under the headline",)
#: a headline that asks: a question mark (Latin or Arabic) at its end, a closing quote after it at most
_QUESTION = re.compile(r"[?؟][\"'”’)]*\s*$")
#: a teaser's cut-off end: "…", "...", "[…]"
CUT_OFF = re.compile(r"(?:…|\.\.\.|\[(?:…|\.\.\.)\])[\"'”’)]*\s*$")


def is_stamp(text: str, f: Features) -> bool:
    """A post's date or byline line: short, no sentence, a date or an author in it."""
    return 2 <= f.words <= STAMP_MAX_WORDS and not f.prose and (
        f.has("date") or f.has("byline") or is_dated_byline(text) or date_in(text) is not None)


def _date_alone(text: str, f: Features) -> bool:
    """A date standing alone over a post ("Friday, 26 October 2012"): a blog's date heading, no byline, no label."""
    return f.words <= DATE_HEADING_WORDS and not f.has("byline") and date_in(text) is not None


def _stamp_beside(lines, feats, k: int) -> bool:
    """Whether a stamp line stands right above or right under line `k`."""
    return any(0 <= s < len(lines) and is_stamp(lines[s].text, feats[s]) for s in (k - 1, k + 1))


def _first_under_head(start: int, title_idx: int | None) -> int:
    """The first body line the rule looks at: the body's start, or the line under the rules' headline if lower."""
    return max(start, title_idx + 1 if title_idx is not None else 0)


def post_head(lines, feats, out: list, start: int, end: int, title_idx: int | None,
              story_share, named: int | None = None) -> tuple[int, int | None] | None:
    """(first line of the post's head, line of its stamp or None) when a post's head stands below running text the
    rules put in the body (see the module docstring), else None. `out`: the rules' decisions so far (None:
    undecided); `story_share(text, k)`: the share of the line's longer words that the running text from line k on
    uses; `named`: the line the page's comment heading names as the post's title (comments.named_post_head)."""
    if title_idx is not None and _stamp_beside(lines, feats, title_idx):
        return None  # the page's headline has its stamp: a later head is the next post's
    first = _first_under_head(start, title_idx)
    if named is not None and first < named <= first + 2 * MAX_ABOVE and feats[named].words <= NAMED_HEAD_MAX_WORDS:
        # the comment section names the post ("One Response to “<title>”"): that line is its head, dated or not, and
        # what the rules put in the body above it is the site's (a tagline, a welcome, a pitch); a stamp above it
        # is the blog's own ("Blogger News Network") when the page names this head
        above = [k for k in range(first, named) if out[k] is None or out[k].reason in _NAMED_REASONS]
        return _worth_it(lines, feats, above, named, end, (named, None), headed=first == (
            title_idx + 1 if title_idx is not None else -1))
    above: list[int] = []  # the lines the rules left to the body above the head
    headed = title_idx is not None and first == title_idx + 1  # they start right under the rules' headline
    for k in range(first, min(end, len(lines) - 2, first + 2 * MAX_ABOVE) + 1):
        d, f = out[k], feats[k]
        # (a date heading of one word by Features.words, "November 9, 2012", is a date alone all the same; a wrapped
        # line that ends in a date, "Living Forecast," Dec. 2006).", has more words and is no stamp)
        if is_stamp(lines[k].text, f) or (f.words < 2 and _date_alone(lines[k].text, f)):
            # a date alone over a headline ("Thursday, 9 August 2012" / "3D map of the galaxies"): the post's head;
            # any other dated or signed line above the head makes the text above a post of its own, not a blurb
            if _date_alone(lines[k].text, f) and _head_line(lines, feats, out, k + 1, question=True) \
                    and not _dated_above(lines, feats, first):
                # (a heading, no sentence's end: "Living Forecast," Dec. 2006)." closes a hard-wrapped sentence)
                return _worth_it(lines, feats, above, k + 1, end, (k, k), headed=headed, dated=not f.terminal)
            return None
        if d is not None and d.reason not in _BODY_REASONS:
            continue  # a line the rules placed (a caption, a widget): neither head nor story
        if _head_line(lines, feats, out, k) and is_stamp(lines[k + 1].text, feats[k + 1]) \
                and story_share(lines[k].text, k + 2) >= HEAD_STORY_SHARE:
            # a headline over its byline; the breadcrumb above it that ends in it ("Home / <headline>") says so too
            crumbed = k > 0 and _breadcrumb_of(lines[k - 1].text, lines[k].text)
            return _worth_it(lines, feats, above, k + 1, end, (k, k + 1), crumbed, headed)
        above.append(k)
        if len(above) > MAX_ABOVE:
            return None
    return None


#: a date heading this close above the body's first line (a date, an entry's title and its author over its text)
#: dates the text above the head too
DATED_ABOVE_LINES = 3


def _dated_above(lines, feats, first: int) -> bool:
    """Whether the body's first lines stand under a date heading of their own (DATED_ABOVE_LINES): the text above the
    head is then the previous entry of a dated list (a hotel's reviews, a blog's archive page: "Nov 30, 2006" /
    "Great stay" / the review), not a sidebar's."""
    return any(_date_alone(lines[j].text, feats[j]) for j in range(max(0, first - DATED_ABOVE_LINES), first))


def _breadcrumb_of(crumbs: str, headline: str) -> bool:
    """Whether `crumbs` is a breadcrumb trail that ends in the headline ("Home / Blog / <headline>")."""
    head = crumbs[: len(crumbs) - len(headline)].rstrip()
    return crumbs.endswith(headline) and bool(head) and head[-1] in _CRUMB_SEPARATORS


def _head_line(lines, feats, out: list, k: int, question: bool = False) -> bool:
    """Whether line `k` may be a post's headline: headline-shaped, no stamp, left to the body by the rules, running
    text right under it or under its stamp. Under a date alone (`question`) a headline may ask ("Research in
    Backward Motion?", "Is dit het einde?", "هل انتهى الركود؟"): a date heading over a question is a blog's head, where
    a question under a byline may be a story's own line."""
    f = feats[k]
    # a question's sentence end aside, the headline shape (Features.headline_like)
    shaped = f.headline_like or (question and _QUESTION.search(lines[k].text) is not None
                                 and replace(f, terminal=False).headline_like)
    return shaped and not is_stamp(lines[k].text, feats[k]) \
        and (out[k] is None or out[k].reason in _BODY_REASONS) \
        and any(0 <= j < len(feats) and feats[j].prose for j in (k + 1, k + 2, k + 3))


def _printed_again(text: str, opening: list[str]) -> bool:
    """Whether a paragraph above the head opens one of the post's first lines too (its lead printed twice)."""
    start = text[:LEAD_CHARS]
    return len(start) == LEAD_CHARS and any(line.startswith(start) for line in opening)


def _worth_it(lines, feats, above: list[int], head_end: int, end: int, head: tuple[int, int],
              crumbed: bool = False, headed: bool = False, dated: bool = False) -> tuple[int, int] | None:
    """`head` when the running text above it is a site's: no paragraph of it the post's own lead printed again
    (`_printed_again`), and a paragraph or a few (MAX_PROSE_ABOVE) with the post under it longer, or teasers however
    long (every paragraph cut off), or whatever it is when a breadcrumb over the head names it (`crumbed`). Under the
    rules' headline (`headed`), LEAD_PARAGRAPHS story paragraphs and nothing else are the headline's own lead. Under
    a date heading (`dated`) more paragraphs may stand above when the post is DATED_POST_RATIO times as long."""
    prose = [k for k in above if feats[k].prose]
    opening = [lines[j].text for j in range(head_end + 1, min(len(lines), head_end + 1 + LEAD_REACH))]
    if not prose or any(_printed_again(lines[k].text, opening) for k in prose):
        return None
    if crumbed or all(CUT_OFF.search(lines[k].text) for k in prose):
        return head
    if any(SPEAKER.search(match_key(lines[k].text)) for k in prose):
        return None  # someone "said" or "zei" it: reporting, the story's own text, not a tagline or a site's blurb
    words_above = sum(feats[k].words for k in prose)
    post = sum(feats[k].words for k in range(head_end + 1, min(end, len(lines) - 1) + 1) if feats[k].prose)
    if headed and len(above) >= LEAD_PARAGRAPHS and all(
            feats[k].prose and feats[k].words >= LEAD_MIN_WORDS for k in above):
        return None
    if headed and _signed_lead(lines, feats, above, head[0]):
        return None
    if dated and post >= DATED_POST_RATIO * words_above:
        return head
    return head if len(prose) <= MAX_PROSE_ABOVE and post > words_above else None


def _signed_lead(lines, feats, above: list[int], top: int) -> bool:
    """Whether the text above the head is the rules' headline's own lead over its byline: a story paragraph or more
    (each of LEAD_MIN_WORDS words at least) and nothing else, then the author's name right above the head's first
    line ("<headline>" / lead / "Pieter Goossens" / "ma 9 mrt 2026 14:32" / "<subheading or player label>": VRT,
    NOS, RTL and most broadcasters print the lead above the byline and the date). A signed line is the story's
    header, so one lead paragraph is enough here; a blog's tagline or blurb has no byline under it."""
    signed = top - 1
    if signed < 0 or not (feats[signed].has("byline") or lone_name(lines[signed].text, feats[signed])):
        return False
    lead = [k for k in above if k != signed]
    return bool(lead) and all(feats[k].prose and feats[k].words >= LEAD_MIN_WORDS for k in lead)


def set_aside_above_post(lines, feats, out: list, start: int, end: int, title_idx: int | None, story_share,
                         decision, named: int | None = None) -> int | None:
    """Mark the body lines above a post's own head (`post_head`) with `decision(POST_HEAD_REASON)`, and a stamp the
    rules kept as text as a date. `named`: the line the comment section names as the post's title, if any. The
    head's headline (under a date heading, the line under the date), or None where there is no such head."""
    found = post_head(lines, feats, out, start, end, title_idx, story_share, named)
    if found is None:
        return None
    top, stamp = found
    first = _first_under_head(start, title_idx)
    reasons = _BODY_REASONS if stamp is not None else _NAMED_REASONS
    for k in range(first, top):
        if out[k] is None or out[k].reason in reasons:
            out[k] = decision(POST_HEAD_REASON)
    if stamp is not None and (out[stamp] is None or out[stamp].reason in _BODY_REASONS):
        out[stamp] = decision("date")
    return top + 1 if stamp == top else top
