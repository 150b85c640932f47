"""News agencies by name, and a wire credit line that names one ("ANP", "(ANP)", "Bron: ANP", "© Reuters",
"المصدر: رويترز").

Shared by the dateline reader (datelines.py: "AMSTERDAM (ANP) -") and the byline reader (metadata.py: "Door onze
redactie / ANP" keeps its agency). Latin names match case-insensitively; Arabic ones on the alef-folded text
(`phrases.fold_arabic`), so "أ ف ب" is written once.
"""

from __future__ import annotations

import re

from newsbrief.normalise.phrases import ARABIC_LETTER, fold_arabic, fold_arabic_positions

#: (a longer name before its prefix: "pa media" before "pa", so an unanchored match takes the whole name)
AGENCIES_LATIN = (
    r"reuters|ap|afp|anp|dpa|belga|bloomberg|upi|efe|ansa|xinhua|anadolu|wam|kuna|spa|mena|pa media|pa wire|pa|petra|"
    r"aap|australian associated press|the canadian press|canadian press|cp|apa|tass|interfax|kyodo|yonhap|"
    r"lusa|europa press|ritzau|ntb|associated press|agence france-presse|press association|novum|wafa|"
    # South and South-East Asia's and Africa's national agencies, whose copy fills English papers there ("NEW DELHI,
    # Jan 5 (PTI) -", "(With inputs from IANS)"), their short names in capitals only, as the agencies write them
    r"bernama|antara|press trust of india|asian news international|news agency of nigeria|kenya news agency|"
    r"philippine news agency|(?-i:PTI|IANS|KNA|PNA|BSS)|"
    # "(Agencies)": a paper's credit for wire copy from several agencies (as "وكالات" below)
    r"agencies"
)
AGENCIES_ARABIC = (
    r"رويترز|ا ف ب|ا\.ف\.ب|ا ش ا|ا\.ش\.ا|ا ب|اسوشيتد برس|الفرنسية|فرانس برس|د ب ا|د\.ب\.ا|الاناضول|وام|واس|كونا|سانا|قنا|بنا|"
    r"بترا|سبا|واع|العمانية|شينخوا|تاس|انترفاكس|يونهاب|كيودو|وكالات|الوكالات|وفا|"
    # the Maghreb's agencies (Morocco's و م ع, Algeria's واج, Tunisia's وات), and "(الوكالة)": an agency's own site
    # crediting itself ("the agency"), as "(ANP)" on ANP's
    r"و م ع|و\.م\.ع|واج|وات|الوكالة"
)
AGENCY = rf"(?:{AGENCIES_LATIN}|{AGENCIES_ARABIC})"
#: the agencies whose short names are words too ("APP" a menu's item, "Ani", "Uni", "Nan" given names): an agency only
#: in brackets, as a dateline writes it ("ISLAMABAD (APP) -", "LAGOS, Jan 5 (NAN) -"), never a line of its own
AGENCIES_BRACKETED = r"(?-i:APP|ANI|UNI|NAN)"
#: an agency as brackets may hold it
AGENCY_IN_BRACKETS = rf"(?:{AGENCY}|{AGENCIES_BRACKETED})"

#: Arab papers that credit themselves after a dateline's place ("الفجيرة - «الخليج»: …", datelines._PAPER_OPENING), on
#: the alef-folded key: a name in guillemets after an unknown word is a slogan as often ("ترامب - «أمريكا أولا»: …"), so
#: an Arabic place that is no known place is taken only before one of these
ARABIC_PAPERS = frozenset(fold_arabic(name) for name in (
    "الخليج", "الاتحاد", "البيان", "الرؤية", "الوطن", "الرياض", "عكاظ", "المدينة", "الشرق الأوسط", "الأهرام",
    "الأخبار", "الراية", "الشرق", "العرب", "القبس", "الرأي", "الجريدة", "الأيام", "الوسط", "الغد", "الدستور",
    "النهار", "الشروق", "المصري اليوم", "اليوم", "الجزيرة", "عمان", "الشبيبة", "الثورة", "الصباح", "الخبر",
    "هسبريس", "المساء", "الإمارات اليوم", "الخليج تايمز",
))


def known_paper(name: str) -> bool:
    """Whether `name` (a dateline's paper, as written or folded) is one of ARABIC_PAPERS."""
    return fold_arabic(" ".join(name.split())) in ARABIC_PAPERS


#: one agency, or two joined ("ANP/AFP", "Reuters, AP"), bare or in brackets
_AGENCIES = rf"[(\[]?\s{{0,3}}{AGENCY}(?:\s{{0,3}}[/,&]\s{{0,3}}{AGENCY}){{0,2}}\s{{0,3}}[)\]]?"
_ONLY = re.compile(rf"^(?:{_AGENCIES}|[(\[]\s{{0,3}}{AGENCIES_BRACKETED}\s{{0,3}}[)\]])$", re.IGNORECASE)
#: the word that labels where a line's text or address comes from, in each language ("Source:", "Bron:", "المصدر:"):
#: a credit line's (here), a source line's under the story (attribution) and an address line's (urldate); each adds
#: the forms of its own (plurals, the indefinite مصدر, "Link:")
SOURCE_LABEL = r"source|bron|المصدر"
#: every form of the source label, plurals and the indefinite مصدر with it ("Sources:", "Bronnen:", "المصادر:",
#: "مصدر:"): a source line's under the story (attribution), under a chart (charts) and a credit before a colon (datelines)
SOURCE_LABELS = rf"{SOURCE_LABEL}|sources|bronnen|المصادر|مصدر"
#: the labels a credit line puts before the agency: "Bron:", "Source:", "المصدر:", "©", "(c)", "Copyright"
_LABEL = rf"(?:(?:{SOURCE_LABEL}|مصدر)\s{{0,3}}:|©|\(c\)|copyright(?!\s*:))"
_CREDIT = re.compile(rf"^(?P<label>{_LABEL})?\s{{0,3}}(?P<agency>{_AGENCIES})\s{{0,3}}\.?$", re.IGNORECASE)


def _key(text: str) -> str:
    return fold_arabic(text) if ARABIC_LETTER.search(text) else text


def agency_only(text: str) -> bool:
    """The text names an agency and nothing else: "Reuters", "(ANP)", "رويترز", "ANP/AFP"."""
    return len(text) <= 80 and _ONLY.match(_key(text.strip())) is not None


def credit_line(text: str) -> tuple[str, bool] | None:
    """A wire credit line's agency and whether it carries a copyright sign ("© ANP": a photo's credit as often as the
    story's), else None: "ANP", "(ANP)", "Bron: ANP", "Source: Reuters", "المصدر: رويترز", "© ANP"."""
    text = text.strip()
    if len(text) > 80:
        return None
    key, at = fold_arabic_positions(text) if ARABIC_LETTER.search(text) else (text, None)
    found = _CREDIT.match(key)
    if found is None:
        return None
    label = (found.group("label") or "").casefold()
    # the agency as the page writes it: the folded key drops an Arabic page's diacritics, so its match is mapped back
    agency = text[found.start("agency"):found.end("agency")] if at is None else \
        text[at[found.start("agency")]:at[found.end("agency")]]
    agency = agency.strip().strip("()[]").strip()
    return agency, label in ("©", "(c)", "copyright")


#: an agency's short name and the long names a credit line spells it with ("Associated Press, WASHINGTON (AP)": the
#: agency is named once already); keys and names alef-folded and casefolded
_LONG_NAMES = {
    "ap": ("associated press",),
    "afp": ("agence france-presse", "agence france presse", "france presse", "france-presse"),
    "pa": ("press association", "pa media"),
    "dpa": ("deutsche presse-agentur",),
    "upi": ("united press international",),
    "anp": ("algemeen nederlands persbureau",),
    "ا ف ب": ("فرانس برس", "الفرنسية"),
    "د ب ا": ("الالمانية",),
    "ا ش ا": ("انباء الشرق الاوسط",),
}


def names_agency(text: str, agency: str) -> bool:
    """Whether `text` (an author's credit line) names `agency` already, by itself or by its long name ("Reuters Staff"
    names Reuters; "The Associated Press" names AP; "AP" is no word of "Japhet")."""
    key, name = fold_arabic(text).casefold(), fold_arabic(agency).casefold().strip()
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", key) for n in (name, *_LONG_NAMES.get(name, ())))


#: an agency's site crediting itself: "(الوكالة)", "المصدر: الوكالة" ("the agency", alef-folded). It names no agency;
#: the page does, in its masthead or its footer (`own_agency`)
SELF_CREDIT = "الوكالة"
#: an agency's full name as its masthead or footer writes it: "وكالة الأنباء الأردنية", "وكالة أنباء الإمارات", "وكالة
#: المغرب العربي للأنباء", "لوكالة الأنباء العمانية" (a footer's "© … لـ"), the news word ("أنباء") among its first
#: four words; then its short name in brackets when it gives one ("(بترا)"). On the alef-folded text; a name's word is
#: a run of letters, so the match stops at a bracket, a dash or a digit
_WORD = r"[\u0621-\u064a]{2,20}"
_AGENCY_NAME = re.compile(
    rf"(?<![\u0621-\u064a])[لب]?(?P<name>وكالة\s(?:(?:ال)?انباء(?:\s{_WORD}){{1,2}}|{_WORD}(?:\s{_WORD}){{0,2}}\sللانباء))"
    rf"(?:\s{{0,3}}\(\s{{0,3}}(?P<short>{AGENCIES_ARABIC})\s{{0,3}}\))?")
#: a masthead or a footer is a short line: a story's sentence that names an agency ("نقلت وكالة الأنباء الفرنسية عن
#: …") is no statement of the page's own
OWN_NAME_MAX_CHARS = 80


def self_credit(name: str) -> bool:
    """Whether a byline's part is an agency's credit to itself ("الوكالة")."""
    return fold_arabic(name).strip(" ()[]") == SELF_CREDIT


def page_agency(texts) -> str | None:
    """The agency a page names as its own in a short line (a masthead's "وكالة الأنباء الأردنية (بترا)", a footer's
    "جميع الحقوق محفوظة لوكالة الأنباء العمانية"): its short name when the line gives one in brackets, else its full
    name as the page writes it; None when no short line names one."""
    for text in texts:
        if len(text) > OWN_NAME_MAX_CHARS or not ARABIC_LETTER.search(text):
            continue
        key, at = fold_arabic_positions(text)
        found = _AGENCY_NAME.search(key)
        if found:
            group = "short" if found.group("short") else "name"
            return text[at[found.start(group)]:at[found.end(group)]].strip()
    return None


#: a footer's rights line ("© 2026 …", "جميع الحقوق محفوظة لوكالة …"), which names the page's owner wherever it stands
_RIGHTS = re.compile(r"©|\(c\)|حقوق", re.IGNORECASE)


def masthead_lines(lines) -> list[str]:
    """The lines that may state the page's own agency, of (text, role) pairs: the lines the rules removed (a masthead,
    a footer) and a kept rights line. Never the headline nor the story's text: a headline or a paragraph that names an
    agency ("رئيس الوزراء يستقبل وفد وكالة أنباء الإمارات") reports on it, it is not the page's own."""
    return [text for text, role in lines if role == "removed" or (role != "title" and _RIGHTS.search(text))]


def own_agency(byline: str | None, texts) -> str | None:
    """`byline` with an agency's credit to itself ("الوكالة", "سامي يوسف, الوكالة") named as the page names the
    agency (`page_agency`), or dropped when the page names none: "the agency" tells a reader nothing (None when
    nothing else is left)."""
    if not byline or not any(self_credit(part) for part in byline.split(",")):
        return byline
    agency = page_agency(texts)
    parts = [agency if self_credit(part) else part.strip() for part in byline.split(",")]
    return ", ".join(dict.fromkeys(p for p in parts if p)) or None


#: the words that name an agency itself, not a place: a masthead "Jordan News Agency (Petra)", "وكالة الأنباء
#: الأردنية (بترا)" has a dateline's shape, PLACE (AGENCY)
_AGENCY_WORDS = re.compile(r"(?<!\w)(?:agency|agence|agentschap|persbureau|news service|وكالة|لوكالة)(?!\w)",
                           re.IGNORECASE)


def names_an_agency(text: str) -> bool:
    """Whether `text` (a dateline's would-be place) names a news agency itself ("Jordan News Agency", "وكالة الأنباء
    الأردنية"): a masthead, no place."""
    return _AGENCY_WORDS.search(fold_arabic(text)) is not None
