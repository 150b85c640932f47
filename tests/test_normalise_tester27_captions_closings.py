"""Tester stop 27, findings 2, 3 and 12: a gallery's counted captions, a story's short closing sentence, a marked
pull quote.

2. A gallery's counter that opens its caption ("صورة 2 من 4: جماهير …") was read as the story's first paragraph when
   the caption carried no credit, while the one with a credit beside it ("… (تصوير: …)") went: every counted caption
   goes now, inside a story (gallery.counted_captions).
3. A story's last short sentence ("The trial continues.") went as "after the article" when it shared no word with
   the paragraphs above it; right above the page's furniture (a share bar, "Related stories") it is the story's end.
12. An HTML pull quote (`<blockquote class="pullquote">`) stayed as an unattributed paragraph.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import re
import time

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html
from newsbrief.normalise.lines import Line


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- finding 2: a gallery's counted captions inside a story -----------------------------------------------------------

GALLERY = {
    "en": (["Harbour festival draws record crowds to Whitby", "By Ellen Shaw", "6 December 2026", "Photos"],
           ["Photo 1 of 3: Fishing boats decorated with lights in the harbour (Ellen Shaw/Coast News)",
            "Photo 2 of 3: Children watch the fireworks from the pier"],
           ["More than 40,000 people visited Whitby over the weekend for the town's winter harbour festival, the "
            "highest number since it began in 2009.",
            "Organisers said the parade of illuminated boats on Saturday evening had been the most popular event, "
            "with crowds ten deep along the quayside.",
            "The festival returns next December with a second night of fireworks."],
           ["Share this article", "Related stories"]),
    "nl": (["Lichtjesparade trekt recordaantal bezoekers naar Harderwijk", "Door Femke Dijkstra", "6 december 2026",
            "Foto's"],
           ["Foto 1 van 3: Versierde boten in de haven van Harderwijk (Foto: Femke Dijkstra)",
            "Foto 2 van 3: Kinderen kijken vanaf de kade naar het vuurwerk"],
           ["Ruim dertigduizend mensen bezochten zaterdag de lichtjesparade in Harderwijk, meer dan ooit sinds de "
            "eerste editie in 2011.",
            "Volgens de organisatie was de tocht van verlichte boten door de oude haven het drukst bezochte "
            "onderdeel, met rijen kijkers langs de hele kade.",
            "De parade komt volgend jaar terug met een extra avond vuurwerk."],
           ["Deel dit artikel", "Meer nieuws"]),
    "ar": (["مهرجان الأضواء يجذب أعداداً قياسية إلى كورنيش جدة", "جدة - سلمى القحطاني", "2026-12-06 20:15", "صور"],
           ["صورة 1 من 3: قوارب مزينة بالأضواء في الميناء (تصوير: سلمى القحطاني)",
            "صورة 2 من 3: أطفال يشاهدون الألعاب النارية من الرصيف"],
           ["زار أكثر من أربعين ألف شخص كورنيش جدة خلال عطلة نهاية الأسبوع لحضور مهرجان الأضواء الشتوي، وهو أعلى "
            "عدد منذ انطلاقه.",
            "وقال المنظمون إن موكب القوارب المضاءة مساء السبت كان الفعالية الأكثر إقبالاً، إذ اصطفت الحشود على طول "
            "الواجهة البحرية.",
            "ويعود المهرجان في ديسمبر المقبل بليلة ثانية من الألعاب النارية."],
           ["شارك الخبر", "أخبار ذات صلة"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_every_counted_caption_of_a_gallery_in_a_story_goes(lang):
    header, captions, body, furniture = GALLERY[lang]
    art = normalise_text(page(*header, *captions, *body, *furniture))
    assert art.paragraphs == body
    assert all(caption in art.removed for caption in captions)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_bare_counters_opening_captions_go_too(lang):
    """"2/3 – …": a bare counter with its caption, two of them with the same total."""
    header, captions, body, furniture = GALLERY[lang]
    bare = [re.sub(r"^\S+ (\d) \S+ (\d):", r"\1/\2 –", c) for c in captions]
    assert all(re.match(r"^\d/\d –", c) for c in bare)
    art = normalise_text(page(*header, *bare, *body, *furniture))
    assert art.paragraphs == body
    assert all(caption in art.removed for caption in bare)


def test_a_gallery_page_keeps_its_counted_captions_as_its_text():
    """Guard: a gallery page with no story of its own: its captions are its text (as for counters on lines of
    their own, gallery.py)."""
    captions = ["Photo 1 of 3: Fishing boats decorated with lights sail past the old abbey steps on Saturday.",
                "Photo 2 of 3: Children watch the fireworks from the west pier as the harbour lights go out.",
                "Photo 3 of 3: A brass band leads the procession along the quayside towards the swing bridge."]
    art = normalise_text(page("In pictures: Whitby's winter harbour festival", "By Ellen Shaw", "6 December 2026",
                              *captions, "Share this gallery", "More galleries"))
    assert art.paragraphs == captions


@pytest.mark.parametrize("text", [
    "3 of 4 voters said the council should have consulted them first.",  # no separator after the counter
    "2/3 of the budget goes to roads.",
    "Photo ID: what you need to bring to the polling station",
])
def test_a_sentence_with_a_fraction_is_no_counted_caption(text):
    from newsbrief.normalise.gallery import COUNTED_CAPTION, counted_captions

    assert COUNTED_CAPTION.match(text) is None or not counted_captions([Line(text)])


def test_a_lone_bare_counter_line_is_no_caption():
    """Guard: one "3/4 – …" line alone may be anything (a score, a listicle's item): two with one total are asked."""
    from newsbrief.normalise.gallery import counted_captions

    assert counted_captions([Line("3/4 – the share of homes heated by gas")]) == set()


TIMELINE = {
    "en": ["An overview of the past few days:",
           "1/12 - Minister Jones resigns after criticism of the housing plan.",
           "3/12 - The coalition parties meet to agree on a successor.",
           "5/12 - The prime minister names a new housing minister."],
    "nl": ["Een overzicht van de afgelopen dagen:",
           "1/12 - Minister De Jong treedt af na kritiek op de stikstofaanpak.",
           "3/12 - Coalitiepartijen overleggen over een opvolger.",
           "5/12 - Premier Bakker draagt een nieuwe minister voor."],
    "ar": ["نظرة على أحداث الأيام الماضية:",
           "1/12 - استقالة وزير الإسكان بعد انتقادات لخطة الحكومة.",
           "3/12 - أحزاب الائتلاف تجتمع للاتفاق على خليفة له.",
           "5/12 - رئيس الوزراء يعين وزيرا جديدا للإسكان."],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_timeline_of_dated_lines_is_no_gallery(lang):
    """Guard (review rev27a): bare "N/M –" lines that share M but skip numbers are a timeline's days, not a gallery's
    counters: they stay in the story."""
    from newsbrief.normalise.gallery import counted_captions

    header, _captions, body, furniture = GALLERY[lang]
    timeline = TIMELINE[lang]
    assert counted_captions([Line(t) for t in timeline]) == set()
    art = normalise_text(page(*header, body[0], body[1], *timeline, body[2], *furniture))
    assert all(item in art.paragraphs for item in timeline[1:])


def test_bare_counters_count_on_one_by_one():
    from newsbrief.normalise.gallery import counted_captions

    lines = [Line("1/5 – Fans in the stands"), Line("Text between"), Line("2/5 – The teams walk out"),
             Line("4/5 – The captains shake hands"), Line("4/5 – The referee checks the nets")]
    assert counted_captions(lines) == {0, 2}  # a credit line may stand between; a skipped or repeated number does not


def test_counted_caption_pattern_is_linear():
    from newsbrief.normalise.gallery import COUNTED_CAPTION

    for n in (10_000, 100_000):
        text = "Photo 1 of 3:" + " x" * n
        start = time.process_time()
        COUNTED_CAPTION.match(text)
        assert time.process_time() - start < 0.05


# --- finding 3: a short closing sentence over the page's furniture stays -----------------------------------------------

COURT = {
    "en": (["Landlord tells jury he did not know tenants' flat had no fire alarm", "By Priya Nair", "2 December 2026"],
           ["A landlord accused of breaching fire safety rules told a jury he had never been inside the basement "
            "flat where two tenants were injured in a blaze.",
            "Colin Marsh, 61, denies six charges brought by the county fire authority after the fire in Dover Road "
            "in February.",
            "He told Canterbury Crown Court that a letting agent had managed the property and had assured him the "
            "alarms were tested every month."],
           "The trial continues.",
           ["Share this article", "Related stories", "More from Crime"]),
    "nl": (["Verhuurder zegt niet te hebben geweten van ontbrekende rookmelder", "Door Ruben Jansen", "2 december 2026"],
           ["Een verhuurder die wordt verdacht van het schenden van brandveiligheidsregels heeft voor de rechtbank "
            "verklaard dat hij nooit in het souterrain kwam waar twee huurders gewond raakten.",
            "De 61-jarige man uit Zwolle ontkent alle zes de aanklachten die na de brand in februari tegen hem zijn "
            "ingediend.",
            "Volgens hem beheerde een verhuurbemiddelaar het pand en werd hem verzekerd dat de melders elke maand "
            "werden getest."],
           "Het proces gaat door.",
           ["Deel dit artikel", "Lees ook", "Meer nieuws"]),
    "ar": (["مالك عقار يقول للمحكمة إنه لم يعلم بغياب أجهزة إنذار الحريق", "عمّان - رنا الخطيب", "2026-12-02"],
           ["قال مالك عقار متهم بمخالفة قواعد السلامة من الحرائق أمام المحكمة إنه لم يدخل الشقة السفلية التي أصيب "
            "فيها مستأجران في حريق.",
            "وينفي الرجل البالغ من العمر 61 عاماً التهم الست الموجهة إليه بعد الحريق الذي وقع في شباط الماضي.",
            "وأوضح أن وكيلاً عقارياً كان يدير المبنى وأكد له أن أجهزة الإنذار تفحص كل شهر."],
           "وتستمر المحاكمة.",
           ["شارك الخبر", "أخبار ذات صلة", "المزيد من الأخبار"]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_closing_sentence_above_the_furniture_stays_without_a_shared_word(lang):
    header, body, closing, furniture = COURT[lang]
    art = normalise_text(page(*header, *body, closing, *furniture))
    assert art.paragraphs == body + [closing]
    assert closing not in art.removed


@pytest.mark.parametrize("lang,sign_off", [("en", "Thanks for reading."), ("en", "Designed by Studio North."),
                                           ("nl", "Bedankt voor het lezen."), ("nl", "Ontworpen door Studio Noord."),
                                           ("ar", "شكراً لمتابعتكم."), ("ar", "شكرا للقراءة والمتابعة.")])
def test_a_sign_off_above_the_furniture_still_goes(lang, sign_off):
    """Guard: the page's thanks or its maker's credit stands where a closing sentence does, and is none."""
    header, body, _closing, furniture = COURT[lang]
    art = normalise_text(page(*header, *body, sign_off, *furniture))
    assert art.paragraphs == body


# --- finding 12: a pull quote marked in the HTML ----------------------------------------------------------------------

PULL = {
    "en": ("The lock keepers of the Kennet", "Lock keeping is a job that teaches patience before anything else.",
           ["Margaret Hale has kept the lock at Aldermaston for 22 years and has no plans to stop.",
            "She says the canal is busier now than at any time since she arrived, with hire boats booked every "
            "weekend from April to October.",
            "The trust that runs the waterway plans to automate six of the locks by 2029."]),
    "nl": ("De sluiswachters van de Vecht", "Sluiswachter zijn leert je vooral geduld hebben.",
           ["Margriet Hals bedient al 22 jaar de sluis bij Weesp en denkt nog niet aan stoppen.",
            "Volgens haar is het op de rivier drukker dan ooit, met huurboten die van april tot oktober elk "
            "weekend zijn volgeboekt.",
            "De beheerder van de vaarweg wil zes sluizen voor 2029 op afstand gaan bedienen."]),
    "ar": ("حراس الأقفال المائية على القناة", "حراسة القفل المائي مهنة تعلمك الصبر قبل أي شيء آخر.",
           ["تحرس مريم حداد القفل المائي في البلدة منذ 22 عاماً ولا تفكر في التوقف.",
            "وتقول إن القناة أكثر ازدحاماً اليوم من أي وقت مضى، إذ تحجز القوارب المستأجرة كل نهاية أسبوع من نيسان "
            "إلى تشرين الأول.",
            "وتخطط الهيئة التي تدير الممر المائي لتشغيل ستة أقفال آلياً بحلول عام 2029."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("markup", ['<blockquote class="pullquote">“{}”</blockquote>',
                                    '<aside class="c-article__pull-quote"><p>“{}”</p></aside>'])
def test_a_pull_quote_marked_in_the_html_is_no_paragraph(lang, markup):
    title, quote, body = PULL[lang]
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
            f"<h1>{title}</h1><p>{body[0]}</p><p>{body[1]}</p>" + markup.format(quote)
            + f"<p>{body[2]}</p></article></body></html>")
    art = normalise_html(html)
    assert not any(quote in p for p in art.paragraphs)
    assert art.paragraphs == body


def test_a_quote_in_a_plain_blockquote_stays():
    """Guard: a quotation the story sets in a blockquote without a pull quote's mark is the story's."""
    title, quote, body = PULL["en"]
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><article>'
            f"<h1>{title}</h1><p>{body[0]}</p><p>{body[1]}</p><blockquote><p>“{quote}” she wrote in her log in "
            f"1998, the year she started.</p></blockquote><p>{body[2]}</p></article></body></html>")
    art = normalise_html(html)
    assert any(quote in p for p in art.paragraphs)
