"""Turning a sentence into a Key Takeaway bullet: shorter where it is safe, never saying something else.

The rule that cannot be broken (issue 11): a bullet may shorten its sentence but never change what it asserts. Every
cut is checked by `summarise.faithfulness.check_bullet` against the sentence it came from; a cut that adds any
violation (attribution dropped, a cut before a contrast or concession, a function-word ending, an unclosed quote or
bracket, a negation or modal lost, a word that is not in the sentence) is not made, and when no safe cut exists the
sentence stays whole. Only words of the sentence are used.

Steps, each conservative:
0. clean: whitespace, a live blog's time stamp or a match minute ("13:50 - ", "12' "; summarise/structure.py), a
   scraper's image marker ("[Image: …]"; summarise/captions.py), a footnote marker glued to the text ("reward.[2]"), a
   letter's salutation ("Sir,", "Dear Editor,"), a scraped list marker, a wire dateline, an editorial label; repair unbalanced quotation marks
   and brackets (summarise/quotes.py) so the later steps know what is quoted;
1. drop a leading connective ("However,", "In addition,", "Meanwhile,", "But", "And") that only links to the
   previous sentence, which the reader of a bullet list does not see; drop the inner words that carry no content
   (PREFERRED_KINDS of summarise/inner.py: "said that X" -> "said X", "also"), when the checker allows it;
2. keep the attribution: a reporting clause that ends the sentence ("…, police said.", "…, according to Reuters.")
   is set aside before cutting and put back after the cut, so "X, which Y, police said." becomes "X, police said.";
3. if the sentence is over the word budget, drop non-restrictive asides ("Wright, who had seven seasons at
   Arsenal, will …"; summarise/asides.py; and the inner deletions of INNER_KINDS, none by default), then cut
   trailing clauses at clause boundaries (", which …", ", after …",
   " -- …", a second main clause with its own subject: ", and he …") — never before a contrast or concession
   ("but", "while", "although" …), never inside quotes or brackets, never at a condition ("if", "unless");
4. capitalise the first letter and end with a terminal full stop.

For sentence selection (summarise/extractive.py), two entry points:
* `safe_compressions(sentence)` — every bullet the sentence can safely become, longest (the whole sentence) first;
* `compress(sentence, max_words)` — the longest of them within `max_words` words, or None when even the shortest
  safe one is longer (selection may then prefer another sentence).
`to_bullet(sentence, max_words)` is `compress`, falling back to the shortest safe bullet when nothing fits.
"""

from __future__ import annotations

import functools
import re

from summarise.asides import drop_asides
from summarise.captions import strip_markers
from summarise.faithfulness import OPEN_PARENTHETICAL, Verdict, names_its_source, split_trailing_attribution
from summarise.inner import variants as inner_variants
from summarise.letters import SALUTATION
from summarise.quotes import open_marks, repair_brackets, repair_quotes, repair_single_quotes
from summarise.runs import first_sentence
from summarise.structure import strip_label, strip_stamp
from summarise.splitting import _CLAUSE_WORDS, has_finite_verb, is_full_clause
from summarise.text import DIGIT, LIST_GLYPH, SPACED_DASH, STOPWORDS, WEEKDAYS, word_count, words

DEFAULT_MAX_WORDS = 20
HARD_MAX_WORDS = 30  # past this, comma-less adverbial clauses may be cut too
MIN_WORDS = 8  # a cut never leaves fewer words than this
# Inner deletions (summarise/inner.py), chosen on the even CNN/DM article ids and confirmed on the odd ones
# (BENCHMARKS.md, "Inner-word compression"): the complementiser "that" after a reporting verb and the adverb "also"
# carry almost no content, so they go from every bullet; the other kinds (an age, an appositive, a day, a dash aside,
# an emphasis adverb) take words that highlights reuse as often as any other, so they are not made by default.
PREFERRED_KINDS: tuple[str, ...] = ("that", "also")  # made in every bullet, when the checker allows it
INNER_KINDS: tuple[str, ...] = ()  # tried, like the trailing cuts, only where a sentence is over the word budget
# The rescue: a sentence whose shortest safe bullet is still over `rescue_over` words (ExtractiveConfig.rescue_over,
# 28; `to_bullet(..., ceiling=)` passes the extractive selection's 35-word cap) is down-weighted or passed over whole — often a 36-52-word lead sentence with
# no safe trailing cut — so for it alone some phrase deletions of summarise/inner.py are tried too: an age, a day, a
# dash aside or a relative clause between commas before the main verb ("The trial, which enrolled …, found …")
# deleted from inside costs fewer of the editors' words than losing the sentence
# (BENCHMARKS.md, issue 11, "Rescuing long lead sentences (sum-rouge2)").
# Not "adverb" ("I thought now would be" loses its subject), "appositive" ("Fraser, an ex-newspaperman, raised in
# Carlisle, had …" became "Fraser raised in Carlisle, had …"; no CNN/DM gain came from it) nor "that"/"also"
# (PREFERRED_KINDS already has them).
RESCUE_KINDS: tuple[str, ...] = ("age", "day", "dash", "relative")
# A rescue may also cut a trailing clause set off by a comma that holds the sentence's only figure ("…, with the
# protest coming after the £5.14billion TV deal"): keeping numbers is a preference, not a faithfulness rule. Never a
# comma-less one: "compulsory for all students after 16" is not "compulsory for all students".
RESCUE_KEEPS_NUMBERS = False

# The connectives a bullet's opening loses (`strip_connective`: "However, the council …" -> "The council …"). Not
# the list of connectives.yaml nor context._LEAD_IN, on purpose: connectives.yaml names the openers that make a
# sentence lean on the one before (it is held back as a takeaway, and contrasts are deliberately left out: ROUGE),
# _LEAD_IN the adverbs read past to find a sentence's subject; this one is what can go from a bullet that is kept,
# contrasts included (English words only)
_CONNECTIVES = (
    "however", "in addition", "additionally", "meanwhile", "moreover", "furthermore", "also", "but", "and", "so",
    "still", "nevertheless", "nonetheless", "indeed", "in fact", "separately", "instead", "similarly", "likewise",
    "besides", "then", "yet", "thus", "therefore", "consequently", "as a result", "in turn", "at the same time",
    "on the other hand", "by contrast", "in contrast", "for its part", "for his part", "for her part", "in response",
    "of course", "now", "overall", "finally", "first", "second", "third", "lastly", "tragically", "importantly",
)
# longest first, so "in addition" wins over "in"
_CONNECTIVE_RE = re.compile(
    r"^(?:" + "|".join(re.escape(c) for c in sorted(_CONNECTIVES, key=len, reverse=True)) + r")\b\s*,?\s*",
    re.IGNORECASE,
)
# connectives that may stand without a comma ("But only half was allowed…"); the others need one
_BARE_OK = {"but", "and"}  # not "so" ("So far, …"), "also" ("Also known as …"), "still", "yet", "now"

# clause starters after which a trailing clause can be cut without changing what the kept part says
# — never a contrast or concession ("but", "while", "although", "though", "despite", "yet": the kept part would
# lose its counterweight) and never an attribution ("according to", "said": a reported claim would read as fact)
_SAFE_CLAUSE = (
    "which", "who", "whose", "as", "after", "amid", "including", "with", "where", "when",
    "following", "leaving", "making", "saying", "adding",
    "prompting", "bringing", "taking", "during", "because", "before", "citing", "a move", "so that",
)
# the same without a comma: only adverbial clauses whose removal leaves the statement true ("was freed after …");
# never relative clauses ("the building where …" is restrictive) nor "as" ("described as a hero")
_BARE_CLAUSE = ("after", "amid", "following", "because", "before", "during", "citing")
# A second main clause with its own pronoun subject ("… in 1997 and he was powerless …") can go: the first one is
# a complete statement. With a comma past the budget; without one only past HARD_MAX_WORDS, like the adverbials.
_NEXT_MAIN_CLAUSE = ("and he", "and she", "and they", "and it", "and we", "and i")
_SAFE_CLAUSE = _SAFE_CLAUSE + _NEXT_MAIN_CLAUSE
_BARE_CLAUSE = _BARE_CLAUSE + _NEXT_MAIN_CLAUSE
# ", and" is not a safe cut (it usually ends a list: "Paris, London, and Rome"), nor an appositive
# (", the leader of…"), which often sits between the subject and its verb.
# Relative and prepositional openers can start an embedded clause ("X, which …, is 44 years old"): cutting there is
# only safe when the clause runs to the end of the sentence, i.e. the dropped tail has no further comma.
_EMBEDDABLE = {"which", "who", "whose", "where", "when", "as", "with", "including", "a move", "during", "before"}
# A kept part that starts with one of these and has no comma is an introductory phrase, not a statement.
_INTRODUCTORY = re.compile(
    r"^(?:in|on|at|as|after|before|while|when|although|though|despite|with|following|according|during|since|"
    r"because|if|unless|amid|speaking|for|from|under|by|to|of|once|until|[a-z]+ing)\b",
    re.IGNORECASE,
)
# any participle clause after a comma (", texting him hours before …", ", sparking protests"): an adjunct, the
# main clause is a complete statement without it; not the -ing words that are nouns, attributions or negations
_PARTICIPLE = (r"(?!(?:according|nothing|something|anything|everything|morning|evening|during|building|meeting|"
               r"king|spring|thing|string|ring|wing|sibling|darling|ceiling|feeling|being)\b)[a-z]{2,}ing")
_CLAUSE_BOUNDARY = re.compile(
    r"(?:(?:,|;|\s+--|\s+–|\s+—)\s+(?P<comma>" + "|".join(re.escape(c) for c in _SAFE_CLAUSE) + "|" + _PARTICIPLE + r")"
    r"|\s+(?P<bare>" + "|".join(re.escape(c) for c in _BARE_CLAUSE) + r"))\b",
    re.IGNORECASE,
)
_QUOTES = "\"“”"
_TIME_BEFORE = re.compile(
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|time|shortly|soon|just|long|"
    r"immediately|right|only|even|ever|not|and|or|but)\s*$",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,]*$", re.IGNORECASE)
_OPEN_SINGLE_QUOTE = re.compile(r"^\s*['‘]")
_CLOSED_SINGLE_QUOTE = re.compile(r"[.,!?]['’](?:\s|$)")
# editorial labels in front of a sentence ("Why this matters: …") are layout, not content
_LABEL = re.compile(
    r"^(?:why (?:this|it) matters|the bottom line|bottom line|context|background|analysis|update|breaking|"
    r"note|editor's note|the big picture|big picture|what's next|what happens next|watch(?: the video)?)\s*:\s*(?=\S)",
    re.IGNORECASE,
)


#: a footnote or reference marker glued to the word or stop before it ("reward.[2]", "pollination[3,4]", "days[12–14]",
#: "[citation needed]"): a scientific or encyclopaedic text's pointer to its notes; a bracket after a space ("[2] …",
#: "the [new] plan") is left alone. Bounded repeats: linear in the line's length
_FOOTNOTE = re.compile(r"(?<=[^\s\[(])\[(?:\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,8}|citation needed|bron\?|بحاجة لمصدر)\]")
# a dateline without an agency that the normaliser left on the first sentence: an upper-case place, a comma, a
# region or date, a spaced dash ("LONDON, 14 November 2026 — ", "DUBAI, United Arab Emirates — ", "HONOLULU, Hawaii -
# "); the upper-case place and the comma keep "NATO — the alliance — said" and "Smith - who …" out
_PLACE_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ .'-]{1,2}[A-Z]{2,}){0,3},\s[^-–—\"“”]{2,40}?\s(?:--|[-–—])\s+(?=[A-Z\"“])")
# the same with a town alone, as Arabic and Dutch sites write it ("Cairo - The ministry …"): one or two capitalised
# words, then a spaced dash and an article or preposition ("Chelsea - Arsenal ended 2-2" is a fixture); only when
# no other spaced dash follows (a dash pair is an aside)
_TOWN_DATELINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s(?:--|[-–—])\s+(?=(?:The|A|An|In|On|At)\s)")
# an upper-case place alone before a spaced dash, as wires write a second dateline ("MOMBASA — In the coastal city …",
# "PORT-AU-PRINCE -- Police …"); only when no other spaced dash follows ("NATO — the alliance — said" is an aside)
_CAPS_DATELINE = re.compile(r"^[A-Z]{3,}(?:[ .'-]{1,2}[A-Z]{2,}){0,3}\s(?:--|[-–—])\s+(?=[A-Z\"“])")


def strip_connective(text: str) -> str:
    m = _CONNECTIVE_RE.match(text)
    if not m:
        return text
    word = m.group(0).rstrip(", ").lower()
    has_comma = "," in m.group(0)
    if not has_comma and word not in _BARE_OK:
        return text  # "Finally the team won" reads fine; "Also known as…" is not a connective
    rest = text[m.end():]
    if word_count(rest) < 4:
        return text
    return rest


def _cut_points(text: str, min_words: int, *, bare: bool, keep_numbers: bool = True):
    """Every prefix of `text` that ends at a safe clause boundary, shortest first."""
    for m in _CLAUSE_BOUNDARY.finditer(text):
        if m.group("bare") and not bare:
            continue
        kept = text[: m.start()]
        n = word_count(kept)
        if n < min_words or open_marks(kept):  # never cut inside a quotation or bracket
            continue
        opener = (m.group("comma") or m.group("bare")).lower()
        tail = split_trailing_attribution(text[m.end():])[0]  # "…, a spokesman said." ends it, not embeds it
        if SPACED_DASH.search(m.group(0)) and SPACED_DASH.search(tail):
            continue  # " – who are part of the team – were found": a parenthetical, the sentence goes on
        participle = bool(m.group("comma")) and opener.lower() not in _SAFE_CLAUSE
        embeddable = opener in _EMBEDDABLE or participle
        if embeddable and ("," in tail.rstrip(" .!?\"”'") or SPACED_DASH.search(tail)) and not (
                participle and _complete_before_adjunct(kept)):
            # maybe an embedded clause: the main verb could follow it ("this coalition, consisting of many
            # countries, might engage …": a participle clause embeds as a relative one does)
            continue
        if m.group("bare") and _TIME_BEFORE.search(kept):
            continue  # "just a few days after …", "the years before …": the phrase needs its clause
        rel = _RELATIVE.search(kept)
        if rel and word_count(kept[: rel.start()]) <= 5 and "," not in kept[rel.end():]:
            continue  # "The German champions, who host Porto on Tuesday": the subject's verb is in the tail
        if (keep_numbers or m.group("bare")) and DIGIT.search(tail) and not DIGIT.search(kept):
            continue  # the only figure (a toll, a date, a sum) is in the tail: numbers are what readers check
        if _OPEN_SINGLE_QUOTE.match(text) and not _CLOSED_SINGLE_QUOTE.search(kept):
            # stricter than open_marks on purpose: a sentence opening with a single quote is a quotation, and a
            # plural possessive inside it ("'We lost the fans' trust, which …") reads as its closing mark there;
            # here only a mark after a stop closes it
            continue
        if OPEN_PARENTHETICAL.search(kept):
            continue  # "… efforts … was, in fact" needs its "working" (the rule book's broken ending; pruned early)
        if _INTRODUCTORY.match(kept) and "," not in kept:
            continue  # "In a statement released by the ministry" is not a statement
        yield kept


def _complete_before_adjunct(kept: str) -> bool:
    """Is `kept`, the words before ", <participle> …", a whole statement that the participle clause can only modify
    ("The government has approved a third runway at Heathrow Airport, overriding objections …, in a decision …"):
    a subject and a finite verb, no comma or inner clause of its own, and an ending that is no verb or auxiliary waiting for its
    object? Then the participle clause is an adjunct even with commas after it, not one embedded before a verb
    ("this coalition, consisting of many countries, might engage …" has no verb before the clause)."""
    toks = words(kept)
    # a clause word ("how", "that", "which", "and" …) opens an inner clause the participle may sit in, before that
    # clause's verb: "… the specifics of how this coalition, consisting of …, might engage …"
    return ("," not in kept and len(toks) >= MIN_WORDS and is_full_clause(kept)
            and not any(t.lower() in _CLAUSE_WORDS for t in toks[1:])
            and not has_finite_verb(" ".join(toks[-2:])) and toks[-1].lower() not in STOPWORDS)


def finish(text: str) -> str:
    """Capitalise the first letter and make sure the bullet ends with terminal punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    text = text.strip(" ,;:-–—")
    if not text:
        return text
    if text[0].islower():
        text = text[0].upper() + text[1:]
    # a closing quote or bracket after the final stop is fine: "…peace and security."
    core = text.rstrip(_QUOTES + "»')’")
    if not core.endswith((".", "!", "?")):
        if core != text:  # ends with a quote/bracket: put the stop after it
            text = text + "."
        else:
            text = text.rstrip(".…") + "."
    return text


def clean(sentence: str) -> str:
    """The sentence as a bullet before any cut: stamps, markers, datelines and labels off, quotes and brackets balanced,
    a leading connective dropped."""
    text = strip_stamp(re.sub(r"\s+", " ", sentence).strip())  # "13:50 - The minister said": the time is layout
    text = strip_markers(text)  # "[Image: …]": a scraper's wrapper, never the bullet's words
    text = _FOOTNOTE.sub("", text)  # "… without any reward.[2]": a reference's number, no word of the claim
    text = SALUTATION.sub("", text)  # a reader's letter's "Sir," / "Dear Editor,": addressed, not stated
    text = re.sub(rf"^(?:{LIST_GLYPH}|\d{{1,2}}[.)](?=\s+[A-Z]))\s+", "", text)  # a scraped list marker
    text = re.sub(r"^\(CNN\)\s*", "", text)  # wire-service datelines carry no content
    text = re.sub(r"^[A-Z][A-Za-z .,]{1,40}\s\((?:CNN|AP|Reuters|AFP)\)\s*[-–—]*\s*", "", text)
    text = _PLACE_DATELINE.sub("", text)
    short = _TOWN_DATELINE.match(text) or _CAPS_DATELINE.match(text)
    if short and not SPACED_DASH.search(text, short.end()) and word_count(text[short.end():]) >= MIN_WORDS:
        text = text[short.end():]  # "Cairo - The ministry …" (a translated "القاهرة -"); not "Smith - who … - said"
    text = strip_label(_LABEL.sub("", text))  # an interview answer's "A: "
    text = repair_quotes(text)[0]
    text = repair_brackets(repair_single_quotes(text))
    return strip_connective(text)


# a leading phrase that only says when, or where someone spoke ("On Tuesday, …", "Earlier this month, …",
# "Speaking to reporters, …", "In a statement released on Monday, …"): the statement after it says the same without
# it. Never a phrase that limits the claim ("In some cases", "At least in theory", "By 2030", "Since 2010") — those
# would turn a qualified statement into a general one — nor a condition, concession or attribution.
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_DAY = rf"(?:{_WEEKDAY}|today|yesterday|tonight)"
_LEADING_PHRASE = re.compile(
    rf"^(?:(?:on\s+)?{_DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:earlier|later)\s+(?:this|that|on)\s+\w+|"
    rf"(?:last|this)\s+(?:week|weekend|month|year|{_DAY})|(?:speaking|writing|talking)\b[^,;:\"“”«»‘'()]{{2,80}}|"
    rf"in a statement\b[^,;:\"“”«»‘'()]{{0,80}}),\s+(?=\w)",
    re.IGNORECASE,
)
_BRACKET_ASIDE = re.compile(r"\s\([^()\d\"“”]{1,60}\)(?=[\s,.;:!?])")
_ATTRIBUTION_TIME = re.compile(
    rf"\s+(?:in a statement|(?:on\s+)?{_WEEKDAY}|today|yesterday|"
    r"last week|this week|earlier|later|recently)(?=[\s.!?\"”’']*$)",
    re.IGNORECASE,
)


# a newspaper named for its day: "told The Mail on Sunday" must not become "told The Mail"
_PAPER_DAY = re.compile(r"\b(?:Mail|Scotland|Wales|Independent|Express|Observer)\s+on\s*$")
# "according to data released on Wednesday": the date belongs to a participle that describes the source; cut alone
# it left the participle dangling ("according to data released."), so the participle goes with it ("according to
# data."). A speaker's verb ("police said on Tuesday") is no such participle: there the date goes alone.
# A closed list of the participles that describe a source ("data released", "figures published", "documents seen"),
# never after a relative word ("residents who fled on Sunday": "fled" is the clause's verb, and the cut left "who.").
# [^,;]{0,200} is bounded: the attribution it reads is at most about 200 characters (_TRAILING_ATTRIBUTION).
_SOURCE_PARTICIPLE = re.compile(
    r"\b[Aa]ccording\s+to\s[^,;]{0,200}?(?<!\bwho)(?<!\bthat)(?<!\bwhich)(?P<participle>\s+(?:released|published|"
    r"issued|obtained|seen|compiled|gathered|collected|shared|provided|presented|leaked|unveiled|disclosed|posted|"
    r"filed|given|shown|sent|made\s+public))\s*$")


#: a source that names someone: a capitalised word after "according to" ("data from the ONS", "Reuters' figures")
#: or a number ("a 2025 survey"); "figures", "monitoring data" name nobody. [^A-Z\d]{0,200} is bounded (the
#: attribution is at most about 200 characters): unbounded, it was retried from every "according to" (quadratic).
_NAMED = re.compile(r"\b[Aa]ccording\s+to\s[^A-Z\d]{0,200}[A-Z\d]")


def _drop_attribution_time(attribution: str) -> str:
    """The reporting clause without its date (", police said on Tuesday." -> ", police said."), unless the "date"
    is part of a name."""
    m = _ATTRIBUTION_TIME.search(attribution)
    source = _SOURCE_PARTICIPLE.search(attribution[: m.start()]) if m else None
    if source:
        if not _NAMED.search(attribution[: source.start("participle")]):
            # "according to figures published on Thursday": the source names nobody, so its date is what says which
            # figures; "according to figures." reads as a clause cut short (tester 30a, D3), so nothing is cut
            return attribution
        return attribution[: source.start("participle")] + attribution[m.end():]
    if not m or _PAPER_DAY.search(attribution[: m.start()] + (" on" if m.group(0).lower().lstrip().startswith("on")
                                                              else "")):
        return attribution
    return attribution[: m.start()] + attribution[m.end():]


def _shorter(text: str, inner_kinds: tuple[str, ...] = INNER_KINDS, keep_numbers: bool = True) -> list[str]:
    """Cut versions of a cleaned sentence (unchecked), the reporting clause that ends it kept, without its date."""
    body, attribution = split_trailing_attribution(text)
    if attribution and not names_its_source(attribution):
        return []  # ", said Wednesday": the speaker sits in the body; any cut could drop it
    short_attribution = _drop_attribution_time(attribution) if attribution else ""
    starts = [body]
    for base in (body, _BRACKET_ASIDE.sub("", body)):
        lead = _LEADING_PHRASE.match(base)
        if lead and word_count(base[lead.end():]) >= MIN_WORDS and base[lead.end():] not in starts:
            starts.append(base[lead.end():])
    bodies = []
    for start in starts:
        for variant in (start, drop_asides(start, 0), _BRACKET_ASIDE.sub("", start)):
            if variant not in bodies:
                bodies.append(variant)
        both = _BRACKET_ASIDE.sub("", drop_asides(start, 0))
        if both not in bodies:
            bodies.append(both)
    # inner deletions (summarise/inner.py) on top of each of those, when any kind is tried
    for b in list(bodies) if inner_kinds else []:
        for variant in inner_variants(b, inner_kinds):
            if variant not in bodies:
                bodies.append(variant)
    out = []
    for b in bodies:
        out.append(b + short_attribution)
        bare = word_count(b) > HARD_MAX_WORDS  # comma-less cuts lose more: only in very long sentences
        for kept in _cut_points(b, MIN_WORDS, bare=bare, keep_numbers=keep_numbers):
            out.append(kept.rstrip(" ,;:-–—") + short_attribution)
    return out


def _preferred(sentence: str, cleaned: str, whole: str) -> tuple[str, str]:
    """(cleaned, whole) with the always-made inner deletions (PREFERRED_KINDS) applied when they are safe."""
    shorter = inner_variants(cleaned, PREFERRED_KINDS)
    if not shorter:
        return cleaned, whole
    bullet = finish(shorter[0])
    if Verdict(sentence, whole).safe(bullet):
        return shorter[0], bullet
    return cleaned, whole


def _options(sentence: str, inner_kinds: tuple[str, ...] = INNER_KINDS,
             keep_numbers: bool = True) -> tuple[str, list[str]]:
    """(whole bullet, shorter unchecked bullets longest first); `inner_kinds`: the inner deletions tried;
    `keep_numbers`: no trailing cut that takes the sentence's only figures."""
    cleaned = clean(sentence)
    whole = finish(cleaned)
    if not whole:
        return "", []
    if PREFERRED_KINDS:
        cleaned, whole = _preferred(sentence, cleaned, whole)
    n = word_count(whole)
    cuts = {finish(c) for c in _shorter(cleaned, inner_kinds, keep_numbers)} if n > MIN_WORDS else set()
    return whole, sorted((c for c in cuts if c and word_count(c) < n), key=lambda c: (-word_count(c), c))


def safe_compressions(sentence: str) -> list[str]:
    """Every bullet `sentence` can become without changing what it asserts, longest first; the first is the whole
    (cleaned) sentence, which is always there for a non-empty sentence.

    A cut is safe when `summarise.faithfulness.check_bullet` finds nothing wrong with it that the whole sentence
    does not already have.
    """
    whole, cuts = _options(sentence)
    if not whole:
        return []
    verdict = Verdict(sentence, whole)
    return [whole] + [c for c in cuts if verdict.safe(c)]


# selection asks for a sentence's bullet again when it builds the summary; 512 holds one article, not a corpus
@functools.lru_cache(maxsize=512)
def _best(sentence: str, max_words: int, ceiling: int = 0,
          rescue_over: int = HARD_MAX_WORDS) -> tuple[str | None, str]:
    """(longest safe bullet within max_words or None, the bullet to use when none fits). With a `ceiling`, a
    sentence whose shortest safe bullet is over `rescue_over` words is tried again with the rescue (`_rescue`)."""
    whole, cuts = _options(sentence)
    if not whole or word_count(whole) <= max_words:
        return whole or None, whole  # nothing to cut: no checks needed (most sentences)
    verdict = Verdict(sentence, whole)
    # checked lazily, longest first: the first safe one is the answer
    fitting = next((c for c in cuts if word_count(c) <= max_words and verdict.safe(c)), None)
    if fitting is not None:
        return fitting, fitting
    fallback = next((c for c in reversed(cuts) if verdict.safe(c)), whole)
    if ceiling and word_count(fallback) > min(rescue_over, ceiling):
        rescued = _rescue(sentence, verdict, max_words, ceiling)
        if rescued is not None and word_count(rescued) < word_count(fallback):
            return (rescued if word_count(rescued) <= max_words else None), rescued
    return None, fallback


# "… it's appropriate here: in poker." — a kept part whose last clause (after a colon) is only an introductory phrase
_INTRODUCTORY_TAIL = re.compile(r":\s*(?P<clause>[^:,]*)[.!?]?$")


def _rescue(sentence: str, verdict: Verdict, max_words: int, ceiling: int) -> str | None:
    """The longest safe bullet within `max_words` once the rescue's shortenings are allowed too (the inner deletions
    of RESCUE_KINDS, a comma-led trailing cut that takes the only figure), else the longest within `ceiling`;
    None when there is none."""
    _, cuts = _options(sentence, RESCUE_KINDS, RESCUE_KEEPS_NUMBERS)
    safe = []
    for c in cuts:  # longest first
        tail = _INTRODUCTORY_TAIL.search(c)
        if word_count(c) <= ceiling and not (tail and _INTRODUCTORY.match(tail.group("clause"))) and verdict.safe(c):
            safe.append(c)
    return next((c for c in safe if word_count(c) <= max_words), safe[0] if safe else None)


def first_sentence_bullet(sentence: str, max_words: int = DEFAULT_MAX_WORDS, ceiling: int = 0,
                          rescue_over: int = HARD_MAX_WORDS) -> str | None:
    """The bullet of the first of the sentences `sentence` holds (summarise/runs.py: a quotation of several sentences
    is one "sentence" to the splitter), made as `to_bullet` makes any, and safe against the whole `sentence`; None
    when it holds one sentence, or the bullet would not be safe. For a chosen bullet that no cut brought within the
    cap: a run-on quotation of 305 words becomes its first sentence, the one that names the speaker."""
    first = first_sentence(sentence)
    if first is None:
        return None
    bullet = to_bullet(first, max_words, ceiling, rescue_over)
    whole = finish(clean(sentence))
    return bullet if bullet and Verdict(sentence, whole).safe(bullet) else None


def compress(sentence: str, max_words: int = DEFAULT_MAX_WORDS) -> str | None:
    """The longest safe bullet of `sentence` with at most `max_words` words; None when there is none."""
    return _best(sentence, max_words)[0]


def to_bullet(sentence: str, max_words: int = DEFAULT_MAX_WORDS, ceiling: int = 0,
              rescue_over: int = HARD_MAX_WORDS) -> str:
    """The bullet for one extracted sentence: `compress`, or the shortest safe bullet when none fits the budget.
    `ceiling` (0: none; selection passes its cap): when that shortest bullet is over `rescue_over` words (and over
    max_words), the rescue shortenings (RESCUE_KINDS, RESCUE_KEEPS_NUMBERS) are tried too, for the longest safe bullet
    within `max_words`, else within `ceiling` — only if it is shorter."""
    return _best(sentence, max_words, ceiling, rescue_over)[1]
