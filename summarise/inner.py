"""Inner-word compression: words deleted from INSIDE a sentence, what it asserts left as it was.

The trailing cuts of summarise/bullets.py can only shorten a sentence from its end, which takes with it the words of
a lead sentence's tail that editors reuse. This module lists deletions inside the sentence instead; each removes a
span that adds detail about something the sentence still names, or a word that carries no content:

* that       — the complementiser after a reporting verb: "Mardas said that Greece will pay" -> "Mardas said Greece
               will pay" (never the pronoun: "he said that was wrong");
* also       — the additive adverb before a verb: "The study also found" -> "The study found" (not in "not only …
               also");
* age        — an age between commas after a name: "Louis Jordan, 37, was found" -> "Louis Jordan was found";
* appositive — a description between commas after the subject, its verb right after it: "Ellen Stofan, NASA's
               chief scientist, said" -> "Ellen Stofan said". The aside must start with an article, "one of" or a
               possessive, so a name standing after its title ("The president, Barack Obama, said") is never the
               part that goes; never after a preposition in its clause ("Under the rule, the former manager, was …":
               there the aside is the subject) nor with "and"/"or" inside (a list);
* day        — a weekday or recent-time phrase that only dates the event: "died Friday", "on Tuesday", "earlier this
               week", "last month" (never "Super Tuesday", "The Mail on Sunday", "since Monday", "by Friday", nor in
               a sentence with a second time or a contrast, where the time may be the point);
* dash       — an aside between a pair of dashes ("The mayor -- a former police officer -- was elected");
* adverb     — an emphasis or sequence adverb (now, later, recently, finally, actually …), never after a negation
               ("was not immediately clear" is not "was not clear") and never a degree or hedge word (only, just,
               nearly, largely, probably).

Never deleted: a negation or a modal (may, could, reportedly, allegedly), an attribution (said, according to), a
contrast or concession (but, although, while), a number other than an age, anything inside quotation marks or
brackets. Every deleted version is still checked by summarise.faithfulness.check_bullet (through `faithfulness.Verdict`),
whose inner-gap rules (a speaker or a contrast lost from inside the sentence, a marker lost, a dangling comma) are
the last word. Only words of the sentence are kept: deletion, never rewriting.

Which kinds bullets.py makes is measured, not assumed (BENCHMARKS.md, "Inner-word compression"): on CNN/DM, ages,
days, appositives and dash asides are words the editors' highlights reuse about as often as any other word of a lead
sentence, so deleting them does not raise ROUGE; "that" and "also" are the ones worth deleting everywhere.
"""

from __future__ import annotations

import re

from summarise.quotes import inside_marks
from summarise.text import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# the sentence goes on with its verb after an aside: an auxiliary, a past tense, a reporting verb, or an adverb
# before the verb — anything else ("…, and Jones", "…, the radio") means the commas were not a pair around an aside
_VERB_AFTER = (
    r"(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|did|does|do|says|said|told|"
    r"took|made|went|won|lost|led|left|sold|saw|became|began|gave|got|came|ran|met|paid|kept|held|found|spoke|"
    r"wrote|also|now|still|later|recently|[a-z]{2,}ed)\b"
)
_NAME = r"(?<![\w.'’-])[A-Z][\w'’.-]*"  # a capitalised word (a name, or the last word of one)
_MONTHS_DAYS = re.compile("^(?:" + "|".join(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS) + ")$", re.IGNORECASE)
# "Louis Jordan, 37, was …": an age is a number from 1 to 119 between commas, a name before it, a verb after it
_AGE = re.compile(rf"(?P<name>{_NAME}),\s+(?:1[01]\d|[1-9]\d?),\s+(?={_VERB_AFTER}|and\s+{_NAME},\s+\d)")
# ", a spokesman for the agency," / ", the group's founder," / ", NASA's chief scientist,": an aside that starts
# with an article or a possessive and holds no clause of its own (no comma, quote, bracket, colon, digit is fine)
_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME}|\b[a-z]+),\s+(?P<aside>(?:(?:a|an|the|one of the|one of)\s|(?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*['’]s\s)"
    r"[^,;:\"“”«»()\[\]–—!?]{2,80}?),\s+(?=(?P<next>" + _VERB_AFTER + r"))"
)
# an appositive that itself says who speaks or qualifies the claim is not an aside
_APPOSITIVE_BLOCK = re.compile(
    r"\b(?:said|says|told|according|who|which|whose|that|but|although|though|while|not|no|never|may|might|could|"
    r"say|claim|claims|claimed|believe|believed|believes|reportedly|allegedly|alleged|suspected|accused|and|or)\b",
    re.IGNORECASE,
)
_DAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"  # capitalised: _TIME is case-sensitive
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# the time phrases that only date an event in a news sentence: "on Tuesday (night)", a bare weekday after a verb,
# "earlier this week", "last month", "this weekend", "yesterday", "today"
_TIME = re.compile(
    rf"(?P<lead>,?\s+)(?P<time>(?:(?:early|late)\s+)?on\s+{_DAY}{_PART}|{_DAY}{_PART}|"
    rf"(?:earlier|later)\s+(?:this|last)\s+(?:week|month)|(?:last|this)\s+(?:week|weekend|month)|"
    rf"last\s+{_DAY}|yesterday|today)(?=(?P<after>[,.;:!?]|\s+(?P<next>[\w'’]+)))",
)
# words before a time phrase that make the time a limit or part of a name: "since Monday", "Super Tuesday",
# "The Mail on Sunday", "by Friday", "until last week"
_TIME_BEFORE_BLOCK = re.compile(
    r"(?:\b(?:since|until|till|by|from|before|after|through|to|next|every|each|than|of|for|between|and|or|as|"
    r"super|black|good|cyber|bloody|easter|palm|ash|holy|fat|shrove|mail|express|independent|observer|sunday|scotland|wales|"
    r"telegraph|sun|times|post|people|world)|\d)$",
    re.IGNORECASE,
)
_MONTHS_NOT_MAY = "|".join(m for m in MONTHS if m != "may")
_TIME_ANY = re.compile(
    # every month but "may", which is far more often the modal verb
    rf"(?<!-)\b(?:{_DAY}|yesterday|today|tonight|tomorrow|week|weekend|month|year|{_MONTHS_NOT_MAY}|"
    r"hours?|days?|ago|morning|afternoon|evening|night)\b(?!-)",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"\b(?:but|although|though|while|whereas|however|yet|despite|instead|only|except|unless|until|still|then|"
    r"again|before)\b",
    re.IGNORECASE,
)
# " -- the first in 20 years -- ": an aside between a pair of dashes, inside the sentence; not a lone hyphen
# (text.SPACED_DASH has it), which between spaces is as often a score or a range ("won 2 - 1")
_DASH_ASIDE = re.compile(r"\s(?:--|–|—)\s(?P<aside>[^–—\"“”«»()\[\]:;!?]{3,120}?)\s(?:--|–|—)\s(?=\w)")
_DASH_BLOCK = re.compile(r"^(?:and|or|nor|not)\b|\d|--|\b(?:said|says|told|according|not|no|never|but|although|though|may|might|could|"
                         r"reportedly|allegedly)\b", re.IGNORECASE)
# "said that he …" -> "said he …": the complementiser after a reporting verb, never the pronoun ("said that was …")
_THAT = re.compile(r"\b(?:said|says|say|told \w+|tells \w+|announced|believes|believe|believed|claims|claimed|"
                   r"thinks|think|thought|insisted|insists|added|admitted|revealed|confirmed|warned|argued|"
                   r"suggested|suggests|found|showed|shows|knew|know|knows|hopes|hoped|felt|feels|"
                   r"alleges|alleged)(?P<that>\s+that)(?=\s+(?:the|a|an|he|she|they|it|his|her|their|there|we|i|"
                   r"you|this|these|those|its|our|[A-Z][\w'’.-]*)\s)")
# emphasis and sequence adverbs that do not limit the claim ("has now revealed", "was later found", "actually said");
# never a degree, frequency or hedge word (only, just, nearly, largely, never, still, probably): those change it
_ADVERB = re.compile(r"(?<=[a-z])\s+(?:now|later|recently|currently|previously|finally|eventually|immediately|actually|"
                     r"really|publicly|openly|officially|initially|subsequently)(?=\s+(?P<next>[a-z]+))")
_NEGATED = re.compile(r"\b(?:not|no|never|nor|neither|without|cannot|\w+n['’]t)\b[^,;:.]*$", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply)\b", re.IGNORECASE)
_ALSO = re.compile(r"(?<=[a-z])\s+also(?=\s+(?P<next>[a-z]+))")
_AUX_BEFORE = re.compile(r"\b(?:will|would|can|could|may|might|should|must|has|have|had|is|was|are|were|be|been|"
                         r"to)$")
_ALSO_NEXT = re.compile(r"^(?:[a-z]{2,}(?:ed|s)|said|told|has|have|had|is|was|were|are|will|would|can|took|made|"
                        r"went|won|lost|led|left|sold|saw|became|began|gave|got|came|ran|met|paid|kept|held|found|"
                        r"spoke|wrote|say|tell|want|need|believe|hope|plan|face|urge|call)$")
# words that, before a name in its clause, make the name an object ("Under the procedure, the former manager, was
# …": the aside is the subject; "abounded on TV, the radio and on records, has …": a list) — then it is no aside
_NOT_SUBJECT = re.compile(
    r"\b(?:in|on|at|under|after|before|with|from|by|for|of|to|as|into|onto|over|about|between|among|through|"
    r"without|against|across|around|near|since|during|despite|following|amid|when|while|if|because|who|which|"
    r"whose|whom|that|than|like|via|per|toward|towards|upon|within|beyond|behind|beside|besides|including)\b",
    re.IGNORECASE,
)

# a non-restrictive relative clause between commas before the main verb ("The trial, which enrolled 1,840 patients,
# found …"): it adds to the subject and asserts nothing the main clause depends on. Not when the clause holds a
# quotation, a bracket or a dash, or when the word after it is no verb (then the commas may close a list)
_RELATIVE_ASIDE = re.compile(r"(?<=\w),\s(?P<aside>(?:which|who|whose)\s[^,;:\"“”«»()\[\]–—!?]{3,160}?),\s(?=(?P<next>"
                             + _VERB_AFTER + r"))")

KINDS = ("age", "appositive", "day", "also", "dash", "that", "adverb", "relative")


def _clause_before(text: str, pos: int) -> str:
    """The words before `pos` back to the last comma, semicolon, colon or dash (or the sentence start)."""
    cut = max(text.rfind(ch, 0, pos) for ch in ",;:–—")
    return text[cut + 1: pos] if cut >= 0 else text[:pos]


def spans(text: str, kinds: tuple[str, ...] = KINDS) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, replacement) for every inner deletion of `kinds` that `text` allows; spans may overlap
    (callers apply a non-overlapping subset with `apply`)."""
    out: list[tuple[str, int, int, str]] = []
    for m in _AGE.finditer(text) if "age" in kinds else ():
        if not _MONTHS_DAYS.match(m.group("name").rstrip(".")) and not inside_marks(text, m.start()):
            out.append(("age", m.end("name"), m.end(), " "))
    for m in _APPOSITIVE.finditer(text) if "appositive" in kinds else ():
        aside = m.group("aside")
        if _APPOSITIVE_BLOCK.search(aside) or _MONTHS_DAYS.match(m.group("name")) or inside_marks(text, m.start()):
            continue
        if m.group("name").islower() and m.start("name") == 0:
            continue  # no subject before it
        if _NOT_SUBJECT.search(_clause_before(text, m.start("name"))):
            continue  # the name is an object or sits in a list: the "aside" may be the subject
        out.append(("appositive", m.end("name"), m.end(), " "))
    times = list(_TIME.finditer(text)) if "day" in kinds else []
    # a sentence with two times or a contrast ("freed on Monday but rearrested on Tuesday"): the time may be the point
    if len(times) == 1 and len(_TIME_ANY.findall(text)) == 1 and not _CONTRAST.search(text):
        m = times[0]
        before = text[: m.start()].rstrip()
        next_word = m.group("next") or ""
        lead_comma = m.group("lead").startswith(",")
        if (before and not _TIME_BEFORE_BLOCK.search(before) and not next_word[:1].isupper()
                and not inside_marks(text, m.start()) and before[-1:].isalpha()):
            if lead_comma:
                # ", on Tuesday, the …": only a pair of commas around the time may go together
                if m.group("after") == ",":
                    out.append(("day", m.start(), m.end() + 1, ""))
            else:
                out.append(("day", m.start(), m.end(), ""))
    for m in _DASH_ASIDE.finditer(text) if "dash" in kinds else ():
        if not _DASH_BLOCK.search(m.group("aside")) and not inside_marks(text, m.start()) and m.start() > 0:
            out.append(("dash", m.start(), m.end(), " "))
    for m in _RELATIVE_ASIDE.finditer(text) if "relative" in kinds else ():
        if not inside_marks(text, m.start()):
            out.append(("relative", m.start(), m.end() - 1, ""))
    for m in _THAT.finditer(text) if "that" in kinds else ():
        if not inside_marks(text, m.start("that")):
            out.append(("that", m.start("that"), m.end("that"), ""))
    for m in _ADVERB.finditer(text) if "adverb" in kinds else ():
        # after a negation the adverb may be what is denied ("was not immediately clear" is not "was not clear")
        if (_ALSO_NEXT.match(m.group("next")) and not _NEGATED.search(text[: m.start()])
                and not inside_marks(text, m.start())):
            out.append(("adverb", m.start(), m.end(), ""))
    for m in _ALSO.finditer(text) if "also" in kinds else ():
        # "not only X – it also Y": there "also" carries the construction
        # after an auxiliary the next word is the verb ("will also close", "is also a doctor")
        if ((_AUX_BEFORE.search(text[: m.start()]) or _ALSO_NEXT.match(m.group("next")))
                and not inside_marks(text, m.start())
                and not _NOT_ONLY.search(text[: m.start()])):
            out.append(("also", m.start(), m.end(), ""))
    return out


def apply(text: str, chosen: list[tuple[str, int, int, str]]) -> str:
    """`text` with the chosen (non-overlapping) spans replaced, whitespace tidied."""
    for _, start, end, repl in sorted(chosen, key=lambda s: -s[1]):
        text = text[:start] + repl + text[end:]
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


def _non_overlapping(found: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    kept: list[tuple[str, int, int, str]] = []
    for span in sorted(found, key=lambda s: (s[1], -s[2])):
        if not kept or span[1] >= kept[-1][2]:
            kept.append(span)
    return kept


def variants(text: str, kinds: tuple[str, ...] = KINDS) -> list[str]:
    """Shorter versions of `text` (unchecked): every allowed inner deletion of the chosen kinds applied at once,
    and each kind applied alone when there are several kinds. Empty when nothing can be deleted."""
    found = spans(text, kinds)
    if not found:
        return []
    out = [apply(text, _non_overlapping(found))]
    present = {s[0] for s in found}
    if len(present) > 1:
        for kind in sorted(present):
            v = apply(text, _non_overlapping([s for s in found if s[0] == kind]))
            if v not in out:
                out.append(v)
    return [v for v in out if v != text]
