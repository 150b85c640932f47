"""A story that ends in several short sentences, and a one-line teaser between them (fix30f, tester stop 30 A1).

A story's closing sentence too short for prose ("The vote is next Tuesday.") was the story's only when it stood
alone under the last paragraph: a second one ("About 800 firefighters were deployed." / "One firefighter died.")
went as "after the article", silently, and after a "Related: <headline>" line every short sentence of the story
went too (classify._closing_end). Guards: a sign-off, a teaser list and a run of headlines under a story still go.

Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


HEAD = {
    "en": ["Storm floods villages along the river Severn", "By Carys Morgan", "14 November 2026",
           "Heavy rain flooded dozens of homes in villages along the river Severn overnight, forcing families to "
           "leave by boat.",
           "The Environment Agency issued three severe flood warnings on Saturday morning, its highest level."],
    "nl": ["Noodweer zet dorpen langs de Maas onder water", "Door Joris van Dam", "14 november 2026",
           "Door de zware regen zijn vannacht tientallen woningen in dorpen langs de Maas overstroomd, gezinnen "
           "werden met boten geëvacueerd.",
           "Rijkswaterstaat gaf zaterdagochtend voor drie plaatsen de hoogste waarschuwing voor hoogwater af."],
    "ar": ["السيول تغمر قرى على ضفاف النهر", "بقلم: منى الحسيني", "14 نوفمبر 2026",
           "غمرت الأمطار الغزيرة عشرات المنازل في القرى الواقعة على ضفاف النهر خلال الليل، واضطرت عائلات إلى "
           "المغادرة بالقوارب.",
           "وأصدرت هيئة الأرصاد صباح السبت ثلاثة تحذيرات من السيول، وهي أعلى درجة تحذير لديها."],
}
#: the story's short closing sentences (too short for prose): two that name none of the story's words, one that does
TAIL = {
    "en": ["About 200 soldiers helped.", "The A49 was shut.", "One flood victim died."],
    "nl": ["Zo'n 200 militairen hielpen.", "De A2 werd afgesloten.", "De Maas stijgt nog."],
    "ar": ["وساعد 200 جندي.", "وأغلقت الطريق السريعة.", "وتوفي رجل في السيول."],
}
TEASER = {
    "en": "Related: Insurers warn of rising flood claims across Wales",
    "nl": "Lees ook: Verzekeraars waarschuwen voor meer schade door hoogwater",
    "ar": "اقرأ أيضا: شركات التأمين تحذر من ارتفاع مطالبات الفيضانات",
}


def _text(raw: str) -> str:
    return normalise_text(raw).text


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("model", [None, False])
def test_two_short_closing_sentences_stay(lang, model):
    article = normalise_text(page(*HEAD[lang], TAIL[lang][0], TAIL[lang][2]), model=model)
    assert TAIL[lang][0] in article.text and TAIL[lang][2] in article.text
    assert not article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("model", [None, False])
def test_three_short_closing_sentences_stay(lang, model):
    # the middle one names nothing of the story: the one under it does, so the run is the story's
    article = normalise_text(page(*HEAD[lang], *TAIL[lang]), model=model)
    for line in TAIL[lang]:
        assert line in article.text
    assert not article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
@pytest.mark.parametrize("model", [None, False])
def test_story_resumes_under_a_one_line_teaser(lang, model):
    article = normalise_text(page(*HEAD[lang], TEASER[lang], TAIL[lang][0], TAIL[lang][2]), model=model)
    assert TAIL[lang][0] in article.text and TAIL[lang][2] in article.text
    assert TEASER[lang] not in article.text and TEASER[lang] in article.removed


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_html_paragraphs_short_tail_stays(lang):
    paras = "".join(f"<p>{t}</p>" for t in HEAD[lang][3:] + TAIL[lang])
    html = (f'<html lang="{lang}"><head><title>{HEAD[lang][0]}</title></head><body><article><h1>{HEAD[lang][0]}'
            f"</h1>{paras}</article></body></html>")
    article = normalise_html(html)
    for line in TAIL[lang]:
        assert line in article.text


# --- guards: what ends a story still ends it -------------------------------------------------------------------------

SIGN_OFF = {"en": "Thanks for reading.", "nl": "Bedankt voor het lezen.", "ar": "شكراً للمتابعة."}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_sign_off_under_closing_sentence_goes(lang):
    article = normalise_text(page(*HEAD[lang], TAIL[lang][2], SIGN_OFF[lang]))
    assert TAIL[lang][2] in article.text
    assert SIGN_OFF[lang] not in article.text


HEADLINES = {
    "en": ["Council votes to close two libraries", "Rail strike called off after late talks",
           "New stadium plans go on show"],
    "nl": ["Gemeente sluit twee bibliotheken", "Treinstaking op het laatste moment afgeblazen",
           "Plannen voor nieuw stadion te zien"],
    "ar": ["المجلس يصوت على إغلاق مكتبتين", "إلغاء إضراب القطارات بعد محادثات متأخرة", "عرض خطط الملعب الجديد"],
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_teaser_then_headline_list_goes(lang):
    # "Related: …" over more headlines (no sentence): a box of other stories, none of it the story's
    article = normalise_text(page(*HEAD[lang], TEASER[lang], *HEADLINES[lang]))
    for line in HEADLINES[lang]:
        assert line not in article.text


def test_long_run_of_short_sentences_is_not_taken_whole():
    # more short sentences than a story ends in (CLOSING_MAX_LINES): a box's blurbs, read as before
    blurbs = ["Flood maps are updated.", "Homes were sandbagged.", "The river rose fast.", "Rivers are checked daily.",
              "Rain fell for weeks.", "Flood roads were closed."]
    rules = normalise_text(page(*HEAD["en"], *blurbs), model=False)
    assert blurbs[-1] not in rules.text


# --- a short closing sentence the model drops is said (issue 10 item 5) ----------------------------------------------

def test_short_closing_sentences_the_model_drops_are_warned():
    from newsbrief.normalise.features import line_features
    from newsbrief.normalise.lines import split_lines
    from newsbrief.normalise.losses import CLOSING_DROPPED, loss_warnings

    lines = split_lines(page(*HEAD["en"], TAIL["en"][0], TAIL["en"][2], "Share this article"))
    feats = line_features(lines)
    roles = ["title", "byline", "published", "content", "content", "removed", "removed", "removed"]
    reasons = ["headline", "byline", "date", "model 0.91 (rules: prose)", "model 0.90 (rules: prose)",
               "model 0.41 (rules: short line in the body)", "model 0.30 (rules: short line in the body)", "share"]
    warnings = loss_warnings(lines, feats, roles, reasons)
    said = [w for w in warnings if CLOSING_DROPPED in w]
    assert said and "last 2 paragraph(s)" in said[0] and TAIL["en"][0][:20] in said[0]
    # a subheading or a one-word line the model drops at the end is no story's sentence: nothing said
    lines = split_lines(page(*HEAD["en"], "What happens next"))
    warnings = loss_warnings(lines, line_features(lines), roles[:6], reasons[:5] + ["model 0.2 (rules: short line in "
                                                                                      "the body)"])
    assert not [w for w in warnings if CLOSING_DROPPED in w]


@pytest.mark.parametrize("lang, links", [
    ("en", ["To the flood menu . . .", "To Main Menu . . ."]),
    ("nl", ["Terug naar het overzicht van hoogwater…", "Naar de voorpagina..."]),
    ("ar", ["العودة إلى قائمة السيول...", "إلى الصفحة الرئيسية..."]),
])
def test_links_that_trail_off_under_a_closing_sentence_go(lang, links):
    # a menu's links end in an ellipsis and may name the story's word ("flood"): no further closing sentence
    rules = normalise_text(page(*HEAD[lang], TAIL[lang][2], *links), model=False)
    assert TAIL[lang][2] in rules.text
    assert links[-1] not in rules.text
