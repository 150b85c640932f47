"""Faithful sentence splitting: a long sentence made of independent main clauses becomes one bullet per clause.

"A man was arrested on Tuesday, and police said he had a gun" says two things; as two bullets ("A man was arrested
on Tuesday." / "Police said he had a gun.") it keeps every word the reader (and ROUGE) cares about while each bullet
is short. Cutting the second clause off instead would lose it. A split may never change what the source asserts, so
it is made only where both parts are full clauses that the source asserts on their own:

* boundaries: ", and <clause>", "; <clause>", " — <clause>" / " -- <clause>" (a dash whose tail has no second dash:
  "A — who … — B" is a parenthetical, not a boundary); never a contrast or concession (", but", ", while", ", yet",
  "although" …: the point would lose its qualification), never ", or" (neither half is asserted), never a subordinate
  clause (", after …", ", because …");
* the part before the boundary has a finite verb and does not open with a subordinator or a condition ("If X, A, and
  B": the condition covers both), the part after has a subject and then a finite verb ("and police said …", not "and
  charged him …", "and Rome", "and that he …"), checked by the small heuristics below (no parser in the deps);
* nothing is split inside quotation marks or brackets;
* every part is then held to the rule book (`summarise.faithfulness.check_bullet`) against the whole sentence,
  like any cut: a part may add no violation the sentence does not already have. That is what keeps attribution
  with its clause — "X, and Y, police said" is not split, because the part "X" would drop the reporting clause that
  covers it, and "Police said X, and Y" is not split, because "Y" would lose it — and keeps a negation or modal
  of the first part from being left behind.

Sentences a scrape glued at a stop without a space ("…on Wednesday.The stabbing…") are split there first
(`summarise.glued.split_glued`): each piece is a sentence of the source.

`split_clauses(sentence)` returns the parts as text (the second part's "and" dropped, its first letter capitalised
by `summarise.bullets.finish`) or [] when the sentence has no safe split. The evidence of every part is the whole
source sentence: a record lists the same sentence index for each bullet of a split.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from summarise.quotes import inside_marks
from summarise.text import SPACED_DASH, STOPWORDS, word_count

MIN_PART_WORDS = 5  # a shorter part is a fragment or a tag, not a takeaway


# a part that ends on a determiner and an ordinal or "another" whose noun the sentence around it names ("The visitors
# pressed for a second, and Drummond made a fine save": a second goal; "… and Okafor added another"): alone it is a
# fragment, so the sentence is not split (its whole form still is a candidate). Searched on the part with its end's
# whitespace stripped: no whitespace run before the end to retry from every position
_ELIDED_END = re.compile(
    r"\b(?:(?:a|the|their|his|her|its)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last)"
    r"|another|one\s+more)[.!?]?[\"'”’]?$", re.IGNORECASE)


class Parts(list):
    """The parts of a split sentence (a list of str) and `leaning`: the indices of the parts that may only stand
    beside another part of their sentence. A relative clause made a sentence of its own ("Linda Havers runs a bakery
    near the bridge.") is a fact about the subject, not what the source says of it ("…, said about a third of her
    customers come from the town side"): alone it would turn the aside into the takeaway's claim and drop the claim,
    so selection offers it only once its sentence has given a bullet (`summarise.extractive`)."""

    def __init__(self, parts=(), leaning: Iterable[int] = ()):
        super().__init__(parts)
        self.leaning = frozenset(leaning)

# ", and X" / "; X" / " — X" / " -- X" / " - X": the boundary, the part after it starts at group end
# (without a comma, " and " only before a pronoun subject: "… in 1997 and he was powerless …"; before a noun it is
# as often the second half of a noun phrase: "the lives of Floyd Mayweather and Manny Pacquiao are …")
_BOUNDARY = re.compile(r",\s+and\s+(?=\S)|\s+and\s+(?=(?:he|she|they|we|it|i)\s)|;\s+(?:and\s+)?(?=\S)|"
                       r"\s(?:--|—|–|-)\s+(?=\S)")

# a first part that opens with one of these is (or starts with) a subordinate clause whose scope may reach the
# second part: "If X, A, and B"; "When police arrived, A, and B"
_SUBORDINATE_OPENING = frozenset(
    "if unless when whenever while whilst although though as after before since because until once whether even "
    "where wherever provided".split()
)
# the second part may not start with these: not a subject (a verb, an adverb, a complementiser, a contrast …)
_NOT_A_SUBJECT = frozenset(
    """and or but yet so nor then also still only even just not never that whether if how what why when where who
    whom whose which while although though because since after before until unless as once however instead thus
    therefore meanwhile later earlier now again almost nearly to in on at by for from with without into of about
    over under against between through during including like than""".split()
)
_PRONOUN = frozenset("i you he she it we they there this these those".split())
#: the subjects that stand for something the clause before says (not "he"/"she": news names the person right before)
_ANAPHOR_SUBJECT = frozenset("it this these those they".split())
# finite verbs: auxiliaries and modals (with their negated forms), common irregular pasts, present forms that a
# reporting or stative clause uses; a regular past in -ed is taken as finite after a subject
_AUX = frozenset(
    """is are was were am has have had will would can could may might must should shall do does did isn't aren't
    wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't mustn't shouldn't don't doesn't didn't
    's 're 've 'll 'd""".split()
)
_IRREGULAR = frozenset(
    """said says say told tells went goes came comes got gets took takes gave gives made makes found finds knew knows
    thought thinks saw sees left leaves kept keeps held holds led leads won wins lost loses began begins became
    becomes brought brings bought buys built builds caught catches chose drew drove ate fell feels felt fought
    flew forgot froze grew hung heard hears hid hit hurt laid lay lent let lit meant means met paid put quit ran
    rose runs sat sent sends set shot shut sang sank slept spent spoke spread stood stands stole struck swore
    swam beat taught tore threw understood woke wore wrote writes remains remain believes believe continues continue
    wants want needs need faces face appears appear seems seem lives live looks look plans plan hopes hope
    expects expect insists insist denies deny admits admit claims claim shows show suggests suggest""".split()
)
_RELATIVE = frozenset("who whom whose which that".split())
# a number keeps its inner separators ("1,200", "4.5") but not a comma or full stop after it: "In 2026, Acme
# expects …" has a comma in its subject, which the shared-subject rule must see
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d(?:[\d,.]*\d)?|[,;:()\"“”]")


_PARTICIPLE_AFTER = frozenset("being been".split())
_DETERMINER = frozenset("a an the this that these those his her its their our my your some any each every no".split())
# inside a subject these start a subordinate clause or a time phrase: "Eight months after his brother was killed"
# before a plural noun, never before a verb: "of hydrocarbons", "in the waters" (`may_have_verb`)
_PREPOSITION = frozenset("of in on at to for from with by into onto about over under against between through during "
                         "without within among across near like than per via".split())
_SUBORDINATOR = frozenset("after before when while since until because although though if unless as once".split())


def _tokens(text: str) -> list[str]:
    return [t.replace("’", "'") for t in _TOKEN.findall(text)]


def _is_finite(tok: str, previous: str = "") -> bool:
    """A finite verb form. A regular past in -ed counts unless it is capitalised (a name: "Manchester United") or
    follows a determiner (an adjective: "an estimated 10 million")."""
    low = tok.lower()
    if low in _AUX or low in _IRREGULAR or low.endswith("n't"):
        return True
    # "being investigated", "been charged": a participle (the verb, if any, is the auxiliary before it)
    return (len(low) > 4 and low.endswith("ed") and tok[:1].islower()
            and previous.lower() not in _DETERMINER and previous.lower() not in _PARTICIPLE_AFTER)


_CONTRACTED = re.compile(r"^(?:[a-z]+'(?:re|ve|ll|d|m)|(?:he|she|it|that|there|here|what|who)'s)$", re.IGNORECASE)


def has_finite_verb(text: str) -> bool:
    """A finite verb somewhere after the first word (the first word of a statement is its subject, or starts it),
    or a contracted one anywhere ("She's been living …", "they're")."""
    toks = [t for t in _tokens(text) if t[0].isalnum()]
    return (any(_is_finite(t, p) for p, t in zip(toks, toks[1:]))
            or any(_CONTRACTED.match(t) for t in toks))


def may_have_verb(text: str) -> bool:
    """`has_finite_verb`, a verb as the first word (a question or an imperative: "Is this …?", "Don't miss …"), or
    a lower-case word in -s that may be a present-tense verb the word lists do not know ("unveils", "warns"): the
    lenient test, for flagging only what surely has no verb. An -s word right after a determiner or a preposition is
    a plural noun, not a verb ("In the waters of Western Sahara", "a rise in prices"), as an -ed word there is an
    adjective (`_is_finite`)."""
    toks = [t for t in _tokens(text) if t[0].isalnum()]
    return (has_finite_verb(text) or bool(toks) and _is_finite(toks[0])
            or any(t.islower() and t.endswith("s") and not t.endswith(("ss", "us", "is"))
                   and p.lower() not in _DETERMINER and p.lower() not in _PREPOSITION
                   for p, t in zip(toks, toks[1:])))


def surely_verbless(text: str) -> bool:
    """No word of `text` can be its verb: not `may_have_verb`, and every lower-case word is a function word or
    follows a determiner or a preposition (a noun: "America within the framework of the Abrahamic Agreement.", "In
    the waters of Western Sahara."). Stricter than `not may_have_verb`: a verb the word lists do not know keeps a
    sentence ("Residents fear the worst.", "Some patients refuse to step on the scale."), and so does a sentence in a
    language these lists are not for."""
    if may_have_verb(text):
        return False
    toks = [t for t in _tokens(text) if t[0].isalnum()]
    return all(not t.islower() or t in STOPWORDS or p.lower() in _DETERMINER or p.lower() in _PREPOSITION
               for p, t in zip([""] + toks, toks))


def is_full_clause(text: str, *, strict: bool = True) -> bool:
    """`text` starts with a subject (up to six words: a pronoun, a name, a noun phrase) followed by a finite verb:
    "police said …", "the 25-year-old was charged …", "Smith's wife told reporters …" — not "charged him …" (no
    subject), "Rome" (no verb), "that he …" (a complement), "the man who was …" (a noun phrase with a relative),
    "eight months after his brother was …" (a time phrase), "'frequently referred …" (a quotation), "its own body
    of law premised on …" (a participle, not a verb)."""
    text = text.lstrip()
    toks = _tokens(text)
    if not toks or not text[:1].isalnum() or not toks[0][0].isalnum():
        return False
    first = toks[0].lower()
    if first in _NOT_A_SUBJECT or _is_finite(toks[0]) or first.endswith(("ing", "ly")):
        return False
    if _CONTRACTED.match(first):
        return True  # "he's", "they're": subject and verb in one
    if first in _PRONOUN:
        return len(toks) > 1 and _is_finite(toks[1], toks[0])
    for k in range(1, min(len(toks), 7)):
        tok, low = toks[k], toks[k].lower()
        if not tok[0].isalnum() or low in _RELATIVE or low in _SUBORDINATOR:
            return False  # a comma, a relative clause or a time phrase before any verb: not a simple subject
        if _is_finite(tok, toks[k - 1]):
            if k == 1 and _bare_verb_before_noun(toks[0], low):
                return False  # "drops plans to close …" after ", and": a verb and its object, no subject
            if low in _AUX or low in _IRREGULAR or low.endswith("n't"):
                return True
            # a regular past in -ed is as often a participle ("a body of law premised on …"): a verb only with
            # an object after it ("police arrested the man", "officials blamed Smith"), unless the text is known to
            # open a sentence (`strict=False`: the first part of a split)
            if not strict:
                return True
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            return bool(nxt) and (nxt.lower() in _DETERMINER or nxt.lower() in _OBJECT_PRONOUN
                                  or nxt[:1].isupper() or nxt[:1].isdigit())
        if (low in _NOT_A_SUBJECT and low not in _NOUN_PHRASE_WORDS) or low.endswith(("ing", "ly")):
            return False  # an adverb, a conjunction or a participle in the subject: "fines still being decided"
    return False


def _bare_verb_before_noun(first: str, verb: str) -> bool:
    """A lower-case word in -s as a subject of one word before a present verb in -s: the two cannot agree (a bare
    plural takes "plan", not "plans": "prices rise", "voters say"), so the first word is itself a verb in -s and the
    second its object ("…, and drops plans to close 80 ticket offices", "… and adds claims that …"): the part has no
    subject of its own, and alone it would be a bullet that opens on a bare verb (tester29b D1). A name ("Jones
    says") is capitalised, a singular noun in -ss/-us/-is does not end in a plural's -s."""
    return (first.islower() and first.endswith("s") and not first.endswith(("ss", "us", "is", "'s"))
            and verb.endswith("s") and verb in _IRREGULAR)


def _clause_start(part: str) -> bool:
    """The first part of a split is a statement: a full clause, perhaps after a short opening phrase and a comma
    ("On Tuesday, a man was arrested")."""
    if is_full_clause(part, strict=False):
        return True
    head, comma, rest = part.partition(", ")
    return (bool(comma) and len(head.split()) <= 6 and not has_finite_verb(head)
            and is_full_clause(rest, strict=False))


_OBJECT_PRONOUN = frozenset("him her them it us me his their its".split())
# words that may sit inside a subject ("the mother of the victim", "film and television studios")
_NOUN_PHRASE_WORDS = frozenset("of in at for from with on and".split())


def _candidate_boundaries(text: str) -> list[tuple[int, int]]:
    """(end of the part before, start of the part after) for every syntactically plausible boundary."""
    out = []
    for m in _BOUNDARY.finditer(text):
        dash = SPACED_DASH.match(m.group(0))
        if dash and (SPACED_DASH.search(text, m.end()) or SPACED_DASH.search(text[: m.start()])):
            continue  # "A — who … — B": a dash pair encloses a parenthetical (at either of its dashes)
        if inside_marks(text, m.start()):
            continue  # nothing is split inside a quotation or a bracket
        out.append((m.start(), m.end()))
    return out


def reported_at_end(text: str) -> bool:
    """The sentence's last comma-separated stretch reports a source (", police said.", ", the court heard.",
    ", according to X."): it may cover every clause before it, so the sentence is not split."""
    from summarise.faithfulness import _ATTRIBUTION_WORD, split_trailing_attribution

    if split_trailing_attribution(text)[1]:
        return True
    last = re.split(r"[,;:]|\s(?:--|—|–|-)\s", text)[-1].strip()
    if re.match(r"(?:and|but|or)\b", last, re.IGNORECASE):
        return False  # "…, and police said Y": a clause of its own, reporting only itself
    return len(last.split()) <= 8 and bool(_ATTRIBUTION_WORD.search(last) or _HEARD.search(last))


_HEARD = re.compile(r"\b(?:heard|was told|were told|reports?|reported)\b", re.IGNORECASE)


def _first_part_ok(part: str) -> bool:
    toks = _tokens(part)
    words_ = [t for t in toks if t[0].isalnum()]
    if not words_ or words_[0].lower() in _SUBORDINATE_OPENING:
        return False
    return _clause_start(part)


def split_clauses(sentence: str) -> list[str]:
    """The main clauses of `sentence` as separate texts, each a full clause the source asserts; [] when the sentence
    has no safe split (the caller keeps it whole or compresses it)."""
    from summarise.bullets import clean, finish
    from summarise.faithfulness import Verdict

    text = clean(sentence)
    if reported_at_end(text):
        return []  # "X, and Y, police said": the reporting clause may cover both
    cuts = []
    start = 0
    for end, nxt in _candidate_boundaries(text):
        if end <= start:
            continue
        left, right = text[start:end], text[nxt:]
        if not _first_part_ok(left) or not is_full_clause(right):
            continue
        if _tokens(right)[0].lower().split("'")[0] in _ANAPHOR_SUBJECT:  # "it", "it's", "they're"
            continue  # "…, and it shows from the moment …": as a bullet of its own "It shows …" says nothing
        if word_count(left) < MIN_PART_WORDS or word_count(right) < MIN_PART_WORDS:
            continue
        cuts.append((end, nxt))
        start = nxt
    if not cuts:
        return []
    spans, begin = [], 0
    for end, nxt in cuts:
        spans.append(text[begin:end])
        begin = nxt
    spans.append(text[begin:])
    parts = [finish(p) for p in spans]
    # the rule book has the last word: no part may misstate the sentence more than the whole bullet does
    verdict = Verdict(sentence, finish(text))
    return parts if all(verdict.safe(part) for part in parts) else []


def split_bullets(sentence: str, shorten: Callable[[str], str], min_words: int) -> Parts | None:
    """The bullets a sentence becomes when it is split: one per main clause (`split_clauses`, else
    `split_shared_subject`, else `split_relative`), each passed through `shorten` (the summariser's own bullet maker,
    so a better compressor shortens the parts too); None when the sentence is not split. The result's `leaning`
    names the parts that may not stand alone (the relative clause's own sentence).

    It is split only when its whole bullet is over `min_words` words: a short sentence reads best whole. A shortened
    part is checked against the whole sentence again (a cut of a part must be as safe as a cut of the sentence); when
    it is not safe the part stays whole.
    """
    from summarise.bullets import clean, finish
    from summarise.faithfulness import Verdict
    from summarise.glued import split_glued  # glued.py uses this module's verb test

    if word_count(sentence) <= min_words:
        return None
    whole = finish(clean(sentence))
    if word_count(whole) <= min_words:
        return None
    glued = split_glued(sentence)
    if glued:  # sentences of their own: each is shortened, and checked, as the sentence it is
        return Parts(shorten(piece) for piece in glued)
    parts = split_clauses(sentence) or split_shared_subject(sentence) or split_relative(sentence)
    if len(parts) < 2 or any(_ELIDED_END.search(part.rstrip()) for part in parts):
        return None
    verdict = Verdict(sentence, whole)
    out = Parts(leaning=getattr(parts, "leaning", ()))
    for part in parts:
        short = shorten(part)
        if short != part and not verdict.safe(short):
            short = part  # the part's own cut is not safe against the whole sentence: keep the part whole
        out.append(short)
    return out


# --- a shared subject: "S V1 … and V2 …" -> "S V1 …" / "S V2 …" ---------------------------------------------------
#
# Two verb phrases of one subject ("A guard was shot in the abdomen and later died Thursday") are two assertions
# about it; repeating the subject (words of the source, nothing added) makes each a full clause. Only where the
# grammar is unambiguous without a parser:
# * the subject is the sentence's opening words up to its first finite verb, with no comma, relative pronoun,
#   subordinator or preposition-led time phrase in it, and not a pronoun alone ("He was …": the bullet list does not
#   say who "he" is, and a repeated "He" reads worse than the whole sentence);
# * the second verb is unambiguously finite and not a participle sharing the first verb's auxiliary: after an
#   auxiliary first verb ("was shot and killed" = "was killed") the second must itself be an auxiliary or modal
#   ("and was", "and has", "and will"); after a simple past ("beat Hoffenheim and closed in") a past form will do;
# * between the two verbs there is no other clause the "and" could belong to (no that/who/which/when/after/if …,
#   no other finite verb except a participle right after an auxiliary) and no comma;
# * the rule book checks both bullets against the whole sentence, as for any split.
_AND_VERB = re.compile(r",?\s+and\s+(?:(?:later|then|also|subsequently|eventually|now|still|has since|since)\s+)?",
                       re.IGNORECASE)
_CLAUSE_WORDS = frozenset(
    """that who whom whose which when whenever where while whilst after before since until because although though
    if unless as once whether what how why so and or but""".split()
)
_INTRANSITIVE_PAST = frozenset("died fled went came ran arrived remained became began".split())
_AUXILIARY = frozenset("is are was were am has have had will would can could may might must should shall do does did".split())


def _subject_end(toks: list[str]) -> int | None:
    """Index of the first finite verb when the words before it make a clean subject; None otherwise."""
    for k, tok in enumerate(toks[:9]):
        low = tok.lower()
        if not tok[0].isalnum() or low in _RELATIVE or low in _SUBORDINATOR or low in _CLAUSE_WORDS:
            return None
        if k and _is_finite(tok, toks[k - 1]):
            return k
    return None


def _is_present(verb: str) -> bool:
    """A present-tense verb of the third person ("expects", "says", "is", "has")."""
    return verb in ("is", "has", "does") or (verb.endswith("s") and verb not in _AUX and not verb.endswith("ss"))


#: words that open a verb's object or complement, not a noun an adjective could qualify
_OBJECT_OPENERS = _DETERMINER | _PREPOSITION | _PRONOUN | frozenset(
    """him them us me up out down off back away one two three four five six seven eight nine ten several many more
    most all both half dozens hundreds thousands""".split())


def _bare_noun_after(rest: str) -> bool:
    """Whether the words after an "-ed" word open with a bare lower-case word that no object starts with ("reduced
    imports of …", "adjusted EBITDA" aside): the "-ed" word may be an adjective on a second object ("recorded higher
    exports and reduced imports": reduced imports were recorded, the ministry reduced nothing), so no verb is sure.
    "killed two people", "closed in on the title", "charged him", "defeated Mainz" open as a verb's object does."""
    nxt = _TOKEN.match(rest.lstrip())
    if not nxt:
        return False
    word = nxt.group(0)
    return word[:1].islower() and word.lower() not in _OBJECT_OPENERS and not word.endswith("ly")


def _regular_past(verb: str) -> bool:
    """A regular past or participle in -ed that no irregular list names ("adjusted", "posted")."""
    return verb.endswith("ed") and verb not in _IRREGULAR


def split_shared_subject(sentence: str) -> list[str]:
    """["S V1 ….", "S V2 …."] for a sentence of one subject and two coordinated verb phrases; [] when the sentence is
    not one (see the rules above)."""
    from summarise.bullets import clean, finish
    from summarise.faithfulness import Verdict

    text = clean(sentence)
    if reported_at_end(text):
        return []  # "S V1 and V2, police said": the reporting clause covers both
    spans = list(_TOKEN.finditer(text))
    toks = [m.group(0).replace("’", "'") for m in spans]
    end = _subject_end(toks)
    if end is None or (end == 1 and toks[0].lower() in _PRONOUN):
        return []
    first_verb = toks[end].lower()
    subject = text[: spans[end].start()].strip()
    for m in _AND_VERB.finditer(text, spans[end].end()):
        if inside_marks(text, m.start()):
            break
        between = _TOKEN.findall(text[spans[end].end(): m.start()])
        if any(not t[0].isalnum() for t in between) or any(t.lower() in _CLAUSE_WORDS for t in between):
            break  # a comma or another clause between the verbs: the "and" may belong to it
        rest = text[m.end():]
        nxt = _TOKEN.match(rest)
        if not nxt:
            break
        verb = nxt.group(0).replace("’", "'")
        low = verb.lower()
        after_aux = first_verb in _AUXILIARY or first_verb.endswith("n't")
        if after_aux:
            # an intransitive past ("was shot … and later died") cannot be a participle sharing the auxiliary
            ok = low in _AUXILIARY or low.endswith("n't") or low in _INTRANSITIVE_PAST
        else:
            # coordinated verbs of one subject share a tense: after a present "expects revenue of …", "and adjusted
            # EBITDA of …" is an adjective on a second object, not a second verb ("Acme adjusted EBITDA" is false)
            ok = (_is_finite(verb) and not low.endswith("ing")
                  and not (_is_present(first_verb) and _regular_past(low))
                  and not (_regular_past(low) and _bare_noun_after(rest[nxt.end():])))
        # any other finite verb between them must be a participle right after the first verb's auxiliary
        inner = [t for k, t in enumerate(between) if _is_finite(t, between[k - 1] if k else toks[end])]
        if inner and not (after_aux and inner == between[:1]) and not (after_aux and len(inner) == 1
                                                                        and between[:2] and inner[0] in between[:2]):
            break
        if not ok:
            continue
        first, second = text[: m.start()], subject + " " + rest
        if word_count(first) < MIN_PART_WORDS + 1 or word_count(rest) < MIN_PART_WORDS - 1:
            return []
        parts = [finish(first), finish(second)]
        verdict = Verdict(sentence, finish(text))
        return parts if all(verdict.safe(p) for p in parts) else []
    return []


# --- a relative clause on the subject: "S, who R, V …" -> "S V …" / "S R" ------------------------------------------
#
# A non-restrictive relative clause on the sentence's subject ("Wright, who had seven seasons at Arsenal, will hand
# over the trophy") states a second fact about the subject; the compressor drops it to shorten the bullet
# (summarise/asides.py), splitting keeps it as a bullet of its own with the subject repeated ("Wright had seven
# seasons at Arsenal."). Only when the clause is an aside that asides.py may drop, the subject is the sentence's
# opening words (at most eight, no verb, no comma, not opened by a time word or an adverb: "Yesterday Mr Hussen, who
# went …" would date the clause), and the relative pronoun is the clause's subject (who/which + a finite verb:
# "who was …", not "who police arrested …").
_TIME_OPENING = frozenset(
    """yesterday today tonight now then later earlier last this next meanwhile recently once monday tuesday wednesday
    thursday friday saturday sunday""".split()
)


def split_relative(sentence: str) -> list[str]:
    """["S V ….", "S R."] for "S, who R, V …" (see the rules above); [] when the sentence is not one. "S R." leans on
    "S V …" (`Parts.leaning`): the clause is subordinate in the source, so it is never a takeaway without the
    sentence's own claim."""
    from summarise.asides import _COMMA_ASIDE, _DASH_ASIDE, _droppable
    from summarise.bullets import clean, finish
    from summarise.faithfulness import Verdict

    text = clean(sentence)
    if reported_at_end(text):
        return []
    for pattern in (_COMMA_ASIDE, _DASH_ASIDE):
        m = pattern.search(text)
        if not m or not _droppable(text, m):
            continue
        subject = text[: m.start()].strip()
        toks = _tokens(subject)
        if not toks or len(toks) > 8 or "," in subject or has_finite_verb(subject) or not toks[0][0].isalnum():
            continue
        low = [t.lower() for t in toks]
        if low[0] in _NOT_A_SUBJECT or low[0] in _TIME_OPENING or low[0].endswith(("ly", "ing")):
            continue
        if any(t in _RELATIVE or t in _SUBORDINATOR for t in low) or (len(toks) == 1 and low[0] in _PRONOUN):
            continue
        clause = m.group(0).strip(" ,–—")
        ctoks = _tokens(clause)
        if len(ctoks) < 3 or ctoks[0].lower() not in ("who", "which") or not _is_finite(ctoks[1], "x"):
            continue
        relative = clause.split(None, 1)[1]
        main = finish(text[: m.start()] + " " + text[m.end():])
        fact = finish(subject + " " + relative)
        if word_count(main) < MIN_PART_WORDS or word_count(fact) < MIN_PART_WORDS:
            continue
        verdict = Verdict(sentence, finish(text))
        if not all(verdict.safe(p) for p in (main, fact)):
            continue
        return Parts([main, fact], leaning={1})
    return []
