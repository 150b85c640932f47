"""A sentence that introduces the story at its edge is the story's (dragnet's "lead dropped before our first kept
line" and "story's end dropped after our last kept line"), in en/nl/ar.

Each case fails on the code before the fix (the guards, labelled, pass on both): a blog that quotes a text opens it
with a lead-in right above the quoted text ("Via the curator's own blog:", "Sarah Peters of Leeds wrote to us:"), which shares no word with the text under it, so the standfirst rule did not take it and it went
"before the article"; a story that ends with a lead-in to something the dump does not hold (an embedded chart or
post) lost that last line "after the article". A widget's heading in the same place (one that points to other
articles, or a phrase list's prompt) stays out.
"""

from __future__ import annotations

from newsbrief.normalise import normalise_text


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


MENU = ["Home", "News", "Sport", "Opinion", "Contact"]
FOOTER = ["Share this article", "Facebook", "Twitter", "Email", "Copyright 2026 The Westbridge Courier"]

EN_LEAD = "Sarah Peters of Leeds wrote to us:"
EN_BODY = [
    "I have a small garden with three old apple trees, and every year the lower branches get covered in moss and "
    "lichen. Should I scrape it off before the frost, or leave it alone until spring comes?",
    "Moss on an old apple tree does no harm by itself: it grows where the bark stays damp and the air is still, and "
    "it takes nothing from the tree. Scraping it off wounds the bark and lets disease in.",
    "If the branches are crowded, thin them after the leaves fall so that air moves through the crown, and the moss "
    "will retreat on its own over a season or two.",
]
NL_LEAD = "Een lezer uit Zwolle stuurde ons deze brief:"
NL_BODY = [
    "Ik woon al twintig jaar aan de Stationsweg en zie elke ochtend hoe kinderen tussen de auto's door naar school "
    "fietsen. Waarom duurt het zo lang voordat de gemeente hier een veilige oversteek aanlegt?",
    "De wethouder antwoordt dat de oversteek in het plan voor volgend jaar staat, maar dat de provincie eerst moet "
    "instemmen omdat de weg deels van haar is. Een besluit wordt in maart verwacht.",
    "Tot die tijd zet de gemeente in de ochtendspits een verkeersregelaar bij de school, zegt zij.",
]
AR_LEAD = "وكتب أحد القراء الرسالة التالية:"
AR_BODY = [
    "أسكن في حي سموحة منذ عشرين عاما، وأرى كل صباح الأطفال يعبرون الطريق بين السيارات في طريقهم إلى المدرسة. "
    "لماذا تتأخر المحافظة في إنشاء معبر آمن للمشاة هنا؟",
    "وردت المحافظة بأن المعبر مدرج في خطة العام المقبل، لكن موافقة هيئة الطرق مطلوبة أولا لأن جزءا من الطريق تابع "
    "لها، ومن المتوقع صدور القرار في مارس.",
    "وحتى ذلك الحين ستضع المحافظة شرطي مرور قرب المدرسة في ساعات الذروة الصباحية.",
]


def _quoting_page(headline: str, byline: str, lead: str, body: list[str]) -> str:
    return _page(*MENU, headline, byline, lead, *body, *FOOTER)


def test_lead_in_above_the_quoted_text_is_kept_en():
    page = _quoting_page("Reader question: moss on the apple trees", "By John Carter, 15 July 2026", EN_LEAD, EN_BODY)
    for model in (False, None):
        text = normalise_text(page, model=model).text
        assert EN_LEAD in text and text.index(EN_LEAD) < text.index(EN_BODY[0][:40])


def test_lead_in_above_the_quoted_text_is_kept_nl():
    page = _quoting_page("Lezersvraag: wanneer komt de oversteek?", "Door Eva Jansen, 15 juli 2026", NL_LEAD, NL_BODY)
    for model in (False, None):
        assert NL_LEAD in normalise_text(page, model=model).text


def test_lead_in_above_the_quoted_text_is_kept_ar():
    page = _quoting_page("متى تنشئ المحافظة معبرا آمنا للمشاة قرب المدرسة", "بقلم سامي يوسف", AR_LEAD, AR_BODY)
    for model in (False, None):
        assert AR_LEAD in normalise_text(page, model=model).text


EN_STORY = [
    "Council backs new ferry timetable",
    "By Marty Padgett",
    "5 November 2026",
    "The council voted on Tuesday to back a new ferry timetable that adds two early crossings to Westholm on weekdays.",
    "The ferry operator had asked for the change after commuters complained that the first boat arrived too late "
    "for the morning trains, and the timetable starts in January.",
    "The extra ferry crossings will cost the council about 40,000 pounds a year, which the operator will share.",
]
EN_CLOSING = "The new ferry timetable differs from the old one in three ways:"
NL_STORY = [
    "Raad steunt nieuwe dienstregeling veerpont",
    "Door Eva Jansen",
    "5 november 2026",
    "De gemeenteraad heeft dinsdag ingestemd met een nieuwe dienstregeling van de veerpont naar Westholm, met twee "
    "extra vroege overtochten op werkdagen.",
    "De vervoerder vroeg om de wijziging nadat forenzen klaagden dat de eerste pont te laat aankwam voor de treinen "
    "van de ochtend, en de dienstregeling gaat in januari in.",
    "De extra overtochten van de veerpont kosten de gemeente ongeveer 40.000 euro per jaar, die de vervoerder deelt.",
]
NL_CLOSING = "De nieuwe dienstregeling van de veerpont verschilt op drie punten:"
AR_STORY = [
    "المجلس يقر جدولا جديدا للعبارة",
    "بقلم سامي يوسف",
    "5 نوفمبر 2026",
    "وافق المجلس البلدي يوم الثلاثاء على جدول جديد لرحلات العبارة إلى الجزيرة يضيف رحلتين مبكرتين في أيام العمل.",
    "وكانت الشركة المشغلة قد طلبت التعديل بعد شكاوى الركاب من وصول العبارة الأولى متأخرة عن قطارات الصباح، ويبدأ "
    "العمل بالجدول في يناير.",
    "وستكلف الرحلات الإضافية للعبارة المجلس نحو أربعين ألف جنيه سنويا تتقاسمها معه الشركة المشغلة.",
]
AR_CLOSING = "ويختلف جدول العبارة الجديد عن القديم في ثلاث نقاط:"


def test_lead_in_under_the_story_is_kept_en():
    page = _page(*MENU, *EN_STORY, EN_CLOSING, *FOOTER)
    for model in (False, None):
        text = normalise_text(page, model=model).text
        assert EN_CLOSING in text and "Share this article" not in text


def test_lead_in_under_the_story_is_kept_nl():
    page = _page(*MENU, *NL_STORY, NL_CLOSING, *FOOTER)
    for model in (False, None):
        assert NL_CLOSING in normalise_text(page, model=model).text


def test_lead_in_under_the_story_is_kept_ar():
    page = _page(*MENU, *AR_STORY, AR_CLOSING, *FOOTER)
    for model in (False, None):
        assert AR_CLOSING in normalise_text(page, model=model).text


def test_guard_lead_in_to_other_articles_stays_out():
    """Guard: a lead-in that points to other articles ("More stories about the ferry:") heads a related list."""
    for heading in ("More stories about the ferry timetable:", "Lees meer over de veerpont en de dienstregeling:",
                    "المزيد عن العبارة والجدول الجديد للرحلات:"):
        page = _page(*MENU, *EN_STORY, heading, *FOOTER)
        assert heading not in normalise_text(page, model=False).text


def test_guard_lead_in_unrelated_to_the_story_stays_out():
    """Guard: under the story a lead-in must speak of it: a site's own prompt that shares none of its words is not
    its line ("Send your tips and photos to the newsroom at:")."""
    heading = "Send your tips and photos to our newsroom at:"
    page = _page(*MENU, *EN_STORY, heading, *FOOTER)
    assert heading not in normalise_text(page, model=False).text


def test_guard_story_list_under_its_lead_in():
    """Guard: a lead-in with its list under the story stays the list's (lists.announced_list_end), items too."""
    items = ["Two early crossings on weekdays", "A later last boat on Fridays", "No change at weekends"]
    page = _page(*MENU, *EN_STORY, EN_CLOSING, *items, *FOOTER)
    text = normalise_text(page, model=False).text
    assert EN_CLOSING in text and all(item in text for item in items)
