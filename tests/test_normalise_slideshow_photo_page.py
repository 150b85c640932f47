"""A story's end dropped at a slideshow, and a photo page's caption dropped as a caption (drag10b, stop 25), en/nl/ar.

Each case fails on the code before its fix (the guards, labelled, pass on both). A slideshow printed as all its
captions, then every slide's title (the show's name, once a slide), then a pager of bare numbers "1" ... "N" ended the
story at its captions: the paragraphs under the pager went as "after the article" and the captions stayed as
paragraphs (gallery.slideshow_lines). A photo page (headline, a line of standfirst, one picture) lost its caption,
which is the page's text, to the caption phrases (gallery.photo_page_captions). Every page here was written for these
tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text
from newsbrief.normalise.features import line_features
from newsbrief.normalise.gallery import slideshow_lines
from newsbrief.normalise.lines import split_lines


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _kept(paragraph: str, text: str) -> bool:
    """The paragraph is in the text (its dateline, "Eastport - ", may have moved to the record's dateline field)."""
    return paragraph.split(" - ", 1)[-1].split(" -- ", 1)[-1] in text


SHOW = {
    "en": dict(
        top=["Eastport Daily", "Home", "News", "Politics", "Sport", "Print", "Email",
             "Mayor concedes after a long night in Eastport", "updated 7:39 AM, Wed November 7, 2026"],
        lead=["Eastport (Daily) -- In the end, the mayor's long campaign was not enough to keep her in office.",
              "Joan Pratt, who ran on her record of rebuilding the harbour, lost to her challenger by fewer than 900 "
              "votes after a recount that lasted most of the night.",
              "\"We gave this campaign everything we had,\" Pratt told supporters in her concession speech shortly "
              "before three in the morning."],
        captions=["Joan Pratt waves to supporters at the Harbour Hall on election night.",
                  "Volunteers count ballots at the town hall on Tuesday evening.",
                  "Supporters of the challenger celebrate outside the library.",
                  "Pratt hugs her husband after conceding the race in the early hours.",
                  "A voter leaves the polling station at the fire station on Tuesday."],
        title="Election night in pictures",
        controls=["Hide caption", "<<", "<"],
        photos="Photos: Election night in pictures",
        tail=["Pratt, a former teacher, was first elected eight years ago and had promised to finish the new sea wall "
              "before the end of her third term.",
              "Her challenger, the businessman Leo Marsh, said he would keep the harbour project but review its budget "
              "in his first hundred days.",
              "The new council meets for the first time on Monday, when Marsh will be sworn in at the town hall."],
        footer=["Comments", "Print", "Email", "We recommend", "© 2026 Eastport Daily"],
    ),
    "nl": dict(
        top=["Dagblad Zuid", "Home", "Nieuws", "Politiek", "Sport", "Print", "E-mail",
             "Burgemeester erkent nederlaag na lange verkiezingsnacht", "bijgewerkt 07:39, woensdag 7 november 2026"],
        lead=["Zuidhaven - De lange campagne van burgemeester Joke Prins was uiteindelijk niet genoeg om aan te blijven.",
              "Prins, die campagne voerde met de vernieuwing van de haven, verloor met minder dan negenhonderd stemmen "
              "na een hertelling die het grootste deel van de nacht duurde.",
              "\"We hebben alles gegeven wat we hadden,\" zei Prins kort voor drie uur 's nachts tegen haar aanhangers."],
        captions=["Joke Prins zwaait naar aanhangers in de Havenzaal op de verkiezingsavond.",
                  "Vrijwilligers tellen stemmen in het stadhuis op dinsdagavond.",
                  "Aanhangers van de uitdager vieren feest voor de bibliotheek.",
                  "Prins omhelst haar man nadat ze de nederlaag heeft erkend.",
                  "Een kiezer verlaat het stembureau in de brandweerkazerne."],
        title="De verkiezingsnacht in beeld",
        controls=["Verberg onderschrift", "<<", "<"],
        photos="Foto's: De verkiezingsnacht in beeld",
        tail=["Prins, een voormalig lerares, werd acht jaar geleden gekozen en had beloofd de nieuwe zeewering voor "
              "het einde van haar derde termijn af te maken.",
              "Haar uitdager, ondernemer Leo Mars, zei dat hij het havenproject voortzet maar de begroting in zijn "
              "eerste honderd dagen laat doorlichten.",
              "De nieuwe gemeenteraad komt maandag voor het eerst bijeen, als Mars in het stadhuis wordt beëdigd."],
        footer=["Reacties", "Print", "E-mail", "Aanbevolen", "© 2026 Dagblad Zuid"],
    ),
    "ar": dict(
        top=["صحيفة الساحل", "الرئيسية", "أخبار", "سياسة", "رياضة", "طباعة", "بريد",
             "رئيسة البلدية تقر بالهزيمة بعد ليلة انتخابية طويلة", "تحديث 7:39 صباحا، الأربعاء 7 نوفمبر 2026"],
        lead=["الساحل - لم تكن الحملة الطويلة لرئيسة البلدية جمانة بركات كافية لإبقائها في منصبها في نهاية المطاف.",
              "وخسرت بركات، التي خاضت الانتخابات ببرنامج تجديد الميناء، أمام منافسها بفارق أقل من تسعمئة صوت بعد "
              "إعادة فرز استمرت معظم الليل.",
              "وقالت بركات لأنصارها قبيل الساعة الثالثة فجرا: \"لقد أعطينا هذه الحملة كل ما لدينا\"."],
        captions=["جمانة بركات تلوح لأنصارها في قاعة الميناء ليلة الانتخابات.",
                  "متطوعون يفرزون الأصوات في مبنى البلدية مساء الثلاثاء.",
                  "أنصار المنافس يحتفلون أمام المكتبة العامة.",
                  "بركات تعانق زوجها بعد إقرارها بالهزيمة في الساعات الأولى.",
                  "ناخب يغادر مركز الاقتراع في مبنى الإطفاء يوم الثلاثاء."],
        title="ليلة الانتخابات بالصور",
        controls=["إخفاء التعليق", "<<", "<"],
        photos="صور: ليلة الانتخابات بالصور",
        tail=["وكانت بركات، وهي معلمة سابقة، قد انتخبت قبل ثماني سنوات ووعدت بإنجاز الحاجز البحري الجديد قبل نهاية "
              "ولايتها الثالثة.",
              "وقال منافسها رجل الأعمال ليث مراد إنه سيواصل مشروع الميناء لكنه سيراجع ميزانيته خلال أيامه المئة "
              "الأولى.",
              "ويعقد المجلس البلدي الجديد أولى جلساته يوم الاثنين، حين يؤدي مراد اليمين في مبنى البلدية."],
        footer=["تعليقات", "طباعة", "بريد", "نوصي أيضا", "© 2026 صحيفة الساحل"],
    ),
}


def _show_page(p: dict, story: bool = True) -> str:
    n = len(p["captions"])
    show = [*p["captions"], *[p["title"]] * n, *p["controls"], *[str(k) for k in range(1, n + 1)], ">", ">>",
            p["photos"]]
    body = [*p["lead"], *show, *p["tail"]] if story else show
    return _page(*p["top"], *body, *p["footer"])


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_storys_paragraphs_under_its_slideshow_stay_and_its_captions_go(lang):
    # the story ended at the captions: its three paragraphs under the pager went as "after the article"
    p = SHOW[lang]
    article = normalise_text(_show_page(p))
    for paragraph in p["lead"] + p["tail"]:
        assert _kept(paragraph, article.text)
    for caption in p["captions"]:
        assert caption not in article.text
    assert p["title"] not in article.text.splitlines()


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_slideshow_page_without_a_story_keeps_its_captions(lang):
    # guard (passes before and after): a slideshow page's captions are its text
    p = SHOW[lang]
    article = normalise_text(_show_page(p, story=False))
    for caption in p["captions"]:
        assert caption in article.text


def _lines(*texts: str):
    lines = split_lines(_page(*texts))
    return lines, line_features(lines)


def test_guard_a_pager_under_a_story_is_no_slideshow():
    # guard: a story's own pager ("1", "2", "3", "Next") has no slide titles over it; a calendar's day numbers
    # stand under seven different weekday names
    pager = _lines("The council meets again on Monday.", "Comments are closed.", "Related", "1", "2", "3", "Next")
    assert slideshow_lines(*pager) == (set(), set())
    days = _lines("« Oct", "Nov »", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", *[str(k) for k in range(1, 31)])
    assert slideshow_lines(*days) == (set(), set())


def test_slideshow_lines_is_linear_in_the_page():
    # the scan reads each line once: a page of many pagers and long runs of numbers stays fast
    import time

    def run(k: int) -> float:
        lines = _lines(*(["A caption of a slide here."] * 3 + ["Show"] * 3 + ["1", "2", "3"]) * k)
        times = []
        for _ in range(3):
            t = time.process_time()
            counters, captions = slideshow_lines(*lines)
            times.append(time.process_time() - t)
        assert len(captions) >= 3 * (k - 1)
        return min(times)
    small, big = run(1000), run(8000)
    assert big < small * 8 * 4


PHOTO = {
    "en": dict(
        top=["Hot Topics:", "Home", "U.S.", "World", "Entertainment", "Home > Entertainment",
             "Children pose with 3D paintings at a new exhibition"],
        stand="An interactive art show invites visitors to step into its paintings.",
        label="PHOTOS: 3D Paintings at the Magic Art Exhibition",
        caption="A boy poses with a 3D painting at the Magic Art Exhibition in Eastport. In one of the few art shows "
                "where photography and touch are encouraged, visitors sit on the paintings and even put their heads "
                "into the artworks. (Jane Doe/City Press)",
        share="Like It. Tweet It. Share It.",
        footer=["Slideshows", "About", "Contact Us", "Privacy Policy", "Terms of Use"],
    ),
    "nl": dict(
        top=["Meest gelezen:", "Home", "Binnenland", "Buitenland", "Cultuur", "Home > Cultuur",
             "Kinderen poseren bij 3D-schilderijen op nieuwe tentoonstelling"],
        stand="Een interactieve expositie nodigt bezoekers uit om in de schilderijen te stappen.",
        label="FOTO'S: 3D-schilderijen op de Magische Kunstexpositie",
        caption="Een jongen poseert bij een 3D-schilderij op de Magische Kunstexpositie in Zuidhaven. Op een van de "
                "weinige exposities waar fotograferen en aanraken zijn toegestaan, zitten bezoekers op de "
                "schilderijen en steken ze zelfs hun hoofd in de kunstwerken. Foto: Jan de Vries",
        share="Vind ik leuk. Deel het. Tweet het.",
        footer=["Fotoseries", "Over ons", "Contact", "Privacybeleid", "Gebruiksvoorwaarden"],
    ),
    "ar": dict(
        top=["الأكثر قراءة:", "الرئيسية", "محليات", "دوليات", "ثقافة", "الرئيسية > ثقافة",
             "أطفال يلتقطون الصور مع لوحات ثلاثية الأبعاد في معرض جديد"],
        stand="معرض فني تفاعلي يدعو زواره إلى الدخول في لوحاته.",
        label="صور: لوحات ثلاثية الأبعاد في معرض الفن السحري",
        caption="طفل يقف أمام لوحة ثلاثية الأبعاد في معرض الفن السحري في مدينة الساحل. وفي واحد من المعارض القليلة "
                "التي يسمح فيها بالتصوير واللمس، يجلس الزوار على اللوحات بل ويدخلون رؤوسهم في الأعمال الفنية. "
                "تصوير: سلمى حداد",
        share="أعجبني. غرّد. شارك.",
        footer=["معارض الصور", "من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"],
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_a_photo_pages_caption_is_its_text(lang):
    # the caption, with its credit at the end, went as a caption: the page kept only its standfirst
    p = PHOTO[lang]
    article = normalise_text(_page(*p["top"], p["stand"], p["label"], p["caption"], p["share"], *p["footer"]))
    assert p["caption"].rsplit(" (", 1)[0] in article.text  # (a bracketed credit may be cut off it)


@pytest.mark.parametrize("lang", ["en", "nl", "ar"])
def test_guard_a_storys_credited_caption_still_goes(lang):
    # guard (passes before and after): a story has paragraphs of its own; its caption is none of them
    p, s = PHOTO[lang], SHOW[lang]
    article = normalise_text(_page(*s["top"], *s["lead"], p["caption"], *s["tail"], *s["footer"]))
    assert p["caption"] not in article.text
    for paragraph in s["lead"] + s["tail"]:
        assert _kept(paragraph, article.text)
