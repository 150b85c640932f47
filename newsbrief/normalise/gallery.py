"""A photo gallery's counters and captions.

A gallery page is its pictures' captions, each with a counter ("2 of 5", "2 van 5", "2 من 5") beside it. The
counters are furniture (a navigation phrase in common.yaml, and no table of numbers: losses.py leaves them out of
its warning); the captions are the gallery's text, also the one that carries its photographer's credit
("… on Wednesday evening. (Lina Chen/City Press)"), which the caption phrases would otherwise take out.

A gallery may also stand inside a story: paragraphs above the pictures and more under them. The counters and
captions are then a widget in the story, not its end (the body region reads across them: classify.py), and the
captions are captions like any other (`story_gallery`): the story has its own text, and a caption ("Drummers lead
the procession. Photograph: Marcus Yeung") is no paragraph of it.

A counter may also open its caption on one line ("Photo 2 of 4: Fans in the stands", "Foto 2 van 4: Supporters op de
tribune", "صورة 2 من 4: جماهير في المدرجات", "2/4 – Fans in the stands"): the line is the caption (`counted_captions`),
whether its credit stands at its end or not, so every picture of the gallery is treated alike (a caption with a
credit was taken by the caption phrases, one without it read as the story's first paragraph). They are asked only
inside a story (`story_gallery`); on a gallery page they are its paragraphs, read as any (they are no widget that the
body region reads across: a page of them has running text).

A gallery may print each slide on three lines: its counter, its caption, its credit ("1/8" / "Een omgewaaide eik
blokkeert de Stationsstraat." / "ANP / Lex van Lieshout"). The credit stands on its own, not beside the counter, so
the caption is known by its place (`slide_credits`): under its counter with a short line under it that ends no
sentence, the slide after slide (MIN_COUNTERS or more, half the gallery at least). The credits are furniture, and
the captions are the gallery's (kept on a gallery page, a story's captions inside a story).

A slideshow prints its slides another way: every caption, then every slide's title (the show's name, once a slide,
N times over: "From the campaign trail"), then a pager of bare numbers "1" … "N" between arrows (`slideshow_lines`).
The titles and the pager are its counters, the N lines above the titles its captions; a story's paragraphs go on
under the pager.

A photo page is a gallery of one picture: a headline, a line or two of standfirst and the picture's caption, which
carries the page's news ("A boy poses with a 3D painting in Hangzhou. In one of the few exhibitions where ...
(Agency/Photographer)") and its credit at the end (`photo_page_captions`). The caption phrases would take it out as
they take out a story's captions.
"""

from __future__ import annotations

import re
from collections import Counter

from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import COUNTER_LINE, SENTENCE_BOUNDARY, Line

#: a gallery has at least this many counters of the same total
MIN_COUNTERS = 2
#: a counter that opens its caption: a picture word before it or not, a separator after it ("Photo 2 of 4:",
#: "Foto 2 van 4 -", "صورة 2 من 4:", "2/4 |"). Each part is bounded, so the match is linear in the line's length.
COUNTED_CAPTION = re.compile(
    r"^\s{0,4}(?P<label>(?:photo|picture|image|slide|foto|afbeelding|dia|(?:ال)?صورة)\s{1,4})?"
    r"(?P<number>\d{1,3})\s{0,4}(?:of|van|من|/)\s{0,4}(?P<total>\d{1,3})\s{0,4}[:|\u2013\u2014-]\s{0,4}\w",
    re.IGNORECASE)
#: a counter written with a slash ("3/8", "3 / 8"): a score or a page number too (lines.COUNTER_LINE leaves it out),
#: so a gallery's only in a run of MIN_SLASH_RUN or more that counts on one by one with one total ("1/8" … "4/8")
SLASH_COUNTER = re.compile(r"^\s*(\d{1,3})\s?/\s?(\d{1,3})\s*$")
MIN_SLASH_RUN = 3
COUNTER_REASON = "gallery counter"
CAPTION_REASON = "gallery caption"
#: a gallery inside a story: the body region has at least this many prose lines that are neither a caption nor next
#: to a counter (a gallery page's captions without a credit are prose too, but each stands by its counter)
STORY_PROSE = 2
#: a caption without a credit beside its counter has at most this many words (a story paragraph is longer)
CAPTION_MAX_WORDS = 40
#: a slide's credit on its own line has at most this many words ("ANP / Lex van Lieshout", "Omroep Zeeland")
CREDIT_MAX_WORDS = 6
CREDIT_REASON = "gallery credit"
#: a slideshow's pager numbers at least this many slides
MIN_SLIDES = 3
#: a slide title is a short line (the show's name) ...
SLIDE_TITLE_WORDS = 12
#: ... and the titles repeat: at most one distinct title per this many slides
SLIDES_PER_TITLE = 3
#: between the titles and the pager at most this many short controls ("Hide caption", "<<", "<"), each at most
#: CONTROL_CHARS long; as many arrows after the pager
MAX_CONTROLS = 3
CONTROL_CHARS = 24
#: a photo page's caption tells what the picture shows: at least this many words (a credit alone is shorter)
PHOTO_CAPTION_WORDS = 20
#: ... and stands in the body region or at most this many lines under it
PHOTO_REACH = 2
#: a photo page shows itself beside its caption (a story's brief with a long credited caption has the same sizes):
#: the caption's credit in brackets at its end ("… their heads into the artworks. (Jane Doe/City Press)") ...
PHOTO_CREDIT = re.compile(r"\([^()]{2,60}\)\W*$")
#: ... a photo label at most PHOTO_REACH lines above it ("PHOTOS: 3D Paintings at …", "FOTO'S: …", "صور: …") ...
PHOTO_LABEL = re.compile(r"^(?:in pictures|photos?|pictures|gallery|foto'?s|fotoserie|in beeld|صور|بالصور|معرض الصور)\s*:",
                         re.IGNORECASE)
#: ... or a share bar right under it, a short line of SHARE_BAR_MIN or more sentences of at most SHARE_WORDS words
#: each ("Like It. Tweet It. Share It.", "Vind ik leuk. Deel het.", "أعجبني. غرّد. شارك.")
SHARE_BAR_MIN = 2
SHARE_WORDS = 3
#: without any of them, the page's other prose is at most one line of at most this many words with no sentence end
#: (a photo page's standfirst; a brief's paragraph is a sentence)
PHOTO_STANDFIRST_WORDS = 15


def gallery_lines(lines: list[Line], feats: list[Features]) -> tuple[set[int], set[int], set[int]]:
    """(counter lines, caption lines, credit lines): the counters of a gallery (MIN_COUNTERS or more with the same
    total, none past it), and the caption-phrase lines right next to one of them; the captions and credits of slides
    laid out on three lines (`slide_credits`); and a slideshow's (`slideshow_lines`)."""
    found = {i: COUNTER_LINE.match(line.text) for i, line in enumerate(lines) if len(line.text) <= 16}
    found = {i: (int(m.group(1)), int(m.group(2))) for i, m in found.items() if m}
    totals = Counter(total for number, total in found.values() if 1 <= number <= total)
    counters = {i for i, (number, total) in found.items()
                if 1 <= number <= total and totals[total] >= MIN_COUNTERS}
    counters |= _slash_counters(lines)
    captions = {k for i in counters for k in (i - 1, i + 1)
                if 0 <= k < len(lines) and k not in counters and feats[k].has("caption") and feats[k].words >= 4}
    credits = slide_credits(feats, counters)
    captions |= {i - 1 for i in credits}
    shown, slides = slideshow_lines(lines, feats)
    return counters | shown, (captions | slides) - shown - credits, credits - shown


def _slash_counters(lines: list[Line]) -> set[int]:
    """The slash counters ("1/8", "2/8", …) of a gallery: runs of MIN_SLASH_RUN or more (`SLASH_COUNTER`)."""
    found = [(i, m) for i, line in enumerate(lines) if len(line.text) <= 16 and (m := SLASH_COUNTER.match(line.text))]
    return _counted_runs([(i, int(m.group(1)), m.group(2)) for i, m in found
                          if 1 <= int(m.group(1)) <= int(m.group(2))], MIN_SLASH_RUN)


def slide_credits(feats: list[Features], counters: set[int]) -> set[int]:
    """The credit lines of a gallery whose slides stand on three lines, counter, caption, credit (module docstring):
    for each counter, the line two under it when the line between is a sentence of a caption's length and the line
    itself is a short line (CREDIT_MAX_WORDS) that ends no sentence, neither of them a counter; only where
    MIN_COUNTERS slides and half the gallery's counters at least are laid out so (a story's paragraph under the last
    slide is long and ends in a stop)."""
    found = set()
    for i in counters:
        caption, credit = i + 1, i + 2
        if credit >= len(feats) or caption in counters or credit in counters:
            continue
        # (the caption is a sentence: a carousel's "6 of 9" / kicker / teaser headline has none)
        if 0 < feats[caption].words <= CAPTION_MAX_WORDS and feats[caption].terminal \
                and 0 < feats[credit].words <= CREDIT_MAX_WORDS and not feats[credit].terminal:
            found.add(credit)
    return found if len(found) >= MIN_COUNTERS and len(found) * 2 >= len(counters) else set()


def counted_captions(lines: list[Line]) -> set[int]:
    """The lines that open with their picture's counter (`COUNTED_CAPTION`): every one with a picture word ("Photo 2
    of 4: …"), and bare ones ("2/4: …") of at most CAPTION_MAX_WORDS words in a run of MIN_COUNTERS or more that
    count on one by one with one total ("1/4 – …", "2/4 – …"; `_counted_runs`). A line "3/4: …" alone may be
    anything, and so may lines that share a total but skip numbers: a timeline's days ("1/12 - Minister …", "3/12 -
    Coalitiepartijen …", "5/12 - Premier …")."""
    found = {i: COUNTED_CAPTION.match(line.text) for i, line in enumerate(lines)}
    found = {i: m for i, m in found.items() if m and 1 <= int(m.group("number")) <= int(m.group("total"))}
    # a bare counter's line is a caption's length too: a list's items numbered so ("1/5 – …") run longer
    bare = [(i, int(m.group("number")), m.group("total")) for i, m in found.items()
            if not m.group("label") and len(lines[i].text.split()) <= CAPTION_MAX_WORDS]
    return {i for i, m in found.items() if m.group("label")} | _counted_runs(bare)


def _counted_runs(bare: list[tuple[int, int, str]], min_run: int = MIN_COUNTERS) -> set[int]:
    """The lines of each run of `min_run` or more bare counters (line, number, total), in the page's order, whose
    total is one and whose number goes up by one from each to the next."""
    out: set[int] = set()
    run: list[tuple[int, int, str]] = []
    for item in bare:
        if not run or item[2] != run[-1][2] or item[1] != run[-1][1] + 1:
            if len(run) >= min_run:
                out.update(i for i, _n, _t in run)
            run = []
        run.append(item)
    if len(run) >= min_run:
        out.update(i for i, _n, _t in run)
    return out


def slideshow_lines(lines: list[Line], feats: list[Features]) -> tuple[set[int], set[int]]:
    """(counter lines, caption lines) of every slideshow on the page (module docstring): a pager "1" … "N" (N at
    least MIN_SLIDES), up to MAX_CONTROLS controls above it, N slide titles above those (short lines, at most one
    distinct text per SLIDES_PER_TITLE slides) and N captions above the titles. The titles, controls, pager and
    the arrows after it are counters."""
    counters: set[int] = set()
    captions: set[int] = set()
    n, i = len(lines), 0
    while i < n:
        if lines[i].text.strip() != "1":
            i += 1
            continue
        last = i  # the pager's last number
        while last + 1 < n and lines[last + 1].text.strip() == str(last + 2 - i):
            last += 1
        slides, first = last - i + 1, i
        i = last + 1
        if slides < MIN_SLIDES:
            continue
        top = first  # the controls between the titles and the pager
        while top > 0 and first - top < MAX_CONTROLS and _control(lines[top - 1]):
            top -= 1
        titles = range(top - slides, top)
        if titles.start - slides < 0 or any(feats[k].words > SLIDE_TITLE_WORDS for k in titles) \
                or len({lines[k].text for k in titles}) > max(1, slides // SLIDES_PER_TITLE):
            continue
        below = last + 1  # the arrows after the pager
        while below < n and below - last <= MAX_CONTROLS and _control(lines[below]) \
                and not any(c.isalnum() for c in lines[below].text):
            below += 1
        counters |= set(range(titles.start, below))
        captions |= set(range(titles.start - slides, titles.start))
    return counters, captions


def _control(line: Line) -> bool:
    """A slideshow control: a short line of at most two words ("Hide caption", "<<", ">")."""
    text = line.text.strip()
    return 0 < len(text) <= CONTROL_CHARS and len(text.split()) <= 2


def caption_side(counters: set[int], captions: set[int]) -> int | None:
    """Where a gallery's captions stand by their counters: +1 (under each counter), -1 (above each), or None when it
    cannot be told. Between two counters a caption has a counter on both sides; the gallery's ends tell: a credited
    caption (`captions`, from `gallery_lines`) under the last counter and none above the first, or the other way."""
    after, before = max(counters) + 1 in captions, min(counters) - 1 in captions
    if after == before:
        return None
    return +1 if after else -1


def story_gallery(feats: list[Features], counters: set[int], captions: set[int], start: int, end: int) -> set[int]:
    """The caption lines of a gallery that stands inside a story (lines `start` to `end`: the body region read
    across the gallery), or an empty set on a gallery page. A story has STORY_PROSE prose lines of its own: none a
    caption, none next to a counter. Its captions are the credited ones and, when those all stand on one side of
    their counters (`caption_side`), every short line on that side (a caption without a credit)."""
    if not counters and not captions:
        return set()
    near = {k for i in counters for k in (i - 1, i + 1)}
    own = sum(1 for k in range(max(start, 0), min(end, len(feats) - 1) + 1)
              if feats[k].prose and k not in near and k not in counters and k not in captions
              and not feats[k].has("caption"))
    if own < STORY_PROSE:
        return set()
    side = caption_side(counters, captions) if counters else None
    found = set(captions)
    if side is not None:
        found |= {i + side for i in counters if 0 <= i + side < len(feats) and i + side not in counters
                  and feats[i + side].words <= CAPTION_MAX_WORDS}
    return found


def photo_page_captions(lines: list[Line], feats: list[Features], start: int, end: int) -> set[int]:
    """The caption lines (a caption phrase, a paragraph of PHOTO_CAPTION_WORDS or more) in the body region `start` to
    `end` (or PHOTO_REACH lines under it) that are a photo page's text: the longest of them has more words than every
    other prose line of the region put together, and the page shows itself a photo page (`_photo_page_signs`). A
    story has paragraphs of its own and its captions are none of them; a photo page's own lines are its standfirst
    and a share bar ("Like It. Tweet It.")."""
    region = range(max(start, 0), min(end, len(feats) - 1) + 1)
    # the region ends at the last prose line without a caption phrase: the caption may stand under it, below a
    # label ("PHOTOS: …")
    captions = {k for k in range(region.start, min(end + PHOTO_REACH, len(feats) - 1) + 1)
                if feats[k].has("caption") and feats[k].prose and feats[k].words >= PHOTO_CAPTION_WORDS}
    if not captions:
        return set()
    others = [k for k in region if feats[k].prose and not feats[k].has("caption")]
    if max(feats[k].words for k in captions) <= sum(feats[k].words for k in others):
        return set()
    if any(_photo_page_signs(lines, k) for k in captions):
        return captions
    # a one-paragraph brief has the same sizes (a sentence, then a long caption "… Photo: Reuters/…"): no sign,
    # then the page's other prose must be no more than a short standfirst without a sentence end
    bare = not others or (len(others) == 1 and not feats[others[0]].terminal
                          and feats[others[0]].words <= PHOTO_STANDFIRST_WORDS)
    return captions if bare else set()


def _photo_page_signs(lines: list[Line], k: int) -> bool:
    """Whether caption line `k` stands as a photo page's: its credit in brackets at its end, a photo label at most
    PHOTO_REACH lines above it, or a share bar right under it."""
    if PHOTO_CREDIT.search(lines[k].text):
        return True
    if any(PHOTO_LABEL.match(lines[j].text) for j in range(max(k - PHOTO_REACH, 0), k)):
        return True
    if k + 1 < len(lines):
        parts = [part for part in SENTENCE_BOUNDARY.split(lines[k + 1].text.strip()) if part]
        return len(parts) >= SHARE_BAR_MIN and all(len(part.split()) <= SHARE_WORDS for part in parts)
    return False
