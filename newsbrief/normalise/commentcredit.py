"""A comment platform's credit line ("blog comments powered by Disqus", "Powered by Livefyre", "Reacties mogelijk
gemaakt door Disqus", "التعليقات مدعومة من Disqus"): where an embedded comment thread ends.

A site that embeds a hosted comment service prints the service's credit under the thread, which stands under the
story. Its comments have no stamp the page repeats in a way comments.py can read (the text dump keeps only the
readers' names and their paragraphs), and their prose, or the sidebar's teasers under the credit, can outweigh a
short story; then the body region (classify._body_region) was anchored there and the story went as "before the
article". What stands under the credit is never the story, so the body is anchored on the prose groups above it
when they hold a story (`STORY_WORDS`). The platform's name is a brand, the same in every language; the words round
it are en/nl/ar.
"""

from __future__ import annotations

import re

from newsbrief.normalise.lines import Line

#: hosted comment services whose embed prints a credit line under the thread
_PLATFORM = r"(?:disqus|livefyre|intensedebate|intense\s+debate|facebook\s+comments(?:\s+plugin)?|viafoura|openweb)"
#: what the credit says before the name: "blog comments powered by", "Conversation powered by", "comments by",
#: "Reacties mogelijk gemaakt door", "aangedreven door", "التعليقات مدعومة من", "بواسطة". A headline or a story's
#: sentence that names the service ("Disqus raises $10m", "We moved our comments to Disqus.") says more than this
_CREDIT = re.compile(
    r"^\W*(?:(?:blog\s+)?(?:comments?|conversation|discussion|reacties|discussie|gesprek|التعليقات|النقاش)\s+)?"
    r"(?:powered\s+by|hosted\s+by|by|mogelijk\s+gemaakt\s+door|aangedreven\s+door|verzorgd\s+door|door|"
    r"مدعومة\s+من|مدعوم\s+من|بدعم\s+من|بواسطة)\s+"
    + _PLATFORM + r"\W*$", re.IGNORECASE)

#: the prose above the credit is a story with at least this many words (a site's tagline or a lone caption is none:
#: the body is anchored as before then)
STORY_WORDS = 40


#: a sidebar's comment widget ("Recent Comments" / "Powered by Disqus", "Top Commenters", "Recente reacties",
#: "أحدث التعليقات") prints the same credit under its heading, wherever the sidebar stands: above the post in a dump that
#: prints the sidebar first. Its credit is at most WIDGET_REACH lines under such a heading and ends nothing
_WIDGET_HEADING = re.compile(
    r"^\W*(?:(?:recent|latest|newest|top|popular|most\s+recent|most\s+active)\s+(?:comments|commenters|discussions)|"
    r"(?:recente|laatste|nieuwste|populaire)\s+(?:reacties|reageerders|discussies)|"
    r"(?:أحدث|آخر|أكثر)\s+(?:التعليقات|المعلقين|المعلقون))\W*$", re.IGNORECASE)
WIDGET_REACH = 2

#: the rules' reason for a recent-comments widget's lines (`recent_comment_widgets`)
WIDGET_REASON = "recent comments widget"
#: one line of such a widget: a reader's name, then "on" and the title of the post they commented on ("Nick on An
#: important storage bug", "• Anna commented on Ten tips", "Pieter op Tien tips", "أحمد على عشر نصائح": the
#: widget's template in en/nl/ar). The name is a few words or a handle (WIDGET_NAME_CHARS at most, "blog.example.com"
#: too) with no sentence's end in it; the title is a few characters at least
WIDGET_NAME_CHARS = 40
_WIDGET_ITEM = re.compile(
    r"^[\W\d_]*(?P<name>[^!?:]{1,%d}?)\s+(?:(?:commented|said|wrote)\s+on|on|(?:reageerde\s+)?op|"
    r"(?:علق|علّق|كتب)?\s*على)\s+\S.{2,}$" % WIDGET_NAME_CHARS, re.IGNORECASE)
#: the widget's name a reader gives has at most this many words (a sentence "Tom Scudder wrote a long piece on the
#: economy" under the heading is prose, not a widget's line)
WIDGET_NAME_WORDS = 4
#: a widget lists this many such lines at least (one "X on Y" line under the heading may be anything)
WIDGET_ITEMS = 2


def widget_item(text: str) -> bool:
    """Whether a line reads as a recent-comments widget's "Name on Post title" line (`_WIDGET_ITEM`)."""
    # one space between words first: the prefix, the name and the gap before "on" may each take spaces, and on a run
    # of spaces their splits multiply (review 33a: 1,000 spaces took 77 s); with single spaces each part is bounded
    m = _WIDGET_ITEM.match(" ".join(text.split()))
    return m is not None and len(m.group("name").split()) <= WIDGET_NAME_WORDS and ". " not in m.group("name")


def recent_comment_widgets(lines: list[Line]) -> list[int]:
    """The lines of the page's recent-comments widgets: a widget heading (`_WIDGET_HEADING`) and the run of
    "Name on Post title" lines under it (`widget_item`, blank lines between them read across), WIDGET_ITEMS at least.
    The items are the titles of other posts with a reader's name in front; their words read as prose to the
    features, and a sidebar's ten of them outweighed a short post of one or two sentences."""
    out: list[int] = []
    for k, line in enumerate(lines):
        if not _WIDGET_HEADING.match(line.text.strip()):
            continue
        items: list[int] = []
        j = k + 1
        while j < len(lines):
            text = lines[j].text.strip()
            if text and not widget_item(text):
                break
            if text:
                items.append(j)
            j += 1
        if len(items) >= WIDGET_ITEMS:
            out += [k] + items
    return out


def platform_credit(text: str) -> bool:
    """Whether a line is a comment platform's credit ("blog comments powered by Disqus")."""
    return len(text) <= 80 and _CREDIT.match(text.strip()) is not None


def first_credit(lines: list[Line]) -> int | None:
    """The first line that credits a comment platform under a thread, not a sidebar widget's (`_WIDGET_HEADING`
    within WIDGET_REACH lines above it), or None."""
    return next((k for k, line in enumerate(lines) if platform_credit(line.text)
                 and not any(_WIDGET_HEADING.match(lines[j].text.strip()) for j in range(max(0, k - WIDGET_REACH), k))),
                None)
