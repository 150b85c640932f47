"""Sponsored content: a piece an advertiser paid for, laid out as a story ("Paid Post" / "Presented by SkyLink
Regional Airports" / headline / "This content was paid for by …") — stop 32, tester probeB #3.

The normaliser keeps its text as it keeps a story's, and `summarise` wrote takeaways for an advertisement as if it
were news. `sponsored` names such a page by the label a paid piece carries near its headline (the phrase lists'
`sponsor_label`: "Paid Post", "Sponsored content", "Advertorial", "Presented by …", "In samenwerking met …", "محتوى
مدعوم", "إعلان") or by its disclosure sentence (`sponsor_note`: "This content was paid for by …", "Dit artikel kwam
tot stand in samenwerking met …", "هذا المحتوى مدعوم من …"), which the rules remove as furniture (misc): no story's
first fact, no takeaway.

The bounds that keep it off a news story: a label counts only in the page's head, within LABEL_ABOVE lines above
its headline or its first kept line (a "Sponsored" ad slot between a story's paragraphs, a "Paid Post" teaser box
under it, a menu's "Advertorial" link at the top of the page stand elsewhere); a bare one-word label ("Sponsored",
"Advertentie"-like "إعلان", an ad slot's own word) only with a second sign: another label or the disclosure; and the
disclosure is a sentence about the piece itself ("This content was paid for by"), not a story's "The bill was
sponsored by two senators". A newsroom's own collaborations ("produced in partnership with ProPublica") are neither.

Like notnews.py it warns and does not refuse: the text is there to read, but its takeaways summarise an
advertisement. The warning opens with notnews.NOT_NEWS. `sponsor_line` tells the headline choice (classify.py) that
a sponsor's line ("Presented by SkyLink Regional Airports", Title Case) is never the headline.

On a page judged sponsored, the advertiser's calls to action between or under its paragraphs ("Book your summer break
now", "Find your nearest SkyLink airport": the phrase lists' ``sponsored_call``, no category) go too
(`sponsored_calls`); on any other page they are a story's own subheadings ("Find your nearest polling station").

An advertiser's block set between a news story's paragraphs ("In samenwerking met Vattenfall" / an offer / "Bekijk de
actie" / "Advertentie") is read by its two bounds, both needed (`sponsored_blocks`): the partner line that opens it and
the ad marker that closes it, no story sentence between. Either alone says too little: a bare "Advertentie" marks an
ad slot whose ad the scraper dropped, with the story going on at once, and "In samenwerking met …" may be a newsroom's.
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.notnews import NOT_NEWS
from newsbrief.normalise.phrases import in_group, story_sentence

#: the reason on a sponsored page's call to action the rules removed (`sponsored_calls`)
SPONSORED_CALL_REASON = "sponsored call to action"
#: a sponsor's label counts this many non-empty lines above the headline or the first kept line at most
LABEL_ABOVE = 4
#: the disclosure sentence is looked for among the first this many lines of the story (under its headline)
NOTE_WITHIN = 12


def sponsor_line(text: str, words: int) -> bool:
    """Whether a line is a sponsor's label ("Paid Post", "Presented by SkyLink Regional Airports", "In samenwerking
    met Rabobank", "برعاية …"): no headline, whatever its shape."""
    return in_group(text, words, "sponsor_label")


def sponsored(lines: list[Line], feats: list[Features], roles: list[str]) -> str | None:
    """The warning for sponsored content (the module docstring), or None."""
    kept = [i for i, role in enumerate(roles) if role == "content"]
    if not kept:
        return None
    head = next((i for i, role in enumerate(roles) if role == "title"), kept[0])
    head = min(head, kept[0])
    filled = [i for i in range(head) if lines[i].text.strip()][-LABEL_ABOVE:]
    labels = [i for i in filled if sponsor_line(lines[i].text, feats[i].words)]
    # the disclosure: a removed or kept line near the top of the story
    notes = [i for i in range(head, min(len(lines), kept[0] + NOTE_WITHIN))
             if in_group(lines[i].text, feats[i].words, "sponsor_note")]
    strong = [i for i in labels if feats[i].words > 1]
    if not (strong or notes or len(labels) >= 2):
        return None
    shown = (strong or labels or notes)[0]
    return (f"{NOT_NEWS}: it reads as sponsored content ({lines[shown].text.strip()[:60]!r}): an advertiser paid for "
            "it; its takeaways summarise an advertisement, not a report")


def sponsored_calls(lines: list[Line], feats: list[Features], roles: list[str]) -> list[int]:
    """The kept lines that are an advertiser's calls to action (``sponsored_call``) on a page `sponsored` judges
    sponsored; none on any other page, where the same words head a public-service story's section."""
    calls = [i for i, role in enumerate(roles)
             if role == "content" and in_group(lines[i].text, feats[i].words, "sponsored_call")]
    return calls if calls and sponsored(lines, feats, roles) else []


#: the reason of an advertiser's block inside a story (`sponsored_blocks`: a box, the model does not overrule it)
SPONSORED_BLOCK_REASON = "sponsored block"
#: the partner line that opens an advertiser's block: a partner's or a sponsor's name after its label, a short line
#: with no sentence end ("In samenwerking met Vattenfall", "In partnership with SkyLink", "بالتعاون مع شركة …")
_PARTNER = re.compile(
    r"^\W*(?:in (?:(?:betaalde|commerciële) )?samenwerking met|aangeboden door|mogelijk gemaakt door|gesponsord door|"
    r"in (?:paid )?partnership with|in association with|presented by|sponsored by|powered by|brought to you by|"
    r"بالتعاون مع|بالشراكة مع|برعاية|بدعم من|مقدم من)\s+\S", re.IGNORECASE)
#: the ad marker that closes it, a line of its own ("Advertentie", "Advertisement", "إعلان", "محتوى مدفوع")
_AD_MARKER = re.compile(r"^\W*(?:advertentie|advertorial|reclame|gesponsord|advertisement|advert|sponsored|"
                        r"sponsored content|paid content|[إا]علان|[إا]علان ممول|محتوى مدفوع|محتوى ممول)\W*$",
                        re.IGNORECASE)
#: the partner line has at most this many words ...
PARTNER_MAX_WORDS = 8
#: ... and stands at most this many lines above the marker (a heading, an offer, its small print, a button)
BLOCK_MAX_LINES = 6


def sponsored_blocks(lines: list[Line], feats: list[Features]) -> list[int]:
    """The lines of each advertiser's block between a partner line (`_PARTNER`, or a sponsor's label: `sponsor_line`)
    and the ad marker under it (`_AD_MARKER`), BLOCK_MAX_LINES apart at most, the bounds with them: an ad speaks to the
    reader, so no line between is a story's sentence (`story_sentence`: one that reports, with no "je"/"you"/"نحن")."""
    out: list[int] = []
    for m, line in enumerate(lines):
        if _AD_MARKER.match(line.text) is None:
            continue
        for p in range(m - 1, max(-1, m - 2 - BLOCK_MAX_LINES), -1):
            text, f = lines[p].text, feats[p]
            if f.words <= PARTNER_MAX_WORDS and not f.terminal and not f.prose \
                    and (_PARTNER.match(text) or sponsor_line(text, f.words)):
                if not any(story_sentence(lines[k].text, feats[k].words) for k in range(p + 1, m)):
                    out.extend(range(p, m + 1))
                break
            if story_sentence(text, f.words):
                break  # the story's own paragraph above the marker: no block reaches over it
    return out
