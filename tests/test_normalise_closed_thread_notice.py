"""A closed thread's notice ends the story; the comments the site printed under it are no paragraphs of the story.

A news site that closes its comment section prints the notice once under the story ("Comments are closed.",
"Thanks for your comment - Comments are closed.", "Reacties zijn gesloten", "شكرا على تعليقك - تم إغلاق التعليقات")
and keeps the comments already posted under it, each a line "Name: remark" (no stamp, no reply link, no counter: no
thread the stamp rules know). The notice was misc furniture only, so it went alone and the comments stayed as the
story's last paragraphs (tester finding F3's shape). It is now a comment prompt (the phrase lists' `comment_prompt`
group) when it is the whole line, which ends the story where it stands once under the story's paragraphs
(`comments.comment_counter`). Hand-written pages in English, Dutch and Arabic (nothing from the eval data); the
guards keep a story sentence about comments and a story whose own Q&A lines read "Name: answer".
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

PAGES = {
    "en": dict(
        menu=["Home", "News", "Business", "Sport"],
        head=["Council unveils plan to add six bus routes across the city", "By Rachel Moore",
              "Monday 7 December 2026"],
        story=["The city council on Monday unveiled a plan to add six bus routes linking the eastern estates with the "
               "centre and the university campus.",
               "The council leader told a news conference that the plan includes buying 40 gas-powered buses, the "
               "first of which will enter service in March.",
               "The first phase will cost about £9 million, part of it paid for by a government grant, with the "
               "council covering the rest from its budget.",
               "A survey carried out by the council found that about a third of residents use the buses every day."],
        notices=["Thanks for your comment - Comments are closed.", "Comments are closed.", "Thanks for your comment",
                 "Comments on this article are now closed."],
        comments=["Sam: Finally, we have been waiting for this for years.",
                  "Linda Harper: I hope the routes reach the southern estates too.",
                  "Kevin O'Brien: Timetables matter more than the number of buses."],
        foot=["Most read", "Fuel prices to rise next month", "© 2026 City Herald. All rights reserved."],
        sentence="Comments are closed on the consultation from Friday, the council said in a statement on Monday.",
    ),
    "nl": dict(
        menu=["Home", "Nieuws", "Economie", "Sport"],
        head=["Gemeente wil zes nieuwe buslijnen door de stad", "Door Sanne de Vries", "maandag 7 december 2026"],
        story=["De gemeente heeft maandag een plan gepresenteerd voor zes nieuwe buslijnen die de oostelijke wijken "
               "verbinden met het centrum en de universiteit.",
               "Volgens wethouder Van Dam koopt de gemeente veertig nieuwe bussen op groen gas. De eerste bussen "
               "rijden vanaf maart.",
               "De eerste fase kost ongeveer 9 miljoen euro. Een deel daarvan wordt betaald met een subsidie van de "
               "provincie.",
               "Uit een onderzoek van de gemeente blijkt dat ongeveer een derde van de inwoners dagelijks de bus "
               "neemt."],
        notices=["Bedankt voor je reactie - Reacties zijn gesloten", "Reacties zijn gesloten",
                 "Bedankt voor je reactie", "Reageren op dit artikel is niet meer mogelijk."],
        comments=["Sam: Eindelijk, hier wachten we al jaren op.",
                  "Linda de Graaf: Hopelijk komen de lijnen ook in de zuidelijke wijken.",
                  "Kees Bakker: De dienstregeling is belangrijker dan het aantal bussen."],
        foot=["Meest gelezen", "Brandstofprijzen stijgen volgende maand", "© 2026 Stadsblad. Alle rechten voorbehouden."],
        sentence="De reacties op het plan zijn gesloten sinds vrijdag, meldt de gemeente in een verklaring.",
    ),
    "ar": dict(
        menu=["الرئيسية", "محليات", "اقتصاد", "رياضة"],
        head=["بلدية إربد تطلق خطة لتوسيع شبكة الحافلات داخل المدينة", "إربد - رامي الزعبي", "الاثنين 7 ديسمبر 2026"],
        story=["أعلنت بلدية إربد الكبرى، اليوم الاثنين، عن خطة لتوسيع شبكة الحافلات داخل المدينة بإضافة ستة خطوط "
               "جديدة تربط الأحياء الشرقية بوسط البلد والجامعة.",
               "وقال رئيس البلدية في مؤتمر صحفي إن الخطة تشمل شراء 40 حافلة جديدة تعمل بالغاز الطبيعي، على أن تدخل "
               "أولى الحافلات الخدمة في آذار المقبل.",
               "وأضاف أن كلفة المرحلة الأولى تبلغ نحو 9 ملايين دينار، يمول جزء منها بمنحة من الاتحاد الأوروبي.",
               "وأشار إلى أن دراسة أجرتها البلدية أظهرت أن نحو ثلث السكان يستخدمون الحافلات يومياً."],
        notices=["شكرا على تعليقك - تم إغلاق التعليقات", "التعليقات مغلقة", "شكراً لتعليقك",
                 "أغلق باب التعليقات على هذا المقال"],
        comments=["سامر: أخيراً، كنا ننتظر هذا منذ سنوات.",
                  "أم يزن: نتمنى أن تصل الخطوط إلى الحي الجنوبي أيضاً.",
                  "خالد الروسان: المهم الالتزام بالمواعيد وليس عدد الحافلات."],
        foot=["الأكثر قراءة", "ارتفاع أسعار المحروقات الشهر المقبل", "جميع الحقوق محفوظة © 2026"],
        sentence="وأغلق المجلس باب التعليقات على الخطة يوم الجمعة الماضي بعد أن تلقى أكثر من ألف رد من السكان.",
    ),
}
CASES = [(lang, k) for lang in sorted(PAGES) for k in range(len(PAGES[lang]["notices"]))]


def _page(case: dict, notice: str, story: list[str] | None = None) -> str:
    lines = case["menu"] + [""] + case["head"] + [""]
    lines += [p + "\n" for p in (story or case["story"])]
    lines += [notice, *case["comments"], "", *case["foot"]]
    return "\n".join(lines)


@pytest.mark.parametrize("lang,k", CASES)
def test_comments_under_a_closed_thread_notice_are_not_the_story(lang, k):
    case = PAGES[lang]
    art = normalise_text(_page(case, case["notices"][k]))
    assert art.paragraphs == case["story"], art.paragraphs
    assert all(c in art.removed for c in case["comments"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_story_sentence_about_comments_is_kept_with_the_story_under_it(lang):
    """The whole-line notice only: a story's sentence on closed comments stays, and the story under it (in English
    the broad misc notice dropped "Comments are closed on …, the council said." before: a reporting verb now keeps it)."""
    case = PAGES[lang]
    story = case["story"][:2] + [case["sentence"]] + case["story"][2:]
    art = normalise_text(_page(case, case["notices"][1], story))
    assert all(p in art.paragraphs for p in story), art.paragraphs


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_story_without_notice_keeps_its_own_closing_lines(lang):
    """No notice: the story's paragraphs all stay (the notice is what ends it, not the word "comment")."""
    case = PAGES[lang]
    lines = case["menu"] + [""] + case["head"] + [""] + [p + "\n" for p in case["story"]] + case["foot"]
    art = normalise_text("\n".join(lines))
    assert art.paragraphs == case["story"], art.paragraphs


QA = {
    "en": ["Q: Will the new routes run at night?",
           "A: The council says two of the six routes will run until midnight from the first week.",
           "Q: Will fares go up?", "A: Fares stay the same until at least the end of next year."],
    "nl": ["V: Rijden de nieuwe lijnen ook 's nachts?",
           "A: Volgens de gemeente rijden twee van de zes lijnen vanaf de eerste week tot middernacht.",
           "V: Gaan de prijzen omhoog?", "A: De prijzen blijven gelijk tot ten minste eind volgend jaar."],
    "ar": ["س: هل ستعمل الخطوط الجديدة ليلاً؟",
           "ج: تقول البلدية إن خطين من الخطوط الستة سيعملان حتى منتصف الليل منذ الأسبوع الأول.",
           "س: هل سترتفع الأجرة؟", "ج: ستبقى الأجرة كما هي حتى نهاية العام المقبل على الأقل."],
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_guard_story_q_and_a_above_the_notice_is_kept(lang):
    case = PAGES[lang]
    story = case["story"] + QA[lang]
    art = normalise_text(_page(case, case["notices"][0], story))
    for line in QA[lang]:
        assert line in art.text
