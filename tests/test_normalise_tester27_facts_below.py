"""A match's facts under its report are kept, every line alike (tester s27, finding 4).

Under a match report stand its result with the scorers, the line-ups, the goals, cards and substitutes, the referee
and the attendance. The learned model decided them one line at a time: it kept the line-ups and dropped the referee
and the attendance under them. They are the report's own structured lines, as a story's table under it is, so the
whole block is kept, in every page mode (matchfacts.facts_below; the same facts ABOVE the lead still go, since there
they would open the text: test_normalise_fact_box_above.py). A block needs a match's own fact (a referee, the
attendance, a labelled roll: "Booked:", "Opstellingen:", "التشكيلة:"): a place, a tags line or a list of names alone
is none.

Every page is invented. The user-level cases fail on the code before; the guards pass on both.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("""Menu
Search
Sport
Football
Late Okafor double sends Rovers top of the table
By Dan Whitely
Saturday 5 December 2026 17:45 GMT
Northgate Rovers moved to the top of League Two with a 3-1 win over Elmfield Town, two goals in the last twenty minutes from Samuel Okafor turning a tight game their way.
Elmfield had levelled through a Barnes penalty ten minutes after the break, and for a spell looked the likelier winners.
Okafor restored the lead with a header from a corner in the 67th minute and sealed it with a low shot from the edge of the area.
"We showed real character today," Rovers manager Ian Frost said. "The players never stopped believing."
Rovers travel to Ashby on Tuesday, while Elmfield host Kingsbridge next Saturday.
""", """Northgate Rovers 3 (Lindqvist 23, Okafor 67, 81)
Elmfield Town 1 (Barnes 55 pen)
Northgate Rovers: Hart; Cole, Mensah, Ward, Pike; Lindqvist, Moss, Reid; Okafor, Dunn, Ferris. Subs not used: Bell, Tate.
Elmfield Town: Price; Adair, Holt, Nash, Byrne; Quinn, Barnes, Lowe; Keane, Doyle, Shaw.
Booked: Moss, Holt, Lowe.
Referee: Lee Harwood.
Attendance: 14,212.
""", """Related
League Two table
Fixtures and results
"""),
    "nl": ("""Menu
Zoeken
Sport
Voetbal
Brobbey schiet Ajax met twee goals naar de winst
Door Daan Wittebrood
zaterdag 5 december 2026, 22:40
Ajax heeft zaterdagavond met 3-1 gewonnen van PSV, dankzij twee doelpunten van Brian Brobbey in de eerste helft. De ploeg staat daardoor weer op de tweede plaats.
PSV kwam na rust terug tot 2-1 via een kopbal van Noa Lang en was een kwartier lang de betere ploeg.
Steven Berghuis besliste de wedstrijd twaalf minuten voor tijd met een vrije trap in de verre hoek.
"We bleven geloven, ook toen het even moeilijk was," zei trainer Francesco Farioli na afloop.
Ajax speelt woensdag in de beker tegen NAC, PSV ontvangt volgende week Feyenoord.
""", """Doelpunten: 1-0 Brobbey (12), 2-0 Brobbey (45), 2-1 Lang (60), 3-1 Berghuis (78).
Opstellingen:
Ajax: Pasveer; Rensch, Sutalo, Baas, Hato; Henderson, Taylor, Mannsverk; Berghuis, Brobbey, Godts.
PSV: Benitez; Dest, Boscagli, Flamingo, Ledezma; Veerman, Tillman, Saibari; Bakayoko, De Jong, Lang.
Gele kaarten: Taylor, Hato, Veerman.
Scheidsrechter: Danny Makkelie.
Toeschouwers: 54.000.
""", """Meer sport
Stand Eredivisie
Programma en uitslagen
"""),
    "ar": ("""القائمة
بحث
رياضة
كرة القدم
ثنائية صلاح تقود الأهلي إلى صدارة الدوري
بقلم داود وهبي
السبت 5 ديسمبر 2026
انتزع الأهلي صدارة الدوري بفوزه على الزمالك بنتيجة 3-1، بعدما سجل محمد صلاح هدفين في الدقائق العشرين الأخيرة من المباراة.
وكان الزمالك قد أدرك التعادل عن طريق ركلة جزاء بعد عشر دقائق من بداية الشوط الثاني، وبدا لفترة الأقرب إلى الفوز.
وأعاد صلاح التقدم للأهلي بضربة رأس من ركلة ركنية في الدقيقة 67، ثم أضاف الهدف الثالث بتسديدة من خارج المنطقة.
وقال مدرب الأهلي بعد المباراة: "أظهر اللاعبون شخصية قوية ولم يتوقفوا عن الإيمان بالفوز".
ويلتقي الأهلي الثلاثاء المقبل مع الإسماعيلي، فيما يستضيف الزمالك المصري يوم السبت.
""", """الأهلي 3 (حسين 23، صلاح 67، 81)
الزمالك 1 (زيزو 55 من ركلة جزاء)
التشكيلة:
الأهلي: الشناوي؛ هاني، ياسر، ربيعة، معلول؛ عطية، ديانغ، الشحات؛ صلاح، حسين، طاهر.
الزمالك: عواد؛ حمدي، الونش، عبد المجيد، فتوح؛ شلبي، زيزو، نبيل؛ مايلي، سيف، ناصر.
الإنذارات: ديانغ، الونش، شلبي.
الحكم: محمد عادل.
الحضور: 30 ألف متفرج.
""", """مواضيع ذات صلة
جدول الترتيب
"""),
}


def _facts(lang: str) -> list[str]:
    return [line for line in PAGES[lang][1].splitlines() if line.strip()]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_facts_under_a_match_report_are_kept_every_line_alike(lang):
    story, facts, tail = PAGES[lang]
    article = normalise_text(story + facts + tail)
    for line in _facts(lang):
        assert line in article.paragraphs, (line, article.removed)
    reasons = {text: reason for text, _role, reason in article.line_roles}
    assert all(reasons[line] == "match facts under the story" for line in _facts(lang)), reasons
    # the related box under them still goes
    for line in tail.splitlines():
        assert line not in article.paragraphs
    # the story's own paragraphs lead the text
    assert article.paragraphs[0] == story.splitlines()[7]


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_the_same_facts_above_the_lead_still_go(lang):
    """Above the lead the facts box goes (matchfacts.facts_box): it would open the text."""
    story, facts, tail = PAGES[lang]
    lines = story.splitlines()
    box = [line for line in _facts(lang) if "ference" in line or "Attendance" in line or "Scheids" in line
           or "Toeschouwers" in line or "الحكم" in line or "الحضور" in line]
    page = "\n".join(lines[:7] + box + lines[7:]) + "\n" + tail
    article = normalise_text(page)
    for line in box:
        assert line not in article.paragraphs, (line, article.paragraphs)


def test_guard_a_place_line_under_an_event_story_is_no_match_block():
    page = """Menu
Search
Town hall hosts first winter market in twenty years
By Amy Lowe
Saturday 5 December 2026
More than forty stalls filled the town hall on Saturday for the first winter market in Eastbury since 2006.
Organisers said about 3,000 people came through the doors, twice as many as they had hoped for.
The market returns next Saturday, when a brass band from Northgate will play carols in the square.
Venue: Town Hall, Market Street.
Tags: markets, Eastbury, Christmas, events, town hall, stalls, carols
Copyright 2026 Eastbury Post
"""
    article = normalise_text(page)
    reasons = [reason for _text, _role, reason in article.line_roles]
    assert "match facts under the story" not in reasons
    assert not any(p.startswith("Tags:") for p in article.paragraphs)


def test_guard_a_tags_line_under_the_facts_stays_out():
    story, facts, tail = PAGES["en"]
    page = story + facts + "Tags: Football, League Two, Rovers, Elmfield, Okafor, Frost, Ashby, Kingsbridge\n" + tail
    article = normalise_text(page)
    assert not any(p.startswith("Tags:") for p in article.paragraphs)
