"""A document's page breaks, as a PDF-to-text copy keeps them: the running head and foot printed on every page.

A press release or a report saved from a PDF repeats its letterhead and its footer at every page break, beside the
page counter: "Northgate Water plc – Press Release – 30 July 2024" / "Page 1 of 3" / "NORTHGATE WATER PLC", and again
at the next break. The counter goes as pagination; the lines printed beside it went on as story lines between two
paragraphs. A line is a running head or foot when the page holds it at least twice, word for word, each time within
RUNNING_HEAD_REACH lines of a page counter: print furniture, which goes, and is read across like a box (the story goes
on under it). A story's own line is not printed twice beside page counters.
"""

from __future__ import annotations

from newsbrief.normalise.lines import Line
from newsbrief.normalise.phrases import in_group, match_key

#: the rules' reason for a running head or foot (classify.FIXED_REASONS: the model does not keep one)
RUNNING_HEAD_REASON = "running head"
#: a running head or foot stands at most this many lines from its page counter
RUNNING_HEAD_REACH = 2
#: a page counter is the phrase lists' `pagination` line with its numbers ("Page 1 of 3", "Pagina 2 van 5", "صفحة 1 من
#: 3"; "Next page" alone counts no page), at most this long
COUNTER_MAX_CHARS = 40
#: a line longer than this is no running head (a paragraph is never one; and the key of a long line is not taken)
RUNNING_HEAD_MAX_CHARS = 160


def running_heads(lines: list[Line]) -> set[int]:
    """The indices of the running heads and feet beside a document's page counters (the module docstring)."""
    counters = [k for k, line in enumerate(lines) if _page_counter(line.text)]
    if len(counters) < 2:
        return set()  # one counter is a web page's pager or a single page: nothing repeats at a break
    near: dict[str, list[int]] = {}
    for c in counters:
        for k in range(max(0, c - RUNNING_HEAD_REACH), min(len(lines), c + RUNNING_HEAD_REACH + 1)):
            text = lines[k].text
            if k != c and text.strip() and len(text) <= RUNNING_HEAD_MAX_CHARS and k not in counters:
                near.setdefault(match_key(text), []).append(k)
    return {k for ks in near.values() if len(set(ks)) >= 2 for k in ks}


def _page_counter(text: str) -> bool:
    """Whether a line is a page counter (COUNTER_MAX_CHARS)."""
    return len(text) <= COUNTER_MAX_CHARS and any(ch.isdigit() for ch in text) \
        and in_group(text, len(text.split()), "pagination")
