"""A WordPress feed copy: the item's closing line "The post <title> appeared first on <site>." goes, and the feed's
next item under it is set aside with a warning, in en/nl/ar.

Found by a new user (stop 32, probeC 3): a page scraped from a WordPress RSS feed kept the footer WordPress writes
under every item (the `republished` phrases want "the post" right before the verb; the footer has the item's title
in between), and the next item (headline, "by X | date | section", excerpt) was glued into the body with no warning.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("\n".join([
        "Riverside Weekly Feed",
        "County opens second cold-weather shelter in Milltown",
        "by Priya Nandakumar | Nov 19, 2026 | Housing",
        "Hollis County opened a second cold-weather shelter on Friday in a former bus depot in Milltown, adding 60 beds "
        "as overnight temperatures are forecast to fall below minus 10C next week.",
        "The county's first shelter turned people away on four nights in December, outreach workers told the board.",
        "Officials said the depot would stay open until the end of March. […]",
        "Read More",
        "The post County opens second cold-weather shelter in Milltown appeared first on Riverside Weekly.",
        "School board approves later start times for high schools",
        "by Owen Tremblay | Nov 18, 2026 | Education",
        "High schools in the district will start at 8:45 a.m. from September after the board voted 5-2 on Thursday to "
        "push back the first bell by 40 minutes. […]",
        "The post School board approves later start times for high schools appeared first on Riverside Weekly.",
    ]), "The post County opens", "School board approves later start times"),
    "nl": ("\n".join([
        "Stadsblad Feed",
        "Gemeente plaatst dertig extra fietsenrekken bij station",
        "door Femke Jansen | 19 november 2026 | Verkeer",
        "De gemeente plaatst deze maand dertig extra fietsenrekken bij het station, omdat fietsers hun fiets nu "
        "vaak op de stoep achterlaten en voetgangers daar last van hebben.",
        "Volgens de wethouder komen er in het voorjaar nog eens tweehonderd plekken bij in een nieuwe stalling.",
        "Handhavers gaan de stoep bij het station daarna vaker controleren en fietsen die er langer dan een week staan weghalen. […]",
        "Het bericht Gemeente plaatst dertig extra fietsenrekken bij station verscheen eerst op Stadsblad.",
        "Bibliotheek langer open in de examenperiode",
        "door Ruben Smit | 18 november 2026 | Onderwijs",
        "De centrale bibliotheek blijft in mei en juni op doordeweekse dagen open tot tien uur 's avonds, zodat "
        "scholieren er kunnen leren voor hun examens. […]",
        "Het bericht Bibliotheek langer open in de examenperiode verscheen eerst op Stadsblad.",
    ]), "Het bericht Gemeente", "Bibliotheek langer open in de examenperiode"),
    "ar": ("\n".join([
        "موجز الساحل",
        "افتتاح محطة جديدة لتحلية المياه شمال المدينة",
        "بواسطة سامر خليل | 19 نوفمبر 2026 | أخبار محلية",
        "افتتحت شركة المياه، الجمعة، محطة جديدة لتحلية مياه البحر شمال المدينة بطاقة عشرين ألف متر مكعب يومياً، "
        "لتخفيف الانقطاعات المتكررة في الأحياء المرتفعة خلال الصيف.",
        "وقال مدير الشركة إن المحطة ستغطي حاجة نحو ثمانين ألف نسمة، وإن مرحلة ثانية ستبدأ العام المقبل.",
        "وأضاف أن كلفة المشروع بلغت أربعين مليون دولار بتمويل من قرض ميسر. […]",
        "تابع القراءة",
        "ظهرت المقالة افتتاح محطة جديدة لتحلية المياه شمال المدينة أولاً على موجز الساحل.",
        "تمديد ساعات عمل المكتبة العامة خلال فترة الامتحانات",
        "بواسطة هالة منصور | 18 نوفمبر 2026 | تعليم",
        "قررت البلدية تمديد ساعات عمل المكتبة العامة حتى العاشرة مساء طوال فترة الامتحانات، لتمكين الطلاب من "
        "الدراسة في أجواء هادئة. […]",
        "ظهرت المقالة تمديد ساعات عمل المكتبة العامة خلال فترة الامتحانات أولاً على موجز الساحل.",
    ]), "ظهرت المقالة افتتاح", "تمديد ساعات عمل المكتبة العامة خلال فترة الامتحانات"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_feed_footer_goes_and_the_next_item_is_set_aside_with_a_warning(lang):
    page, footer, next_headline = PAGES[lang]
    art = normalise_text(page)
    assert footer not in art.text
    assert next_headline not in art.text
    warned = [w for w in art.warnings if "second article" in w]
    assert len(warned) == 1 and next_headline[:40] in warned[0]
    assert art.text.count("\n\n") == 2  # the first item's three paragraphs, whole


@pytest.mark.parametrize("line", [
    "The post office appeared first on the list of buildings the council wants to sell, officials said.",
    "The post was first advertised in March and drew 40 applicants.",
])
def test_a_story_sentence_about_a_post_stays(line):
    page = "\n".join([
        "Council lists buildings for sale",
        "By Dana Whitfield",
        "The council on Monday published a list of 14 buildings it wants to sell to close a budget gap of "
        "£3.2 million next year.",
        line,
        "A final decision is expected in April after a public consultation, the council said.",
    ])
    assert line in normalise_text(page).text
