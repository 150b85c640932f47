"""Pages that hold no news but an offer: a job advertisement, a property listing, a shop's product page, an event's
ticket page (stop 30, tester 30a #13).

The normaliser keeps their descriptions as it keeps a story, so `summarise` wrote takeaways for a vacancy as if it
were news. `not_news` names such a page by its shape, never by one phrase: a call to act and the short field lines an
offer is made of, each on a line of its own ("Salaris: € 3.800 - € 5.200", "Bedrooms: 3", "120 m²", "Op voorraad"):

* a job ad: an application call ("Apply now", "Solliciteer direct", "قدم الآن", "How to apply") and at least
  MIN_FIELDS job fields (salary, hours, contract, education, the closing date);
* a property listing: a price line ("Vraagprijs € 425.000 k.k.", "Asking price: £350,000", "السعر: 1,200,000
  درهم") and at least MIN_FIELDS fields (rooms, bedrooms, floor area, build year, energy label, a viewing call);
* a product page: a price line, an add-to-cart call ("Add to basket", "In winkelwagen", "أضف إلى السلة") and one
  more shop field (stock, delivery, article number, quantity);
* an event page: a ticket call ("Buy tickets", "Tickets kopen", "احجز تذكرتك") and at least MIN_FIELDS event fields
  (venue, doors open / start time, entrance price) above its description.

The bound that keeps it off a story ABOUT jobs, house prices or a product: the fields count only on short lines of
their own (at most FIELD_MAX_WORDS words), where a story's "the asking price of €425,000 for three bedrooms" is a
sentence; a field states its value (a label alone, "Salary threshold" over an explainer's paragraph, is a subheading)
and a call is no subheading over prose ("How to apply" in an explainer on visas); the fields stand in the page's head
or its kept text, never in a box the rules removed below the story (a subscription offer, a practical-info box) —
but a job ad's fields and call right under its description, with no title of their own between, are its facts
(`_job_facts_under_text`); and a page with a byline (an author) is journalism — a review under "By …" with a "Buy now" box stays
an article (a byline the rules read off one of the offer's own field lines, "نوع العقد: دوام كامل", is none; nor is a
job ad's recruiter, "Posted by …, Recruitment Consultant"). A review with no byline is one by its verdict sentence,
a headline that calls it a review, or its pros and cons with a rating (`_reviewed`): no shop's or ticket page. The shapes need a call or a price AND fields of their kind, so a story's fact box ("Vraagprijs: …") alone
is no listing.

`summarise` warns and does not refuse: unlike an error page (noarticle.py) such a page has a text worth reading, and
its takeaways (the role, the salary, the closing date) are what an analyst wants from it; the warning, which opens
with NOT_NEWS, says that they summarise an offer, not a report. Nothing is removed here.
"""

from __future__ import annotations

import re

from newsbrief.normalise.deadlines import closing_line, start_line
from newsbrief.normalise.features import Features
from newsbrief.normalise.lines import Line, single_spaced
from newsbrief.normalise.verdictlines import rating_line, verdict_paired
from newsbrief.normalise.phrases import match_key

#: how the warning starts
NOT_NEWS = "the page is no news article"
#: a field or a call is a line of at most this many words (a story's sentence about a price is longer)
FIELD_MAX_WORDS = 12
#: a call to act may be a short sentence ("Solliciteer vóór 15 januari via de knop hieronder.")
CALL_MAX_WORDS = 20
#: fields of the page's kind it needs besides its call or price
MIN_FIELDS = 2

_CURRENCY = r"(?:€|£|\$|eur|euro|usd|gbp|aed|sar|qar|kwd|egp|mad|درهم|ريال|دينار|جنيه|دولار|يورو)"
#: an amount of money: a currency next to a number, either side. A number ("1 250 000", "3.800,50") starts only
#: where no number goes on before it, and is taken whole at once (an atomic group): a line of digits read as an
#: amount from every one of its digits was quadratic ("Now 1,1,1,…": 5 s for 12 kB, review 31 #5)
_MONEY = re.compile(rf"{_CURRENCY}\s?\d|(?<![\d.,])(?<![\d.,]\s)(?>\d[\d.,]*(?:\s\d[\d.,]*)*)\s?"
                    rf"(?:{_CURRENCY}|k\.k\.|v\.o\.n\.)")

#: each kind's call to act, on the match key (case folded, Arabic alef folded), opening a line
_CALLS = {
    "job": re.compile(
        r"^(?:apply(?:\s+(?:now|today|online|here|for\s+this\s+(?:job|role|position)))?|how\s+to\s+apply"
        r"|solliciteer|direct\s+solliciteren|solliciteren|reageer\s+(?:direct|nu)"
        r"|interesse(?:\s+in\s+deze\s+(?:functie|baan|vacature))?$"
        r"|قدم\s+(?:الان|طلبك)|للتقديم|طريقة\s+التقديم|التقديم\s+(?:على|الان)|ارسل\s+سيرتك)(?!\w)"),
    "product": re.compile(
        r"^(?:add\s+to\s+(?:cart|basket|bag|trolley)|in\s+(?:de\s+)?(?:winkelwagen|winkelmand)|toevoegen\s+aan"
        r"\s+(?:winkelwagen|winkelmand)|bestel\s+nu|اضف\s+(?:الي|ال|في)\s*السل[ةه]|اضف\s+للسل[ةه]|اشتر\s+الان)(?!\w)"),
    "event": re.compile(
        r"^(?:(?:buy|get|book|order)\s+(?:your\s+)?tickets?|tickets?\s+(?:kopen|bestellen|bestel)|koop\s+(?:je\s+)?"
        r"tickets?|bestel\s+(?:je\s+)?tickets?|احجز\s+(?:تذكرتك|تذاكرك|تذاكر|مقعدك)|شراء\s+التذاكر)(?!\w)"),
}
#: a price line: a label and an amount, or an amount alone ("€ 425.000 k.k.", "£1,299.00")
_PRICE_LABEL = re.compile(r"^(?:(?:asking\s+)?price|prijs|vraagprijs|huurprijs|koopsom|rent|now|nu|السعر|سعر)(?!\w)")
_AMOUNT_ALONE = re.compile(rf"^(?:vanaf\s+|from\s+)?(?:{_CURRENCY}\s?\d[\d.,]*(?:,-)?|\d[\d.,]*\s?{_CURRENCY})"
                           r"(?:\s*(?:k\.k\.|v\.o\.n\.|per\s+maand|p/m|pcm|per\s+month|incl\.?\s*btw|inc\.?\s*vat))?$")

# The words of a field that is its own value ("In stock", "Gratis verzending", "Full time", "Plan een bezichtiging"):
# written once, read both by the field's pattern and by `_STATE` (which lets such a line count without a value)
_HOURS_STATE = r"full[- ]?time|part[- ]?time|دوام\s+(?:كامل|جزئي)"
_VIEWING_STATE = r"(?:book|arrange|request)\s+a\s+viewing|plan\s+een\s+bezichtiging|احجز\s+معاين[ةه]"
_STOCK_STATE = (r"in\s+stock|out\s+of\s+stock|(?:niet\s+)?op\s+voorraad|uitverkocht|sold\s+out"
                r"|متوفر|غير\s+متوفر|نفذت\s+الكمي[ةه]")
_DELIVERY_STATE = r"free\s+(?:delivery|shipping)|gratis\s+(?:verzending|bezorging)|شحن\s+مجاني"

#: each kind's field lines, on the match key, opening a short line (a label, or a count and its unit)
_FIELDS = {
    "job": {
        "salary": re.compile(r"^(?:salary|salaris|bruto\s+(?:maand)?salaris|pay|الراتب|الاجر)(?!\w)"),
        "hours": re.compile(r"^(?:hours|working\s+hours|uren|werkuren|aantal\s+uren|\d+\s*(?:-\s*\d+\s*)?(?:uur|hours)"
                            rf"\s+(?:per|a|p/)\s*(?:week|w)|{_HOURS_STATE}|ساعات\s+العمل)(?!\w)"),
        "contract": re.compile(r"^(?:contract(?:\s+type)?|employment\s+type|job\s+type|dienstverband|soort\s+dienstverband"
                               r"|نوع\s+(?:العقد|الوظيف[ةه]|الدوام))(?!\w)"),
        "education": re.compile(r"^(?:education|opleidingsniveau|opleiding|qualifications?|المؤهل(?:\s+العلمي)?)(?!\w)"),
        "closing": closing_line,  # "Closing date: 14 January 2027", "Sluitingsdatum: …" (deadlines.py)
        "location": re.compile(r"^(?:(?:job|work)\s+location|location|standplaats|werklocatie|مكان\s+العمل)(?!\w)"),
    },
    "property": {
        "rooms": re.compile(r"^(?:(?:bed|bath)rooms?|rooms|(?:slaap|bad)?kamers|\d+\s+(?:(?:bed|bath)rooms?|beds?"
                            r"|(?:slaap|bad)?kamers?)|عدد\s+الغرف|غرف(?:\s+النوم)?|\d+\s+غرف)(?!\w)"),
        "area": re.compile(r"^(?:(?:woon|perceel)oppervlakte|oppervlakte|living\s+area|floor\s+area|plot|perceel"
                           r"|المساح[ةه]|\d[\d.,]*\s?(?:m²|m2|sq\.?\s?ft|square\s+feet|متر\s+مربع))(?!\w)"),
        "built": re.compile(r"^(?:bouwjaar|year\s+built|built\s+in|سن[ةه]\s+البناء)(?!\w)"),
        "energy": re.compile(r"^(?:energielabel|energy\s+(?:rating|label)|epc)(?!\w)"),
        "viewing": re.compile(rf"^(?:{_VIEWING_STATE}|bezichtiging|المعاين[ةه])(?!\w)"),
    },
    "product": {
        "stock": re.compile(rf"^(?:{_STOCK_STATE})(?!\w)"),
        "delivery": re.compile(rf"^(?:{_DELIVERY_STATE}|delivery|shipping|bezorging|voor\s+\d+[:.]\d+\s+besteld"
                               r"|التوصيل)(?!\w)"),
        "code": re.compile(r"^(?:sku|ean|artikelnummer|product\s+code|model\s+number|رمز\s+المنتج)(?!\w)"),
        "quantity": re.compile(r"^(?:quantity|qty|aantal|الكمي[ةه])(?!\w)"),
    },
    "event": {
        # (bare "plaats" and "prijs" need their colon: "Plaats een reactie", "Prijs voor beste debuut naar …")
        "venue": re.compile(r"^(?:venue|locatie|location|zaal|plaats(?=\s*:)|المكان|مكان\s+(?:الفعالي[ةه]|الحفل))(?!\w)"),
        "start": start_line,  # a line about its start ("Aanvang: 20:00", "Doors open 19:30"; deadlines.py)
        "entrance": re.compile(r"^(?:tickets?\s+(?:from|vanaf)|entrance|admission|entree|toegang|prijs(?=\s*:)"
                               r"|price(?=\s*:)"
                               r"|سعر\s+(?:التذكر[ةه]|الدخول)|الدخول)(?!\w)"),
    },
}


def field_label(key: str) -> bool:
    """Whether a line's match key opens with the label of a job, property, product or event field ("locatie zwolle",
    "dienstverband vast", "salary £42,000"; the closing and start lines, which need their date, aside): an offer's
    field, never a person's name (bylinelabel.py)."""
    return any(isinstance(rx, re.Pattern) and rx.match(key) for fields in _FIELDS.values() for rx in fields.values())


#: what each kind is called in the warning
_NAMES = {"job": "a job advertisement", "property": "a property listing", "product": "a shop's product page",
          "event": "an event's ticket page"}


#: a field whose words are its value ("In stock", "Gratis verzending", "Full time", "Plan een bezichtiging"), on the
#: match key: every other field needs a value after its label (`_valued`)
_STATE = re.compile(rf"^(?:{_STOCK_STATE}|{_DELIVERY_STATE}|{_HOURS_STATE}|{_VIEWING_STATE})(?!\w)")
#: a label's value on its line: after a colon, or a number ("Salaris: € 3.800", "Woonoppervlakte 132 m²")
_VALUE = re.compile(r"[:：]\s*\S|\d")


#: a recruiter's role after the name in a byline ("Posted by Sarah Lindqvist, Senior Recruitment Consultant",
#: "Geplaatst door Marloes Verbeek, recruiter", "نشر بواسطة: ليلى منصور، مسؤولة التوظيف"), on the match key: who posted
#: a job ad, not who wrote a report (only the job ad's veto asks). The role stands after the comma, as a job title
#: does: a reporter's beat names the same words ("By Jane Doe, Staffing and Labour Correspondent", "محرر شؤون
#: التوظيف"), and "2 hr ago" is a time
_RECRUITER = re.compile(r"[,،]\s*(?:(?:senior|lead|junior|corporate|internal|external|principal|head\s+of|hoofd|"
                        r"medewerker|adviseur|senior-)\s*)?(?:recruit\w*|talent\s+acquisition|hiring\s+(?:manager|team)"
                        r"|headhunt\w*|werving\w*|personeelszaken|uitzendbureau\w*"
                        r"|(?:مسؤول[ةه]?|مدير[ةه]?|[اأ]خصائي[ةه]?|منسق[ةه]?|قسم|فريق)\s+(?:ال)?توظيف"
                        r"|(?:مسؤول[ةه]?|مدير[ةه]?|[اأ]خصائي[ةه]?|منسق[ةه]?|قسم|فريق)\s+الموارد\s+البشري[ةه])(?!\w)")
#: "HR" / "P&O" as a role, written in capitals (the match key has lost them) before a role word after the comma
#: ("…, HR Manager", "…, HR-adviseur", "…, P&O-medewerker"): "hr" alone is an hour ("2 hr ago")
_HR_ROLE = re.compile(r"[,،]\s*(?:Senior\s+)?(?:HR|P&O)[\s-]*(?:[A-Za-z]+\s+)?(?:manager|advis[eo]r|adviseur|officer"
                      r"|partner|business\s+partner|consultant|medewerker|specialist|coordinator|coördinator|lead"
                      r"|director|directeur)(?!\w)", re.IGNORECASE)
_HR_CAPITALS = re.compile(r"(?<![^\W\d_])(?:HR|P&O)(?![^\W\d_])")


def _recruiter(text: str) -> bool:
    """Whether a byline names a recruiter's role after its name (`_RECRUITER`, or "HR …" in capitals: `_HR_ROLE`)."""
    if _RECRUITER.search(match_key(text)):
        return True
    role = _HR_ROLE.search(text)
    return role is not None and _HR_CAPITALS.search(role.group()) is not None


#: a review's verdict written as a sentence after its label ("Verdict: a quick, capable machine for …", "Ons oordeel:
#: een snelle …", "الحكم النهائي: آلة سريعة …"), at least REVIEW_VERDICT_WORDS words after the colon: a shop states
#: none, and a fact check's "Verdict: False" is one word
_VERDICT = re.compile(r"^\W*(?:(?:our|the|final|onze|ons)\s+)?(?:verdict|conclusion|conclusie|oordeel|eindoordeel"
                      r"|الحكم(?:\s+النهائي)?|الخلاص[ةه]|ر[اأ]ينا)\s*[:：]\s*(?P<said>.+)$", re.IGNORECASE)
REVIEW_VERDICT_WORDS = 4
#: a headline that calls its page a review, by the headline's shape, on the match key: its label before a colon or a
#: dash ("Brevolo Barista Pro review: …", "Review: …", "Getest: …", "Recensie – …"), the word at its end ("… Barista
#: Pro review", "… – recensie"; "2026 in review" sums a year up), or an Arabic review's opening word before the
#: colon that names its subject ("مراجعة آلة …: …", "مراجعة: …"). "Government orders review of festival ticket
#: prices" reports a review: the word anywhere is no review's headline
_REVIEW_HEAD = re.compile(r"(?<!\w)(?:review(?:ed)?|recensie|getest|in\s+de\s+test)\s*(?:[:|–—]|\s-\s)"
                          r"|(?<!\w)(?<!\bin\s)(?:review|recensie)\W*$"
                          r"|^مراجع[ةه](?:\s*:|\s[^:]{1,80}:)")


def _reviewed(lines: list[Line], feats: list[Features], roles: list[str]) -> bool:
    """Whether the page is a review of what its shop box sells, so an article (stop 32): a verdict sentence, a
    headline that calls it a review, or its pros and cons headings and a rating line (lists.py reads them). A shop's
    page may list pros and cons, or show its customers' rating, but writes no verdict."""
    if any(role == "title" and _REVIEW_HEAD.search(match_key(line.text)) for line, role in zip(lines, roles)):
        return True
    if any(f.words <= CALL_MAX_WORDS * 2 and (m := _VERDICT.match(line.text.strip()))
           and len(m.group("said").split()) >= REVIEW_VERDICT_WORDS for line, f in zip(lines, feats)):
        return True
    return verdict_paired(line.text for line in lines) and any(rating_line(line.text) for line in lines)


def _job_facts_under_text(lines: list[Line], feats: list[Features], roles: list[str], keys: list[str]) -> list[int]:
    """The short lines right under the kept text that are a job's fields or its call, up to the first that is
    neither: a job ad that gives its description first and its facts under it ("Salary: £34,000" / "Hours: …" /
    "Apply now"), which the rules remove as the story's foot. A box with a title of its own ("Job of the week" /
    "Reporter, Eastcoast Herald" / "Salary: …") under a story starts with a line that is neither, so none of it."""
    last = max((i for i, role in enumerate(roles) if role == "content"), default=None)
    out: list[int] = []
    for i in range(last + 1 if last is not None else len(lines), len(lines)):
        if not lines[i].text.strip():
            continue
        if feats[i].words > FIELD_MAX_WORDS or roles[i] != "removed" or not (_CALLS["job"].match(keys[i]) or any(
                (rx.match(keys[i]) if isinstance(rx, re.Pattern) else rx(lines[i].text))
                and _valued(lines[i].text, keys[i]) for rx in _FIELDS["job"].values())):
            break
        out.append(i)
    return out


def _valued(text: str, key: str) -> bool:
    """Whether a field line states a value, not only a label: "Salary: £42,000", "3 bedrooms", "In stock" — never
    a subheading over a paragraph ("Salary threshold", "Education requirements", "المؤهل العلمي")."""
    return _VALUE.search(text) is not None or _STATE.match(key) is not None


def _heads_prose(lines: list[Line], feats: list[Features], roles: list[str], i: int) -> bool:
    """Whether line i stands over a kept paragraph ("How to apply" / "Applications are made online, …"): in the body,
    a call that heads prose is a subheading that explains how to act, no button."""
    j = next((j for j in range(i + 1, len(lines)) if lines[j].text.strip()), None)
    return j is not None and roles[j] == "content" and feats[j].prose


def not_news(lines: list[Line], feats: list[Features], roles: list[str]) -> str | None:
    """The warning for a page that is an offer, not news (the module docstring), or None."""
    if "content" not in roles:
        return None  # nothing kept to mislabel
    authored = [i for i, role in enumerate(roles) if role == "byline"]
    keys = [match_key(line.text) if f.words <= CALL_MAX_WORDS else "" for line, f in zip(lines, feats)]
    # the page's head: the lines above its first kept paragraph (where an offer states its facts)
    body = next((i for i, (f, role) in enumerate(zip(feats, roles)) if role == "content" and f.prose), len(lines))
    # fields and prices count in the head or in the kept text, never on a line the rules removed below the head: a
    # subscription box, a shop's footer ("€ 4,99 per maand", "Bestel nu", "Bezorging") under a story
    # (a price alone, "£349.00", counts no words)
    short = [i for i, f in enumerate(feats) if f.words <= FIELD_MAX_WORDS and lines[i].text.strip()
             and (i < body or roles[i] != "removed")]
    # (a price is read on the line as written, case folded: the match key strips a leading "£" as punctuation)
    written = {i: single_spaced(lines[i].text.casefold()) for i in short}
    prices = [i for i in short if _PRICE_LABEL.match(keys[i]) and _MONEY.search(written[i])
              or _AMOUNT_ALONE.match(written[i])]
    # a story's own marks above its body: its date line or a byline ("Golden Earring-tribute uitverkocht" / "3
    # december 2026" / news / "Locatie: Paradiso" / "Tickets kopen"); a ticket page states no such date
    reported = any(role in ("published", "byline") for role in roles[:body])
    for kind, fields in _FIELDS.items():
        call = _CALLS.get(kind)
        # an event's facts under a dated story are its practical-info box at the foot ("Locatie: Ahoy" / "Aanvang:
        # 20.00 uur" / "Tickets kopen" under a concert's news), no ticket page; an undated page may give its
        # description first and its facts under it, where the rules remove them as the story's foot
        where = short
        if kind == "job":
            # a job ad's facts may stand under its description, removed as its foot (`_job_facts_under_text`)
            where = sorted({*short, *_job_facts_under_text(lines, feats, roles, keys)})
        if kind == "event":
            where = [i for i in short if i < body] if reported else \
                [i for i, f in enumerate(feats) if f.words <= FIELD_MAX_WORDS and lines[i].text.strip()]
        found: dict[str, int] = {}
        for name, rx in fields.items():
            at = next((i for i in where if (rx.match(keys[i]) if isinstance(rx, re.Pattern) else rx(lines[i].text))
                       and _valued(lines[i].text, keys[i])), None)
            if at is not None:
                found[name] = at
        # a call anywhere (a job ad's "Apply now" button closes it, an event's "Buy tickets" stands over its
        # description), but not as a subheading over a paragraph of the body ("How to apply" in an explainer) unless
        # the head already states the offer's valued fields (a job ad's "Salary: £42,000" / "Closing date: …" /
        # … / "How to apply" / how): an explainer's head states none
        head_fields = sum(1 for i in found.values() if i < body) >= MIN_FIELDS
        called = next((i for i, key in enumerate(keys) if key and call.match(key)
                       and (i < body or head_fields or not _heads_prose(lines, feats, roles, i))), None) if call else None
        needs_call = kind in ("job", "product", "event")
        needs_price = kind in ("property", "product")
        enough = len(found) >= (1 if kind == "product" else MIN_FIELDS)
        if any(i not in found.values()
               and not (kind == "job" and (_recruiter(lines[i].text)
                                           or head_fields and i < body and not feats[i].has("byline")))
               for i in authored):
            # a page with an author is journalism (the rules may take a field, "دوام كامل", for a name); a job ad's
            # recruiter is no author ("Posted by …, Recruitment Consultant"), nor the employer named bare (no "By") under
            # the job's title in a head that states the job's fields ("Vacature: … (32-36 uur)" / "Gemeente Deventer" /
            # "Salaris: …" / "Sluitingsdatum: …": once the title is read, the employer's line reads as a byline)
            continue
        if enough and (called is not None or not needs_call) and (prices or not needs_price):
            if kind in ("product", "event") and _reviewed(lines, feats, roles):
                continue  # a review with its shop's or box office's box is an article (`_reviewed`)
            shown = ([called] if called is not None else []) + ([prices[0]] if needs_price else [])
            shown += [i for i in sorted(found.values()) if i not in shown]
            quoted = ", ".join(repr(lines[i].text.strip()[:40]) for i in shown[:4])
            return (f"{NOT_NEWS}: it reads as {_NAMES[kind]} ({quoted}); its takeaways summarise the offer, "
                    "not a report")
    return None
