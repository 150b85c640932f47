"""Faithfulness of Key Takeaways: what a bullet may never do to the sentences it rests on.

Two guards share this module:
* `ArticleFacts` / `filter_bullets`: a generated bullet mentioning a number or a capitalised name that the article
  never mentions is most likely a model hallucination (a wrong figure, a person from the training data); it is
  dropped and the drop is reported in the summary's warnings. Comparison is forgiving about form ("2,100" = "2100",
  "Israël" = "Israel", "Malta's" = "Malta", plural/tense variants), strict about content. `unsupported_by_evidence`
  holds a generated bullet to its own evidence sentences (numbers, names, negation).
* `check_bullet` / `check_summary`: the rule book of issue 11 (kinds listed at KINDS below), used at run time by
  the compressor (summarise/bullets.py: a cut that adds a violation is not made) and by
  scripts/check_faithfulness.py to measure violation rates on real news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.glued import own_sentence
from summarise.quotes import open_marks
from summarise.splitting import has_finite_verb, is_full_clause, may_have_verb
from summarise.text import STOPWORDS, capitalised_names, content_terms, normalise_word, numbers, stem, words


class ArticleFacts:
    """The numbers and word forms of an article, for checking bullets against it."""

    def __init__(self, sentences: list[str], title: str | None = None) -> None:
        text = "\n".join(([title] if title else []) + list(sentences))
        self.numbers = numbers(text)
        self.forms: set[str] = set()
        for w in words(text):
            for part in w.split("-"):
                n = _bare(normalise_word(part))
                if n:
                    self.forms.add(n)
                    self.forms.add(stem(n))

    def unsupported(self, bullet: str) -> list[str]:
        """The numbers and names in `bullet` that the article does not contain (empty list: the bullet passes)."""
        missing: list[str] = []
        for num in sorted(numbers(bullet)):
            if num not in self.numbers:
                missing.append(num)
        names = set(capitalised_names(bullet))
        toks = words(bullet)
        if toks:
            first = normalise_word(toks[0])
            # a sentence-initial word is a name only if it is not an ordinary word: check it unless a stop word
            if first not in STOPWORDS and toks[0][:1].isupper():
                names.add(first)
        for name in sorted(names):
            parts = [_bare(p) for p in name.split("-") if _bare(p)]
            if not parts or all(p in STOPWORDS for p in parts):
                continue
            if not all(p in self.forms or stem(p) in self.forms or p in STOPWORDS for p in parts):
                missing.append(name)
        return missing


def _bare(word: str) -> str:
    """Drop a possessive and surrounding punctuation: "malta's" -> "malta"."""
    word = word.strip(".'’")
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def filter_bullets(bullets: list[str], facts: ArticleFacts) -> tuple[list[str], list[str]]:
    """(bullets that pass, one warning per dropped bullet)."""
    kept, warnings = [], []
    for bullet in bullets:
        missing = facts.unsupported(bullet)
        if missing:
            shown = ", ".join(repr(m) for m in missing[:4])
            warnings.append(f"dropped a generated takeaway with {shown} not found in the article: {bullet!r}")
        else:
            kept.append(bullet)
    return kept, warnings


# --- the rule book of Key Takeaways (issue 11): what a bullet may never do to its evidence ----------------------
#
# `check_bullet(bullet, evidence)` lists the ways one bullet misstates its evidence sentences, `check_summary`
# does the same for a whole summary and adds near-duplicates. The compressor (summarise/bullets.py) runs it on every
# cut it makes and keeps the sentence whole when a cut would add a violation; scripts/check_faithfulness.py reports
# the rates on real news. Kinds:
#   attribution        the evidence says who claims it ("According to Reuters, …", "…, police said") and the bullet
#                      drops the speaker, so a reported claim reads as fact;
#   contrast_cut       the bullet stops right before a contrast or concession of its sentence ("…, but …",
#                      "although", "while", "however", "yet", Dutch "maar", "echter", "hoewel", Arabic "لكن", …);
#   broken_ending      the bullet ends on a function word ("…mindfulness and.", "…rising costs of."), or inside an
#                      aside opened after a verb ("…was, in fact." for "…was, in fact, working.");
#   unclosed           a quotation mark or bracket is opened and not closed (or closed and never opened);
#   invented_word      (extractive bullets) a word that is not in its evidence, modulo case and punctuation;
#   title_only         the bullet is only a name and a title ("John Smith, chief executive of Acme.");
#   negation_modality  a "not"/"never"/"no" or a "may"/"could"/"allegedly" of the evidence is gone (or, for a
#                      generated bullet, a negation appears that the evidence does not have);
#   near_duplicate     (summaries) the bullet's content words are mostly those of an earlier bullet;
#   fragment           one part of a split sentence (summarise/splitting.py) is not a full clause: a part that
#                      starts after ", and" / ";" / a dash has no subject and finite verb ("Charged him with …",
#                      "Rome."), or a part that ends there has no finite verb ("Paris, London."); or any cut that
#                      left no verb of a sentence that had one ("The professor now being investigated.").
#   broken_join        (extractive) a deletion inside the sentence left its punctuation dangling (" ,", ", .",
#                      "()"), more often than the evidence itself has it.
# A split also answers to the older kinds: a part that starts right after a contrast ("A, but B" -> "B.") is a
# contrast_cut, and a part that leaves behind the reporting clause ending its sentence ("X, and Y, police said" ->
# "X.") drops the attribution.
# Deletions inside a sentence (summarise/inner.py, asides) are held to the same rules as cuts at its ends: a gap in
# the middle of the bullet that holds the speaker is an attribution dropped, and a gap that opens on a contrast or
# concession ("X, although Y, Z" -> "X Z") is a contrast cut.

KINDS = ("attribution", "contrast_cut", "broken_ending", "unclosed", "invented_word", "title_only",
         "negation_modality", "near_duplicate", "fragment", "broken_join")


@dataclass(frozen=True)
class Violation:
    kind: str  # one of KINDS
    detail: str


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")  # word pieces: "U.S." -> U, S; "anti-war" -> anti, war
_SPEECH = (
    r"(?:said|says|say|told|tells|tell|added|adds|stated|states|explained|explains|noted|notes|claimed|claims|"
    r"claim|alleged|alleges|allege|reported|reports|announced|announces|argued|argues|insisted|insists|warned|"
    r"warns|wrote|writes|tweeted|posted|confirmed|confirms|denied|denies|deny|believe|believes|believed|"
    r"estimated|estimates|estimate|suggested|suggests|suggest|found|finds|find|shows|showed|show|revealed|"
    r"reveals|admitted|admits|acknowledged|acknowledges|testified|predicted|predicts|concluded|concludes|"
    r"declared|declares|maintained|maintains|contends|contended|asserted|asserts|cited|quoted|according)"
)
_ATTRIBUTION_WORD = re.compile(rf"\b{_SPEECH}\b|\baccording to\b|\b(?:قال|قالت|بحسب|وفقا|حسب|zei|zegt|volgens)\b",
                               re.IGNORECASE)
_W = r"[\w.'’-]+"
# a reporting clause that ends the sentence: ", police said.", "," he told the BBC on Monday.", ", according to X."
# — a speaker of at most six words, at most six words after the verb, perhaps one apposition (", a spokesman
# for X") after it; never a clause of its own ("…, and he said it could not be better" is content, not a source)
_TRAILING_ATTRIBUTION = re.compile(
    rf"^[\s,;:—–\-\"”’'»)]*(?![\s,;:—–])(?!(?:and|but|or|which|who|whom|whose|that|so|as|when|where|because|after|before|while|"
    rf"although|though|if|with|to)\b)"
    # ", also said sales had risen" is the subject's own verb after a relative clause ("the store, which opened in
    # 2010, also said …"), not a speaker's tag: an adverb alone before the verb names nobody
    rf"(?!(?:also|later|then|previously|further|again)\s+{_SPEECH}\b)"
    rf"(?:(?:{_W}\s+){{0,6}}?{_SPEECH}\b(?:\s+{_W}){{0,6}}|according to\s[^,;]{{1,100}})"
    rf"(?:,\s*(?!\s)(?!(?:and|but|or|yet|while|whilst|although|though|whereas|despite|which|who|as|after|before|when|"
    rf"where|because|if|unless)\b)[^,;]{{1,80}})?[\s.!?\"”’')»]*$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"^[\s\"”’'»)]*(?:(?:[,;:]|\s-{1,2}|[—–])\s*(?:and\s+|or\s+)?(?:yet|while|whilst|still|only|terwijl|بينما|وبينما)\b"
    r"|(?:[,;:]|\s-{1,2}|[—–])?\s*(?:and\s+)?(?:but|although|though|even though|even if|however|whereas|despite|"
    r"in spite of|nevertheless|nonetheless|except|unless|maar|echter|hoewel|ofschoon|desondanks|لكن|ولكن|لكنه|لكنها|"
    r"غير أن|إلا أن|الا أن|رغم|برغم)(?!\w))",
    re.IGNORECASE,
)
# a bullet never ends on these: determiners, prepositions that need an object, conjunctions, titles. Particles that
# legitimately end English sentences ("moved in", "so on", "came from", "paid for", "He did, though") are left out.
FUNCTION_ENDINGS = frozenset(
    "a an the and or nor but of to into onto than as if because although whereas unless whether its their my our "
    "your whose every including mr mrs ms dr via amid among between per".split()
)
_NEGATION = frozenset("not no never none nobody nothing neither nor without cannot nowhere".split())
_MODALITY = frozenset(
    "may might could would should must can shall perhaps possibly probably likely unlikely allegedly reportedly "
    "apparently alleged suspected if unless".split()
)
_TITLE_WORDS = frozenset(
    """president chairman chairwoman chair director minister secretary spokesman spokeswoman spokesperson professor
    chief executive officer ceo founder editor senator governor mayor ambassador commissioner manager coach captain
    head leader member author correspondent analyst economist lecturer researcher fellow dean deputy vice general
    attorney lawyer judge superintendent inspector sergeant constable officer representative mp mep congressman
    congresswoman premier chancellor rep sen gov gen prof lt col sgt capt cllr""".split()
)
_VERBISH = re.compile(
    r"^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|"
    r"said|says|say|told|get|got|gets|make|makes|made|take|takes|took|go|goes|went|come|comes|came|give|gives|gave|"
    r"find|finds|found|know|knows|knew|see|sees|saw|think|thinks|thought|want|wants|need|needs|left|won|lost|"
    r"led|fled|fed|met|put|set|let|cut|hit|ran|sat|won|[a-z]{2,}ed|[a-z]{3,}ing)$"
)
DUPLICATE_CONTAINMENT = 0.7  # share of the shorter bullet's content words found in the other one


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised word piece, start, end) for every word piece of `text`."""
    return [(normalise_word(m.group(0)), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_negation(tok: str) -> bool:
    return tok in _NEGATION or tok.endswith("n't")


def _marker_count(toks: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for t in toks:
        key = "n't" if t.endswith("n't") else t
        if key == "n't" or key in _NEGATION or key in _MODALITY:
            out[key] = out.get(key, 0) + 1
    return out


def _align(bullet: list[str], evidence: list[str]) -> tuple[int, int] | None:
    """The shortest window [start, end) of `evidence` holding the bullet's words (those it has) in order."""
    have = set(evidence)
    wanted = [t for t in bullet if t in have]
    if not wanted:
        return None
    best = None
    for start, tok in enumerate(evidence):
        if tok != wanted[0]:
            continue
        k, i = 0, start
        while k < len(wanted) and i < len(evidence):
            if evidence[i] == wanted[k]:
                k += 1
            i += 1
        if k < len(wanted):
            break  # a later start sees fewer words: no window at all
        if best is None or i - start < best[1] - best[0]:
            best = (start, i)
    return best


def _gaps(bullet: list[str], evidence: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The runs [a, b) of evidence tokens inside the aligned window that the bullet leaves out (its inner
    deletions), matching the bullet's words in order, each as early as it can."""
    have = set(evidence)
    wanted = [t for t in bullet if t in have]
    out, k, gap_start = [], 0, None
    for i in range(start, end):
        if k < len(wanted) and evidence[i] == wanted[k]:
            k += 1
            if gap_start is not None:
                out.append((gap_start, i))
                gap_start = None
        elif gap_start is None:
            gap_start = i
    return out


# a relative clause says something about its antecedent ("The singer, who announced she was pregnant, arrived"):
# a reporting verb inside it is not the source of the sentence's claim
_RELATIVE_GAP = re.compile(r"^[\s,–—-]*(?:who|which|whose|whom)\b", re.IGNORECASE)


def _dropped_source(gap: str) -> bool:
    """A deleted inner span that named who says the claim ("The plant, the ministry said, will close")."""
    return bool(_ATTRIBUTION_WORD.search(gap)) and not _RELATIVE_GAP.match(gap)


# punctuation a deletion can leave behind: " ,", ", ." or ",,", an empty bracket, a bullet opening on a comma
_DANGLING = re.compile(r"\s[,;](?=\s)|[,;:]\s*[,;.!?]|\(\s*\)|^\W*[,;]")


# a cut right after an aside opened behind a verb ("… was, in fact, | working"): the verb's complement was in the
# tail, so the bullet says something else ("… was, in fact.")
OPEN_PARENTHETICAL = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|"
    r"did|not)\s*,[^,]{1,30}$", re.IGNORECASE)


def ends_on_function_word(text: str) -> bool:
    """The last word of `text` (punctuation ignored) is a determiner, preposition, conjunction or title."""
    toks = words(text)  # "L.A." stays one word: its "A" is not the article
    return bool(toks) and normalise_word(toks[-1]) in FUNCTION_ENDINGS


def is_title_only(text: str) -> bool:
    """A name with a title and no statement: "Jane Doe, professor of economics at Leeds University."."""
    toks = words(text)
    if not toks or len(toks) > 16:
        return False
    if any(_VERBISH.match(normalise_word(t)) for t in toks):
        return False
    # "Steele joins …": a lower-case word in -s right after a capitalised one is likely a verb, not a title
    if any(t.endswith("s") and t[:1].islower() and p[:1].isupper() for p, t in zip(toks, toks[1:])):
        return False
    lowered = {normalise_word(t) for t in toks}
    capitalised = sum(1 for t in toks if t[:1].isupper())
    return bool(lowered & _TITLE_WORDS) and ("," in text or capitalised / len(toks) >= 0.5)


def check_bullet(bullet: str, evidence: list[str], *, extractive: bool = True) -> list[Violation]:
    """Every way `bullet` misstates its `evidence` sentences (empty: it says what they say).

    `extractive`: the bullet was cut from the evidence, so its words must all be there and its cut can be located;
    a generated bullet is held only to attribution-free checks it can fail (numbers, names and negation are the
    abstractive guard's, `unsupported_by_evidence`).
    """
    out: list[Violation] = []
    if ends_on_function_word(bullet):
        out.append(Violation("broken_ending", f"ends on {words(bullet)[-1]!r}"))
    unbalanced = open_marks(bullet)
    if unbalanced:
        out.append(Violation("unclosed", "unbalanced " + " ".join(unbalanced)))
    if is_title_only(bullet):
        out.append(Violation("title_only", "a name and title, no statement"))
    if not extractive or not evidence:
        return out
    btoks = [t for t, _, _ in _tokens(bullet)]
    # a run-on evidence "sentence" that a scrape glued together from several (summarise/glued.py): the bullet is
    # held to the sentence it comes from, as it would be had the full stop survived
    source = own_sentence(" ".join(s.strip() for s in evidence),
                          lambda part: set(btoks) <= {t for t, _, _ in _tokens(part)})
    etoks = _tokens(source)
    enorm = [t for t, _, _ in etoks]
    have = set(enorm)
    invented = [t for t in btoks if t not in have]
    if invented:
        out.append(Violation("invented_word", "not in the evidence: " + ", ".join(invented[:5])))
    span = _align(btoks, enorm)
    if span is None:
        return out
    start, end = span
    prefix = source[: etoks[start][1]]
    tail = source[etoks[end - 1][2]:]
    gaps = [(source[etoks[a - 1][2]: etoks[b - 1][2]], source[etoks[a - 1][2]:])
            for a, b in _gaps(btoks, enorm, start, end)]
    has_attribution = bool(_ATTRIBUTION_WORD.search(bullet))
    if not has_attribution and (_ATTRIBUTION_WORD.search(prefix) or _TRAILING_ATTRIBUTION.match(tail)
                                or _ends_with_attribution(tail)):
        dropped = prefix.strip() if _ATTRIBUTION_WORD.search(prefix) else tail.strip()
        out.append(Violation("attribution", f"source dropped: {dropped[:80]!r}"))
    elif not has_attribution and any(_dropped_source(gap) for gap, _ in gaps):
        dropped = next(gap for gap, _ in gaps if _dropped_source(gap))
        out.append(Violation("attribution", f"source dropped from inside: {dropped.strip()[:80]!r}"))
    if tail.lstrip().startswith(",") and OPEN_PARENTHETICAL.search(bullet.rstrip(" .!?")):
        out.append(Violation("broken_ending", f"cut inside an aside after a verb: {bullet[-30:]!r}"))
    m = _CONTRAST.match(tail)
    if m:
        out.append(Violation("contrast_cut", f"cut before {tail.strip()[:40]!r}"))
    elif _CONTRAST_BEFORE.search(prefix):
        out.append(Violation("contrast_cut", f"split after {prefix.strip()[-40:]!r}"))
    elif any(_CONTRAST.match(after) for _, after in gaps):
        dropped = next(gap for gap, after in gaps if _CONTRAST.match(after))
        out.append(Violation("contrast_cut", f"dropped from inside: {dropped.strip()[:40]!r}"))
    out.extend(_fragment(bullet, prefix, tail) or _verbless_cut(bullet, source, prefix, tail, gaps))
    if len(_DANGLING.findall(bullet)) > len(_DANGLING.findall(source)):
        out.append(Violation("broken_join", f"dangling punctuation: {_DANGLING.search(bullet).group(0)!r}"))
    before = _marker_count(enorm[:end])
    kept = _marker_count(btoks)
    lost = sorted(k for k, c in before.items() if kept.get(k, 0) < c)
    if lost:
        out.append(Violation("negation_modality", "dropped: " + ", ".join(lost)))
    return out


# a part of a split sentence that starts right after a contrast or concession: "A, but B" -> "B." (not a sentence-
# initial "But"/"However," — that links to the previous sentence and is dropped by the compressor)
_CONTRAST_BEFORE = re.compile(
    r"\w[^\w]*(?:[,;:]|\s-{1,2}|[—–])\s*(?:and\s+)?(?:but|yet|while|whilst|although|though|however|whereas|"
    r"nevertheless|nonetheless|still|maar|echter|hoewel|terwijl|لكن|ولكن|بينما)[\s,]*$",
    re.IGNORECASE,
)
# where summarise/splitting.py splits a sentence: ", and", ";" or a dash
_SPLIT_BEFORE = re.compile(r"(?:,\s+and|;(?:\s+and)?|\s(?:--|—|–|-))\s*$", re.IGNORECASE)
_SPLIT_AFTER = re.compile(r"^\s*(?:,\s+and\s|;\s|\s(?:--|—|–|-)\s)\s*\S", re.IGNORECASE)


def _ends_with_attribution(tail: str) -> bool:
    """The dropped tail ends with a reporting clause that names its source (", and Y, police said."): it may cover
    the kept part too, so the kept part may not go without it."""
    if not tail.strip() or not _SPLIT_AFTER.match(tail):
        return False  # only a split leaves a clause *and* the reporting clause behind; cuts keep the latter
    attribution = split_trailing_attribution(tail)[1]
    return bool(attribution) and names_its_source(attribution)


def _fragment(bullet: str, prefix: str, tail: str) -> list[Violation]:
    """A part of a split sentence that is not a full clause (kind `fragment`)."""
    out = []
    # only after a clause: "LONDON (Reuters) - X" is a dateline, not the first half of a split
    if prefix.strip() and _SPLIT_BEFORE.search(prefix) and has_finite_verb(prefix) and not is_full_clause(bullet):
        out.append(Violation("fragment", f"no subject and verb after {prefix.strip()[-20:]!r}"))
    elif _SPLIT_AFTER.match(tail) and not has_finite_verb(bullet):
        out.append(Violation("fragment", f"no finite verb before {tail.strip()[:20]!r}"))
    return out


def _verbless_cut(bullet: str, source: str, prefix: str, tail: str, gaps: list) -> list[Violation]:
    """A cut that took the sentence's only verb with it ("The law professor from Philadelphia now being
    investigated." from "…, who is now being investigated, …"): a noun phrase, not a statement (kind `fragment`).
    Only where the bullet surely has no verb (`may_have_verb`), so an unknown present tense is never flagged."""
    if not (prefix.strip() or tail.strip(" .!?\"'”’") or gaps):
        return []  # the whole sentence: whatever it is, the bullet did not make it so
    if has_finite_verb(source) and not may_have_verb(bullet):
        return [Violation("fragment", "the cut left no verb")]
    return []


class Verdict:
    """Whether a cut or a part of `sentence` is safe: it adds no violation to those of `whole` (the sentence as a
    bullet, which may already have some). The
    whole sentence is checked only when a cut has a violation (most have none)."""

    def __init__(self, sentence: str, whole: str) -> None:
        self.sentence, self.whole, self._allowed = sentence, whole, None

    def safe(self, bullet: str) -> bool:
        kinds = {v.kind for v in check_bullet(bullet, [self.sentence])}
        if not kinds:
            return True
        if self._allowed is None:
            self._allowed = {v.kind for v in check_bullet(self.whole, [self.sentence])}
        return kinds <= self._allowed


def check_summary(bullets: list[str], evidence: list[list[str]], *, extractive: bool = True) -> list[list[Violation]]:
    """`check_bullet` for each bullet, plus near_duplicate for a bullet whose content an earlier one already has."""
    out = [check_bullet(b, ev, extractive=extractive) for b, ev in zip(bullets, evidence)]
    terms = [set(content_terms(b)) for b in bullets]
    for j in range(len(bullets)):
        for i in range(j):
            a, b = terms[i], terms[j]
            if min(len(a), len(b)) >= 3 and len(a & b) / min(len(a), len(b)) >= DUPLICATE_CONTAINMENT:
                out[j].append(Violation("near_duplicate", f"repeats bullet {i + 1}"))
                break
    return out


def unsupported_by_evidence(bullet: str, evidence: list[str]) -> list[str]:
    """What a generated bullet asserts that its evidence sentences do not: numbers, names, a negation (abstractive
    guard, issue 11 item 5). Empty when supported; a bullet with no evidence supports nothing."""
    if not evidence:
        return ["no supporting sentence"]
    missing = ArticleFacts(evidence).unsupported(bullet)
    bneg = sum(1 for t, _, _ in _tokens(bullet) if _is_negation(t))
    eneg = sum(1 for s in evidence for t, _, _ in _tokens(s) if _is_negation(t))
    if bneg and not eneg:
        missing.append("a negation")
    elif eneg and not bneg and len(evidence) == 1:
        missing.append("the negation of its sentence")
    return missing


_SPLIT_POINT = re.compile(r"[,;—–](?![\"”’'»])|(?<=[\"”’'»])\s")
_TIME_WORD = re.compile(r"^(?:on|in|at|last|this|earlier|later|today|yesterday|tonight|monday|tuesday|wednesday|"
                        r"thursday|friday|saturday|sunday)$", re.IGNORECASE)


def split_trailing_attribution(text: str) -> tuple[str, str]:
    """(statement, reporting clause that ends it): "X, police said." -> ("X", ", police said."); (text, "") if none."""
    for m in _SPLIT_POINT.finditer(text):
        if m.start() and _TRAILING_ATTRIBUTION.match(text[m.start():]):
            return text[: m.start()], text[m.start():]
    return text, ""


def names_its_source(attribution: str) -> bool:
    """The reporting clause says who reports ("police said", "according to X", "said the minister"), not only when
    (", said Wednesday": the speaker stands before it, in the statement part)."""
    toks = words(attribution)
    if not toks:
        return False
    verb = next((i for i, t in enumerate(toks) if re.fullmatch(_SPEECH, t, re.IGNORECASE)), None)
    if verb is None:
        return False
    if toks[verb].lower() == "according" or verb > 0:
        return True
    return verb + 1 < len(toks) and not _TIME_WORD.match(toks[verb + 1])
