"""A forum thread saved as a text dump names its starter as the byline, as the HTML path does.

threadposts.reply_start finds a text dump's thread (each post under a header of the poster's handle, a member box, a
date); the opening post is the text and the replies go. The HTML path names the thread's starter as the byline; the
text path left the byline empty (tester 27: an English thread dump came out with "byline": null). The opening
post's poster now is the byline, read off the header the rules already found, in English, Dutch and Arabic, whether
the handle has a line of its own or shares it with the post's date (which stays the page's date). Guards: a dump that
labels its poster ("Posted by …", "Geplaatst door …") keeps that byline, a thread of one post names no starter (no
thread found), a story with its own byline under a comment thread keeps its author. Hand-written pages, no eval data.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": ("rob_the_cyclist", "2025-06-14", "\n".join([
        "Cycling Forum › Maintenance › Brakes",
        "Sign in | Join",
        "",
        "Disc brakes squeal after every wet ride",
        "rob_the_cyclist · 14 June 2025, 18:02",
        "Member since 2017 · 1,204 posts",
        "After every ride in the rain my rear disc brake squeals for the next twenty kilometres. I cleaned the rotor "
        "with alcohol last week and nothing changed.",
        "The pads are about half worn. Is it worth replacing them, or is there a trick I am missing?",
        "WrenchWendy · 14 June 2025, 19:40",
        "Moderator",
        "Contaminated pads squeal like that. Sand them lightly or fit new ones, and bed them in properly afterwards.",
        "pete.m · 15 June 2025, 07:15",
        "Member since 2023 · 42 posts",
        "Same here until I switched to sintered pads. They are louder when dry but silent in the wet.",
        "rob_the_cyclist · 15 June 2025, 20:31",
        "Member since 2017 · 1,204 posts",
        "New pads did it, thanks everyone.",
        "Page 1 of 1",
        "You must sign in to reply.",
        "Similar threads",
        "Rim brakes rub on one side",
        "© 2025 WheelTalk",
    ])),
    "nl": ("Kees_W", "2025-03-02", "\n".join([
        "Forum > Tuin > Gazon",
        "Inloggen | Registreren",
        "",
        "Mos in het gazon komt elk voorjaar terug",
        "Kees_W",
        "Lid sinds 2016 · 881 berichten",
        "2 maart 2025 om 09:12",
        "Elk voorjaar staat het gazon achter ons huis vol mos, ook al heb ik het vorig jaar twee keer verticuteerd. "
        "De grond blijft lang nat na een regenbui.",
        "Heeft iemand een idee wat ik anders moet doen dan elk jaar opnieuw beginnen?",
        "TuinierAnja",
        "Moderator",
        "2 maart 2025 om 10:47",
        "Mos groeit waar de grond zuur en nat is. Laat de grond testen en kalk het gazon als de zuurgraad te laag is.",
        "bram.v",
        "Lid sinds 2021 · 57 berichten",
        "3 maart 2025 om 21:05",
        "Bij ons hielp pas drainage onder het gras. Sindsdien is het mos niet meer teruggekomen.",
        "Kees_W",
        "Lid sinds 2016 · 881 berichten",
        "4 maart 2025 om 08:30",
        "Bedankt, ik laat eerst de grond testen.",
        "Pagina 1 van 1",
        "Je moet ingelogd zijn om te reageren.",
        "Vergelijkbare topics",
        "Gras wordt geel na het maaien",
        "© 2025 TuinPraat",
    ])),
    "ar": ("khaled_88", "2025-01-20", "\n".join([
        "المنتدى › السيارات › الصيانة",
        "تسجيل الدخول | التسجيل",
        "",
        "ضوء المحرك يضيء بعد كل تعبئة وقود",
        "khaled_88 · عضو منذ 2018",
        "20 يناير 2025 - 17:45",
        "منذ أسبوعين يضيء ضوء فحص المحرك في سيارتي بعد كل تعبئة وقود ثم ينطفئ بعد يومين تقريباً، ولم يجد الفني أي "
        "عطل في الفحص.",
        "هل مر أحدكم بهذه المشكلة وعرف سببها قبل أن أغير أي قطعة؟",
        "مشرف_الصيانة · مشرف",
        "20 يناير 2025 - 18:20",
        "غالباً يكون السبب غطاء خزان الوقود لا يغلق جيداً، فيسجل الحاسوب تسرباً في نظام الأبخرة. جرب غطاء جديداً أولاً.",
        "omar.s · عضو منذ 2022",
        "21 يناير 2025 - 09:10",
        "حدث معي الأمر نفسه تماماً، وبعد تغيير الغطاء لم يعد الضوء يظهر أبداً منذ ثلاثة أشهر.",
        "الصفحة 1 من 1",
        "يجب تسجيل الدخول للرد",
        "مواضيع مشابهة",
        "صوت صرير عند الفرملة",
        "جميع الحقوق محفوظة © 2025",
    ])),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_text_dump_thread_names_its_starter_as_byline(lang):
    starter, date, page = PAGES[lang]
    art = normalise_text(page)
    assert any("thread of posts" in w for w in art.warnings), art.warnings  # found as a thread (the rules' finding)
    assert art.byline == starter, art.byline
    assert (art.published or "").startswith(date), art.published  # the header's date stays the page's date
    assert starter not in " ".join(art.paragraphs)  # the handle is the byline, not a paragraph


def test_guard_labelled_poster_keeps_the_stated_byline():
    # "Geplaatst door <handle> op <date>" is a byline the page states (metadata's byline phrases): it stays
    page = "\n".join([
        "Forum > Fietsen > Onderhoud", "", "Ketting springt van het achterste tandwiel",
        "#1", "Geplaatst door fietser_73 op 5 april 2025 14:10", "Lid sinds: 2019",
        "Sinds ik een nieuwe ketting heb, springt die bij elke heuvel van het kleinste tandwiel af. De winkel zegt "
        "dat alles goed is afgesteld.",
        "#2", "Geplaatst door Monteur_Rik op 5 april 2025 15:02", "Moderator",
        "Een nieuwe ketting op oude tandwielen slipt vaak. Vervang het cassette-blok ook, dan is het meestal over.",
        "#3", "Geplaatst door lotte.b op 6 april 2025 08:44", "Lid sinds: 2022",
        "Bij mij was het precies hetzelfde en een nieuw cassette-blok loste het meteen op.",
        "Je moet ingelogd zijn om te reageren.",
    ])
    assert normalise_text(page).byline == "fietser_73"


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_one_post_names_no_starter(lang):
    # a single post under a handle is no thread the rules are sure of: nothing new is said about it
    starter, _date, page = PAGES[lang]
    lines = page.split("\n")
    cut = next(k for k, line in enumerate(lines[6:], 6) if line.startswith(("WrenchWendy", "TuinierAnja", "مشرف_")))
    art = normalise_text("\n".join(lines[:cut]))
    assert not any("thread of posts" in w for w in art.warnings)


def test_guard_story_byline_stays_over_its_comments():
    page = "\n".join([
        "Council approves new cycle lanes on the ring road",
        "By Hannah Lowe, Transport Correspondent",
        "14 June 2025",
        "The city council voted on Thursday to build protected cycle lanes along the whole of the ring road, at a "
        "cost of £14 million over three years.",
        "Work will start in the spring on the northern section, where most collisions involving cyclists happen, "
        "the council's transport chief said.",
        "Comments (3)",
        "rob_the_cyclist · 14 June 2025, 18:02",
        "About time. I have been hit twice on that road in the last year alone.",
        "driver.dave · 14 June 2025, 19:40",
        "Another three years of roadworks for a handful of cyclists.",
        "pete.m · 15 June 2025, 07:15",
        "The northern section is the right place to start, it is lethal at rush hour.",
    ])
    assert normalise_text(page).byline == "Hannah Lowe"
