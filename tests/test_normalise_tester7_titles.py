"""The headline among the lines above a story (tester 7, findings 2 and 7), in en, nl and ar.

A local paper's or a blog's name on the page's first line names the town or the subject its stories are about, so it
shares a word with the story and won the title as "the page's first line" over the real headline below it, which went
to `removed`. A headline with a deck (subtitle) line right under it lost the title to the deck, which stands nearer the
story and scores as high or higher (its place, its names' capitals). Hand-written pages; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- finding 2: a masthead that names the story's town is not the headline ------------------------------------------

MASTHEAD = {
    "en": ("Menu", "The Harwick Star", "Subscribe for £2 a month",
           "Harwick library to open on Sundays after volunteers step in",
           "By Tom Ellery", "12 March 2026",
           ["Harwick's central library will open on Sunday afternoons from April after a group of volunteers offered "
            "to staff the building, the town council said on Tuesday.",
            "The library closed on Sundays in 2019 to save money. About forty volunteers have signed up so far, most "
            "of them retired teachers and students from Harwick College.",
            "Council leader Anita Shaw said the heart of the plan was a reading club for children, which would meet "
            "every Sunday at two o'clock."]),
    "nl": ("Menu", "Dagblad van Zwolle", "Abonneer nu voor 3 euro per maand",
           "Bibliotheek in Zwolle gaat weer open op zondag dankzij vrijwilligers",
           "Door Marieke Smit", "12 maart 2026",
           ["De centrale bibliotheek in Zwolle gaat vanaf april weer open op zondagmiddag, nu een groep vrijwilligers "
            "de balie wil bemannen, meldde de gemeente dinsdag.",
            "De bibliotheek sloot in 2019 op zondag om geld te besparen. Inmiddels hebben zich veertig vrijwilligers "
            "gemeld, vooral gepensioneerde leraren en studenten.",
            "Wethouder Anita de Wit noemt de leesclub voor kinderen het hart van het plan; die komt elke zondag om "
            "twee uur bijeen."]),
    "ar": ("القائمة", "موقع أهل الإسكندرية", "اشترك الآن بعشرة جنيهات شهريا",
           "مكتبة الإسكندرية العامة تفتح أبوابها أيام الجمعة بفضل المتطوعين",
           "بقلم منى عبد الحليم", "12 مارس 2026",
           ["أعلنت بلدية الإسكندرية يوم الثلاثاء أن المكتبة العامة في وسط المدينة ستفتح أبوابها بعد ظهر كل جمعة "
            "ابتداء من شهر أبريل بعد أن تطوع عدد من السكان للعمل فيها.",
            "وكانت المكتبة قد أغلقت أيام الجمعة منذ عام 2019 لتوفير النفقات، وسجل نحو أربعين متطوعا أسماءهم حتى الآن "
            "معظمهم من المعلمين المتقاعدين والطلاب.",
            "وقالت رئيسة المجلس إن نادي القراءة للأطفال هو قلب الخطة، وسيجتمع كل جمعة في الساعة الثانية."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_masthead_naming_the_town_is_not_the_headline(lang):
    label, masthead, promo, headline, byline, date, body = MASTHEAD[lang]
    art = normalise_text(page(label, masthead, promo, "", headline, byline, date, "", *body))
    assert art.title == headline
    assert masthead in art.removed and headline not in art.removed
    assert art.paragraphs == body


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_headline_on_the_first_line_keeps_the_title_over_a_line_below(lang):
    # the page opens with its headline; a shorter line about the story below it (a caption-like line) does not take
    # the title: it shares no more of the story's words than the headline does
    _, _, _, headline, byline, date, body = MASTHEAD[lang]
    art = normalise_text(page(headline, byline, date, "", *body))
    assert art.title == headline


# --- finding 7: a deck (subtitle) line under the headline is not the title ------------------------------------------

DECK = {
    "en": ("Sign in | Register", "Northgate Post", "UK  World  Money  Sport",
           "Bus operator to scrap rural routes around Dunmore",
           "Villages near Kelby lose their only daily bus",
           "Ruth Adeyemi, Transport Reporter",
           ["The county's largest bus operator will withdraw 40 rural routes from June, saying passenger numbers have "
            "not recovered since 2020.",
            "Villages around Dunmore and Kelby will lose their only daily service, leaving some residents more than "
            "five miles from the nearest stop.",
            "The county council said it would fund a demand-responsive minibus for the worst-affected villages while "
            "it looks for another operator."]),
    "nl": ("Inloggen | Registreren", "Noorderkrant", "Nieuws  Regio  Sport  Cultuur",
           "'We willen weer een bus in elk dorp'",
           "Gesprek met gedeputeerde Hanneke Veldhuis",
           "Door Pieter Brouwer",
           ["Sinds de zomer rijdt er in twintig dorpen in Drenthe geen bus meer. Gedeputeerde Hanneke Veldhuis wil dat "
            "de provincie de lijnen zelf weer gaat betalen.",
            "\"Een dorp zonder bus is een dorp waar jongeren vertrekken,\" zegt Veldhuis. De provincie trekt er "
            "volgend jaar vier miljoen euro voor uit.",
            "De vervoerder stopte met de lijnen omdat er te weinig reizigers waren. Veldhuis wil kleinere bussen laten "
            "rijden die reizigers op afroep ophalen."]),
    "ar": ("تسجيل الدخول | اشتراك", "صحيفة الشمال", "أخبار  اقتصاد  رياضة  ثقافة",
           "شركة النقل العام توقف أربعين خطا ريفيا",
           "قرى الريف الشرقي تفقد خدمة الحافلات اليومية",
           "بقلم كريم الحسن",
           ["أعلنت شركة النقل العام أنها ستوقف أربعين خطا ريفيا ابتداء من يونيو، قائلة إن أعداد الركاب لم تعد إلى "
            "مستواها منذ عام 2020.",
            "وستفقد قرى الريف الشرقي خدمة الحافلات اليومية الوحيدة، ما يترك بعض السكان على بعد أكثر من ثمانية "
            "كيلومترات من أقرب محطة.",
            "وقال المجلس المحلي إنه سيمول حافلات صغيرة حسب الطلب للقرى الأكثر تضررا ريثما يبحث عن شركة أخرى."]),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_the_headline_over_its_deck_is_the_title(lang):
    bar, site, menu, headline, deck, byline, body = DECK[lang]
    art = normalise_text(page(bar, site, menu, "", headline, deck, byline, "Tuesday 20 January 2026", "", *body))
    assert art.title == headline
    assert headline not in art.removed
    assert art.paragraphs[-len(body):] == body  # a deck of six words or more is kept as the standfirst


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_short_kicker_over_the_headline_stays_out_of_the_title(lang):
    # the other order: a topic label above the headline (the shorter line) is the kicker, the headline the title
    bar, site, menu, headline, _, byline, body = DECK[lang]
    kicker = {"en": "Rural buses", "nl": "Busvervoer Drenthe", "ar": "النقل الريفي"}[lang]
    art = normalise_text(page(bar, site, menu, "", kicker, headline, byline, "Tuesday 20 January 2026", "", *body))
    assert art.title == headline
