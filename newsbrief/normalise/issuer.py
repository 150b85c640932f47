"""The organisation a government or institution page names as its source, for the record's byline.

A government press release names no reporter: it says which body issued it under a "From:" label (gov.uk's
"<dt>From:</dt><dd><a>Department for …</a> and <a>The Rt Hon …</a></dd>", "Van: Ministerie van …", "من: وزارة …").
That body is the page's author. The label alone is a common word, so the value must name an organisation
(`_ORGANISATION`: a department, ministry, agency, council …); "From: Jane Doe" in a letters page or an e-mail is no
issuer. Of two bodies the first is the issuer (the one the page files the release under).
"""

from __future__ import annotations

import re

from newsbrief.normalise.features import PROSE_MIN_WORDS, PROSE_MIN_WORDS_TERMINAL

#: the label, alone on its line or element, or opening it ("From:", "Van:", "من:")
_FROM_LABEL = re.compile(r"^\W{0,2}(?:from|van|من)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
#: a word that names an organisation, of government or an institution
_ORGANISATION = re.compile(
    r"\b(?:department|ministry|office|agency|council|government|commission|authority|secretariat|cabinet|"
    r"parliament|embassy|directorate|executive|inspectorate|ministerie|gemeente|rijksoverheid|provincie|overheid|"
    r"waterschap|inspectie|ambassade)\b|(?:وزارة|هيئة|مكتب|مجلس|الحكومة|سفارة|رئاسة|مديرية|بلدية|الوزارة)",
    re.IGNORECASE)
#: where a second body or an office-holder starts after the first ("… Rural Affairs and The Rt Hon Minister for
#: Nature", "Ministerie van Financiën en Belastingdienst"): only before such a word, so that "Ministry of Housing,
#: Communities and Local Government" stays whole
_SECOND_BODY = re.compile(
    r"\s+(?:and|en|&)\s+(?=(?:the\s+|de\s+|het\s+)?(?:rt\s+hon|right\s+honourable|minister|secretary|staatssecretaris|"
    r"department|ministry|office|agency|ministerie|hm\s)|و(?=وزارة|الوزير|هيئة|مكتب))", re.IGNORECASE)
#: an issuer's name has at most this many words
ISSUER_MAX_WORDS = 15
#: where the sender's address starts after the name in an e-mail's header ("Gemeente Utrecht
#: <persberichten@utrecht.nl>", "… [mailto:press@…]", "… (press@…)", a bare "… press@…"): no part of the name. An
#: address's local part is tried from a word's start only (`(?<![\w.+-])`): linear. The byline reader takes an
#: author's address off the same way (metadata.split_byline: "By Choi Jae-hee (cjh@heraldcorp.com)")
ADDRESS_AFTER_NAME = re.compile(r"\s*(?:<|\[?mailto:|\(?(?<![\w.+-])[\w.+-]+@[\w-]).*$", re.IGNORECASE)
#: the header above a story ends where its body's second paragraph of prose starts (the first may be the summary
#: that gov.uk prints above its "From:" list); a "From:" label below (a quoted e-mail) names no issuer of the page
HEADER_PROSE = 2


def issuer(value: str) -> str | None:
    """The first organisation a "From:" label's value names ("Department for Environment, Food & Rural Affairs and The
    Rt Hon Minister for Nature" -> "Department for Environment, Food & Rural Affairs"), or None when it names none."""
    value = ADDRESS_AFTER_NAME.sub("", " ".join(value.split()))
    first = _SECOND_BODY.split(value, maxsplit=1)[0].strip(" ,;:.\"'“”")
    if not first or len(first.split()) > ISSUER_MAX_WORDS or not _ORGANISATION.search(first):
        return None
    return first


def issuer_in_lines(lines: list[str]) -> str | None:
    """The issuer a "From:" label among `lines` names: on its own line with the value on the next, or on one line."""
    for k, line in enumerate(lines):
        found = _FROM_LABEL.match(line.strip())
        if not found:
            continue
        value = found.group("value") or (lines[k + 1] if k + 1 < len(lines) else "")
        if named := issuer(value):
            return named
    return None


def issuer_in_tree(root) -> str | None:
    """The issuer an HTML page's "From:" label element in the header above the story (`HEADER_PROSE`) names: the
    element right after it (a <dt>'s <dd>), its first link's words when it links each body ("<a>Department …</a> and
    <a>…</a>"), else its words."""
    if root is None:
        return None
    prose = 0
    # the header starts at the headline: a cookie banner's paragraphs above it are no story (gov.uk's), so prose is
    # counted from the first <h1> on where the page has one
    headline_seen = next(root.iter("h1"), None) is None
    for label in root.iter("h1", "p", "dt", "th", "strong", "b", "span"):
        if label.tag == "h1":
            headline_seen = True
            continue
        if label.tag == "p":
            prose += headline_seen and _prose(label.text_content())
            if prose >= HEADER_PROSE:
                return None  # the story's body: the header above it had no issuer
            continue
        found = _FROM_LABEL.match(" ".join(label.text_content().split()))
        if not found or found.group("value"):
            continue
        value = label.getnext()
        if value is None:
            continue
        links = [" ".join(a.text_content().split()) for a in value.iter("a")]
        if links and links[0] and (named := issuer(links[0])):
            return named
        if named := issuer(value.text_content()):
            return named
    return None


def _prose(text: str) -> bool:
    """A paragraph of running text, as features.py reads a line: a sentence of some length, or simply long."""
    n = len(text.split())
    return n >= PROSE_MIN_WORDS or n >= PROSE_MIN_WORDS_TERMINAL and text.rstrip().endswith((".", "!", "?", "؟"))
