"""E-mail newsletters: the story's headline, not the masthead; no greeting or reply prompt in the text; the send date
(fix33b; stop 32 probeB #7, probeC #6).

A newsletter's web view opens with its masthead over its edition line ("Wednesday, 2 December 2026 | Issue #412"):
the masthead stood over a date and so read as a headline over its stamp, and the story's headline lost. An edition
line ("Issue #N", "Editie 12", "العدد 345") is no story's stamp now (posthead.is_stamp, the phrase lists'
`edition_line`). The greeting that opens the edition ("Good morning. … Here's what you need to know today.") and the
prompt to reply to the e-mail ("Have a tip? Reply to this email …") are the e-mail's, not the story's (`newsletter`).
On the HTML path the send date stands in the preheader row above the headline, and an e-mail has no metadata: it is
the page's date there (html._emailed_date), only on a page that is an e-mail (its "View in browser" or unsubscribe
lines).

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

PAGES = {
    "en": {
        "head": ["View this email in your browser", "The Riverside Letter", "Wednesday, 2 December 2026 | Issue #418",
                 "Good morning. It's a frosty 2°C in Millbrook. Here's what you need to know today.",
                 "IN TODAY'S EDITION", "Bridge repairs start", "Library hours", "Weekend football"],
        "title": "Millbrook bridge to close for six weeks of repairs",
        "byline": ["By Priya Natarajan"],
        "body": ["The Old Mill bridge will close to all traffic from Monday while engineers replace corroded steel "
                 "beams, the county council said on Tuesday.",
                 "Buses on the number 7 route will be diverted through Eastgate, adding about ten minutes to the "
                 "journey into town.",
                 "The council said the £2.4 million repair had been brought forward after an inspection in October "
                 "found cracks in two of the bridge's supports.",
                 "Pedestrians and cyclists will be able to use a temporary footbridge from the second week."],
        "tail": ["Have a tip? Reply to this email or write to news@riversideletter.example.",
                 "Forward this newsletter to a friend.",
                 "You're receiving this email because you signed up for The Riverside Letter.",
                 "Update your preferences | Unsubscribe"],
        "greeting": "Good morning", "reply": "Reply to this email", "published": "2026-12-02",
    },
    "nl": {
        "head": ["Bekijk deze e-mail in je browser", "De Lingebode Ochtendeditie", "woensdag 2 december 2026 | Editie 118",
                 "Goedemorgen! Dit is wat je vandaag moet weten.", "Brug dicht", "Bibliotheek", "Voetbal"],
        "title": "Brug over de Linge zes weken dicht voor herstel",
        "byline": ["Door Sanne Verhoef"],
        "body": ["De brug over de Linge bij Leerdam gaat vanaf maandag zes weken dicht voor al het verkeer, omdat "
                 "verroeste stalen liggers worden vervangen.",
                 "Bussen van lijn 7 rijden in die periode om via Schoonrewoerd, wat ongeveer tien minuten extra "
                 "reistijd kost.",
                 "Volgens de gemeente is de reparatie van 2,4 miljoen euro naar voren gehaald na een inspectie in "
                 "oktober, waarbij scheuren werden gevonden in twee steunpunten.",
                 "Voetgangers en fietsers kunnen vanaf de tweede week over een tijdelijke loopbrug."],
        "tail": ["Heb je een tip? Beantwoord deze mail of mail naar tips@dorpsbode.example.",
                 "Je ontvangt deze e-mail omdat je je hebt aangemeld voor De Dorpsbode.", "Afmelden"],
        "greeting": "Goedemorgen", "reply": "Beantwoord deze mail", "published": "2026-12-02",
    },
    "ar": {
        "head": ["عرض الرسالة في المتصفح", "نشرة الوادي الصباحية اليومية", "الأربعاء 2 ديسمبر 2026 | العدد 418",
                 "صباح الخير. إليكم أبرز ما تحتاجون معرفته اليوم.", "إغلاق الجسر", "المكتبة", "كرة القدم"],
        "title": "إغلاق جسر الوادي ستة أسابيع لإجراء إصلاحات",
        "byline": ["بقلم: سلمى الخطيب"],
        "body": ["أعلنت البلدية أن جسر الوادي سيغلق أمام حركة المرور اعتباراً من يوم الاثنين لمدة ستة أسابيع، "
                 "لاستبدال عوارض فولاذية أصابها الصدأ.",
                 "وستتحول حافلات الخط السابع إلى طريق بديل عبر الحي الشرقي، ما يضيف نحو عشر دقائق إلى الرحلة.",
                 "وقالت البلدية إن أعمال الإصلاح التي تبلغ كلفتها مليوني دينار قدمت بعد فحص في أكتوبر كشف عن "
                 "تشققات في دعامتين من دعامات الجسر.",
                 "وسيتمكن المشاة وراكبو الدراجات من استخدام جسر مؤقت اعتباراً من الأسبوع الثاني."],
        "tail": ["لديك معلومة؟ رد على هذه الرسالة أو راسلنا على tips@alwadi.example.",
                 "تصلك هذه الرسالة لأنك مشترك في نشرة الوادي.", "إلغاء الاشتراك"],
        "greeting": "صباح الخير", "reply": "رد على هذه الرسالة", "published": "2026-12-02",
    },
}


def _text(lang: str, greeting_in_body: bool = False) -> str:
    page = PAGES[lang]
    head = [line for line in page["head"] if not (greeting_in_body and line.startswith(page["greeting"]))]
    greeting = [line for line in page["head"] if line.startswith(page["greeting"])] if greeting_in_body else []
    return "\n".join(head + [page["title"]] + page["byline"] + greeting + page["body"] + page["tail"]) + "\n"


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_newsletter_title_is_the_story_not_the_masthead(lang):
    article = normalise_text(_text(lang))
    assert article.title == PAGES[lang]["title"]
    assert (article.published or "")[:10] == PAGES[lang]["published"]


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("greeting_in_body", [False, True])
def test_greeting_and_reply_prompt_are_not_the_story(lang, greeting_in_body):
    # the greeting above the headline, or under the byline where the body starts
    article = normalise_text(_text(lang, greeting_in_body))
    assert PAGES[lang]["greeting"] not in article.text
    assert PAGES[lang]["reply"] not in article.text
    assert PAGES[lang]["body"][0] in article.text and PAGES[lang]["body"][-1] in article.text


def test_a_story_that_opens_with_good_morning_keeps_its_lead():
    # the greeting run into the story's first sentence, with no edition cue after it, is the story's
    page = PAGES["en"]
    lead = "Good morning. " + page["body"][0]
    raw = "\n".join(page["head"][:3] + [page["title"]] + page["byline"] + [lead] + page["body"][1:]) + "\n"
    assert lead in normalise_text(raw).text


def _html(lang: str, preheader: str, emailed: bool = True) -> str:
    page = PAGES[lang]
    paras = "".join(f'<p style="font-size:16px">{t}</p>' for t in page["body"])
    top = f'<td style="font-size:11px">{page["head"][0]}</td>' if emailed else "<td>Menu</td>"
    foot = "".join(f"{t}<br>" for t in page["tail"][1:]) if emailed else "Contact us"
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{page["title"]}</title></head><body>'
            f'<table width="100%"><tr><td align="center"><table width="600"><tr>{top}'
            f'<td align="right" style="font-size:11px">{preheader}</td></tr>'
            f'<tr><td colspan="2"><img src="https://img.example/logo.png" alt="{page["head"][1]}"></td></tr>'
            f'<tr><td colspan="2"><h1>{page["title"]}</h1><p style="font-size:13px">{page["byline"][0]}</p>'
            f'{paras}</td></tr><tr><td colspan="2" style="font-size:11px">{foot}</td></tr>'
            '</table></td></tr></table></body></html>')


@pytest.mark.parametrize("lang, preheader", [("en", "Wednesday 2 December 2026"), ("nl", "woensdag 2 december 2026"),
                                             ("ar", "الأربعاء 2 ديسمبر 2026")])
def test_html_newsletter_takes_its_send_date_from_the_preheader(lang, preheader):
    article = normalise_html(_html(lang, preheader))
    assert article.title == PAGES[lang]["title"]
    assert (article.published or "")[:10] == "2026-12-02"


def test_a_site_headers_date_above_a_web_page_is_not_its_date():
    # the same layout with no e-mail lines: a site's "today" in its header is not the story's date
    article = normalise_html(_html("en", "Wednesday 2 December 2026", emailed=False))
    assert article.published is None


def test_headline_over_its_byline_wins_over_a_masthead_and_contents_that_share_the_storys_words():
    # the masthead names the story's town and a contents item its topic; the headline, right over "By …" and the
    # first paragraph, shares fewer of the opening's words than either (classify._signed_over_body)
    page = PAGES["en"]
    head = ["View this email in your browser", "The Millbrook Dispatch", "Wednesday, 2 December 2026 | Issue #418",
            "IN TODAY'S EDITION", "Old Mill bridge repairs", "Library hours", "Weekend football"]
    title = "Councillors back six-week shutdown after heated debate"
    raw = "\n".join(head + [title] + page["byline"] + page["body"] + page["tail"]) + "\n"
    article = normalise_text(raw)
    assert article.title == title
    assert article.byline == "Priya Natarajan"
