"""A condolence box under the story: a paper's notice to a colleague or a reader's family, no part of the story.

Gulf, Jordanian and Levantine papers print one under the day's stories ("تعزية" / "تتقدم أسرة تحرير … بخالص العزاء
… بوفاة والدته …" / "إنا لله وإنا إليه راجعون"); Dutch regional and university pages do too ("In memoriam" / "Met
grote verslagenheid hebben wij kennisgenomen van het overlijden van onze collega …"). Its notice reads as prose, so
the model kept it as the story's last paragraphs.

The shape: the box's heading as a whole line (the phrase lists' ``condolence_heading``: "تعزية", "نعي", "Condoleance",
"In memoriam", "Condolences") with the story's prose right above it; under it at most MAX_NOTICE_LINES lines down to
the page's furniture or its end, one of them in the notice's own formula (``condolence_notice``: the paper or its
staff offering condolences in their own voice, "تتقدم أسرة …", "Wij condoleren …", "We extend our condolences …").
A story about a death reports the condolences ("وقدّم الوزير التعازي …") and goes on under any subheading: it stays;
so does a page whose headline is "In memoriam …" (no story above its heading).
"""

from __future__ import annotations

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group, whole_phrase

#: the reason of the box's lines in the rule decisions
CONDOLENCE_REASON = "condolence notice"
#: the notice under the heading has at most this many lines (the notice, a prayer or a sign-off) ...
MAX_NOTICE_LINES = 3
#: ... and the story's prose stands at most this many lines above the heading
STORY_ABOVE = 2
#: the page's furniture that may follow the box: the article's end marker ("Tags", "More from …"), the footer
_FURNITURE = ("end", "tags", "copyright", "share", "comments", "newsletter", "navigation")


def condolence_boxes(lines: list[Line], feats: list[Features]) -> set[int]:
    """Line indexes of the condolence boxes under the story: heading and notice (see the module docstring)."""
    found: set[int] = set()
    n = len(lines)
    for i, line in enumerate(lines):
        if feats[i].words > 4 or not whole_phrase(line.text, "condolence_heading"):
            continue
        if not any(feats[k].prose for k in range(max(0, i - STORY_ABOVE), i)):
            continue  # no story above: the page is the notice (an "In memoriam" page), or the heading is a menu's
        run: list[int] = []
        k = i + 1
        while k < n and len(run) < MAX_NOTICE_LINES and not any(feats[k].has(c) for c in _FURNITURE):
            run.append(k)
            k += 1
        if k < n and not any(feats[k].has(c) for c in _FURNITURE):
            continue  # the page goes on with more than a notice: a story's own subheading over its next paragraphs
        if any(in_group(lines[j].text, feats[j].words, "condolence_notice") for j in run):
            found.update([i, *run])
    return found
