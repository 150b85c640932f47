"""What a sentence reports: a count or amount, or only the procedure around the news.

Tester 30c (stop 30, D2/D4/D7) read takeaways that spent bullets on how a story's news came about and passed over the
news itself: a court report's "She spoke only to confirm her name, age and address." / "The case was adjourned
until 14 March." over paragraph 6's "Prosecutors say she took £86,000 from 23 residents …"; a planning story's "The
application was considered by the committee at a meeting …" over "The estate will have 600 homes …"; a fire's "One
firefighter died." never a candidate (under six words). Two signals, both explainable and both language-light (an
Arabic or Dutch story reaches the summariser translated into English):

* `states_count`: the sentence gives a count or an amount — a number that is not a year, a date's day or a clock
  time, a money or percent figure, or a number word before a noun ("Two men were arrested.", "No one was hurt.");
  `states_toll` when what it counts is people killed, hurt, displaced or detained (`repeats.COUNTED`'s words);
* `procedural`: the sentence reports a step of a procedure the reader needs no bullet for (a hearing's formalities,
  bail, an adjournment, "inquiries are continuing", "declined to comment", a committee's meeting and site visit)
  and states no count (`PROCEDURE`, one well-kept English list).

summarise/extractive.py ranks a toll up (`ExtractiveConfig.toll_factor`), a procedure's step last
(`procedure_last`), and lets a short sentence that states a count be a candidate (`short_count_words`).
"""

from __future__ import annotations

import re

from summarise.repeats import COUNTED
from summarise.text import MONTHS, MONTH_ABBREVIATIONS, numbers

_MONTH = "|".join(MONTHS + MONTH_ABBREVIATIONS)
#: a number that is a date's day ("14 March", "March 14", "June 1"), a clock time ("3am", "10:30", "3.15pm") or a
#: bare year: when it happened, not how many
_NOT_A_COUNT = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b|\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\b(?:1[6-9]|20)\d\d(?:s)?\b"
    # ... or no count at all: a rank ("joint 11th"), a duration ("for 5 minutes"), digits glued to a word
    # ("Reuters2008All rights reserved")
    r"|\b\d+(?:st|nd|rd|th)\b|\b\d+(?:[.,]\d+)?\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b"
    # (the glued run starts only at a word's start: else it restarts at every letter of a long run, quadratic)
    r"|(?<![^\W\d_])[^\W\d_]+\d+\w*",
    re.IGNORECASE,
)
#: an amount whatever its size: money or a share
_AMOUNT = re.compile(r"[£$€¥]\s?\d|\d\s?(?:%|per ?cent\b|percent\b)", re.IGNORECASE)
#: a number word before what it counts ("two men", "No one", "dozens of homes"); "one of the …" is no count, nor
#: is a duration ("for two hours") or a pronoun's "one" ("This one was tricky.")
_COUNT_WORD = re.compile(
    r"(?<!\bthis )(?<!\bthat )(?<!\bthe )(?<!\bwhich )(?<!\beach )(?<!\bevery )(?<!\bany )"
    r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion)(?!\s+(?:of|another|time|times|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)\s+[a-z]"
    r"|(?:dozens|hundreds|thousands|millions)\s+of\b|no\s+one\b|nobody\b)",
    re.IGNORECASE,
)


def states_count(sentence: str) -> bool:
    """Does the sentence give a count or an amount (not only a date, a clock time or a year)?"""
    if _AMOUNT.search(sentence) or _COUNT_WORD.search(sentence):
        return True
    left = _NOT_A_COUNT.sub(" ", sentence)
    return bool(numbers(left))


#: steps of a procedure a story reports around its news (English: the summariser reads translated text). Each names
#: the step, not a topic word: "court", "police" or "committee" alone are news in many stories
PROCEDURE = (
    r"confirm(?:ed|ing)? (?:his|her|their) (?:name|names|age|address|date of birth)",
    r"(?:no|did not enter a|did not enter any|entered no) pleas?\b",
    r"(?:case|hearing|trial|inquest|proceedings|meeting) (?:was|were|has been|have been|is|will be) adjourned",
    r"\badjourned (?:until|to|till)\b",
    r"remanded (?:in custody|on bail)",
    r"(?:granted|released on|given) (?:conditional |unconditional |police )?bail",
    r"will (?:next )?appear (?:before|at|in) (?:\w+ ){0,3}(?:court|magistrates)",
    r"(?:brought|taken) before (?:an? |the )?(?:examining |investigating )?(?:magistrate|judge)",
    r"(?:enquiries|inquiries|investigations?) (?:are|were|is|was|remain) (?:continuing|ongoing|under way|underway)",
    r"(?:appeal(?:ed|ing)?|asked|asking) for (?:any )?witnesses",
    r"witnesses to come forward",
    r"anyone with (?:any )?information",
    r"declined to comment|(?:did not|didn't) (?:immediately )?respond to (?:a |requests? for )?(?:request for )?comment"
    r"|could not (?:immediately )?be reached for comment"
    r"|(?:no one|nobody)(?: \w+){0,4} (?:was|were|could be) (?:immediately )?(?:available|reached) for comment",
    r"(?:heard|considered) representations",
    r"(?:after|following) a site visit|(?:at|during) a meeting (?:at|of|held)",
    r"(?:in|at|during) a press conference held",
    r"decision notice|(?:reviewed|studied|examined) (?:all )?the proposals",
)
_PROCEDURE = re.compile("|".join(f"(?:{p})" for p in PROCEDURE), re.IGNORECASE)


def procedural(sentence: str) -> bool:
    """Does the sentence report only a step of a procedure (a hearing's formalities, bail, an adjournment, an
    investigation going on, a refusal to comment, a committee's meeting), stating no count of its own?

    The count is read outside the step's own words: "No one was available for comment." names nobody to quote, and
    its "no one" is no count, while "Inquiries are continuing and no one has been arrested." still counts."""
    return bool(_PROCEDURE.search(sentence)) and not states_count(_PROCEDURE.sub(" ", sentence))


_TOLL_WORDS = re.compile(r"\b(?:" + "|".join(w for ws in COUNTED.values() for w in ws) + r")\b", re.IGNORECASE)


def states_toll(sentence: str) -> bool:
    """Does the sentence count the people an event killed, hurt, displaced or detained (`states_count` with one of
    `repeats.COUNTED`'s words: "at least 112 have died", "Two men were arrested.")?"""
    return bool(_TOLL_WORDS.search(sentence)) and states_count(sentence)
