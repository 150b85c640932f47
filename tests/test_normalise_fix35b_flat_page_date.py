"""A page saved as one line (a print-to-text dump, its line breaks lost) gives the date its header states, and says
that it was not cleaned even where it shows no menu (helper fix35b; probeB's finding 11 of stop 34).

Such a page came back as it went in: no date, and no warning unless a run of menu items showed in it. Its header's date
stands as a stamp between the page's fields ("… as lean season begins 14 June 2026 Humanitarian Aid The World …",
"Published 5 January 2026 The minister …"); a date inside the story's sentence ("warned on 14 June 2026 that") is
none. The title stays unread: where a site's name and menu end and the headline begins, one line does not say.
Hand-written pages in en/nl/ar; none is eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.flatpage import flat_page_date
from newsbrief.normalise.lines import Line

EN_MENU = ("City Courier Home Local News Politics Business Health Education Transport Sport Arts Opinion Weather "
           "Obituaries")
EN_HEAD = "Council approves new bus lanes on the ring road"
EN_STORY = (
    "The city council approved plans on Tuesday evening for dedicated bus lanes along six kilometres of the ring road, "
    "after a debate that ran for more than three hours. Supporters said the lanes would cut journey times for about "
    "forty thousand passengers a day, while shop owners on the route warned that losing parking spaces would drive "
    "customers away. The transport department said work would begin in the spring and take about eight months, with "
    "one lane open in each direction during the works. Councillor Ruth Adeyemi, who chairs the transport committee, "
    "said the plan had been changed twice after residents objected to the loss of trees near the hospital. The "
    "opposition group voted against, saying the money would be better spent on repairing pavements in the outer "
    "districts, where complaints about trips and falls have doubled in two years. A public inquiry is not required, "
    "officials said, because the lanes use land the council already owns. Bus operators welcomed the decision and "
    "said they would add evening services on two routes once the lanes open. Cycling groups asked for a separate "
    "track, which the council said it would consider in next year's budget. ")
EN_FOOT = "Share this story Most read Privacy Terms Contact us"

NL_MENU = "Dagblad Noord Home Nieuws Regio Politiek Economie Sport Cultuur Wonen Verkeer Weer Podcasts"
NL_HEAD = "Gemeente trekt extra geld uit voor fietspaden rond Assen"
NL_STORY = (
    "De gemeenteraad heeft dinsdagavond ingestemd met een extra investering van vier miljoen euro in fietspaden rond "
    "de stad. Het geld gaat vooral naar de routes tussen de nieuwe wijken en de scholen aan de rand van het centrum. "
    "Wethouder Sanne Bakker zei dat het aantal fietsers op die routes in twee jaar met een derde is gestegen, terwijl "
    "de paden nog uit de jaren tachtig stammen. Ouders hadden al langer geklaagd over smalle stroken en slechte "
    "verlichting in de winter. De oppositie stemde in met het plan, maar vroeg om ook de paden in de dorpen mee te "
    "nemen, waar de gemeente volgend jaar naar wil kijken. De eerste werkzaamheden beginnen in het voorjaar en duren "
    "naar verwachting tot het einde van de zomer. Tijdens de werkzaamheden worden omleidingen aangegeven. De "
    "fietsersbond noemde het besluit een goede eerste stap, maar wil dat de gemeente ook de oversteekplaatsen bij de "
    "rondweg veiliger maakt, waar vorig jaar drie ongelukken gebeurden. ")

AR_MENU = "الرئيسية أخبار محلية عربي ودولي اقتصاد رياضة ثقافة منوعات"
AR_HEAD = "افتتاح مستشفى جديد في صحار بسعة ثلاثمائة سرير"
AR_STORY = (
    "افتتحت وزارة الصحة صباح اليوم مستشفى جديدا في ولاية صحار بسعة ثلاثمائة سرير، ليكون أكبر منشأة صحية في "
    "محافظة شمال الباطنة. وقال وزير الصحة خلال حفل الافتتاح إن المستشفى يضم أقساما متخصصة في أمراض القلب "
    "والأورام وطب الأطفال، إلى جانب مركز للطوارئ يعمل على مدار الساعة. وأضاف أن تكلفة المشروع بلغت نحو خمسين "
    "مليون ريال، وأن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والمحافظات المجاورة. وأشار إلى أن "
    "الوزارة عينت أكثر من ألف موظف من الكوادر الوطنية للعمل في المستشفى، وأن التشغيل سيكون على مراحل خلال "
    "الأشهر الثلاثة المقبلة. ")


def _one_line(*parts: str) -> str:
    return " ".join(p.strip() for p in parts) + "\n"


@pytest.mark.parametrize("text,date", [
    (_one_line(EN_MENU, EN_HEAD, "14 June 2026", EN_STORY * 2, EN_FOOT), "2026-06-14"),
    (_one_line(EN_HEAD, "Published 5 January 2026", EN_STORY * 2, EN_FOOT), "2026-01-05"),
    (_one_line("June 14, 2026", EN_HEAD, EN_STORY * 2), "2026-06-14"),
    (_one_line(NL_MENU, NL_HEAD, "12 maart 2026", NL_STORY * 3), "2026-03-12"),
    (_one_line(AR_MENU, AR_HEAD, "14 يونيو 2026", AR_STORY * 4), "2026-06-14"),
])
def test_a_page_saved_as_one_line_gives_its_headers_date_and_says_it_was_not_cleaned(text, date):
    """Fails on main: no date; without a run of menu items, no warning either."""
    art = normalise_text(text)
    assert art.published == date, (art.published, art.warnings)
    assert any("line breaks were lost" in w for w in art.warnings), art.warnings
    assert art.title is None  # never guessed out of one line


@pytest.mark.parametrize("text", [
    # the story's own sentence dates an event: no stamp
    _one_line(EN_MENU, EN_HEAD, "The council said on 14 June 2026 that it would " + EN_STORY * 2),
    _one_line(NL_MENU, NL_HEAD, "De raad besloot op 12 maart 2026 dat " + NL_STORY * 3),
    _one_line(AR_MENU, AR_HEAD, "أعلنت الوزارة في 14 يونيو 2026 أن " + AR_STORY * 4),
    # a date the sentence goes on from in lower case, and one past the first sentence's end
    _one_line(EN_HEAD, "The report released 14 June 2026 shows that " + EN_STORY * 2),
    _one_line(EN_MENU, EN_HEAD, EN_STORY, "14 June 2026", EN_STORY),
])
def test_a_date_inside_the_storys_sentences_is_no_flat_pages_date(text):
    assert normalise_text(text).published is None


def test_a_short_line_is_no_flat_page():
    """Guard: a headline and a date on one short line is a date line's business, not a flat page's."""
    assert flat_page_date([Line(_one_line(EN_HEAD, "14 June 2026", EN_STORY[:300]))]) is None
    assert flat_page_date([Line(EN_HEAD), Line("14 June 2026 " + EN_STORY * 2)]) is None


def test_one_long_paragraph_without_a_stamp_stays_no_flat_page():
    """Guard: a story printed as one long paragraph (no menu run, no stamp) is not said to have lost its breaks."""
    art = normalise_text(_one_line(EN_STORY * 2))
    assert not any("line breaks" in w for w in art.warnings)
    assert art.published is None
