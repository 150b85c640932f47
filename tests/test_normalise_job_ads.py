"""A job ad inside a story: its label ("Vacature", "Job of the week", "وظيفة شاغرة") or an advert's label over a job's
pitch ("Advertentie" / "Werkvoorbereider Infra gezocht in Rosmalen. Solliciteer direct"): the label went and the ad's
line stayed as a paragraph of the story (stop 34, probeA 10). normalise/widgetitems.py reads a ``widget_head`` label
with its item, and an advert's label with an ``ad_pitch`` line. Pages written for these tests (en, nl, ar)."""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

STORY = {
    "nl": ("Provincie gunt renovatie van de Hoge Brug aan bouwcombinatie\n"
           "Door Erik de Graaf\n"
           "4 december 2026\n"
           "De provincie heeft de renovatie van de Hoge Brug gegund aan een combinatie van twee bouwbedrijven. Met de "
           "opdracht is ruim 85 miljoen euro gemoeid.\n"
           "De combinatie vervangt het brugdek en versterkt de pijlers. Het werk moet in 2029 klaar zijn en de brug "
           "blijft in die tijd grotendeels open voor verkeer.\n",
           "Volgens de provincie scoorde de combinatie het best op het beperken van hinder. Er bleven vier "
           "inschrijvers over na de selectiefase.\n"),
    "en": ("County awards bridge repair contract to joint venture\n"
           "By Erin Walsh\n"
           "4 December 2026\n"
           "The county council has awarded the repair of the High Bridge to a joint venture of two contractors, in a "
           "deal worth about 85 million pounds.\n"
           "The partners will replace the deck and strengthen the piers. The work is due to finish in 2029 and the "
           "bridge will stay open to traffic for most of that time.\n",
           "The council said the joint venture scored best on keeping disruption down. Four bidders were left after "
           "the first round.\n"),
    "ar": ("المحافظة ترسي مشروع ترميم الجسر العالي على تحالف شركتين\n"
           "بقلم سامي الخطيب\n"
           "4 ديسمبر 2026\n"
           "أرست المحافظة مشروع ترميم الجسر العالي على تحالف يضم شركتين للمقاولات، بكلفة تقارب 85 مليون دولار.\n"
           "وسيستبدل التحالف أرضية الجسر ويقوي أعمدته، على أن تنتهي الأعمال عام 2029 مع بقاء الجسر مفتوحا أمام "
           "حركة السير معظم الوقت.\n",
           "وقالت المحافظة إن التحالف حصل على أعلى تقييم في خطة الحد من الإزعاج، بعد أن بقي أربعة متنافسين في "
           "المرحلة الأولى.\n"),
}


@pytest.mark.parametrize("lang, label, item", [
    ("nl", "Vacature", "Werkvoorbereider Infra (32-40 uur) – Bouwbedrijf Van Os, Rosmalen"),
    ("nl", "Advertentie", "Werkvoorbereider Infra gezocht in Rosmalen. Solliciteer direct"),
    ("en", "Job of the week", "Site engineer, Leeds. Salary 45,000 pounds. Apply by 20 December"),
    ("en", "Advertisement", "Now hiring site engineers in Leeds and Bradford. Apply today"),
    ("ar", "وظيفة شاغرة", "مطلوب مهندس موقع لشركة مقاولات في عمّان براتب مجز"),
    ("ar", "إعلان", "مطلوب مهندسو مواقع لشركة مقاولات كبرى. قدم طلبك الآن"),
])
def test_a_job_ad_inside_the_story_goes_with_its_label(lang, label, item):
    head, tail = STORY[lang]
    art = normalise_text(head + label + "\n" + item + "\n" + tail, language=lang)
    assert item in art.removed, art.paragraphs
    assert not any(item in p for p in art.paragraphs)
    assert len(art.paragraphs) == 3, art.paragraphs


@pytest.mark.parametrize("lang, label, line", [
    # under a plain advert slot the story may run on: a sentence with no call to apply stays
    ("nl", "Advertentie", "De aannemer zoekt nog werkvoorbereiders en uitvoerders voor het project."),
    ("en", "Advertisement", "The contractors say they are still hiring site engineers for the project."),
])
def test_guard_the_story_running_on_under_an_advert_slot_stays(lang, label, line):
    head, tail = STORY[lang]
    art = normalise_text(head + label + "\n" + line + "\n" + tail, language=lang)
    assert any(line in p for p in art.paragraphs), art.removed
