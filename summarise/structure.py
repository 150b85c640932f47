"""Page shapes that need their own reading order: live blogs and listicles.

* A **live blog** is a run of entries, each opening with a time stamp ("10:42 GMT", "9.05am:", "14:05 –", a
  translated Dutch "14:05 uur -") or a match minute ("12'", "45+2'"). Its news is in the latest entries, wherever
  the page puts them (newest first, or oldest first). `reading_order` returns the sentences ordered latest entry
  first, so the summariser's lead bonus goes to what happened last (a match report's lead, above its minute-by-
  minute entries, stays first). `coverage_notes` are the blog's notes about itself ("Follow our live coverage…",
  "Latest updates as…"): page furniture, never a takeaway. `strip_stamp` takes the stamp off a bullet: the statement
  stays, the time is the page's layout. A story's update notes ("Update 14:05: …", "تحديث 13:40: …") lose their
  label the same way, and `update_notes` lists them for a warning.
* An **interview** gives its questions a label ("Q:", Dutch "Vraag:", Arabic "س:") and its answers another ("A:").
  `interview_questions` returns the interviewer's sentences (a labelled question's whole paragraph, and any sentence
  that is a question): what someone asked is no takeaway. `strip_label` takes the "A:" off an answer.
  A **transcript** labels every turn with its speaker ("DANA WHITFIELD: …", "Marcus Obi: …"; `transcript_turns`):
  a turn that ends on a question is the host's question, all of it (its lead-up too: "Marcus, a year ago cocoa
  traded at $4,000. Where is it now?"), and the turn under it answers as an "A:" does. `strip_label` takes a
  speaker's full name in capitals off a bullet.
* A **reader comment** under a story or blog entry is signed "<handle> wrote:" (Dutch "<naam> schreef:");
  `reader_comments` returns them: a reader's view, never the story's news.
* A **match ticker** states its result at the top ("Final score" over "Rovers 2-1 United", "Full time: Ajax 2-1 PSV",
  a translated "Eindstand" / "النهاية") while its entries say who scored when; `final_result` finds that result, the
  key fact of a finished match, which no entry states as a sentence a bullet could take.
* A **listicle** is a run of numbered items ("1. The Eiffel Tower", "2) …", "No. 3: …", counting up or down) that
  IS the article: the items carry most of its words, or a third of them under a headline that announces their count
  ("Five museums worth the trip", "How memory works: 10 things most people get wrong"). `list_items` returns the
  items; the summariser then writes one bullet per item, naming it. A news story that quotes a numbered list (the
  charges someone denies, a council's measures) is no listicle: its lead says who did what, and the list is one of
  its facts. An item never takes in the paragraphs after the list: the last item's body is at most as long as the
  longest of the others' (none when the items are one paragraph each), so "3. Loading bays for shops" is not glued
  to the story's next paragraph as if that explained it.

Both work on the English sentences and their paragraph indices (SummaryInput), so a translated article is
recognised the same way: numbers and time stamps survive translation.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from modelhub.digits import ASCII_DIGITS
from summarise.splitting import has_finite_verb
from summarise.text import SENTENCE_END, word_count
from summarise.zones import ZONE_ABBREVIATIONS

MIN_ENTRIES = 3  # fewer time stamps are times mentioned in a normal story, not a live blog
MIN_ITEMS = 3
#: a listicle's items carry at least this share of its words (headers and bodies); on the eval gold bodies the real
#: listicles (tips, "things we learned", song lists) are at 0.51-0.99, the stories and posts that only contain a
#: numbered list (steps inside a post, a race's results, a lineup) mostly under 0.35 (BENCHMARKS.md, "Numbered lists
#: inside news stories")
LISTICLE_SHARE = 0.5
#: ... or at least this share under a headline that announces the count ("Six ways to save money …")
ANNOUNCED_SHARE = 1 / 3

#: the time zones a stamp may name ("10:42 GMT", "3:45 p.m. CT", "14:05 CEST", "9.30 IST"): the abbreviations of the
#: one zone table (zones.py), as news sites in English write them. Upper case only, wherever they are matched: "EAT"
#: or "WAT" must not be the words "eat" and Dutch "wat" ("7.30 Eat breakfast" is a schedule, not a stamp); in any
#: case only with a stamp's mark after it ("16:45 gmt: …")
_ZONE_NAMES = "|".join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))
_ZONE = f"(?-i:{_ZONE_NAMES})"
# an update note's word before its stamp ("Updated 3:45 p.m. ET: …", "Bijgewerkt 14:05 - …")
# ("Update 14:05: The fire service…", nl "Update 13:50:", ar "تحديث 13:40:", as a story's update notes open)
_UPDATED = re.compile(r"^\s*(?:(?:last\s+)?updated?|posted|bijgewerkt|geüpdatet|تحديث)(?:\s+at)?\s+(?=\d)",
                      re.IGNORECASE)
# a time zone left alone at the start with its mark, once the sentence splitter cut "3:45 p.m." off ("ET: The …")
_BARE_ZONE = re.compile(rf"^\s*{_ZONE}\s*[:\-–—|]\s+(?=\S)")
_STAMP = re.compile(
    r"^\s*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
    rf"(?P<tz>\s*(?:{_ZONE}|(?:{_ZONE_NAMES}|hours|hrs)(?=\s*[:\-–—|])|local time|uur|u\.)(?!\w))?"
    r"\s*(?P<mark>[:\-–—|])?\s*",
    re.IGNORECASE,
)
# a match minute: "12'", "45+2'", "90’ +3" opening an entry of a match report or a minute-by-minute, then a space
# and a capital or a quote ("90's music" is no minute)
_MINUTE = re.compile(
    r"^\s*(?P<min>1[0-2]\d|\d{1,2})(?:\s*\+\s*(?P<add>\d{1,2}))?\s*['’′]"
    r"(?:\s*\+\s*(?P<add2>\d{1,2}))?\s+(?:[:\-–—|]\s*)?(?=[A-Z\"“‘'])"
)
# a live blog's notes about itself: what it is, not what happened. In the first person ("our live coverage", "I'll be
# bringing you") only the page itself speaks, so these are notes wherever they stand (the normaliser may have dropped
# the stamp lines that make the page a blog); the generic ones ("latest updates") only on a page read as a blog.
_OWN_NOTE = re.compile(
    r"\b(?:our live|welcome (?:back )?to (?:our|this)|follow (?:our|along)|stay with us|this live (?:blog|page)|"
    r"(?:i|we)(?:'ll|’ll| will) (?:be )?(?:bring(?:ing)? you|keep(?:ing)? you|updat(?:e|ing) (?:you|this))|"
    r"refresh (?:this|the) page|we(?:'re|’re| are) (?:closing|pausing|wrapping up) (?:this|our|the) (?:blog|live))\b",
    re.IGNORECASE,
)
_COVERAGE_NOTE = re.compile(
    r"\b(?:live (?:coverage|blog|updates|reporting)|latest updates|welcome to the|as it happened|"
    r"(?:this|the) blog (?:is|has|will)|signing off)\b",
    re.IGNORECASE,
)
# a question or answer label opening an interview paragraph; the colon is required ("A 10% rise" is no label)
_QUESTION_LABEL = re.compile(r"^\s*(?:Q|Question|Vraag|V|س|سؤال)\s*[:：]\s*(?=\S)", re.IGNORECASE)
_ANSWER_LABEL = re.compile(r"^\s*(?:A|Answer|Antwoord|ج|جواب)\s*[:：]\s*(?=[A-Z0-9\"“‘'\u0600-\u06FF])")


def _caps_label(more: str) -> re.Pattern:
    """A speaker's label in capitals: a word of two letters or more, then `more` ("{0,3}") such words, and a colon."""
    return re.compile(r"^\s*(?:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)" + more + r")\s*[:：]\s+(?=[A-Z0-9\"“‘'])")


# a transcript's speaker label in capitals, one to four words of two letters or more ("DANA WHITFIELD: …", "OBI: …")
_CAPS_SPEAKER = _caps_label("{0,3}")
# ... of two words or more, a full name: `strip_label` asks with no page around it, and a one-word label in capitals
# may be a page's own ("EN: …" on a translated line, "UK: …")
_CAPS_NAME = _caps_label("{1,3}")
# ... or a capitalised name, one to three words ("Dana Whitfield: …"), counted only on a page of such turns
_NAME_SPEAKER = re.compile(r"^\s*(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*[:：]\s+(?=[A-Z0-9\"“‘'])")
#: a transcript has at least this many labelled turns, by at least TRANSCRIPT_SPEAKERS speakers
TRANSCRIPT_TURNS = 3
TRANSCRIPT_SPEAKERS = 2
# "<handle> wrote: …": one to three name tokens, then the verb and a colon, opening a paragraph
_COMMENT = re.compile(
    r"^\s*(?!(?:He|She|They|It|I|We|You|The|This|Hij|Zij|Ze|Hem)\s)"  # "He wrote:" quotes a letter in a story
    r"(?P<who>@?[\w.\-]{2,30}(?: [\w.\-]{2,30}){0,2})\s+(?:wrote|writes|commented|schreef|schrijft|reageerde|كتب)"
    r"\s*[:：]\s*\S"
)
# a screen name, not a person's name: an underscore, a digit, an @, or a capital inside the word ("Mary_K", "JohnD")
_HANDLE = re.compile(r"^@|[_\d]|^\S*[a-z][A-Z]")
_ITEM = re.compile(r"^\s*(?:No\.\s*|#)?(?P<k>\d{1,2})\s*[.):]\s+(?P<name>\S.*)$")
_COUNT_WORDS = {w: k for k, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                           "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 1)}
# a count opening the headline or one of its parts ("Five museums …", "TED Blog | 9 reasons …", "Election night: the
# five things we learned"), then a word: "Aug 9, 2012" or "denies 11 charges" count nothing the page lists
_ANNOUNCED = re.compile(
    # (the punctuation run before the count is bounded: each of a title's many dots is a start of the search)
    r"(?:^|[:|.»–—]|\s-(?=\s))\W{0,10}(?:(?:the|top|our|these)\s+)?"
    rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNT_WORDS)})\s+(?=[^\W\d])",
    re.IGNORECASE,
)


# Arabic-Indic digits ("١٤:٣٢", Persian-style "۱۴:۳۲"), as an Arabic page and a translation that keeps them write an
# entry's time, read as the ASCII digits the stamp patterns know; one character for one, so a match's offsets hold
def _western(text: str) -> str:
    return text.translate(ASCII_DIGITS)


def _minutes(m: re.Match) -> int:
    hour, minute = int(m.group("h")), int(m.group("m"))
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return 60 * hour + minute


def _paragraph_starts(paragraphs: list[int]) -> list[int]:
    return [i for i, p in enumerate(paragraphs) if i == 0 or paragraphs[i - 1] != p]


def _clock(sentence: str) -> re.Match | None:
    """The clock time opening `sentence` when it is an entry's stamp."""
    m = _STAMP.match(_western(sentence))
    # "10:42 Police …" is a stamp; "5.50 per cent …" is not: a dot needs am/pm, a time zone or a mark after it
    if m and (m.group("sep") == ":" or m.group("ampm") or m.group("tz") or m.group("mark")
              or word_count(sentence) <= 2):
        return m
    return None


def _match_minute(m: re.Match) -> int:
    return int(m.group("min")) + int(m.group("add") or m.group("add2") or 0)


def _stamps(sentences: list[str], paragraphs: list[int]) -> list[tuple[int, int]]:
    """(sentence index, minutes) of the entries: clock stamps, or else match minutes; [] when too few for a blog."""
    starts = _paragraph_starts(paragraphs)
    clock = [(i, _minutes(m)) for i in starts if (m := _clock(sentences[i]))]
    if len(clock) >= MIN_ENTRIES:
        return clock
    minutes = [(i, _match_minute(m)) for i in starts if (m := _MINUTE.match(_western(sentences[i])))]
    return minutes if len(minutes) >= MIN_ENTRIES else []


def reading_order(sentences: list[str], paragraphs: list[int]) -> list[int] | None:
    """Sentence indices, latest live-blog entry first; None when the text is not a live blog.

    Sentences before the first entry (the blog's own introduction) come first: it is usually kept up to date.
    """
    stamps = _stamps(sentences, paragraphs)
    if not stamps:
        return None
    times = [t for _, t in stamps]
    falling = sum(1 for a, b in zip(times, times[1:]) if b < a)
    rising = sum(1 for a, b in zip(times, times[1:]) if b > a)
    starts = [i for i, _ in stamps]
    entries = [list(range(s, e)) for s, e in zip(starts, starts[1:] + [len(sentences)])]
    if rising > falling:
        entries.reverse()  # oldest first on the page: the latest entry is at the bottom
    intro = list(range(starts[0]))
    return intro + [i for entry in entries for i in entry]


def coverage_notes(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of a live blog's notes about its own coverage ("Good morning and welcome to our live coverage…",
    "I'm Jakub Krupa and I'll be bringing you the latest"): first-person ones anywhere, the others ("Latest updates
    as …") only on a live blog (a story may well mention someone's live coverage)."""
    blog = bool(_stamps(sentences, paragraphs))
    return {i for i, s in enumerate(sentences) if _OWN_NOTE.search(s) or (blog and _COVERAGE_NOTE.search(s))}


#: a live blog entry's heading past its stamp has at most this many words ("14:32 – Minister arrives in the Commons")
ENTRY_HEAD_WORDS = 12
#: ... and the entry's text under it is a statement of at least this many words that ends as one
ENTRY_TEXT_WORDS = 6
# how a sentence or a quotation ends, an ellipsis and a closing bracket too; a heading ends on none of these
_SENTENCE_ENDED = SENTENCE_END + ("…", ")")


def entry_headings(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of a live blog's entry headings: a stamped entry paragraph (`_stamps`) of one sentence whose text past
    the stamp (`strip_stamp`) is a heading, at most ENTRY_HEAD_WORDS words ended as no sentence is ("14:32 Minister
    arrives", "15:05 – Markets react calmly", a translated "14.32 uur – Minister komt aan", "12' Saka opens the
    scoring"), over a paragraph of the entry's own text (not stamped itself: a statement of ENTRY_TEXT_WORDS words
    or more that ends as one). The heading names the entry, as a subheading names a section (sections.heading_lines,
    whose headings have no digit, so a stamp kept this one out); with its stamp cut off as a bullet's is, it read as
    a claim with a full stop added ("Opposition warns of cuts.") once many bullets were asked for."""
    stamps = _stamps(sentences, paragraphs)
    out: set[int] = set()
    for i, _ in stamps:
        nxt = i + 1
        if nxt >= len(sentences) or paragraphs[nxt] == paragraphs[i]:
            continue  # the stamp opens a paragraph of the entry's own sentences: "13:50 - The Chancellor said …"
        head = strip_stamp(sentences[i]).strip()
        if head == sentences[i].strip() or word_count(head) > ENTRY_HEAD_WORDS or head.endswith(_SENTENCE_ENDED):
            continue
        text = sentences[nxt].strip()
        if _clock(text) or _MINUTE.match(_western(text)) or word_count(text) < ENTRY_TEXT_WORDS \
                or not text.endswith(_SENTENCE_ENDED):
            continue  # the next entry, or no statement under it: this stamped line is the entry itself
        out.add(i)
    return out


def strip_stamp(text: str) -> str:
    """`text` without the time stamp or match minute opening it ("13:50 - The minister said…" -> "The minister
    said…", "12' Smith scores" -> "Smith scores"); unchanged when it has none or nothing would be left.

    A stamp needs what marks it as one: a mark after it, am/pm, a time zone, or a colon time before a capitalised
    word ("10:42 Police…"); "5.50 per cent …" and "3:10 to Yuma" stay. An update note's word goes with its stamp
    ("Updated 3:45 p.m. ET: The government…"), and so does a time zone the sentence splitter left alone ("ET: The
    government…" once "Updated 3:45 p.m." was cut off as a sentence of its own).
    """
    zone = _BARE_ZONE.match(text)
    if zone:
        return text[zone.end():] if word_count(text[zone.end():]) >= 2 else text
    updated = _UPDATED.match(text)
    if updated:
        rest = strip_stamp(text[updated.end():])
        return rest if rest != text[updated.end():] else text
    m = _STAMP.match(_western(text))
    if m and not (m.group("mark") or m.group("ampm") or m.group("tz")
                  or (m.group("sep") == ":" and text[m.end():m.end() + 1].isupper())):
        m = None
    m = m or _MINUTE.match(_western(text))
    if m is None or word_count(text[m.end():]) < 2:
        return text
    return text[m.end():]


# the labels of an update note proper (en, nl, ar), not of a publication stamp ("Posted 10:42")
_UPDATE_WORD = re.compile(r"^\s*(?:last\s+)?(?:update|updated|bijgewerkt|geüpdatet|تحديث)\b", re.IGNORECASE)
#: an update note about the article itself, not the news ("This article has been updated with a statement …", "An
#: earlier version of this story …", nl "Dit artikel is bijgewerkt …", "Een eerdere versie …", ar "تم تحديث هذا المقال
#: …", "نسخة سابقة …"): no latest state of things, and no takeaway in place of the lead (review 29b, 4)
_EDITORIAL_NOTE = re.compile(
    r"^\W{0,3}(?:(?:update|updated|correction|clarification|editor['’]s\snote|note|correctie|noot\svan\sde\sredactie|"
    r"تحديث|تصحيح|ملاحظة)\s{0,3}:\s{0,3})?"
    r"(?:(?:this|the)\s(?:article|story|report|post|page|piece)\s(?:has\sbeen|have\sbeen|was|is\sbeing)\s"
    r"(?:updated|corrected|amended|changed|edited)|an\searlier\sversion"
    r"|(?:dit|het|deze)\s(?:artikel|bericht|verhaal|stuk)\s(?:is|werd)\s(?:bijgewerkt|aangepast|gecorrigeerd|"
    r"geactualiseerd|geüpdatet)|een\seerdere\sversie"
    r"|(?:تم|جرى)\s(?:تحديث|تصحيح|تعديل)\s(?:هذا|هذه)\s(?:المقال|الخبر|التقرير|المقالة|القصة)|(?:في\s)?نسخة\sسابقة)",
    re.IGNORECASE)


def update_notes(sentences: list[str]) -> list[str]:
    """The labels of a story's update notes ("Update 14:05", "Updated 3:45 p.m. ET"): the sentences whose update
    word and time stamp `strip_stamp` takes off, each label as the page writes it."""
    out = []
    for s in sentences:
        rest = _update_note_rest(s)
        if rest is not None:
            out.append(s[:len(s) - len(rest)].strip(" :-–—|"))
    return out


def _update_note_rest(sentence: str) -> str | None:
    """An update note's text after its label and time ("Update 14:05: Crews have …" -> "Crews have …"), or None
    when the sentence opens no update note."""
    # "Posted 10:42" is when the story went up, not a later update: it takes the stamp off but is no note
    if not _UPDATE_WORD.match(sentence):  # strip_stamp then takes the label off only where _UPDATED reads it
        return None
    rest = strip_stamp(sentence)
    return None if rest == sentence else rest


def editorial_notes(sentences: list[str]) -> set[int]:
    """Indices of the notes about the article itself ("Update 3:45 p.m.: This article has been updated with a statement
    from the fire service.", "Correction: An earlier version of this story …": `_EDITORIAL_NOTE`): they say what the
    page changed, not what happened, so no takeaway (review 29b, 4)."""
    return {i for i, s in enumerate(sentences) if _EDITORIAL_NOTE.match(strip_stamp(s))}


def latest_update(sentences: list[str], paragraphs: list[int]) -> list[int]:
    """The sentence indices of a story's latest update note's paragraph ("Update 16:40: Crews have the fire under
    control. The cause is not yet known."): of the paragraphs opened by an update note (`update_notes`' reading), the one
    with the latest time, the last on the page when times tie or cannot be read; [] without update notes. A note about
    the article itself ("This article has been updated with …": `_EDITORIAL_NOTE`) is none. A developing
    story appends its updates under the first report, so its lead states the early state of things (tester 29, D2)."""
    best: tuple[int, int] | None = None  # (minutes, paragraph)
    for i in _paragraph_starts(paragraphs):
        s = sentences[i]
        rest = _update_note_rest(s)
        if rest is None or _EDITORIAL_NOTE.match(rest):
            continue
        label = _UPDATED.match(s)
        m = _STAMP.match(_western(s[label.end():])) if label else None
        minutes = _minutes(m) if m else -1
        if best is None or minutes >= best[0]:
            best = (minutes, paragraphs[i])
    return [] if best is None else [i for i, p in enumerate(paragraphs) if p == best[1]]


def transcript_turns(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """The paragraphs of a transcript's turns: paragraphs opened by a speaker label (`_CAPS_SPEAKER`, `_NAME_SPEAKER`),
    when at least TRANSCRIPT_TURNS of them stand on the page, TRANSCRIPT_SPEAKERS speakers or more speaking twice or
    more each (a story quotes "Dunn: …" once; an interview is a run of turns, host and guest by turns); else none."""
    turns: dict[int, str] = {}
    for i in _paragraph_starts(paragraphs):
        m = _NAME_SPEAKER.match(sentences[i]) or _CAPS_SPEAKER.match(sentences[i])
        if m:
            turns[paragraphs[i]] = " ".join(m.group(0).split()).rstrip(":： ").casefold()
    # two speakers at least who each speak twice or more: a list of "Label: text" items ("Conformance: Keep adding
    # …", a team's line-up "Southampton: Davis; …") names each label once
    speakers = Counter(turns.values())
    if len(turns) < TRANSCRIPT_TURNS or sum(1 for n in speakers.values() if n >= 2) < TRANSCRIPT_SPEAKERS:
        return set()
    return set(turns)


def turn_speakers(sentences: list[str], paragraphs: list[int], turns: set[int]) -> dict[int, str]:
    """The speaker of each transcript turn (`turns`: transcript_turns), by paragraph, as a name is written ("OMAR
    DUNLEAVY: …" -> "Omar Dunleavy"): a bullet taken from a turn says whose words it gives (`attributed`). A label
    is a speaker's when it is a full name in capitals (two words or more, as `strip_label` reads one) or a name the
    page writes again inside a sentence ("Morton: …" under "…, Mark Morton said."): "Where: …", "Batting: …",
    "Question: …" label a fact box's or a profile's lines, and name no one."""
    if not turns:  # most pages are no transcript: no word list to build
        return {}
    # the capitalised words inside the page's sentences (not a sentence's first word, not a label's)
    named = {t.strip(".,;!?\"“”'’()") for s in sentences for t in s.split()[1:] if t[:1].isupper() and not t.endswith(":")}
    out: dict[int, str] = {}
    for i in _paragraph_starts(paragraphs):
        if paragraphs[i] not in turns or _QUESTION_LABEL.match(sentences[i]) or _ANSWER_LABEL.match(sentences[i]):
            continue
        m = _CAPS_NAME.match(sentences[i]) or _NAME_SPEAKER.match(sentences[i]) or _CAPS_SPEAKER.match(sentences[i])
        if not m:
            continue
        who = " ".join(m.group(0).split()).rstrip(":： ")
        who = who.title() if who.isupper() else who
        if m.re is _CAPS_NAME or any(w in named for w in who.split()):
            out[paragraphs[i]] = who
    return out


def attributed(bullet: str, speaker: str) -> str:
    """A bullet from a transcript's turn with its speaker before it ("Omar Dunleavy: You can't run a ferry without
    engineers."): without the name, a guest's remark reads as a fact the story states (tester 13, F10). A bullet that
    opens with the speaker's label already keeps it."""
    if bullet.casefold().startswith(speaker.casefold()):
        return bullet
    return f"{speaker}: {bullet}"


#: a show's own notes about its episode: a speaker of the transcript (one to three words of a name) who asks, talks
#: to, joins … ("Clara asks Omar what that means for travellers.", "Host Ellen Marsh talks to energy analyst Paul
#: Greer about …", "Eva and Joris discuss …")
_SHOW_VERB = (r"(?:asks?|talks?(?: to| with)?|speaks?(?: to| with)?|chats?(?: to| with)?|joins?|discuss(?:es)?"
              r"|interviews?|meets?|hears?(?: from)?|sits? down with|looks? at|explores?|finds? out|is joined by"
              r"|are joined by|puts?|gets?|catches up with|tells? us)")
_SHOW_HOST = re.compile(r"^(?:(?:our|the|this week'?s?|today'?s?)\s+)?(?:host|presenter|co-host|hosts|presenters)?\s*"
                        r"(?P<who>(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)"
                        r"(?:\s+and\s+(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+)?\s+" + _SHOW_VERB + r"\b")


def show_notes(sentences: list[str], paragraphs: list[int], turns: set[int]) -> set[int]:
    """Indices of a transcript page's notes about its own episode: a sentence outside the turns whose subject is one of
    the transcript's speakers, by one of the names of their labels, and whose verb is the show's ("Clara asks Omar
    what that means for summer travellers."): it says what the episode does, not what happened (tester 13, F10)."""
    if not turns:
        return set()
    names = {part.casefold() for who in turn_speakers(sentences, paragraphs, turns).values() for part in who.split()}
    out = set()
    for i, sentence in enumerate(sentences):
        if paragraphs[i] in turns:
            continue
        m = _SHOW_HOST.match(sentence.strip())
        if m and any(part.casefold() in names for part in m.group("who").split()):
            out.add(i)
    return out


def _ends_on_question(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """The paragraphs whose last sentence is a question (`_is_question`)."""
    return {paragraphs[i] for i, s in enumerate(sentences)
            if _is_question(s) and (i + 1 == len(sentences) or paragraphs[i + 1] != paragraphs[i])}


def _labelled_questions(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """The paragraphs opened by a question label ("Q: …", "Vraag: …", "س: …")."""
    return {paragraphs[i] for i in _paragraph_starts(paragraphs) if _QUESTION_LABEL.match(sentences[i])}


def interview_page(sentences: list[str], paragraphs: list[int], turns: set[int]) -> bool:
    """Is the page an interview: a transcript's turns (`turns`: transcript_turns) or a paragraph opened by a question
    label ("Q: …")? An explainer's bare questions ("What happens next?") are its subheadings, no interviewer's."""
    return bool(turns) or bool(_labelled_questions(sentences, paragraphs))


def interview_questions(sentences: list[str], paragraphs: list[int], turns: set[int] | None = None) -> set[int]:
    """Indices of the interviewer's sentences: every sentence of a paragraph opened by a question label ("Q: The novel
    has been called a thriller. Is that fair?") or of a transcript's turn that ends on a question ("DANA WHITFIELD:
    Marcus, a year ago cocoa traded at $4,000. Where is it now?": the statement sets up the question, and the answer
    gives the news), and every sentence ending in a question mark — a question asks, it states nothing a reader could
    take away."""
    asked = _labelled_questions(sentences, paragraphs)
    if turns is None:  # (`turns`: the page's transcript_turns where the caller has them)
        turns = transcript_turns(sentences, paragraphs)
    if turns:
        asked |= turns & _ends_on_question(sentences, paragraphs)
    return {i for i, s in enumerate(sentences) if paragraphs[i] in asked or _is_question(s)}


def _is_question(sentence: str) -> bool:
    """A question, or a quoted one standing alone ('"Is that fair?"'); not a statement that ends on a question it
    reports ("…when she heard him ask: 'Has she got a baby?'" says what happened)."""
    text = sentence.strip()
    bare = text.rstrip("\"”’')»")
    if bare == text or text[:1] in "\"“‘'«":
        return bare.endswith(("?", "؟"))
    return False


#: an answer's opening that replies to its question rather than states ("Because nobody asked.", "Yes, twice.",
#: "No, I never wanted …", "Not at all.")
_REPLY = re.compile(r"^\s*(?:because|yes|no(?!\s+(?:one|longer|doubt|matter)\b)|not)\b", re.IGNORECASE)


def answer_fragments(sentences: list[str], paragraphs: list[int], turns: set[int] | None = None) -> set[int]:
    """Indices of interview answers' opening sentences that lean on their question ("Q: … Where did it start?" /
    "A: With my own insomnia, honestly."): alone, a bullet would not say what it answers. An answer is a paragraph
    opened by an answer label ("A:", "Antwoord:", "ج:") or the paragraph right after a question (one opened by a
    question label, or ending on a question); its opening sentence leans on the question when it has no finite verb
    or opens as a reply ("Because …", "Yes, …", "Not …"). The rest of the answer states things and stays a
    candidate."""
    starts = _paragraph_starts(paragraphs)
    # a question label opens the paragraph, or it ends on a question
    asked = _labelled_questions(sentences, paragraphs) | _ends_on_question(sentences, paragraphs)
    if turns is None:  # (`turns`: as in interview_questions)
        turns = transcript_turns(sentences, paragraphs)
    out = set()
    for k, i in enumerate(starts):
        # a transcript's turn answers without an "A:": its speaker's label comes off ("MARCUS OBI: Just above eight
        # thousand.")
        answer = _strip_speaker(sentences[i]) if paragraphs[i] in turns else strip_label(sentences[i])
        replies = answer != sentences[i] or (k > 0 and paragraphs[starts[k - 1]] in asked
                                             and paragraphs[i] not in asked)
        if replies and (not has_finite_verb(answer) or _REPLY.match(answer)):
            out.add(i)
    return out


#: a sentence that only announces what follows ("Here is what you need to know.", "Here's how it works.", "This is
#: what we know so far.", "Everything you need to know about …"): no fact of its own. Whole-sentence shapes only:
#: "This is the third time …" or "Here is the town where …" state something
_SIGNPOST = re.compile(
    r"^\s*(?:(?:so|and|now),?\s+)?"
    r"(?:(?:here(?:'s|’s|\s+is|\s+are)|this\s+is|these\s+are|below\s+(?:is|are))\s+(?:what|how|why|everything|all|the\s+(?:[\w-]+\s+)?(?:things|facts|key\s+points))\b"
    r"|(?:everything|all)\s+(?:you|we)\s+(?:need|want)\s+to)"
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:know|known|expect|happened|happens|works?|means|changes|explained)"
    r"(?:\s+(?:about|on|so\s+far|now|next|today)(?:\s+[\w'’-]+){0,4})?\s*[.:!]?\s*$",
    re.IGNORECASE,
)


#: a teaser that ends on what the next paragraphs will tell, a standfirst's shape ("Dr Helen Ashby, who led the
#: modelling, explains why.", "Our reporter looks at how.", "She told us what happened next."): a verb of telling, then
#: a bare question word and at most TEASER_TAIL words, then the sentence's end. Longer tails state a fact of their
#: own in a news story: "A leaked memo reveals who approved the deal.", "CCTV footage shows who started the fire.",
#: "The High Court will now examine whether the contract was lawful.", "… explains why prices rose by 4 per cent".
#: Dutch forms for text summarised under a forced language ("legt uit waarom", "vertelt hoe").
TEASER_TAIL = 2
_TEASER = re.compile(
    r"\b(?:explains?|explained|tells?(?:\s+(?:us|you|me))?|told\s+(?:us|me)|reveals?|describes?|sets?\s+out|"
    r"looks?\s+at|asks?|examines?|investigates?|finds?\s+out|shows?(?:\s+(?:us|you))?|"
    r"legt\s+uit|vertelt(?:\s+(?:ons|jou|u))?|onderzoekt|laat\s+zien|bekijkt)\s+"
    r"(?:why|how|what|where|who|when|whether|waarom|hoe|wat|waar|wie|wanneer)"
    rf"(?:\s+[\w'’-]+){{0,{TEASER_TAIL}}}[.:!]?[\"'”’]?$",
    re.IGNORECASE,
)


def signposts(sentences: list[str]) -> set[int]:
    """Indices of the sentences that only point at what follows (`_SIGNPOST`, `_TEASER`): an explainer's "Here is
    what you need to know.", a standfirst's "X explains why.", never a takeaway."""
    return {i for i, s in enumerate(sentences) if _SIGNPOST.match(s) or _TEASER.search(s.rstrip())}


def strip_label(text: str) -> str:
    """`text` without an interview answer's label ("A: No. I never wanted…" -> "No. I never wanted…") or a
    transcript speaker's full name in capitals ("MARCUS OBI: Two bad seasons …" -> "Two bad seasons …": a bullet
    states what was said, as for an answer)."""
    m = _ANSWER_LABEL.match(text) or _CAPS_NAME.match(text)
    return text[m.end():] if m and word_count(text[m.end():]) >= 2 else text


def _strip_speaker(text: str) -> str:
    """`text` without the speaker's label of a transcript's turn (`transcript_turns`), in capitals or not."""
    m = _NAME_SPEAKER.match(text) or _CAPS_SPEAKER.match(text) or _ANSWER_LABEL.match(text)
    return text[m.end():] if m and word_count(text[m.end():]) >= 2 else text


def reader_comments(sentences: list[str], paragraphs: list[int]) -> set[int]:
    """Indices of the sentences of reader comments: paragraphs opened by "<handle> wrote:". A screen name
    ("Mary_K wrote: Still no power …") marks one alone; a plain name ("Trump wrote: …" quotes a post in a story)
    only when the page has two or more such paragraphs (a comment thread)."""
    found = [(paragraphs[i], m) for i in _paragraph_starts(paragraphs) if (m := _COMMENT.match(sentences[i]))]
    thread = len(found) >= 2
    signed = {p for p, m in found if thread or _HANDLE.search(m.group("who"))}
    return {i for i, p in enumerate(paragraphs) if p in signed}


@dataclass(frozen=True)
class ListItem:
    header: int  # index of the numbered sentence
    name: str  # the header without its number ("The Eiffel Tower")
    body: list[int]  # the item's other sentences, up to the next item (the last item's: `_last_body`)


def list_items(sentences: list[str], paragraphs: list[int], title: str | None = None) -> list[ListItem] | None:
    """The numbered items of a listicle, in page order; None when the text is not one.

    Items must start paragraphs and count 1, 2, 3… or down …3, 2, 1 without gaps: numbered steps inside one
    paragraph, or a lone "2. " from a split date, are not a list. The list must be the article (`_is_listicle`): a
    story quoting a list of charges or measures is read as a story. The last item ends where the list does, not at
    the end of the page (`_last_body`).
    """
    found = []  # (sentence index, number, name)
    for i in _paragraph_starts(paragraphs):
        m = _ITEM.match(sentences[i])
        if m:
            found.append((i, int(m.group("k")), m.group("name").strip()))
    if len(found) < MIN_ITEMS:
        return None
    ks = [k for _, k, _ in found]
    step = ks[1] - ks[0]
    if step not in (1, -1) or any(b - a != step for a, b in zip(ks, ks[1:])):
        return None
    items = []
    for n, (i, _, name) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(sentences)
        items.append(ListItem(header=i, name=name, body=list(range(i + 1, end))))
    items[-1] = _last_body(items, paragraphs)
    return items if _is_listicle(sentences, items, title) else None


def _extra_paragraphs(item: ListItem, paragraphs: list[int]) -> int:
    """How many paragraphs an item's body runs to past its header's own."""
    return len({paragraphs[i] for i in item.body} - {paragraphs[item.header]})


def _last_body(items: list[ListItem], paragraphs: list[int]) -> ListItem:
    """The last item with no more paragraphs than the longest of the other items: nothing marks where the list ends,
    and what follows it is the story going on ("The council said it would …"), not the item's description. Items of
    one paragraph each (the charges of a court report) give the last item none past its own."""
    last = items[-1]
    room = max(_extra_paragraphs(item, paragraphs) for item in items[:-1])
    limit = paragraphs[last.header] + room
    return ListItem(header=last.header, name=last.name, body=[i for i in last.body if paragraphs[i] <= limit])


def _is_listicle(sentences: list[str], items: list[ListItem], title: str | None) -> bool:
    """Is the list the article? Its items (headers and bodies) carry LISTICLE_SHARE of the words, or ANNOUNCED_SHARE
    under a headline that announces their count. A news story's list (the charges, the demands) sits between its lead
    and the rest of the story and carries far less."""
    total = sum(word_count(s) for s in sentences)
    listed = sum(word_count(sentences[i]) for item in items for i in [item.header, *item.body])
    if not total:
        return False
    share = listed / total
    return share >= LISTICLE_SHARE or (share >= ANNOUNCED_SHARE and _announces(title, len(items)))


def _announces(title: str | None, count: int) -> bool:
    """Does the headline announce a list of `count` things ("Six ways to save …", "CNN | Five things we learned")?"""
    for m in _ANNOUNCED.finditer(title or ""):
        n = m.group("n").lower()
        if (int(n) if n.isdigit() else _COUNT_WORDS[n]) == count:
            return True
    return False


#: a match's end as a ticker labels it ("Final score", "Full time!", "FT", "Final whistle", a translated "Eindstand" /
#: "Einde wedstrijd" / "النهاية": "Final standings", "End of match", "The end")
_FINAL = re.compile(
    r"\b(?:full[ -]?time|FT|final (?:score|whistle|result|standings?)|end result|result|"
    r"end of (?:the )?(?:match|game)|(?:the )?match (?:is )?over|(?:the )?game (?:is )?over|the end)\b", re.IGNORECASE)
#: a sentence that says the match is over ("Full time! Rovers hold on …", "The final whistle, Al Ahly wins …")
_ENDED = re.compile(r"\b(?:full[ -]?time|final whistle|end of (?:the )?(?:match|game))\b", re.IGNORECASE)
#: a bare score line: "Rovers 2-1 United", "Ajax 1 - 3 Feyenoord", "Al Ahly 2-0 Zamalek" (a team on each side, no
#: sentence: at most SCORE_WORDS words)
_SCORE = re.compile(r"^(?P<score>[^\W\d_][^\d.!?:;]{0,40}?\s+\d{1,2}\s*[-–:]\s*\d{1,2}\s+[^\W\d_][^\d.!?:;]{0,40}?)\.?$")
SCORE_WORDS = 8
#: a ticker's result stands in its first paragraphs, above the entries
RESULT_PARAGRAPHS = 4
#: a label has at most this many words ("End of the match")
LABEL_WORDS = 4


@dataclass
class FinalResult:
    text: str             # the bullet: "Final score: Rovers 2-1 United."
    evidence: list[int]   # the label's sentence and the score's
    score: str            # "Rovers 2-1 United"


def _label(sentence: str) -> str | None:
    """The end-of-match label a short sentence is ("Full time!" -> "Full time"), or None."""
    text = strip_stamp(sentence).strip(" !.:-–—")
    return text if text and word_count(text) <= LABEL_WORDS and _FINAL.fullmatch(text) else None


def final_result(sentences: list[str], paragraphs: list[int]) -> FinalResult | None:
    """A finished match ticker's result: a bare score line among its first paragraphs (RESULT_PARAGRAPHS) with the
    match's end label over it ("Final score" / "Rovers 2-1 United") or in it ("Full time: Ajax 2-1 PSV"), or, when
    the label stands elsewhere (the final whistle's entry), a score line at the very top. None on any other text."""
    first = [i for i, p in enumerate(paragraphs) if p - paragraphs[0] < RESULT_PARAGRAPHS] if paragraphs else []
    for i in first:
        text = strip_stamp(sentences[i]).strip()
        head, _, rest = text.partition(":")
        if rest and (label := _label(head)) and (m := _SCORE.match(rest.strip())) and word_count(m["score"]) <= SCORE_WORDS:
            return FinalResult(f"{label}: {m['score']}.", [i], m["score"])
        m = _SCORE.match(text)
        if m is None or word_count(m["score"]) > SCORE_WORDS:
            continue
        above = _label(sentences[i - 1]) if i > 0 else None
        if above:
            return FinalResult(f"{above[:1].upper()}{above[1:]}: {m['score']}.", [i - 1, i], m["score"])
        if i == 0 or paragraphs[i] == paragraphs[0]:
            ended = next(((k, e) for k, s in enumerate(sentences) if k != i and (e := _ENDED.search(s))), None)
            if ended is not None:  # the entry's own words label the score: "Final whistle: Al Ahly 2-0 Zamalek."
                k, said = ended[0], ended[1].group().lower()
                return FinalResult(f"{said[:1].upper()}{said[1:]}: {m['score']}.", [i, k], m["score"])
    return None
