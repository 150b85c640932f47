"""A sentence that introduces the story at its edge is the story's (dragnet's "lead dropped before our first kept
line" and "story's end dropped after our last kept line"), in en/nl/ar.

Each case fails on the code before the fix (the guards, labelled, pass on both): a blog that quotes a text opens it
with a lead-in right above the quoted text ("Via the curator's own blog:", "Sarah Peters of Leeds wrote to us:"), which shares no word with the text under it, so the standfirst rule did not take it and it went
"before the article"; a story that ends with a lead-in to something the dump does not hold (an embedded chart or
post) lost that last line "after the article"; a story's first paragraph cut off from the rest by an inline
"Related" box under it went "above the headline" (one paragraph was too little for the body's backward growth) and a
teaser's headline in the box was taken for the page's. A widget's heading in the same place (one that points to
other articles, or a phrase list's prompt) and another story's blurb above the headline stay out.
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


# a story's first paragraph cut off from the rest by an inline "Related" box under it (the box's heading, a teaser
# headline or two and their dates): the body region started under the box, the lead went "above the headline" and a
# teaser's headline was taken for the page's
EN_LEAD_PARA = ("I drove to the harbour in Westholm last week to see the old ferry make its final crossing, and found "
                "half the town already waiting on the quay in the rain.")
EN_REST = [
    "The ferry has crossed to the island four times a day since 1968, and most of the people on the quay had taken "
    "it to school, to work or to hospital at some point in their lives.",
    "Its replacement, a larger boat built in Norway, starts on Monday, and the harbour master said the old ferry "
    "would be sold to a museum on the mainland once its engines had been taken out.",
    "When the ferry finally pulled away from the quay on its final crossing, half the town waiting in the rain "
    "clapped, and someone on board sounded the horn three times.",
]
NL_LEAD_PARA = ("Ik reed vorige week naar de haven van Westholm om de oude veerpont haar laatste overtocht te zien "
                "maken, en trof het halve dorp al wachtend op de kade in de regen.")
NL_REST = [
    "De veerpont vaart sinds 1968 vier keer per dag naar het eiland, en de meeste mensen op de kade namen haar ooit "
    "naar school, naar hun werk of naar het ziekenhuis.",
    "Haar opvolger, een grotere boot die in Noorwegen is gebouwd, vaart vanaf maandag, en de havenmeester zei dat de "
    "oude veerpont naar een museum gaat zodra de motoren eruit zijn.",
    "Toen de veerpont eindelijk van de kade wegvoer, klapte de menigte en liet iemand aan boord drie keer de hoorn gaan.",
]
AR_LEAD_PARA = ("توجهت الأسبوع الماضي إلى ميناء المدينة لأشهد الرحلة الأخيرة للعبارة القديمة بعد أكثر من خمسين عاما "
                "من الخدمة، فوجدت نصف سكان البلدة ينتظرون على الرصيف تحت المطر منذ الصباح الباكر.")
AR_REST = [
    "تعبر العبارة إلى الجزيرة أربع مرات يوميا منذ عام 1968، وقد ركبها معظم الواقفين على الرصيف إلى المدرسة أو العمل "
    "أو المستشفى في وقت ما من حياتهم.",
    "وتبدأ العبارة الجديدة، وهي أكبر وبنيت في النرويج، العمل يوم الاثنين، وقال مدير الميناء إن العبارة القديمة ستباع "
    "لمتحف بعد نزع محركاتها.",
    "وعندما ابتعدت العبارة القديمة أخيرا عن الرصيف في رحلتها الأخيرة صفق سكان البلدة المنتظرون تحت المطر، وأطلق "
    "أحد من على متنها البوق ثلاث مرات.",
]


def _lead_over_box(headline, byline, lead, box, rest) -> str:
    return _page(*MENU, headline, byline, lead, *box, *rest, *FOOTER)


def test_lead_above_an_inline_box_is_kept_en():
    box = ["Related", "Harbour dues to rise next spring", "(October 24, 2026)",
           "Island school gets a new roof", "(October 18, 2026)"]
    page = _lead_over_box("The Last Crossing", "By Joyce Wadler", EN_LEAD_PARA, box, EN_REST)
    article = normalise_text(page, model=False)
    # (the box's teaser headlines now stand inside the body region: short lines that the line model decides)
    assert EN_LEAD_PARA in article.text and article.title == "The Last Crossing"


def test_lead_above_an_inline_box_is_kept_nl():
    box = ["Gerelateerd", "Havengeld gaat volgend voorjaar omhoog", "(24 oktober 2026)",
           "Eilandschool krijgt nieuw dak", "(18 oktober 2026)"]
    page = _lead_over_box("De laatste overtocht", "Door Eva Jansen", NL_LEAD_PARA, box, NL_REST)
    assert NL_LEAD_PARA in normalise_text(page, model=False).text


def test_lead_above_an_inline_box_is_kept_ar():
    box = ["ذات صلة", "رفع رسوم الميناء في الربيع المقبل", "(24 أكتوبر 2026)",
           "سقف جديد لمدرسة الجزيرة", "(18 أكتوبر 2026)"]
    page = _lead_over_box("الرحلة الأخيرة", "بقلم سامي يوسف", AR_LEAD_PARA, box, AR_REST)
    assert AR_LEAD_PARA in normalise_text(page, model=False).text


def test_guard_teaser_paragraph_above_the_story_stays_out():
    """Guard: a teaser's one-paragraph blurb above the story that shares few of its words is another story's."""
    teaser = ("Parents in the northern suburbs say the new bus timetable leaves their children waiting for forty "
              "minutes in the cold every morning, and the council has promised to look at it again.")
    box = ["Most read", "Bus timetable anger in the suburbs", "(October 24, 2026)"]
    page = _page(*MENU, teaser, *box, "The Last Crossing", "By Joyce Wadler", EN_LEAD_PARA, *EN_REST, *FOOTER)
    assert teaser not in normalise_text(page, model=False).text
