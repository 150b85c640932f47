"""What tells a line above the story from the story's headline, for the title chooser (classify._title_index).

A page's header holds many headline-shaped lines besides the headline: a site's or a blog's name, a section's menu
item, an edition line ("Today's front page: Wednesday, March 27, 2013"), a line cut off in mid-sentence by the page's
layout ("Guidelines: Fan feedback should be within the" / "guidelines for the community …"). Two cues are the
headline's own:

- it stands over its stamp: the byline or the date line right under it ("How to add a widget" / "Modified on
  September 24, 2012 by Sue Waters"; "By the Numbers" / "Megan Slack" / "July 18, 2012"; "Kop" / "Door" / "Eva de
  Vries"), where a site's name stands over its menu or its tagline;
- it is a whole line: it does not end on an article or a conjunction with the sentence going on in the next line;
- it is no byline of its own over the date ("Chris Hayes, @chrislhayes", "Tom Phillips in Rio de Janeiro", "The
  Associated Press");
- it is no account's line: a messenger channel's or a social account's name stands over its audience count ("Harbour
  City Updates" / "24.1K subscribers"), its pinned notice under "Pinned message" (`account_header`);
- it heads a story, where a line that introduces the lines under it ("Making the Dough:", "With this tool you can:"),
  a letter's salutation ("Dear Mr. Kennedy—"), a comment form's prompt ("Post comment as") or a related box's heading
  ("Related Verizon HTC DLX Stories") heads a part of one or none (`not_a_headline`).

Each test reads one line or two and is linear in their length.
"""

from __future__ import annotations

import re

from newsbrief.normalise.agencies import agency_only
from newsbrief.normalise.features import Features
from newsbrief.normalise.datelines import bare_arabic_name
from newsbrief.normalise.phrases import ARABIC_LETTER, categories_of, in_group, phrase_sets, whole_phrase
from newsbrief.normalise.metadata import date_in, has_byline_prefix, is_desk_credit, is_name_like, lone_name, \
    person_name, strip_byline_label
from newsbrief.normalise.places import known_place
from newsbrief.normalise.posthead import is_stamp

#: the words a headline never ends on, the sentence going on in the next line: articles, conjunctions, "of" (en, nl;
#: Arabic: the prepositions and "أن", which need what follows them). "What are you waiting for" ends on a preposition,
#: and stays a headline.
_CUT_END = re.compile(r"(?:^|\s)(?:the|a|an|and|or|of|de|het|een|en|van|في|من|على|الى|إلى|عن|أن|ان)\s*$",
                      re.IGNORECASE)
#: a label and then only a date: an edition's or a page's date line ("Today's front page: Wednesday, March 27, 2013",
#: "Krant van vandaag: woensdag 27 maart 2013", "عدد اليوم: الأربعاء 27 مارس 2013")
_LABEL = re.compile(r"^[^:]{1,60}:\s*")


#: a line's last bracket: "… (Reed Saxon / AP)", "… (update)", "… (صور)"
_LAST_BRACKET = re.compile(r"\(([^()]{1,80})\)\s*$")
#: what marks a bracket as a photo's credit: a photographer beside the agency ("Reed Saxon / AP", "ANP | Remko de
#: Waal"), a copyright sign, a label ("Foto: ANP", "تصوير: أحمد", not a time "update 15:30"), a site's address
#: ("onmeth.com"), a source ("via Magic Pick")
_CREDIT_MARK = re.compile(r"[/|©]|:\s*[^\d\s]|\w\.(?:com|net|org|nl|be|uk|co|info)\b|^via\b", re.IGNORECASE)
#: a photo's word beside a name: "Photo: Getty", "Getty Images", "foto Jan de Vries", "صورة أرشيفية". Alone it is a
#: headline's tag for its pictures ("(foto's)", "(صور)"), which a headline ends on as on "(video)" and "(update)"
_PHOTO_WORD = re.compile(r"(?<!\w)(?:photos?|photograph|foto|beeld|images?|pictures?|getty|shutterstock|istock|"
                         r"alamy|courtesy|handout|صورة|الصورة|تصوير)(?!\w)", re.IGNORECASE)
#: a caption's one-word credit that names no one: a file picture ("(file)", "(archief)", "(أرشيفية)"), a detail
_FILE_PICTURE = re.compile(r"^(?:file|archive|archief|archiefbeeld|detail|أرشيفية|ارشيفية|أرشيف|ارشيف)$",
                           re.IGNORECASE)
#: a link's count or age in brackets: "Read Comments (11)", "… (2 months ago)", "… (3 uur geleden)", "(منذ ساعتين)"
_COUNT_OR_AGE = re.compile(r"^[\d٠-٩][\d٠-٩.,ºª]*\W?$|\b(?:ago|geleden)\b|منذ", re.IGNORECASE)
#: a life span: "1948–2026", "1948 - 2026"
_LIFE_SPAN = re.compile(r"^[\d٠-٩]{4}\s*[-–—]\s*[\d٠-٩]{4}$")
#: a headline's tag in brackets is this short ("update", "Open VLD", "1948–2026"); a longer aside closes a blog's
#: teaser as often as its headline ("… (With Some Strings Attached)")
TAG_MAX_WORDS = 3
#: ... and closes a headline of at least this many words
TAG_MIN_BEFORE = 3


def closing_bracket(text: str) -> bool:
    """Whether `text` ends in a bracket that no headline ends on: a photo caption's credit ("… on Saturday. (Reed
    Saxon / AP)", "… (Foto: ANP)", "… (Reuters)", "… (Getty Images)", "… (file)"), a link's count or age ("Read
    Comments (11)", "(2 months ago)"), a longer aside (over TAG_MAX_WORDS words), or a line that is all bracket. A
    headline's tag is none: "(update)", "(video)", "(foto's)", "(صور)", "(فيديو)", a party "(VVD)", a life span
    "(1948–2026)" close a headline on Dutch and Arabic pages. A caption is a sentence with its full stop before the
    credit; a headline has none."""
    found = _LAST_BRACKET.search(text)
    if found is None:
        return text.rstrip().endswith(")")  # a smiley's ":-)" or a bracket opened on a line above: no headline's end
    inner, before = found.group(1).strip(), text[:found.start()].rstrip()
    # (a headline is a sentence before its tag: no menu item's word, "Support (Customer Zone)", and no name with its
    # place or party, "Ryan Tesink, Saint John (St. Louis)", a caption's or a byline's)
    if _spelled_out(inner, before):
        return True  # an acronym after its words: a section's or a body's name, "Status Controller (HSC)"
    if _LIFE_SPAN.match(inner) and not before.endswith(".") and any(ch.isalpha() for ch in before):
        return False  # a name with its life span is an obituary's headline: "Hendrik Verschuren (1948–2026)"
    if aged_name(inner, before):
        return False  # an age after a person's name: "In memoriam prof. dr. Anna Smit (87)"
    if before.endswith(".") or len(before.split()) < TAG_MIN_BEFORE or person_name(before.split(",")[0].strip()) \
            or len(inner.split()) > TAG_MAX_WORDS \
            or _CREDIT_MARK.search(inner) or agency_only(inner) or _FILE_PICTURE.match(inner) \
            or _COUNT_OR_AGE.search(inner):
        return True
    return _PHOTO_WORD.search(inner) is not None and len(inner.split()) >= 2


#: an age in brackets: a whole number of at most three digits, at most AGE_MAX
_AGE = re.compile(r"^[\d٠-٩]{1,3}$")
AGE_MAX = 120
#: a Latin name's word, capitalised, or a particle inside it ("Jan de Vries", "Ahmed bin Said")
_NAME_PART = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|van|de|der|den|ten|ter|von|bin|ibn|al|el|la|le|du|da|dos)$")
_PARTICLE = re.compile(r"^[a-z]")
#: a person's title an Arabic name follows (the name has no case to read: the title says a name comes): "الأستاذ
#: الدكتور محمد العتيبي", "الفنان …", "الشيخ …", "المرحوم …", "الفقيد …" (alef forms as written)
#: (titles in a row, "الأستاذ الدكتور", are all the name's; the name two to four words to the line's end)
_AR_PERSON_TITLE = re.compile(r"(?:^|\s)(?:(?:د\.|[اأ]\.\s?د\.|الدكتورة?|ال[اأ]ستاذة?|المهندسة?|السيدة?|الشيخ|الحاجة?|"
                              r"الفنانة?|اللاعب|الكاتبة?|الشاعرة?|المرحومة?|الفقيدة?|الراحلة?)\s+)+"
                              r"(?P<name>\S+(?:\s+\S+){1,3})\s*$")


def aged_name(inner: str, before: str) -> bool:
    """Whether the bracket `inner` closing `before` is a person's age after the person's name: "In memoriam prof. dr.
    Anna Smit (87)", "Obituary: Professor Margaret Hale (87)", "في ذمة الله الأستاذ الدكتور محمد العتيبي (87)". A bare
    number in brackets after a blog teaser's title is its comment count ("Ten things I learned in Berlin (11)"): the
    number follows a name here, the last words of the line and no more (two to four capitalised words, a particle
    between, after a word that is none: a Title Case teaser is capitalised all through; not after a link bar's "|"),
    no known place ("… in New York (12)") and no phrase list's words ("Comment | Read Comments (1)"); an Arabic name
    (no case) right after a person's title. A list of such teasers is the caller's to tell (`count_list`)."""
    if not _AGE.match(inner) or not 0 < int(inner) <= AGE_MAX:
        return False
    if ARABIC_LETTER.search(before):
        titled = _AR_PERSON_TITLE.search(before)
        return titled is not None and bare_arabic_name(titled.group("name")) is not None
    words = before.split()
    run = 0
    while run < len(words) and _NAME_PART.match(words[-1 - run]):
        run += 1
    name = words[len(words) - run:]
    while name and _PARTICLE.match(name[0]):
        name = name[1:]  # "… boerderij van Jan Smit": the particle before the name is the sentence's
    named = " ".join(name)
    return run < len(words) and any(ch.isalpha() for ch in words[-1 - run]) and 2 <= len(name) <= 4 \
        and person_name(named) and not known_place(named) and not categories_of(named, len(name))


#: a line's last bracket holds a bare number: a teaser's comment count, or an age (`aged_name`)
_NUMBER_BRACKET = re.compile(r"\([\d٠-٩]{1,6}\)\s*$")


def count_list(lines, i: int) -> bool:
    """Whether line `i` ends in a bare number in brackets and so does a line right beside it: a list of teasers
    with their comment counts ("Ten things I learned in Berlin (11)" / "Why we moved to Kenya (4)"), no headline
    and a person's age under it (an obituary's headline stands alone)."""
    if not _NUMBER_BRACKET.search(lines[i].text):
        return False
    return any(0 <= k < len(lines) and _NUMBER_BRACKET.search(lines[k].text) for k in (i - 1, i + 1))


def life_span_head(text: str) -> bool:
    """Whether `text` is a name with its life span, an obituary's headline ("Margaret Hale (1939–2026)"): two words
    and a bracket, shorter than a line is scored as a headline from (metadata.heading_score counts the words, and the
    span is none)."""
    found = _LAST_BRACKET.search(text)
    return found is not None and _LIFE_SPAN.match(found.group(1).strip()) is not None \
        and not closing_bracket(text) and len(text[:found.start()].split()) >= 2


#: the small words an acronym skips ("School for International Training (SIT)", "Centraal Bureau voor de Statistiek")
_ACRONYM_SKIPS = frozenset("and of for the to in on de het van voor en der".split())


def _spelled_out(inner: str, before: str) -> bool:
    """Whether the bracket is an acronym of the words right before it ("Heartbeat and Status Controller (HSC)"): a
    name defined, as a section's heading or an institution's page gives it, not a headline's tag ("(VVD)" after a
    story about a councillor)."""
    if not (2 <= len(inner) <= 6 and inner.isalpha() and inner.isupper()):
        return False
    initials = [w[0].upper() for w in before.split() if w.casefold() not in _ACRONYM_SKIPS and w[:1].isalpha()]
    return "".join(initials[-len(inner):]) == inner


def cut_line(text: str, below: str | None) -> bool:
    """A line the layout cut in mid-sentence: it ends on an article, a conjunction or "of" (`_CUT_END`) and the line
    under it goes on with the sentence (a Latin line in lower case; an Arabic one, no case to read, with any word)."""
    if below is None or not _CUT_END.search(text):
        return False
    first = below.lstrip(" \"'“‘(")[:1]
    return bool(first) and (first.islower() or "\u0600" <= first <= "\u06ff")


def dated_label(text: str) -> bool:
    """A label and then only a date ("Today's front page: Wednesday, March 27, 2013"): a date line, no headline."""
    found = _LABEL.match(text)
    return found is not None and found.end() < len(text) and date_in(text[found.end():]) is not None


def not_a_headline(text: str) -> bool:
    """A line shaped as a headline that heads no story: it ends on a colon, so it introduces the lines under it (a
    recipe's "Making the Dough:", a post's "With the help of this tool you can:", "Zo doe je het:", "المكونات:"), or
    it is the phrase lists' ``not_headline`` (a salutation, a comment form's prompt, a related box's heading)."""
    if text.rstrip().endswith((":", "\uff1a")):
        return True
    found = phrase_sets()["not_headline"].anchored
    return found is not None and found.match(text.strip()) is not None


def account_header(lines, i: int) -> bool:
    """Whether line `i` is a messenger channel's or a social account's own line, as its export opens: the account's
    name, right over its audience count alone ("18.4K subscribers", "12.400 volgers", "18.4 ألف مشترك": the phrase
    lists' ``audience_count``), or the channel's pinned notice, right under its label ("Pinned message", "رسالة
    مثبتة": ``pinned_label``). A post under them has no headline of its own; neither line is one."""
    below = lines[i + 1].text if i + 1 < len(lines) else ""
    above = lines[i - 1].text if i else ""
    return bool(below and in_group(below, len(below.split()), "audience_count")) \
        or bool(above and whole_phrase(above, "pinned_label"))


#: where a byline's name ends: a comma before its agency or handle ("Derrik J. Lang, THE ASSOCIATED PRESS", "Chris
#: Hayes, @chrislhayes"), its place ("Tom Phillips in Rio de Janeiro", "Eva Smit in Brussel", "سامي يوسف من دبي")
_NAME_TAIL = re.compile(r"\s*[,|@]|\s+(?:in|uit|من|في)\s+\S")


def byline_or_stamp(text: str, f: Features) -> bool:
    """A byline or a credit over the date, not a headline over its stamp: a "By" label, a byline phrase, a desk or an
    agency ("The Associated Press", "CanWest News Service"), a person's name before its agency, handle or place, or
    a stamp itself ("On August 9, 2012 · Leave a Comment")."""
    if has_byline_prefix(text) or f.has("byline") or is_desk_credit(text) or agency_only(text) or is_stamp(text, f):
        return True
    name = _NAME_TAIL.split(text.strip(), maxsplit=1)[0]
    return name != text.strip() and person_name(name)


#: a headline's stamp may stand under a bare byline label: "Door" / "Eva de Vries" (this many lines at most)
_STAMP_LINES = 3


#: ... with its year in full: a table's figures read as a date too ("0-0-22", a fertiliser's N-P-K; "06.12.01")
_FULL_YEAR = re.compile(r"(?<![\d٠-٩])(?:19|20|١٩|٢٠)[\d٠-٩]{2}(?![\d٠-٩])")


def over_stamp(lines, feats: list[Features], i: int) -> bool:
    """Whether line `i` stands right over its byline or date line (posthead.is_stamp), a name alone under it with a
    date under that ("Megan Slack" / "July 18, 2012"), or a byline label alone and its name ("By" / "Bethany
    Rickwald"): as a story's headline stands."""
    n = len(lines)
    k = i + 1
    if k < n and not strip_byline_label(lines[k].text) and lines[k].text.strip():
        k += 1  # "By" alone over the name
        return k < n and (lone_name(lines[k].text, feats[k]) or is_stamp(lines[k].text, feats[k]))
    if k >= n:
        return False
    if is_stamp(lines[k].text, feats[k]):
        return True
    if feats[k].words == 0 and _FULL_YEAR.search(lines[k].text) and date_in(lines[k].text) is not None:
        # a date in figures alone ("2026-12-07 09:44", "07/12/2026 - 09:44": no word, which is_stamp asks for two
        # of) is the stamp too, unless another headline-shaped line stands under it: a sports site dates its
        # headline from above ("Sidebar item" / "08/01/2008 11:13" / "Cole: Winning Carling Cup …" / the story)
        return k + 1 >= n or not feats[k + 1].headline_like
    return lone_name(lines[k].text, feats[k]) and any(
        date_in(lines[j].text) is not None for j in range(k + 1, min(n, i + 1 + _STAMP_LINES)))


#: a headline shorter than the three words a line is scored as one from (metadata.heading_score) has at most this many
#: ("Jeugdzorg onder druk" has three; "Wachtlijsten", "Storm raast"): Dutch papers' headlines are often that short
SHORT_HEAD_MAX_WORDS = 2


def bare_byline(lines, feats: list[Features], i: int, about_story) -> bool:
    """Whether line `i` is a reporter's bare name under the headline ("Jeugdzorg onder druk" / "Sanne de Vries" / "12
    november 2026"): a capitalised name alone (metadata.is_name_like) over the date or the first paragraph, no known
    place ("Den Haag": a dateline's, places.py) and none of the story's words (`about_story`: a profile's headline
    names the person its story is about; no desk: "ANP Nieuwsdienst"), right under a headline: a line that is no
    name itself, no date, no sentence, no label ("Plaats:") and no phrase list's (a section's "Opinie"), and about
    the story when it is short (SHORT_HEAD_MAX_WORDS: a section's label is not). Such a line is the byline, never
    the title, however its capitals score."""
    text, f = lines[i].text, feats[i]
    if i == 0 or i + 1 >= len(lines) or not is_name_like(text, f) or known_place(text) or is_desk_credit(text) \
            or about_story(i):
        return False
    if date_in(lines[i + 1].text) is None and not feats[i + 1].prose:
        return False  # a byline stands over the story's date or its first paragraph
    above, fa = lines[i - 1].text, feats[i - 1]
    return bool(fa.words) and not fa.terminal and not fa.categories and not is_name_like(above, fa) \
        and not above.rstrip().endswith(":") and date_in(above) is None and (fa.words > SHORT_HEAD_MAX_WORDS or about_story(i - 1))


#: a menu's item has at most this many words: a short line under one is an item of the same menu or tag cloud
MENU_ITEM_MAX_WORDS = 3


def short_head(lines, feats: list[Features], i: int, about_story) -> bool:
    """Whether line `i` is a headline too short to score as one (SHORT_HEAD_MAX_WORDS words, "Wachtlijsten") that
    stands over its bare byline (`bare_byline`) and the story's date under that, as a headline stands over its stamp.
    It opens with a capital where the script has case, and stands apart from a menu or a tag cloud: the line over it
    is a phrase list's (a section's "Binnenland") or longer than a menu's item (a sidebar's "Kazernes" / "Brandweer" /
    "Vrijwilligers" / "Regio Oost", a tag cloud's "running shoes" / "Trail Running" are items of a list)."""
    if not 1 <= feats[i].words <= SHORT_HEAD_MAX_WORDS or i + 2 >= len(lines) or lines[i].text.lstrip()[:1].islower():
        return False
    if i and not feats[i - 1].categories and feats[i - 1].words <= MENU_ITEM_MAX_WORDS:
        return False
    return bare_byline(lines, feats, i + 1, about_story) and date_in(lines[i + 2].text) is not None
