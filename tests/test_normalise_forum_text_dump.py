"""A forum thread pasted as a text dump: the opening post is the text, the replies go, and a warning says so.

The HTML path's extractor keeps a thread's opening post and leaves the replies out (threadposts.cut_replies says
so). A text dump of the same thread repeats each post's header over the post (the poster's handle, the member box,
the date and time) and the text path kept every reply as more of the body (tester 10's F11 page saved as text), the
date and handle shapes being no comment stamp the rules knew (a date first, "Geplaatst: …" labels: a page of posts).
`threadposts.reply_start` now finds the header repeated over three posts or more, by two posters or more, one signed
as a forum member signs (a handle, a member box): from the first reply's header on the lines are the thread's
(comments.THREAD_REASON), and the warning is the HTML path's. Hand-written dumps in English, Dutch and Arabic, in
several shapes (handle and member box on lines of their own or on one, "Posted by … on …", post numbers, a one-line
last reply). Guards: a live blog of dated entries by its reporters, a story with a Q&A and a timeline of dates, a
thread whose byline names its starter (qa.py keeps every post there), a thread of one post.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

THREADS = {
    "en": dict(
        head=["Forum › Home & Garden › Heating", "Log in | Register", "",
              "Boiler makes a banging noise every night at two"],
        posts=[
            (["mark_1979", "Member since 2018 · 340 posts", "2 December 2026, 21:14"],
             ["Since the engineer replaced the pump last month our boiler bangs every night at around two. The "
              "neighbours have asked us twice whether we can do something about it.",
              "The engineer says the pressure is fine and the noise is normal. Has anyone had this and found out "
              "what it was?"]),
            (["GasSafe_Jo", "Moderator", "2 December 2026, 22:03"],
             ["Banging at night is very often air in the system after a pump change. Bleed the radiators and check "
              "the pressure again once they are cold."]),
            (["ken.w", "Member since 2022 · 18 posts", "3 December 2026, 08:47"],
             ["Ours did exactly the same until the plumber fitted a new expansion vessel. It was quiet from the "
              "first night and has been ever since."]),
            (["mark_1979", "Member since 2018 · 340 posts", "3 December 2026, 19:30"],
             ["Thanks, the vessel was the problem."]),
        ],
        tail=["Page 1 of 2 · Next", "You must log in to reply.", "", "Similar threads",
              "Radiators cold at the top after bleeding", "© 2026 HomeTalk Community"],
    ),
    "nl": dict(
        head=["Forum > Wonen > Verwarming", "Inloggen | Registreren", "", "Cv-ketel tikt de hele nacht door"],
        posts=[
            (["#1", "Geplaatst door sanne_88 op 3 december 2026 20:40", "Lid sinds: 2020"],
             ["Sinds de monteur vorige maand langs is geweest, tikt onze cv-ketel elke nacht rond een uur of twee. "
              "De buren hebben er al twee keer iets van gezegd.",
              "Volgens de monteur is de druk gewoon in orde. Heeft iemand dit ook gehad en weet iemand wat de "
              "oorzaak kan zijn?"]),
            (["#2", "Geplaatst door Installateur_Piet op 3 december 2026 21:05", "Moderator"],
             ["Tikken in de nacht komt heel vaak door lucht in het systeem na een reparatie. Ontlucht de radiatoren "
              "en kijk daarna opnieuw naar de druk als alles is afgekoeld."]),
            (["#3", "Geplaatst door Joost-K op 4 december 2026 07:52", "Lid sinds: 2021"],
             ["Bij ons hield het pas op nadat er een nieuw expansievat was geplaatst. Vanaf de eerste nacht was het "
              "stil en dat is zo gebleven."]),
        ],
        tail=["Pagina 1 van 3 · Volgende", "Je moet ingelogd zijn om te reageren.", "", "Vergelijkbare topics",
              "Radiatoren blijven koud na ontluchten", "© 2026 WonenPlus Community"],
    ),
    "ar": dict(
        head=["المنتدى › المنزل › التدفئة", "تسجيل الدخول | التسجيل", "", "سخان المياه يصدر صوت طرق كل ليلة"],
        posts=[
            (["ahmad_77 · عضو منذ 2019", "2 ديسمبر 2026 - 21:14"],
             ["منذ أن استبدل الفني المضخة الشهر الماضي يصدر السخان صوت طرق كل ليلة حوالي الساعة الثانية، وقد "
              "اشتكى الجيران مرتين من هذا الصوت.",
              "يقول الفني إن الضغط طبيعي وإن الصوت عادي. هل واجه أحدكم هذه المشكلة وعرف سببها الحقيقي؟"]),
            (["مشرف_المنتدى · مشرف", "2 ديسمبر 2026 - 22:03"],
             ["صوت الطرق في الليل سببه غالباً الهواء في الأنابيب بعد تغيير المضخة. افتح صمامات التنفيس ثم افحص "
              "الضغط مرة أخرى بعد أن تبرد المشعات."]),
            (["sami.k · عضو منذ 2022", "3 ديسمبر 2026 - 08:47"],
             ["حدث معنا الشيء نفسه تماماً حتى ركب السباك خزان تمدد جديداً، ومنذ الليلة الأولى توقف الصوت ولم يعد "
              "أبداً."]),
        ],
        tail=["الصفحة 1 من 3 · التالي", "يجب تسجيل الدخول للرد", "", "مواضيع مشابهة", "المشعات باردة من الأعلى",
              "جميع الحقوق محفوظة © 2026"],
    ),
}


def _dump(case: dict, posts: int | None = None) -> str:
    lines = list(case["head"])
    for header, paragraphs in case["posts"][:posts]:
        lines += [*header, *paragraphs]
    return "\n".join(lines + case["tail"])


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_text_dump_of_a_thread_keeps_the_opening_post_and_drops_the_replies(lang):
    case = THREADS[lang]
    art = normalise_text(_dump(case))
    assert art.paragraphs == case["posts"][0][1], art.paragraphs
    for _header, paragraphs in case["posts"][1:]:
        assert all(p in art.removed for p in paragraphs)


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_text_dump_of_a_thread_warns_that_replies_were_left_out(lang):
    case = THREADS[lang]
    art = normalise_text(_dump(case))
    count = len(case["posts"]) - 1
    assert any(w.startswith("the page is a thread of posts") and f"{count} replies" in w for w in art.warnings), \
        art.warnings


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_text_dump_poster_header_is_no_paragraph(lang):
    case = THREADS[lang]
    art = normalise_text(_dump(case))
    for line in case["posts"][0][0]:
        assert line not in art.paragraphs


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_guard_thread_of_one_post_is_kept_whole_and_says_nothing(lang):
    case = THREADS[lang]
    art = normalise_text(_dump(case, posts=1))
    assert all(p in art.paragraphs for p in case["posts"][0][1])
    assert not any("thread" in w for w in art.warnings), art.warnings


LIVE = {
    "en": (["Live: storm closes roads across the north", "By the live team", "7 December 2026"],
           [("Sarah Jones", "7 December 2026, 09:12",
             "The Met Office has raised its warning to amber for the whole coast, with gusts of up to 80mph expected "
             "by the afternoon."),
            ("Mark Lee", "7 December 2026, 10:05",
             "Police say the coast road between the two towns is closed after a lorry overturned near the bridge."),
            ("Sarah Jones", "7 December 2026, 11:20",
             "Ferry services have been cancelled for the rest of the day, the operator has said in a statement."),
            ("Ana Ruiz", "7 December 2026, 12:02",
             "Schools in three districts are sending pupils home early as the wind picks up across the region.")]),
    "nl": (["Live: storm sluit wegen in het noorden", "Door de liveredactie", "7 december 2026"],
           [("Sanne de Vries", "7 december 2026 09:12",
             "Het KNMI heeft code oranje afgegeven voor de hele kust, met windstoten tot 110 kilometer per uur in de "
             "middag."),
            ("Pieter Bakker", "7 december 2026 10:05",
             "De politie heeft de kustweg tussen de twee dorpen afgesloten nadat een vrachtwagen bij de brug was "
             "gekanteld."),
            ("Sanne de Vries", "7 december 2026 11:20",
             "De veerdienst vaart de rest van de dag niet meer, meldt de rederij in een verklaring."),
            ("Fatima el Amrani", "7 december 2026 12:02",
             "Scholen in drie gemeenten sturen leerlingen vroeg naar huis nu de wind verder aantrekt.")]),
    "ar": (["مباشر: العاصفة تغلق الطرق في الشمال", "فريق التغطية المباشرة", "7 ديسمبر 2026"],
           [("سارة محمود", "7 ديسمبر 2026 - 09:12",
             "رفعت الأرصاد الجوية مستوى التحذير إلى البرتقالي على طول الساحل مع توقع هبات رياح قوية بعد الظهر."),
            ("خالد يوسف", "7 ديسمبر 2026 - 10:05",
             "وقالت الشرطة إن الطريق الساحلي بين البلدتين أغلق بعد انقلاب شاحنة قرب الجسر صباح اليوم."),
            ("سارة محمود", "7 ديسمبر 2026 - 11:20",
             "وألغيت رحلات العبارات لبقية اليوم، بحسب ما أعلنت الشركة المشغلة في بيان."),
            ("ليلى حسن", "7 ديسمبر 2026 - 12:02",
             "وتعيد المدارس في ثلاث مناطق الطلاب إلى منازلهم مبكراً مع اشتداد الرياح في المنطقة.")]),
}


@pytest.mark.parametrize("lang", sorted(LIVE))
def test_guard_live_blog_of_dated_entries_by_reporters_keeps_every_entry(lang):
    head, entries = LIVE[lang]
    lines = ["Home", "News", ""] + head + [""]
    for name, stamp, text in entries:
        lines += [name, stamp, text]
    art = normalise_text("\n".join(lines))
    for _name, _stamp, text in entries:
        assert text in art.text
    assert not any("thread of posts" in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("lang", sorted(THREADS))
def test_guard_thread_with_a_starter_byline_keeps_every_post(lang):
    """A thread whose byline names its starter ("Thread starter …") is qa.py's page of posts: every post stays."""
    case = THREADS[lang]
    label = {"en": "Thread starter", "nl": "Gestart door", "ar": "كاتب الموضوع:"}[lang]
    handle = case["posts"][0][0][0] if lang != "nl" else "sanne_88"
    lines = list(case["head"]) + [f"{label} {handle.split(' · ')[0]}"]
    for header, paragraphs in case["posts"]:
        lines += [*header, *paragraphs]
    art = normalise_text("\n".join(lines + case["tail"]))
    assert not any("thread of posts" in w for w in art.warnings), art.warnings


TIMELINE = {
    "en": (["How the bridge closure unfolded", "By Tom Hale", "7 December 2026",
            "The bridge has been shut to traffic for a week, and the council now says it will stay closed until "
            "the spring. This is how the week went."],
           [("First cracks found", "30 November 2026, 08:15",
             "Engineers doing a routine check found cracks in two of the steel supports and told the council."),
            ("Bridge shut to lorries", "1 December 2026, 17:40",
             "The council closed the bridge to lorries overnight while the engineers took more measurements."),
            ("Full closure", "3 December 2026, 06:00",
             "The bridge was shut to all traffic after the engineers found that a third support had moved.")]),
    "nl": (["Zo verliep de sluiting van de brug", "Door Tom de Haan", "7 december 2026",
            "De brug is al een week dicht voor verkeer en de gemeente zegt nu dat dat tot het voorjaar zo blijft. "
            "Zo verliep de week."],
           [("Eerste scheuren", "30 november 2026 08:15",
             "Bij een routinecontrole vonden ingenieurs scheuren in twee stalen steunen en zij waarschuwden de "
             "gemeente."),
            ("Dicht voor vrachtwagens", "1 december 2026 17:40",
             "De gemeente sloot de brug die nacht voor vrachtwagens terwijl de ingenieurs verder maten."),
            ("Volledig dicht", "3 december 2026 06:00",
             "De brug ging helemaal dicht nadat de ingenieurs ontdekten dat een derde steun was verschoven.")]),
    "ar": (["كيف جرت أحداث إغلاق الجسر", "بقلم طارق حسن", "7 ديسمبر 2026",
            "أغلق الجسر أمام حركة المرور منذ أسبوع، وتقول البلدية الآن إنه سيبقى مغلقاً حتى الربيع. هكذا مر الأسبوع."],
           [("اكتشاف الشقوق", "30 نوفمبر 2026 - 08:15",
             "عثر المهندسون خلال فحص دوري على شقوق في دعامتين من الصلب وأبلغوا البلدية بذلك."),
            ("منع الشاحنات", "1 ديسمبر 2026 - 17:40",
             "أغلقت البلدية الجسر أمام الشاحنات ليلاً بينما أجرى المهندسون مزيداً من القياسات."),
            ("الإغلاق الكامل", "3 ديسمبر 2026 - 06:00",
             "أغلق الجسر أمام جميع المركبات بعد أن وجد المهندسون أن دعامة ثالثة قد تحركت من مكانها.")]),
}


@pytest.mark.parametrize("lang", sorted(TIMELINE))
def test_guard_story_timeline_of_dated_subheadings_keeps_every_entry(lang):
    head, entries = TIMELINE[lang]
    lines = ["Home", "News", ""] + head
    for heading, stamp, text in entries:
        lines += [heading, stamp, text]
    art = normalise_text("\n".join(lines + ["", "© 2026 Example Media"]))
    for _heading, _stamp, text in entries:
        assert text in art.text
    assert not any("thread of posts" in w for w in art.warnings), art.warnings


BLOG = {
    "en": (["The Workbench", "Why small tools win", "by John on 22 July 2026"],
           ["Most of the software I use every day is small. It does one thing, it starts quickly and it never asks "
            "me to update it while I am working.",
            "Large suites promise everything in one place, but each feature someone else needs makes the whole thing "
            "slower for everyone else who does not."],
           [("phpguy 22.07.26 at 20:33", "You are right, and once a feature is there somebody will depend on it."),
            ("Ann_W 22.07.26 at 21:25", "I still miss the old version of my editor that did less and did it well."),
            ("foljs 23.07.26 at 04:04", "Not everyone agrees on which tools are small, which is half the problem.")]),
    "nl": (["De Werkbank", "Waarom kleine programma's winnen", "door Jan op 22 juli 2026"],
           ["De meeste software die ik elke dag gebruik is klein. Het doet één ding, start snel en vraagt nooit om "
            "een update terwijl ik aan het werk ben.",
            "Grote pakketten beloven alles op één plek, maar elke functie die een ander nodig heeft maakt het geheel "
            "trager voor iedereen die hem niet gebruikt."],
           [("php_kees 22.07.26 om 20:33", "Klopt, en zodra een functie er is, gaat iemand erop rekenen."),
            ("Anne_W 22.07.26 om 21:25", "Ik mis nog steeds de oude versie van mijn editor, die minder deed."),
            ("joostk 23.07.26 om 04:04", "Niet iedereen is het eens over wat klein is, en dat is het probleem.")]),
    "ar": (["ورشة العمل", "لماذا تنتصر البرامج الصغيرة", "بقلم سامي يوسف - 22 يوليو 2026"],
           ["معظم البرامج التي أستخدمها كل يوم صغيرة، تقوم بمهمة واحدة وتعمل بسرعة ولا تطلب مني التحديث أثناء العمل.",
            "تعد الحزم الكبيرة بكل شيء في مكان واحد، لكن كل ميزة يحتاجها شخص آخر تجعلها أبطأ للجميع."],
           [("abu_omar 22.07.26 - 20:33", "معك حق، وما إن تضاف ميزة حتى يعتمد عليها أحدهم."),
            ("noor_k 22.07.26 - 21:25", "ما زلت أفتقد النسخة القديمة من المحرر التي كانت تفعل أقل."),
            ("sami88 23.07.26 - 04:04", "لا يتفق الجميع على ما هو صغير، وهذه نصف المشكلة.")]),
}


@pytest.mark.parametrize("lang", sorted(BLOG))
def test_guard_story_with_reader_comments_is_no_forum_thread(lang):
    """A blog post under its byline, then its readers' comments under handles and stamps: the story is no opening
    post (its header is a byline, not a handle's), so the forum rule leaves the comments to the comment rules."""
    head, story, comments = BLOG[lang]
    lines = ["Home", "About", ""] + head + story
    for stamp, text in comments:
        lines += [stamp, text]
    art = normalise_text("\n".join(lines + ["", "© 2026 Example"]))
    assert all(p in art.paragraphs for p in story), art.paragraphs
    assert not any("thread of posts" in w for w in art.warnings), art.warnings


def test_reply_start_is_linear_in_the_number_of_posts():
    """One pass over the lines: a thread of 4n posts takes about 4x a thread of n (CPU time, generous bound)."""
    import time

    from newsbrief.normalise.features import line_features
    from newsbrief.normalise.lines import split_lines
    from newsbrief.normalise.threadposts import reply_start

    def page(n: int) -> list:
        case = THREADS["en"]
        lines = list(case["head"])
        for k in range(n):
            header, paragraphs = case["posts"][k % len(case["posts"])]
            lines += [*header, *paragraphs]
        return split_lines("\n".join(lines))

    def cpu(n: int) -> float:
        lines = page(n)
        feats = line_features(lines)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            reply_start(lines, feats, 0, len(lines) - 1)
            best = min(best, time.process_time() - start)
        return best

    small, large = cpu(300), cpu(1200)
    assert large <= 8.0 * max(small, 1e-3), (small, large)
