"""fix33e's "found but left alone" (stop 33): on the HTML path a fact check's label joined to its value ("What was
claimed" + the claim, labelpairs.py) is two source lines but one paragraph; html.py paired paragraphs one to one with
the kept lines, ran short, and wrote the page's last paragraphs a second time. Pages written for these tests (en, nl,
ar): every paragraph the page prints once is in the text once, and the story's last paragraph is still there."""

from __future__ import annotations

from collections import Counter

import pytest

from newsbrief.normalise.html import normalise_html

PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">Feitenbureau</a> <a href="/checks">Checks</a> <a href="/over">About</a></nav>
<main><article>
<h1>{title}</h1>
<div class="box">
<div><p class="label">{claim_label}</p><p>{claim}</p></div>
<div><p class="label">{verdict_label}</p><p>{verdict}</p></div>
</div>
{body}
</article></main>
<footer><p>© 2027</p></footer>
</body></html>"""

PAGES = {
    "en": dict(
        title="Fact check: No, the ferry to the islands is not being scrapped in May",
        claim_label="Claim", verdict_label="Our verdict",
        claim="The ferry service to the islands will be scrapped in May to save money.",
        verdict="False. The operator's contract runs until 2031 and the timetable for May has been published.",
        paras=["A post shared thousands of times on social media says the island ferry will stop running in May.",
               "The operator told us its contract with the regional council runs until 2031, and no cuts are planned.",
               "The summer timetable, published last week, adds two sailings on Saturdays rather than removing any.",
               "The claim seems to come from a council paper on replacing the older of the two boats in 2029.",
               "Islanders can check sailings on the operator's website, which lists every change a month ahead."]),
    "nl": dict(
        title="Factcheck: Nee, de veerpont naar Texel stopt niet in mei",
        claim_label="Bewering", verdict_label="Ons oordeel",
        claim="De veerdienst naar het eiland wordt in mei opgeheven om geld te besparen.",
        verdict="Onwaar. Het contract van de vervoerder loopt tot 2031 en de dienstregeling voor mei is al bekend.",
        paras=["Een bericht dat duizenden keren is gedeeld, stelt dat de veerdienst naar het eiland in mei stopt.",
               "De vervoerder laat weten dat het contract met de provincie tot 2031 loopt en dat er geen bezuiniging is.",
               "De zomerdienstregeling, vorige week gepubliceerd, voegt op zaterdag zelfs twee afvaarten toe.",
               "De bewering lijkt te komen uit een raadsstuk over het vervangen van de oudste boot in 2029.",
               "Eilanders kunnen de afvaarten een maand vooruit bekijken op de website van de vervoerder."]),
    "ar": dict(
        title="تحقق: لا، خط العبّارة إلى الجزر لن يُلغى في مايو",
        claim_label="الادعاء", verdict_label="حكمنا",
        claim="سيتم إلغاء خط العبّارة إلى الجزر في شهر مايو المقبل لتوفير النفقات.",
        verdict="زائف. عقد الشركة المشغلة ساري حتى عام 2031 وجدول رحلات مايو منشور بالفعل.",
        paras=["تداولت حسابات على مواقع التواصل منشوراً يزعم أن خط العبّارة إلى الجزر سيتوقف في مايو.",
               "وقالت الشركة المشغلة إن عقدها مع المجلس الإقليمي ساري حتى عام 2031 ولا توجد خطط لتقليص الرحلات.",
               "ويضيف جدول الصيف الذي نُشر الأسبوع الماضي رحلتين يوم السبت بدلاً من إلغاء أي رحلة.",
               "ويبدو أن الادعاء جاء من وثيقة للمجلس بشأن استبدال أقدم العبّارتين في عام 2029.",
               "ويمكن لسكان الجزر الاطلاع على مواعيد الرحلات قبل شهر على موقع الشركة المشغلة."]),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_joined_fact_check_label_does_not_repeat_the_pages_paragraphs(lang):
    page = PAGES[lang]
    html = PAGE.format(lang=lang, body="\n".join(f"<p>{p}</p>" for p in page["paras"]), **page)
    article = normalise_html(html, language=lang)
    counts = Counter(" ".join(p.split()) for p in article.paragraphs)
    assert [p for p, n in counts.items() if n > 1] == [], article.paragraphs
    # the story's paragraphs are each there once, its last one included, and the claim is still read with its label
    for para in page["paras"]:
        assert sum(para in p for p in article.paragraphs) == 1, (para, article.paragraphs)
    assert any(page["claim"] in p for p in article.paragraphs), article.paragraphs
