"""Notices about the article itself, and a truncated article, in en/nl/ar (tester 4, findings 2 and 5).

A correction notice or an editor's note above the headline was kept as the story's first paragraph (and became a
takeaway) and cost the page its title; a correction's fact must stay in the record (a warning). A paywall teaser
("Subscribe to read the rest", "Dit artikel is exclusief voor abonnees", "هذا المحتوى للمشتركين") and a page counter
("Page 1 of 3") gave no warning that the article is incomplete, and the counter stayed as the first paragraph.
Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "en": ("Council approves flood defence plan for riverside homes", "By Tom Whitfield", "21 November 2024", [
        "The county council has approved a £12 million plan to protect 340 homes along the River Wensum from "
        "flooding, after three floods in five years damaged properties in the lower town.",
        "The scheme will raise the existing embankment by up to 80 centimetres and install new flood gates at two "
        "road crossings. Work is due to start in spring and take about 18 months.",
        "Councillor Anne Briggs, who chairs the environment committee, said residents had waited far too long.",
    ]),
    "nl": ("Dorpshuis Westerveld kan eindelijk verbouwd worden", "Door Kees Bakker", "3 februari 2025", [
        "Na jaren van uitstel kan het dorpshuis in Westerveld worden verbouwd. De gemeenteraad stemde dinsdagavond "
        "in met een bijdrage van 200.000 euro voor het gebouw.",
        "Het gebouw uit 1968 heeft een lekkend dak en voldoet niet meer aan de brandveiligheidseisen. Sinds vorig "
        "jaar mocht de grote zaal niet meer worden gebruikt.",
        "De verbouwing van het dorpshuis begint na de zomer en duurt ongeveer een jaar, meldt de gemeente.",
    ]),
    "ar": ("تونس تعلن عن اكتشاف نفطي جديد في الجنوب", "بقلم طارق عمارة", "12 مارس 2025", [
        "أعلنت وزارة الصناعة التونسية يوم الاثنين عن اكتشاف نفطي جديد في حقل بولاية تطاوين جنوب البلاد، بطاقة "
        "إنتاج أولية تقدر بنحو 1500 برميل يوميا.",
        "وقالت الوزارة في بيان إن الاكتشاف النفطي جاء بعد حفر بئر استكشافية بعمق 3800 متر في الحقل.",
        "وتنتج تونس حاليا نحو 30 ألف برميل يوميا، وهو أقل بكثير من احتياجاتها من النفط والوقود.",
    ]),
}
SECTION = {"en": "Local", "nl": "Binnenland", "ar": "اقتصاد"}
FOOTER = {"en": ["Most read", "Man arrested after village shop break-in"],
          "nl": ["Meest gelezen", "Nieuwe fietsbrug over de Vecht geopend"],
          "ar": ["الأكثر قراءة", "ارتفاع أسعار الذهب في الأسواق المحلية"]}


def _page(lang: str, above: list[str] = (), under_header: list[str] = (), below: list[str] = ()) -> str:
    title, byline, date, paragraphs = STORY[lang]
    return "\n".join([SECTION[lang], *above, title, byline, date, *under_header, *paragraphs, *below, *FOOTER[lang]])


CORRECTIONS = {
    "en": "Correction: An earlier version of this article misstated the number of homes affected. It was 340, not "
          "3,400. The article has been updated.",
    "nl": "Rectificatie: In een eerdere versie van dit artikel stond dat de gemeente 2 miljoen euro bijdraagt. Dat is "
          "200.000 euro. Het artikel is aangepast.",
    "ar": "تصحيح: ورد في نسخة سابقة من هذا الخبر أن الطاقة الإنتاجية تبلغ 15 ألف برميل يوميا، والصحيح 1500 برميل.",
}
NOTES = {
    "en": "Editor's note: This story was originally published by Reuters and is republished here under a "
          "content-sharing agreement. It has been edited for length.",
    "nl": "Noot van de redactie: dit artikel verscheen eerder in het Dagblad van het Noorden en is ingekort.",
    "ar": "ملاحظة المحرر: نشر هذا التقرير في الأصل على موقع وكالة رويترز، وأعيد نشره بموجب اتفاقية تبادل المحتوى.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("where", ["above", "below"])
def test_a_correction_notice_is_no_story_and_its_fact_is_kept_in_a_warning(lang, where):
    page = _page(lang, **{where: [CORRECTIONS[lang]]})
    article = normalise_text(page)
    assert article.title == STORY[lang][0]
    assert CORRECTIONS[lang] not in article.paragraphs
    assert article.paragraphs[0] == STORY[lang][3][0]
    assert [w for w in article.warnings if CORRECTIONS[lang] in w], article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_an_editors_note_above_the_headline_is_no_story_and_the_headline_stays_the_title(lang):
    article = normalise_text(_page(lang, above=[NOTES[lang]]))
    assert article.title == STORY[lang][0]
    assert NOTES[lang] in article.removed
    assert article.paragraphs == STORY[lang][3]


PAYWALLS = {
    "en": ["Subscribe to read the rest of this article", "Get unlimited access for $1 a week. Cancel anytime.",
           "Already a subscriber? Log in"],
    "nl": ["Dit artikel is exclusief voor abonnees. Neem nu een abonnement voor 1 euro per week.",
           "Al abonnee? Log in"],
    "ar": ["هذا المحتوى للمشتركين فقط. اشترك الآن للوصول الكامل إلى جميع المقالات.", "لديك حساب؟ تسجيل الدخول"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_paywall_teaser_warns_that_the_article_is_incomplete(lang):
    article = normalise_text(_page(lang, below=PAYWALLS[lang]))
    assert article.title == STORY[lang][0]
    assert article.paragraphs == STORY[lang][3]
    assert any("incomplete" in w and "paywall" in w for w in article.warnings), article.warnings


PAGES_OF = {"en": "Page 1 of 3", "nl": "Pagina 1 van 3", "ar": "الصفحة 1 من 3"}
NEXT_PAGE = {"en": "Next page »", "nl": "Volgende pagina »", "ar": "الصفحة التالية"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_page_one_of_three_warns_and_the_counter_is_not_the_first_paragraph(lang):
    article = normalise_text(_page(lang, under_header=[PAGES_OF[lang]], below=["1", "2", "3", NEXT_PAGE[lang]]))
    assert article.paragraphs[0] == STORY[lang][3][0]
    assert PAGES_OF[lang] in article.removed
    assert any("incomplete" in w and "first page of 3" in w for w in article.warnings), article.warnings


def test_a_headline_over_its_standfirst_is_the_title_on_a_paywalled_page():
    page = "\n".join([
        "Subscribe", "Sign in", "Markets", "The quiet collapse of regional airlines",
        "Rising fuel costs and pilot shortages are grounding routes that small towns depend on",
        "By Jeremy Lang", "March 18, 2025",
        "When Harbour Air Link cancelled its last flight out of Millbrook in January, the town of 9,000 lost its only "
        "scheduled air service. The nearest airport with regular flights is now a three-hour drive away.",
        "Millbrook is not alone. Across the country, regional carriers have cut more than 120 routes in the past two "
        "years, according to industry figures.",
        *PAYWALLS["en"], "Subscribe now",
    ])
    article = normalise_text(page)
    assert article.title == "The quiet collapse of regional airlines"
    assert any("paywall" in w for w in article.warnings)


GUARD_STORIES = {
    "en": "The newspaper said subscribers who had paid for a year would get a refund, and that a correction would be "
          "printed in Saturday's edition after readers complained about page 1 of the report.",
    "nl": "De krant meldt dat abonnees die een jaar vooruit betaalden hun geld terugkrijgen, en dat zaterdag een "
          "correctie wordt afgedrukt nadat lezers klaagden over pagina 1 van het rapport.",
    "ar": "وقالت الصحيفة إن المشتركين الذين دفعوا اشتراك عام كامل سيستردون أموالهم، وإنها ستنشر تصحيحا في عدد السبت "
          "بعد شكاوى القراء من الصفحة 1 من التقرير.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_story_sentence_about_subscribers_and_a_correction_stays_story_and_warns_nothing(lang):
    """Guard (passes before and after): the notice and paywall phrases are whole-line shapes, not topic words."""
    title, byline, date, paragraphs = STORY[lang]
    page = "\n".join([SECTION[lang], title, byline, date, paragraphs[0], GUARD_STORIES[lang], *paragraphs[1:],
                      *FOOTER[lang]])
    article = normalise_text(page)
    assert GUARD_STORIES[lang] in article.paragraphs
    assert not [w for w in article.warnings if "incomplete" in w or "correction" in w]


# --- tester29b B1: a teaser's closing offer ("Keep reading without limits … From just 1 euro a week.") --------------
# The offer under a teaser names no "subscribers only" and no "subscribe to read": it invites the reader to read on
# with a subscription and names the price. It stayed as the story's last paragraph (and a takeaway), with no warning.
OFFERS = {
    "en": ["Read on without limits with a digital subscription. Only £1.50 a week for the first three months."],
    "nl": ["Lees onbeperkt verder met een digitaal abonnement. Nu vanaf € 1,50 per week."],
    "ar": ["واصل القراءة بلا حدود مع اشتراك رقمي. ابتداءً من دولارين أسبوعياً."],
}
PRICE_LINES = {"en": "From just €2 a week.", "nl": "Al vanaf 2 euro per maand.",
               "ar": "ابتداءً من يورو واحد في الأسبوع"}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_subscription_offer_under_a_teaser_is_removed_and_warns(lang):
    article = normalise_text(_page(lang, below=OFFERS[lang]))
    assert article.paragraphs == STORY[lang][3]
    assert any("incomplete" in w and "paywall" in w for w in article.warnings), article.warnings


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_price_line_alone_under_the_story_is_no_story(lang):
    article = normalise_text(_page(lang, below=[PRICE_LINES[lang]]))
    assert article.paragraphs == STORY[lang][3]
    assert PRICE_LINES[lang] in article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_subscription_offer_in_an_html_article_warns(lang):
    from newsbrief.normalise.html import normalise_html
    title, _byline, _date, paragraphs = STORY[lang]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
            f'<h1>{title}</h1>{body}<p class="offer">{OFFERS[lang][0]}</p></article></body></html>')
    article = normalise_html(html)
    assert article.paragraphs == paragraphs
    assert any("incomplete" in w and "paywall" in w for w in article.warnings), article.warnings


PRICE_STORIES = {
    "en": "Bus passes will go up from £1 a week to £1.50 a week in April, and pensioners will keep reading rooms "
          "free of charge, the council said.",
    "nl": "Vanaf januari betalen ouders 2 euro per week meer voor de opvang, en wie onbeperkt wil lezen in de "
          "bibliotheek heeft een abonnement nodig, meldt de gemeente.",
    "ar": "وقالت البلدية إن سعر بطاقة الحافلة سيرتفع ابتداء من أبريل إلى دولارين في الأسبوع، وإن القراءة في "
          "المكتبة العامة ستبقى مجانية.",
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_story_sentence_about_prices_and_subscriptions_stays_story(lang):
    """Guard (passes before and after): the offer shapes are a whole line that opens with the pitch or the price."""
    title, byline, date, paragraphs = STORY[lang]
    page = "\n".join([SECTION[lang], title, byline, date, paragraphs[0], PRICE_STORIES[lang], *paragraphs[1:],
                      *FOOTER[lang]])
    article = normalise_text(page)
    assert PRICE_STORIES[lang] in article.paragraphs
    assert not [w for w in article.warnings if "paywall" in w]


@pytest.mark.parametrize("line", [
    "Full access to the beach will be restored from Monday, the council said.",
    "Volledige toegang tot het park vanaf maandag, meldt de gemeente.",
    "تابع الجيش عملياته دون قيود في المنطقة.",
    "Read the full report on the council's website.",
    "Vanaf januari betalen bewoners 5 euro per week meer voor de opvang.",
])
def test_guard_a_story_line_that_opens_like_an_offer_is_no_paywall(line):
    """Guard (passes before and after): the offer shapes ask for a subscription or a price, not an opening word."""
    from newsbrief.normalise.phrases import in_group
    assert not in_group(line, len(line.split()), "paywall")


@pytest.mark.parametrize("lines", [
    ["If you make more than five hours of calls a month, a flat plan like the Unlimited Plus (est.",
     "$29.95 per month) is the better deal for most households in the county."],
    ["The club's members get a weekly newsletter and discounts at twelve shops in the town centre,",
     "for only 2 euros per month, the treasurer said at the annual meeting."],
])
def test_guard_a_price_at_the_start_of_a_wrapped_line_is_no_paywall(lines):
    """Guard: a price line opens with its offer word, capitalised; a hard-wrapped sentence's second line is the story."""
    title, byline, date, paragraphs = STORY["en"]
    article = normalise_text("\n".join([SECTION["en"], title, byline, date, paragraphs[0], "", *lines, "",
                                        *paragraphs[1:], *FOOTER["en"]]))
    assert not [w for w in article.warnings if "paywall" in w], article.warnings
    assert any(lines[1] in p for p in article.paragraphs), article.paragraphs
