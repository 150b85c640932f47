"""A release's (or a story's) sub-headline under its headline is no title, and the dateline lead under it is still
read (issue 10, stop 28, title28 item 2). Three general causes, each seen on hand-written pages:

- Arabic: the title scorer asks whether a headline-like line shares the story's words; Arabic writes a word with its
  article or a clitic ("السكان" / "للسكان") and an adjective with or without its feminine ending ("جديدة" /
  "الجديد"), so the headline shared too few and the sub-headline nearer the story won (classify.StoryVocabulary:
  `_arabic_forms`).
- A release's headline whose words all stand in its lead ("Provincie start met slimme buurtbus in drie dorpen" /
  "… De provincie Overijssel start vandaag met een slimme buurtbus …") was taken for the release's issuer, so the
  sub-headline under it became the title: an issuer is named again as a name, its words in a row
  (releasehead._named_in_lead).
- The dateline lead under a kept sub-headline ("Dubai, 5 December 2026 – …") kept its dateline in the text: the
  dateline step read the first kept paragraph only (datelines.dateline_step: a sub-headline does not start the body).

Every page is invented. Guards: the issuer over the headline (stop 27's pages, unchanged), a story's first paragraph
that ends its sentence keeps the next paragraph's "PLACE -" opening in the text (no dateline in the middle of a story).
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.html import normalise_html

RELEASES = {
    "ar": dict(
        menu="الرئيسية | المركز الإعلامي | الأخبار", label="بيان صحفي",
        headline="الهيئة تطلق خدمة حافلات ذكية جديدة لسكان الأحياء السكنية",
        sub="الخدمة تعمل عند الطلب وتربط ثلاث مناطق بمحطات المترو خلال عشر دقائق",
        lead="دبي، 5 ديسمبر 2026 – أعلنت هيئة الطرق والمواصلات اليوم إطلاق خدمة الحافلات الذكية الجديدة للسكان في "
             "ثلاث مناطق، ضمن خطتها لتشجيع استخدام النقل العام.",
        body=["وقال المدير التنفيذي للهيئة إن الخدمة تتيح للركاب حجز مقعد عبر التطبيق قبل عشر دقائق من موعد الرحلة.",
              "وأضاف أن الهيئة ستقيّم التجربة بعد ستة أشهر قبل تعميمها على مناطق أخرى في الإمارة."],
        place="دبي"),
    "en": dict(
        menu="Home | Media centre | News", label="Press release",
        headline="Council starts smart bus service in three villages",
        sub="The new bus runs on demand and takes passengers to the nearest station within fifteen minutes",
        lead="SHREWSBURY, 5 December 2026 – The county council today starts a smart bus service that runs on demand "
             "in three villages, to keep public transport going in the countryside.",
        body=["Passengers can book a seat in the app up to ten minutes before the bus leaves, the council said.",
              "The trial will be reviewed after six months before the service is extended to other villages."],
        place="SHREWSBURY"),
    "nl": dict(
        menu="Home | Nieuws | Persberichten", label="Persbericht",
        headline="Provincie start met slimme buurtbus in drie dorpen",
        sub="De nieuwe bus rijdt op afroep en brengt reizigers binnen een kwartier naar het dichtstbijzijnde station",
        lead="ZWOLLE, 5 december 2026 – De provincie Overijssel start vandaag met een slimme buurtbus die op afroep "
             "rijdt in drie dorpen rond Zwolle, om het openbaar vervoer op het platteland overeind te houden.",
        body=["Reizigers kunnen tot tien minuten voor vertrek een plek boeken via de app, zegt de gedeputeerde.",
              "De provincie evalueert de proef na zes maanden en besluit dan over andere dorpen."],
        place="ZWOLLE"),
}


def _lines(r: dict, label: bool = True) -> list[str]:
    return [r["menu"], *([r["label"]] if label else []), r["headline"], r["sub"], r["lead"], *r["body"]]


@pytest.mark.parametrize("lang", ["ar", "en", "nl"])
@pytest.mark.parametrize("label", [True, False])
def test_release_headline_over_its_sub_headline_is_the_title(lang, label):
    r = RELEASES[lang]
    for kwargs in ({}, {"model": False}):
        art = normalise_text("\n".join(_lines(r, label)) + "\n", **kwargs)
        assert art.title == r["headline"], (kwargs, art.title)
        assert art.paragraphs[0] == r["sub"]  # the sub-headline is the release's own summary: kept
        assert art.dateline == r["place"], (kwargs, art.dateline)
        assert art.paragraphs[1].startswith(r["lead"].split("– ", 1)[1][:25])


@pytest.mark.parametrize("lang", ["ar", "en", "nl"])
def test_release_on_an_html_page_with_a_bold_sub_headline(lang):
    r = RELEASES[lang]
    html = (f"<html><body><nav>{r['menu']}</nav><article><p>{r['label']}</p><h1>{r['headline']}</h1>"
            f"<p><strong>{r['sub']}</strong></p>" + "".join(f"<p>{p}</p>" for p in [r["lead"], *r["body"]])
            + "</article></body></html>")
    art = normalise_html(html)
    assert art.title == r["headline"]
    assert r["sub"] in art.text


STORY_THEN_PLACE = {
    "en": ["Rail strike called off after late talks", "Home | News",
           "The planned rail strike has been called off after talks ran late into the night, the union said.",
           "LONDON - Commuters had been warned to expect major disruption on Monday morning.",
           "The union will put the new offer to its members next week."],
    "nl": ["Treinstaking afgeblazen na nachtelijk overleg", "Home | Nieuws",
           "De geplande treinstaking gaat niet door na overleg dat tot diep in de nacht duurde, meldt de bond.",
           "UTRECHT - Reizigers waren gewaarschuwd voor grote hinder op maandagochtend.",
           "De bond legt het nieuwe bod volgende week voor aan de leden."],
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guard_a_place_opening_the_second_paragraph_of_a_story_stays(lang):
    lines = STORY_THEN_PLACE[lang]
    art = normalise_text("\n".join([lines[1], lines[0], *lines[2:]]) + "\n")
    assert art.title == lines[0]
    assert art.dateline is None
    assert lines[3] in art.paragraphs
