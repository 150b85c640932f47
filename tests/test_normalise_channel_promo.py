"""A channel promo inside the story goes whole: its heading, its pitch and its button (stop 35, probeA finding 4).

"Volg ons op WhatsApp" / "Mis geen nieuws: ontvang het nieuws via ons WhatsApp-kanaal." / "Volg het kanaal" between
two paragraphs: the phrase lists named the heading, and the pitch under it read as a sentence of the story, the button
as a short line of it. The heading's removal is carried to its own lines as a related box's is to its headlines; a
story paragraph under such a heading (a story about WhatsApp) stays. Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

MENU = ["Home", "Nieuws", "Economie"]
FOOTER = ["Deel dit artikel", "Facebook", "WhatsApp", "© 2026 Voorbeeld Media"]

PAGES = {
    "nl": dict(
        title="Gemeente Zwolle verhoogt parkeertarieven in de binnenstad",
        lead="De gemeente Zwolle verhoogt vanaf 1 februari de parkeertarieven in de binnenstad met gemiddeld twintig "
             "procent, maakte wethouder Van Dijk dinsdag bekend na een besluit van het college.",
        promo=["Volg ons op WhatsApp",
               "Mis geen nieuws: ontvang het belangrijkste nieuws uit de regio direct via ons WhatsApp-kanaal.",
               "Volg het kanaal"],
        more="Volgens de wethouder is de verhoging nodig om de parkeergarages aan de rand van de stad aantrekkelijker "
             "te maken. Ondernemers in de binnenstad reageerden teleurgesteld op het besluit.",
        story="WhatsApp kondigde vorige week aan dat kanalen ook voor gemeenten beschikbaar komen, meldde het bedrijf.",
    ),
    "en": dict(
        title="City council raises parking charges in the town centre",
        lead="York council will raise parking charges in the town centre by an average of twenty per cent from 1 "
             "February, the cabinet member for transport said on Tuesday after a vote of the executive.",
        promo=["Follow us on WhatsApp",
               "Never miss a story: get the day's top local news straight to your phone on our WhatsApp channel.",
               "Join the channel"],
        more="The council said the rise was needed to make the park-and-ride sites at the edge of the city more "
             "attractive. Shop owners in the centre said they were disappointed by the decision.",
        story="WhatsApp said last week that channels would be opened to local councils from the spring, the company "
              "announced.",
    ),
    "ar": dict(
        title="البلدية ترفع رسوم المواقف في وسط المدينة",
        lead="قررت بلدية المدينة رفع رسوم مواقف السيارات في وسط المدينة بنسبة عشرين في المئة اعتبارا من الأول من "
             "فبراير، وفق ما أعلنه رئيس لجنة النقل في البلدية الثلاثاء بعد اجتماع المجلس.",
        promo=["تابعونا على واتساب", "انضم إلى قناتنا على واتساب لتصلك أهم الأخبار أولا بأول", "انضم الآن"],
        more="وقال رئيس اللجنة إن الزيادة ضرورية لتشجيع السكان على استخدام المواقف الواقعة على أطراف المدينة، فيما "
             "أبدى أصحاب المحال التجارية في وسط المدينة استياءهم من القرار.",
        story="وأعلنت شركة واتساب الأسبوع الماضي أن القنوات ستتاح للبلديات اعتبارا من الربيع، بحسب ما قالت الشركة.",
    ),
}


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_channel_promo_goes_with_its_pitch_and_button(lang):
    p = PAGES[lang]
    text = normalise_text("\n".join(MENU + [p["title"], p["lead"]] + p["promo"] + [p["more"]] + FOOTER)).text
    for line in p["promo"]:
        assert line not in text, line
    assert p["lead"] in text and p["more"] in text


@pytest.mark.parametrize("lang", ["nl", "en", "ar"])
def test_a_story_paragraph_under_a_promo_heading_stays(lang):
    # the story's own sentence about the messenger reports (a speaker, no "you"): no pitch of the promo
    p = PAGES[lang]
    text = normalise_text("\n".join(MENU + [p["title"], p["lead"], p["promo"][0], p["story"], p["more"]]
                                    + FOOTER)).text
    assert p["story"] in text and p["more"] in text
