"""A fact check's claim, stated on its own, is no takeaway: the bullet would give the false claim as a fact.

A fact-check page prints the claim it checks, labelled ("CLAIM: "The council has slashed the recycling budget by 50
per cent."", nl "Bewering: …", ar "الادعاء: …") in a box above its verdict ("OUR VERDICT: MISLEADING"), or reports it in
its lead and denies it in the very next sentence ("A post … claims that the council has cut its recycling budget by
half. That is not correct.", nl "… beweert dat … Dat klopt niet.", ar "… يزعم أن … وهذا غير صحيح."). A bullet is one
sentence: taken alone, the claim reads as the page's finding and the verdict is lost (tester 13, F8). The page's own
findings (the figures, the explanation) stay candidates; the claim sentence does not.

A reported claim only counts with its denial right after it (a verb of claiming, then a short sentence that says it is
false, wrong or misleading, nothing after it but a reason or an attribution: "It was wrong to close the road" is
a judgement of its own): "The minister claimed the scheme had cut waiting lists." followed by more reporting is a
story's sentence. Patterns are anchored with bounded repeats: linear in the sentence's length.
"""

from __future__ import annotations

import re

#: a labelled claim: "CLAIM:", "The claim:", "What was claimed:", "Viral claim:", nl "Bewering:", "De claim:", ar
#: "الادعاء:", "ادعاء:", "الزعم:" (a colon or a dash right after the label); "Claim reviewed:", "What is being claimed:"
_CLAIM_LABEL = re.compile(
    r"^\W{0,3}(?:(?:the|our|viral|what was|what is being|a|de|het|virale)\s{1,3})?"
    r"(?:claims?(?:\s{1,3}reviewed)?|claimed|bewering|beweringen|claim)\s{0,3}[:\-–—]"
    r"|^\W{0,3}(?:ال)?(?:ادعاء|[اإ]دعاء|زعم)\s{0,3}[:\-–—]",
    re.IGNORECASE,
)

#: a verb that reports a claim ("claims that", "alleged", nl "beweert", ar "يزعم")
_CLAIMING = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|purport(?:s|ed)?|beweert|beweerde|beweerden|beweren|claimt|claimde|"
    r"claimden|suggereert|suggereerde)\b|(?:يزعم|تزعم|زعم|زعمت|زعموا|يدعي|تدعي|ادعى|ادعت|[اإ]دعاء|مزاعم)",
    re.IGNORECASE,
)

#: the words of a fact checker's scale that say a claim is false or misleading: a denial's ("That is misleading.",
#: "Dat is onjuist.", "هذا مضلل.") and a verdict's (summarise/verdicts.py _RATING: "OUR VERDICT: MISLEADING", "Oordeel:
#: onwaar", "الحكم: مضلل"): one list per language, shared by both; this one is en
FALSE_RATINGS = ("false|untrue|wrong|incorrect|inaccurate|misleading|exaggerated|unfounded|baseless|unsupported")
#: ... nl
FALSE_RATINGS_NL = "onwaar|onjuist|misleidend|overdreven"
#: ... ar (masculine or feminine: "مضلل", "مضللة")
FALSE_RATINGS_AR = "غير صحيحة?|غير دقيقة?|مضللة?|زائفة?|كاذبة?|خاطئة?"

#: a short sentence that denies what the sentence before it said: "That is not correct.", "This is false.", "That is
#: misleading.", "It is not true.", nl "Dat klopt niet.", "Dat is onjuist.", ar "هذا غير صحيح.", "وهذا ادعاء مضلل."
_DENIAL = re.compile(
    r"^\W{0,3}(?:but |however,? )?(?:that|this|it|the claim|this claim|that claim|the post|this post)(?:'s|’s| is| was|"
    r" are| were)(?: simply| not quite| only partly| partly| largely| mostly)?"
    rf" (?:not (?:correct|true|accurate|right|the case)|{FALSE_RATINGS}|half[- ]true|partly (?:true|false)|mostly false)\b"
    r"(?:\s(?:and|but|because|as|since)\b[^.!?]{0,80}|,[^.!?]{0,60})?[.!]?\s{0,3}$"
    r"|^\W{0,3}(?:maar )?(?:dat|dit|het|die bewering|deze bewering|de bewering)"
    r" (?:klopt (?:niet|maar (?:ten )?deels|(?:maar )?half)|is (?:niet (?:waar|juist|correct)|"
    rf"{FALSE_RATINGS_NL}|ongegrond|(?:maar )?(?:ten )?deels (?:waar|juist)))\b"
    r"(?:\s(?:en|maar|want|omdat)\b[^.!?]{0,80}|,[^.!?]{0,60}|\s(?:helemaal|volledig))?[.!]?\s{0,3}$"
    r"|^\W{0,3}(?:لكن |ولكن )?و?(?:هذا|هذه|ذلك|هو|هي|الادعاء|هذا الادعاء)"
    rf"\s(?:{FALSE_RATINGS_AR}|(?:ادعاء|زعم|خبر) (?:كاذب|مضلل|خاطئ|زائف)|ليس صحيحا|ليست صحيحة)"
    r"[^.!?؟]{0,60}[.!]?\s{0,3}$",
    re.IGNORECASE,
)


#: how far a claim spread ("A post making this claim has been shared more than 5,000 times on Facebook since
#: Monday.", nl "Het bericht is meer dan 5.000 keer gedeeld op Facebook.", ar "تمت مشاركة المنشور أكثر من 5000 مرة على
#: فيسبوك"): a verb of spreading and a count or a platform in the same sentence. Says nothing about whether the claim
#: is true, so it is no verdict's reason (review 29b, 3)
_SPREAD_VERB = re.compile(
    r"\b(?:shared|viewed|liked|retweeted|reposted|forwarded|circulated|circulating|watched|gedeeld|bekeken|geliked|"
    r"verspreid|doorgestuurd)\b|(?:مشاركة|شوهد|شوهدت|تداول|تداولت|انتشر|انتشرت|مشاهدة)", re.IGNORECASE)
_SPREAD_WHERE = re.compile(
    r"\b(?:times|keer|facebook|instagram|tiktok|whatsapp|telegram|twitter|x|youtube|social media|sociale media)\b"
    r"|(?:مرة|فيسبوك|فيس بوك|تويتر|إكس|تيك توك|واتساب|تلغرام|مواقع التواصل)", re.IGNORECASE)
#: a fact checker's notice about its platform work ("This article is part of our work with Meta's third-party
#: fact-checking programme …", nl "… factcheckprogramma van Meta", ar "… برنامج ميتا لتدقيق المعلومات"): no reason either
_PLATFORM_NOTICE = re.compile(
    r"fact[- ]?check(?:ing|ers?)?\s(?:programme|program|partner|partnership|initiative)|third[- ]party fact"
    r"|factcheck(?:programma|partner)|(?:برنامج|شراكة)[^.!?؟]{0,40}(?:تدقيق|التحقق|للتحقق|لتدقيق)", re.IGNORECASE)


def spread_or_notice(sentence: str) -> bool:
    """Whether `sentence` reports how far a claim spread or is the checker's platform notice (`_SPREAD_VERB` with
    `_SPREAD_WHERE`, `_PLATFORM_NOTICE`): about the claim's reach or the page, not the verdict's reason."""
    return bool(_SPREAD_VERB.search(sentence) and _SPREAD_WHERE.search(sentence)) or bool(
        _PLATFORM_NOTICE.search(sentence))


def platform_notices(sentences: list[str]) -> set[int]:
    """Indices of the fact checker's platform notices (`_PLATFORM_NOTICE`); the caller reads them on a fact check's
    page only (a story about a platform's fact-checking programme states news)."""
    return {i for i, s in enumerate(sentences) if _PLATFORM_NOTICE.search(s)}


def is_labelled_claim(sentence: str) -> bool:
    """Is `sentence` a fact check's labelled claim ("CLAIM: …", "Bewering: …", "الادعاء: …")?"""
    return bool(_CLAIM_LABEL.match(sentence))


def is_denial(sentence: str) -> bool:
    """Is `sentence` a short denial of the sentence before it ("That is not correct.", "Dat klopt niet.")?"""
    return bool(_DENIAL.match(sentence))


def claim_lines(sentences: list[str]) -> set[int]:
    """Indices of the sentences that state a checked claim: a labelled claim, or a sentence that reports a claim
    (`_CLAIMING`) with its denial (`is_denial`) as the next sentence."""
    out = {i for i, s in enumerate(sentences) if is_labelled_claim(s)}
    for i in range(len(sentences) - 1):
        if _CLAIMING.search(sentences[i]) and is_denial(sentences[i + 1]):
            out.add(i)
    return out
