"""Related boxes by any name, the story's subheading under an also-read box, comment-platform blurbs, French ad labels
and a bio that says where its author writes (stop 30, a tester's held-out pages: hand-written pages here, en/nl/ar).

A related box's heading has many names ("More to watch", "Ook het lezen waard", "موضوعات ذات صلة": the phrase lists'
related_heading group), and its teasers are written as sentences as often as headlines: under a heading the rules did
not know, or read as the story going on under a box, such teasers were kept as the story's paragraphs."""

from newsbrief.normalise import normalise_text

EN_NAV = ["Home", "News", "Local", "Sport", "Weather"]
NL_NAV = ["Home", "Nieuws", "Regio", "Sport", "Weer"]
AR_NAV = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات"]

EN_STORY = [
    "Harbour authorities closed the old ferry pier on Monday after divers found serious cracks in two of its pillars.",
    "Ferries to the islands will dock at the cargo quay instead, adding about fifteen minutes to each crossing.",
    "The authority said repairs to the pier would cost about four million pounds and take most of next year.",
]
NL_STORY = [
    "Het waterschap sluit vanaf maandag de oude sluis bij Spaarndam nadat duikers scheuren vonden in de muren.",
    "Schepen moeten de komende maanden omvaren via het Noordzeekanaal, wat ongeveer een uur extra kost.",
    "Volgens het waterschap kost het herstel van de sluis ongeveer vier miljoen euro en duurt het tot de zomer.",
]
AR_STORY = [
    "أغلقت السلطات المحلية الجسر القديم فوق النهر صباح الاثنين بعد أن اكتشف المهندسون تشققات خطيرة في أعمدته.",
    "وستتحول حركة المرور إلى الطريق الدائري الجديد، ما يضيف نحو عشرين دقيقة إلى رحلة السائقين اليومية.",
    "وقالت البلدية إن إصلاح الجسر سيكلف نحو أربعة ملايين دينار ويستغرق معظم العام المقبل.",
]


def page(title: str, nav: list[str], *parts: list[str]) -> str:
    lines = nav + [title]
    for part in parts:
        lines += part
    return "\n".join(lines) + "\n"


def kept(art, lines):
    return [line for line in lines if line in art.paragraphs]


# --- a related box at the story's end under a heading of another name, its teasers written as sentences -------------

END_CASES = [
    ("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, "More to watch",
     ["Drone pictures show how far the floodwater has spread across farmland in the east of the county.",
      "How volunteers are rebuilding a village hall that burned down last winter.",
      "Why the price of heating oil has risen again this month, and what households can do about it."],
     ["About us", "Contact", "Copyright 2026 Coast News. All rights reserved."]),
    ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, "Ook het lezen waard",
     ["Dronebeelden laten zien hoe ver het water zich over de weilanden in het oosten heeft verspreid.",
      "Hoe vrijwilligers een dorpshuis herbouwen dat vorige winter afbrandde.",
      "Waarom de prijs van stookolie deze maand weer is gestegen en wat huishoudens eraan kunnen doen."],
     ["Over ons", "Contact", "© 2026 Kustnieuws"]),
    ("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", AR_NAV, AR_STORY, "موضوعات ذات صلة",
     ["صور جوية تكشف حجم الفيضانات التي اجتاحت المزارع في شرق البلاد خلال الأسبوع الماضي.",
      "كيف يعيد متطوعون بناء مدرسة القرية التي دمرها الحريق في الشتاء الماضي.",
      "لماذا ارتفعت أسعار الوقود مجدداً هذا الشهر، وما الذي يمكن للأسر فعله؟"],
     ["من نحن", "اتصل بنا", "© 2026 جميع الحقوق محفوظة"]),
]


def test_sentence_teasers_under_a_related_heading_at_the_story_end_go():
    for title, nav, story, heading, teasers, footer in END_CASES:
        art = normalise_text(page(title, nav, story, [heading], teasers, footer))
        assert kept(art, story) == story, title
        assert heading not in art.paragraphs and not kept(art, teasers), (title, kept(art, teasers))


# --- a headline and its dek under a related heading, running down to the page's furniture ---------------------------

DEK_CASES = [
    ("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, "Related",
     ["New bridge to the islands delayed until 2031",
      "Work on the bridge between the town and the islands has been delayed again, the council told members in a letter.",
      "Fireworks ban stays in force despite protests from shop owners"],
     ["Topics", "Harbour", "Ferries", "Share this article", "Facebook", "Copyright 2026 Coast News"]),
    ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, "Ook interessant",
     ["Nieuwe brug naar het eiland komt er pas in 2031",
      "De bouw van de brug tussen de stad en het eiland loopt opnieuw vertraging op, meldt de gemeente in een brief.",
      "Vuurwerkverbod blijft, ondanks protest van ondernemers"],
     ["Onderwerpen", "Sluizen", "Scheepvaart", "Deel dit artikel", "Facebook", "© 2026 Kustnieuws"]),
    ("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", AR_NAV, AR_STORY, "مواضيع ذات صلة",
     ["تأجيل افتتاح الجسر الجديد إلى عام 2031",
      "تأخر العمل في الجسر الجديد بين المدينة والجزيرة مرة أخرى، بحسب رسالة من البلدية إلى أعضاء المجلس.",
      "استمرار حظر الألعاب النارية رغم احتجاج التجار"],
     ["الوسوم", "جسور", "نقل", "شارك", "فيسبوك", "© 2026 جميع الحقوق محفوظة"]),
]


def test_a_teasers_dek_under_a_related_heading_is_no_story_going_on():
    for title, nav, story, heading, teasers, footer in DEK_CASES:
        art = normalise_text(page(title, nav, story, [heading], teasers, footer))
        assert kept(art, story) == story, title
        assert not kept(art, teasers), (title, kept(art, teasers))


# --- sentence teasers in the middle of the story, the story going on under them (in paragraphs of two sentences: a
# story written in one-sentence paragraphs reads as more teasers, and is left to the model as before) --------------

MID_CASES = [
    ("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, "Related",
     ["Work on the new bridge to the islands has been delayed again, the council said in a letter to members.",
      "The fireworks ban stays in force despite protests from shop owners who fear losing trade."],
     ["The closure comes at a bad time. Ferries carry record numbers of passengers, and the pier was unsafe.",
      "Island businesses asked for extra ferry crossings while the pier is closed. The authority will decide in May."]),
    ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, "Aanbevolen",
     ["De bouw van de nieuwe brug naar het eiland loopt opnieuw vertraging op, meldt de gemeente in een brief.",
      "Het vuurwerkverbod blijft, ondanks protest van ondernemers die omzet zien weglopen."],
     ["De sluiting komt op een slecht moment. Schippers vervoeren dit jaar meer vracht dan ooit.",
      "Het waterschap belooft schippers op de hoogte te houden. Het herstel van de sluis begint in maart."]),
    ("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", AR_NAV, AR_STORY, "قد يهمك أيضاً",
     ["تأخر العمل في الجسر الجديد بين المدينة والجزيرة مرة أخرى، بحسب رسالة من البلدية إلى أعضاء المجلس.",
      "استمرار حظر الألعاب النارية رغم احتجاج التجار الذين يخشون تراجع المبيعات."],
     ["ويأتي إغلاق الجسر في وقت يشهد فيه الطريق الدائري ازدحاماً كبيراً. ووصفت البلدية الجسر بأنه غير آمن.",
      "وطالب السائقون البلدية بتسريع أعمال إصلاح الجسر. وتبدأ الأعمال في مارس المقبل."]),
]


def test_sentence_teasers_of_a_related_box_in_the_story_go_and_the_story_goes_on():
    for title, nav, story, heading, teasers, rest in MID_CASES:
        art = normalise_text(page(title, nav, story, [heading], teasers, rest, ["© 2026"]))
        assert kept(art, story + rest) == story + rest, title
        assert heading not in art.paragraphs and not kept(art, teasers), (title, kept(art, teasers))


def test_guard_one_sentence_under_a_related_heading_with_the_story_going_on_stays():
    # one sentence under the heading, then the story: no sign of a box (a teaser list has two at least); the story's
    # paragraphs all stay whatever the heading's line does
    story_after = ["The authority said the pier would reopen in the spring if the repairs go to plan.",
                   "Island businesses asked for extra ferry crossings while the pier is closed, the authority said.",
                   "A public meeting about the closure is planned for next week in the town hall."]
    art = normalise_text(page("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, ["Related"],
                              ["Bridge to the islands delayed until 2031"], story_after, ["© 2026 Coast News"]))
    assert kept(art, EN_STORY + story_after) == EN_STORY + story_after


def test_guard_a_lees_ook_box_mid_story_with_the_story_resuming():
    rest = ["Schippers krijgen volgens het waterschap ruim op tijd bericht als de omvaarroute verandert.",
            "De gemeente Haarlem overlegt met het waterschap over extra ligplaatsen voor de wachtende schepen."]
    box = ["Lees ook", "Nieuwe brug naar het eiland komt er pas in 2031", "Vuurwerkverbod blijft in hele stad van kracht"]
    art = normalise_text(page("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, box, rest,
                              ["© 2026 Kustnieuws"]))
    assert kept(art, NL_STORY + rest) == NL_STORY + rest
    assert not kept(art, box)


# --- the story's subheading right under an also-read box of one headline --------------------------------------------

SUBHEAD_CASES = [
    ("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, "Read also",
     "Island ferry fares to rise by ten percent from the first of June", "The cost to the islands",
     ["Island councillors said the closure would hurt shops and hotels that rely on visitors from the mainland.",
      "The authority has promised to review the timetable every month until the pier reopens."]),
    ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, "Lees ook",
     "Prijzen voor de veerboot naar het eiland gaan vanaf juni met tien procent omhoog", "Gevolgen voor schippers",
     ["Schippers zeggen dat het omvaren hen per week honderden euro's extra aan brandstof kost.",
      "Het waterschap belooft de omvaarroute elke maand opnieuw te bekijken tot de sluis weer open is."]),
    ("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", AR_NAV, AR_STORY, "اقرأ أيضاً",
     "ارتفاع أسعار تذاكر العبارات إلى الجزيرة بنسبة عشرة في المئة اعتباراً من يونيو", "تأثير على التجار",
     ["وقال تجار في وسط المدينة إن إغلاق الجسر سيؤثر على حركة الزبائن القادمين من الضفة الأخرى.",
      "ووعدت البلدية بمراجعة خطة المرور كل شهر حتى إعادة فتح الجسر."]),
]


def test_the_storys_subheading_under_a_one_headline_also_read_box_stays():
    for title, nav, story, heading, headline, subhead, rest in SUBHEAD_CASES:
        art = normalise_text(page(title, nav, story, [heading, headline, subhead], rest, ["© 2026"]))
        assert subhead in art.paragraphs, title
        assert heading not in art.paragraphs and headline not in art.paragraphs, title
        assert kept(art, story + rest) == story + rest, title


def test_guard_a_story_list_under_its_subheading_stays():
    lead_in = "De sluis gaat dicht op de volgende dagen:"
    items = ["Maandag 4 januari: de oostelijke kolk", "Dinsdag 5 januari: de westelijke kolk",
             "Woensdag 6 januari: de beide bruggen"]
    rest = ["Het waterschap vraagt schippers de dienstregeling op de website in de gaten te houden."]
    art = normalise_text(page("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY,
                              ["Planning van de werkzaamheden", lead_in], items, rest, ["© 2026 Kustnieuws"]))
    assert kept(art, NL_STORY + items + rest) == NL_STORY + items + rest
    assert "Planning van de werkzaamheden" in art.paragraphs


# --- a commenting platform's blurb is comment furniture, no dropped story paragraph ----------------------------------

BLURB_CASES = [
    ("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY, "Join the discussion",
     "We encourage you to use our comment section to share respectful views on the news from our region."),
    ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY, "Praat mee",
     "Wij nodigen je uit om via ons reactieplatform mee te praten over het nieuws uit jouw regio."),
    ("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", AR_NAV, AR_STORY, "شاركنا رأيك",
     "ندعوكم إلى استخدام منصة التعليقات للمشاركة في نقاش هادف حول أخبار مدينتكم."),
]


def test_a_commenting_platform_blurb_is_no_dropped_story_paragraph():
    for title, nav, story, heading, blurb in BLURB_CASES:
        art = normalise_text(page(title, nav, story, [heading, blurb], ["© 2026"]))
        assert kept(art, story) == story, title
        assert blurb not in art.paragraphs, title
        assert not any("dropped by the learned model" in w for w in art.warnings), (title, art.warnings)
        assert any(t == blurb and role == "removed" and why != "after the article" and not why.startswith("model")
                   for t, role, why in art.line_roles), (title, [r for r in art.line_roles if r[0] == blurb])


def test_guard_an_invitation_in_the_story_is_no_comment_blurb():
    story = EN_STORY + ["We invite you to comment on the plans at the town hall next week, the harbour master said."]
    art = normalise_text(page("Old ferry pier closed after divers find cracks", EN_NAV, story, ["© 2026 Coast News"]))
    assert kept(art, story) == story


# --- a French ad label on an Arabic page -----------------------------------------------------------------------------

def test_a_french_ad_label_on_an_arabic_page_goes():
    for label in ("Publicité", "PUBLICITÉ", "Contenu sponsorisé"):
        art = normalise_text(page("إغلاق الجسر القديم بعد اكتشاف تشققات في أعمدته", ["Accueil", "Économie"] + AR_NAV,
                                  AR_STORY[:2], [label], AR_STORY[2:], ["© 2026 جميع الحقوق محفوظة"]))
        assert label not in art.paragraphs, label
        assert kept(art, AR_STORY) == AR_STORY, label


# --- a bio that says where its author writes, on a page with no byline ---------------------------------------------

def test_a_bio_that_names_the_authors_paper_goes_without_a_byline():
    cases = [("Old ferry pier closed after divers find cracks", EN_NAV, EN_STORY,
              "Tom Harlow writes for the Coast Courier about transport and the islands."),
             ("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, NL_STORY,
              "Pieter Dekker schrijft voor het Kustblad over water en scheepvaart.")]
    for title, nav, story, bio in cases:
        art = normalise_text(page(title, nav, story, [bio], ["Tags: water", "© 2026"]))
        assert kept(art, story) == story, title
        assert bio not in art.paragraphs, title


def test_guard_a_story_sentence_with_writes_before_stays():
    story = NL_STORY + ["Minister De Jonge schrijft voor de zomer een brief aan de Kamer over de sluizen in het land."]
    art = normalise_text(page("Waterschap sluit oude sluis na vondst van scheuren", NL_NAV, story, ["© 2026"]))
    assert kept(art, story) == story


def test_the_new_patterns_scale_with_the_line():
    # the bio's "writes for" pattern on long lines of the words it looks for (the comment-blurb patterns: below)
    import time

    from newsbrief.normalise.metadata import is_author_bio
    for n in (2_000, 20_000):
        start = time.perf_counter()
        is_author_bio("Tom Harlow covers " + "local " * n + "for the Courier.", 3 + n, None)
        assert time.perf_counter() - start < 0.5


def test_the_comment_prompt_patterns_scale_with_the_line():
    # the compiled group pattern itself: in_group skips lines over MAX_PHRASE_WORDS at once, so it cannot time them
    from newsbrief.normalise.phrases import phrase_sets

    from tests.scaling import assert_grows_linearly
    prompts = phrase_sets()["comment_prompt"]

    def run(line):
        for pattern in (prompts.anchored, prompts.regex):
            if pattern is not None:
                pattern.match(line)
                pattern.search(line)
    assert_grows_linearly(run, lambda n: "We invite you to use " + "our comment " * n + "platform.", 2_000, 8_000)


def test_a_teasers_kicker_pattern_scales_with_the_line():
    import time

    from newsbrief.normalise.boxes import _KICKER
    for n in (5_000, 50_000):
        for text in ("." * n, "ab" + "." * n + "x", ("word " * n) + ".. x", "a" * n + "..."):
            start = time.perf_counter()
            _KICKER.sub("", text, count=1)
            assert time.perf_counter() - start < 0.2
    assert _KICKER.sub("", "احذر.. هذه العادات تضر بقلبك.") == "هذه العادات تضر بقلبك."
