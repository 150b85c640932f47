"""The story resumes under its own longer list with a run of paragraphs (issue 10, stop 26).

A post lists the council members to call (a name, a ward, a phone number, an address: one line of seventeen words),
or the thirteen subject lines it tested, then goes on for several paragraphs. More than MAX_GAP lines with one longer
than fifteen words were no list (`_story_list`), and its one-paragraph path needed every paragraph to name the story's
words: the story ended above the list, and the list and every paragraph under it went as "after the article".
Under a clean list (no phrase-list line, none printed twice, no date, none naming the comments) a run of two
paragraphs or more that end their sentences, one naming the story's words, not all of them speaking to the reader,
is the story going on. Every page here was written for these tests.
"""

from __future__ import annotations

import pytest

from newsbrief.normalise import normalise_text

EN = dict(
    title="The council wants to ban ride-hailing apps",
    story=[
        "The city council will vote on Tuesday on an amendment that would ban ride-hailing apps from the city streets.",
        "The amendment sets a minimum fare for every ride-hailing trip, so that the apps could not undercut taxis.",
        "Call or write to as many council members as you can before the vote on Tuesday, it takes a minute.",
    ],
    items=["Anna Berg (Chair), office hours on Monday, aberg@council.example",
           "Mark Dale, Ward 3, Chair of the Committee on Transport, Public Works and the Environment, "
           "mdale@council.example",
           "Lisa Kent, at-large, office hours on Monday", "Tom Hale, Ward 1, office hours on Monday",
           "Sara Bell, Ward 2, office hours on Monday", "Paul Reed, Ward 4, office hours on Monday",
           "Nina Cole, Ward 5, office hours on Monday", "Jack Ford, Ward 6, office hours on Monday",
           "Rosa Lane, Ward 7, office hours on Monday", "Omar Hunt, Ward 8, office hours on Monday",
           "Dave Nash, at-large, office hours on Monday", "Iris Moss, at-large, office hours on Monday"],
    after=["Those of you who read this blog know that I rarely write posts like this one about the council.",
           "But I see this as an attack on every young company that tries to improve an old service.",
           "Tomorrow morning I will call every one of them myself and politely ask them to strike the fare down."],
    footer=["Share this:", "Twitter", "Facebook", "Copyright 2025 The Start-up Desk"],
)
NL = dict(
    title="De gemeenteraad wil taxi-apps verbieden",
    story=[
        "De gemeenteraad stemt dinsdag over een amendement dat taxi-apps uit de straten van de stad zou weren.",
        "Het amendement legt een minimumtarief op aan elke rit via een taxi-app, zodat de apps niet goedkoper zijn.",
        "Bel of mail voor de stemming van dinsdag zoveel mogelijk raadsleden op, het kost maar een minuut.",
    ],
    items=["Anna Berg (voorzitter), spreekuur op maandag, aberg@raad.example",
           "Mark Dalen, wijk 3, (voorzitter van de commissie Verkeer, Vervoer en Milieu van de raad), spreekuur op maandag, "
           "mdalen@raad.example",
           "Lisa Kant, fractie Stad, spreekuur op maandag", "Tom Hals, wijk 1, spreekuur op maandag",
           "Sara Bel, wijk 2, spreekuur op maandag", "Paul Riet, wijk 4, spreekuur op maandag",
           "Nina Kool, wijk 5, spreekuur op maandag", "Jan Vos, wijk 6, spreekuur op maandag",
           "Rosa Laan, wijk 7, spreekuur op maandag", "Omar Hunt, wijk 8, spreekuur op maandag",
           "Dirk Nas, fractie Stad, spreekuur op maandag", "Iris Mos, fractie Stad, spreekuur op maandag"],
    after=["Wie deze blog volgt, weet dat ik zelden zo'n stuk schrijf over de gemeenteraad en zijn plannen.",
           "Maar ik zie dit als een aanval op elk jong bedrijf dat een oude dienst beter wil maken.",
           "Morgenochtend bel ik zelf elk raadslid op en vraag ik beleefd om het minimumtarief te schrappen."],
    footer=["Delen:", "Twitter", "Facebook", "Copyright 2025 De Startupredactie"],
)
AR = dict(
    title="المجلس البلدي يريد حظر تطبيقات النقل",
    story=[
        "يصوت المجلس البلدي يوم الثلاثاء على تعديل يمنع تطبيقات النقل من العمل في شوارع المدينة بشكل كامل.",
        "يفرض التعديل أجرة دنيا على كل رحلة عبر تطبيقات النقل، حتى لا تكون التطبيقات أرخص من سيارات الأجرة.",
        "اتصلوا بأكبر عدد ممكن من أعضاء المجلس البلدي قبل التصويت يوم الثلاثاء، فالأمر لا يستغرق سوى دقيقة.",
    ],
    items=["آنا بيرغ (الرئيسة)، يستقبل يوم الاثنين، aberg@council.example",
           "مارك دال، الدائرة 3، رئيس لجنة النقل والبيئة والأشغال العامة والمرافق والحدائق في المجلس البلدي "
           "للمدينة، يستقبل يوم الاثنين، mdale@council.example",
           "ليزا كنت، عضو عام، يستقبل يوم الاثنين", "توم هيل، الدائرة 1، يستقبل يوم الاثنين",
           "سارة بل، الدائرة 2، يستقبل يوم الاثنين", "بول ريد، الدائرة 4، يستقبل يوم الاثنين",
           "نينا كول، الدائرة 5، يستقبل يوم الاثنين", "جاك فورد، الدائرة 6، يستقبل يوم الاثنين",
           "روزا لين، الدائرة 7، يستقبل يوم الاثنين", "عمر هنت، الدائرة 8، يستقبل يوم الاثنين",
           "ديف ناش، عضو عام، يستقبل يوم الاثنين", "إيريس موس، عضو عام، يستقبل يوم الاثنين"],
    after=["يعرف متابعو هذه المدونة أنني نادراً ما أكتب مقالاً كهذا عن المجلس البلدي وقراراته.",
           "لكنني أرى في هذا هجوماً على كل شركة ناشئة تحاول تحسين خدمة قديمة.",
           "سأتصل صباح الغد بكل عضو في المجلس وأطلب منه بأدب إلغاء الأجرة الدنيا من التعديل."],
    footer=["شارك:", "تويتر", "فيسبوك", "جميع الحقوق محفوظة 2025 مكتب الشركات الناشئة"],
)


def _page(post: dict, items: list[str] | None = None, after: list[str] | None = None) -> str:
    return "\n".join([post["title"], *post["story"], *(items or post["items"]), *(after or post["after"]),
                      *post["footer"]])


@pytest.mark.parametrize("post", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_the_paragraphs_under_the_story_s_contact_list_are_kept(post):
    # twelve items, one longer than fifteen words: no list to read across on main, and the story ended above it
    art = normalise_text(_page(post), model=False)
    for line in post["story"] + post["after"]:
        assert line in art.paragraphs, line
    assert post["footer"][-1] not in art.paragraphs


@pytest.mark.parametrize("post", [EN, NL, AR], ids=["en", "nl", "ar"])
def test_the_contact_list_and_its_paragraphs_are_kept_by_the_model_too(post):
    art = normalise_text(_page(post))
    for line in post["story"] + post["after"]:
        assert line in art.paragraphs, line


COMMENT_OPTIONS = dict(
    en=["Add new comment", "Comment viewing options", "Flat list - collapsed", "Flat list - expanded",
        "Threaded list - collapsed", "Threaded list - expanded", "Newest comments first", "10 comments per page",
        "30 comments per page", "50 comments per page"],
    nl=["Nieuwe reacties toevoegen", "Weergave van reacties", "Platte lijst - ingeklapt", "Platte lijst - uitgeklapt",
        "Boomstructuur - ingeklapt", "Boomstructuur - uitgeklapt", "Nieuwste reacties eerst", "10 reacties per pagina",
        "30 reacties per pagina", "50 reacties per pagina"],
    ar=["أضف تعليقا جديدا", "خيارات عرض التعليقات", "قائمة مسطحة - مطوية", "قائمة مسطحة - موسعة",
        "قائمة متفرعة - مطوية", "قائمة متفرعة - موسعة", "أحدث التعليقات أولا", "10 تعليقات في الصفحة",
        "30 تعليقات في الصفحة", "50 تعليقات في الصفحة"],
)


@pytest.mark.parametrize("post,lang", [(EN, "en"), (NL, "nl"), (AR, "ar")], ids=["en", "nl", "ar"])
def test_comments_under_a_comment_view_options_list_are_not_the_story(post, lang):
    # a guard: a comment section's view options are a list of short lines too, and its comments are paragraphs
    # that name the story's words; lines naming the comments are no story's list
    art = normalise_text(_page(post, COMMENT_OPTIONS[lang]), model=False)
    for line in post["story"]:
        assert line in art.paragraphs, line
    for line in post["after"]:
        assert line not in art.paragraphs, line


PROMOS = dict(
    en=["Want to know when your favourite band plays the city? Check out our concert listings for your area.",
        "Find out what is playing at a theatre near you.", "Did you win tickets? See if you are a winner."],
    nl=["Wil je weten wanneer jouw favoriete band in de stad speelt? Bekijk onze concertagenda.",
        "Kijk wat er draait in een bioscoop bij jou in de buurt.", "Heb je kaartjes gewonnen? Kijk of jij gewonnen hebt."],
    ar=["هل تريد أن تعرف متى تعزف فرقتك المفضلة في المدينة؟ اطلع على جدول الحفلات في موقعنا.",
        "اعرف ما يعرض في دار السينما القريبة لكم.", "هل ربحت تذاكر؟ نحن ننشر أسماء الفائزين على موقعنا."],
)


@pytest.mark.parametrize("post,lang", [(EN, "en"), (NL, "nl"), (AR, "ar")], ids=["en", "nl", "ar"])
def test_promos_under_a_headline_list_are_not_the_story(post, lang):
    # a guard: a sidebar's promos under its headline list all speak to the reader; the story's paragraphs do not
    art = normalise_text(_page(post, after=PROMOS[lang]), model=False)
    for line in post["story"]:
        assert line in art.paragraphs, line
    for line in PROMOS[lang]:
        assert line not in art.paragraphs, line
