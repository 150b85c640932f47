"""A list the story announces: "Below is the list of players invited to the combine:" and the names under it.

An article's own list (ingredients, the players invited, the witnesses the judge refused, a glossary) is a run of
short lines, which is what a menu or a headline list looks like too; when it ends the article, the body region
stops at its last paragraph and the list goes as "after the article". What tells the article's list apart is the
sentence that announces it: a line of several words, in no phrase list, that ends with a colon and speaks of the
story's subject (it shares a content word with the story's paragraphs). A menu or a related-links box has a short
heading at most ("Share this:", "Lees ook:"), which the phrase lists know, and a widget's longer heading
("Bookmark/Search this post with:") shares no word with the story. The classifier (classify.py) keeps such a line
and the short lines under it as the story's.

Inside the body a shorter lead-in is enough ("The shops closing are:", "Neem mee:"): there the run of short lines
under it is already between story paragraphs, and the lead-in only tells it from a menu (`list_under_lead_in`).
"""

from __future__ import annotations

import re

from newsbrief.normalise.verdictlines import verdict_heading
from newsbrief.normalise.features import Features, word_tokens
from newsbrief.normalise.lines import BULLET, Line
from newsbrief.normalise.metadata import date_in
from newsbrief.normalise.phrases import match_key
from newsbrief.normalise.vectors import stop_words

#: the line that announces a list is a sentence: at least this many words ("Try to find the NULL:" is 5) ...
LEAD_MIN_WORDS = 5
#: ... that stands at most this many lines after the body's last paragraph (a wrapped line or a blank-ish
#: fragment may stand between)
LEAD_REACH = 2
#: a content word has at least this many letters (and is no nl/ar/en stop word)
CONTENT_WORD_CHARS = 4
#: a list has at least this many items, and takes at most this many (a long menu under a sentence stops there)
MIN_ITEMS = 2
MAX_ITEMS = 80
#: what ends a line that announces a list (the Arabic text uses the same colon; "：" is the full-width one)
COLONS = (":", "：")
#: the classifier's reason for the announcing line and its items (a decision the learned model does not overrule)
LIST_REASON = "list the story announces"
#: ... and for a lead-in right above the story's first paragraph or under its last one with no list of its own
#: (`introduces`: classify.py keeps it as the story's line)
LEAD_IN_REASON = "the story's lead-in"


def content_words(text: str) -> set[str]:
    """The words of a line that say what it is about: no stop words, none shorter than CONTENT_WORD_CHARS."""
    return {match_key(w) for w in word_tokens(text) if len(w) >= CONTENT_WORD_CHARS} - stop_words()


def shares_word(words: set[str], story: set[str]) -> bool:
    """Whether a line's content words meet the story's, a compound's part too ("raad" in "gemeenteraad", "Raadslid")."""
    return any(w in s or s in w for w in words for s in story)


#: a story goes on under a box (a related box, an author's about box) when one of its first this many paragraphs
#: there shares a content word with the story above the box
SAME_STORY_BELOW = 2


def story_goes_on(lines: list[Line], paragraphs: list[int], story: set[str]) -> bool:
    """Whether one of the first SAME_STORY_BELOW of `paragraphs` (line indexes under a box) shares a content word with
    `story` (the words of the story above the box: `StoryWords`)."""
    return any(shares_word(content_words(lines[k].text), story) for k in paragraphs[:SAME_STORY_BELOW])


def ends_with_colon(line: Line) -> bool:
    """Whether the line ends with a colon (spaces after it allowed)."""
    return line.text.rstrip().endswith(COLONS)


#: the nouns a list's Arabic lead-in names before "التالية" ("the following …": "ووجهت النيابة التهم التالية.", "وتشمل
#: الخطة الإجراءات التالية."); after a noun of time the word means "next" ("خلال الأشهر التالية.": the months to come),
#: and a story's last sentence ends so
#: the Arabic article, with a conjunction or preposition glued before it ("ال", "وال", "بال", "لل"; recipes.py too)
AR_ARTICLE = r"(?:[وفبك]?ال|لل)"
_AR_LISTED = (AR_ARTICLE + r"(?:نقاط|أسماء|خطوات|إجراءات|اجراءات|شروط|قرارات|تهم|بنود|أسباب|اسباب|معلومات|نتائج|"
              r"تفاصيل|فئات|مناطق|محافظات|دول|مواد|وثائق|مستندات|توصيات|أمور|اشياء|أشياء|أسئلة|عناصر|أعراض|نصائح)")
#: a sentence that announces what follows without a colon: "The dates are as follows.", "De data zijn als volgt.",
#: "وجاءت النتائج كالتالي.", "وتشمل الخطة الإجراءات التالية." ("below" is no such word: "More design ideas? Check
#: below!" heads a teaser list, and so may "hieronder")
_POINTS_BELOW = re.compile(
    r"\b(?:as follows|the following|als volgt|het volgende)\W*$|(?<!\w)(?:كالتالي|كما يلي|" + _AR_LISTED
    + r"\s+التالية)\W*$", re.IGNORECASE)
#: ... which ends its line: the phrase (20 characters at most, written single-spaced) and the signs after it stand in
#: the line's last POINTS_BELOW_TAIL characters, where the search starts (from every character of a 1 MB line of
#: Arabic it took 0.06 s; the lookbehind and \b still see the character before the start)
POINTS_BELOW_TAIL = 200


def leads_in(line: Line) -> bool:
    """Whether the line ends as a list's lead-in does: with a colon, or with "as follows." / "als volgt." /
    "كالتالي." / "الإجراءات التالية." (`_POINTS_BELOW`)."""
    text = line.text
    return ends_with_colon(line) or _POINTS_BELOW.search(text, max(0, len(text) - POINTS_BELOW_TAIL)) is not None


class StoryWords:
    """The content words of the story's paragraphs from line `start` on, each line read once however often the
    story grows (a page of many short lists under many paragraphs stays linear)."""

    def __init__(self, lines: list[Line], feats: list[Features], start: int):
        self.lines, self.feats, self.read, self.words = lines, feats, max(0, start), set()

    def up_to(self, end: int) -> set[str]:
        """The words of the paragraphs from `start` to line `end`."""
        for k in range(self.read, min(end + 1, len(self.lines))):
            if self.feats[k].prose:
                self.words |= content_words(self.lines[k].text)
        self.read = max(self.read, end + 1)
        return self.words


#: a lead-in that points to other articles ("Catch up on our coverage of the bridge dispute:", "Lees meer over de
#: stikstofcrisis:", "المزيد عن الانتخابات:"): a related-coverage list, which shares the story's words by design
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:coverage|stories|articles|related|read more|more on|more about|catch up|lees meer|meer over|lees ook|"
    r"eerder verschenen|artikelen|verhalen)\b|(?<!\w)(?:المزيد عن|تغطيتنا|اقرأ أيضا|اقرأ أيضاً|ذات صلة)",
    re.IGNORECASE)


def introduces(line: Line, f: Features) -> bool:
    """A sentence that ends as a lead-in (a colon, or "as follows.": `leads_in`), names no widget (no phrase list's
    category) and points to no other articles (_POINTS_ELSEWHERE): "Via the curator's own blog:", "Een lezer stelde
    deze vraag:", "وكتب الوزير على حسابه:"."""
    return f.words >= LEAD_MIN_WORDS and not f.categories and leads_in(line) \
        and not _POINTS_ELSEWHERE.search(line.text)


def announces_list(line: Line, f: Features, story: set[str]) -> bool:
    """A lead-in (`introduces`) that shares a content word with the `story`: "With cafés in fashion, a slang grew
    up:", "Dit zijn de fietspaden die als eerste worden aangelegd:", "وفيما يلي المحافظات التي تبدأ فيها الحملة:"."""
    return introduces(line, f) and not content_words(line.text).isdisjoint(story)


#: an item this long, in a list whose items share neither their first nor their last word, is a headline
HEADLINE_MIN_WORDS = 6
#: a title-case item ("Harbour Bridge Vote Delayed Again") has at least this many words, each of at least
#: CONTENT_WORD_CHARS letters capitalised ("Ferry to Westholm (07:15)" is a short item, not a headline)
TITLE_CASE_MIN_WORDS = 4


def title_case(text: str) -> bool:
    """Whether the line is a headline in title case (TITLE_CASE_MIN_WORDS words or more, its long words capitalised).
    A bullet or an item number ("•", "3.") is no word: counted as one, it made a bulleted list of three-word names
    ("• Somerville Public Schools", "• Branchburg Township Schools") read as other articles' headlines, and the list
    a story announces went as a menu."""
    words = BULLET.sub("", text).split()
    long = [w for w in words if len(w) >= CONTENT_WORD_CHARS and w[0].isalpha()]
    return len(words) >= TITLE_CASE_MIN_WORDS and bool(long) and all(w[0].isupper() for w in long)


def _headlines(texts: list[str], feats: list[Features]) -> bool:
    """Items that read as other articles' headlines: all in title case, or all full headlines with nothing of a
    list's sameness (a story's list repeats a first or last word: "Ferry to …", "محافظة …")."""
    if all(title_case(t) for t in texts):
        return True
    firsts = {t.split()[0].casefold() for t in texts}
    lasts = {t.split()[-1].casefold() for t in texts}
    return (all(f.words >= HEADLINE_MIN_WORDS for f in feats)
            and len(firsts) == len(texts) and len(lasts) == len(texts))


def list_items(lines: list[Line], feats: list[Features], lead: int, skip: set[int]) -> int | None:
    """The last item of the list under the announcing line `lead`, or None when fewer than MIN_ITEMS follow.

    Items are short lines (no running text: a paragraph under the list is the story again, or not, which the
    body region decides) that no phrase list names (a share bar or an end marker ends the list), up to the next
    line that ends with a colon. A bare date that is the last item and the only date among them is no item: it is
    the stamp of a post the lead-in quoted ("وكتب الوزير على منصة إكس:" / the post / "5 ديسمبر 2026"); a list of
    dates, or of versions and their dates ("4.1.6" / "April 2014" / "4.2.4" / "May 2014"), has more than one. Items
    that read as headlines (`_headlines`) are another articles' list."""
    last = None
    for k in range(lead + 1, min(len(lines), lead + 1 + MAX_ITEMS)):
        f = feats[k]
        if k in skip or f.prose or f.categories or ends_with_colon(lines[k]):
            break
        last = k
    if last is not None and last - lead > 1 and date_in(lines[last].text) is not None \
            and not any(date_in(lines[k].text) is not None for k in range(lead + 1, last)):
        last -= 1  # a post's date stamp under its words
    if last is None or last - lead < MIN_ITEMS:
        return None
    items = range(lead + 1, last + 1)
    return None if _headlines([lines[k].text for k in items], [feats[k] for k in items]) else last


def announced_list_end(lines: list[Line], feats: list[Features], story: StoryWords, end: int,
                       skip: set[int]) -> int | None:
    """The last item of a list announced by the body's last paragraph (the body: from the `story`'s start to line
    `end`) or a line right after it; else None."""
    for k in range(end, min(len(lines), end + 1 + LEAD_REACH)):
        if k in skip or (k > end and feats[k].categories):
            return None
        # the story's words only when a line ends as a lead-in (rare): most pages pay nothing for this step
        if leads_in(lines[k]) and announces_list(lines[k], feats[k], story.up_to(end)):
            return list_items(lines, feats, k, skip)
    return None


#: the items of a list under a short lead-in inside the body have at most this many words each
LEAD_IN_ITEM_MAX_WORDS = 8
#: a list item that labels its value: "A38 Haldon Hill – closed both ways", "Rail: reduced timetable", "الطريق
#: الصحراوي: حركة اعتيادية." (the label short, then a colon or a spaced dash)
_LABELLED_ITEM = re.compile(r"^[^:–—]{1,40}?(?::|\s[–—-]\s)\s*\S")
#: the lead-in of a list the body ends in stands at most this many lines above the body's last line
CONTINUED_LEAD_REACH = 3


def _labelled_item(line: Line) -> bool:
    return _LABELLED_ITEM.match(line.text) is not None and not ends_with_colon(line)


#: a description list between the story's paragraphs ("Signalement" / "Lengte: ongeveer 1.85 meter" / "Leeftijd: …"
#: / "Kleding: …", a fact box's "Wie: …" / "Wat: …" / "Waar: …", "الطول: …" / "العمر: …") has at least this many
#: labelled items ...
DESCRIPTION_MIN_ITEMS = 3
#: ... under at most this many short heading lines of its own ("Signalement" / "Man")
DESCRIPTION_HEAD_LINES = 2
#: the label of a description's item: a word first (no clock "12:30"), a few words at most, then one colon (a
#: breadcrumb's "Home :: Clan Home :: List" separates links with two)
_DESCRIPTION_LABEL = re.compile(r"^\s*([^\W\d_][^:：]{0,30}?)\s*[:：](?![:：])\s*\S")
#: a contact block's value: an e-mail address, a web address or a telephone number ("Telefoon: 0900-8844", "E-mail:
#: info@…", "الهاتف: 065000000"): the page's furniture (or a press office's), not the story's description
_CONTACT_VALUE = re.compile(r"@|https?://|\bwww\.|(?<![\d.,])\+?\d[\d\s()/-]{6,}\d(?![\d.,])")
#: the classifier's reason for a description list kept (a decision the learned model does not overrule)
DESCRIPTION_REASON = "description list in the story"


def _description_list(lines: list[Line], feats: list[Features], run: range) -> bool:
    """A run of short lines inside the body that is the story's own "Label: value" list: DESCRIPTION_MIN_ITEMS
    labelled items or more (`_labelled_item`, the label a word and a colon), their labels all different, up to the
    run's end, under at most DESCRIPTION_HEAD_LINES heading lines. A menu's items carry no label and value; a
    gallery's repeated "Foto: …" credits share one label; no item may be a phrase list's line (a "Tags:" line, a
    share bar's) or a contact field (`_CONTACT_VALUE`: a site's or a press office's "Telefoon: …" / "E-mail: …"
    block). `description_lists` asks that story paragraphs stand on both sides."""
    labels = []
    for k in reversed(run):
        m = _DESCRIPTION_LABEL.match(lines[k].text)
        if m is None or not _labelled_item(lines[k]) or feats[k].categories or feats[k].prose:
            break
        if _CONTACT_VALUE.search(lines[k].text):
            return False
        labels.append(m.group(1).casefold())
    head = len(run) - len(labels)
    return len(labels) >= DESCRIPTION_MIN_ITEMS and len(set(labels)) == len(labels) \
        and head <= DESCRIPTION_HEAD_LINES and not any(feats[k].categories for k in run[:head])


def continued_list_end(lines: list[Line], feats: list[Features], end: int, skip: set[int]) -> int | None:
    """The last item of a list that the body's last lines begin: a short lead-in ("حالة الطرق:", "Traffic:") and
    labelled items under it up to the body's last line `end` (an item long enough to be prose), then shorter items
    of the same shape past it ("الطريق الصحراوي: حركة اعتيادية.", too short to be prose: the body stopped before it).
    None when the body ends otherwise, or no such item follows."""
    lead = next((k for k in range(end - 1, max(-1, end - 1 - CONTINUED_LEAD_REACH), -1) if ends_with_colon(lines[k])),
                None)
    if lead is None or feats[lead].categories or feats[lead].words < 2 or _POINTS_ELSEWHERE.search(lines[lead].text) \
            or not all(_labelled_item(lines[k]) for k in range(lead + 1, end + 1)):
        return None
    last = None
    for k in range(end + 1, min(len(lines), end + 1 + MAX_ITEMS)):
        f = feats[k]
        if k in skip or f.prose or f.categories or f.words > LEAD_IN_ITEM_MAX_WORDS or not _labelled_item(lines[k]):
            break
        last = k
    return last


def list_under_lead_in(lines: list[Line], feats: list[Features], run: range) -> bool:
    """A run of short lines inside the body that opens with a lead-in ending in a colon ("The shops closing are:",
    "Neem mee:", "على الأهل إحضار:") over short items: the story's own list, even without bullets and with a lead-in
    too short for `announces_list` (a menu or a headline list has no lead-in; a box heading like "Read more:" is a
    phrase match, decided before this). The story's subheading may stand over the lead-in ("Who is exempt?" /
    "Some households will not have to pay:", "من يستحق الدعم؟" / "يشترط البرنامج ما يلي:"): a subheading, lead-in and
    list make a run of short lines as a menu does."""
    lead = run[1] if len(run) > 1 and _subheading_over(lines, feats, run[0]) else run[0]
    return ends_with_colon(lines[lead]) and feats[lead].words >= 2 \
        and not _POINTS_ELSEWHERE.search(lines[lead].text) and all(
        feats[k].words <= LEAD_IN_ITEM_MAX_WORDS and not ends_with_colon(lines[k])
        for k in range(lead + 1, run[-1] + 1))


def list_under_paragraph(lines: list[Line], feats: list[Features], run: range) -> bool:
    """A run of short lines inside the body right under a paragraph that announces it ("During the webinar the
    inspectors will cover:", "Tijdens het webinar bespreken we onder meer:", "يتناول المفتشون المحاور التالية:"): the
    story's own list, its items as long as a short line may be. `list_under_lead_in` reads a short lead-in at the run's
    head, which a menu's heading could be, so it asks for short items; a paragraph that ends as a lead-in
    (`introduces`: no phrase list's line, pointing to no other articles) says enough. Items all in title case are
    other articles' headlines (a related box set in the body), not the story's points."""
    lead = run[0] - 1
    return lead >= 0 and feats[lead].prose and introduces(lines[lead], feats[lead]) \
        and not all(title_case(lines[k].text) for k in run)


def _subheading_over(lines: list[Line], feats: list[Features], k: int) -> bool:
    """A subheading right over a lead-in: a short line in no phrase list, no bullet, not itself a lead-in."""
    return feats[k].subheading_like and not ends_with_colon(lines[k]) and not _POINTS_ELSEWHERE.search(lines[k].text)


#: a verdict list has at most this many items of at most this many words each
VERDICT_MAX_ITEMS = 12
VERDICT_ITEM_MAX_WORDS = 12
#: the classifier's reason for a verdict line kept (a decision the learned model does not overrule)
VERDICT_REASON = "review verdict"


def verdict_items(lines: list[Line], feats: list[Features], heading: int, skip: set[int]) -> int | None:
    """The last item under the verdict heading `heading` (short lines, no running text, in no phrase list, up to the
    next verdict heading; bulleted when the first one is: a spec table or the next subheading ends a bulleted list),
    or None when none follows."""
    last = None
    for k in range(heading + 1, min(len(lines), heading + 1 + VERDICT_MAX_ITEMS)):
        f = feats[k]
        if k in skip or f.prose or f.categories or f.words > VERDICT_ITEM_MAX_WORDS or verdict_heading(lines[k].text) \
                or ends_with_colon(lines[k]) or (last is not None and f.bullet != feats[heading + 1].bullet):
            break
        last = k
    return last


def description_lists(lines: list[Line], feats: list[Features], start: int, end: int) -> list[int]:
    """The lines of the body (`start` to `end`) in a "Label: value" description list (`_description_list`): a run of
    short lines with a paragraph right above it and right under it, both inside the body (a list that ends the body
    is the page's furniture as often: a contact block, a tag line)."""
    out: list[int] = []
    k = start
    while k <= end and k < len(lines):
        if feats[k].prose:
            k += 1
            continue
        j = k
        while j <= end and j < len(lines) and not feats[j].prose:
            j += 1
        if k > start and feats[k - 1].prose and j <= end and j < len(lines) \
                and _description_list(lines, feats, range(k, j)):
            out.extend(range(k, j))
        k = j
    return out
