"""A forum or Q&A thread whose replies are left out: on an HTML page by the extractor, in a text dump by the rules.

A thread prints each post in the same block (the same tag with the same class under one parent: "post", "bericht",
"reply"); trafilatura keeps the opening post as the article and leaves the replies out as comments. That is right for
the text, but the reader of the record should know the page held more: `cut_replies` finds the block group that
holds the kept text's opening and counts its later blocks whose words the text does not hold. A story's own blocks
(paragraphs, a gallery's slides) hold the text's opening only in one of them and the rest of it in the others, so
they are no thread. A layout's columns or sections of one class (the story in one, a "Most read" heading over a list
of headline links in the next) are no thread either: a reply is said in sentences, and a thread has more than one.

A text dump of the same thread has no blocks, but it repeats each post's header (the poster's handle, the member box,
the date and time) over every post, the opening one's too: `reply_start` finds where the replies start, for the
classifier to cut them there as a thread (comments.THREAD_REASON), and losses.py says so with `replies_warning`.
"""

from __future__ import annotations

import re

from newsbrief.normalise.qa import thread_reply
from newsbrief.normalise.quoting import shortened

#: a post is a block of at least this many words (a reply of one line is still a post; a bare name or a button is not)
POST_WORDS = 8
#: the kept text's opening is looked for by this many of its first words
OPENING_WORDS = 8
#: the most blocks of a group read (a page of thousands of posts: the count is "at least")
MAX_POSTS = 500
#: a thread is said cut when at least this many later blocks are left out (one sibling block is a layout's column,
#: a "More from …" section, as often as a reply)
MIN_CUT = 2

#: a sentence's end: a reply says something in sentences; a heading over headline links ("Most read Man arrested
#: after …") ends none
_SENTENCE_END = re.compile(r"[.!?؟…](?=[\s\"'”’)]|$)")

_WORD = re.compile(r"\w+")


def _words(text: str) -> str:
    """`text`'s words, case-folded, one space between them and one at each end: one block's words stand in another's
    (`in`) only as whole words, whatever the punctuation or the line breaks between them."""
    return " " + " ".join(w.casefold() for w in _WORD.findall(text)) + " "


def post_groups(root) -> list[list[str]]:
    """The text of each block in each group of two or more sibling elements with the same tag and class attribute,
    each of POST_WORDS words or more, in page order (`root`: the page's tree, before `_visible_lines` changes it)."""
    if root is None:
        return []
    out = []
    for parent in root.iter():
        groups: dict[tuple, list] = {}
        for element in parent:
            cls = element.get("class") if isinstance(element.tag, str) else None
            if cls:
                groups.setdefault((element.tag, cls.strip()), []).append(element)
        for members in groups.values():
            if len(members) < 2:
                # most classed elements are alone of their kind: their text (a whole subtree's, at every level of a
                # deeply nested page) is never read
                continue
            texts: list[str] = []
            for element in members:
                if len(texts) >= MAX_POSTS:
                    break
                text = " ".join(" ".join(element.itertext()).split())
                if len(text.split()) >= POST_WORDS:
                    texts.append(text)
            out.append(texts)
    return [texts for texts in out if len(texts) >= 2]


def cut_replies(groups: list[list[str]], paragraphs: list[str]) -> tuple[int, str] | None:
    """(how many posts after the opening one the kept text does not hold, the first of them), or None: no group's
    first block holds the text's opening words, the text holds a later block too, or fewer than MIN_CUT later blocks
    that end a sentence (`_SENTENCE_END`; a heading over a list of links is no reply) are left out."""
    if not paragraphs:
        return None
    kept = _words(" ".join(paragraphs))
    opening = _words(" ".join(paragraphs[0].split()[:OPENING_WORDS]))
    for texts in groups:
        if opening not in _words(texts[0]):
            continue
        # a later block is cut when no run of its words stands in the kept text (its longest part is read)
        later = [t for t in texts[1:] if _SENTENCE_END.search(t)]
        cut = [t for t in later if _words(max(re.split(r"(?<=[.!?؟])\s+", t), key=len)) not in kept]
        if len(cut) >= MIN_CUT and len(cut) == len(later):
            return len(cut), cut[0]
    return None


def replies_warning(found: tuple[int, str]) -> str:
    """The warning for `cut_replies`' finding (how many replies were cut, the first of them), quoting that reply."""
    count, first = found
    replies = "1 reply under it" if count == 1 else f"{count} replies under it"
    return (f"the page is a thread of posts: only its opening post is in the text; {replies} "
            f"(from {shortened(first)!r}) {'was' if count == 1 else 'were'} left out (in `removed`)")


# --- the same thread pasted as text ------------------------------------------------------------------------------

#: a post's header in a text dump is a run of at most this many short lines between two posts (the poster's handle,
#: the member box, the date, a post number, the last post's "Quote | Reply")
HEADER_MAX_LINES = 8
#: ... each of at most this many words ("thijs_84 Lid sinds 2019 · 212 berichten", "Posted by ken.w on 3 Dec 2026,
#: 08:47")
HEADER_LINE_WORDS = 12
#: a thread is the opening post and at least this many replies, each under its own header
MIN_REPLIES = 2
#: a post runs at most this many lines from its header to the next one
POST_MAX_LINES = 40
#: the label before a poster's handle on a stamp line ("Posted by mark_1979 on …", "Geplaatst door …", "بواسطة …"); a
#: bare "By" / "Door" / "بقلم" is a story's byline, never a forum post's header
_POSTED_BY = re.compile(r"^\W{0,2}(?:posted by|geplaatst door|gepost door|بواسطة)\s+", re.IGNORECASE)


def _poster(line, f) -> tuple[str, bool] | None:
    """(the poster's handle or name a header line opens with, as written; whether it is a handle as only a forum
    member signs: comments._signed, "thijs_84", "Bas_W", "ken.w"), or None. After a "Posted by" label the first word
    is the poster's whatever its shape; else a handle opening the line ("mark_1979 · 2 December 2026, 21:14"; not an
    abbreviation, "Jan. 15, 2008"), or a short name line of its own ("Ria", "Mark T.": comments._name_line; no phrase
    line such as a member box's "Moderator"), not a date and not a story's byline ("By Laura Meckler": the byline
    phrases)."""
    from newsbrief.normalise.comments import _has_date, _name_line

    text = line.text.strip()
    label = _POSTED_BY.match(text)
    if label is None and f.categories:
        return None  # a byline ("By Laura Meckler"), a "read more" link, a box's heading: no poster
    text = text[label.end():] if label else text
    words = text.split()
    if not words:
        return None
    first = words[0].strip("·|,:;-–—")
    if first and any(ch.isalpha() for ch in first) and not first.endswith(".") and not _has_date(first) \
            and (label or _handle(first)):
        return first, _handle(first)
    if _name_line(text) and not _has_date(text) and not any(ch.isdigit() for ch in text):
        return " ".join(words), len(words) == 1 and _handle(text)
    return None


#: a forum handle's mark: a digit, an underscore, a dot inside it, or a capital after a small letter ("thijs_84",
#: "ken.w", "GasSafe_Jo", "mark1979", "JohnB"); comments._signed also takes any word in lower case ("read", "today's"),
#: which a list of headlines has too
_HANDLE = re.compile(r"\d|_|\w\.\w|[^\W\d_](?<=[a-z])[A-Z]")


def _handle(token: str) -> bool:
    return _HANDLE.search(token) is not None


def _header(lines, feats, i: int, j: int) -> tuple[int, str, bool, tuple[str, ...], int, str] | None:
    """(its first line, the poster case-folded, whether the poster signs with a handle, its shape, the poster's line,
    the poster as written) of the post header
    that ends the run of short lines lines[i:j] (the run may hold the page's menu and headline above the opening
    post), or None: among its last HEADER_MAX_LINES lines, the nearest stamp line (a date or a clock time:
    comments._stamp_line) and poster line (`_poster`: the stamp line too, where a handle opens it). The header starts
    at the first of the two, or at the post number or buttons right above ("#2", "Quote | Reply"). Its shape is the
    kind of each of its lines (poster, stamp, both, a phrase line such as a member box, other): a forum's template
    prints every post's header alike."""
    from newsbrief.normalise.comments import _stamp_line

    tail = range(j - 1, max(i, j - HEADER_MAX_LINES) - 1, -1)
    stamp = next((k for k in tail if _stamp_line(lines, feats, k)), None)
    if stamp is None:
        return None
    found = next(((k, p) for k in tail if (p := _poster(lines[k], feats[k])) is not None), None)
    if found is None:
        return None
    at, (poster, signed) = found
    first = min(at, stamp)
    while first > i and (feats[first - 1].words == 0 or feats[first - 1].categories):
        first -= 1  # the post's number ("#2") or the last post's buttons ("Quote | Reply") above it: the post's furniture
    shape = tuple("PS" if k == at == stamp else "P" if k == at else "S" if k == stamp
                  else "C" if feats[k].categories else "O" for k in range(first, j))
    return first, poster.casefold(), signed, shape, at, poster


def reply_start(lines, feats, start: int, end: int) -> tuple[int, int, range, tuple[int, str]] | None:
    """(the first line of the first reply's header, how many replies, the lines of the opening post's header, (the
    opening poster's line, their handle as written)) of a forum thread pasted as text, or None. The opening poster
    started the thread: the classifier makes them the byline, as the HTML path names the thread's starter.

    The dump repeats each post's header (the poster's handle, the member box, the date and time) over the post, the
    opening post's too: a run of HEADER_MAX_LINES short lines or fewer, none of them said in a sentence, with a stamp
    and a poster (`_header`), right over the post. The opening post is the page's text, the replies are its comments:
    the text path kept them all as the body, where the HTML path's extractor leaves them out (`cut_replies`).

    A thread, for sure: the opening post is where the body region starts (no sentence of a story between them: a
    story's reader comments are the comment rules' question, and some golds keep them), MIN_REPLIES replies or more
    under it, each post at most POST_MAX_LINES lines; two posters or more; the opening poster and at least half of
    all posters sign with a handle (a live blog's dated entries by its reporters, a story's dated timeline under its
    subheadings are none); and the opening post's header has the shape of most replies' headers (one template).
    Linear: one pass over the lines."""
    n = len(lines)
    headers: list[tuple[int, str, bool, tuple[str, ...], int, str]] = []  # `_header` of each header in the chain
    said = [thread_reply(line, f) for line, f in zip(lines, feats)]  # a post's line: prose or a short reply
    i = 0
    while i < n:
        if said[i] or feats[i].words > HEADER_LINE_WORDS:
            i += 1
            continue
        j = i
        while j < n and not said[j] and feats[j].words <= HEADER_LINE_WORDS and j - i < HEADER_MAX_LINES:
            j += 1
        found = _header(lines, feats, i, j) if j < n and said[j] else None
        if found is not None:
            if headers and found[0] - headers[-1][0] > POST_MAX_LINES:
                if len(headers) > MIN_REPLIES:
                    break
                headers = []
            headers.append(found)
        i = j
    if len(headers) <= MIN_REPLIES:
        return None
    opening, replies = headers[0], headers[1:]
    opening_end = opening[0]
    while opening_end < n and not said[opening_end]:
        opening_end += 1
    if not start <= opening_end < replies[0][0] <= end or any(said[k] for k in range(start, opening[0])):
        return None
    signed = sum(h[2] for h in headers)
    if not opening[2] or 2 * signed < len(headers) or len({h[1] for h in headers}) < 2:
        return None
    alike = sum(h[3] == opening[3] for h in replies)
    if 2 * alike < len(replies):
        return None
    return replies[0][0], len(replies), range(opening[0], opening_end), (opening[4], opening[5])
