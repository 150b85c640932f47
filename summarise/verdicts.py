"""A fact check's verdict label carried into its takeaways.

A fact-check page rates the claim it checks on a line of its own, a label and a rating from a fact checker's scale
("OUR VERDICT: MISLEADING", "Rating: Mostly false", nl "Ons oordeel: Misleidend", ar "الحكم: مضلل"; the summariser
reads the English translation, "Judgment: untrue"), and states its reason in the sentence under it ("The recycling
budget fell by 11 per cent."). The label line is too short to be a candidate, and the claim is no takeaway
(summarise/factcheck.py), so the takeaways gave the reason without the finding. The bullet taken from the reason
sentence now opens with the verdict line, in the page's own words, its shouting case lowered ("Our verdict:
misleading. The recycling budget fell by 11 per cent."): every word of it is on the page, and its evidence names both
sentences. Where the reason is no bullet, the verdict and its reason come first as one.

A rating is a fact checker's word (false, misleading, half true, onwaar, مضلل), the whole line after the label: a
review's "Verdict: 4 out of 5" is a score (summarise/ratings.py), a court's "Verdict: guilty" or "Verdict: the council
must pay" no rating of a claim. Patterns are anchored at both ends with bounded repeats: linear in the line's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarise.factcheck import FALSE_RATINGS, FALSE_RATINGS_AR, FALSE_RATINGS_NL

#: the label: "Verdict", "Our verdict", "Rating", "Ruling", "Conclusion", a translation's "Judgment" / "Assessment";
#: nl "(Ons) oordeel", "Eindoordeel", "Conclusie", "Beoordeling"; ar "الحكم", "حكمنا", "التقييم", "النتيجة", "الخلاصة"
_LABEL = (r"(?:(?:our|the|final|factline'?s?)\s{1,3})?(?:verdict|rating|ruling|conclusion|judg(?:e)?ment|assessment|"
          r"finding)"
          r"|(?:(?:ons|het|onze|de)\s{1,3})?(?:oordeel|eindoordeel|conclusie|beoordeling|verdict|label)"
          r"|(?:ال)?(?:حكم|تقييم|نتيجة|خلاصة)(?:نا)?")
#: the rating: a fact checker's scale (en, and what a translation of the nl and ar scales gives), nl, ar; its false
#: words are factcheck's FALSE_RATINGS lists, shared with a denial's
_RATING = (r"(?:(?:mostly|partly|partially|largely|half|somewhat)[\s-]{1,3})?(?:"
           rf"{FALSE_RATINGS}|true|correct|accurate|unproven|unverified|fabricated|fake|altered|distorted|satire)"
           r"|not (?:true|correct|accurate)|pants on fire|no evidence|(?:missing|lacks|needs|lacking) context"
           rf"|(?:(?:grotendeels|deels|gedeeltelijk|half)\s{{1,3}})?(?:{FALSE_RATINGS_NL}|waar|juist|"
           r"onbewezen|ongefundeerd|nep|gemanipuleerd)"
           r"|niet waar|(?:ontbrekende|mist) context"
           rf"|(?:{FALSE_RATINGS_AR}|صحيحة?|مفبركة?|ساخرة?)(?:\s{{1,3}}جزئيا\u064b?)?"
           r"|مبالغ فيه|(?:يفتقر|تفتقر) (?:الى|إلى) السياق|بحاجة (?:الى|إلى) سياق")
_VERDICT = re.compile(rf"^\W{{0,3}}(?P<label>{_LABEL})\s{{0,3}}[:\-–—]\s{{0,3}}(?P<rating>{_RATING})\s{{0,3}}[.!]?\s{{0,3}}$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class FactVerdict:
    """The verdict line's index among the sentences, and its text as a bullet's opening ("Our verdict: misleading.")."""

    index: int
    text: str


def _as_written(label: str, rating: str) -> str:
    """The verdict in the page's words, its shouting case lowered: "OUR VERDICT" -> "Our verdict", "MISLEADING" ->
    "misleading" (a rating in mixed case stays as written: "Mostly False")."""
    if label.isupper():
        label = label[:1] + label[1:].lower()
    if rating.isupper():
        rating = rating.lower()
    return f"{label}: {rating}."


def fact_verdict(sentences: list[str]) -> FactVerdict | None:
    """The page's fact-check verdict line (the first one), or None."""
    for i, sentence in enumerate(sentences):
        found = _VERDICT.match(sentence.strip())
        if found:
            return FactVerdict(i, _as_written(found.group("label"), found.group("rating")))
    return None


def is_verdict(sentence: str) -> bool:
    """Is `sentence` a fact check's verdict line ("OUR VERDICT: MISLEADING", "Oordeel: onwaar", "الحكم: مضلل")?"""
    return _VERDICT.match(sentence.strip()) is not None


def with_verdict(verdict: FactVerdict, bullet: str) -> str:
    """The reason's bullet opened by the verdict ("Our verdict: misleading. The recycling budget fell by …")."""
    return f"{verdict.text} {bullet}"
